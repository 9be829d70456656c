/**
 * Norwegian (Bokmål, and "no"): the interface table (`nb`, and `no`,
 * at the end) and the words values are written with, read in a comparison
 * written in Norwegian. Loaded on demand (src/i18n/index.ts `loadStrings`, `loadWords`).
 */
import type { Strings } from '../base/strings.js';
import type { WordTable } from '../values/units.js';

export const words: WordTable = {
  units: 'ms millisekund millisekunder|s sekund sekunder sek|min minutt minutter|h time timer|m m meter|day dag dager døgn|week uke uker|month måned måneder mnd|year år|month måneden|year året',
  every: 'month månedlig månedlige|year årlig årlige',
  magnitudes: { tusen: 3, million: 6, millioner: 6, mill: 6, mrd: 9, milliard: 9, milliarder: 9 },
  // before a number: "opptil 18 timer", "cirka 5 GB"
  bounds: { atMost: ['opptil', 'inntil', 'maks', 'høyst'], atLeast: ['minst', 'fra'], above: ['over', 'mer enn'], below: ['under', 'mindre enn'], about: ['cirka', 'ca', 'omtrent', 'rundt'], from: ['mellom'] },
  // between the ends of a range
  to: ['til'],
  // a range's "and" after its "between" (a `from` bound): "mellom 10 og 20"
  and: ['og'],
  // a currency after the amount
  money: { kr: 'NOK', kroner: 'NOK', ',-': 'NOK', øre: '¢NOK', dollar: 'USD' },
  // a price of nothing, no limit, and a lifetime
  free: ['gratis'],
  unlimited: ['ubegrense*'],
  lifetime: ['livstid*'],
  // "times" (a multiplier, as "2x")
  times: ['ganger', 'gang'],
  // "percent", as "%"
  percent: ['prosent'],
};

const num = new Intl.NumberFormat('nb');
const plural = new Intl.PluralRules('nb');

/** Norwegian Bokmål ("du", as Norwegian interfaces address their readers: "Velg", "Svaret ditt"). */
export const nb: Partial<Strings> = {
  loading: 'Laster inn sammenligningen…',
  errorTitle: 'Sammenligningen kunne ikke vises.',
  moreIssues: (n: number) => (plural.select(n) === 'one' ? `…og ${num.format(n)} problem til` : `…og ${num.format(n)} problemer til`),
  problems: (n: number) => `${num.format(n)} ${plural.select(n) === 'one' ? 'problem' : 'problemer'} i sammenligningsdataene:`,
  noData: 'Ingen sammenligningsdata: gi dette elementet et src- eller for-attributt eller et underordnet <script type="application/json">, eller angi data-egenskapen.',
  notAvailable: 'ikke tilgjengelig',
  notComparable: 'kan ikke sammenlignes',
  best: 'best',
  lastUpdated: (month: string) => `Sist oppdatert: ${month}`,
  bestFor: 'Passer best for',
  shortAnswer: 'Kort fortalt',
  ourVerdict: 'Vår vurdering',
  aiAssisted: 'Med hjelp fra KI',
  chooseIf: (name: string) => `Velg ${name} hvis`,
  overallWinner: (name: string) => `Vårt valg: ${name}`,
  helpfulQuestion: 'Var denne vurderingen nyttig?',
  yes: 'Ja',
  no: 'Nei',
  voteSending: 'Sender stemmen din…',
  voteThanks: 'Takk for tilbakemeldingen!',
  voteFailed: 'Stemmen din kunne ikke sendes.',
  retry: 'Prøv igjen',
  voteAnswer: (answer: string) => `Svaret ditt: ${answer}.`,
  httpStatus: (status: number) => `HTTP ${status}`,
  keyDifferences: 'De viktigste forskjellene',
  topic: 'Område',
  keyFacts: 'Viktige fakta og tall',
  metric: 'Nøkkeltall',
  diff: 'Forskjell',
  diffOf: (item: string, against: string) => `Forskjell ${item} mot ${against}`,
  diffAgainst: (against: string) => `Forskjell mot ${against}`,
  fullComparison: 'Full sammenligning',
  attribute: 'Egenskap',
  showMore: (n: number) => (plural.select(n) === 'one' ? `Vis ${num.format(n)} egenskap til` : `Vis ${num.format(n)} egenskaper til`),
  showFewer: 'Vis færre egenskaper',
  onlyDifferences: 'Vis bare forskjeller',
  noDifferences: 'Ingen forskjeller i denne gruppen.',
  visualComparison: 'Visuell sammenligning',
  chartIntro: 'Tallverdier side om side',
  diffBetter: 'bedre',
  diffWorse: 'dårligere',
  higherIsBetter: 'høyere er bedre',
  lowerIsBetter: 'lavere er bedre',
  logScale: 'logaritmisk skala',
  prosAndCons: 'Fordeler og ulemper',
  pros: 'Fordeler',
  cons: 'Ulemper',
  faq: 'Vanlige spørsmål',
  resources: 'Les mer',
  resourcesIntro: 'Utvalgte kilder hvis du vil gå mer i dybden',
  whereToBuy: 'Her kan du kjøpe',
  affiliateDisclosure: 'Som affiliatepartner kan vi få provisjon på kvalifiserte kjøp – uten ekstra kostnad for deg.',
  linkKinds: { reference: 'Referanse', article: 'Artikler', comparison: 'Sammenligninger', video: 'Videoer', affiliate: 'Her kan du kjøpe' },
  opensInNewTab: '(åpnes i ny fane)',
  related: 'Se også',
  relatedComparisons: 'Lignende sammenligninger',
  relatedArticles: 'Relaterte artikler',
  track: 'Følg denne sammenligningen',
  trackIntroCustom: 'Få varsel når sammenligningen endres.',
  trackIntro: 'Få varsel når prisene endres, nye spesifikasjoner kommer eller vi oppdaterer vurderingen vår.',
  emailLabel: 'E-postadresse',
  emailPlaceholder: 'navn@example.com',
  triggersLabel: 'Varsle meg om',
  defaultTriggers: { 'price-change': 'Prisendringer', 'new-spec': 'Nye spesifikasjoner', 'verdict-update': 'Oppdatert vurdering' },
  consent: 'Ingen spam. Meld deg av når du vil.',
  subscribe: 'Varsle meg',
  subscribing: 'Melder på…',
  subscribed: (email: string) => `Ferdig! Vi sender e-post til ${email} når sammenligningen endres.`,
  subscribeFailed: 'Påmeldingen kunne ikke sendes.',
  invalidEmail: 'Skriv inn en e-postadresse som navn@example.com.',
  noTriggers: 'Velg minst én ting du vil bli varslet om.',
};
/** "no" (Norwegian without a written standard named) reads Bokmål, as its words do. */
export { nb as no };
