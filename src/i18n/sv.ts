/**
 * Swedish: the interface table (`sv`, at the end) and the words values
 * are written with, read in a comparison written in Swedish. Loaded on
 * demand (src/i18n/index.ts `loadStrings`, `loadWords`).
 */
import type { Strings } from '../base/strings.js';
import type { WordTable } from '../values/units.js';

export const words: WordTable = {
  units: 'ms millisekund millisekunder|s sekund sekunder sek|min minut minuter|h timme timmar tim|m m meter|day dag dagar dygn arbetsdag arbetsdagar|week vecka veckor|month månad månader mån|year år|month månaden|year året',
  every: 'month månadsvis|year årsvis',
  magnitudes: { tusen: 3, miljon: 6, miljoner: 6, milj: 6, mn: 6, miljard: 9, miljarder: 9, mdr: 9 },
  // before a number: "upp till 18 timmar", "cirka 5 GB"
  bounds: { atMost: ['upp till', 'högst', 'max'], atLeast: ['minst', 'från', 'fr.'], above: ['över', 'mer än'], below: ['under', 'mindre än'], about: ['cirka', 'ca', 'ungefär', 'omkring'], from: ['mellan'] },
  // between the ends of a range
  to: ['till'],
  // a range's "and" after its "between" (a `from` bound): "mellan 10 och 20"
  and: ['och'],
  // a currency after the amount
  money: { kr: 'SEK', kronor: 'SEK', ':-': 'SEK', öre: '¢SEK', dollar: 'USD' },
  // a price of nothing, no limit, and a lifetime
  free: ['gratis', 'kostnadsfri*'],
  unlimited: ['obegränsa*'],
  lifetime: ['livstid*'],
  // "times" (a multiplier, as "2x")
  times: ['gånger', 'gång'],
  // "percent", as "%"
  percent: ['procent'],
};

const num = new Intl.NumberFormat('sv');
const plural = new Intl.PluralRules('sv');

/** Swedish ("du", as Swedish interfaces address their readers: "Välj", "Ditt svar"). */
export const sv: Partial<Strings> = {
  loading: 'Jämförelsen laddas…',
  errorTitle: 'Det gick inte att visa jämförelsen.',
  moreIssues: (n: number) => `…och ${num.format(n)} problem till`,
  problems: (n: number) => `${num.format(n)} problem i jämförelsens data:`,
  noData: 'Ingen jämförelsedata: ge det här elementet ett src- eller for-attribut eller ett underordnat <script type="application/json">, eller ange dess data-egenskap.',
  notAvailable: 'ej tillgänglig',
  notComparable: 'går inte att jämföra',
  best: 'bäst',
  lastUpdated: (month: string) => `Senast uppdaterad: ${month}`,
  bestFor: 'Passar bäst för',
  shortAnswer: 'Kort svar',
  ourVerdict: 'Vårt omdöme',
  aiAssisted: 'Med AI-stöd',
  chooseIf: (name: string) => `Välj ${name} om`,
  overallWinner: (name: string) => `Vårt val: ${name}`,
  helpfulQuestion: 'Var det här omdömet till hjälp?',
  yes: 'Ja',
  no: 'Nej',
  voteSending: 'Din röst skickas…',
  voteThanks: 'Tack för din feedback!',
  voteFailed: 'Det gick inte att skicka din röst.',
  retry: 'Försök igen',
  voteAnswer: (answer: string) => `Ditt svar: ${answer}.`,
  httpStatus: (status: number) => `HTTP ${status}`,
  keyDifferences: 'De viktigaste skillnaderna',
  topic: 'Område',
  keyFacts: 'Viktiga fakta och siffror',
  metric: 'Nyckeltal',
  diff: 'Skillnad',
  diffOf: (item: string, against: string) => `Skillnad ${item} jämfört med ${against}`,
  diffAgainst: (against: string) => `Skillnad mot ${against}`,
  fullComparison: 'Fullständig jämförelse',
  attribute: 'Egenskap',
  showMore: (n: number) => (plural.select(n) === 'one' ? `Visa ${num.format(n)} egenskap till` : `Visa ${num.format(n)} egenskaper till`),
  showFewer: 'Visa färre egenskaper',
  onlyDifferences: 'Visa bara skillnader',
  noDifferences: 'Inga skillnader i den här gruppen.',
  visualComparison: 'Jämförelse i diagram',
  chartIntro: 'Numeriska egenskaper sida vid sida',
  diffBetter: 'bättre',
  diffWorse: 'sämre',
  higherIsBetter: 'högre är bättre',
  lowerIsBetter: 'lägre är bättre',
  logScale: 'logaritmisk skala',
  prosAndCons: 'För- och nackdelar',
  pros: 'Fördelar',
  cons: 'Nackdelar',
  faq: 'Vanliga frågor',
  resources: 'Läs mer',
  resourcesIntro: 'Utvalda källor om du vill fördjupa dig',
  whereToBuy: 'Här kan du köpa',
  affiliateDisclosure: 'Som affiliatepartner kan vi få provision på kvalificerade köp – utan extra kostnad för dig.',
  linkKinds: { reference: 'Referens', article: 'Artiklar', comparison: 'Jämförelser', video: 'Videor', affiliate: 'Här kan du köpa' },
  opensInNewTab: '(öppnas i en ny flik)',
  related: 'Se även',
  relatedComparisons: 'Liknande jämförelser',
  relatedArticles: 'Relaterade artiklar',
  track: 'Bevaka jämförelsen',
  trackIntroCustom: 'Få ett meddelande när jämförelsen ändras.',
  trackIntro: 'Få ett meddelande när priser ändras, nya specifikationer kommer eller vi uppdaterar vårt omdöme.',
  emailLabel: 'E-postadress',
  emailPlaceholder: 'namn@example.com',
  triggersLabel: 'Meddela mig om',
  defaultTriggers: { 'price-change': 'Prisändringar', 'new-spec': 'Nya specifikationer', 'verdict-update': 'Uppdaterat omdöme' },
  consent: 'Ingen spam. Avsluta när du vill.',
  subscribe: 'Meddela mig',
  subscribing: 'Registrerar…',
  subscribed: (email: string) => `Klart! Vi mejlar ${email} när jämförelsen ändras.`,
  subscribeFailed: 'Det gick inte att skicka din anmälan.',
  invalidEmail: 'Ange en e-postadress som namn@example.com.',
  noTriggers: 'Välj minst en sak att få meddelande om.',
};
