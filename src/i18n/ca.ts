/**
 * Catalan: the interface table (`ca`, at the end) and the words values
 * are written with, read in a comparison written in Catalan. Loaded on
 * demand (src/i18n/index.ts `loadStrings`, `loadWords`).
 */
import type { Strings } from '../base/strings.js';
import type { WordTable } from '../values/units.js';

/**
 * The "l·l" of "mil·lisegons", "il·limitat" as one word: the middle dot becomes "ŀ" ("milŀlisegons", the length kept),
 * which is a letter. Without it "5 mil·lisegons" would be "5 mil", 5,000. (Typed with a full stop, "mil.lisegons" is
 * plain ASCII, which no language's `read` rewrites: it stays "5 mil" and a note.)
 */
const GEMINATE = /(?<=l)·(?=l)/giu;
/** A word with "l·l" as read (see GEMINATE), and as also written, with "ŀl" or one "l": "milŀlisegon miŀlisegon milisegon". */
const ll = (words: string) => [words.replaceAll('·', 'ŀ'), words.replaceAll('l·', 'ŀ'), words.replaceAll('l·', '')].join(' ');

export const words: WordTable = {
  units:
    `ms ${ll('mil·lisegon mil·lisegons')}|s seg segon segons|min minut minuts|h hora hores|day dia dies|week setmana setmanes|month mes mesos|year any anys` +
    `|mg ${ll('mil·ligram mil·ligrams')}|g gram grams|kg quilogram quilograms kilogram kilograms quilo quilos|mm ${ll('mil·límetre mil·límetres')}` +
    `|cm centímetre centímetres|m m metre metres|km quilòmetre quilòmetres kilòmetre kilòmetres|inch polzada polzades|mL ${ll('mil·lilitre mil·lilitres')}|L litre litres|PS cv CV`,
  read: (s) => s.replace(GEMINATE, 'ŀ'),
  // "mil" is a thousand, "mil milions" (magnitudes in a row multiply) a billion; a "bilió" is 10¹²
  magnitudes: { mil: 3, milió: 6, milions: 6, bilió: 12, bilions: 12 },
  // before a number: "fins a 18 hores", "uns 5 GB", "més d’11 hores"; "de" only before a range ("de 4 a 8 setmanes")
  bounds: {
    atMost: ['fins a', 'com a màxim', 'màxim'],
    atLeast: ['com a mínim', 'almenys', 'mínim', 'des de', 'a partir de'],
    from: ['de', 'entre'],
    above: ['més de', 'més d’', "més d'"],
    below: ['menys de', 'menys d’', "menys d'"],
    about: ['aproximadament', 'aprox.', 'uns', 'unes', 'prop de', 'cap a', 'al voltant de'],
  },
  // between the ends of a range: "10 a 20", "de 10 fins a 20"
  to: ['a', 'fins a'],
  // a range's "and" after its "between" (a `from` bound): "entre 10 i 20"
  and: ['i'],
  // currencies written as a word after the amount ("500 milions de dòlars"; "euros" is read in any language)
  money: { dòlar: 'USD', dòlars: 'USD', cèntims: '¢EUR' },
  // a price of nothing, no limit, and a lifetime
  free: ['gratis', 'gratuït*', 'de franc'],
  unlimited: [...ll('il·limitat* il·limitad*').split(' '), 'sense límit*'],
  lifetime: ['de per vida', 'vitalici*'],
  // after an amount: a price per that time
  every: 'month mensual mensuals|year anual anuals',
  // "times" (a multiplier, as "2x")
  times: ['vegades', 'cops'],
  // "percent", as "%"
  percent: ['per cent'],
};

const num = new Intl.NumberFormat('ca');
const plural = new Intl.PluralRules('ca');
/** The noun's form for a count: 1 (one); 0, 2… and fractions (other; "many", a million, takes the plural too). */
const form = (n: number, one: string, other: string) => (plural.select(n) === 'one' ? one : other);

/**
 * Catalan, as Catalan software writes it (Softcatalà): buttons in the
 * imperative ("Mostra", "Torna-ho a provar"), sentences to the reader in the
 * vós form ("Trieu", "La vostra resposta").
 */
