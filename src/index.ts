/**
 * compare-kit: the classes, the schema, the parser and the types. Importing
 * this module defines no tag; import `compare-kit/<tag>.js` (or the
 * `compare-kit.js` bundle) for that.
 *
 * The pipeline: source (./data) → schema (./schema) → values (./values) → view (./components).
 */
export * from './schema/index.js';
export * from './data/index.js';
export * from './values/index.js';
export { attributeRow, rowDiff, displayText, type AttributeRow, type Cell } from './values/rows.js';
export { chartRows, chartRow, LOG_RATIO, type ChartRow, type ChartBar, type ScaleMode } from './values/chart.js';
export { parseRichText, richTextPlain, type RichNode } from './rich-text/parse.js';
export { renderRichText } from './rich-text/render.js';
export { comparisonJsonLd, scriptJson } from './structured-data/json-ld.js';
export { toWordPressJson } from './cms/wordpress.js';
export { stringsFor, loadStrings, loadWords, registerStrings, isRtl, LANGUAGES } from './i18n/index.js';
export { registerWords, type WordTable } from './values/units.js';
export { en as englishStrings, type Strings } from './base/strings.js';
export { CompareElement, type LoadState } from './base/compare-element.js';
export { defineElement } from './base/define.js';
export type { CompareLoadDetail } from './base/events.js';
export { ComparePage, SECTIONS, type Section } from './components/compare-page/compare-page.js';
export { CompareHeader } from './components/compare-header/compare-header.js';
export { CompareVerdict, type CompareVoteDetail } from './components/compare-verdict/compare-verdict.js';
export { CompareFacts } from './components/compare-facts/compare-facts.js';
export { CompareHighlights } from './components/compare-highlights/compare-highlights.js';
export { CompareTable } from './components/compare-table/compare-table.js';
export { CompareChart } from './components/compare-chart/compare-chart.js';
export { CompareProscons } from './components/compare-proscons/compare-proscons.js';
export { CompareFaq } from './components/compare-faq/compare-faq.js';
export { CompareResources } from './components/compare-resources/compare-resources.js';
export { CompareRelated } from './components/compare-related/compare-related.js';
export { CompareTrack, type CompareSubscribeDetail } from './components/compare-track/compare-track.js';
