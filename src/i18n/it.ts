/**
 * Italian: the interface table (`it`, at the end) and the words values
 * are written with, read in a comparison written in Italian. Loaded on
 * demand (src/i18n/index.ts `loadStrings`, `loadWords`).
 */
import type { Strings } from '../base/strings.js';
import type { WordTable } from '../values/units.js';

export const words: WordTable = {
  units: 'ms millisecondo millisecondi|s secondo secondi|min minuto minuti|h ora ore|day giorno giorni notte notti|week settimana settimane|month mese mesi|year anno anni|g grammo grammi|kg chilo chili chilogrammo chilogrammi|km chilometro chilometri|inch pollice pollici|L litro litri|PS cv CV|m m metro metri',
  magnitudes: { mila: 3, milione: 6, milioni: 6, miliardo: 9, miliardi: 9, mln: 6, mld: 9 },
  // before a number: "bis zu 18 Std.", "etwa 5 GB"
  bounds: { atMost: ['fino a'], atLeast: ['almeno', 'a partire da', 'da'], above: ['oltre', 'più di'], below: ['meno di'], about: ['circa'], from: ['tra', 'fra'] },
  // between the ends of a range
  to: ['a'],
  // a range's "and" after its "between" (a `from` bound): "tra 10 e 20", "fra 10 e 20"
  and: ['e', 'ed'],
  // currencies written as a word after the amount ("2 milioni di dollari"; "euro" is read in any language)
  money: { dollaro: 'USD', dollari: 'USD' },
  // a price of nothing, no limit, and a lifetime
  free: ['gratis', 'gratuit*'],
  unlimited: ['illimitat*'],
  lifetime: ['a vita'],
  // after an amount: a price per that time
  every: 'month mensile mensili|year annuale annuali annuo annui',
  // "times" (a multiplier, as "2x")
  times: ['volte', 'volta'],
  // "percent", as "%"
  percent: ['per cento', 'percento'],
};

const num = new Intl.NumberFormat('it');
const plural = new Intl.PluralRules('it');

/** Italian (tu form, as Italian sites address their readers). */
export const it: Partial<Strings> = {
  loading: 'Caricamento del confronto…',
  errorTitle: 'Impossibile mostrare questo confronto.',
  moreIssues: (n: number) => (plural.select(n) === 'one' ? '…e un altro problema' : `…e altri ${num.format(n)} problemi`),
  problems: (n: number) => `${num.format(n)} ${plural.select(n) === 'one' ? 'problema' : 'problemi'} nei dati del confronto:`,
  noData: 'Nessun dato di confronto: indica un attributo src o for, aggiungi un elemento figlio <script type="application/json"> oppure imposta la proprietà data.',
  notAvailable: 'non disponibile',
  notComparable: 'non confrontabile',
  best: 'migliore',
  lastUpdated: (month: string) => `Ultimo aggiornamento: ${month}`,
  bestFor: 'Ideale per',
  shortAnswer: 'In breve',
  ourVerdict: 'Il nostro verdetto',
  aiAssisted: 'Con il supporto dell’IA',
  chooseIf: (name: string) => `Scegli ${name} se`,
  overallWinner: (name: string) => `La nostra scelta: ${name}`,
  helpfulQuestion: 'Questo verdetto ti è stato utile?',
  yes: 'Sì',
  no: 'No',
  voteSending: 'Invio del voto in corso…',
  voteThanks: 'Grazie per il tuo feedback!',
  voteFailed: 'Non è stato possibile inviare il tuo voto.',
  retry: 'Riprova',
  voteAnswer: (answer: string) => `La tua risposta: ${answer}.`,
  httpStatus: (status: number) => `HTTP ${status}`,
  keyDifferences: 'Differenze principali',
  topic: 'Aspetto',
  keyFacts: 'Dati e cifre chiave',
  metric: 'Parametro',
  diff: 'Differenza',
  diffOf: (item: string, against: string) => `Differenza tra ${item} e ${against}`,
  diffAgainst: (against: string) => `Differenza rispetto a ${against}`,
  fullComparison: 'Confronto completo',
  attribute: 'Caratteristica',
  showMore: (n: number) => (plural.select(n) === 'one' ? 'Mostra un’altra caratteristica' : `Mostra altre ${num.format(n)} caratteristiche`),
  showFewer: 'Mostra meno caratteristiche',
  onlyDifferences: 'Mostra solo le differenze',
  noDifferences: 'Nessuna differenza in questo gruppo.',
  visualComparison: 'Confronto grafico',
  chartIntro: 'Le caratteristiche numeriche a confronto',
  diffBetter: 'meglio',
  diffWorse: 'peggio',
  higherIsBetter: 'più è alto, meglio è',
  lowerIsBetter: 'più è basso, meglio è',
  logScale: 'scala logaritmica',
  prosAndCons: 'Pro e contro',
  pros: 'Pro',
  cons: 'Contro',
  faq: 'Domande frequenti',
  resources: 'Per approfondire',
  resourcesIntro: 'Una selezione di risorse per saperne di più',
  whereToBuy: 'Dove acquistare',
  affiliateDisclosure: 'In qualità di affiliati, potremmo ricevere una commissione sugli acquisti idonei, senza alcun costo aggiuntivo per te.',
  linkKinds: { reference: 'Riferimenti', article: 'Articoli', comparison: 'Confronti', video: 'Video', affiliate: 'Dove acquistare' },
  opensInNewTab: '(si apre in una nuova scheda)',
  related: 'Vedi anche',
  relatedComparisons: 'Confronti correlati',
  relatedArticles: 'Articoli correlati',
  track: 'Segui questo confronto',
  trackIntroCustom: 'Ricevi una notifica quando questo confronto cambia.',
  trackIntro: 'Ricevi una notifica quando cambiano i prezzi, escono nuove specifiche o aggiorniamo il nostro verdetto.',
  emailLabel: 'Indirizzo email',
  emailPlaceholder: 'nome@example.com',
  triggersLabel: 'Avvisami in caso di',
  defaultTriggers: { 'price-change': 'Variazione di prezzo', 'new-spec': 'Nuove specifiche', 'verdict-update': 'Aggiornamento del verdetto' },
  consent: 'Niente spam. Puoi annullare l’iscrizione in qualsiasi momento.',
  subscribe: 'Avvisami',
  subscribing: 'Iscrizione in corso…',
  subscribed: (email: string) => `Fatto! Ti scriveremo a ${email} quando questo confronto cambierà.`,
  subscribeFailed: 'Non è stato possibile inviare la tua iscrizione.',
  invalidEmail: 'Inserisci un indirizzo email come nome@example.com.',
  noTriggers: 'Scegli almeno un tipo di notifica.',
};
