/**
 * Russian: no interface table (the interface reads in English), but
 * the words values are written with, read in a comparison written in
 * Russian. Loaded on demand (src/i18n/index.ts `loadWords`).
 */
import type { WordTable } from '../values/units.js';

export const words: WordTable = {
  units: 'ms мс|s с сек секунда секунды секунд|min мин минута минуты минут|h ч час часа часов|day дн день дня дней сут|week нед неделя недели недель|month мес месяц месяца месяцев|year год года лет|B байт|KB КБ Кб|MB МБ Мб|GB ГБ Гб|TB ТБ Тб|g г гр грамм грамма граммов|kg кг килограмм|km км километр километра километров|cm см|mm мм|inch дюйм дюйма дюймов|L л литр литра литров|mL мл|W Вт|kW кВт|mAh мАч|Hz Гц|MHz МГц|GHz ГГц',
  magnitudes: { тыс: 3, млн: 6, млрд: 9, тысяч: 3, миллион: 6, миллиона: 6, миллионов: 6, миллиард: 9, миллиарда: 9, миллиардов: 9 },
  // before a number: "bis zu 18 Std.", "etwa 5 GB"
  bounds: { atMost: ['до'], atLeast: ['не менее', 'от'], above: ['более', 'свыше', 'больше'], below: ['менее', 'меньше'], about: ['около', 'примерно'] },
  // between the ends of a range
  to: ['до'],
  // a price of nothing, and no limit
  free: ['бесплатн*'],
  unlimited: ['безлимит*', 'неограниченн*'],
};
