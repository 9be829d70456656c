/**
 * Chinese: no interface table (the interface reads in English), but
 * the words values are written with, read in a comparison written in
 * Chinese. Loaded on demand (src/i18n/index.ts `loadWords`).
 */
import type { WordTable } from '../values/units.js';

export const words: WordTable = {
  units: 'ms 毫秒|s 秒|min 分 分钟 分鐘|h 小时 小時|day 天 日|week 周 週|month 个月 個月|year 年|g 克|kg 千克 公斤|km 千米 公里|cm 厘米 公分|mm 毫米 公釐|inch 英寸 吋|L 升 公升|mL 毫升|W 瓦|kW 千瓦|mAh 毫安 毫安时 毫安時',
  // 万 is ten thousand, 亿 a hundred million
  magnitudes: { 千: 3, 万: 4, 萬: 4, 亿: 8, 億: 8, 兆: 12, 万亿: 12, 萬億: 12 },
  // before a number: "bis zu 18 Std.", "etwa 5 GB"
  bounds: { atMost: ['最多', '最高', '最长', '最長', '不超过', '不超過'], atLeast: ['至少', '最少', '最低'], above: ['超过', '超過', '多于', '多於', '高于', '高於'], below: ['少于', '少於', '低于', '低於', '不到'], about: ['约', '約', '大约', '大約'] },
  // between the ends of a range
  to: ['至', '到'],
  // after a number: "18時間以上", "3년 이상"
  after: { atLeast: ['以上'], atMost: ['以下', '以内'] },
  // a price of nothing, and no limit
  free: ['免费', '免費'],
  unlimited: ['无限', '無限', '不限'],
  // after a slash only ("99元/月"): "3月" is March
  per: 'month 月',
};
