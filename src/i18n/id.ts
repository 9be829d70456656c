/**
 * Indonesian (and Malay): no interface table (the interface reads in English), but the words
 * values are written with, read in a comparison written in Indonesian (and Malay). Loaded on
 * demand (src/i18n/index.ts `loadWords`).
 */
import type { WordTable } from '../values/units.js';

export const words: WordTable = {
  units: 'ms milidetik|s detik dtk saat|min menit minit mnt|h jam|day hari|week minggu pekan|month bulan bln|year tahun thn',
  magnitudes: { ribu: 3, rb: 3, juta: 6, jt: 6, miliar: 9, bilion: 9, triliun: 12 },
  // before a number: "hingga 18 jam", "sekitar 5 GB"
  bounds: { atMost: ['hingga', 'sampai', 'maksimal', 'maks'], atLeast: ['minimal', 'setidaknya', 'mulai', 'mulai dari'], above: ['lebih dari', 'di atas'], below: ['kurang dari', 'di bawah'], about: ['sekitar', 'kira-kira', 'kurang lebih'] },
  // between the ends of a range
  to: ['hingga', 'sampai'],
  // a currency after the amount
  money: { rupiah: 'IDR' },
  // a price of nothing, and no limit
  free: ['gratis'],
  unlimited: ['tanpa batas', 'tak terbatas'],
};
