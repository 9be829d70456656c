/**
 * Slovak: the interface table (`sk`, at the end) and the words values
 * are written with, read in a comparison written in Slovak. Loaded on
 * demand (src/i18n/index.ts `loadStrings`, `loadWords`).
 */
import type { Strings } from '../base/strings.js';
import type { WordTable } from '../values/units.js';

export const words: WordTable = {
  // (With the forms after a fraction: "1,5 hodiny", "1,5 dňa", "1,5 roka", "1,5 kilogramu"; and the accusative: "za 1 hodinu".)
  units:
    'ms milisekunda milisekundy milisekúnd milisekundu|s sekunda sekundy sekúnd sekundu sek|min minúta minúty minút minútu|h hodina hodiny hodín hodinu hod|day deň dni dní dňa|week týždeň týždne týždňov týždňa týž|month mesiac mesiace mesiacov mesiaca mes|year rok roky rokov roka' +
    '|m m meter metre metrov metra|km kilometer kilometre kilometrov kilometra|g gram gramy gramov gramu|kg kilogram kilogramy kilogramov kilogramu|L liter litre litrov litra',
  every: 'month mesačne|year ročne|week týždenne|day denne',
  magnitudes: { tis: 3, tisíc: 3, tisíce: 3, mil: 6, milión: 6, milióny: 6, miliónov: 6, milióna: 6, mld: 9, miliarda: 9, miliardy: 9, miliárd: 9, bilión: 12 },
  // before a number: "až 18 hodín", "približne 5 GB", "min. 8 GB"
  bounds: { atMost: ['až', 'do', 'maximálne', 'najviac', 'max.'], atLeast: ['najmenej', 'minimálne', 'aspoň', 'od', 'min.'], above: ['viac ako', 'viac než', 'vyše', 'nad', 'cez'], below: ['menej ako', 'menej než', 'pod'], about: ['asi', 'približne', 'cca', 'zhruba', 'okolo'], from: ['medzi'] },
  // between the ends of a range
  to: ['do', 'až'],
  // a range's "and" after its "between" (a `from` bound): "medzi 10 a 20"
  and: ['a'],
  // a currency after the amount: "19,99 eur", "2 eurá"
  money: { eur: 'EUR', eurá: 'EUR', eura: 'EUR', dolárov: 'USD', dolár: 'USD', doláre: 'USD', dolára: 'USD' },
  // a price of nothing, no limit, and a lifetime
  free: ['zadarmo', 'zdarma', 'bezplatn*'],
  unlimited: ['neobmedzen*', 'bez obmedzenia', 'bez limitu'],
  lifetime: ['doživotn*'],
  // "times" (a multiplier, as "2x")
  times: ['krát', 'násobne'],
  // after "per" only ("в секунду", "na sekundę"): the accusative
  per: 's sekundu|min minútu|h hodinu',
  // "percent", as "%"
  percent: ['percent', 'percentá', 'percenta', 'percento'],
};

const num = new Intl.NumberFormat('sk');
const plural = new Intl.PluralRules('sk');
/** The noun's form for a count: 1 (one), 2–4 (few), 0, 5… (other), fractions (many). */
const form = (n: number, one: string, few: string, other: string, many: string) => ({ one, few, many })[plural.select(n) as 'one' | 'few' | 'many'] ?? other;

