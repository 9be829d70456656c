/**
 * Finnish: no interface table (the interface reads in English), but the words
 * values are written with, read in a comparison written in Finnish. Loaded on
 * demand (src/i18n/index.ts `loadWords`).
 */
import type { WordTable } from '../values/units.js';

export const words: WordTable = {
  // The nominative and the partitive after a number ("1 tunti", "18 tuntia").
  units: 'ms millisekunti millisekuntia|s sekunti sekuntia sek|min minuutti minuuttia|h tunti tuntia|day päivä päivää vrk vuorokausi vuorokautta|week viikko viikkoa vk|month kuukausi kuukautta kk|year vuosi vuotta',
  every: 'month kuukaudessa|year vuodessa',
  magnitudes: { tuhat: 3, tuhatta: 3, milj: 6, miljoona: 6, miljoonaa: 6, mrd: 9, miljardi: 9, miljardia: 9 },
  // before a number: "jopa 18 tuntia", "noin 5 GB"
  bounds: { atMost: ['jopa', 'enintään', 'korkeintaan'], atLeast: ['vähintään', 'alkaen', 'alk.'], above: ['yli'], below: ['alle'], about: ['noin', 'n.'] },
  // a price of nothing, and no limit
  free: ['ilmai*', 'maksuton*'],
  unlimited: ['rajaton*', 'rajoittamaton*'],
};
