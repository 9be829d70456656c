import { CompareHeader } from '../components/compare-header/compare-header.js';
import { defineElement } from '../base/define.js';

defineElement('compare-header', CompareHeader);

export { CompareHeader };
