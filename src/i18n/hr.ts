/**
 * Croatian (and Bosnian, "bs"): the interface table (`hr`, and `bs`, at the
 * end) and the words values are written with, read in a comparison written
 * in Croatian or Bosnian (their words too: "sedmica", "hiljada", "KM"). Loaded
 * on demand (src/i18n/index.ts `loadStrings`, `loadWords`).
 */
import type { Strings } from '../base/strings.js';
import type { WordTable } from '../values/units.js';

export const words: WordTable = {
  // (With the accusative of "za 1 godinu", "za 1 minutu".)
  units:
    'ms milisekunda milisekunde milisekundi|s sekunda sekunde sekundi sekundu sek|min minuta minute minutu|h sat sata sati|day dan dana|week tjedan tjedna tjedana sedmica sedmice sedmicu|month mjesec mjeseca mjeseci mj|year godina godine godinu god' +
    '|m m metar metra metara|km kilometar kilometra kilometara|g gram grama gr|kg kilogram kilograma|L litra litre litara litar|PS KS',
  every: 'month mjesečno|year godišnje|week tjedno sedmično|day dnevno',
  magnitudes: { tis: 3, tisuća: 3, tisuće: 3, tisuću: 3, hilj: 3, hiljada: 3, hiljade: 3, hiljadu: 3, mil: 6, milijun: 6, milijuna: 6, milion: 6, miliona: 6, mlrd: 9, mld: 9, milijarda: 9, milijarde: 9, milijardi: 9 },
  // before a number: "do 18 sati", "do čak 18 sati", "otprilike 5 GB", "min. 8 GB"
  bounds: { atMost: ['do', 'do čak', 'čak do', 'najviše', 'maksimalno', 'maks.'], atLeast: ['najmanje', 'minimalno', 'barem', 'bar', 'od', 'min.'], above: ['više od', 'preko', 'iznad'], below: ['manje od', 'ispod'], about: ['oko', 'otprilike', 'približno', 'cca'], from: ['između'] },
  // between the ends of a range
  to: ['do'],
  // a range's "and" after its "between" (a `from` bound): "između 10 i 20"
  and: ['i'],
  // a currency after the amount: "10 eura", kunas, and the Bosnian mark ("25 KM")
  money: { eura: 'EUR', eur: 'EUR', kn: 'HRK', kuna: 'HRK', kune: 'HRK', KM: 'BAM', dolara: 'USD', dolar: 'USD', dolari: 'USD' },
  // a price of nothing, no limit, and a lifetime
  free: ['besplatn*'],
  unlimited: ['neograničen*', 'bez ograničenja', 'bez limita'],
  lifetime: ['doživotn*'],
  // "times" (a multiplier, as "2x")
  times: ['puta'],
  // after "per" only ("в секунду", "na sekundę"): the accusative
  per: 's sekundu|min minutu',
  // "percent", as "%"
  percent: ['posto'],
};

const num = new Intl.NumberFormat('hr');
const plural = new Intl.PluralRules('hr');
/** The noun's form for a count: 1, 21, 31… (one), 2–4, 22–24… (few), 0, 5–20, 25… (other). */
const form = (n: number, one: string, few: string, other: string) => ({ one, few })[plural.select(n) as 'one' | 'few'] ?? other;

