/**
 * Ukrainian: the interface table (`uk`, at the end) and the words values
 * are written with, read in a comparison written in Ukrainian. Loaded on
 * demand (src/i18n/index.ts `loadStrings`, `loadWords`).
 */
import type { Strings } from '../base/strings.js';
import type { WordTable } from '../values/units.js';

export const words: WordTable = {
  units: 'ms мс|s с сек секунда секунди секунд|min хв хвилина хвилини хвилин|h год година години годин|day дн день дні днів доба доби діб|week тиж тиждень тижні тижнів|month міс місяць місяці місяців|year рік роки років|B байт|KB КБ Кб|MB МБ Мб|GB ГБ Гб|TB ТБ Тб|mg мг|g гр грам|kg кг|kcal ккал|kJ кДж|km км кілометр кілометри кілометрів|m м метр метри метрів|cm см|mm мм|W Вт|kW кВт|mAh мАг|L л|g г',
  magnitudes: { тис: 3, тисяч: 3, тисячі: 3, тисяча: 3, тисячу: 3, млн: 6, мільйон: 6, мільйона: 6, мільйонів: 6, млрд: 9, мільярд: 9, мільярда: 9, мільярдів: 9 },
  // before a number: "до 18 годин", "близько 5 ГБ"
  bounds: { atMost: ['до'], atLeast: ['від', 'щонайменше', 'не менше'], above: ['понад', 'більше'], below: ['менше'], about: ['близько', 'приблизно'], from: ['між', 'поміж'] },
  // between the ends of a range
  to: ['до'],
  // a range's "and" after its "between" (a `from` bound): "між 10 і 20"
  and: ['і', 'й', 'та'],
  // a price of nothing, no limit, and a lifetime
  free: ['безкоштовн*', 'безплатн*'],
  unlimited: ['необмежен*', 'безліміт*'],
  lifetime: ['довічн*'],
  // "times" (a multiplier, as "2x")
  times: ['рази', 'разів', 'раз'],
  // (the "у" of "у 2 рази", "в 10 разів": read as not written)
  read: (s) => s.replace(/(?<!\p{L})[ву](?=\s*\d[\d\s,.–-]*раз)/giu, ' '),
  // a currency written as a word after the amount
  money: { доларів: 'USD', долар: 'USD', долара: 'USD', дол: 'USD', євро: 'EUR', гривень: 'UAH', гривні: 'UAH', гривня: 'UAH' },
  // after "per" only ("в секунду", "na sekundę"): the accusative
  per: 's секунду|min хвилину|h годину|week тиждень',
  // "percent", as "%"
  percent: ['відсоток', 'відсотки', 'відсотків'],
};

const num = new Intl.NumberFormat('uk');
const plural = new Intl.PluralRules('uk');
/** The noun's form for a count: 1, 21, 31… (one), 2–4, 22–24… (few), 0, 5–20, 25… (many), fractions (other). */
const form = (n: number, one: string, few: string, many: string, other: string) => ({ one, few, many })[plural.select(n) as 'one' | 'few' | 'many'] ?? other;

