/**
 * Russian: the interface table (`ru`, at the end) and the words values
 * are written with, read in a comparison written in Russian. Loaded on
 * demand (src/i18n/index.ts `loadStrings`, `loadWords`).
 */
import type { Strings } from '../base/strings.js';
import type { WordTable } from '../values/units.js';

export const words: WordTable = {
  units: 'ms мс|s с сек секунда секунды секунд|min мин минута минуты минут|h ч час часа часов|m м метр метра метров|m² м²|day дн день дня дней сут|week нед неделя недели недель|month мес месяц месяца месяцев|year год года лет|B байт|KB КБ Кб|MB МБ Мб|GB ГБ Гб|TB ТБ Тб|mg мг миллиграмм|g г гр грамм грамма граммов|kg кг килограмм|kcal ккал|kJ кДж|km км километр километра километров|cm см|mm мм|inch дюйм дюйма дюймов|L л литр литра литров|mL мл|W Вт|kW кВт|mAh мАч|Hz Гц|MHz МГц|GHz ГГц',
  magnitudes: { тыс: 3, млн: 6, млрд: 9, тысяч: 3, тысяча: 3, тысячи: 3, тысячу: 3, миллион: 6, миллиона: 6, миллионов: 6, миллиард: 9, миллиарда: 9, миллиардов: 9 },
  // before a number: "bis zu 18 Std.", "etwa 5 GB"
  bounds: { atMost: ['до'], atLeast: ['не менее', 'от'], above: ['более', 'свыше', 'больше'], below: ['менее', 'меньше'], about: ['около', 'примерно'], from: ['между'] },
  // between the ends of a range
  to: ['до'],
  // a range's "and" after its "between" (a `from` bound): "между 10 и 20"
  and: ['и'],
  // a price of nothing, no limit, and a lifetime
  free: ['бесплатн*'],
  unlimited: ['безлимит*', 'неограниченн*'],
  lifetime: ['пожизненн*'],
  // after an amount: a price per that time
  every: 'month ежемесячно|year ежегодно',
  // "times" (a multiplier, as "2x")
  times: ['раза', 'раз'],
  // (the "в" of "в 2 раза", "в 10–100 раз": read as not written; "в 2024 году" stays no value)
  read: (s) => s.replace(/(?<!\p{L})в(?=\s*\d[\d\s,.–-]*раз)/giu, ' '),
  // a currency written as a word after the amount
  money: { долларов: 'USD', доллар: 'USD', доллара: 'USD', долл: 'USD', евро: 'EUR', рублей: 'RUB', рубля: 'RUB', рубль: 'RUB' },
  // after "per" only ("в секунду", "na sekundę"): the accusative
  per: 's секунду|min минуту|week неделю',
  // "percent", as "%"
  percent: ['процент', 'процента', 'процентов'],
};

const num = new Intl.NumberFormat('ru');
const plural = new Intl.PluralRules('ru');
/** The noun's form for a count: 1, 21, 31… (one), 2–4, 22–24… (few), 0, 5–20, 25… (many), fractions (other). */
const form = (n: number, one: string, few: string, many: string, other: string) => ({ one, few, many })[plural.select(n) as 'one' | 'few' | 'many'] ?? other;

