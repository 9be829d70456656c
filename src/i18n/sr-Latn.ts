/**
 * Serbian in Latin letters: the interface table, for "sr-Latn" and for
 * Serbian written where Latin is the usual script ("sr-ME"; src/i18n/index.ts
 * `tableOf`). Exported as 'sr-Latn', the key its loader reads. Values read
 * with the Serbian value words (./sr.ts, in both scripts: "месеци",
 * "meseci"), loaded on their own. Loaded on demand (src/i18n/index.ts `loadStrings`).
 */
import type { Strings } from '../base/strings.js';

const num = new Intl.NumberFormat('sr-Latn');
const plural = new Intl.PluralRules('sr-Latn');
/** The noun's form for a count: 1, 21, 31… (one), 2–4, 22–24… (few), 0, 5–20, 25… (other). */
const form = (n: number, one: string, few: string, other: string) => ({ one, few })[plural.select(n) as 'one' | 'few'] ?? other;

/** Serbian, Latin: the Cyrillic table (./sr.ts) letter for letter. */
const srLatn: Partial<Strings> = {
  loading: 'Učitavanje poređenja…',
  errorTitle: 'Ovo poređenje ne može da se prikaže.',
  moreIssues: (n: number) => `…i još ${num.format(n)} ${form(n, 'problem', 'problema', 'problema')}`,
  problems: (n: number) => `${num.format(n)} ${form(n, 'problem', 'problema', 'problema')} u podacima poređenja:`,
  noData: 'Nema podataka za poređenje: zadajte ovom elementu atribut src ili for, dodajte mu podređeni element <script type="application/json"> ili postavite njegovo svojstvo data.',
  notAvailable: 'nema podataka',
  notComparable: 'nije uporedivo',
  best: 'najbolje',
  lastUpdated: (month: string) => `Ažurirano: ${month}`,
  bestFor: 'Najbolji izbor za',
  shortAnswer: 'Kratak odgovor',
  ourVerdict: 'Naš zaključak',
  aiAssisted: 'Uz pomoć AI alata',
  chooseIf: (name: string) => `Izaberite ${name} ako`,
  overallWinner: (name: string) => `Naš izbor: ${name}`,
  helpfulQuestion: 'Da li vam je ovaj zaključak bio koristan?',
  yes: 'Da',
  no: 'Ne',
  voteSending: 'Šaljemo vaš glas…',
  voteThanks: 'Hvala na povratnoj informaciji!',
  voteFailed: 'Slanje vašeg glasa nije uspelo.',
  retry: 'Pokušajte ponovo',
  voteAnswer: (answer: string) => `Vaš odgovor: ${answer}.`,
  httpStatus: (status: number) => `HTTP ${status}`,
  keyDifferences: 'Ključne razlike',
  topic: 'Kriterijum',
  keyFacts: 'Ključne činjenice i brojke',
  metric: 'Pokazatelj',
  diff: 'Razlika',
  diffOf: (item: string, against: string) => `Razlika ${item} u odnosu na ${against}`,
  diffAgainst: (against: string) => `Razlika u odnosu na ${against}`,
  fullComparison: 'Potpuno poređenje',
  attribute: 'Karakteristika',
  showMore: (n: number) => `Prikaži još ${num.format(n)} ${form(n, 'karakteristiku', 'karakteristike', 'karakteristika')}`,
  showFewer: 'Prikaži manje karakteristika',
  onlyDifferences: 'Prikaži samo razlike',
  noDifferences: 'U ovoj grupi nema razlika.',
  visualComparison: 'Grafičko poređenje',
  chartIntro: 'Brojčane karakteristike jedna pored druge',
  diffBetter: 'bolje',
  diffWorse: 'lošije',
  higherIsBetter: 'što više, to bolje',
  lowerIsBetter: 'što niže, to bolje',
  logScale: 'logaritamska skala',
  prosAndCons: 'Prednosti i mane',
  pros: 'Prednosti',
  cons: 'Mane',
  faq: 'Često postavljana pitanja',
  resources: 'Izvori i dodatne informacije',
  resourcesIntro: 'Odabrani izvori za detaljnije upoznavanje sa temom',
  whereToBuy: 'Gde kupiti',
  affiliateDisclosure: 'Kao učesnici partnerskih programa možemo da zaradimo proviziju od kupovina preko naših linkova – bez dodatnih troškova za vas.',
  linkKinds: { reference: 'Referentni izvori', article: 'Članci', comparison: 'Poređenja', video: 'Video-snimci', affiliate: 'Gde kupiti' },
  opensInNewTab: '(otvara se u novoj kartici)',
  related: 'Povezano',
  relatedComparisons: 'Povezana poređenja',
  relatedArticles: 'Povezani članci',
  track: 'Pratite ovo poređenje',
  trackIntroCustom: 'Obavestićemo vas kada se ovo poređenje promeni.',
  trackIntro: 'Obavestićemo vas kada se promene cene, pojave nove specifikacije ili ažuriramo naš zaključak.',
  emailLabel: 'Adresa e-pošte',
  emailPlaceholder: 'ime@example.com',
  triggersLabel: 'Vrste obaveštenja',
  defaultTriggers: { 'price-change': 'Promena cene', 'new-spec': 'Nove specifikacije', 'verdict-update': 'Ažuriranje zaključka' },
  consent: 'Bez neželjene pošte. Odjava u bilo kom trenutku.',
  subscribe: 'Obavesti me',
  subscribing: 'Prijava je u toku…',
  subscribed: (email: string) => `Gotovo! Pisaćemo vam na ${email} kada se ovo poređenje promeni.`,
  subscribeFailed: 'Slanje prijave nije uspelo.',
  invalidEmail: 'Unesite adresu e-pošte u obliku ime@example.com.',
  noTriggers: 'Izaberite bar jednu vrstu obaveštenja.',
};

export { srLatn as 'sr-Latn' };
