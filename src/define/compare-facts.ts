import { CompareFacts } from '../components/compare-facts/compare-facts.js';
import { defineElement } from '../base/define.js';

defineElement('compare-facts', CompareFacts);

export { CompareFacts };
