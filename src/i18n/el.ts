/**
 * Greek: the interface table (`el`, at the end) and the words values
 * are written with, read in a comparison written in Greek. Loaded on
 * demand (src/i18n/index.ts `loadStrings`, `loadWords`).
 */
import type { Strings } from '../base/strings.js';
import type { WordTable } from '../values/units.js';

export const words: WordTable = {
  units: 's δευτερόλεπτο δευτερόλεπτα δευτ|min λεπτό λεπτά|h ώρα ώρες|day ημέρα ημέρες μέρα μέρες|week εβδομάδα εβδομάδες|month μήνας μήνες μήνα|year έτος έτη χρόνος χρόνια|mm χιλιοστά χιλιοστό χλστ|cm εκατοστά εκατοστό|m μ μέτρα μέτρο|km χλμ χιλιόμετρα χιλιόμετρο|g γρ γραμμάρια γραμμάριο|kg κιλά κιλό|L λίτρα λίτρο|mL ml',
  magnitudes: { χιλ: 3, χιλιάδες: 3, εκατ: 6, εκατομμύριο: 6, εκατομμύρια: 6, δισ: 9, δισεκατομμύριο: 9, δισεκατομμύρια: 9 },
  // before a number: "έως 18 ώρες", "περίπου 5 GB"
  bounds: { atMost: ['έως', 'μέχρι'], atLeast: ['τουλάχιστον', 'από'], above: ['πάνω από', 'περισσότερα από'], below: ['κάτω από', 'λιγότερα από'], about: ['περίπου'], from: ['μεταξύ'] },
  // between the ends of a range
  to: ['έως', 'μέχρι'],
  // a range's "and" after its "between" (a `from` bound): "μεταξύ 10 και 20"
  and: ['και'],
  // a price of nothing, no limit, and a lifetime
  free: ['δωρεάν'],
  unlimited: ['απεριόριστ*'],
  lifetime: ['ισόβι*'],
  // "times" (a multiplier, as "2x")
  times: ['φορές', 'φορά'],
  // a currency written as a word after the amount
  money: { δολάρια: 'USD', δολάριο: 'USD', ευρώ: 'EUR' },
  // "percent", as "%"
  percent: ['τοις εκατό'],
};

const num = new Intl.NumberFormat('el');
const plural = new Intl.PluralRules('el');

