export type { Dimension } from './units.js';
export type { Bound, Quantity } from './quantity.js';
export type { BaseQuantity } from './diff.js';
export { parseQuantity, quantityOfValue } from './quantity.js';
export { comparable, comparisonKey, diffRatio, formatDiff, pickWinner, toBase } from './diff.js';
