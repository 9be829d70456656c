/**
 * Hindi: no interface table (the interface reads in English), but
 * the words values are written with, read in a comparison written in
 * Hindi. Loaded on demand (src/i18n/index.ts `loadWords`).
 */
import type { WordTable } from '../values/units.js';

export const words: WordTable = {
  // (with the nukta of हफ़्ता and सेकेंड as a mark or not)
  units:
    'ms मिलीसेकंड|s सेकंड सेकेंड सेकण्ड|min मिनट|h घंटा घंटे घंटों|day दिन दिनों|week सप्ताह सप्ताहों हफ्ता हफ्ते हफ्तों हफ़्ता हफ़्ते|month महीना महीने महीनों माह|year साल सालों वर्ष वर्षों' +
    '|g ग्राम|kg किलो किग्रा किलोग्राम|km किमी किलोमीटर|m मीटर|cm सेमी सेंटीमीटर|mm मिमी मिलीमीटर|inch इंच|L लीटर|mL मिली|W वाट|kW किलोवाट|mAh एमएएच|GB जीबी|MB एमबी|TB टीबी',
  // करोड़ with the nukta as a mark or precomposed
  magnitudes: { हज़ार: 3, हजार: 3, लाख: 5, '\u0915\u0930\u094b\u0921\u093c': 7, '\u0915\u0930\u094b\u095c': 7, अरब: 9 },
  // before a number: "bis zu 18 Std.", "etwa 5 GB"
  bounds: { atMost: ['अधिकतम'], atLeast: ['कम से कम', 'न्यूनतम'], about: ['लगभग', 'करीब', 'क़रीब', 'तकरीबन'] },
  // between the ends of a range: "10 से 20"
  to: ['से'],
  // after a number: "18 घंटे तक", "500 से अधिक"
  after: { atMost: ['तक'], above: ['से अधिक', 'से ज़्यादा', 'से ज्यादा'], below: ['से कम'] },
  // currencies after the amount
  money: { रुपये: 'INR', रुपए: 'INR', रुपया: 'INR', रु: 'INR' },
  // a price of nothing, and no limit
  free: ['मुफ़्त', 'मुफ्त', 'निःशुल्क', 'नि:शुल्क', 'फ्री'],
  unlimited: ['असीमित', 'अनलिमिटेड'],
};
