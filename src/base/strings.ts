/**
 * The words of the interface. English is built in; the languages issue adds a
 * table per language. Elements read `this.strings`, never literals.
 */
export const en = {
  loading: 'Loading comparison…',
  errorTitle: 'This comparison could not be shown.',
  moreIssues: (n: number) => `…and ${n} more`,
  notAvailable: 'not available',
  best: 'best',
  keyFacts: 'Key Facts & Figures',
  metric: 'Metric',
  diff: 'Diff',
  diffOf: (item: string, against: string) => `Diff ${item} vs ${against}`,
  lastUpdated: (month: string) => `Last updated ${month}.`,
  noData: 'No comparison data: give this element a src, a for, a child <script type="application/json">, or set its data property.',
};

export type Strings = typeof en;
