import type { Strings } from '../base/strings.js';
import type { WordTable } from '../values/units.js';

const num = new Intl.NumberFormat('de');
const plural = new Intl.PluralRules('de');

/** German (Sie form). */
export const de: Partial<Strings> = {
  loading: 'Vergleich wird geladen…',
  errorTitle: 'Dieser Vergleich kann nicht angezeigt werden.',
  moreIssues: (n: number) => (plural.select(n) === 'one' ? `… und ${num.format(n)} weiteres Problem` : `… und ${num.format(n)} weitere Probleme`),
  problems: (n: number) => `${num.format(n)} ${plural.select(n) === 'one' ? 'Problem' : 'Probleme'} in den Vergleichsdaten:`,
  noData: 'Keine Vergleichsdaten: Geben Sie diesem Element ein src- oder for-Attribut oder ein untergeordnetes <script type="application/json">, oder setzen Sie seine data-Eigenschaft.',
  notAvailable: 'nicht verfügbar',
  notComparable: 'nicht vergleichbar',
  best: 'Bestwert',
  lastUpdated: (month: string) => `Stand: ${month}`,
  bestFor: 'Ideal für',
  shortAnswer: 'Kurz gesagt',
  ourVerdict: 'Unser Fazit',
  aiAssisted: 'KI-gestützt',
  chooseIf: (name: string) => `Wählen Sie ${name}, wenn`,
  overallWinner: (name: string) => `Unsere Empfehlung: ${name}`,
  helpfulQuestion: 'War dieses Fazit hilfreich?',
  yes: 'Ja',
  no: 'Nein',
  voteSending: 'Ihre Bewertung wird gesendet…',
  voteThanks: 'Danke für Ihr Feedback!',
  voteFailed: 'Ihre Bewertung konnte nicht gesendet werden.',
  retry: 'Erneut versuchen',
  voteAnswer: (answer: string) => `Ihre Antwort: ${answer}.`,
  httpStatus: (status: number) => `HTTP ${status}`,
  keyDifferences: 'Die wichtigsten Unterschiede',
  topic: 'Thema',
  keyFacts: 'Wichtige Fakten & Zahlen',
  metric: 'Kennzahl',
  diff: 'Differenz',
  diffOf: (item: string, against: string) => `Differenz ${item} gegenüber ${against}`,
  diffAgainst: (against: string) => `Differenz gegenüber ${against}`,
  fullComparison: 'Vollständiger Vergleich',
  attribute: 'Merkmal',
  showMore: (n: number) => (plural.select(n) === 'one' ? `${num.format(n)} weiteres Merkmal anzeigen` : `${num.format(n)} weitere Merkmale anzeigen`),
  showFewer: 'Weniger Merkmale anzeigen',
  onlyDifferences: 'Nur Unterschiede anzeigen',
  noDifferences: 'Keine Unterschiede in dieser Gruppe.',
  visualComparison: 'Grafischer Vergleich',
  chartIntro: 'Zahlenwerte im direkten Vergleich',
  diffBetter: 'besser',
  diffWorse: 'schlechter',
  higherIsBetter: 'höher ist besser',
  lowerIsBetter: 'niedriger ist besser',
  logScale: 'logarithmische Skala',
  prosAndCons: 'Vor- und Nachteile',
  pros: 'Vorteile',
  cons: 'Nachteile',
  faq: 'Häufige Fragen',
  resources: 'Weiterführende Links',
  resourcesIntro: 'Ausgewählte Quellen für den tieferen Einstieg',
  whereToBuy: 'Hier erhältlich',
  affiliateDisclosure: 'Als Affiliate-Partner erhalten wir bei qualifizierten Käufen ggf. eine Provision – für Sie entstehen keine Mehrkosten.',
  linkKinds: { reference: 'Referenz', article: 'Artikel', comparison: 'Vergleiche', video: 'Videos', affiliate: 'Hier erhältlich' },
  opensInNewTab: '(öffnet in neuem Tab)',
  related: 'Siehe auch',
  relatedComparisons: 'Ähnliche Vergleiche',
  relatedArticles: 'Passende Artikel',
  track: 'Diesen Vergleich beobachten',
  trackIntroCustom: 'Wir benachrichtigen Sie, wenn sich dieser Vergleich ändert.',
  trackIntro: 'Wir benachrichtigen Sie, wenn sich Preise ändern, neue technische Daten erscheinen oder wir unser Fazit aktualisieren.',
  emailLabel: 'E-Mail-Adresse',
  emailPlaceholder: 'name@example.com',
  triggersLabel: 'Benachrichtigen bei',
  defaultTriggers: { 'price-change': 'Preisänderungen', 'new-spec': 'Neuen technischen Daten', 'verdict-update': 'Fazit-Updates' },
  consent: 'Kein Spam. Jederzeit abbestellbar.',
  subscribe: 'Benachrichtigen',
  subscribing: 'Wird angemeldet…',
  subscribed: (email: string) => `Fertig! Wir schreiben an ${email}, sobald sich dieser Vergleich ändert.`,
  subscribeFailed: 'Ihre Anmeldung konnte nicht gesendet werden.',
  invalidEmail: 'Geben Sie eine E-Mail-Adresse wie name@example.com ein.',
  noTriggers: 'Wählen Sie mindestens eine Benachrichtigung aus.',
};

/** German words for units and magnitudes in values ("14 Stunden"…), read in a comparison written in German. */
export const words: WordTable = {
  units: 'ms millisekunde millisekunden|s sekunde sekunden sek|min minute minuten|h stunde stunden std|m m meter metern|day tag tage tagen nacht nächte werktag werktage werktagen arbeitstag arbeitstage arbeitstagen|week woche wochen|month monat monate monaten|year jahr jahre jahren|g gramm|kg kilogramm|km kilometer|inch zoll|L liter',
  // "1,2 Mio.", "800 Tsd."; not "Billion", a million millions in German
  // hundredths of a euro: "29 ct/kWh"; Swiss francs, "999 Fr."
  money: { ct: '¢EUR', Cent: '¢EUR', Fr: 'CHF', SFr: 'CHF', Dollar: 'USD', Franken: 'CHF' },
  magnitudes: { tsd: 3, tausend: 3, mio: 6, million: 6, millionen: 6, mrd: 9, milliarde: 9, milliarden: 9 },
  // before a number: "bis zu 18 Std.", "etwa 5 GB"
  bounds: { atMost: ['bis zu', 'höchstens', 'maximal', 'max.'], atLeast: ['mindestens', 'ab', 'von'], above: ['über', 'mehr als'], below: ['unter', 'weniger als'], about: ['etwa', 'ca.', 'rund', 'ungefähr', 'circa'], from: ['zwischen'] },
  // between the ends of a range
  to: ['bis'],
  // a range's "and" after its "between" (a `from` bound): "zwischen 10 und 20"
  and: ['und'],
  // a price of nothing, no limit, and a lifetime
  free: ['kostenlos*', 'gratis', 'umsonst'],
  unlimited: ['unbegrenzt*', 'unbeschränkt*'],
  lifetime: ['lebenslang*'],
  // after an amount: a price per that time ("12,99 € mtl.")
  every: 'month monatlich monatl mtl|year jährlich jährl|week wöchentlich|day täglich',
  // after a slash: "CHF 65.–/Mt.", "8 €/Mon."
  per: 'month Mt Mon',
  // "times" (a multiplier, as "2x")
  times: ['mal'],
  // "percent", as "%"
  percent: ['Prozent'],
};
