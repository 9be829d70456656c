/**
 * Danish: no interface table (the interface reads in English), but the words
 * values are written with, read in a comparison written in Danish. Loaded on
 * demand (src/i18n/index.ts `loadWords`).
 */
import type { WordTable } from '../values/units.js';

export const words: WordTable = {
  units: 'ms millisekund millisekunder|s sekund sekunder sek|min minut minutter|h time timer|day dag dage døgn|week uge uger|month måned måneder md mdr|year år',
  every: 'month månedlig månedligt|year årlig årligt',
  magnitudes: { tusind: 3, mio: 6, million: 6, millioner: 6, mia: 9, milliard: 9, milliarder: 9 },
  // before a number: "op til 18 timer", "cirka 5 GB"
  bounds: { atMost: ['op til', 'højst', 'maks'], atLeast: ['mindst', 'fra'], above: ['over', 'mere end'], below: ['under', 'mindre end'], about: ['cirka', 'ca', 'omkring'] },
  // between the ends of a range
  to: ['til'],
  // a currency after the amount
  money: { kr: 'DKK', kroner: 'DKK' },
  // a price of nothing, and no limit
  free: ['gratis'],
  unlimited: ['ubegrænse*'],
};
