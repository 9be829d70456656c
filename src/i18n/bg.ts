/**
 * Bulgarian: the interface table (`bg`, at the end) and the words values
 * are written with, read in a comparison written in Bulgarian. Loaded on
 * demand (src/i18n/index.ts `loadStrings`, `loadWords`).
 */
import type { Strings } from '../base/strings.js';
import type { WordTable } from '../values/units.js';

export const words: WordTable = {
  // (With the count form of masculine nouns after a number: "18 месеца", "3 часа", "2 дена".)
  units:
    'ms мс милисекунда милисекунди|s с сек секунда секунди|min мин минута минути|h ч час часа часове|day ден дни дена|week седмица седмици|month мес месец месеца месеци|year год година години' +
    '|m м метър метра метри|km км километър километра километри|cm см|mm мм|g г гр грам грама грамове|kg кг килограм килограма килограми|L л литър литра литри|mL мл' +
    '|B байт байта|KB КБ|MB МБ|GB ГБ|TB ТБ|W Вт|kW кВт|mAh мАч|kcal ккал|Hz Гц|MHz МГц|GHz ГГц',
  every: 'month месечно|year годишно|week седмично|day дневно',
  magnitudes: { хил: 3, хиляда: 3, хиляди: 3, млн: 6, милион: 6, милиона: 6, милиони: 6, млрд: 9, милиард: 9, милиарда: 9, милиарди: 9 },
  // before a number: "до 18 часа", "около 5 GB", "мин. 8 GB"
  bounds: { atMost: ['до', 'максимум', 'най-много', 'макс.'], atLeast: ['най-малко', 'минимум', 'поне', 'от', 'мин.'], above: ['над', 'повече от'], below: ['под', 'по-малко от'], about: ['около', 'приблизително', 'прибл.', 'ок.'], from: ['между'] },
  // between the ends of a range
  to: ['до'],
  // a range's "and" after its "between" (a `from` bound): "между 10 и 20"
  and: ['и'],
  // a currency after the amount: "9,99 лв.", "5 евро"
  money: { лв: 'BGN', лева: 'BGN', лев: 'BGN', евро: 'EUR', долара: 'USD', долар: 'USD' },
  // a price of nothing, no limit, and a lifetime
  free: ['безплатн*'],
  unlimited: ['неограничен*', 'безлимитн*', 'без ограничение'],
  lifetime: ['доживотн*'],
  // "times" (a multiplier, as "2x")
  times: ['пъти'],
  // "percent", as "%"
  percent: ['процента', 'процент'],
};

const num = new Intl.NumberFormat('bg');
const plural = new Intl.PluralRules('bg');
/** The noun's form for a count: 1 (one), any other number (other). */
const form = (n: number, one: string, other: string) => (plural.select(n) === 'one' ? one : other);

/** Bulgarian (вие form; buttons in the imperative, as Bulgarian interfaces write them: "Покажи"). */
export const bg: Partial<Strings> = {
  loading: 'Зареждане на сравнението…',
  errorTitle: 'Това сравнение не може да бъде показано.',
  moreIssues: (n: number) => `…и още ${num.format(n)} ${form(n, 'проблем', 'проблема')}`,
  problems: (n: number) => `${num.format(n)} ${form(n, 'проблем', 'проблема')} в данните за сравнението:`,
  noData: 'Няма данни за сравнение: задайте на този елемент атрибут src или for, добавете в него дъщерен елемент <script type="application/json"> или задайте свойството му data.',
  notAvailable: 'няма данни',
  notComparable: 'несравнимо',
  best: 'най-добро',
  // The month ends in a dot ("май 2026 г."): no dot of its own.
  lastUpdated: (month: string) => `Обновено: ${month}`,
  bestFor: 'Най-добър избор за',
  shortAnswer: 'Накратко',
  ourVerdict: 'Нашата оценка',
  aiAssisted: 'С помощта на ИИ',
  chooseIf: (name: string) => `Изберете ${name}, ако`,
  overallWinner: (name: string) => `Нашият избор: ${name}`,
  helpfulQuestion: 'Полезна ли ви беше тази оценка?',
  yes: 'Да',
  no: 'Не',
  voteSending: 'Изпращане на гласа ви…',
  voteThanks: 'Благодарим за обратната връзка!',
  voteFailed: 'Гласът ви не можа да бъде изпратен.',
  retry: 'Опитайте отново',
  voteAnswer: (answer: string) => `Вашият отговор: ${answer}.`,
  httpStatus: (status: number) => `HTTP ${status}`,
  keyDifferences: 'Основни разлики',
  topic: 'Критерий',
  keyFacts: 'Ключови факти и цифри',
  metric: 'Показател',
  diff: 'Разлика',
  diffOf: (item: string, against: string) => `Разлика между ${item} и ${against}`,
  diffAgainst: (against: string) => `Разлика спрямо ${against}`,
  fullComparison: 'Пълно сравнение',
  attribute: 'Характеристика',
  showMore: (n: number) => `Покажи още ${num.format(n)} ${form(n, 'характеристика', 'характеристики')}`,
  showFewer: 'Покажи по-малко характеристики',
  onlyDifferences: 'Покажи само разликите',
  noDifferences: 'В тази група няма разлики.',
  visualComparison: 'Сравнение в графики',
  chartIntro: 'Числовите характеристики една до друга',
  diffBetter: 'по-добре',
  diffWorse: 'по-зле',
  higherIsBetter: 'колкото по-високо, толкова по-добре',
  lowerIsBetter: 'колкото по-ниско, толкова по-добре',
  logScale: 'логаритмична скала',
  prosAndCons: 'Плюсове и минуси',
  pros: 'Плюсове',
  cons: 'Минуси',
  faq: 'Често задавани въпроси',
  resources: 'Източници и допълнителна информация',
  resourcesIntro: 'Подбрани източници за по-задълбочено запознаване с темата',
  whereToBuy: 'Къде да купите',
  affiliateDisclosure: 'Като участници в партньорски програми можем да получим комисиона от покупки чрез нашите връзки – без допълнителни разходи за вас.',
  linkKinds: { reference: 'Справочни материали', article: 'Статии', comparison: 'Сравнения', video: 'Видеоклипове', affiliate: 'Къде да купите' },
  opensInNewTab: '(отваря се в нов раздел)',
  related: 'Свързано',
  relatedComparisons: 'Свързани сравнения',
  relatedArticles: 'Свързани статии',
  track: 'Следете това сравнение',
  trackIntroCustom: 'Ще ви уведомим, когато това сравнение се промени.',
  trackIntro: 'Ще ви уведомим, когато се променят цените, излязат нови характеристики или обновим нашата оценка.',
  emailLabel: 'Имейл адрес',
  emailPlaceholder: 'name@example.com',
  triggersLabel: 'Уведомявайте ме за',
  defaultTriggers: { 'price-change': 'Промяна на цената', 'new-spec': 'Нови характеристики', 'verdict-update': 'Обновена оценка' },
  consent: 'Без спам. Можете да се отпишете по всяко време.',
  subscribe: 'Уведомете ме',
  subscribing: 'Абониране…',
  subscribed: (email: string) => `Готово! Ще ви пишем на ${email}, когато това сравнение се промени.`,
  subscribeFailed: 'Абонаментът ви не можа да бъде изпратен.',
  invalidEmail: 'Въведете имейл адрес във вида name@example.com.',
  noTriggers: 'Изберете поне един вид уведомления.',
};
