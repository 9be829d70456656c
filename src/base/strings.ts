/**
 * The words of the interface. English is built in, here; every other
 * language has a table of its own in src/i18n/. Elements read `this.t` (their language, with
 * the element's `strings` overrides), never literals.
 */
export const en = {
  // states
  loading: 'Loading comparison…',
  errorTitle: 'This comparison could not be shown.',
  moreIssues: (n: number) => `…and ${n} more`,
  // The error box's count, after where the data came from: "the data property: 3 problems in the comparison data:"
  problems: (n: number) => `${n} problem${n === 1 ? '' : 's'} in the comparison data:`,
  noData: 'No comparison data: give this element a src, a for, a child <script type="application/json">, or set its data property.',
  // shared
  notAvailable: 'not available',
  // A Diff of two values that do not compare ("2-3x higher" against "0-5%")
  notComparable: 'not comparable',
  best: 'best',
  // A month that ends in a dot ("январь 2026 г.") ends the sentence itself.
  lastUpdated: (month: string) => `Last updated ${month}${month.endsWith('.') ? '' : '.'}`,
  // <compare-header>
  bestFor: 'Best for',
  shortAnswer: 'Short Answer',
  // <compare-verdict>
  ourVerdict: 'Our Verdict',
  aiAssisted: 'AI-assisted',
  chooseIf: (name: string) => `Choose ${name} if`,
  overallWinner: (name: string) => `Our pick: ${name}`,
  helpfulQuestion: 'Was this verdict helpful?',
  yes: 'Yes',
  no: 'No',
  voteSending: 'Sending your vote…',
  voteThanks: 'Thanks for your feedback!',
  voteFailed: 'Your vote could not be sent.',
  retry: 'Try again',
  voteAnswer: (answer: string) => `Your answer: ${answer}.`,
  httpStatus: (status: number) => `HTTP ${status}`,
  // <compare-highlights>
  keyDifferences: 'Key Differences',
  topic: 'Topic',
  // <compare-facts>
  keyFacts: 'Key Facts & Figures',
  metric: 'Metric',
  diff: 'Diff',
  diffOf: (item: string, against: string) => `Diff ${item} vs ${against}`,
  /** Over the Diff columns of every item against a baseline. */
  diffAgainst: (against: string) => `Diff vs ${against}`,
  // <compare-table>
  fullComparison: 'Full Comparison',
  attribute: 'Attribute',
  showMore: (n: number) => (n === 1 ? 'Show 1 more attribute' : `Show ${n} more attributes`),
  showFewer: 'Show fewer attributes',
  onlyDifferences: 'Show only differences',
  noDifferences: 'No differences in this group.',
  // <compare-chart>
  visualComparison: 'Visual Comparison',
  chartIntro: 'Side-by-side comparison of numeric attributes',
  /** After a Diff, for screen readers (its colour says it to the eye): the item is that much better, or worse. */
  diffBetter: 'better',
  diffWorse: 'worse',
  higherIsBetter: 'higher is better',
  lowerIsBetter: 'lower is better',
  logScale: 'logarithmic scale',
  // <compare-proscons>
  prosAndCons: 'Pros & Cons',
  pros: 'Pros',
  cons: 'Cons',
  // <compare-faq>
  faq: 'Frequently Asked Questions',
  // <compare-resources>
  resources: 'Resources & Learn More',
  resourcesIntro: 'Dive deeper with these curated resources',
  whereToBuy: 'Where to Buy',
  affiliateDisclosure: 'As an affiliate, we may earn a commission from qualifying purchases at no extra cost to you.',
  linkKinds: { reference: 'Reference', article: 'Articles', comparison: 'Comparisons', video: 'Videos', affiliate: 'Where to Buy' } as Record<string, string>,
  opensInNewTab: '(opens in a new tab)',
  // <compare-related>
  related: 'Related',
  relatedComparisons: 'Related Comparisons',
  relatedArticles: 'Related Articles',
  // <compare-track>
  track: 'Track this comparison',
  /** With the comparison's own triggers, which the sentence above would not name. */
  trackIntroCustom: 'Get notified when this comparison changes.',
  trackIntro: 'Get notified when prices change, new specs ship, or our verdict updates.',
  emailLabel: 'Email address',
  emailPlaceholder: 'you@example.com',
  triggersLabel: 'Notify me about',
  defaultTriggers: { 'price-change': 'Price change', 'new-spec': 'New spec', 'verdict-update': 'Verdict update' } as Record<string, string>,
  consent: 'No spam. Stop anytime.',
  subscribe: 'Notify me',
  subscribing: 'Subscribing…',
  subscribed: (email: string) => `Done: we will write to ${email} when this comparison changes.`,
  subscribeFailed: 'Your subscription could not be sent.',
  invalidEmail: 'Enter an email address like name@example.com.',
  noTriggers: 'Choose at least one thing to be notified about.',
};

export type Strings = typeof en;
