/**
 * Danish: the interface table (`da`, at the end) and the words values
 * are written with, read in a comparison written in Danish. Loaded on
 * demand (src/i18n/index.ts `loadStrings`, `loadWords`).
 */
import type { Strings } from '../base/strings.js';
import type { WordTable } from '../values/units.js';

export const words: WordTable = {
  units: 'ms millisekund millisekunder|s sekund sekunder sek|min minut minutter|h time timer|m m meter|day dag dage døgn|week uge uger|month måned måneder md mdr|year år|month måneden|year året',
  every: 'month månedlig månedligt|year årlig årligt',
  magnitudes: { tusind: 3, mio: 6, million: 6, millioner: 6, mia: 9, milliard: 9, milliarder: 9 },
  // before a number: "op til 18 timer", "cirka 5 GB"
  bounds: { atMost: ['op til', 'højst', 'maks'], atLeast: ['mindst', 'fra'], above: ['over', 'mere end'], below: ['under', 'mindre end'], about: ['cirka', 'ca', 'omkring'], from: ['mellem'] },
  // between the ends of a range
  to: ['til'],
  // a range's "and" after its "between" (a `from` bound): "mellem 10 og 20"
  and: ['og'],
  // a currency after the amount
  money: { kr: 'DKK', kroner: 'DKK', ',-': 'DKK', øre: '¢DKK', dollar: 'USD' },
  // a price of nothing, no limit, and a lifetime
  free: ['gratis'],
  unlimited: ['ubegrænse*'],
  lifetime: ['livstid*'],
  // "times" (a multiplier, as "2x")
  times: ['gange', 'gang'],
  // "percent", as "%"
  percent: ['procent'],
};

const num = new Intl.NumberFormat('da');
const plural = new Intl.PluralRules('da');

/** Danish ("du", as Danish interfaces address their readers: "Vælg", "Dit svar"). */
export const da: Partial<Strings> = {
  loading: 'Indlæser sammenligningen…',
  errorTitle: 'Sammenligningen kunne ikke vises.',
  moreIssues: (n: number) => (plural.select(n) === 'one' ? `…og ${num.format(n)} problem mere` : `…og ${num.format(n)} problemer mere`),
  problems: (n: number) => `${num.format(n)} ${plural.select(n) === 'one' ? 'problem' : 'problemer'} i sammenligningens data:`,
  noData: 'Ingen sammenligningsdata: giv dette element en src- eller for-attribut eller et underordnet <script type="application/json">, eller angiv dets data-egenskab.',
  notAvailable: 'ikke tilgængelig',
  notComparable: 'kan ikke sammenlignes',
  best: 'bedst',
  lastUpdated: (month: string) => `Sidst opdateret: ${month}`,
  bestFor: 'Bedst til',
  shortAnswer: 'Kort fortalt',
  ourVerdict: 'Vores vurdering',
  aiAssisted: 'Med hjælp fra AI',
  chooseIf: (name: string) => `Vælg ${name}, hvis`,
  overallWinner: (name: string) => `Vores valg: ${name}`,
  helpfulQuestion: 'Var denne vurdering nyttig?',
  yes: 'Ja',
  no: 'Nej',
  voteSending: 'Sender din stemme…',
  voteThanks: 'Tak for din feedback!',
  voteFailed: 'Din stemme kunne ikke sendes.',
  retry: 'Prøv igen',
  voteAnswer: (answer: string) => `Dit svar: ${answer}.`,
  httpStatus: (status: number) => `HTTP ${status}`,
  keyDifferences: 'De vigtigste forskelle',
  topic: 'Område',
  keyFacts: 'Vigtige fakta og tal',
  metric: 'Nøgletal',
  diff: 'Forskel',
  diffOf: (item: string, against: string) => `Forskel ${item} i forhold til ${against}`,
  diffAgainst: (against: string) => `Forskel i forhold til ${against}`,
  fullComparison: 'Fuld sammenligning',
  attribute: 'Egenskab',
  showMore: (n: number) => (plural.select(n) === 'one' ? `Vis ${num.format(n)} egenskab mere` : `Vis ${num.format(n)} egenskaber mere`),
  showFewer: 'Vis færre egenskaber',
  onlyDifferences: 'Vis kun forskelle',
  noDifferences: 'Ingen forskelle i denne gruppe.',
  visualComparison: 'Visuel sammenligning',
  chartIntro: 'Talværdier side om side',
  diffBetter: 'bedre',
  diffWorse: 'dårligere',
  higherIsBetter: 'højere er bedre',
  lowerIsBetter: 'lavere er bedre',
  logScale: 'logaritmisk skala',
  prosAndCons: 'Fordele og ulemper',
  pros: 'Fordele',
  cons: 'Ulemper',
  faq: 'Ofte stillede spørgsmål',
  resources: 'Læs mere',
  resourcesIntro: 'Udvalgte kilder, hvis du vil dykke dybere',
  whereToBuy: 'Her kan du købe',
  affiliateDisclosure: 'Som affiliatepartner kan vi modtage provision af kvalificerede køb – uden ekstra omkostninger for dig.',
  linkKinds: { reference: 'Reference', article: 'Artikler', comparison: 'Sammenligninger', video: 'Videoer', affiliate: 'Her kan du købe' },
  opensInNewTab: '(åbner i en ny fane)',
  related: 'Se også',
  relatedComparisons: 'Lignende sammenligninger',
  relatedArticles: 'Relaterede artikler',
  track: 'Følg denne sammenligning',
  trackIntroCustom: 'Få besked, når sammenligningen ændres.',
  trackIntro: 'Få besked, når priserne ændres, der kommer nye specifikationer, eller vi opdaterer vores vurdering.',
  emailLabel: 'E-mailadresse',
  emailPlaceholder: 'navn@example.com',
  triggersLabel: 'Giv mig besked om',
  defaultTriggers: { 'price-change': 'Prisændringer', 'new-spec': 'Nye specifikationer', 'verdict-update': 'Opdateret vurdering' },
  consent: 'Ingen spam. Afmeld når som helst.',
  subscribe: 'Giv mig besked',
  subscribing: 'Tilmelder…',
  subscribed: (email: string) => `Du er tilmeldt! Vi skriver til ${email}, når sammenligningen ændres.`,
  subscribeFailed: 'Din tilmelding kunne ikke sendes.',
  invalidEmail: 'Indtast en e-mailadresse som navn@example.com.',
  noTriggers: 'Vælg mindst én ting, du vil have besked om.',
};