/** Greek (polite plural, as Greek interfaces address their readers: "Επιλέξτε", "Η απάντησή σας"; the question mark is ";"). */
export const el: Partial<Strings> = {
  loading: 'Φόρτωση σύγκρισης…',
  errorTitle: 'Δεν ήταν δυνατή η εμφάνιση αυτής της σύγκρισης.',
  moreIssues: (n: number) => (plural.select(n) === 'one' ? `…και ${num.format(n)} ακόμη πρόβλημα` : `…και ${num.format(n)} ακόμη προβλήματα`),
  problems: (n: number) => `${num.format(n)} ${plural.select(n) === 'one' ? 'πρόβλημα' : 'προβλήματα'} στα δεδομένα της σύγκρισης:`,
  noData: 'Δεν υπάρχουν δεδομένα σύγκρισης: δώστε σε αυτό το στοιχείο ένα χαρακτηριστικό src ή for ή ένα θυγατρικό <script type="application/json">, ή ορίστε την ιδιότητά του data.',
  notAvailable: 'μη διαθέσιμο',
  notComparable: 'μη συγκρίσιμο',
  best: 'το καλύτερο',
  lastUpdated: (month: string) => `Τελευταία ενημέρωση: ${month}`,
  bestFor: 'Ιδανικό για',
  shortAnswer: 'Με λίγα λόγια',
  ourVerdict: 'Το συμπέρασμά μας',
  aiAssisted: 'Με τη βοήθεια AI',
  chooseIf: (name: string) => `Επιλέξτε ${name} αν`,
  overallWinner: (name: string) => `Η επιλογή μας: ${name}`,
  helpfulQuestion: 'Σας βοήθησε αυτό το συμπέρασμα;',
  yes: 'Ναι',
  no: 'Όχι',
  voteSending: 'Αποστολή της ψήφου σας…',
  voteThanks: 'Ευχαριστούμε για τα σχόλιά σας!',
  voteFailed: 'Δεν ήταν δυνατή η αποστολή της ψήφου σας.',
  retry: 'Δοκιμάστε ξανά',
  voteAnswer: (answer: string) => `Η απάντησή σας: ${answer}.`,
  httpStatus: (status: number) => `HTTP ${status}`,
  keyDifferences: 'Βασικές διαφορές',
  topic: 'Θέμα',
  keyFacts: 'Βασικά στοιχεία και αριθμοί',
  metric: 'Δείκτης',
  diff: 'Διαφορά',
  diffOf: (item: string, against: string) => `Διαφορά ${item} έναντι ${against}`,
  diffAgainst: (against: string) => `Διαφορά έναντι ${against}`,
  fullComparison: 'Πλήρης σύγκριση',
  attribute: 'Χαρακτηριστικό',
  showMore: (n: number) => (plural.select(n) === 'one' ? `Εμφάνιση ${num.format(n)} ακόμη χαρακτηριστικού` : `Εμφάνιση ${num.format(n)} ακόμη χαρακτηριστικών`),
  showFewer: 'Εμφάνιση λιγότερων χαρακτηριστικών',
  onlyDifferences: 'Μόνο οι διαφορές',
  noDifferences: 'Δεν υπάρχουν διαφορές σε αυτή την ομάδα.',
  visualComparison: 'Οπτική σύγκριση',
  chartIntro: 'Τα αριθμητικά χαρακτηριστικά δίπλα δίπλα',
  diffBetter: 'καλύτερο',
  diffWorse: 'χειρότερο',
  higherIsBetter: 'όσο υψηλότερο, τόσο καλύτερο',
  lowerIsBetter: 'όσο χαμηλότερο, τόσο καλύτερο',
  logScale: 'λογαριθμική κλίμακα',
  prosAndCons: 'Υπέρ και κατά',
  pros: 'Πλεονεκτήματα',
  cons: 'Μειονεκτήματα',
  faq: 'Συχνές ερωτήσεις',
  resources: 'Μάθετε περισσότερα',
  resourcesIntro: 'Επιλεγμένες πηγές για να εμβαθύνετε στο θέμα',
  whereToBuy: 'Πού θα το βρείτε',
  affiliateDisclosure: 'Ως συνεργάτες προγραμμάτων affiliate, ενδέχεται να λάβουμε προμήθεια από επιλέξιμες αγορές, χωρίς επιπλέον κόστος για εσάς.',
  linkKinds: { reference: 'Τεκμηρίωση', article: 'Άρθρα', comparison: 'Συγκρίσεις', video: 'Βίντεο', affiliate: 'Πού θα το βρείτε' },
  opensInNewTab: '(ανοίγει σε νέα καρτέλα)',
  related: 'Δείτε επίσης',
  relatedComparisons: 'Σχετικές συγκρίσεις',
  relatedArticles: 'Σχετικά άρθρα',
  track: 'Παρακολουθήστε αυτή τη σύγκριση',
  trackIntroCustom: 'Λάβετε ειδοποίηση όταν αλλάξει αυτή η σύγκριση.',
  trackIntro: 'Λάβετε ειδοποίηση όταν αλλάξουν οι τιμές, κυκλοφορήσουν νέα τεχνικά χαρακτηριστικά ή ενημερώσουμε το συμπέρασμά μας.',
  emailLabel: 'Διεύθυνση email',
  emailPlaceholder: 'onoma@example.com',
  triggersLabel: 'Ειδοποίηση για',
  defaultTriggers: { 'price-change': 'Αλλαγές τιμών', 'new-spec': 'Νέα τεχνικά χαρακτηριστικά', 'verdict-update': 'Ενημέρωση συμπεράσματος' },
  consent: 'Χωρίς spam. Διακοπή όποτε θέλετε.',
  subscribe: 'Ειδοποιήστε με',
  subscribing: 'Εγγραφή…',
  subscribed: (email: string) => `Έγινε! Θα σας γράψουμε στο ${email} όταν αλλάξει αυτή η σύγκριση.`,
  subscribeFailed: 'Δεν ήταν δυνατή η αποστολή της εγγραφής σας.',
  invalidEmail: 'Πληκτρολογήστε μια διεύθυνση email όπως onoma@example.com.',
  noTriggers: 'Επιλέξτε τουλάχιστον ένα θέμα ειδοποίησης.',
};
