/**
 * Ukrainian: no interface table (the interface reads in English), but the words
 * values are written with, read in a comparison written in Ukrainian. Loaded on
 * demand (src/i18n/index.ts `loadWords`).
 */
import type { WordTable } from '../values/units.js';

export const words: WordTable = {
  units: 'ms мс|s с сек секунда секунди секунд|min хв хвилина хвилини хвилин|h год година години годин|day дн день дні днів доба доби діб|week тиж тиждень тижні тижнів|month міс місяць місяці місяців|year рік роки років|B байт|KB КБ Кб|MB МБ Мб|GB ГБ Гб|TB ТБ Тб|mg мг|g гр грам|kg кг|kcal ккал|kJ кДж|km км|W Вт|kW кВт|mAh мАг|L л|g г',
  magnitudes: { тис: 3, тисяч: 3, тисячі: 3, млн: 6, мільйон: 6, мільйона: 6, мільйонів: 6, млрд: 9, мільярд: 9, мільярда: 9, мільярдів: 9 },
  // before a number: "до 18 годин", "близько 5 ГБ"
  bounds: { atMost: ['до'], atLeast: ['від', 'щонайменше', 'не менше'], above: ['понад', 'більше'], below: ['менше'], about: ['близько', 'приблизно'] },
  // between the ends of a range
  to: ['до'],
  // a price of nothing, and no limit
  free: ['безкоштовн*', 'безплатн*'],
  unlimited: ['необмежен*', 'безліміт*'],
};
