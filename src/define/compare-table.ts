import { CompareTable } from '../components/compare-table/compare-table.js';
import { defineElement } from '../base/define.js';

defineElement('compare-table', CompareTable);

export { CompareTable };
