/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { parseQuantity, pickWinner, type Bound, type Dimension } from '../../src/values/index.js';
import { registerAllStrings } from '../../src/i18n/all.js';

// The languages' value words, loaded on demand in a page, registered here at once as on a server.
registerAllStrings();

/** [dimension, min, max, unit, bound?] or null (text, not a quantity). */
type Want = readonly [Dimension, number, number, string, Bound?] | null;

function reads(text: string, locale: string | undefined, want: Want): void {
  const q = parseQuantity(text, undefined, locale);
  const what = `${JSON.stringify(text)} in ${locale ?? 'no locale'}`;
  if (want === null) return void expect(q, what).to.equal(null);
  const [dimension, min, max, unit, bound = 'exact'] = want;
  expect(q && { dimension: q.dimension, min: q.min, max: q.max, unit: q.unit, bound: q.bound }, what).to.deep.equal({ dimension, min, max, unit, bound });
}

const winner = (values: string[], better: 'higher' | 'lower', locale?: string) =>
  pickWinner(values.map((v, i) => [String(i), parseQuantity(v, undefined, locale)] as const), better);

describe('values: a day after "Fr." is a Friday, not francs', () => {
  it('a date after "Fr." or "Fr" is no amount (was Swiss francs)', () => {
    for (const locale of ['de', 'de-CH', 'de-AT', 'en', undefined]) {
      for (const text of ['Fr. 5. Mai', 'Fr. 5. Mai 2026', 'Fr. 12. März', 'Fr. 5. Dez.', 'Fr. 5.5.', 'Fr. 31.12.', 'Fr. 5. bis 7. Mai', 'Fr 5 May', 'Fr. 5 Mai', 'Fr. 19 Uhr'])
        reads(text, locale, null);
    }
    // Other days were never amounts.
    reads('Sa. 6. Mai', 'de', null);
    reads('Mo. 3.3.', 'de', null);
  });

  it('francs after "Fr." still read: the dash of no cents, cents, per a month, magnitudes', () => {
    reads('Fr. 5.–', 'de-CH', ['money', 5, 5, 'CHF']);
    reads('Fr. 5.-', 'de', ['money', 5, 5, 'CHF']);
    reads('Fr. 49.90', 'de-CH', ['money', 49.9, 49.9, 'CHF']);
    reads('Fr. 49.90', undefined, ['money', 49.9, 49.9, 'CHF']);
    reads('Fr. 3.50.', 'de-CH', ['money', 3.5, 3.5, 'CHF']);
    reads('Fr. 20.–/Monat', 'de-CH', ['rate', 20, 20, 'CHF/month']);
    reads('CHF 65.–/Monat', 'de-CH', ['rate', 65, 65, 'CHF/month']);
    reads("Fr. 1'049.–", 'de-CH', ['money', 1049, 1049, 'CHF']);
    reads('Fr. 100 Mio.', 'de', ['money', 1e8, 1e8, 'CHF']);
    reads('Fr. 5 bis 10', 'de', ['money', 5, 10, 'CHF']);
    reads('Fr. 5 per month', 'en', ['rate', 5, 5, 'CHF/month']);
  });

  it('a row of dates after "Fr." has no best (was the cheapest "francs")', () => {
    expect(winner(['Fr. 5. Mai', 'Fr. 12. Mai'], 'lower', 'de')).to.equal(null);
    expect(winner(['Fr. 49.90', 'Fr. 39.–'], 'lower', 'de-CH')).to.equal('1');
  });
});
