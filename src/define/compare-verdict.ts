import { CompareVerdict } from '../components/compare-verdict/compare-verdict.js';
import { defineElement } from '../base/define.js';

defineElement('compare-verdict', CompareVerdict);

export { CompareVerdict };