/** Slovak (vy form, as Slovak sites address their readers: "Vyberte", "Vaša odpoveď"). */
export const sk: Partial<Strings> = {
  loading: 'Načítava sa porovnanie…',
  errorTitle: 'Toto porovnanie nie je možné zobraziť.',
  moreIssues: (n: number) => `…a ešte ${num.format(n)} ${form(n, 'problém', 'problémy', 'problémov', 'problému')}`,
  problems: (n: number) => `${num.format(n)} ${form(n, 'problém', 'problémy', 'problémov', 'problému')} v údajoch porovnania:`,
  noData: 'Chýbajú údaje porovnania: zadajte tomuto prvku atribút src alebo for, pridajte doň podradený prvok <script type="application/json"> alebo nastavte jeho vlastnosť data.',
  notAvailable: 'bez údajov',
  notComparable: 'neporovnateľné',
  best: 'najlepšie',
  lastUpdated: (month: string) => `Aktualizované: ${month}`,
  bestFor: 'Pre koho sa hodí',
  shortAnswer: 'V skratke',
  ourVerdict: 'Náš verdikt',
  aiAssisted: 'S pomocou AI',
  chooseIf: (name: string) => `${name} sa vám hodí, ak`,
  overallWinner: (name: string) => `Naša voľba: ${name}`,
  helpfulQuestion: 'Bol pre vás tento verdikt užitočný?',
  yes: 'Áno',
  no: 'Nie',
  voteSending: 'Odosielame váš hlas…',
  voteThanks: 'Ďakujeme za spätnú väzbu!',
  voteFailed: 'Váš hlas sa nepodarilo odoslať.',
  retry: 'Skúsiť znova',
  voteAnswer: (answer: string) => `Vaša odpoveď: ${answer}.`,
  httpStatus: (status: number) => `HTTP ${status}`,
  keyDifferences: 'Hlavné rozdiely',
  topic: 'Kritérium',
  keyFacts: 'Kľúčové fakty a čísla',
  metric: 'Ukazovateľ',
  diff: 'Rozdiel',
  diffOf: (item: string, against: string) => `Rozdiel ${item} oproti ${against}`,
  diffAgainst: (against: string) => `Rozdiel oproti ${against}`,
  fullComparison: 'Kompletné porovnanie',
  attribute: 'Parameter',
  showMore: (n: number) => `Zobraziť ${num.format(n)} ${form(n, 'ďalší parameter', 'ďalšie parametre', 'ďalších parametrov', 'ďalšieho parametra')}`,
  showFewer: 'Zobraziť menej parametrov',
  onlyDifferences: 'Zobraziť len rozdiely',
  noDifferences: 'V tejto skupine nie sú žiadne rozdiely.',
  visualComparison: 'Porovnanie v grafoch',
  chartIntro: 'Číselné parametre vedľa seba',
  diffBetter: 'lepšie',
  diffWorse: 'horšie',
  higherIsBetter: 'čím vyššie, tým lepšie',
  lowerIsBetter: 'čím nižšie, tým lepšie',
  logScale: 'logaritmická mierka',
  prosAndCons: 'Výhody a nevýhody',
  pros: 'Výhody',
  cons: 'Nevýhody',
  faq: 'Časté otázky',
  resources: 'Zdroje a ďalšie informácie',
  resourcesIntro: 'Vybrané zdroje na hlbšie oboznámenie sa s témou',
  whereToBuy: 'Kde kúpiť',
  affiliateDisclosure: 'Ako partneri affiliate programov môžeme z nákupov cez naše odkazy získať províziu – vás to nič navyše nestojí.',
  linkKinds: { reference: 'Referenčné zdroje', article: 'Články', comparison: 'Porovnania', video: 'Videá', affiliate: 'Kde kúpiť' },
  opensInNewTab: '(otvorí sa na novej karte)',
  related: 'Súvisiace',
  relatedComparisons: 'Súvisiace porovnania',
  relatedArticles: 'Súvisiace články',
  track: 'Sledovať toto porovnanie',
  trackIntroCustom: 'Dáme vám vedieť, keď sa toto porovnanie zmení.',
  trackIntro: 'Dáme vám vedieť, keď sa zmenia ceny, objavia sa nové parametre alebo aktualizujeme náš verdikt.',
  emailLabel: 'E-mailová adresa',
  emailPlaceholder: 'meno@example.com',
  triggersLabel: 'Druhy upozornení',
  defaultTriggers: { 'price-change': 'Zmena ceny', 'new-spec': 'Nové parametre', 'verdict-update': 'Aktualizácia verdiktu' },
  consent: 'Žiadny spam. Odhlásiť sa môžete kedykoľvek.',
  subscribe: 'Upozorniť ma',
  subscribing: 'Prihlasujeme…',
  subscribed: (email: string) => `Hotovo! Keď sa toto porovnanie zmení, napíšeme vám na ${email}.`,
  subscribeFailed: 'Prihlásenie na odber sa nepodarilo odoslať.',
  invalidEmail: 'Zadajte e-mailovú adresu v tvare meno@example.com.',
  noTriggers: 'Vyberte aspoň jeden druh upozornenia.',
};
