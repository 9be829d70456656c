/**
 * Hindi: no interface table (the interface reads in English), but
 * the words values are written with, read in a comparison written in
 * Hindi. Loaded on demand (src/i18n/index.ts `loadWords`).
 */
import type { WordTable } from '../values/units.js';

export const words: WordTable = {
  // करोड़ with the nukta as a mark or precomposed
  magnitudes: { लाख: 5, '\u0915\u0930\u094b\u0921\u093c': 7, '\u0915\u0930\u094b\u095c': 7 },
};
