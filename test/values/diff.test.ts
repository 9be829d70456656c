/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { comparable, comparisonKey, diffRatio, formatDiff, parseQuantity, pickWinner, toBase, type Quantity } from '../../src/values/index.js';
import { registerAllStrings } from '../../src/i18n/all.js';
import { attributeRow, rowDiff } from '../../src/values/rows.js';
import { chartRow } from '../../src/values/chart.js';
import type { Value } from '../../src/schema/comparison.js';
import { awaitedWords, registerWords } from '../../src/values/units.js';

// The languages' value words, loaded on demand in a page, registered here at once as on a server.
registerAllStrings();

const q = (text: string): Quantity | null => parseQuantity(text);
const diff = (a: string, b: string, locale = 'en'): string | null => {
  const r = diffRatio(q(a), q(b));
  return r === null ? null : formatDiff(r, locale);
};

describe('values: diff', () => {
  // The normative rows of comparison-format.md, "Diff and winner".
  const ROWS: ReadonlyArray<readonly [a: string, b: string, want: string | null]> = [
    ['4.8 seconds', '0.048 seconds', '+9900%'],
    ['530,000+ packages', '~50,000 crates', '+960%'],
    ['1-2 weeks', '12-24 weeks', '-92%'],
    ['25-35 MB', '2-5 MB', '+757%'],
    ['$138,000', '$145,000', '-5%'],
    ['0 seconds (interpreted)', '5-30 seconds', '-100%'],
    ['12.0 million', '~1.5 million', '+700%'],
    ['450,000+ packages (PyPI)', '170,000+', '+165%'],
    ['2-3 weeks', '300 hours', '+40%'],
    ['2-3x higher', '0-5%', null],
  ];
  for (const [a, b, want] of ROWS) {
    it(`${a} | ${b} → ${want ?? '—'}`, () => expect(diff(a, b)).to.equal(want));
  }

  const OTHER: ReadonlyArray<readonly [a: string, b: string, want: string | null]> = [
    ['1 KiB', '1 KB', '+2%'],
    ['1 KB', '1 KiB', '-2%'],
    ['1 GiB', '1 GB', '+7%'],
    ['1 h', '30 min', '+100%'],
    ['1 year', '365.25 days', '0%'],
    ['1 month', '30.44 days', '0%'],
    ['500 ms', '1 s', '-50%'],
    ['10 GB/s', '500 MB/s', '+1900%'],
    ['100 req/s', '6000 requests per minute', '0%'],
    ['9/10', '8/10', '+13%'],
    ['-8%', '4%', '-300%'],
    ['10-20k', '10,000', '+50%'],
    // no diff
    ['$5', '€5', null],
    ['9/10', '4/5', null],
    ['5 ms', 'Fast', null],
    ['Fast', '5 ms', null],
    ['5', '0', null],
    ['5 s', '0 ms', null],
    ['5 ms', '5 MB', null],
    ['5%', '5', null],
    ['2x', '2', null],
    ['5 req/s', '5 ops/s', null],
    ['3.13.x', '3.12.x', null],
  ];
  for (const [a, b, want] of OTHER) {
    it(`${a} | ${b} → ${want ?? '—'}`, () => expect(diff(a, b)).to.equal(want));
  }

  it('is null when a value is missing', () => {
    expect(diffRatio(null, q('5 s'))).to.equal(null);
    expect(diffRatio(q('5 s'), null)).to.equal(null);
    expect(diffRatio(undefined, undefined)).to.equal(null);
  });

  it('uses midpoints: (mid(A) − mid(B)) / |mid(B)|', () => {
    expect(diffRatio(q('2-3 weeks'), q('300 hours'))).to.be.closeTo(0.4, 1e-12);
    expect(diffRatio(q('5'), q('-10'))).to.equal(1.5);
    expect(diffRatio(q('4.8 seconds'), q('0.048 seconds'))).to.be.closeTo(99, 1e-9);
  });
});

describe('values: formatDiff', () => {
  it('writes a Diff as a whole percent up to a trillion percent, compactly past it', () => {
    expect(formatDiff(999_999_999_998, 'en')).to.equal('+100T%');
    expect(formatDiff(-20_000, 'en')).to.equal('-2000000%');
    expect(formatDiff(999_999, 'en')).to.equal('+99999900%');
    expect(formatDiff(9_999, 'en')).to.equal('+999900%');
  });

  it('signs a whole percent', () => {
    expect(formatDiff(99, 'en')).to.equal('+9900%');
    expect(formatDiff(-0.0483, 'en')).to.equal('-5%');
    expect(formatDiff(0, 'en')).to.equal('0%');
    expect(formatDiff(0.004, 'en')).to.equal('0%');
    expect(formatDiff(-0.004, 'en')).to.equal('0%');
    expect(formatDiff(0.005, 'en')).to.equal('+1%');
    expect(formatDiff(123.45, 'en')).to.equal('+12345%');
  });

  it('formats in the locale', () => {
    const de = formatDiff(99, 'de');
    expect(de).to.match(/^\+9900\s%$/);
    expect(formatDiff(-0.92, 'fr')).to.match(/^[-−]92\s%$/);
  });

  it('survives a bad locale and non-finite numbers', () => {
    expect(() => formatDiff(1, 'not a locale!')).to.not.throw();
    expect(formatDiff(1, 'not a locale!')).to.match(/100/);
    expect(formatDiff(NaN, 'en')).to.equal('—');
    expect(formatDiff(Infinity, 'en')).to.equal('—');
  });
});

