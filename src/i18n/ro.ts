/**
 * Romanian: the interface table (`ro`, at the end) and the words values
 * are written with, read in a comparison written in Romanian. Loaded on
 * demand (src/i18n/index.ts `loadStrings`, `loadWords`).
 */
import type { Strings } from '../base/strings.js';
import type { WordTable } from '../values/units.js';

export const words: WordTable = {
  units: 'ms milisecunde|s secundă secunde sec|min minut minute|h oră ore|m m metru metri|day zi zile|week săptămână săptămâni|month lună luni|year an ani',
  magnitudes: { mii: 3, mie: 3, milion: 6, milioane: 6, mil: 6, miliard: 9, miliarde: 9, mld: 9 },
  // before a number: "până la 18 ore", "aproximativ 5 GB"
  bounds: { atMost: ['până la', 'maxim'], atLeast: ['cel puțin', 'minim', 'de la'], above: ['peste', 'mai mult de'], below: ['sub', 'mai puțin de'], about: ['aproximativ', 'circa', 'cca', 'în jur de'], from: ['între', 'intre'] },
  // between the ends of a range
  to: ['la'],
  // a range's "and" after its "between" (a `from` bound): "între 10 și 20"
  and: ['și', 'şi', 'si'],
  // "de" joins a number from 20 on to what it counts ("20 de ore", "100 de lei"; after a magnitude, "25 de milioane de
  // utilizatori", the parser skips it itself), and comes before times ("de 10 ori mai lent"). Read as if not written.
  read: (s) => s.replace(/(?<=\d)\s+de(?=\s+[\p{L}\p{Sc}])|(?<!\p{L})de(?=\s+\d[\d.,\s–-]*ori(?!\p{L}))/giu, (m) => ' '.repeat(m.length)),
  // a currency after the amount
  money: { lei: 'RON', leu: 'RON', dolari: 'USD', dolar: 'USD' },
  // a price of nothing, no limit, and a lifetime
  free: ['gratuit*', 'gratis'],
  unlimited: ['nelimitat*'],
  lifetime: ['pe viață', 'pe viaţă'],
  // "times" (a multiplier, as "2x")
  times: ['ori'],
  // "percent", as "%"
  percent: ['la sută', 'procente', 'procent'],
};

const num = new Intl.NumberFormat('ro');
const plural = new Intl.PluralRules('ro');
/** A count and its noun: 1 (one: "1 problemă"), 0, 2–19, 101–119… (few: "5 probleme"), 20, 21… (other: "20 de probleme"). */
const counted = (n: number, one: string, more: string) => {
  const p = plural.select(n);
  return `${num.format(n)} ${p === 'one' ? one : p === 'few' ? more : `de ${more}`}`;
};

/** Romanian (dumneavoastră form: "Alegeți", "Răspunsul dvs."). */
export const ro: Partial<Strings> = {
  loading: 'Se încarcă comparația…',
  errorTitle: 'Această comparație nu poate fi afișată.',
  moreIssues: (n: number) => `…și încă ${counted(n, 'problemă', 'probleme')}`,
  problems: (n: number) => `${counted(n, 'problemă', 'probleme')} în datele comparației:`,
  noData: 'Nu există date pentru comparație: dați acestui element un atribut src sau for ori un element copil <script type="application/json"> sau setați-i proprietatea data.',
  notAvailable: 'fără date',
  notComparable: 'necomparabil',
  best: 'cel mai bun',
  lastUpdated: (month: string) => `Ultima actualizare: ${month}`,
  bestFor: 'Ideal pentru',
  shortAnswer: 'Pe scurt',
  ourVerdict: 'Verdictul nostru',
  aiAssisted: 'Asistat de AI',
  chooseIf: (name: string) => `Alegeți ${name} dacă`,
  overallWinner: (name: string) => `Alegerea noastră: ${name}`,
  helpfulQuestion: 'Vi s-a părut util acest verdict?',
  yes: 'Da',
  no: 'Nu',
  voteSending: 'Se trimite votul…',
  voteThanks: 'Vă mulțumim pentru feedback!',
  voteFailed: 'Votul dvs. nu a putut fi trimis.',
  retry: 'Încercați din nou',
  voteAnswer: (answer: string) => `Răspunsul dvs.: ${answer}.`,
  httpStatus: (status: number) => `HTTP ${status}`,
  keyDifferences: 'Diferențe principale',
  topic: 'Criteriu',
  keyFacts: 'Date și cifre esențiale',
  metric: 'Indicator',
  diff: 'Diferență',
  diffOf: (item: string, against: string) => `Diferență ${item} față de ${against}`,
  diffAgainst: (against: string) => `Diferență față de ${against}`,
  fullComparison: 'Comparație completă',
  attribute: 'Caracteristică',
  showMore: (n: number) => `Afișați încă ${counted(n, 'caracteristică', 'caracteristici')}`,
  showFewer: 'Afișați mai puține caracteristici',
  onlyDifferences: 'Afișați doar diferențele',
  noDifferences: 'Nicio diferență în acest grup.',
  visualComparison: 'Comparație vizuală',
  chartIntro: 'Caracteristicile numerice, una lângă alta',
  diffBetter: 'mai bine',
  diffWorse: 'mai rău',
  higherIsBetter: 'cu cât mai mare, cu atât mai bine',
  lowerIsBetter: 'cu cât mai mic, cu atât mai bine',
  logScale: 'scară logaritmică',
  prosAndCons: 'Avantaje și dezavantaje',
  pros: 'Avantaje',
  cons: 'Dezavantaje',
  faq: 'Întrebări frecvente',
  resources: 'Resurse și informații suplimentare',
  resourcesIntro: 'Resurse selectate pentru a aprofunda subiectul',
  whereToBuy: 'De unde cumpărați',
  affiliateDisclosure: 'Ca partener afiliat, putem primi un comision pentru achizițiile eligibile, fără niciun cost suplimentar pentru dvs.',
  linkKinds: { reference: 'Referințe', article: 'Articole', comparison: 'Comparații', video: 'Videoclipuri', affiliate: 'De unde cumpărați' },
  opensInNewTab: '(se deschide într-o filă nouă)',
  related: 'Vedeți și',
  relatedComparisons: 'Comparații similare',
  relatedArticles: 'Articole similare',
  track: 'Urmăriți această comparație',
  trackIntroCustom: 'Vă anunțăm când se modifică această comparație.',
  trackIntro: 'Vă anunțăm când se modifică prețurile, apar specificații noi sau actualizăm verdictul.',
  emailLabel: 'Adresă de e-mail',
  emailPlaceholder: 'nume@example.com',
  triggersLabel: 'Tipuri de notificări',
  defaultTriggers: { 'price-change': 'Modificarea prețului', 'new-spec': 'Specificații noi', 'verdict-update': 'Actualizarea verdictului' },
  consent: 'Fără spam. Vă puteți dezabona oricând.',
  subscribe: 'Anunțați-mă',
  subscribing: 'Abonare în curs…',
  subscribed: (email: string) => `Gata! Vă vom scrie la ${email} când se modifică această comparație.`,
  subscribeFailed: 'Abonarea nu a putut fi trimisă.',
  invalidEmail: 'Introduceți o adresă de e-mail de forma nume@example.com.',
  noTriggers: 'Alegeți cel puțin un tip de notificare.',
};
