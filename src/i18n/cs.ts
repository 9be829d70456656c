/**
 * Czech: the interface table (`cs`, at the end) and the words values
 * are written with, read in a comparison written in Czech. Loaded on
 * demand (src/i18n/index.ts `loadStrings`, `loadWords`).
 */
import type { Strings } from '../base/strings.js';
import type { WordTable } from '../values/units.js';

export const words: WordTable = {
  units: 'ms milisekunda milisekundy milisekund|s sekunda sekundy sekund|min minuta minuty minut|h hodina hodiny hodin hod|day den dny dní dnů|week týden týdny týdnů|month měsíc měsíce měsíců měs|year rok roky let roků|m m metr metry metrů|km kilometr kilometry kilometrů|g gram gramy gramů|kg kilogram kilogramy kilogramů|L litr litry litrů',
  every: 'month měsíčně|year ročně',
  magnitudes: { tis: 3, tisíc: 3, tisíce: 3, milion: 6, miliony: 6, milionů: 6, milionu: 6, mld: 9, miliarda: 9, miliardy: 9, miliard: 9 },
  // before a number: "až 18 hodin", "přibližně 5 GB"
  bounds: { atMost: ['až', 'do', 'maximálně', 'nejvýše'], atLeast: ['nejméně', 'minimálně', 'alespoň', 'od'], above: ['přes', 'více než', 'nad'], below: ['méně než', 'pod'], about: ['asi', 'přibližně', 'cca', 'zhruba', 'okolo'], from: ['mezi'] },
  // between the ends of a range
  to: ['do', 'až'],
  // a range's "and" after its "between" (a `from` bound): "mezi 10 a 20"
  and: ['a'],
  // a currency after the amount: "12 990,-" is korunas
  money: { ',-': 'CZK', dolarů: 'USD', dolar: 'USD', dolary: 'USD', dolaru: 'USD', eur: 'EUR', korun: 'CZK', koruny: 'CZK', koruna: 'CZK' },
  // a price of nothing, no limit, and a lifetime
  free: ['zdarma', 'zadarmo'],
  unlimited: ['neomezen*', 'bez omezení'],
  lifetime: ['doživotn*'],
  // "times" (a multiplier, as "2x")
  times: ['krát'],
  // after "per" only ("в секунду", "na sekundę"): the accusative
  per: 's sekundu|min minutu|h hodinu',
  // "percent", as "%"
  percent: ['procent', 'procenta', 'procento'],
};

const num = new Intl.NumberFormat('cs');
const plural = new Intl.PluralRules('cs');
/** The noun's form for a count: 1 (one), 2–4 (few), 0, 5… (other), fractions (many). */
const form = (n: number, one: string, few: string, other: string, many: string) => ({ one, few, many })[plural.select(n) as 'one' | 'few' | 'many'] ?? other;

