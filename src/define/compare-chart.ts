import { CompareChart } from '../components/compare-chart/compare-chart.js';
import { defineElement } from '../base/define.js';

defineElement('compare-chart', CompareChart);

export { CompareChart };