export const ca: Partial<Strings> = {
  loading: 'S’està carregant la comparació…',
  errorTitle: 'No es pot mostrar aquesta comparació.',
  moreIssues: (n: number) => `…i ${num.format(n)} ${form(n, 'problema', 'problemes')} més`,
  problems: (n: number) => `${num.format(n)} ${form(n, 'problema', 'problemes')} a les dades de la comparació:`,
  noData: 'No hi ha dades de comparació: doneu a aquest element un atribut src o for, afegiu-hi un fill <script type="application/json"> o definiu-ne la propietat data.',
  notAvailable: 'no disponible',
  notComparable: 'no comparable',
  best: 'millor',
  lastUpdated: (month: string) => `Darrera actualització: ${month}`,
  bestFor: 'Ideal per a',
  shortAnswer: 'En resum',
  ourVerdict: 'El nostre veredicte',
  aiAssisted: 'Amb ajuda d’IA',
  chooseIf: (name: string) => `Trieu ${name} si`,
  overallWinner: (name: string) => `La nostra elecció: ${name}`,
  helpfulQuestion: 'Us ha estat útil aquest veredicte?',
  yes: 'Sí',
  no: 'No',
  voteSending: 'S’està enviant el vostre vot…',
  voteThanks: 'Gràcies pels vostres comentaris!',
  voteFailed: 'No s’ha pogut enviar el vostre vot.',
  retry: 'Torna-ho a provar',
  voteAnswer: (answer: string) => `La vostra resposta: ${answer}.`,
  httpStatus: (status: number) => `HTTP ${status}`,
  keyDifferences: 'Diferències clau',
  topic: 'Aspecte',
  keyFacts: 'Dades i xifres clau',
  metric: 'Mètrica',
  diff: 'Diferència',
  diffOf: (item: string, against: string) => `Diferència: ${item} respecte a ${against}`,
  diffAgainst: (against: string) => `Diferència respecte a ${against}`,
  fullComparison: 'Comparació completa',
  attribute: 'Característica',
  showMore: (n: number) => `Mostra ${num.format(n)} ${form(n, 'característica', 'característiques')} més`,
  showFewer: 'Mostra menys característiques',
  onlyDifferences: 'Mostra només les diferències',
  noDifferences: 'No hi ha diferències en aquest grup.',
  visualComparison: 'Comparació visual',
  chartIntro: 'Les característiques numèriques, una al costat de l’altra',
  diffBetter: 'millor',
  diffWorse: 'pitjor',
  higherIsBetter: 'com més alt, millor',
  lowerIsBetter: 'com més baix, millor',
  logScale: 'escala logarítmica',
  prosAndCons: 'Avantatges i inconvenients',
  pros: 'Avantatges',
  cons: 'Inconvenients',
  faq: 'Preguntes freqüents',
  resources: 'Recursos i més informació',
  resourcesIntro: 'Aprofundiu-hi amb aquesta selecció de recursos',
  whereToBuy: 'On comprar',
  affiliateDisclosure: 'Com a afiliats, podem rebre una comissió per les compres que compleixin els requisits, sense que us costi res més.',
  linkKinds: { reference: 'Referències', article: 'Articles', comparison: 'Comparacions', video: 'Vídeos', affiliate: 'On comprar' },
  opensInNewTab: '(s’obre en una pestanya nova)',
  related: 'Vegeu també',
  relatedComparisons: 'Comparacions relacionades',
  relatedArticles: 'Articles relacionats',
  track: 'Segueix aquesta comparació',
  trackIntroCustom: 'Rebeu un avís quan canviï aquesta comparació.',
  trackIntro: 'Rebeu un avís quan canviïn els preus, surtin especificacions noves o actualitzem el nostre veredicte.',
  emailLabel: 'Adreça electrònica',
  emailPlaceholder: 'nom@example.com',
  triggersLabel: 'Aviseu-me de',
  defaultTriggers: { 'price-change': 'Canvis de preu', 'new-spec': 'Especificacions noves', 'verdict-update': 'Canvis en el veredicte' },
  consent: 'Sense correu brossa. Us podeu donar de baixa quan vulgueu.',
  subscribe: 'Avisa’m',
  subscribing: 'S’està fent la subscripció…',
  subscribed: (email: string) => `Fet! Us escriurem a ${email} quan canviï aquesta comparació.`,
  subscribeFailed: 'No s’ha pogut enviar la subscripció.',
  invalidEmail: 'Escriviu una adreça electrònica com ara nom@example.com.',
  noTriggers: 'Trieu almenys un tipus d’avís.',
};
