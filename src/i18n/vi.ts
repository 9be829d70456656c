/**
 * Vietnamese: no interface table (the interface reads in English), but the words
 * values are written with, read in a comparison written in Vietnamese. Loaded on
 * demand (src/i18n/index.ts `loadWords`).
 */
import type { WordTable } from '../values/units.js';

export const words: WordTable = {
  units: 's giây|min phút|h giờ tiếng|day ngày|week tuần|month tháng|year năm',
  magnitudes: { nghìn: 3, ngàn: 3, triệu: 6, tr: 6, tỷ: 9, tỉ: 9 },
  // before a number: "tối đa 18 giờ", "khoảng 5 GB"
  bounds: { atMost: ['tối đa', 'lên đến', 'lên tới'], atLeast: ['tối thiểu', 'ít nhất', 'từ'], above: ['hơn', 'trên'], below: ['dưới'], about: ['khoảng', 'chừng', 'gần'] },
  // between the ends of a range
  to: ['đến', 'tới'],
  // a currency after the amount
  money: { đ: 'VND', đồng: 'VND' },
  // a price of nothing, and no limit
  free: ['miễn phí'],
  unlimited: ['không giới hạn'],
};
