/**
 * Korean: no interface table (the interface reads in English), but
 * the words values are written with, read in a comparison written in
 * Korean. Loaded on demand (src/i18n/index.ts `loadWords`).
 */
import type { WordTable } from '../values/units.js';

export const words: WordTable = {
  units: 'ms 밀리초|s 초|min 분|h 시간|day 일|week 주|month 개월 달|year 년|g 그램|kg 킬로그램|km 킬로미터|cm 센티미터|mm 밀리미터|inch 인치|L 리터|W 와트',
  // 만 is ten thousand, 억 a hundred million
  magnitudes: { 천: 3, 만: 4, 억: 8, 조: 12 },
  // before a number: "bis zu 18 Std.", "etwa 5 GB"
  bounds: { atMost: ['최대'], atLeast: ['최소'], about: ['약'] },
  // between the ends of a range
  to: ['~', '～'],
  // after a number: "18時間以上", "3년 이상"
  after: { atLeast: ['이상'], atMost: ['이하', '까지'], below: ['미만'], above: ['초과'] },
  // a price of nothing, and no limit
  free: ['무료'],
  unlimited: ['무제한', '제한 없음'],
  // after a slash only ("9,900원/월"): "3월" is March
  per: 'month 월',
};
