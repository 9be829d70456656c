/**
 * Hungarian: no interface table (the interface reads in English), but the words
 * values are written with, read in a comparison written in Hungarian. Loaded on
 * demand (src/i18n/index.ts `loadWords`).
 */
import type { WordTable } from '../values/units.js';

export const words: WordTable = {
  units: 'ms ezredmásodperc|s másodperc mp|min perc|h óra|day nap|week hét|month hónap hó|year év',
  every: 'month havonta|year évente',
  magnitudes: { ezer: 3, millió: 6, mio: 6, milliárd: 9, mrd: 9 },
  // before a number: "legfeljebb 18 óra", "kb. 5 GB"
  bounds: { atMost: ['legfeljebb', 'akár', 'max.', 'max'], atLeast: ['legalább', 'min.', 'minimum'], above: ['több mint', 'több, mint'], below: ['kevesebb mint', 'kevesebb, mint'], about: ['kb.', 'kb', 'körülbelül', 'mintegy'] },
  // a currency after the amount
  money: { Ft: 'HUF', forint: 'HUF' },
  // a price of nothing, and no limit
  free: ['ingyen*'],
  unlimited: ['korlátlan*'],
};