/** Czech (vy form, as Czech sites address their readers: "Vyberte", "Vaše odpověď"). */
export const cs: Partial<Strings> = {
  loading: 'Načítání srovnání…',
  errorTitle: 'Toto srovnání nelze zobrazit.',
  moreIssues: (n: number) => `…a ještě ${num.format(n)} ${form(n, 'problém', 'problémy', 'problémů', 'problému')}`,
  problems: (n: number) => `${num.format(n)} ${form(n, 'problém', 'problémy', 'problémů', 'problému')} v datech srovnání:`,
  noData: 'Chybí data srovnání: zadejte tomuto prvku atribut src nebo for, přidejte do něj podřízený prvek <script type="application/json"> nebo nastavte jeho vlastnost data.',
  notAvailable: 'bez údajů',
  notComparable: 'nelze porovnat',
  best: 'nejlepší',
  lastUpdated: (month: string) => `Aktualizováno: ${month}`,
  bestFor: 'Pro koho se hodí',
  shortAnswer: 'Ve zkratce',
  ourVerdict: 'Náš verdikt',
  aiAssisted: 'S pomocí AI',
  chooseIf: (name: string) => `${name} se vám hodí, pokud`,
  overallWinner: (name: string) => `Naše volba: ${name}`,
  helpfulQuestion: 'Byl pro vás tento verdikt užitečný?',
  yes: 'Ano',
  no: 'Ne',
  voteSending: 'Odesíláme váš hlas…',
  voteThanks: 'Děkujeme za zpětnou vazbu!',
  voteFailed: 'Váš hlas se nepodařilo odeslat.',
  retry: 'Zkusit znovu',
  voteAnswer: (answer: string) => `Vaše odpověď: ${answer}.`,
  httpStatus: (status: number) => `HTTP ${status}`,
  keyDifferences: 'Hlavní rozdíly',
  topic: 'Kritérium',
  keyFacts: 'Klíčová fakta a čísla',
  metric: 'Ukazatel',
  diff: 'Rozdíl',
  diffOf: (item: string, against: string) => `Rozdíl ${item} oproti ${against}`,
  diffAgainst: (against: string) => `Rozdíl oproti ${against}`,
  fullComparison: 'Kompletní srovnání',
  attribute: 'Parametr',
  showMore: (n: number) => `Zobrazit ${num.format(n)} ${form(n, 'další parametr', 'další parametry', 'dalších parametrů', 'dalšího parametru')}`,
  showFewer: 'Zobrazit méně parametrů',
  onlyDifferences: 'Zobrazit jen rozdíly',
  noDifferences: 'V této skupině nejsou žádné rozdíly.',
  visualComparison: 'Srovnání v grafech',
  chartIntro: 'Číselné parametry vedle sebe',
  diffBetter: 'lepší',
  diffWorse: 'horší',
  higherIsBetter: 'čím vyšší, tím lepší',
  lowerIsBetter: 'čím nižší, tím lepší',
  logScale: 'logaritmická stupnice',
  prosAndCons: 'Klady a zápory',
  pros: 'Klady',
  cons: 'Zápory',
  faq: 'Časté dotazy',
  resources: 'Zdroje a další informace',
  resourcesIntro: 'Vybrané zdroje pro hlubší seznámení s tématem',
  whereToBuy: 'Kde koupit',
  affiliateDisclosure: 'Jako partneři affiliate programů můžeme z nákupů přes naše odkazy získat provizi – vás to nic navíc nestojí.',
  linkKinds: { reference: 'Referenční zdroje', article: 'Články', comparison: 'Srovnání', video: 'Videa', affiliate: 'Kde koupit' },
  opensInNewTab: '(otevře se na nové kartě)',
  related: 'Související',
  relatedComparisons: 'Související srovnání',
  relatedArticles: 'Související články',
  track: 'Sledovat toto srovnání',
  trackIntroCustom: 'Dáme vám vědět, když se toto srovnání změní.',
  trackIntro: 'Dáme vám vědět, když se změní ceny, objeví se nové parametry nebo aktualizujeme náš verdikt.',
  emailLabel: 'E-mailová adresa',
  emailPlaceholder: 'jmeno@example.com',
  triggersLabel: 'Druhy upozornění',
  defaultTriggers: { 'price-change': 'Změna ceny', 'new-spec': 'Nové parametry', 'verdict-update': 'Aktualizace verdiktu' },
  consent: 'Žádný spam. Odhlásit se můžete kdykoli.',
  subscribe: 'Upozornit mě',
  subscribing: 'Přihlašujeme…',
  subscribed: (email: string) => `Hotovo! Až se toto srovnání změní, napíšeme vám na ${email}.`,
  subscribeFailed: 'Přihlášení k odběru se nepodařilo odeslat.',
  invalidEmail: 'Zadejte e-mailovou adresu ve tvaru jmeno@example.com.',
  noTriggers: 'Vyberte alespoň jeden druh upozornění.',
};
