/**
 * Hebrew: no interface table (the interface reads in English), but the words
 * values are written with, read in a comparison written in Hebrew. Loaded on
 * demand (src/i18n/index.ts `loadWords`).
 */
import type { WordTable } from '../values/units.js';

export const words: WordTable = {
  units: 's שניות שנייה שניה|min דקות דקה|h שעות שעה|day ימים יום|week שבועות שבוע|month חודשים חודש|year שנים שנה',
  magnitudes: { אלף: 3, מיליון: 6, מיליארד: 9 },
  // before a number: "עד 18 שעות", "כ-5 GB"
  bounds: { atMost: ['עד'], atLeast: ['לפחות', 'החל מ-', 'מ-'], above: ['מעל', 'יותר מ-'], below: ['פחות מ-', 'מתחת ל-'], about: ['בערך', 'כ-', 'כ', 'כמעט'] },
  // between the ends of a range
  to: ['עד'],
  // a currency after the amount
  money: { שקל: 'ILS', שקלים: 'ILS', 'ש״ח': 'ILS', 'ש"ח': 'ILS' },
  // a price of nothing, and no limit
  free: ['חינם'],
  unlimited: ['ללא הגבלה', 'בלתי מוגבל'],
};