/** Croatian (vi form; buttons in the imperative, as Croatian interfaces write them: "Prikaži", "Obavijesti me"). */
export const hr: Partial<Strings> = {
  loading: 'Učitavanje usporedbe…',
  errorTitle: 'Ova se usporedba ne može prikazati.',
  moreIssues: (n: number) => `…i još ${num.format(n)} ${form(n, 'problem', 'problema', 'problema')}`,
  problems: (n: number) => `${num.format(n)} ${form(n, 'problem', 'problema', 'problema')} u podacima usporedbe:`,
  noData: 'Nema podataka za usporedbu: zadajte ovom elementu atribut src ili for, dodajte mu podređeni element <script type="application/json"> ili postavite njegovo svojstvo data.',
  notAvailable: 'nema podataka',
  notComparable: 'nije usporedivo',
  best: 'najbolje',
  lastUpdated: (month: string) => `Ažurirano: ${month}`,
  bestFor: 'Najbolji izbor za',
  shortAnswer: 'Kratki odgovor',
  ourVerdict: 'Naš zaključak',
  aiAssisted: 'Uz pomoć AI alata',
  chooseIf: (name: string) => `Odaberite ${name} ako`,
  overallWinner: (name: string) => `Naš izbor: ${name}`,
  helpfulQuestion: 'Je li vam ovaj zaključak bio koristan?',
  yes: 'Da',
  no: 'Ne',
  voteSending: 'Šaljemo vaš glas…',
  voteThanks: 'Hvala na povratnoj informaciji!',
  voteFailed: 'Slanje vašeg glasa nije uspjelo.',
  retry: 'Pokušajte ponovno',
  voteAnswer: (answer: string) => `Vaš odgovor: ${answer}.`,
  httpStatus: (status: number) => `HTTP ${status}`,
  keyDifferences: 'Ključne razlike',
  topic: 'Kriterij',
  keyFacts: 'Ključne činjenice i brojke',
  metric: 'Pokazatelj',
  diff: 'Razlika',
  diffOf: (item: string, against: string) => `Razlika ${item} u odnosu na ${against}`,
  diffAgainst: (against: string) => `Razlika u odnosu na ${against}`,
  fullComparison: 'Potpuna usporedba',
  attribute: 'Značajka',
  showMore: (n: number) => `Prikaži još ${num.format(n)} ${form(n, 'značajku', 'značajke', 'značajki')}`,
  showFewer: 'Prikaži manje značajki',
  onlyDifferences: 'Prikaži samo razlike',
  noDifferences: 'U ovoj skupini nema razlika.',
  visualComparison: 'Grafička usporedba',
  chartIntro: 'Brojčane značajke jedna uz drugu',
  diffBetter: 'bolje',
  diffWorse: 'lošije',
  higherIsBetter: 'što više, to bolje',
  lowerIsBetter: 'što niže, to bolje',
  logScale: 'logaritamska ljestvica',
  prosAndCons: 'Prednosti i nedostaci',
  pros: 'Prednosti',
  cons: 'Nedostaci',
  faq: 'Često postavljana pitanja',
  resources: 'Izvori i dodatne informacije',
  resourcesIntro: 'Odabrani izvori za detaljnije upoznavanje s temom',
  whereToBuy: 'Gdje kupiti',
  affiliateDisclosure: 'Kao sudionici partnerskih programa možemo ostvariti proviziju od kupnji putem naših poveznica – bez dodatnog troška za vas.',
  linkKinds: { reference: 'Referentni izvori', article: 'Članci', comparison: 'Usporedbe', video: 'Videozapisi', affiliate: 'Gdje kupiti' },
  opensInNewTab: '(otvara se u novoj kartici)',
  related: 'Povezano',
  relatedComparisons: 'Povezane usporedbe',
  relatedArticles: 'Povezani članci',
  track: 'Pratite ovu usporedbu',
  trackIntroCustom: 'Obavijestit ćemo vas kad se ova usporedba promijeni.',
  trackIntro: 'Obavijestit ćemo vas kad se promijene cijene, pojave nove specifikacije ili ažuriramo naš zaključak.',
  emailLabel: 'Adresa e-pošte',
  emailPlaceholder: 'ime@example.com',
  triggersLabel: 'Vrste obavijesti',
  defaultTriggers: { 'price-change': 'Promjena cijene', 'new-spec': 'Nove specifikacije', 'verdict-update': 'Ažuriranje zaključka' },
  consent: 'Bez neželjene pošte. Odjava u bilo kojem trenutku.',
  subscribe: 'Obavijesti me',
  subscribing: 'Prijava u tijeku…',
  subscribed: (email: string) => `Gotovo! Pisat ćemo vam na ${email} kad se ova usporedba promijeni.`,
  subscribeFailed: 'Slanje prijave nije uspjelo.',
  invalidEmail: 'Unesite adresu e-pošte u obliku ime@example.com.',
  noTriggers: 'Odaberite barem jednu vrstu obavijesti.',
};

/** "bs" (Bosnian, written in Latin as Croatian, and as close to it) reads Croatian, as its words do. */
export { hr as bs };
