/**
 * Serbian: the interface table in Cyrillic, Serbian's default script (`sr`,
 * at the end; the Latin one is ./sr-Latn.ts, for "sr-Latn": src/i18n/index.ts
 * `tableOf`), and the words values are written with, in both scripts and in
 * both the ekavian and ijekavian forms ("месец", "mjesec"), read in a
 * comparison written in Serbian. Loaded on demand (src/i18n/index.ts
 * `loadStrings`, `loadWords`).
 */
import type { Strings } from '../base/strings.js';
import type { WordTable } from '../values/units.js';

export const words: WordTable = {
  units:
    'ms мс милисекунда милисекунде милисекунди milisekunda milisekunde milisekundi|s с сек секунда секунде секунди секунду sek sekunda sekunde sekundi sekundu' +
    '|min мин минут минута минуте минуту minut minuta minute minutu|h ч сат сата сати sat sata sati|day дан дана dan dana' +
    '|week недеља недеље недељу недјеља недјеље недјељу седмица седмице седмицу nedelja nedelje nedelju nedjelja nedjelje nedjelju sedmica sedmice sedmicu' +
    '|month мес месец месеца месеци мјесец мјесеца мјесеци mes mesec meseca meseci mjesec mjeseca mjeseci|year год година године годину god godina godine godinu' +
    '|m m м метар метра метара metar metra metara|km км километар километра километара kilometar kilometra kilometara|cm см|mm мм|g г гр грам грама gr gram grama|kg кг килограм килограма kilogram kilograma' +
    '|L л литар литра литара литре litar litra litara litre|mL мл|KB КБ|MB МБ|GB ГБ|TB ТБ|PS КС KS',
  every: 'month месечно мјесечно mesečno mjesečno|year годишње godišnje|week недељно недјељно седмично nedeljno nedjeljno sedmično|day дневно dnevno',
  magnitudes: {
    хиљ: 3, хиљада: 3, хиљаде: 3, хиљаду: 3, hilj: 3, hiljada: 3, hiljade: 3, hiljadu: 3,
    мил: 6, милион: 6, милиона: 6, mil: 6, milion: 6, miliona: 6,
    млрд: 9, милијарда: 9, милијарде: 9, милијарди: 9, mlrd: 9, milijarda: 9, milijarde: 9, milijardi: 9,
  },
  // before a number: "до 18 сати", "до чак 18 сати", "око 5 GB", "min. 8 GB"
  bounds: {
    atMost: ['до', 'до чак', 'чак до', 'највише', 'максимално', 'макс.', 'do', 'do čak', 'čak do', 'najviše', 'maksimalno', 'maks.'],
    atLeast: ['најмање', 'минимално', 'бар', 'барем', 'од', 'мин.', 'najmanje', 'minimalno', 'bar', 'barem', 'od', 'min.'],
    above: ['више од', 'преко', 'изнад', 'više od', 'preko', 'iznad'],
    below: ['мање од', 'испод', 'manje od', 'ispod'],
    about: ['око', 'отприлике', 'приближно', 'oko', 'otprilike', 'približno', 'cca'],
    from: ['између', 'između'],
  },
  // between the ends of a range
  to: ['до', 'do'],
  // a range's "and" after its "between" (a `from` bound): "између 10 и 20", "između 10 i 20"
  and: ['и', 'i'],
  // a currency after the amount: dinars ("1.299 дин.", "999 din"), euros, the Bosnian mark
  money: { дин: 'RSD', динара: 'RSD', динар: 'RSD', din: 'RSD', dinara: 'RSD', dinar: 'RSD', евра: 'EUR', евро: 'EUR', evra: 'EUR', evro: 'EUR', КМ: 'BAM', KM: 'BAM', долара: 'USD', долар: 'USD', dolara: 'USD', dolar: 'USD' },
  // a price of nothing, no limit, and a lifetime
  free: ['бесплатн*', 'besplatn*'],
  unlimited: ['неограничен*', 'без ограничења', 'neograničen*', 'bez ograničenja'],
  lifetime: ['доживотн*', 'doživotn*'],
  // "times" (a multiplier, as "2x")
  times: ['пута', 'puta'],
  // after "per" only ("в секунду", "na sekundę"): the accusative
  per: 's секунду|min минуту|s sekundu|min minutu',
  // "percent", as "%"
  percent: ['посто', 'posto', 'процената', 'procenata'],
};

const num = new Intl.NumberFormat('sr');
const plural = new Intl.PluralRules('sr');
/** The noun's form for a count: 1, 21, 31… (one), 2–4, 22–24… (few), 0, 5–20, 25… (other). */
const form = (n: number, one: string, few: string, other: string) => ({ one, few })[plural.select(n) as 'one' | 'few'] ?? other;