/** Ukrainian (ви form). */
export const uk: Partial<Strings> = {
  loading: 'Завантаження порівняння…',
  errorTitle: 'Не вдалося показати це порівняння.',
  moreIssues: (n: number) => `…і ще ${num.format(n)} ${form(n, 'проблема', 'проблеми', 'проблем', 'проблеми')}`,
  problems: (n: number) => `${num.format(n)} ${form(n, 'проблема', 'проблеми', 'проблем', 'проблеми')} у даних порівняння:`,
  noData: 'Немає даних для порівняння: укажіть атрибут src або for, додайте дочірній елемент <script type="application/json"> або задайте властивість data.',
  notAvailable: 'немає даних',
  notComparable: 'не можна порівняти',
  best: 'найкраще',
  // The month may end in a dot ("березень 2026 р."): no dot of its own.
  lastUpdated: (month: string) => `Оновлено: ${month}`,
  bestFor: 'Кому підійде',
  shortAnswer: 'Коротко',
  ourVerdict: 'Наш вердикт',
  aiAssisted: 'За допомогою ШІ',
  chooseIf: (name: string) => `Оберіть ${name}, якщо`,
  overallWinner: (name: string) => `Наш вибір: ${name}`,
  helpfulQuestion: 'Чи був цей вердикт корисним?',
  yes: 'Так',
  no: 'Ні',
  voteSending: 'Надсилаємо ваш голос…',
  voteThanks: 'Дякуємо за відгук!',
  voteFailed: 'Не вдалося надіслати ваш голос.',
  retry: 'Спробувати ще раз',
  voteAnswer: (answer: string) => `Ваша відповідь: ${answer}.`,
  httpStatus: (status: number) => `HTTP ${status}`,
  keyDifferences: 'Основні відмінності',
  topic: 'Критерій',
  keyFacts: 'Ключові факти й цифри',
  metric: 'Показник',
  diff: 'Різниця',
  diffOf: (item: string, against: string) => `Різниця між ${item} і ${against}`,
  diffAgainst: (against: string) => `Різниця порівняно з ${against}`,
  fullComparison: 'Повне порівняння',
  attribute: 'Характеристика',
  showMore: (n: number) => `Показати ще ${num.format(n)} ${form(n, 'характеристику', 'характеристики', 'характеристик', 'характеристики')}`,
  showFewer: 'Показати менше характеристик',
  onlyDifferences: 'Показати лише відмінності',
  noDifferences: 'У цій групі відмінностей немає.',
  visualComparison: 'Порівняння на графіках',
  chartIntro: 'Числові характеристики поруч',
  diffBetter: 'краще',
  diffWorse: 'гірше',
  higherIsBetter: 'що більше, то краще',
  lowerIsBetter: 'що менше, то краще',
  logScale: 'логарифмічна шкала',
  prosAndCons: 'Переваги та недоліки',
  pros: 'Переваги',
  cons: 'Недоліки',
  faq: 'Поширені запитання',
  resources: 'Корисні матеріали',
  resourcesIntro: 'Добірка матеріалів для глибшого вивчення теми',
  whereToBuy: 'Де купити',
  affiliateDisclosure: 'Як учасник партнерських програм ми можемо отримувати комісію з відповідних покупок — без додаткових витрат для вас.',
  linkKinds: { reference: 'Довідкові матеріали', article: 'Статті', comparison: 'Порівняння', video: 'Відео', affiliate: 'Де купити' },
  opensInNewTab: '(відкривається в новій вкладці)',
  related: 'Див. також',
  relatedComparisons: 'Схожі порівняння',
  relatedArticles: 'Статті на тему',
  track: 'Стежити за порівнянням',
  trackIntroCustom: 'Ми надішлемо вам сповіщення, коли це порівняння зміниться.',
  trackIntro: 'Ми надішлемо вам сповіщення, коли зміняться ціни, з’являться нові характеристики або оновиться наш вердикт.',
  emailLabel: 'Адреса електронної пошти',
  emailPlaceholder: 'name@example.com',
  triggersLabel: 'Про що сповіщати',
  defaultTriggers: { 'price-change': 'Зміна ціни', 'new-spec': 'Нові характеристики', 'verdict-update': 'Оновлення вердикту' },
  consent: 'Жодного спаму. Відписатися можна будь-коли.',
  subscribe: 'Підписатися',
  subscribing: 'Оформлюємо підписку…',
  subscribed: (email: string) => `Готово! Ми напишемо на ${email}, коли це порівняння зміниться.`,
  subscribeFailed: 'Не вдалося оформити підписку.',
  invalidEmail: 'Введіть адресу електронної пошти у форматі name@example.com.',
  noTriggers: 'Оберіть принаймні один варіант сповіщень.',
};
