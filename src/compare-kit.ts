/**
 * The one-script-tag bundle (dist/compare-kit.js): defines every element.
 * It exports the element classes only; apps that want the schema, the parser
 * or the values import the package root instead, so this file stays small.
 */
export { CompareFacts } from './define/compare-facts.js';