/** Serbian, Cyrillic (ви form; buttons in the imperative, as Serbian interfaces write them: "Прикажи", "Обавести ме"). */
export const sr: Partial<Strings> = {
  loading: 'Учитавање поређења…',
  errorTitle: 'Ово поређење не може да се прикаже.',
  moreIssues: (n: number) => `…и још ${num.format(n)} ${form(n, 'проблем', 'проблема', 'проблема')}`,
  problems: (n: number) => `${num.format(n)} ${form(n, 'проблем', 'проблема', 'проблема')} у подацима поређења:`,
  noData: 'Нема података за поређење: задајте овом елементу атрибут src или for, додајте му подређени елемент <script type="application/json"> или поставите његово својство data.',
  notAvailable: 'нема података',
  notComparable: 'није упоредиво',
  best: 'најбоље',
  lastUpdated: (month: string) => `Ажурирано: ${month}`,
  bestFor: 'Најбољи избор за',
  shortAnswer: 'Кратак одговор',
  ourVerdict: 'Наш закључак',
  aiAssisted: 'Уз помоћ AI алата',
  chooseIf: (name: string) => `Изаберите ${name} ако`,
  overallWinner: (name: string) => `Наш избор: ${name}`,
  helpfulQuestion: 'Да ли вам је овај закључак био користан?',
  yes: 'Да',
  no: 'Не',
  voteSending: 'Шаљемо ваш глас…',
  voteThanks: 'Хвала на повратној информацији!',
  voteFailed: 'Слање вашег гласа није успело.',
  retry: 'Покушајте поново',
  voteAnswer: (answer: string) => `Ваш одговор: ${answer}.`,
  httpStatus: (status: number) => `HTTP ${status}`,
  keyDifferences: 'Кључне разлике',
  topic: 'Критеријум',
  keyFacts: 'Кључне чињенице и бројке',
  metric: 'Показатељ',
  diff: 'Разлика',
  diffOf: (item: string, against: string) => `Разлика ${item} у односу на ${against}`,
  diffAgainst: (against: string) => `Разлика у односу на ${against}`,
  fullComparison: 'Потпуно поређење',
  attribute: 'Карактеристика',
  showMore: (n: number) => `Прикажи још ${num.format(n)} ${form(n, 'карактеристику', 'карактеристике', 'карактеристика')}`,
  showFewer: 'Прикажи мање карактеристика',
  onlyDifferences: 'Прикажи само разлике',
  noDifferences: 'У овој групи нема разлика.',
  visualComparison: 'Графичко поређење',
  chartIntro: 'Бројчане карактеристике једна поред друге',
  diffBetter: 'боље',
  diffWorse: 'лошије',
  higherIsBetter: 'што више, то боље',
  lowerIsBetter: 'што ниже, то боље',
  logScale: 'логаритамска скала',
  prosAndCons: 'Предности и мане',
  pros: 'Предности',
  cons: 'Мане',
  faq: 'Често постављана питања',
  resources: 'Извори и додатне информације',
  resourcesIntro: 'Одабрани извори за детаљније упознавање са темом',
  whereToBuy: 'Где купити',
  affiliateDisclosure: 'Као учесници партнерских програма можемо да зарадимо провизију од куповина преко наших линкова – без додатних трошкова за вас.',
  linkKinds: { reference: 'Референтни извори', article: 'Чланци', comparison: 'Поређења', video: 'Видео-снимци', affiliate: 'Где купити' },
  opensInNewTab: '(отвара се у новој картици)',
  related: 'Повезано',
  relatedComparisons: 'Повезана поређења',
  relatedArticles: 'Повезани чланци',
  track: 'Пратите ово поређење',
  trackIntroCustom: 'Обавестићемо вас када се ово поређење промени.',
  trackIntro: 'Обавестићемо вас када се промене цене, појаве нове спецификације или ажурирамо наш закључак.',
  emailLabel: 'Адреса е-поште',
  emailPlaceholder: 'ime@example.com',
  triggersLabel: 'Врсте обавештења',
  defaultTriggers: { 'price-change': 'Промена цене', 'new-spec': 'Нове спецификације', 'verdict-update': 'Ажурирање закључка' },
  consent: 'Без нежељене поште. Одјава у било ком тренутку.',
  subscribe: 'Обавести ме',
  subscribing: 'Пријава је у току…',
  subscribed: (email: string) => `Готово! Писаћемо вам на ${email} када се ово поређење промени.`,
  subscribeFailed: 'Слање пријаве није успело.',
  invalidEmail: 'Унесите адресу е-поште у облику ime@example.com.',
  noTriggers: 'Изаберите бар једну врсту обавештења.',
};
