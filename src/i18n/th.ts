/**
 * Thai: no interface table (the interface reads in English), but the words
 * values are written with, read in a comparison written in Thai. Loaded on
 * demand (src/i18n/index.ts `loadWords`).
 */
import type { WordTable } from '../values/units.js';

export const words: WordTable = {
  units: 's วินาที|min นาที|h ชั่วโมง ชม|day วัน|week สัปดาห์|month เดือน|year ปี',
  magnitudes: { พัน: 3, หมื่น: 4, แสน: 5, ล้าน: 6 },
  // before a number: "สูงสุด 18 ชั่วโมง", "ประมาณ 5 GB"
  bounds: { atMost: ['สูงสุด', 'ไม่เกิน'], atLeast: ['อย่างน้อย', 'ตั้งแต่', 'เริ่มต้น'], above: ['มากกว่า'], below: ['น้อยกว่า', 'ต่ำกว่า'], about: ['ประมาณ', 'ราว'] },
  // between the ends of a range
  to: ['ถึง'],
  // a currency after the amount
  money: { บาท: 'THB' },
  // a price of nothing, and no limit
  free: ['ฟรี'],
  unlimited: ['ไม่จำกัด'],
};
