/**
 * compare-kit/ssr (Node only): server rendering for CMSs, static sites and
 * frameworks. `renderToString(comparison, options)` returns the element as
 * HTML with declarative shadow DOM, its inline JSON and its JSON-LD; the
 * `compare-kit.js` script hydrates it in the browser.
 */
export { renderToString, elementTag, ELEMENTS, type RenderOptions, type ElementTag } from './render.js';
export { parseComparison, validateComparison, type ComparisonIssue, type ParseResult } from '../schema/parse.js';
export { comparisonJsonSchema } from '../schema/json-schema.js';
export { ComparisonLoadError } from '../data/errors.js';
export { SECTIONS, type Section } from '../components/compare-page/compare-page.js';
