/**
 * Romanian: no interface table (the interface reads in English), but the words
 * values are written with, read in a comparison written in Romanian. Loaded on
 * demand (src/i18n/index.ts `loadWords`).
 */
import type { WordTable } from '../values/units.js';

export const words: WordTable = {
  units: 'ms milisecunde|s secundă secunde sec|min minut minute|h oră ore|day zi zile|week săptămână săptămâni|month lună luni|year an ani',
  magnitudes: { mii: 3, mie: 3, milion: 6, milioane: 6, mil: 6, miliard: 9, miliarde: 9, mld: 9 },
  // before a number: "până la 18 ore", "aproximativ 5 GB"
  bounds: { atMost: ['până la', 'maxim'], atLeast: ['cel puțin', 'minim', 'de la'], above: ['peste', 'mai mult de'], below: ['sub', 'mai puțin de'], about: ['aproximativ', 'circa', 'cca', 'în jur de'] },
  // between the ends of a range
  to: ['la'],
  // a currency after the amount
  money: { lei: 'RON', leu: 'RON' },
  // a price of nothing, and no limit
  free: ['gratuit*', 'gratis'],
  unlimited: ['nelimitat*'],
};
