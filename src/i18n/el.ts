/**
 * Greek: no interface table (the interface reads in English), but the words
 * values are written with, read in a comparison written in Greek. Loaded on
 * demand (src/i18n/index.ts `loadWords`).
 */
import type { WordTable } from '../values/units.js';

export const words: WordTable = {
  units: 's δευτερόλεπτο δευτερόλεπτα δευτ|min λεπτό λεπτά|h ώρα ώρες|day ημέρα ημέρες μέρα μέρες|week εβδομάδα εβδομάδες|month μήνας μήνες|year έτος έτη χρόνος χρόνια',
  magnitudes: { χιλ: 3, χιλιάδες: 3, εκατ: 6, εκατομμύριο: 6, εκατομμύρια: 6, δισ: 9, δισεκατομμύρια: 9 },
  // before a number: "έως 18 ώρες", "περίπου 5 GB"
  bounds: { atMost: ['έως', 'μέχρι'], atLeast: ['τουλάχιστον', 'από'], above: ['πάνω από', 'περισσότερα από'], below: ['κάτω από', 'λιγότερα από'], about: ['περίπου'] },
  // between the ends of a range
  to: ['έως', 'μέχρι'],
  // a price of nothing, and no limit
  free: ['δωρεάν'],
  unlimited: ['απεριόριστ*'],
};
