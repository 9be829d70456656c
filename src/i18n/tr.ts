/**
 * Turkish: no interface table (the interface reads in English), but the words
 * values are written with, read in a comparison written in Turkish. Loaded on
 * demand (src/i18n/index.ts `loadWords`).
 */
import type { WordTable } from '../values/units.js';

export const words: WordTable = {
  units: 'ms milisaniye|s saniye sn saniyede|min dakika dk dakikada|h saat sa saatte|day gün|week hafta|month ay|year yıl sene',
  magnitudes: { bin: 3, milyon: 6, mn: 6, milyar: 9, mlr: 9, trilyon: 12 },
  // before a number: "en fazla 50 km", "yaklaşık 5 GB"
  bounds: { atMost: ['en fazla', 'azami'], atLeast: ['en az', 'asgari'], about: ['yaklaşık', 'ortalama'] },
  // a currency after the amount
  money: { TL: 'TRY', lira: 'TRY' },
  // a price of nothing, and no limit
  free: ['ücretsiz', 'bedava'],
  unlimited: ['sınırsız', 'limitsiz'],
  // after an amount: a price per that time
  every: 'month aylık|year yıllık',
  // …and before it: "aylık 45 TL", "yıllık 540 TL"
  before: 'month aylık|year yıllık',
};
