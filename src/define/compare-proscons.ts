import { CompareProscons } from '../components/compare-proscons/compare-proscons.js';
import { defineElement } from '../base/define.js';

defineElement('compare-proscons', CompareProscons);

export { CompareProscons };
