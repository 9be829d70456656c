/**
 * Czech: no interface table (the interface reads in English), but the words
 * values are written with, read in a comparison written in Czech. Loaded on
 * demand (src/i18n/index.ts `loadWords`).
 */
import type { WordTable } from '../values/units.js';

export const words: WordTable = {
  units: 'ms milisekunda milisekundy milisekund|s sekunda sekundy sekund|min minuta minuty minut|h hodina hodiny hodin hod|day den dny dní dnů|week týden týdny týdnů|month měsíc měsíce měsíců měs|year rok roky let roků',
  every: 'month měsíčně|year ročně',
  magnitudes: { tis: 3, tisíc: 3, milion: 6, miliony: 6, milionů: 6, mld: 9, miliarda: 9, miliardy: 9, miliard: 9 },
  // before a number: "až 18 hodin", "přibližně 5 GB"
  bounds: { atMost: ['až', 'maximálně', 'nejvýše'], atLeast: ['nejméně', 'minimálně', 'alespoň', 'od'], above: ['přes', 'více než', 'nad'], below: ['méně než', 'pod'], about: ['asi', 'přibližně', 'cca', 'zhruba', 'okolo'] },
  // between the ends of a range
  to: ['do', 'až'],
  // a price of nothing, and no limit
  free: ['zdarma', 'zadarmo'],
  unlimited: ['neomezen*', 'bez omezení'],
};
