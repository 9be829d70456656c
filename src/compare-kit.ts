/** The one-script-tag bundle: defines every element. */
import './define/compare-facts.js';

export * from './index.js';
