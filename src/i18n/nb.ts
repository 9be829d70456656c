/**
 * Norwegian (Bokmål, and "no"): no interface table (the interface reads in English), but the words
 * values are written with, read in a comparison written in Norwegian (Bokmål, and "no"). Loaded on
 * demand (src/i18n/index.ts `loadWords`).
 */
import type { WordTable } from '../values/units.js';

export const words: WordTable = {
  units: 'ms millisekund millisekunder|s sekund sekunder sek|min minutt minutter|h time timer|day dag dager døgn|week uke uker|month måned måneder mnd|year år',
  every: 'month månedlig månedlige|year årlig årlige',
  magnitudes: { tusen: 3, million: 6, millioner: 6, mill: 6, mrd: 9, milliard: 9, milliarder: 9 },
  // before a number: "opptil 18 timer", "cirka 5 GB"
  bounds: { atMost: ['opptil', 'inntil', 'maks', 'høyst'], atLeast: ['minst', 'fra'], above: ['over', 'mer enn'], below: ['under', 'mindre enn'], about: ['cirka', 'ca', 'omtrent', 'rundt'] },
  // between the ends of a range
  to: ['til'],
  // a currency after the amount
  money: { kr: 'NOK', kroner: 'NOK' },
  // a price of nothing, and no limit
  free: ['gratis'],
  unlimited: ['ubegrense*'],
};