describe('values: toBase and comparisonKey', () => {
  const ROWS: ReadonlyArray<readonly [text: string, key: string, base: { min: number; max: number; mid: number; unit: string }]> = [
    ['2-3 weeks', 'time', { min: 1209600, max: 1814400, mid: 1512000, unit: 's' }],
    ['300 hours', 'time', { min: 1080000, max: 1080000, mid: 1080000, unit: 's' }],
    ['25-35 MB', 'data', { min: 25e6, max: 35e6, mid: 30e6, unit: 'B' }],
    ['1 KiB', 'data', { min: 1024, max: 1024, mid: 1024, unit: 'B' }],
    ['$138,000', 'money:USD', { min: 138000, max: 138000, mid: 138000, unit: 'USD' }],
    ['€5', 'money:EUR', { min: 5, max: 5, mid: 5, unit: 'EUR' }],
    ['9.5/10', 'score:10', { min: 9.5, max: 9.5, mid: 9.5, unit: '/10' }],
    ['4/5', 'score:5', { min: 4, max: 4, mid: 4, unit: '/5' }],
    ['25,000 req/s', 'rate:req', { min: 25000, max: 25000, mid: 25000, unit: 'req/s' }],
    ['60 req/min', 'rate:req', { min: 1, max: 1, mid: 1, unit: 'req/s' }],
    ['2 GB/s', 'rate:B', { min: 2e9, max: 2e9, mid: 2e9, unit: 'B/s' }],
    ['530,000+ packages', 'count', { min: 530000, max: 530000, mid: 530000, unit: '' }],
    ['0-5%', 'percent', { min: 0, max: 5, mid: 2.5, unit: '%' }],
    ['0.05-0.1x', 'multiplier', { min: 0.05, max: 0.1, mid: 0.075, unit: 'x' }],
  ];
  for (const [text, key, base] of ROWS) {
    it(`${text} → ${key}`, () => {
      const v = q(text);
      expect(v).to.not.equal(null);
      if (!v) return;
      expect(comparisonKey(v)).to.equal(key);
      const b = toBase(v);
      expect(b.unit).to.equal(base.unit);
      for (const k of ['min', 'max', 'mid'] as const) expect(b[k], k).to.be.closeTo(base[k], Math.abs(base[k]) * 1e-12);
    });
  }

  it('comparable: same key only', () => {
    expect(comparable(q('1 s'), q('3 weeks'))).to.equal(true);
    expect(comparable(q('1 KB'), q('1 GiB'))).to.equal(true);
    expect(comparable(q('5 packages'), q('6 crates'))).to.equal(true);
    expect(comparable(q('1 s'), q('1 MB'))).to.equal(false);
    expect(comparable(q('$1'), q('1 EUR'))).to.equal(false);
    expect(comparable(q('9/10'), q('4/5'))).to.equal(false);
    expect(comparable(q('1 s'), null)).to.equal(false);
    expect(comparable(null, null)).to.equal(false);
  });
});

