import { CompareHighlights } from '../components/compare-highlights/compare-highlights.js';
import { defineElement } from '../base/define.js';

defineElement('compare-highlights', CompareHighlights);

export { CompareHighlights };
