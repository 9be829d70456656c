/**
 * Hungarian: the interface table (`hu`, at the end) and the words values
 * are written with, read in a comparison written in Hungarian. Loaded on
 * demand (src/i18n/index.ts `loadStrings`, `loadWords`).
 */
import type { Strings } from '../base/strings.js';
import type { WordTable } from '../values/units.js';

export const words: WordTable = {
  // (and their forms after a number: "8 órás" (8-hour), "20 óráig" (for 20 hours), "3 éves" (3-year), "2 percet"; not
  // "-tól/-től", "from", which would need a bound)
  units:
    'ms ezredmásodperc|s másodperc másodperces másodpercet másodpercig mp|min perc perces percet percig|h óra órás órát órán óráig órányi|m m méter|day nap napos napot napig|week hét hetes hetet hétig|month hónap hónapos hónapot hónapig hó|year év éves évet évig',
  every: 'month havonta|year évente',
  magnitudes: { ezer: 3, millió: 6, mio: 6, milliárd: 9, mrd: 9 },
  // before a number: "legfeljebb 18 óra", "kb. 5 GB"
  bounds: { atMost: ['legfeljebb', 'akár', 'max.', 'max'], atLeast: ['legalább', 'min.', 'minimum'], above: ['több mint', 'több, mint'], below: ['kevesebb mint', 'kevesebb, mint'], about: ['kb.', 'kb', 'körülbelül', 'mintegy'] },
  // a range's "and", before a word for "between" after it (an `exact` word after a number): "10 és 20 óra között"
  and: ['és'],
  // …and "from" after an amount, a suffix ("2990 Ft-tól"); above and below ("10 óra felett", "2 mp alatt")
  after: { exact: ['között', 'közötti'], atLeast: ['-tól', '-től'], above: ['felett', 'fölött'], below: ['alatt'] },
  // before an amount: "havi 2990 Ft" (monthly), "évi 29 900 Ft" (yearly)
  before: 'month havi|year évi éves',
  // a currency after the amount
  money: { Ft: 'HUF', forint: 'HUF', dollár: 'USD', euró: 'EUR' },
  // a price of nothing, no limit, and a lifetime
  free: ['ingyen*'],
  unlimited: ['korlátlan*'],
  lifetime: ['élethosszig*'],
  // "times" (a multiplier, as "2x")
  times: ['szor', 'szer', 'ször', 'szoros', 'szeres', 'szörös'],
  // "percent", as "%"
  percent: ['százalék'],
};

const num = new Intl.NumberFormat('hu');

/** Hungarian (te form, as Hungarian consumer sites address their readers: "Válassz", "A válaszod"; the noun stays singular after a number). */
export const hu: Partial<Strings> = {
  loading: 'Összehasonlítás betöltése…',
  errorTitle: 'Ez az összehasonlítás nem jeleníthető meg.',
  moreIssues: (n: number) => `…és még ${num.format(n)} probléma`,
  problems: (n: number) => `${num.format(n)} probléma az összehasonlítás adataiban:`,
  noData: 'Nincsenek összehasonlítási adatok: adj meg ennek az elemnek egy src vagy for attribútumot, egy <script type="application/json"> gyermekelemet, vagy állítsd be a data tulajdonságát.',
  notAvailable: 'nincs adat',
  notComparable: 'nem összevethető',
  best: 'legjobb',
  lastUpdated: (month: string) => `Frissítve: ${month}`,
  bestFor: 'Kinek ajánljuk',
  shortAnswer: 'Röviden',
  ourVerdict: 'Értékelésünk',
  aiAssisted: 'MI segítségével',
  // No case ending to put on the name ("a Pythont"): it stays the subject.
  chooseIf: (name: string) => `${name} akkor jó választás, ha`,
  overallWinner: (name: string) => `A mi választásunk: ${name}`,
  helpfulQuestion: 'Hasznos volt ez az értékelés?',
  yes: 'Igen',
  no: 'Nem',
  voteSending: 'Szavazat küldése…',
  voteThanks: 'Köszönjük a visszajelzést!',
  voteFailed: 'Nem sikerült elküldeni a szavazatodat.',
  retry: 'Próbáld újra',
  voteAnswer: (answer: string) => `A válaszod: ${answer}.`,
  httpStatus: (status: number) => `HTTP ${status}`,
  keyDifferences: 'A legfontosabb különbségek',
  topic: 'Szempont',
  keyFacts: 'Főbb tények és adatok',
  metric: 'Mutató',
  diff: 'Eltérés',
  diffOf: (item: string, against: string) => `Eltérés: ${item} vs. ${against}`,
  diffAgainst: (against: string) => `Eltérés ehhez képest: ${against}`,
  fullComparison: 'Teljes összehasonlítás',
  attribute: 'Jellemző',
  showMore: (n: number) => `Még ${num.format(n)} jellemző megjelenítése`,
  showFewer: 'Kevesebb jellemző megjelenítése',
  onlyDifferences: 'Csak a különbségek megjelenítése',
  noDifferences: 'Ebben a csoportban nincs különbség.',
  visualComparison: 'Grafikus összehasonlítás',
  chartIntro: 'Számszerű jellemzők egymás mellett',
  diffBetter: 'jobb',
  diffWorse: 'rosszabb',
  higherIsBetter: 'minél nagyobb, annál jobb',
  lowerIsBetter: 'minél kisebb, annál jobb',
  logScale: 'logaritmikus skála',
  prosAndCons: 'Előnyök és hátrányok',
  pros: 'Előnyök',
  cons: 'Hátrányok',
  faq: 'Gyakori kérdések',
  resources: 'Források és további információk',
  resourcesIntro: 'Válogatott források a téma alaposabb megismeréséhez',
  whereToBuy: 'Hol kapható',
  affiliateDisclosure: 'Partnerprogramok tagjaként jutalékot kaphatunk a linkjeinken keresztül történő vásárlások után – ez neked semmilyen többletköltséggel nem jár.',
  linkKinds: { reference: 'Referenciaanyagok', article: 'Cikkek', comparison: 'Összehasonlítások', video: 'Videók', affiliate: 'Hol kapható' },
  opensInNewTab: '(új lapon nyílik meg)',
  related: 'Kapcsolódó tartalmak',
  relatedComparisons: 'Kapcsolódó összehasonlítások',
  relatedArticles: 'Kapcsolódó cikkek',
  track: 'Összehasonlítás követése',
  trackIntroCustom: 'Értesítünk, ha ez az összehasonlítás megváltozik.',
  trackIntro: 'Értesítünk, ha változnak az árak, új műszaki adatok jelennek meg, vagy frissül az értékelésünk.',
  emailLabel: 'E-mail-cím',
  emailPlaceholder: 'nev@example.com',
  triggersLabel: 'Miről értesítsünk?',
  defaultTriggers: { 'price-change': 'Árváltozás', 'new-spec': 'Új műszaki adatok', 'verdict-update': 'Az értékelés frissítése' },
  consent: 'Nincs spam. Bármikor leiratkozhatsz.',
  subscribe: 'Kérek értesítést',
  subscribing: 'Feliratkozás…',
  subscribed: (email: string) => `Kész! Ha ez az összehasonlítás megváltozik, ide írunk: ${email}`,
  subscribeFailed: 'Nem sikerült elküldeni a feliratkozást.',
  invalidEmail: 'Adj meg egy érvényes e-mail-címet (pl. nev@example.com).',
  noTriggers: 'Válassz legalább egy értesítéstípust.',
};
