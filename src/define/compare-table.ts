import '../base/hydrate-support.js'; // first: before Lit defines LitElement
import { CompareTable } from '../components/compare-table/compare-table.js';
import { defineElement } from '../base/define.js';

defineElement('compare-table', CompareTable);

export { CompareTable };
