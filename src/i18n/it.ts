/**
 * Italian: no interface table (the interface reads in English), but
 * the words values are written with, read in a comparison written in
 * Italian. Loaded on demand (src/i18n/index.ts `loadWords`).
 */
import type { WordTable } from '../values/units.js';

export const words: WordTable = {
  units: 'ms millisecondo millisecondi|s secondo secondi|min minuto minuti|h ora ore|day giorno giorni|week settimana settimane|month mese mesi|year anno anni|g grammo grammi|kg chilo chili chilogrammo chilogrammi|km chilometro chilometri|inch pollice pollici|L litro litri',
  magnitudes: { mila: 3, milione: 6, milioni: 6, miliardo: 9, miliardi: 9, mln: 6, mld: 9 },
  // before a number: "bis zu 18 Std.", "etwa 5 GB"
  bounds: { atMost: ['fino a'], atLeast: ['almeno', 'a partire da', 'da'], above: ['oltre', 'più di'], below: ['meno di'], about: ['circa'] },
  // between the ends of a range
  to: ['a'],
  // a price of nothing, and no limit
  free: ['gratis', 'gratuit*'],
  unlimited: ['illimitat*'],
};
