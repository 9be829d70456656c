/**
 * Dutch: no interface table (the interface reads in English), but
 * the words values are written with, read in a comparison written in
 * Dutch. Loaded on demand (src/i18n/index.ts `loadWords`).
 */
import type { WordTable } from '../values/units.js';

export const words: WordTable = {
  units: 'ms milliseconde milliseconden|s seconde seconden|min minuut minuten|h uur|day dag dagen|week weken|month maand maanden mnd|year jaar jaren jr|inch duim',
  magnitudes: { duizend: 3, miljoen: 6, miljard: 9 },
  // before a number: "bis zu 18 Std.", "etwa 5 GB"
  bounds: { atMost: ['tot', 'maximaal'], atLeast: ['minstens', 'vanaf', 'van'], above: ['meer dan'], below: ['minder dan'], about: ['ongeveer', 'circa'] },
  // between the ends of a range
  to: ['tot'],
  // a price of nothing, and no limit
  free: ['gratis'],
  unlimited: ['onbeperkt', 'onbegrensd*'],
};