/** Russian (вы form). */
export const ru: Partial<Strings> = {
  loading: 'Загрузка сравнения…',
  errorTitle: 'Не удалось показать это сравнение.',
  moreIssues: (n: number) => `…и ещё ${num.format(n)} ${form(n, 'проблема', 'проблемы', 'проблем', 'проблемы')}`,
  problems: (n: number) => `${num.format(n)} ${form(n, 'проблема', 'проблемы', 'проблем', 'проблемы')} в данных сравнения:`,
  noData: 'Нет данных для сравнения: укажите атрибут src или for, добавьте дочерний элемент <script type="application/json"> или задайте свойство data.',
  notAvailable: 'нет данных',
  notComparable: 'несопоставимо',
  best: 'лучшее',
  // The month may end in a dot ("янв. 2026 г."): no dot of its own.
  lastUpdated: (month: string) => `Обновлено: ${month}`,
  bestFor: 'Кому подойдёт',
  shortAnswer: 'Краткий ответ',
  ourVerdict: 'Наш вердикт',
  aiAssisted: 'С помощью ИИ',
  chooseIf: (name: string) => `Выберите ${name}, если`,
  overallWinner: (name: string) => `Наш выбор: ${name}`,
  helpfulQuestion: 'Был ли этот вердикт полезен?',
  yes: 'Да',
  no: 'Нет',
  voteSending: 'Отправка голоса…',
  voteThanks: 'Спасибо за отзыв!',
  voteFailed: 'Не удалось отправить ваш голос.',
  retry: 'Повторить попытку',
  voteAnswer: (answer: string) => `Ваш ответ: ${answer}.`,
  httpStatus: (status: number) => `HTTP ${status}`,
  keyDifferences: 'Основные различия',
  topic: 'Критерий',
  keyFacts: 'Ключевые факты и цифры',
  metric: 'Показатель',
  diff: 'Разница',
  diffOf: (item: string, against: string) => `Разница между ${item} и ${against}`,
  diffAgainst: (against: string) => `Разница по сравнению с ${against}`,
  fullComparison: 'Полное сравнение',
  attribute: 'Характеристика',
  showMore: (n: number) => `Показать ещё ${num.format(n)} ${form(n, 'характеристику', 'характеристики', 'характеристик', 'характеристики')}`,
  showFewer: 'Показать меньше характеристик',
  onlyDifferences: 'Показать только различия',
  noDifferences: 'В этой группе различий нет.',
  visualComparison: 'Сравнение на графиках',
  chartIntro: 'Числовые характеристики рядом друг с другом',
  diffBetter: 'лучше',
  diffWorse: 'хуже',
  higherIsBetter: 'чем больше, тем лучше',
  lowerIsBetter: 'чем меньше, тем лучше',
  logScale: 'логарифмическая шкала',
  prosAndCons: 'Плюсы и минусы',
  pros: 'Плюсы',
  cons: 'Минусы',
  faq: 'Часто задаваемые вопросы',
  resources: 'Полезные материалы',
  resourcesIntro: 'Подборка материалов для более глубокого изучения',
  whereToBuy: 'Где купить',
  affiliateDisclosure: 'Как участник партнёрских программ мы можем получать комиссию с подходящих покупок — без дополнительных затрат для вас.',
  linkKinds: { reference: 'Справочные материалы', article: 'Статьи', comparison: 'Сравнения', video: 'Видео', affiliate: 'Где купить' },
  opensInNewTab: '(откроется в новой вкладке)',
  related: 'См. также',
  relatedComparisons: 'Похожие сравнения',
  relatedArticles: 'Статьи по теме',
  track: 'Следить за сравнением',
  trackIntroCustom: 'Мы сообщим вам, когда это сравнение изменится.',
  trackIntro: 'Мы сообщим вам, когда изменятся цены, появятся новые характеристики или обновится наш вердикт.',
  emailLabel: 'Адрес электронной почты',
  emailPlaceholder: 'name@example.com',
  triggersLabel: 'О чём сообщать',
  defaultTriggers: { 'price-change': 'Изменение цены', 'new-spec': 'Новые характеристики', 'verdict-update': 'Обновление вердикта' },
  consent: 'Никакого спама. Отписаться можно в любой момент.',
  subscribe: 'Подписаться',
  subscribing: 'Оформляем подписку…',
  subscribed: (email: string) => `Готово! Мы напишем на ${email}, когда это сравнение изменится.`,
  subscribeFailed: 'Не удалось оформить подписку.',
  invalidEmail: 'Введите адрес электронной почты в формате name@example.com.',
  noTriggers: 'Выберите хотя бы один вариант уведомлений.',
};
