/**
 * Persian: no interface table (the interface reads in English), but the words
 * values are written with, read in a comparison written in Persian. Loaded on
 * demand (src/i18n/index.ts `loadWords`).
 */
import type { WordTable } from '../values/units.js';

export const words: WordTable = {
  units: 'g گرم|kg کیلوگرم|MB مگابایت|GB گیگابایت|TB ترابایت|s ثانیه|min دقیقه|h ساعت|day روز|week هفته|month ماه|year سال',
  magnitudes: { هزار: 3, میلیون: 6, میلیارد: 9 },
  // before a number: "تا ۱۸ ساعت", "حدود ۵ گیگابایت"
  bounds: { atMost: ['تا', 'حداکثر'], atLeast: ['حداقل', 'از'], above: ['بیش از', 'بالای'], below: ['کمتر از', 'زیر'], about: ['حدود', 'تقریباً', 'تقریبا'] },
  // between the ends of a range
  to: ['تا'],
  // a currency after the amount
  money: { ریال: 'IRR' },
  // a price of nothing, and no limit
  free: ['رایگان'],
  unlimited: ['نامحدود'],
};
