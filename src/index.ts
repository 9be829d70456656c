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
export { parseRichText, richTextPlain, type RichNode } from './rich-text/parse.js';
export { renderRichText } from './rich-text/render.js';
export { CompareElement, type LoadState } from './base/compare-element.js';
export { defineElement } from './base/define.js';
export type { CompareLoadDetail } from './base/events.js';
export { CompareFacts } from './components/compare-facts/compare-facts.js';
