import '../base/hydrate-support.js'; // first: before Lit defines LitElement
import { CompareFaq } from '../components/compare-faq/compare-faq.js';
import { defineElement } from '../base/define.js';

defineElement('compare-faq', CompareFaq);

export { CompareFaq };
