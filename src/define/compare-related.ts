import { CompareRelated } from '../components/compare-related/compare-related.js';
import { defineElement } from '../base/define.js';

defineElement('compare-related', CompareRelated);

export { CompareRelated };
