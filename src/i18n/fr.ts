import type { Strings } from '../base/strings.js';
import type { WordTable } from '../values/units.js';

const num = new Intl.NumberFormat('fr');
const plural = new Intl.PluralRules('fr');

/** French (vous form, French typography: no-break space before : and a narrow one before ! ?). */
export const fr: Partial<Strings> = {
  loading: 'Chargement du comparatif…',
  errorTitle: 'Impossible d’afficher ce comparatif.',
  moreIssues: (n: number) => (plural.select(n) === 'one' ? `… et ${num.format(n)} autre problème` : `… et ${num.format(n)} autres problèmes`),
  problems: (n: number) => `${num.format(n)} ${plural.select(n) === 'one' ? 'problème' : 'problèmes'} dans les données de la comparaison :`,
  noData: 'Aucune donnée de comparaison\u00a0: indiquez un attribut src ou for, ajoutez un enfant <script type="application/json"> ou définissez la propriété data.',
  notAvailable: 'non disponible',
  notComparable: 'non comparable',
  best: 'meilleur',
  lastUpdated: (month: string) => `Mis à jour\u00a0: ${month}`,
  bestFor: 'Idéal pour',
  shortAnswer: 'En bref',
  ourVerdict: 'Notre verdict',
  aiAssisted: 'Assisté par IA',
  chooseIf: (name: string) => `Choisissez ${name} si`,
  overallWinner: (name: string) => `Notre choix\u00a0: ${name}`,
  helpfulQuestion: 'Ce verdict vous a-t-il été utile\u202f?',
  yes: 'Oui',
  no: 'Non',
  voteSending: 'Envoi de votre vote…',
  voteThanks: 'Merci pour votre retour\u202f!',
  voteFailed: 'Impossible d’envoyer votre vote.',
  retry: 'Réessayer',
  voteAnswer: (answer: string) => `Votre réponse : ${answer}.`,
  httpStatus: (status: number) => `HTTP ${status}`,
  keyDifferences: 'Principales différences',
  topic: 'Critère',
  keyFacts: 'Faits et chiffres clés',
  metric: 'Indicateur',
  diff: 'Écart',
  diffOf: (item: string, against: string) => `Écart entre ${item} et ${against}`,
  diffAgainst: (against: string) => `Écart par rapport à ${against}`,
  fullComparison: 'Comparatif complet',
  attribute: 'Caractéristique',
  showMore: (n: number) => (plural.select(n) === 'one' ? `Afficher ${num.format(n)} autre caractéristique` : `Afficher ${num.format(n)} autres caractéristiques`),
  showFewer: 'Afficher moins de caractéristiques',
  onlyDifferences: 'Afficher uniquement les différences',
  noDifferences: 'Aucune différence dans ce groupe.',
  visualComparison: 'Comparaison en graphiques',
  chartIntro: 'Les caractéristiques chiffrées côte à côte',
  diffBetter: 'mieux',
  diffWorse: 'moins bien',
  higherIsBetter: 'plus c’est haut, mieux c’est',
  lowerIsBetter: 'plus c’est bas, mieux c’est',
  logScale: 'échelle logarithmique',
  prosAndCons: 'Avantages et inconvénients',
  pros: 'Avantages',
  cons: 'Inconvénients',
  faq: 'Questions fréquentes',
  resources: 'Pour aller plus loin',
  resourcesIntro: 'Une sélection de ressources pour approfondir',
  whereToBuy: 'Où acheter',
  affiliateDisclosure: 'En tant qu’affilié, nous pouvons percevoir une commission sur les achats éligibles, sans frais supplémentaires pour vous.',
  linkKinds: { reference: 'Références', article: 'Articles', comparison: 'Comparatifs', video: 'Vidéos', affiliate: 'Où acheter' },
  opensInNewTab: '(s’ouvre dans un nouvel onglet)',
  related: 'À voir aussi',
  relatedComparisons: 'Comparatifs similaires',
  relatedArticles: 'À lire aussi',
  track: 'Suivre ce comparatif',
  trackIntroCustom: 'Recevez une alerte quand cette comparaison change.',
  trackIntro: 'Recevez une alerte quand les prix changent, que de nouvelles caractéristiques sortent ou que notre verdict évolue.',
  emailLabel: 'Adresse e-mail',
  emailPlaceholder: 'vous@example.com',
  triggersLabel: 'M’alerter en cas de',
  defaultTriggers: { 'price-change': 'Changement de prix', 'new-spec': 'Nouvelles caractéristiques', 'verdict-update': 'Mise à jour du verdict' },
  consent: 'Pas de spam. Désinscription à tout moment.',
  subscribe: 'M’alerter',
  subscribing: 'Inscription…',
  subscribed: (email: string) => `C’est noté\u202f! Nous écrirons à ${email} dès que ce comparatif changera.`,
  subscribeFailed: 'Impossible d’envoyer votre inscription.',
  invalidEmail: 'Saisissez une adresse e-mail du type nom@example.com.',
  noTriggers: 'Choisissez au moins une alerte.',
};

/** French words for units and magnitudes in values, read in a comparison written in French. */
export const words: WordTable = {
  units: 'ms milliseconde millisecondes|s seconde secondes|h heure heures|day jour jours nuit nuits|week semaine semaines|month mois|year an ans année années|B o octet octets|KB Ko ko|MB Mo|GB Go|TB To|g gramme grammes|kg kilogramme kilogrammes|km kilomètre kilomètres|inch pouce pouces|L litre litres|PS ch|m m mètre mètres',
  magnitudes: { mille: 3, million: 6, millions: 6, milliard: 9, milliards: 9 },
  // before a number: "bis zu 18 Std.", "etwa 5 GB"
  bounds: { atMost: ["jusqu'à", 'jusqu’à', 'au plus', 'au maximum'], atLeast: ['au moins', 'à partir de', 'dès'], from: ['de', 'entre'], above: ['plus de'], below: ['moins de'], about: ['environ', 'env.'] },
  // between the ends of a range
  to: ['à'],
  // a range's "and" after its "between" (a `from` bound): "entre 10 et 20"
  and: ['et'],
  // a price of nothing, no limit, and a lifetime
  free: ['gratuit*'],
  unlimited: ['illimité*'],
  lifetime: ['à vie'],
  // after an amount: a price per that time
  every: 'month mensuel mensuels mensuelle mensuellement|year annuel annuels annuelle annuellement',
  // "times" (a multiplier, as "2x")
  times: ['fois'],
  // "percent", as "%"
  percent: ['pour cent', 'pourcent'],
};
