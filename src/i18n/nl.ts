/**
 * Dutch: the interface table (`nl`, at the end) and the words values
 * are written with, read in a comparison written in Dutch. Loaded on
 * demand (src/i18n/index.ts `loadStrings`, `loadWords`).
 */
import type { Strings } from '../base/strings.js';
import type { WordTable } from '../values/units.js';

export const words: WordTable = {
  units: 'ms milliseconde milliseconden|s seconde seconden|min minuut minuten|h uur|m m meter|day dag dagen nacht nachten werkdag werkdagen|week weken|month maand maanden mnd|year jaar jaren jr|inch duim',
  magnitudes: { duizend: 3, miljoen: 6, miljard: 9 },
  // hundredths of a euro: "25 ct/kWh"
  money: { ct: '¢EUR', cent: '¢EUR', dollar: 'USD' },
  // before a number: "bis zu 18 Std.", "etwa 5 GB"
  bounds: { atMost: ['tot', 'maximaal'], atLeast: ['minstens', 'vanaf'], from: ['van', 'tussen'], above: ['meer dan', 'ruim'], below: ['minder dan'], about: ['ongeveer', 'circa'] },
  // between the ends of a range
  to: ['tot'],
  // a range's "and" after its "between" (a `from` bound): "tussen 10 en 20"
  and: ['en'],
  // a price of nothing, no limit, and a lifetime
  free: ['gratis'],
  unlimited: ['onbeperkt', 'onbegrensd*'],
  lifetime: ['levenslang*'],
  // after an amount: a price per that time
  every: 'month maandelijks|year jaarlijks',
  // after a slash only: "25 km/u" (uur), a speed
  per: 'h u',
  // "times" (a multiplier, as "2x")
  times: ['keer', 'maal'],
  // "percent", as "%"
  percent: ['procent'],
};

const num = new Intl.NumberFormat('nl');
const plural = new Intl.PluralRules('nl');

/** Dutch (u form). */
export const nl: Partial<Strings> = {
  loading: 'Vergelijking wordt geladen…',
  errorTitle: 'Deze vergelijking kan niet worden weergegeven.',
  moreIssues: (n: number) => (plural.select(n) === 'one' ? `…en nog ${num.format(n)} probleem` : `…en nog ${num.format(n)} problemen`),
  problems: (n: number) => `${num.format(n)} ${plural.select(n) === 'one' ? 'probleem' : 'problemen'} in de vergelijkingsgegevens:`,
  noData: 'Geen vergelijkingsgegevens: geef dit element een src- of for-attribuut of een onderliggend <script type="application/json">, of stel de data-eigenschap in.',
  notAvailable: 'niet beschikbaar',
  notComparable: 'niet vergelijkbaar',
  best: 'beste',
  lastUpdated: (month: string) => `Laatst bijgewerkt: ${month}`,
  bestFor: 'Ideaal voor',
  shortAnswer: 'In het kort',
  ourVerdict: 'Ons oordeel',
  aiAssisted: 'Met hulp van AI',
  chooseIf: (name: string) => `Kies ${name} als`,
  overallWinner: (name: string) => `Onze keuze: ${name}`,
  helpfulQuestion: 'Was dit oordeel nuttig?',
  yes: 'Ja',
  no: 'Nee',
  voteSending: 'Uw stem wordt verzonden…',
  voteThanks: 'Bedankt voor uw feedback!',
  voteFailed: 'Uw stem kon niet worden verzonden.',
  retry: 'Opnieuw proberen',
  voteAnswer: (answer: string) => `Uw antwoord: ${answer}.`,
  httpStatus: (status: number) => `HTTP ${status}`,
  keyDifferences: 'De belangrijkste verschillen',
  topic: 'Onderwerp',
  keyFacts: 'Belangrijkste feiten en cijfers',
  metric: 'Kengetal',
  diff: 'Verschil',
  diffOf: (item: string, against: string) => `Verschil tussen ${item} en ${against}`,
  diffAgainst: (against: string) => `Verschil ten opzichte van ${against}`,
  fullComparison: 'Volledige vergelijking',
  attribute: 'Kenmerk',
  showMore: (n: number) => (plural.select(n) === 'one' ? `Nog ${num.format(n)} kenmerk tonen` : `Nog ${num.format(n)} kenmerken tonen`),
  showFewer: 'Minder kenmerken tonen',
  onlyDifferences: 'Alleen verschillen tonen',
  noDifferences: 'Geen verschillen in deze groep.',
  visualComparison: 'Grafische vergelijking',
  chartIntro: 'Numerieke kenmerken naast elkaar',
  diffBetter: 'beter',
  diffWorse: 'slechter',
  higherIsBetter: 'hoger is beter',
  lowerIsBetter: 'lager is beter',
  logScale: 'logaritmische schaal',
  prosAndCons: 'Voor- en nadelen',
  pros: 'Voordelen',
  cons: 'Nadelen',
  faq: 'Veelgestelde vragen',
  resources: 'Meer weten',
  resourcesIntro: 'Een selectie van bronnen om u verder in te verdiepen',
  whereToBuy: 'Verkrijgbaar bij',
  affiliateDisclosure: 'Als affiliatepartner ontvangen we mogelijk een commissie op in aanmerking komende aankopen, zonder extra kosten voor u.',
  linkKinds: { reference: 'Naslag', article: 'Artikelen', comparison: 'Vergelijkingen', video: 'Video’s', affiliate: 'Verkrijgbaar bij' },
  opensInNewTab: '(opent in een nieuw tabblad)',
  related: 'Zie ook',
  relatedComparisons: 'Gerelateerde vergelijkingen',
  relatedArticles: 'Gerelateerde artikelen',
  track: 'Deze vergelijking volgen',
  trackIntroCustom: 'Ontvang een melding wanneer deze vergelijking verandert.',
  trackIntro: 'Ontvang een melding wanneer prijzen veranderen, er nieuwe specificaties verschijnen of ons oordeel wordt bijgewerkt.',
  emailLabel: 'E-mailadres',
  emailPlaceholder: 'naam@example.com',
  triggersLabel: 'Stuur mij een melding bij',
  defaultTriggers: { 'price-change': 'Prijswijziging', 'new-spec': 'Nieuwe specificaties', 'verdict-update': 'Bijgewerkt oordeel' },
  consent: 'Geen spam. U kunt zich altijd afmelden.',
  subscribe: 'Houd mij op de hoogte',
  subscribing: 'Bezig met aanmelden…',
  subscribed: (email: string) => `Klaar! We mailen naar ${email} zodra deze vergelijking verandert.`,
  subscribeFailed: 'Uw aanmelding kon niet worden verzonden.',
  invalidEmail: 'Voer een e-mailadres in zoals naam@example.com.',
  noTriggers: 'Kies ten minste één soort melding.',
};
