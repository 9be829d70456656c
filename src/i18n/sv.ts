/**
 * Swedish: no interface table (the interface reads in English), but the words
 * values are written with, read in a comparison written in Swedish. Loaded on
 * demand (src/i18n/index.ts `loadWords`).
 */
import type { WordTable } from '../values/units.js';

export const words: WordTable = {
  units: 'ms millisekund millisekunder|s sekund sekunder sek|min minut minuter|h timme timmar tim|day dag dagar dygn|week vecka veckor|month månad månader mån|year år|month månaden|year året',
  every: 'month månadsvis|year årsvis',
  magnitudes: { tusen: 3, miljon: 6, miljoner: 6, milj: 6, mn: 6, miljard: 9, miljarder: 9, mdr: 9 },
  // before a number: "upp till 18 timmar", "cirka 5 GB"
  bounds: { atMost: ['upp till', 'högst', 'max'], atLeast: ['minst', 'från'], above: ['över', 'mer än'], below: ['under', 'mindre än'], about: ['cirka', 'ca', 'ungefär', 'omkring'] },
  // between the ends of a range
  to: ['till'],
  // a currency after the amount
  money: { kr: 'SEK', kronor: 'SEK' },
  // a price of nothing, and no limit
  free: ['gratis', 'kostnadsfri*'],
  unlimited: ['obegränsa*'],
};
