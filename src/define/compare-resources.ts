import { CompareResources } from '../components/compare-resources/compare-resources.js';
import { defineElement } from '../base/define.js';

defineElement('compare-resources', CompareResources);

export { CompareResources };
