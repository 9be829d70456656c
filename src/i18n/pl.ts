/**
 * Polish: no interface table (the interface reads in English), but
 * the words values are written with, read in a comparison written in
 * Polish. Loaded on demand (src/i18n/index.ts `loadWords`).
 */
import type { WordTable } from '../values/units.js';

export const words: WordTable = {
  units: 'ms milisekunda milisekundy milisekund|s sekunda sekundy sekund|min minuta minuty minut|h godz godzina godziny godzin|day dzień dni|week tydzień tygodnie tygodni|month miesiąc miesiące miesięcy mies mc|year rok lata lat|g gram gramy gramów|kg kilogram kilogramy kilogramów|km kilometr kilometry kilometrów|inch cal cali|L litr litry litrów',
  magnitudes: { tys: 3, mln: 6, mld: 9 },
  // before a number: "bis zu 18 Std.", "etwa 5 GB"
  bounds: { atMost: ['do', 'maksymalnie'], atLeast: ['co najmniej', 'od'], above: ['ponad', 'powyżej'], below: ['poniżej', 'mniej niż'], about: ['około', 'ok.'] },
  // between the ends of a range
  to: ['do'],
  // a price of nothing, and no limit
  free: ['bezpłatn*', 'darmow*', 'za darmo'],
  unlimited: ['nielimitowan*', 'bez limitu'],
};
