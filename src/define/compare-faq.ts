import { CompareFaq } from '../components/compare-faq/compare-faq.js';
import { defineElement } from '../base/define.js';

defineElement('compare-faq', CompareFaq);

export { CompareFaq };