describe('values: pickWinner', () => {
  const win = (rows: ReadonlyArray<readonly [string, string | null]>, better: 'higher' | 'lower') =>
    pickWinner(rows.map(([id, text]) => [id, text === null ? null : q(text)] as const), better);

  it('picks the best comparable value', () => {
    expect(win([['python', '4.8 seconds'], ['rust', '0.048 seconds']], 'lower')).to.equal('rust');
    expect(win([['python', '4.8 seconds'], ['rust', '0.048 seconds']], 'higher')).to.equal('python');
    expect(win([['python', '530,000+ packages'], ['rust', '~50,000 crates']], 'higher')).to.equal('python');
    expect(win([['python', '2-3 weeks'], ['rust', '300 hours']], 'lower')).to.equal('rust');
    expect(win([['a', '1 KiB'], ['b', '1 KB']], 'lower')).to.equal('b');
    expect(win([['a', '-5%'], ['b', '-8%'], ['c', '-1%']], 'higher')).to.equal('c');
    expect(win([['a', '$5'], ['b', '$4'], ['c', null]], 'lower')).to.equal('b');
  });

  it('ranks a range by its midpoint, as its Diff and its chart bar are: the best never shows a worse Diff or a shorter bar', () => {
    expect(win([['a', '1-120 Hz'], ['b', '60-120 Hz']], 'higher')).to.equal('b');
    // Reaching higher is not enough: by its upper end "1-144 Hz" would be best, beside a Diff of −19 % and a shorter bar.
    expect(win([['a', '1-144 Hz'], ['b', '60-120 Hz']], 'higher')).to.equal('b');
    expect(diff('1-144 Hz', '60-120 Hz')).to.equal('-19%');
    expect(win([['a', '$10-$100'], ['b', '$20-$30']], 'lower')).to.equal('b');
    expect(win([['a', '60-120 Hz'], ['b', '90 Hz']], 'higher'), 'equal midpoints: a tie').to.equal(null);
  });

  it('no winner on a tie for best, even across units', () => {
    expect(win([['a', '1 h'], ['b', '60 min']], 'lower')).to.equal(null);
    expect(win([['a', '1 h'], ['b', '60 min'], ['c', '2 h']], 'lower')).to.equal(null);
    expect(win([['a', '1 h'], ['b', '60 min'], ['c', '2 h']], 'higher')).to.equal('c');
    expect(win([['a', '10 seconds'], ['b', '10 seconds']], 'lower')).to.equal(null);
  });

  it('no winner with fewer than two comparable values', () => {
    expect(win([], 'higher')).to.equal(null);
    expect(win([['a', '5 s']], 'higher')).to.equal(null);
    expect(win([['a', '5 s'], ['b', null]], 'higher')).to.equal(null);
    expect(win([['a', '5 s'], ['b', 'Fast']], 'higher')).to.equal(null);
    expect(win([['a', '2-3x higher'], ['b', '0-5%']], 'lower')).to.equal(null);
    expect(win([['a', '$5'], ['b', '€4']], 'lower')).to.equal(null);
    expect(win([['a', '9/10'], ['b', '4/5']], 'higher')).to.equal(null);
  });

  it('no winner unless every value read is of one kind: "best" is the best of all of them', () => {
    expect(win([['a', '5 ms'], ['b', '3 MB'], ['c', '1 s']], 'lower')).to.equal(null);
    expect(win([['a', '5 ms'], ['b', '3 MB'], ['c', '1 s'], ['d', '2 GB']], 'lower')).to.equal(null);
    expect(win([['a', '$24.99'], ['b', '$19.99'], ['c', '€39'], ['d', '799 SEK'], ['e', '£30']], 'lower')).to.equal(null);
    expect(win([['a', '$24.99'], ['b', '$19.99'], ['c', '$29'], ['d', '€30']], 'lower'), 'three of four in dollars').to.equal(null);
    // Missing values and text without a number take no part.
    expect(win([['a', '5 ms'], ['b', null], ['c', '1 s'], ['d', '9 s']], 'higher')).to.equal('d');
    expect(win([['a', '$24.99'], ['b', 'Ask us'], ['c', '$29']], 'lower')).to.equal('a');
  });

  it('a count\'s word is a label in any language, as the format says; languages with words convert their units', () => {
    const items = ['a', 'b', 'c'].map((id) => ({ id, name: id }));
    const row = (values: Record<string, string>, locale: string) => attributeRow({ id: 'x', label: 'X', better: 'higher', values }, items, locale);
    // Latvian (no words shipped): inflected words are labels, the counts compare.
    expect(row({ a: '100 lietotāju', b: '50 lietotāju', c: '1 lietotājs' }, 'lv').winner).to.equal('a');
    expect(diffRatio(parseQuantity('100 lietotāju', undefined, 'lv'), parseQuantity('50 lietotājs', undefined, 'lv'))).to.equal(1);
    // Turkish and Swedish have their words: months and years convert.
    expect(row({ a: '24 ay', b: '36 ay', c: '5 yıl' }, 'tr').winner).to.equal('c');
    expect(row({ a: '10 saate kadar', b: '8 saat', c: '6 saat' }, 'tr').winner, 'was none: a count of "saate" beside hours').to.equal('a');
    expect(row({ a: '12 månader', b: '2 år', c: '6 månader' }, 'sv').winner).to.equal('b');
  });

  it('in a language with no words, counts of other words are of other kinds (a magnitude or a unit, unknown); in English labels', () => {
    const items = ['a', 'b', 'c'].map((id) => ({ id, name: id }));
    const row = (values: Record<string, Value>, locale: string, better: 'higher' | 'lower' = 'higher', unit?: string) =>
      attributeRow({ id: 'x', label: 'X', better, values, ...(unit ? { unit } : {}) }, items, locale);
    // Were a (900 beside 2.4, 80 beside 2) and b (1.5 beside 45), with a Diff and bars.
    for (const [values, locale, better] of [
      [{ a: '900 tis. kos', b: '2,4 mio. kos' }, 'sl', 'higher'],
      [{ a: '850 илј.', b: '1,2 мил.' }, 'mk', 'higher'],
      [{ a: '80 tisoč', b: '2 milijona' }, 'sl', 'higher'],
      [{ a: '45 мин', b: '1,5 ч' }, 'mk', 'lower'],
      [{ a: '2 miljardi', b: '900 miljoni' }, 'lv', 'higher'],
      [{ a: '1 200', b: '900 tuh.' }, 'et', 'higher'],
    ] as const) {
      const r = row(values, locale, better);
      expect(r.winner, `${values.a} | ${values.b}`).to.equal(null);
      expect(rowDiff(r, 'a', 'b')).to.equal(null);
      expect(chartRow(r.attribute, items, locale)).to.equal(null);
    }
    // The same word compares (an inflection too, past its sixth letter); the attribute's unit is no word; a value object's unit is one.
    expect(row({ a: '900 tis. kos', b: '850 tis.' }, 'sl').winner).to.equal('a');
    expect(row({ a: '100 lietotāju', b: '1 lietotājs' }, 'lv').winner).to.equal('a');
    expect(row({ a: '5 kos', b: '7', c: 7.5 }, 'sl', 'higher', 'kos').winner).to.equal('c');
    expect(row({ a: { value: 5, unit: 'kos' }, b: '7 Kos' }, 'sl').winner).to.equal('b');
    expect(row({ a: '5 kos', b: 'Unlimited' }, 'sl').winner).to.equal('b');
    // English (and no locale): a count's word is a label, as the format says.
    expect(row({ a: '530,000 packages', b: '150,000 crates' }, 'en').winner).to.equal('a');
    expect(diff('530,000 packages', '150,000 crates')).to.equal('+253%');
    expect(comparable(parseQuantity('5 ks', undefined, 'en'), parseQuantity('7 kusov', undefined, 'en'))).to.equal(true);
  });

  it('in a language with no words, a row where a value is text shows no best: it may be the best ("neomejeno", "brezplačno")', () => {
    const items = ['a', 'b', 'c'].map((id) => ({ id, name: id }));
    const row = (values: Record<string, string | null>, locale: string, better: 'higher' | 'lower') => attributeRow({ id: 'x', label: 'X', better, values }, items, locale).winner;
    // Were c, b, b, b: the text was left out and the next value crowned.
    expect(row({ a: 'neomejeno', b: '10 GB', c: '20 GB' }, 'sl', 'higher')).to.equal(null);
    expect(row({ a: 'brezplačno', b: '9,99 €', c: '14,99 €' }, 'sl', 'lower')).to.equal(null);
    expect(row({ a: 'бесплатно', b: '199 ден.', c: '299 ден.' }, 'mk', 'lower')).to.equal(null);
    expect(row({ a: 'Brezplačno', b: '29 €', c: '35 €' }, 'sl', 'lower')).to.equal(null);
    // A mark or "N/A" is no such text: the best stays (was none since the rule came).
    expect(row({ a: '✗', b: '10 GB', c: '20 GB' }, 'sl', 'higher')).to.equal('c');
    expect(row({ a: 'N/A', b: '10 GB', c: '20 GB' }, 'et', 'higher')).to.equal('c');
    // Text with a number after words, of another word than the others' (days beside hours): was b.
    expect(row({ a: 'do 14 dni', b: '40 ur', c: '30 ur' }, 'sl', 'higher')).to.equal(null);
    // A missing value, a dash, and words the parser reads in any language ("Unlimited") take no part or take theirs.
    expect(row({ a: null, b: '10 GB', c: '20 GB' }, 'sl', 'higher')).to.equal('c');
    expect(row({ a: '—', b: '10 GB', c: '20 GB' }, 'sl', 'higher')).to.equal('c');
    expect(row({ a: 'Unlimited', b: '10 GB', c: '20 GB' }, 'sl', 'higher')).to.equal('a');
    // English, and a language with words, leave text out, as the format says: "None" and German "keine" alike.
    expect(row({ a: 'Ask us', b: '$29', c: '$24.99' }, 'en', 'lower')).to.equal('c');
    expect(row({ a: 'None', b: '12 months', c: '24 months' }, 'en', 'lower')).to.equal('b');
    expect(row({ a: 'keine', b: '12 Monate', c: '24 Monate' }, 'de', 'lower')).to.equal('b');
  });

  it('Slovak, Croatian, Serbian and Bulgarian have their words now: the rows that were of other kinds, or had text, have their best', () => {
    const items = ['a', 'b', 'c'].map((id) => ({ id, name: id }));
    const row = (values: Record<string, string>, locale: string, better: 'higher' | 'lower') => attributeRow({ id: 'x', label: 'X', better, values }, items, locale);
    // (Were none: counts of "tis" beside "mil", of "хил" beside "млн", of "мин" beside "ч"; text that might be the best.)
    for (const [values, locale, better, best] of [
      [{ a: '900 tis. ks', b: '2,4 mil. ks' }, 'sk', 'higher', 'b'],
      [{ a: '850 хил.', b: '1,2 млн.' }, 'bg', 'higher', 'b'],
      [{ a: '45 мин', b: '1,5 ч' }, 'bg', 'lower', 'a'],
      [{ a: '2 miliardy', b: '900 miliónov' }, 'sk', 'higher', 'a'],
      [{ a: '1 200', b: '900 tis.' }, 'sk', 'higher', 'b'],
      [{ a: '2 roky', b: '5 rokov' }, 'sk', 'higher', 'b'],
      [{ a: '30 dana', b: '1 godina' }, 'hr', 'higher', 'b'],
      [{ a: '2 години', b: '18 месеца' }, 'bg', 'higher', 'a'],
      [{ a: '2 године', b: '18 месеци' }, 'sr', 'higher', 'a'],
      [{ a: '2 godine', b: '18 meseci' }, 'sr-Latn', 'higher', 'a'],
      [{ a: 'až 14 dní', b: '40 hodín', c: '30 hodín' }, 'sk', 'higher', 'a'],
      [{ a: 'neograničeno', b: '10 GB', c: '20 GB' }, 'hr', 'higher', 'a'],
      [{ a: 'besplatno', b: '9,99 €', c: '14,99 €' }, 'hr', 'lower', 'a'],
      [{ a: 'безплатно', b: '9,99 лв.', c: '14,99 лв.' }, 'bg', 'lower', 'a'],
      [{ a: 'бесплатно', b: '999 дин.', c: '1.299 din' }, 'sr', 'lower', 'a'],
    ] as const) {
      const r = row(values, locale, better);
      expect(r.winner, `${Object.values(values).join(' | ')}`).to.equal(best);
      if (!('c' in values)) expect(rowDiff(r, 'a', 'b'), `${values.a} | ${values.b}: a Diff`).to.be.a('number');
    }
  });

  it('"$" is the dollar of the comparison\'s region, in text, in a value object and as the attribute\'s unit', () => {
    const items = ['a', 'b', 'c'].map((id) => ({ id, name: id }));
    const row = (values: Record<string, Value>, locale: string, unit?: string) => attributeRow({ id: 'x', label: 'X', better: 'lower', values, ...(unit ? { unit } : {}) }, items, locale);
    // Was none: USD beside CAD, "different kinds".
    const ca = row({ a: { value: 1234.5, unit: 'CAD' }, b: '1 299 $', c: '1 099 $' }, 'fr-CA');
    expect(ca.winner).to.equal('c');
    expect(rowDiff(ca, 'b', 'c')).to.be.closeTo(0.182, 1e-3);
    expect(row({ a: 1234.5, b: '1 299 $', c: '1 099 $' }, 'fr-CA', '$').winner).to.equal('c');
    expect(row({ a: 1234.5, b: '1 299 $', c: '1 099 $' }, 'fr-CA', 'CAD').winner).to.equal('c');
    expect(row({ a: { value: 1234.5, unit: 'USD' }, b: '$1,299', c: '$1,099' }, 'en').winner).to.equal('c');
  });

  it('no winner in a language whose words were asked for and have not come; the winner once they come', () => {
    const items = ['a', 'b'].map((id) => ({ id, name: id }));
    // (A language of local use, qaa, so that no other test's words are touched.)
    const row = () => attributeRow({ id: 'x', label: 'X', better: 'lower', values: { a: '2 hourz', b: '90 minz' } }, items, 'qaa-ZZ').winner;
    awaitedWords.add('qaa');
    try {
      expect(row(), 'while awaited').to.equal(null);
      registerWords('qaa', { units: 'h hourz|min minz' });
      expect(awaitedWords.has('qaa'), 'registered: no longer awaited').to.equal(false);
      expect(row(), 'its words: 90 minutes is less than 2 hours').to.equal('b');
    } finally {
      awaitedWords.delete('qaa');
    }
  });

  it('no winner between money per a month and money per a year written in a language whose words are unknown', () => {
    const items = ['a', 'b', 'c'].map((id) => ({ id, name: id }));
    const row = attributeRow({ id: 'x', label: 'X', better: 'lower', values: { a: '1,99 €/mēn.', b: '19 €/gadā', c: '2,49 €/mēn.' } }, items, 'lv');
    expect(row.winner).to.equal(null);
  });

  it('a price of nothing is the cheapest beside prices of any kind; prices per person, per a magnitude, per a month written short', () => {
    const items = ['a', 'b', 'c'].map((id) => ({ id, name: id }));
    const row = (values: Record<string, string>, locale = 'en') => attributeRow({ id: 'x', label: 'X', better: 'lower', values }, items, locale).winner;
    expect(row({ a: 'Free', b: '$9/mo', c: '$99 one-time' })).to.equal('a');
    expect(row({ a: '980円/月', b: '9,800円/年', c: '無料' }, 'ja')).to.equal('c');
    expect(row({ a: 'Free', b: '$0/mo', c: '$9/mo' }), 'two prices of nothing tie').to.equal(null);
    expect(row({ a: '$25/developer/month', b: '$19/user/month', c: '$21/user/month' })).to.equal('b');
    expect(row({ a: '$15/collaborator', b: '$10/user', c: '$12/user' })).to.equal('b');
    expect(row({ a: '$1.25/M tokens', b: '$3/M tokens', c: '$5/M tokens' })).to.equal('a');
    expect(row({ a: '$10/mnth', b: '$12/month', c: '$15/month' })).to.equal('a');
  });

  it('"1.5B" beside "800M" is a billion and a half beside 800 million (+88 %), not bytes beside a count', () => {
    const items = ['a', 'b'].map((id) => ({ id, name: id }));
    const row = attributeRow({ id: 'u', label: 'Users', better: 'higher', values: { a: '1.5B', b: '800M' } }, items, 'en');
    expect(row.winner).to.equal('a');
    expect(rowDiff(row, 'a', 'b')).to.be.closeTo(0.875, 1e-9);
  });

  it('"7B" beside "1.5B", "800M" or "1.2 billion" is billions, not bytes: the best, a Diff, one chart axis', () => {
    const items = ['a', 'b', 'c'].map((id) => ({ id, name: id }));
    const attr = (values: Record<string, Value>) => ({ id: 'p', label: 'Parameters', better: 'higher' as const, values });
    const row = (values: Record<string, Value>) => attributeRow(attr(values), items, 'en');
    // Model sizes (it was 1.5 billion beside 7 and 70 bytes: no best, and the chart drew two of three).
    const models = row({ a: '1.5B', b: '7B', c: '70B' });
    expect(models.winner).to.equal('c');
    expect(rowDiff(models, 'b', 'a')).to.be.closeTo(7 / 1.5 - 1, 1e-9);
    expect(chartRow(attr({ a: '1.5B', b: '7B', c: '70B' }), items, 'en')?.bars.map((b) => b.value)).to.deep.equal([1.5e9, 7e9, 70e9]);
    expect(row({ a: '3B', b: '2.5B', c: '900M' }).winner, 'monthly users').to.equal('a');
    expect(row({ a: '2B', b: '1.2 billion', c: '800 million' }).winner).to.equal('a');
    // Bytes alone, beside sizes, or written as bytes stay bytes.
    expect(row({ a: '512B', b: '1 KB', c: '2 KB' }).winner).to.equal('c');
    expect(row({ a: '7B', b: '13B', c: '70B' }).cells[0]!.quantity).to.include({ dimension: 'data', unit: 'B' });
    expect(row({ a: '7 bytes', b: '1.5B', c: '3B' }).cells[2]!.quantity).to.include({ dimension: 'data', unit: 'B' });
    expect(row({ a: { value: 7, unit: 'B' }, b: '1.5B', c: '800M' }).cells[0]!.quantity).to.include({ dimension: 'data', unit: 'B' });
    expect(row({ a: '512 B', b: '1.5B', c: '2 KB' }).winner).to.equal(null);
  });

  it('names are no numbers: a video\'s lines compare only with each other, a generation is text; a year after a value is its note', () => {
    const items = ['a', 'b', 'c'].map((id) => ({ id, name: id }));
    const row = (values: Record<string, string>) => attributeRow({ id: 'x', label: 'X', better: 'higher', values }, items, 'en');
    expect(row({ a: '1080p', b: '2160p', c: '720p' }).winner).to.equal('b');
    expect(rowDiff(row({ a: '1080p', b: '2160p', c: '720p' }), 'b', 'a'), '2160 lines against 1080').to.equal(1);
    expect(row({ a: '1080p', b: '4K', c: '720p' }).winner, '4K (4,000, a count) beside lines: was 4K with +270 %').to.equal(null);
    expect(rowDiff(row({ a: '1080p', b: '4K', c: '720p' }), 'b', 'a')).to.equal(null);
    expect(row({ a: '5G', b: '4G LTE', c: 'Wi-Fi 6' }).winner, 'was a (5 against 4)').to.equal(null);
    expect(row({ a: 'Up to 20 mi more than 2024', b: '15 mi', c: '18 mi' }).winner).to.equal('a');
  });

  it('"Unlimited" joins the most common kind of its row, wherever it stands', () => {
    const items = ['a', 'b', 'c', 'd'].map((id) => ({ id, name: id }));
    const row = (values: Record<string, string>) => attributeRow({ id: 'x', label: 'X', better: 'higher', values }, items, 'en');
    expect(row({ a: '1 TB', b: 'Unlimited', c: '2 TB', d: '500 GB' }).winner).to.equal('b');
    expect(row({ a: '5 users', b: 'Unlimited', c: '1 TB', d: '2 TB' }).winner, 'one count beside three sizes').to.equal(null);
  });

  it('a plain zero (0, "0") beside values of a unit is none of that unit: the best, a Diff of −100 %, a bar at zero', () => {
    const items = ['a', 'b', 'c'].map((id) => ({ id, name: id }));
    const attr = (values: Record<string, Value>, better: 'higher' | 'lower' = 'lower') => ({ id: 'x', label: 'X', better, values });
    const row = (values: Record<string, Value>, better?: 'higher' | 'lower', locale = 'en') => attributeRow(attr(values, better), items, locale);
    // Egress per GB: nothing to pay where one is 0 (it was a count beside prices: no best, no Diff, no bar).
    const egress = row({ a: '$0.09', b: 0, c: '$0.12' });
    expect(egress.winner).to.equal('b');
    expect(rowDiff(egress, 'b', 'a')).to.equal(-1);
    expect(rowDiff(egress, 'a', 'b'), 'against zero: none').to.equal(null);
    expect(chartRow(attr({ a: '$0.09', b: 0, c: '$0.12' }), items, 'en')?.bars.map((b) => b.value)).to.deep.equal([0.09, 0, 0.12]);
    expect(row({ a: '0', b: '5 ms', c: '9 ms' }).winner, 'a string, first').to.equal('a');
    expect(row({ a: '12 GB', b: 0, c: '8 GB' }, 'higher').winner).to.equal('a');
    expect(row({ a: '12,5 GB', b: '0', c: '8 GB' }, 'lower', 'de').winner).to.equal('b');
    expect(row({ a: '$9/mo', b: 0, c: '$99/yr' }).winner, 'beside prices per a time').to.equal('b');
    // Counts stay counts; a zero with a word is a count; a score's or a temperature's zero is not none.
    expect(row({ a: '3 crashes', b: 0, c: '5 crashes' }).winner).to.equal('b');
    expect(row({ a: '$0.09', b: '0 packages', c: '$0.12' }).winner).to.equal(null);
    expect(row({ a: '$0.09', b: 0, c: '3 users' }).winner, 'a count among the others').to.equal(null);
    expect(row({ a: '9/10', b: 0, c: '7/10' }, 'higher').winner).to.equal(null);
    expect(rowDiff(row({ a: '9/10', b: 0, c: '7/10' }), 'b', 'a')).to.equal(null);
    expect(row({ a: '20 °C', b: 0, c: '15 °C' }).winner).to.equal(null);
    expect(row({ a: '20 °F', b: '0', c: '15 °F' }).winner).to.equal(null);
    // Another number alone is no value of the unit: no best.
    expect(row({ a: '$0.09', b: 1, c: '$0.12' }).winner).to.equal(null);
  });

  it('reads the values of a row with `better` only when the row is made (the others when a Diff or the chart asks)', () => {
    const items = ['a', 'b'].map((id) => ({ id, name: id }));
    let reads = 0;
    const value = () => ({ text: '5 ms', get unit() { reads++; return 'ms'; } });
    const plain = attributeRow({ id: 'x', label: 'X', values: { a: value(), b: value() } }, items, 'en');
    expect(reads, 'a row without better: nothing parsed (a 1,000-row table paid 7 ms for it)').to.equal(0);
    expect(plain.cells[0]!.quantity?.unit).to.equal('ms');
    expect(reads, 'read when asked').to.be.above(0);
    reads = 0;
    const ranked = attributeRow({ id: 'y', label: 'Y', better: 'lower', values: { a: value(), b: value() } }, items, 'en');
    expect(reads, 'a row with better: read at once').to.be.above(0);
    expect(ranked.winner).to.equal(null); // a tie
  });

  it('a Turkish percent with a space after its sign ("% 25") is read as "%20" is: the row has its best (it had none)', () => {
    const items = ['tt', 'turkcell', 'vodafone'].map((id) => ({ id, name: id }));
    const row = (values: Record<string, string>, locale: string) => attributeRow({ id: 'discount', label: 'İndirim', better: 'higher', values }, items, locale);
    const tr = row({ tt: '%20', turkcell: '%15', vodafone: '% 25' }, 'tr-TR');
    expect(tr.cells.map((c) => c.quantity?.max)).to.deep.equal([20, 15, 25]);
    expect(tr.winner).to.equal('vodafone');
    expect(row({ tt: '%\u00a020', turkcell: '%\u00a015', vodafone: '%\u00a025' }, 'eu').winner, 'Basque').to.equal('vodafone');
    // Where the sign goes after the number, "% 25" is not read: the row has no best, as any value starting so.
    expect(row({ tt: '20%', turkcell: '15%', vodafone: '% 25' }, 'en').winner).to.equal(null);
  });

  it('no winner in a row where a value that starts with a number could not be read: it may be the best', () => {
    const items = ['a', 'b', 'c'].map((id) => ({ id, name: id }));
    const row = (values: Record<string, string>, locale = 'en') => attributeRow({ id: 'x', label: 'X', better: 'higher', values }, items, locale);
    // Text that does not start with a number is text, as the format says: the others keep their winner…
    expect(row({ a: '9/10', b: 'Top 5 but behind Rust', c: '7/10' }).winner).to.equal('a');
    // …unless a number after its words reads as one of the row's kind: "apmēram" (about) 760 may be the best.
    expect(row({ a: '≈ 580 kadru', b: 'apmēram 760 kadru', c: 'up to 390 shots' }, 'lv').winner).to.equal(null);
    const lower = (values: Record<string, string>, locale = 'en') => attributeRow({ id: 'x', label: 'X', better: 'lower', values }, items, locale);
    expect(lower({ a: 'MSRP $39,990', b: '$47,490', c: '$41,000' }).winner, 'was c').to.equal(null);
    expect(lower({ a: '税込 99,800円', b: '124,800円', c: '¥159,800' }, 'ja').winner, 'was b').to.equal(null);
    expect(row({ a: '峰值亮度3000尼特', b: '1600nit', c: '2600 nits' }, 'zh').winner, 'was c').to.equal(null);
    expect(lower({ a: 'p99 < 10 ms', b: '15 ms', c: '20 ms' }).winner, 'was b').to.equal(null);
    expect(lower({ a: 'Version 3 beta', b: '12 MB', c: '5 MB' }).winner, 'a count is no size').to.equal('c');
    // A price after a word, grouped with spaces, is read whole, not from inside ("990 €" of "no 39 990 €": was no best).
    expect(lower({ a: 'no 39 990 €', b: '45 900 €', c: '36 490 €' }, 'lv').winner, 'was none').to.equal('c');
    expect(lower({ a: 'no 35 990 €', b: '45 900 €', c: '36 490 €' }, 'lv').winner).to.equal(null);
    // A hidden number that could not win leaves the winner alone.
    expect(lower({ a: '$39,990', b: 'MSRP $41,000', c: '$45,990' }).winner).to.equal('a');
    expect(row({ a: 'Dual 12 MP', b: '48 MP', c: '50 MP' }).winner).to.equal('c');
    expect(lower({ a: '9,99 € bis 31.03.2026', b: '12,99 €', c: '14,99 €' }, 'de').winner).to.equal('a');
    expect(row({ a: '≈ 580 ảnh', b: 'khoảng 760 ảnh', c: 'up to 390 ảnh' }, 'vi').winner, 'Vietnamese "about" read').to.equal('b');
    expect(row({ a: '504 Wh', b: '2 × 500 Wh', c: '750 Wh' }).winner).to.equal(null);
    // A price and more in words ("+ tax", "+ pörssihinta", spot price) is no plain price: no best (was the "+ tax" one).
    expect(lower({ a: '$5 + tax', b: '$6', c: '$7' }).winner, 'was a').to.equal(null);
    expect(lower({ a: '0,59 snt/kWh + pörssihinta', b: '8,49 snt/kWh', c: '9,99 snt/kWh' }, 'fi').winner, 'was a').to.equal(null);
    // A plus right after the number is "or more", read as before.
    expect(row({ a: '450,000+ packages', b: '50,000 packages', c: '5+ packages' }).winner).to.equal('a');
    expect(row({ a: '5+ years', b: '3 years', c: '2 years' }).winner).to.equal('a');
    // Digits of other scripts too ("۲ × ۲۰ ساعت": 40 hours).
    expect(row({ a: '۳۰ ساعت', b: '۲ × ۲۰ ساعت', c: '۲۰ ساعت' }, 'fa').winner).to.equal(null);
    // A currency of letters and a number, read or not ("Rp 15.000" may be 15 or 15,000 written the English way).
    expect(lower({ a: 'Rp500rb', b: 'Rp 900.000', c: 'Rp 1,2 juta' }, 'id').winner, 'was b').to.equal('a');
    expect(lower({ a: 'Rp 15.000', b: 'Rp 20,000', c: 'Rp 25,000' }).winner, 'was b').to.equal(null);
    // Text without a number is no hidden quantity: the others still have their winner.
    expect(row({ a: '504 Wh', b: 'Not measured', c: '750 Wh' }).winner).to.equal('c');
    // A decimal comma where the language writes a dot (Hebrew, as English) is not read, never as 35 or 3500.
    expect(lower({ a: '3,5 שעות', b: '4 שעות', c: '5 שעות' }, 'he').winner).to.equal(null);
    expect(lower({ a: '3.5 שעות', b: '4 שעות', c: '5 שעות' }, 'he').winner).to.equal('a');
  });

  it('a magnitude without a currency beside money is the same number of another kind: no best, no Diff, in any language', () => {
    const items = ['a', 'b', 'c'].map((id) => ({ id, name: id }));
    const lower = (values: Record<string, string>, locale: string) => attributeRow({ id: 'x', label: 'X', better: 'lower', values }, items, locale);
    for (const [locale, bare, priced, money, other] of [
      ['en', '42.9 million', '$42.9 million', '$45.5 million', '$50 million'],
      ['vi', '42,9 triệu', '42,9 triệu đồng', '45,5 triệu đồng', '50 triệu đồng'],
    ] as const) {
      const row = lower({ a: bare, b: money, c: other }, locale);
      expect(row.cells[0]!.quantity, bare).to.include({ dimension: 'count', min: 42.9e6 });
      expect(row.winner, locale).to.equal(null);
      expect(rowDiff(row, 'a', 'b'), locale).to.equal(null);
      // All of one kind: the best.
      expect(lower({ a: priced, b: money, c: other }, locale).winner, locale).to.equal('a');
    }
  });
});
