import { ComparePage } from '../components/compare-page/compare-page.js';
import { defineElement } from '../base/define.js';
// The page shows every section: it needs every section's tag.
import './compare-header.js';
import './compare-verdict.js';
import './compare-facts.js';
import './compare-highlights.js';
import './compare-table.js';
import './compare-chart.js';
import './compare-proscons.js';
import './compare-faq.js';
import './compare-resources.js';
import './compare-related.js';
import './compare-track.js';

defineElement('compare-page', ComparePage);

export { ComparePage };
