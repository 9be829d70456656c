/**
 * The one-script-tag bundle (dist/compare-kit.js): defines every element.
 * It exports the element classes only; apps that want the schema, the parser
 * or the values import the package root instead, so this file stays small.
 * Two functions are exported too, for pages that have only this file (the
 * WordPress block editor): the parser, which the elements contain anyway, and
 * the WordPress-safe serialiser (a few hundred bytes).
 */
// Bundle order only: these modules define no element and are imported below anyway. Rollup writes a module
// where it is first imported, and gzip finds repeats only within 32 KB: with the parsing, the values and two
// elements' code up front, next to what they share, dist/compare-kit.js is 0.8 KB smaller. The elements are
// still defined in the order below (define/compare-page.ts).
import './values/quantity.js';
import './cms/wordpress.js';
import './data/source.js';
import './values/chart.js';
import './components/compare-track/compare-track.js';
import './components/compare-facts/compare-facts.js';
export { ComparePage } from './define/compare-page.js';
export { CompareHeader } from './define/compare-header.js';
export { CompareVerdict } from './define/compare-verdict.js';
export { CompareFacts } from './define/compare-facts.js';
export { CompareHighlights } from './define/compare-highlights.js';
export { CompareTable } from './define/compare-table.js';
export { CompareChart } from './define/compare-chart.js';
export { CompareProscons } from './define/compare-proscons.js';
export { CompareFaq } from './define/compare-faq.js';
export { CompareResources } from './define/compare-resources.js';
export { CompareRelated } from './define/compare-related.js';
export { CompareTrack } from './define/compare-track.js';
export { parseComparison } from './schema/parse.js';
export { toWordPressJson } from './cms/wordpress.js';
