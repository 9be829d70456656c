import '../base/hydrate-support.js'; // first: before Lit defines LitElement
import { CompareResources } from '../components/compare-resources/compare-resources.js';
import { defineElement } from '../base/define.js';

defineElement('compare-resources', CompareResources);

export { CompareResources };
