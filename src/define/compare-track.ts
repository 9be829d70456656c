import { CompareTrack } from '../components/compare-track/compare-track.js';
import { defineElement } from '../base/define.js';

defineElement('compare-track', CompareTrack);

export { CompareTrack };
