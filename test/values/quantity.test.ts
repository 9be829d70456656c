/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { diffRatio, parseQuantity, pickWinner, quantityOfValue, type Quantity } from '../../src/values/index.js';
import { registerAllStrings } from '../../src/i18n/all.js';
import { check, type Want } from '../helpers/quantity.js';

// The languages' value words, loaded on demand in a page, registered here at once as on a server.
registerAllStrings();

// Every value of the reference page's "Key Facts & Figures" table with its
// attribute unit (the parenthesised part of the metric), read as the chart will.
const KEY_FACTS: ReadonlyArray<readonly [unit: string, value: string, want: Want]> = [
  ['scale 1-10', '9.5/10', ['score', 9.5, 9.5, '/10']],
  ['lines of code average', '15-50 lines (GLM, GAM)', ['count', 15, 50, '', 'exact', { label: 'lines', note: '(GLM, GAM)' }]],
  ['hours to proficiency', '20-30 hours', ['time', 20, 30, 'h']],
  ['questions tagged', '2.2 million+ questions', ['count', 2.2e6, 2.2e6, '', 'atLeast', { label: 'questions', magnitude: 1e6 }]],
  ['beginner friendliness 1-10', '9/10 (readable, intuitive)', ['score', 9, 9, '/10', 'exact', { note: '(readable, intuitive)' }]],
  ['libraries available', 'rpy2, PypeR for R integration', null],
  ['requests/second', '25,000 req/s', ['rate', 25000, 25000, 'req/s']],
  ['%', '92%', ['percent', 92, 92, '%']],
  ['USD/year', '$148,000', ['rate', 148000, 148000, 'USD/year']],
  ['%', '1.2%', ['percent', 1.2, 1.2, '%']],
  ['%', '2.3%', ['percent', 2.3, 2.3, '%']],
  ['relative speed (Julia = 1.0x)', '0.05-0.1x (50-100x slower)', ['multiplier', 0.05, 0.1, 'x', 'exact', { note: '(50-100x slower)' }]],
  ['packages', '500,000+ (PyPI)', ['count', 500000, 500000, '', 'atLeast', { note: '(PyPI)', label: undefined }]],
  ['percent of data science roles', '99%', ['percent', 99, 99, '%']],
  ['millions of developers', '10+ million developers', ['count', 1e7, 1e7, '', 'atLeast', { label: 'developers', magnitude: 1e6 }]],
  ['difficulty rating (1-10)', '2-3 (very easy)', ['count', 2, 3, '', 'exact', { note: '(very easy)' }]],
  ['relative efficiency', '0.7x (more memory consumed)', ['multiplier', 0.7, 0.7, 'x', 'exact', { note: '(more memory consumed)' }]],
  ['seconds', '4.8 seconds', ['time', 4.8, 4.8, 's']],
  ['seconds', '0.048 seconds', ['time', 0.048, 0.048, 's']],
  ['total packages', '530,000+ packages', ['count', 530000, 530000, '', 'atLeast', { label: 'packages' }]],
  ['total packages', '~50,000 crates', ['count', 50000, 50000, '', 'exact', { label: 'crates', approximate: true }]],
  ['hours', '1-2 weeks', ['time', 1, 2, 'week']],
  ['hours', '12-24 weeks', ['time', 12, 24, 'week']],
  ['MB', '25-35 MB', ['data', 25, 35, 'MB']],
  ['MB', '2-5 MB', ['data', 2, 5, 'MB']],
  ['USD/year', '$138,000', ['rate', 138000, 138000, 'USD/year']],
  ['USD/year', '$145,000', ['rate', 145000, 145000, 'USD/year']],
  ['seconds', '0 seconds (interpreted)', ['time', 0, 0, 's', 'exact', { note: '(interpreted)' }]],
  ['seconds', '5-30 seconds', ['time', 5, 30, 's']],
  ['contributors', '2,594,006', ['count', 2594006, 2594006, '', 'exact', { label: undefined, note: '' }]],
  ['%', '-8%', ['percent', -8, -8, '%']],
  ['%', '18%', ['percent', 18, 18, '%']],
  ['USD', '$111,000', ['money', 111000, 111000, 'USD']],
  ['%', '94%', ['percent', 94, 94, '%']],
  ['%', '95%', ['percent', 95, 95, '%']],
  ['hours', '2-3 weeks', ['time', 2, 3, 'week']],
  ['hours', '300 hours', ['time', 300, 300, 'h']],
  ['milliseconds', '2.3ms', ['time', 2.3, 2.3, 'ms']],
  ['percent', 'Baseline (dynamic typing)', null],
  ['seconds', '0 seconds (interpreted)', ['time', 0, 0, 's']],
  ['developers', 'Best for 1-5 developers', null],
  ['slower ratio', '50-100x slower', ['multiplier', 50, 100, 'x', 'exact', { note: 'slower' }]],
  ['packages', '500,000+', ['count', 500000, 500000, '', 'atLeast']],
  ['millions', '12.0 million', ['count', 12e6, 12e6, '', 'exact', { magnitude: 1e6 }]],
  ['millions', '~1.5 million', ['count', 1.5e6, 1.5e6, '', 'exact', { magnitude: 1e6, approximate: true }]],
  ['adoption %', '85% (TensorFlow/PyTorch/Scikit-learn)', ['percent', 85, 85, '%', 'exact', { note: '(TensorFlow/PyTorch/Scikit-learn)' }]],
  ['multiple', '2-3x higher', ['multiplier', 2, 3, 'x', 'exact', { note: 'higher' }]],
  ['multiple', '0-5%', ['percent', 0, 5, '%']],
  ['% growth', '+22% (AI/ML surge)', ['percent', 22, 22, '%', 'exact', { note: '(AI/ML surge)' }]],
  ['compatibility %', '0% (requires transpilation)', ['percent', 0, 0, '%']],
  ['years in production', '15+ years (NumPy/Pandas)', ['time', 15, 15, 'year', 'atLeast', { note: '(NumPy/Pandas)' }]],
  ['milliseconds', '1200-1500 ms', ['time', 1200, 1500, 'ms']],
  ['minutes for beginner', '5-10 minutes', ['time', 5, 10, 'min']],
  ['percent of postings', '78%', ['percent', 78, 78, '%']],
  ['percent of Fortune 500', '42%', ['percent', 42, 42, '%']],
  ['MB', '50-100 MB', ['data', 50, 100, 'MB']],
  ['packages available', '450,000+ packages (PyPI)', ['count', 450000, 450000, '', 'atLeast', { label: 'packages', note: '(PyPI)' }]],
  ['packages available', '170,000+', ['count', 170000, 170000, '', 'atLeast']],
  ['USD annually', '$118,000', ['rate', 118000, 118000, 'USD/year']], // "annually": a price per year
  ['lines of code', '80-120 lines', ['count', 80, 120, '', 'exact', { label: 'lines' }]],
  // A release year in a "year" attribute reads as a duration: such rows need `compare: false`.
  ['year', '2010', ['time', 2010, 2010, 'year']],
  ['x throughput improvement', '5x throughput improvement', ['multiplier', 5, 5, 'x', 'exact', { note: 'throughput improvement' }]],
  ['percent of services', '15% for extreme performance needs', ['percent', 15, 15, '%', 'exact', { note: 'for extreme performance needs' }]],
  ['seconds', '10 seconds', ['time', 10, 10, 's']],
  ['companies', 'AWS, Microsoft, Cloudflare, Discord, Mozilla', null],
  ['MB', '3.8 MB', ['data', 3.8, 3.8, 'MB']],
  ['seconds', '15-25 seconds', ['time', 15, 25, 's']],
  ['milliseconds', '<1 ms (no GC)', ['time', 1, 1, 'ms', 'below', { note: '(no GC)' }]],
  ['weeks', '8-12 weeks', ['time', 8, 12, 'week']],
  ['thousands', '1,000-5,000 tasks', ['count', 1000, 5000, '', 'exact', { label: 'tasks', magnitude: 1 }]],
  ['thousands', '120,000+ crates', ['count', 120000, 120000, '', 'atLeast', { label: 'crates' }]],
  ['milliseconds', '5-15 ms', ['time', 5, 15, 'ms']],
  ['thousands', '3,200+ positions', ['count', 3200, 3200, '', 'atLeast', { label: 'positions' }]],
];

// Other strings of the reference page ("Full Comparison", "Key Differences").
const PAGE_TEXT: ReadonlyArray<readonly [string, Want]> = [
  ['#3', null],
  ['TensorFlow, PyTorch, scikit-learn', null],
  ['Moderate (interpreted)', null],
  ['~2-10x slower', ['multiplier', 2, 10, 'x', 'exact', { approximate: true, note: 'slower' }]],
  ['Slightly lower than Zig', null],
  ['1 line', ['count', 1, 1, '', 'exact', { label: 'line' }]],
  ['Optional runtime (duck typing)', null],
  ['Top 5 but behind Rust', null],
  ['Most admired language (9 years consecutive)', null],
  ['3.13.x (2024)', null],
  ['78% in data science/ML', ['percent', 78, 78, '%', 'exact', { note: 'in data science/ML' }]],
  ['95%+ market share (TensorFlow, PyTorch, Pandas)', ['percent', 95, 95, '%', 'atLeast', { note: 'market share (TensorFlow, PyTorch, Pandas)' }]],
  ['Guaranteed at compile time', null],
  ['10-100x slower than Rust', ['multiplier', 10, 100, 'x', 'exact', { note: 'slower than Rust' }]],
  ['2-4 weeks for basics, steep for beginners', ['time', 2, 4, 'week']],
  ['180,000+ crates on crates.io', ['count', 180000, 180000, '', 'atLeast', { label: 'crates', note: 'on crates.io' }]],
  ['40% faster development', ['percent', 40, 40, '%']],
  ['Requires 30-120 second compilation', null],
];

const EDGE: ReadonlyArray<readonly [string, Want]> = [
  // numbers, signs, separators
  ['0', ['count', 0, 0, '']],
  ['0.5', ['count', 0.5, 0.5, '']],
  ['.5 s', ['time', 0.5, 0.5, 's']],
  ['−5', ['count', -5, -5, '']],
  ['-5 to -2', ['count', -5, -2, '']],
  ['-5--2', ['count', -5, -2, '']],
  ['+22%', ['percent', 22, 22, '%']],
  ['1,000,000.25', ['count', 1000000.25, 1000000.25, '']],
  ['1\u00a0000', ['count', 1000, 1000, '']],
  ['1\u202f000 ms', ['time', 1000, 1000, 'ms']],
  ['10\u2009000–20\u2009000', ['count', 10000, 20000, '']],
  ['1.234,5', ['count', 1234.5, 1234.5, '']],
  ['1\u00a0234,5 €', ['money', 1234.5, 1234.5, 'EUR']],
  ['1.234', ['count', 1.234, 1.234, '']],
  ['1,5 GB', null], // decimal comma or a list: ambiguous
  ['12,34,567', null],
  ['1,0000', null],
  ['1 000', null], // a plain space does not group
  ['007', null],
  // ranges
  ['1-2', ['count', 1, 2, '']],
  ['1–2', ['count', 1, 2, '']],
  ['1—2 s', ['time', 1, 2, 's']],
  ['1 to 2', ['count', 1, 2, '']],
  ['5−10', ['count', 5, 10, '']],
  ['1 - 2 weeks', ['time', 1, 2, 'week']],
  ['$10-$20', ['money', 10, 20, 'USD']],
  ['$10-20', ['money', 10, 20, 'USD']],
  ['$10-€20', null],
  ['5%-10%', ['percent', 5, 10, '%']],
  ['2x-3x', ['multiplier', 2, 3, 'x']],
  ['1 ms - 2 s', ['time', 0.001, 2, 's']],
  ['1 ms - 2 MB', null],
  ['10-20k', ['count', 10000, 20000, '', 'exact', { magnitude: 1000 }]],
  ['1-2 million users', ['count', 1e6, 2e6, '', 'exact', { label: 'users' }]],
  ['10 - 5', null], // not a range
  ['5 to go', ['count', 5, 5, '', 'exact', { label: 'to', note: 'go' }]],
  // bounds and approximations
  ['≥ 5', ['count', 5, 5, '', 'atLeast']],
  ['>= 5', ['count', 5, 5, '', 'atLeast']],
  ['≤5 ms', ['time', 5, 5, 'ms', 'atMost']],
  ['<= 5', ['count', 5, 5, '', 'atMost']],
  ['>10', ['count', 10, 10, '', 'above']],
  ['< 1 ms', ['time', 1, 1, 'ms', 'below']],
  ['at least 3 GB', ['data', 3, 3, 'GB', 'atLeast']],
  ['At most 3', ['count', 3, 3, '', 'atMost']],
  ['up to 2x faster', ['multiplier', 2, 2, 'x', 'atMost', { note: 'faster' }]],
  ['more than 100 users', ['count', 100, 100, '', 'above', { label: 'users' }]],
  ['over 9000', ['count', 9000, 9000, '', 'above']],
  ['under 5 minutes', ['time', 5, 5, 'min', 'below']],
  ['10+ million', ['count', 1e7, 1e7, '', 'atLeast']],
  ['100K+', ['count', 1e5, 1e5, '', 'atLeast']],
  ['~5', ['count', 5, 5, '', 'exact', { approximate: true }]],
  ['≈ 5 h', ['time', 5, 5, 'h', 'exact', { approximate: true }]],
  ['about 5 hours', ['time', 5, 5, 'h', 'exact', { approximate: true }]],
  ['approx. 10 MB', ['data', 10, 10, 'MB', 'exact', { approximate: true }]],
  ['approximately 3', ['count', 3, 3, '', 'exact', { approximate: true }]],
  ['roughly 2x', ['multiplier', 2, 2, 'x', 'exact', { approximate: true }]],
  // magnitudes; B is billion with money or before a word, otherwise bytes
  ['10k', ['count', 1e4, 1e4, '', 'exact', { magnitude: 1e3 }]],
  ['10K users', ['count', 1e4, 1e4, '', 'exact', { label: 'users' }]],
  ['5 thousand', ['count', 5000, 5000, '']],
  ['5M', ['count', 5e6, 5e6, '', 'exact', { magnitude: 1e6 }]],
  ['3 Billion', ['count', 3e9, 3e9, '']],
  ['2 bn', ['count', 2e9, 2e9, '']],
  ['10 trillion', ['count', 1e13, 1e13, '', 'exact', { magnitude: 1e12 }]],
  ['1.2B users', ['count', 1.2e9, 1.2e9, '', 'exact', { label: 'users', magnitude: 1e9 }]],
  ['$1.2B', ['money', 1.2e9, 1.2e9, 'USD', 'exact', { magnitude: 1e9 }]],
  ['$1.2 B', ['money', 1.2e9, 1.2e9, 'USD']],
  ['1.2B USD', ['money', 1.2e9, 1.2e9, 'USD']],
  ['512 B', ['data', 512, 512, 'B', 'exact', { magnitude: 1 }]],
  ['512B', ['data', 512, 512, 'B']],
  // A "B" after a number with decimals is a billion (the format lists B as a magnitude; there are no half bytes).
  ['1.2B', ['count', 1.2e9, 1.2e9, '', 'exact', { magnitude: 1e9 }]],
  ['1.5 B (gzip)', ['count', 1.5e9, 1.5e9, '', 'exact', { note: '(gzip)' }]],
  ['2B', ['data', 2, 2, 'B']],
  ['4 KB', ['data', 4, 4, 'KB']],
  ['5 MB', ['data', 5, 5, 'MB']],
  ['1 KiB', ['data', 1, 1, 'KiB']],
  ['2 GiB', ['data', 2, 2, 'GiB']],
  ['3 TB', ['data', 3, 3, 'TB']],
  ['10 bytes', ['data', 10, 10, 'B']],
  // currencies before or after, symbols and codes
  ['€10', ['money', 10, 10, 'EUR']],
  ['10 €', ['money', 10, 10, 'EUR']],
  ['10€', ['money', 10, 10, 'EUR']],
  ['£5.50', ['money', 5.5, 5.5, 'GBP']],
  ['¥500', ['money', 500, 500, 'JPY']],
  ['₹1,000', ['money', 1000, 1000, 'INR']],
  ['US$20', ['money', 20, 20, 'USD']],
  ['EUR 1,000', ['money', 1000, 1000, 'EUR']],
  ['CHF 12.50', ['money', 12.5, 12.5, 'CHF']],
  ['100 CAD', ['money', 100, 100, 'CAD']],
  // Money per time is a rate of that currency: $5/month compares with $60/year.
  ['100 USD/year', ['rate', 100, 100, 'USD/year']],
  ['$5/month', ['rate', 5, 5, 'USD/month']],
  ['-$5', ['money', -5, -5, 'USD']],
  ['$-5', ['money', -5, -5, 'USD']],
  ['$5 million', ['money', 5e6, 5e6, 'USD']],
  ['XYZ 5', null],
  // percent, multiplier, score
  ['5 percent', ['percent', 5, 5, '%']],
  ['2×', ['multiplier', 2, 2, 'x']],
  ['2× faster', ['multiplier', 2, 2, 'x', 'exact', { note: 'faster' }]],
  ['3X', ['multiplier', 3, 3, 'x']],
  ['4/5', ['score', 4, 4, '/5']],
  ['7-8/10', ['score', 7, 8, '/10']],
  ['4.5 out of 5', ['score', 4.5, 4.5, '/5']],
  ['9.5 / 10', ['score', 9.5, 9.5, '/10']],
  ['11/10', null],
  ['24/7', null],
  ['5/0', null],
  // rates
  ['100 requests per second', ['rate', 100, 100, 'req/s']],
  ['5 request/s', ['rate', 5, 5, 'req/s']],
  ['3 ops/sec', ['rate', 3, 3, 'ops/s']],
  ['3 operations per second', ['rate', 3, 3, 'ops/s']],
  ['25k req/s', ['rate', 25000, 25000, 'req/s']],
  ['60 req/min', ['rate', 60, 60, 'req/min']],
  ['1000/s', ['rate', 1000, 1000, '/s']],
  ['10 GB/s', ['rate', 10, 10, 'GB/s']],
  ['5 queries/s', ['rate', 5, 5, 'query/s']],
  // time units
  ['5 ns', ['time', 5, 5, 'ns']],
  ['5 µs', ['time', 5, 5, 'µs']],
  ['5 us', ['time', 5, 5, 'µs']],
  ['5 sec', ['time', 5, 5, 's']],
  ['5s', ['time', 5, 5, 's']],
  ['5 Seconds', ['time', 5, 5, 's']],
  ['5 min', ['time', 5, 5, 'min']],
  ['1 minute', ['time', 1, 1, 'min']],
  ['2 hrs', ['time', 2, 2, 'h']],
  ['2 hr', ['time', 2, 2, 'h']],
  ['3 days', ['time', 3, 3, 'day']],
  ['3-day trial', ['time', 3, 3, 'day', 'exact', { note: 'trial' }]],
  ['6 months', ['time', 6, 6, 'month']],
  ['1 year', ['time', 1, 1, 'year']],
  // counts: the word is a label, not a unit
  ['5 apples', ['count', 5, 5, '', 'exact', { label: 'apples' }]],
  ['5 Pakete', ['count', 5, 5, '', 'exact', { label: 'Pakete' }]],
  ['4K users', ['count', 4000, 4000, '', 'exact', { label: 'users' }]],
  // not quantities: versions, dates, times of day, ids, ordinals, text
  ['1.2.3', null],
  ['3.13.x', null],
  ['v1.0', null],
  ['1.0-beta', null],
  ['192.168.0.1', null],
  ['2026-06-01', null],
  ['2026-6-1', null],
  ['12/25/2024', null],
  ['Jan 3', null],
  ['3 Jan 2026', null],
  ['10:30', null],
  ['10h30', null],
  ['14h00', null],
  ['3rd', null],
  ['1st place', null],
  ['A1', null],
  ['5x4', null],
  ['1e5', null],
  ['N/A', null],
  ['—', null],
  ['-', null],
  ['', null],
  ['   ', null],
  ['NaN', null],
  ['Infinity', null],
  ['Yes', null],
];

describe('values: parseQuantity in a language with a decimal comma', () => {
  const rows: [string, string | undefined, Want, Want][] = [
    // text, locale, read in that locale, read in English
    ['1.500 MB', 'de', ['data', 1500, 1500, 'MB'], ['data', 1.5, 1.5, 'MB']],
    ['1,5 GB', 'de', ['data', 1.5, 1.5, 'GB'], null],
    ['1.234.567,89 €', 'de', ['money', 1234567.89, 1234567.89, 'EUR'], ['money', 1234567.89, 1234567.89, 'EUR']], // unambiguous either way
    ['1,5–2,5 s', 'fr', ['time', 1.5, 2.5, 's'], null],
    ['9,5/10', 'es', ['score', 9.5, 9.5, '/10'], null],
    ['1.5 GB', 'de', ['data', 1.5, 1.5, 'GB'], ['data', 1.5, 1.5, 'GB']], // a dot that cannot group is a decimal point
    ['2,594,006', 'de', null, ['count', 2594006, 2594006, '']],
    ['530.000+ Pakete', 'de', ['count', 530000, 530000, '', 'atLeast'], ['count', 530, 530, '', 'atLeast']],
  ];
  for (const [text, locale, there, english] of rows) {
    it(`${JSON.stringify(text)} in ${locale}`, () => {
      check(parseQuantity(text, undefined, locale), there);
      check(parseQuantity(text, undefined, 'en'), english);
      check(parseQuantity(text), english);
    });
  }
  it('reads an explicit value\'s text in the locale too', () => {
    check(quantityOfValue({ text: '1,5 GB' }, undefined, 'de'), ['data', 1.5, 1.5, 'GB']);
  });
  it('reads a number in cents as hundredths, as a value object or with the attribute\'s unit (was whole euros or a count)', () => {
    check(quantityOfValue({ value: 29, unit: 'ct/kWh' }, undefined, 'de'), ['rate', 0.29, 0.29, 'EUR/kWh']);
    check(quantityOfValue(29, 'ct/kWh', 'de'), ['rate', 0.29, 0.29, 'EUR/kWh']);
    check(quantityOfValue(8.49, '¢/kWh', 'en'), ['rate', 0.0849, 0.0849, 'USD/kWh']);
    check(quantityOfValue({ value: 50, unit: 'cents' }, undefined, 'en'), ['money', 0.5, 0.5, 'USD']);
    check(quantityOfValue('29', 'ct/kWh', 'de'), ['rate', 0.29, 0.29, 'EUR/kWh']);
    // A magnitude as before: "$m".
    check(quantityOfValue(3, '$m', 'en'), ['money', 3e6, 3e6, 'USD']);
  });
});

describe('values: parseQuantity', () => {
  describe('reference page, Key Facts & Figures (with the attribute unit)', () => {
    for (const [unit, value, want] of KEY_FACTS) {
      it(`${JSON.stringify(value)} (${unit})`, () => check(quantityOfValue(value, unit), want));
    }
  });

  describe('reference page, other strings', () => {
    for (const [value, want] of PAGE_TEXT) it(JSON.stringify(value), () => check(parseQuantity(value), want));
  });

  describe('edge cases', () => {
    for (const [value, want] of EDGE) it(JSON.stringify(value), () => check(parseQuantity(value), want));
  });

  it('keeps leading and trailing space out of the note', () => {
    check(parseQuantity('  5 ms   (cold)  '), ['time', 5, 5, 'ms', 'exact', { note: '(cold)' }]);
  });

  it('never throws and stays fast on hostile input', () => {
    const inputs: unknown[] = [
      'x'.repeat(1e6),
      '1'.repeat(1e6),
      '1,'.repeat(1e5),
      '1-'.repeat(1e5),
      '~'.repeat(1e5) + '5',
      ' '.repeat(1e5) + '5',
      '5 ' + 'a'.repeat(1e5),
      '\u0000\uffff\ud800',
      '5 \ud83d\ude00',
      '5 constructor',
      '5 __proto__',
      'toString 5',
      null,
      undefined,
      5,
      {},
    ];
    const t0 = performance.now();
    for (const s of inputs) expect(() => parseQuantity(s as string)).to.not.throw();
    expect(performance.now() - t0).to.be.below(500);
  });

  it('does not read a number cut off by the 200-character cap', () => {
    expect(parseQuantity('9'.repeat(300))).to.equal(null);
    check(parseQuantity(`${'10-80% '.repeat(40)}5 min`), ['percent', 10, 80, '%']); // conditions with no word: one result read, not the 41st
    check(parseQuantity(`5 ms ${'x'.repeat(300)}`), ['time', 5, 5, 'ms', 'exact', { note: `${'x'.repeat(300)}` }]);
  });

  it('skips invisible format characters: bidi marks, isolates, zero-width space, BOM', () => {
    check(parseQuantity('\u200f$38,000'), ['money', 38000, 38000, 'USD', 'exact']);
    check(parseQuantity('\u200e3.0 s\u200e'), ['time', 3, 3, 's', 'exact']);
    check(parseQuantity('5\u200b GB'), ['data', 5, 5, 'GB', 'exact']);
    check(parseQuantity('\u202b1,200 ms\u202c'), ['time', 1200, 1200, 'ms', 'exact']);
    check(parseQuantity('\u2068~20 MB\u2069'), ['data', 20, 20, 'MB', 'exact', { approximate: true }]);
    check(parseQuantity('\ufeff42'), ['count', 42, 42, '', 'exact']);
  });

  it('"5 constructor" is a count labelled "constructor"', () => {
    check(parseQuantity('5 constructor'), ['count', 5, 5, '', 'exact', { label: 'constructor' }]);
  });
});

describe('values: attribute unit fallback', () => {
  const rows: ReadonlyArray<readonly [string, string | undefined, Want]> = [
    ['5', 'seconds', ['time', 5, 5, 's']],
    ['5', 'MB', ['data', 5, 5, 'MB']],
    ['5', 'ms', ['time', 5, 5, 'ms']],
    ['5', '%', ['percent', 5, 5, '%']],
    ['5', 'USD', ['money', 5, 5, 'USD']],
    ['5', '$', ['money', 5, 5, 'USD']],
    ['9.5', '/10', ['score', 9.5, 9.5, '/10']],
    ['11', '/10', null],
    ['25000', 'requests/second', ['rate', 25000, 25000, 'req/s']],
    ['148000', 'USD/year', ['rate', 148000, 148000, 'USD/year']],
    ['5', 'x throughput improvement', ['multiplier', 5, 5, 'x']],
    ['12', 'millions', ['count', 12e6, 12e6, '', 'exact', { magnitude: 1e6 }]],
    ['12.0 million', 'millions', ['count', 12e6, 12e6, '']], // not 12e12
    ['1.2B', 'USD', ['money', 1.2e9, 1.2e9, 'USD']],
    ['<1', 'ms', ['time', 1, 1, 'ms', 'below']],
    ['1-2', 'weeks', ['time', 1, 2, 'week']],
    ['500,000+ (PyPI)', 'packages', ['count', 500000, 500000, '', 'atLeast', { label: undefined }]],
    ['2,594,006', 'contributors', ['count', 2594006, 2594006, '']],
    ['2-3 (very easy)', 'scale 1-10', ['count', 2, 3, '']],
    ['5', 'adoption %', ['count', 5, 5, '']],
    ['5 apples', 'seconds', ['count', 5, 5, '', 'exact', { label: 'apples' }]],
    ['5 KB', 'MB', ['data', 5, 5, 'KB']],
    ['4K', 'MB', ['data', 4000, 4000, 'MB']], // a number of the attribute's unit, not a video's lines
    ['$5', 'seconds', ['money', 5, 5, 'USD']],
    ['5', undefined, ['count', 5, 5, '']],
    ['5', '', ['count', 5, 5, '']],
  ];
  for (const [value, unit, want] of rows) {
    it(`${JSON.stringify(value)} in ${JSON.stringify(unit)}`, () => check(parseQuantity(value, unit), want));
  }
});

describe('values: quantityOfValue', () => {
  const rows: ReadonlyArray<readonly [unknown, string | undefined, Want]> = [
    [7, 'hours', ['time', 7, 7, 'h']],
    [7, undefined, ['count', 7, 7, '']],
    [7, 'packages', ['count', 7, 7, '', 'exact', { label: undefined }]],
    [12, 'millions', ['count', 12e6, 12e6, '']],
    [-3.5, '%', ['percent', -3.5, -3.5, '%']],
    [NaN, 's', null],
    [Infinity, 's', null],
    [null, 's', null],
    [undefined, 's', null],
    [[1, 2], 's', null],
    [true, 's', null],
    ['4.8 seconds', 'seconds', ['time', 4.8, 4.8, 's']],
    [{ value: 5, unit: 'MB' }, undefined, ['data', 5, 5, 'MB']],
    [{ value: 5 }, 'MB', ['data', 5, 5, 'MB']],
    [{ value: [1, 2], unit: 'weeks' }, 'hours', ['time', 1, 2, 'week']],
    [{ value: [3, 1] }, undefined, null],
    [{ value: 5, unit: 'packages' }, undefined, ['count', 5, 5, '', 'exact', { label: 'packages' }]],
    [{ value: 9, unit: '/10' }, undefined, ['score', 9, 9, '/10']],
    [{ value: 11, unit: '/10' }, undefined, null],
    // value and unit win over the text; the text still gives bound and approximation
    [{ text: 'about 5 MB', value: 5 }, undefined, ['data', 5, 5, 'MB', 'exact', { approximate: true }]],
    [{ text: '4.8 s', value: 4800, unit: 'ms' }, undefined, ['time', 4800, 4800, 'ms']],
    [{ text: 'five', value: 5 }, 'GB', ['data', 5, 5, 'GB']],
    // without a unit of its own, the value is in the attribute's unit, as a plain number is; the text's only when neither says
    [{ text: '2 s', value: 2000 }, 'ms', ['time', 2000, 2000, 'ms']],
    [{ text: 'about 2 s', value: 2000 }, 'ms', ['time', 2000, 2000, 'ms', 'exact', { approximate: true }]],
    [{ text: '500,000+ packages', value: 500000 }, 'packages', ['count', 500000, 500000, '', 'atLeast']],
    [{ text: '5 MB' }, 'GB', ['data', 5, 5, 'MB']],
    [{ text: '5' }, 'GB', ['data', 5, 5, 'GB']],
    [{ text: '5', unit: 'KB' }, 'GB', ['data', 5, 5, 'KB']],
    [{ text: 'Fast' }, 'GB', null],
    [{ value: 5, note: 'measured' }, '%', ['percent', 5, 5, '%', 'exact', { note: 'measured' }]],
    [{ text: '5 ms (cold)', note: 'p99' }, undefined, ['time', 5, 5, 'ms', 'exact', { note: 'p99' }]],
    [{ value: '5' }, 's', null],
    [{ value: NaN }, 's', null],
    [{}, 's', null],
  ];
  for (const [value, unit, want] of rows) {
    it(`${JSON.stringify(value) ?? String(value)} in ${JSON.stringify(unit)}`, () => check(quantityOfValue(value, unit), want));
  }
});

describe('values: units beyond the format\'s list, and other languages\' ways of writing them', () => {
  const winner = (values: string[], better: 'higher' | 'lower', locale?: string) =>
    pickWinner(values.map((v, i) => [String(i), parseQuantity(v, undefined, locale)] as const), better);
  const rows: [string, string | undefined, Want][] = [
    // physical measures: each converts within its kind
    ['3.2 GHz', undefined, ['measure', 3.2, 3.2, 'GHz']],
    ['1.8 kg', undefined, ['measure', 1.8, 1.8, 'kg']],
    ['5 nm', undefined, ['measure', 5, 5, 'nm']],
    ['1.8 metres', undefined, ['measure', 1.8, 1.8, 'm']],
    ['4,500 mAh', undefined, ['measure', 4500, 4500, 'mAh']],
    ['1.5 L', undefined, ['measure', 1.5, 1.5, 'L']],
    ['100 Mbps', undefined, ['rate', 100, 100, 'Mbit/s']],
    // temperatures, with the degree sign (or the ordinal sign typed for it) or as one character
    ['-5 °C', undefined, ['measure', -5, -5, '°C']],
    ['68°F', undefined, ['measure', 68, 68, '°F']],
    ['20 ºC (avg.)', undefined, ['measure', 20, 20, '°C', 'exact', { note: '(avg.)' }]],
    ['25 ℃', undefined, ['measure', 25, 25, '°C']],
    ['12–18 °C', 'de', ['measure', 12, 18, '°C']],
    ['5 °Cx', undefined, ['count', 5, 5, '', 'exact', { note: '°Cx' }]],
    // "m" is a million with money; otherwise a count's word, as before (minutes? metres? millions?)
    ['$5m', undefined, ['money', 5e6, 5e6, 'USD']],
    ['5m users', undefined, ['count', 5, 5, '', 'exact', { label: 'm', note: 'users' }]],
    ['1.8 m', undefined, ['count', 1.8, 1.8, '', 'exact', { label: 'm' }]],
    // money per time
    ['$9.99/mo', undefined, ['rate', 9.99, 9.99, 'USD/month']],
    ['10 €/Monat', 'de', ['rate', 10, 10, 'EUR/month']],
    // words of the built-in languages
    ['14 Stunden', 'de', ['time', 14, 14, 'h']],
    ['9 Std.', 'de', ['time', 9, 9, 'h']],
    ['1,2 Mio.', 'de', ['count', 1.2e6, 1.2e6, '']],
    ['800 Tsd.', 'de', ['count', 8e5, 8e5, '']],
    ['5 Go', 'fr', ['data', 5, 5, 'GB']],
    ['2 ans', 'fr', ['time', 2, 2, 'year']],
    ['36 mois', 'fr', ['time', 36, 36, 'month']],
    ['850ミリ秒', 'ja', ['time', 850, 850, 'ms']],
    ['1.2時間', 'ja', ['time', 1.2, 1.2, 'h']],
    ['8,000万', 'ja', ['count', 8e7, 8e7, '']],
    ['49,800円', 'ja', ['money', 49800, 49800, 'JPY']],
    ['2487万', 'zh', ['count', 2.487e7, 2.487e7, '']],
    ['3.2 करोड़', 'hi', ['count', 3.2e7, 3.2e7, '']],
    ['4.4 ثانية', 'ar', ['time', 4.4, 4.4, 's']],
    ['٣٠ دقيقة', 'ar', ['time', 30, 30, 'min']],
    ['٥٠٠ كم', 'ar', ['measure', 500, 500, 'km']],
    ['2.5 مليون', 'ar', ['count', 2.5e6, 2.5e6, '']],
    // the plurals after 3–10 and the accusative after 11–99, with its tanween or without
    ['10 آلاف طالب', 'ar', ['count', 1e4, 1e4, '', 'exact', { label: 'طالب' }]],
    ['٥ ملايين', 'ar', ['count', 5e6, 5e6, '']],
    ['٣ مليارات', 'ar', ['count', 3e9, 3e9, '']],
    ['11 ألفًا', 'ar', ['count', 11e3, 11e3, '']],
    ['١١ ألفاً', 'ar', ['count', 11e3, 11e3, '']],
    ['25 مليونا', 'ar', ['count', 25e6, 25e6, '']],
    ['١٢ مليارًا', 'ar', ['count', 12e9, 12e9, '']],
    // two thousand, two million, two billion in one word, the dual: alone, or before what it counts (nominative or not)
    ['ألفان', 'ar', ['count', 2000, 2000, '', 'exact', { note: '' }]],
    ['ألفا طالب', 'ar', ['count', 2000, 2000, '', 'exact', { label: 'طالب' }]],
    ['حوالي ألفي طالب', 'ar', ['count', 2000, 2000, '', 'exact', { approximate: true, label: 'طالب' }]],
    ['مليونا دولار', 'ar', ['money', 2e6, 2e6, 'USD']],
    ['مليونان (تقريبًا)', 'ar', ['count', 2e6, 2e6, '', 'exact', { note: '(تقريبًا)' }]],
    ['أكثر من مليوني مستخدم', 'ar', ['count', 2e6, 2e6, '', 'above', { label: 'مستخدم' }]],
    ['ملياران', 'ar', ['count', 2e9, 2e9, '']],
    ['مليارا ريال', 'ar', ['money', 2e9, 2e9, 'SAR']],
    ['ألفين ريال', 'ar', ['money', 2000, 2000, 'SAR']],
    // one thousand, one million, one billion: the singular alone (were not read)
    ['ألف طالب', 'ar', ['count', 1000, 1000, '', 'exact', { label: 'طالب', note: '' }]],
    ['الف طالب (تقريبًا)', 'ar', ['count', 1000, 1000, '', 'exact', { label: 'طالب', note: '(تقريبًا)' }]],
    ['أكثر من مليون مستخدم', 'ar', ['count', 1e6, 1e6, '', 'above', { label: 'مستخدم' }]],
    ['مليار دولار', 'ar', ['money', 1e9, 1e9, 'USD']],
    ['١٠٠ ألف طالب', 'ar', ['count', 1e5, 1e5, '', 'exact', { label: 'طالب' }]],
    // …not after a number (the accusative: eleven thousand), nor in another word or language
    ['11 ألفا', 'ar', ['count', 11e3, 11e3, '']],
    ['ألفية', 'ar', null],
    ['ألفان', undefined, null],
    ['ألف طالب', undefined, null],
    // the Arabic percent sign (what the browser prints in Arabic and Persian) and the fullwidth one; a range of
    // percents by a word as by a dash
    ['٣٠٪', 'ar', ['percent', 30, 30, '%', 'exact', { note: '' }]],
    ['١٥ ٪', 'ar', ['percent', 15, 15, '%']],
    ['١٥٪ إلى ٢٠٪', 'ar', ['percent', 15, 20, '%', 'exact', { note: '' }]],
    ['۳۰٪', 'fa', ['percent', 30, 30, '%']],
    ['30٪', undefined, ['percent', 30, 30, '%']],
    ['３０％', 'ja', ['percent', 30, 30, '%']],
    ['15 % bis 20 %', 'de', ['percent', 15, 20, '%']],
    ['10 % bis 2030', 'de', ['percent', 10, 10, '%', 'exact', { note: 'bis 2030' }]],
    // digits of other scripts, South Asian and space grouping where the language writes them
    ['१२८ GB', 'hi', ['data', 128, 128, 'GB']],
    ['١٬٢٥٠ ms', 'ar', ['time', 1250, 1250, 'ms']],
    ['１２３', undefined, ['count', 123, 123, '']],
    ['12,34,567', 'hi', ['count', 1234567, 1234567, '']],
    ['₹1,50,000', undefined, ['money', 150000, 150000, 'INR']],
    ['12 000 mAh', 'fr', ['measure', 12000, 12000, 'mAh']],
    ['1 200 €', 'fr', ['money', 1200, 1200, 'EUR']],
    // still not quantities, or still counts
    ['12,34,567', undefined, null],
    ['12 000 mAh', 'en', null],
    ['500 tags', 'de', ['count', 500, 500, '', 'exact', { label: 'tags' }]],
    // A language's words only in that language: in English these read as before.
    ['12 Mo', undefined, ['count', 12, 12, '', 'exact', { label: 'Mo' }]],
    ['12 Mo', 'fr', ['data', 12, 12, 'MB']],
    ['2 std', undefined, ['count', 2, 2, '', 'exact', { label: 'std' }]],
    ['2 std', 'de', ['time', 2, 2, 'h']],
    ['5 To 10 Users', undefined, ['count', 5, 5, '', 'exact', { label: 'To', note: '10 Users' }]],
    ['2 mess halls', undefined, ['count', 2, 2, '', 'exact', { label: 'mess', note: 'halls' }]],
    ['3 mes', 'es', ['time', 3, 3, 'month']],
    ['10 pounds', undefined, ['count', 10, 10, '', 'exact', { label: 'pounds' }]],
    ['100m water resistant', undefined, ['count', 100, 100, '', 'exact', { label: 'm', note: 'water resistant' }]],
    // A count (a bus's width, as "4-star", "8-core"), not 8 bytes.
    ['64-bit', undefined, ['count', 64, 64, '', 'exact', { label: 'bit' }]],
    // Money per a time, per user or seat first, in a few languages' words.
    ['$5/user/month', undefined, ['rate', 5, 5, 'USD/month']],
    ['$12 per seat per month', undefined, ['rate', 12, 12, 'USD/month']],
    ['$20 a month', undefined, ['rate', 20, 20, 'USD/month']],
    ['30 € par mois', 'fr', ['rate', 30, 30, 'EUR/month']],
    ['30 € pro Monat', 'de', ['rate', 30, 30, 'EUR/month']],
    // "$m" as an attribute's unit: a bare number is millions of dollars, as "$15m" is.
    ['$15m', undefined, ['money', 15e6, 15e6, 'USD']],
    // Prices from a floor, in a few languages: that price or more.
    ['from $0.74/hr', undefined, ['rate', 0.74, 0.74, 'USD/h', 'atLeast']],
    ['Starting at $9', undefined, ['money', 9, 9, 'USD', 'atLeast']],
    ['ab 9,99 €', 'de', ['money', 9.99, 9.99, 'EUR', 'atLeast']],
    ['от 399 ₽', 'ru', ['money', 399, 399, 'RUB', 'atLeast']],
    ['fromage 5', undefined, null],
    ['from $10 to $20', undefined, ['money', 10, 20, 'USD', 'exact']],
    ['from 500+', undefined, ['count', 500, 500, '', 'atLeast']],
    // More currencies, before or after the amount.
    ['R$ 109.990', 'pt', ['money', 109990, 109990, 'BRL']],
    ['7.50 ₪', 'he', ['money', 7.5, 7.5, 'ILS']],
    ['1 299 ₽', 'ru', ['money', 1299, 1299, 'RUB']],
    ['12 zł', 'pl', ['money', 12, 12, 'PLN']],
    ['HK$ 1,000', undefined, ['money', 1000, 1000, 'HKD']],
    // More languages' words; Chinese, Japanese and Korean magnitudes with no space, and compounds.
    ['12,5 ч', 'ru', ['time', 12.5, 12.5, 'h']],
    ['30 дней', 'ru', ['time', 30, 30, 'day']],
    ['1,5 млн', 'ru', ['count', 1.5e6, 1.5e6, '']],
    ['3 meses', 'pt', ['time', 3, 3, 'month']],
    ['2 giorni', 'it', ['time', 2, 2, 'day']],
    ['8 uur', 'nl', ['time', 8, 8, 'h']],
    ['2 godziny', 'pl', ['time', 2, 2, 'h']],
    ['5 mil', 'pt', ['count', 5000, 5000, '']],
    // Millions, billions and trillions written short in Brazil (were 22 miles, "bi" a count's word): miles are "milhas".
    ['22 mi', 'pt-BR', ['count', 22e6, 22e6, '']],
    ['R$ 1,2 bi', 'pt-BR', ['money', 1.2e9, 1.2e9, 'BRL']],
    ['R$ 2 tri', 'pt-BR', ['money', 2e12, 2e12, 'BRL']],
    ['1,5 trilhão', 'pt', ['count', 1.5e12, 1.5e12, '']],
    ['5 milhas', 'pt', ['measure', 5, 5, 'mi']],
    ['5 mi', undefined, ['measure', 5, 5, 'mi']],
    // Swiss francs: the dash of no cents after a dot (was CHF 65 and a note, beside "CHF 600.–/Jahr"), an apostrophe that
    // groups in Switzerland or beside francs (was not read), "Fr." and "SFr.", "/Mt." a month in German.
    ['CHF 65.–/Monat', 'de-CH', ['rate', 65, 65, 'CHF/month']],
    ['CHF 55.–/Mt.', 'de-CH', ['rate', 55, 55, 'CHF/month']],
    ['CHF 49.95/Mt.', 'de', ['rate', 49.95, 49.95, 'CHF/month']],
    ["CHF 1'049.–", 'de-CH', ['money', 1049, 1049, 'CHF']],
    ["1'029.90 CHF", 'de-CH', ['money', 1029.9, 1029.9, 'CHF']],
    ['1’750’000', 'de-CH', ['count', 1750000, 1750000, '']],
    ["1'750'000 Einwohner", 'fr-CH', ['count', 1750000, 1750000, '', 'exact', { label: 'Einwohner' }]],
    ["CHF 1'049.–", 'de', ['money', 1049, 1049, 'CHF']],
    ['Fr. 999.–', 'de-CH', ['money', 999, 999, 'CHF']],
    ["SFr. 1'200", undefined, ['money', 1200, 1200, 'CHF']],
    ['999 Fr.', 'de-CH', ['money', 999, 999, 'CHF']],
    ['Rs. 500', undefined, ['money', 500, 500, 'INR']],
    // (Feet and inches stay unread; an apostrophe groups nothing elsewhere.)
    ['5\'10"', 'de-CH', null],
    ["1'049", undefined, null],
    ["1'049 kg", 'de', null],
    // "$" is the dollar (or peso) of the comparison's region: was USD.
    ['1 299 $', 'fr-CA', ['money', 1299, 1299, 'CAD']],
    ['$59', 'en-AU', ['money', 59, 59, 'AUD']],
    ['$1,299', 'es-MX', ['money', 1299, 1299, 'MXN']],
    ['$100', 'zh-Hant-TW', ['money', 100, 100, 'TWD']],
    ['$9.99/mo', 'en-NZ', ['rate', 9.99, 9.99, 'NZD/month']],
    ['$59.99 USD', 'en-CA', ['money', 59.99, 59.99, 'USD']],
    ['US$ 20', 'en-CA', ['money', 20, 20, 'USD']],
    ['$5', 'en-u-ca-gregory', ['money', 5, 5, 'USD']],
    ['$5', 'en-US', ['money', 5, 5, 'USD']],
    // The taka, Tanzanian and Kenyan shillings written with letters, and codes of the Balkans and East Africa (were not
    // read: "৳৫২,৯৯৯" was a value that starts with a number, so its row had no best).
    ['৳৫২,৯৯৯', 'bn', ['money', 52999, 52999, 'BDT']],
    ['১০,৫০০ ৳', 'bn', ['money', 10500, 10500, 'BDT']],
    ['TSh 15,000', 'sw', ['money', 15000, 15000, 'TZS']],
    ['KSh 1,000', undefined, ['money', 1000, 1000, 'KES']],
    ['89.990 RSD', 'sr-Latn', ['money', 89990, 89990, 'RSD']],
    ['BGN 30', undefined, ['money', 30, 30, 'BGN']],
    ['25 BDT', undefined, ['money', 25, 25, 'BDT']],
    ['UGX 4,000', undefined, ['money', 4000, 4000, 'UGX']],
    ['TZS 500', undefined, ['money', 500, 500, 'TZS']],
    ['TOP 5', undefined, null],
    ['2,866만 원', 'ko', ['money', 2.866e7, 2.866e7, 'KRW']],
    ['1억 1,200만 원', 'ko', ['money', 1.12e8, 1.12e8, 'KRW']],
    ['3억원', 'ko', ['money', 3e8, 3e8, 'KRW']],
    ['2000万円', 'ja', ['money', 2e7, 2e7, 'JPY']],
    ['1億2000万円', 'ja', ['money', 1.2e8, 1.2e8, 'JPY']],
    ['2 crore 50 lakh', undefined, ['count', 2.5e7, 2.5e7, '']],
    ['12 ч', undefined, ['count', 12, 12, '', 'exact', { label: 'ч' }]],
    // Rates of time, money per data, a car's acceleration, and two sizes that are not a score.
    ['12 hours/day', undefined, ['rate', 12, 12, 'h/day']],
    ['3 hrs/day', undefined, ['rate', 3, 3, 'h/day']],
    ['$0.09 per GB', undefined, ['rate', 0.09, 0.09, 'USD/GB']],
    // per a size, then per a time: the time is part of the unit, not a note
    ['$0.20/GB/month', undefined, ['rate', 0.2, 0.2, 'USD/GB/month', 'exact', { note: '' }]],
    ['$0.023 per GB per month', undefined, ['rate', 0.023, 0.023, 'USD/GB/month', 'exact', { note: '' }]],
    ['$0.08/GB-month (gp3)', undefined, ['rate', 0.08, 0.08, 'USD/GB/month', 'exact', { note: '(gp3)' }]],
    ['0-100 km/h em 10,1 s', 'pt', ['time', 10.1, 10.1, 's', 'exact', { condition: '0-100 km/h' }]],
    ['0–60 mph in 3.1 s', undefined, ['time', 3.1, 3.1, 's', 'exact', { condition: '0-60 mph' }]],
    ['256 / 512 GB', undefined, null],
    ['4.5/5 stars', undefined, ['score', 4.5, 4.5, '/5', 'exact', { note: 'stars' }]],
    // "1,299" in a language with a decimal comma may be English (1299): neither; "0,125" is a decimal.
    ['$1,299', 'es', null],
    ['1,500 users', 'de', null],
    ['0,125 mm', 'de', ['measure', 0.125, 0.125, 'mm']],
    // Commas, then a dot: written the English way, one way only, in any language.
    ['$2,499.99', 'vi', ['money', 2499.99, 2499.99, 'USD']],
    // Two CJK magnitudes as one word: 万亿 is 10¹² (and 元 the yuan).
    ['4.4万亿元', 'zh', ['money', 4.4e12, 4.4e12, 'CNY']],
    ['1,234,567.5 km', 'de', ['measure', 1234567.5, 1234567.5, 'km']],
    ['1,23.5', 'de', null],
    // An amount of money with three decimals may be a German thousand: not read. Other three decimals are.
    ['1.299 €', undefined, null],
    ['1.299 s', undefined, ['time', 1.299, 1.299, 's']],
    // Bounds and approximations in the comparison's language; magnitudes in a row multiply.
    ['bis zu 18 Std.', 'de', ['time', 18, 18, 'h', 'atMost']],
    ['über 500.000', 'de', ['count', 5e5, 5e5, '', 'above']],
    ['fino a 800 km', 'it', ['measure', 800, 800, 'km', 'atMost']],
    ["jusqu'à 18 heures", 'fr', ['time', 18, 18, 'h', 'atMost']],
    ['最大18時間', 'ja', ['time', 18, 18, 'h', 'atMost']],
    ['da 5 €', 'de', null],
    ['2 mld', 'it', ['count', 2e9, 2e9, '']],
    ['1,5 mil millones', 'es', ['count', 1.5e9, 1.5e9, '']],
    ['93 mil', 'es', ['count', 93000, 93000, '']],
    // Energy (food and electricity), inches, micrograms, megapixels; "3024 x 1964" is a size, not a multiplier.
    ['120 kcal', undefined, ['measure', 120, 120, 'kcal']],
    ['6.1"', undefined, ['measure', 6.1, 6.1, 'inch']],
    ['50 mcg', undefined, ['measure', 50, 50, 'µg']],
    ['12MP Center Stage', undefined, ['measure', 12, 12, 'MP', 'exact', { note: 'Center Stage' }]],
    ['3024 x 1964', undefined, null],
    ['2 × 3', undefined, null],
    // No digit, still a quantity: a price of nothing in any currency, and no limit.
    ['Free (with ads)', undefined, ['money', 0, 0, '*', 'exact', { note: '(with ads)' }]],
    ['Kostenlos', 'de', ['money', 0, 0, '*']],
    ['Unlimited users', undefined, ['count', Infinity, Infinity, '', 'exact', { note: 'users' }]],
    ['freedom', undefined, null],
    // After a review: a Korean word after a space is a word, not a magnitude; one-letter magnitudes do not chain.
    ['100만 조회', 'ko', ['count', 1e6, 1e6, '', 'exact', { label: '조회' }]],
    ['3 조각', 'ko', ['count', 3, 3, '', 'exact', { label: '조각' }]],
    ['200만회', 'ko', ['count', 2e6, 2e6, '', 'exact', { label: '회' }]],
    ['$2B B2B', undefined, ['money', 2e9, 2e9, 'USD', 'exact', { note: 'B2B' }]],
    ['$5M M&A', undefined, ['money', 5e6, 5e6, 'USD', 'exact', { note: 'M&A' }]],
    // Money with three decimals written the English way is read; only a currency after the number is ambiguous.
    ['$1.008/hr', undefined, ['rate', 1.008, 1.008, 'USD/h']],
    ['USD 1.299', undefined, ['money', 1.299, 1.299, 'USD']],
    ['$2.500M', undefined, ['money', 2.5e6, 2.5e6, 'USD']],
    ['1.299 EUR', undefined, null],
    // Sixth session: the words of 15 more languages (units, magnitudes, bounds, range words, currencies after the amount).
    ['24 ay', 'tr', ['time', 24, 24, 'month']],
    ['5 yıl', 'tr', ['time', 5, 5, 'year']],
    ['en fazla 50 km', 'tr', ['measure', 50, 50, 'km', 'atMost']],
    // Turkish units with a case ending, and "kadar" (up to) after a number: "10 saate kadar", "2 yıllık garanti".
    ['10 saate kadar', 'tr', ['time', 10, 10, 'h', 'atMost', { note: '' }]],
    ['30 güne kadar', 'tr', ['time', 30, 30, 'day', 'atMost']],
    ['15 dakikaya kadar', 'tr', ['time', 15, 15, 'min', 'atMost']],
    ['2 yıllık garanti', 'tr', ['time', 2, 2, 'year', 'exact', { note: 'garanti' }]],
    ['500 TL kadar', 'tr', ['money', 500, 500, 'TRY', 'atMost']],
    ['24.999 TL', 'tr', ['money', 24999, 24999, 'TRY']],
    // the percent sign first, as Turkish writes it (in any language: a % right before a digit)
    ['%18', 'tr', ['percent', 18, 18, '%', 'exact', { note: '' }]],
    ['%20-25', 'tr', ['percent', 20, 25, '%']],
    ['%7,5', 'tr', ['percent', 7.5, 7.5, '%']],
    ['%18 KDV dahil', 'tr', ['percent', 18, 18, '%', 'exact', { note: 'KDV dahil' }]],
    ['yaklaşık %30', 'tr', ['percent', 30, 30, '%', 'exact', { approximate: true }]],
    ['%18', undefined, ['percent', 18, 18, '%']],
    // …and with a space where the language writes the sign first, as its percents read (Turkish "% 25", Basque "% 25");
    // not where it writes it after (English, Persian "۲۵٪").
    ['% 18', 'tr', ['percent', 18, 18, '%']],
    ['% 20-25', 'tr', ['percent', 20, 25, '%']],
    ['% 7,5 indirim', 'tr', ['percent', 7.5, 7.5, '%', 'exact', { note: 'indirim' }]],
    ['yaklaşık % 30', 'tr', ['percent', 30, 30, '%', 'exact', { approximate: true }]],
    ['%\u00a025', 'tr', ['percent', 25, 25, '%']],
    ['%\u00a025', 'eu', ['percent', 25, 25, '%']],
    ['% 25', 'ku', ['percent', 25, 25, '%']],
    ['% 18', undefined, null],
    ['% 18', 'en', null],
    ['% 18', 'de', null],
    ['٪ ۲۵', 'fa', null],
    ['٪۲۵', 'fa', ['percent', 25, 25, '%']],
    ['12 månader', 'sv', ['time', 12, 12, 'month']],
    ['cirka 349 kr', 'sv', ['money', 349, 349, 'SEK', 'exact', { approximate: true }]],
    ['10 till 20 min', 'sv', ['time', 10, 20, 'min']],
    ['op til 10 timer', 'da', ['time', 10, 10, 'h', 'atMost']],
    ['3 måneder', 'no', ['time', 3, 3, 'month']],
    ['18 tuntia', 'fi', ['time', 18, 18, 'h']],
    ['2 miljoonaa', 'fi', ['count', 2e6, 2e6, '']],
    ['od 299 Kč', 'cs', ['money', 299, 299, 'CZK', 'atLeast']],
    ['od 5 do 10 h', 'cs', ['time', 5, 10, 'h']],
    ['5 let', 'cs', ['time', 5, 5, 'year']],
    // "do" (up to) before a number is a bound, as Ukrainian "до"; between two numbers still a range.
    ['do 9 000 Kč', 'cs', ['money', 9000, 9000, 'CZK', 'atMost']],
    ['až do 18 hodin', 'cs', ['time', 18, 18, 'h', 'atMost']],
    ['10 do 20 h', 'cs', ['time', 10, 20, 'h']],
    ['від 5 до 10 хв', 'uk', ['time', 5, 10, 'min']],
    ['2 χρόνια', 'el', ['time', 2, 2, 'year']],
    ['legfeljebb 18 óra', 'hu', ['time', 18, 18, 'h', 'atMost']],
    ['5 990 Ft', 'hu', ['money', 5990, 5990, 'HUF']],
    ['până la 18 ore', 'ro', ['time', 18, 18, 'h', 'atMost']],
    ['khoảng 760 ảnh', 'vi', ['count', 760, 760, '', 'exact', { label: 'ảnh', approximate: true }]],
    ['25.000đ', 'vi', ['money', 25000, 25000, 'VND']],
    ['2 tỷ', 'vi', ['count', 2e9, 2e9, '']],
    ['Rp 15.000', 'id', ['money', 15000, 15000, 'IDR']],
    ['5 sampai 10 menit', 'id', ['time', 5, 10, 'min']],
    ['2 ล้าน', 'th', ['count', 2e6, 2e6, '']],
    ['עד 18 שעות', 'he', ['time', 18, 18, 'h', 'atMost']],
    ['₪ 1.1 מיליון', 'he', ['money', 1.1e6, 1.1e6, 'ILS']],
    ['۵ تا ۱۰ دقیقه', 'fa', ['time', 5, 10, 'min']],
    // Range words of the languages before: "von 10 bis 20 €", "от 10 до 20 ч", "5〜10時間", "5至10小时".
    ['von 10 bis 20 €', 'de', ['money', 10, 20, 'EUR']],
    ['от 10 до 20 ч', 'ru', ['time', 10, 20, 'h']],
    ['od 10 do 20 zł', 'pl', ['money', 10, 20, 'PLN']],
    ['5〜10時間', 'ja', ['time', 5, 10, 'h']],
    ['5至10小时', 'zh', ['time', 5, 10, 'h']],
    ['10 tot 20 minuten', 'nl', ['time', 10, 20, 'min']],
    // Bound words after a number, glued to its unit or not: "18時間以上", "3년 이상".
    ['18時間以上', 'ja', ['time', 18, 18, 'h', 'atLeast']],
    ['10GB以上', 'ja', ['data', 10, 10, 'GB', 'atLeast']],
    ['5万円以下', 'ja', ['money', 5e4, 5e4, 'JPY', 'atMost']],
    ['2時間未満', 'ja', ['time', 2, 2, 'h', 'below']],
    ['3년 이상', 'ko', ['time', 3, 3, 'year', 'atLeast']],
    ['18小时以上', 'zh', ['time', 18, 18, 'h', 'atLeast']],
    // Second audit: money per a word that is no unit is per that word, never a plain amount; abbreviated magnitudes
    // before a currency; Malaysian ringgit; Hebrew shekels; Free and Unlimited in the comparison's language.
    ['1,99 €/mēn.', 'lv', ['rate', 1.99, 1.99, 'EUR/mēn']],
    ['$0.10/click', undefined, ['rate', 0.1, 0.1, 'USD/click']],
    ['99 kr./md.', 'da', ['rate', 99, 99, 'DKK/month']],
    ['1,2 Mio. €', 'de', ['money', 1.2e6, 1.2e6, 'EUR']],
    ['1,2 mld. Kč', 'cs', ['money', 1.2e9, 1.2e9, 'CZK']],
    ['100 mil', 'cs', ['count', 100, 100, '', 'exact', { label: 'mil' }]], // miles, or a million? a word
    ['1.2 million. Then', undefined, ['count', 1.2e6, 1.2e6, '', 'exact', { note: 'Then', label: undefined }]],
    ['3 Mio. und mehr', 'de', ['count', 3e6, 3e6, '']],
    ['$8/user', undefined, ['money', 8, 8, 'USD']],
    ['$5 a piece', undefined, ['money', 5, 5, 'USD']],
    ['10 € par défaut', 'fr', ['money', 10, 10, 'EUR']],
    ['6,5 l la 100 km', 'ro', ['measure', 6.5, 6.5, 'L']],
    ['100 kr til 2 personer', 'da', ['money', 100, 100, 'DKK']],
    ['Rp 15.000', undefined, null],
    ['100以上', 'ja', ['count', 100, 100, '', 'atLeast']],
    ['10 이상', 'ko', ['count', 10, 10, '', 'atLeast']],
    ['8 GB"RAM"', undefined, ['data', 8, 8, 'GB']],
    ['Безлимитное', 'ru', ['count', Infinity, Infinity, '']],
    ['Illimitées', 'fr', ['count', Infinity, Infinity, '']],
    ['0 à 100 km/h en 4,4 s', 'fr', ['time', 4.4, 4.4, 's']],
    ['von 0 auf 100 km/h in 4,4 s', 'de', ['time', 4.4, 4.4, 's']],
    ['RM850x', undefined, null], // a power supply, not 850 ringgit
    // A currency of letters glued to a number glued to a magnitude (a third audit).
    ['Rp500rb', 'id', ['money', 5e5, 5e5, 'IDR']],
    ['Rp12jt/bln', 'id', ['rate', 1.2e7, 1.2e7, 'IDR/month']],
    ['Rp 12jt', 'id', ['money', 1.2e7, 1.2e7, 'IDR']],
    ['Rp12juta', 'id', ['money', 1.2e7, 1.2e7, 'IDR']],
    ['Rs 12k', undefined, ['money', 12000, 12000, 'INR']],
    ['Rs. 12k', undefined, ['money', 12000, 12000, 'INR']],
    ['RM12k', undefined, ['money', 12000, 12000, 'MYR']],
    ['Rp500xyz', 'id', null],
    ['$15/million tokens', undefined, ['money', 15, 15, 'USD', 'exact', { note: '/million tokens' }]],
    ['RM49.90/bulan', 'ms', ['rate', 49.9, 49.9, 'MYR/month']],
    ['320 ש״ח', 'he', ['money', 320, 320, 'ILS']],
    ['Ücretsiz', 'tr', ['money', 0, 0, '*']],
    ['مجانًا', 'ar', ['money', 0, 0, '*']],
    ['مجانية (للأفراد)', 'ar', ['money', 0, 0, '*', 'exact', { note: '(للأفراد)' }]],
    ['مجانين', 'ar', null],
    ['غير محدود', 'ar', ['count', Infinity, Infinity, '']],
    ['غير محدودة', 'ar', ['count', Infinity, Infinity, '']],
    ['بلا حدود', 'ar', ['count', Infinity, Infinity, '']],
    ['Không giới hạn', 'vi', ['count', Infinity, Infinity, '']],
    ['۲۵۰ گرم', 'fa', ['measure', 250, 250, 'g']],
    ['0-100 km/h za 4,4 s', 'cs', ['time', 4.4, 4.4, 's']],
    ['Sınırsız', undefined, null],
    // The other languages' words for them count in a comparison written in that language, as their other words do.
    ['Kostenlos', undefined, null],
    ['Illimité', 'fr', ['count', Infinity, Infinity, '']],
    ['безлимитный', 'ru', ['count', Infinity, Infinity, '']],
    ['Gratis', undefined, ['money', 0, 0, '*']],
    // Not in English: "kr" and "TL" are words there.
    ['349 kr', undefined, ['count', 349, 349, '', 'exact', { label: 'kr' }]],
    // Durations in two units: the smaller adds to the larger.
    ['1 h 30 min (worst case)', undefined, ['time', 1.5, 1.5, 'h', 'exact', { note: '(worst case)' }]],
    ['1h30', undefined, ['time', 1.5, 1.5, 'h']],
    ['9h30', undefined, ['time', 9.5, 9.5, 'h']],
    ['1h75', undefined, null],
    ['20 h, 30 min fast charge', undefined, ['time', 20, 20, 'h', 'exact', { note: ', 30 min fast charge' }]],
    ['1日2時間', 'ja', null],
    ['1時間30分〜2時間30分', 'ja', null],
    ['1h 30m', undefined, ['time', 1.5, 1.5, 'h']],
    ['2 hours and 15 minutes', undefined, ['time', 2.25, 2.25, 'h']],
    ['1 Stunde und 30 Minuten', 'de', ['time', 1.5, 1.5, 'h']],
    ['1 heure et 30 minutes', 'fr', ['time', 1.5, 1.5, 'h']],
    ['1 hora y 30 minutos', 'es', ['time', 1.5, 1.5, 'h']],
    ['¥99/月', 'zh', ['rate', 99, 99, 'CNY/month']],
    ['¥980', 'ja', ['money', 980, 980, 'JPY']],
    ['5 days 12 hours', undefined, ['time', 5.5, 5.5, 'day']],
    ['1 Std. 30 Min.', 'de', ['time', 1.5, 1.5, 'h']],
    ['11시간 30분', 'ko', ['time', 11.5, 11.5, 'h']],
    ['1時間30分', 'ja', ['time', 1.5, 1.5, 'h']],
    ['2小时30分钟', 'zh', ['time', 2.5, 2.5, 'h']],
    ['24 h 7 days', undefined, ['time', 24, 24, 'h', 'exact', { note: '7 days' }]],
    ['1 h 30 users', undefined, ['time', 1, 1, 'h', 'exact', { note: '30 users' }]],
    ['1 h 30 - 2 h', undefined, null],
    ['75 kW·h', undefined, ['measure', 75, 75, 'kWh']],
    ['75 кВт·ч', 'ru', ['measure', 75, 75, 'kWh']],
    ['16,5 кВт·ч/100 км', 'ru', ['rate', 16.5, 16.5, 'kWh/100 km']],
    ['2024 г.', 'ru', ['count', 2024, 2024, '', 'exact', { label: 'г' }]],
    ['100 千瓦时', 'zh', ['measure', 100, 100, 'kWh']],
    ['2 兆瓦', 'zh', ['measure', 2, 2, 'MW']],
    ['1 h 30 min - 2 h', undefined, null],
    // Hindi's words; rupees before the amount
    ['36 घंटे', 'hi', ['time', 36, 36, 'h']],
    ['2 दिन', 'hi', ['time', 2, 2, 'day']],
    ['6 महीने', 'hi', ['time', 6, 6, 'month']],
    ['1 साल', 'hi', ['time', 1, 1, 'year']],
    ['177 ग्राम', 'hi', ['measure', 177, 177, 'g']],
    ['18 घंटे तक', 'hi', ['time', 18, 18, 'h', 'atMost']],
    ['500 से अधिक', 'hi', ['count', 500, 500, '', 'above']],
    ['10 से 20 घंटे', 'hi', ['time', 10, 20, 'h']],
    ['रु. 9,999', 'hi', ['money', 9999, 9999, 'INR']],
    ['Rs. 1,200', undefined, ['money', 1200, 1200, 'INR']],
    ['500 रुपये', 'hi', ['money', 500, 500, 'INR']],
    ['₹991/माह', 'hi', ['rate', 991, 991, 'INR/month']],
    // Other spellings of watts, megapixels and hertz; Swedish "fr." (från)
    ['100 वॉट', 'hi', ['measure', 100, 100, 'W']],
    ['48 मेगापिक्सल', 'hi', ['measure', 48, 48, 'MP']],
    ['120 हर्ट्ज़', 'hi', ['measure', 120, 120, 'Hz']],
    ['120 \u0939\u0930\u094d\u091f\u094d\u095b', 'hi', ['measure', 120, 120, 'Hz']], // the nukta letter precomposed
    ['fr. 542 kr/mån', 'sv', ['rate', 542, 542, 'SEK/month', 'atLeast']],
    // A Swedish price ":-" is kronor, as a Danish or Norwegian ",-" is; before a currency, the dash of no cents only.
    ['12 999:-', 'sv', ['money', 12999, 12999, 'SEK']],
    ['499:-/mån', 'sv', ['rate', 499, 499, 'SEK/month']],
    ['499:- per månad', 'sv', ['rate', 499, 499, 'SEK/month']],
    ['499:- €', 'sv', ['money', 499, 499, 'EUR']],
    ['499,-', 'da', ['money', 499, 499, 'DKK']],
    ['1.299,- kr', 'da', ['money', 1299, 1299, 'DKK']],
    ['12 999,-', 'nb', ['money', 12999, 12999, 'NOK']],
    ['12 990,-', 'cs', ['money', 12990, 12990, 'CZK']],
    ['12 990,- Kč', 'cs', ['money', 12990, 12990, 'CZK']],
    ['17,-', 'de', ['count', 17, 17, '']],
    ['10:-', undefined, ['count', 10, 10, '']],
    // Cents: hundredths of the currency, by sign or word (the languages' money words: "snt", "öre", "ct"); were counts.
    ['8.49¢', undefined, ['money', 0.0849, 0.0849, 'USD']],
    ['49¢/kWh', undefined, ['rate', 0.49, 0.49, 'USD/kWh']],
    ['10 cents per kWh', undefined, ['rate', 0.1, 0.1, 'USD/kWh']],
    ['8-9¢', undefined, ['money', 0.08, 0.09, 'USD']],
    ['49¢ to $1', undefined, ['money', 0.49, 1, 'USD']],
    ['8,49 snt/kWh', 'fi', ['rate', 0.0849, 0.0849, 'EUR/kWh']],
    ['89 öre/kWh', 'sv', ['rate', 0.89, 0.89, 'SEK/kWh']],
    ['29,5 ct/kWh', 'de', ['rate', 0.295, 0.295, 'EUR/kWh']],
    // A plus and words after a value is a price and more ("+ tax"), not read, as "2 × 500 Wh" is not; a plus and a
    // number stays a note, a plus right after the number is "or more".
    ['$5 + tax', undefined, null],
    ['$5 +tax', undefined, null],
    ['$10/mo + VAT', undefined, null],
    ['0,59 snt/kWh + pörssihinta', 'fi', null],
    ['10 + 5', undefined, ['count', 10, 10, '', 'exact', { note: '+ 5' }]],
    ['450,000+ packages', undefined, ['count', 450000, 450000, '', 'atLeast', { label: 'packages' }]],
    // Money per month, in words read after a slash only where the word alone is something else ("3月" is March)
    ['€ 4,99/mnd', 'nl', ['rate', 4.99, 4.99, 'EUR/month']],
    ['49 zł/mies.', 'pl', ['rate', 49, 49, 'PLN/month']],
    ['49 zł/mc', 'pl', ['rate', 49, 49, 'PLN/month']],
    ['9,900원/월', 'ko', ['rate', 9900, 9900, 'KRW/month']],
    ['980円/月', 'ja', ['rate', 980, 980, 'JPY/month']],
    ['99元/月', 'zh', ['rate', 99, 99, 'CNY/month']],
    ['3月', 'ja', ['count', 3, 3, '', 'exact', { label: '月' }]],
    // A Chinese magnitude after a space; a unit that starts like one
    ['50 万件', 'ja', ['count', 5e5, 5e5, '', 'exact', { label: '件' }]],
    ['超過 50 萬個套件', 'zh', ['count', 5e5, 5e5, '', 'above', { label: '個套件' }]],
    ['約 130 萬元', 'zh', ['money', 1.3e6, 1.3e6, 'CNY']],
    ['5千克', 'zh', ['measure', 5, 5, 'kg']],
    ['100 조회', 'ko', ['count', 100, 100, '', 'exact', { label: '조회' }]],
    ['NT$1,200,000', 'zh', ['money', 1.2e6, 1.2e6, 'TWD']],
    ['95 萬元', 'zh-TW', ['money', 9.5e5, 9.5e5, 'TWD']],
    ['95 萬元', 'zh-Hant', ['money', 9.5e5, 9.5e5, 'TWD']],
    ['300 元', 'zh-HK', ['money', 300, 300, 'HKD']],
    ['95 万元', 'zh-CN', ['money', 9.5e5, 9.5e5, 'CNY']],
    // Traditional Chinese (zh-TW, zh-HK): zh's words, with Taiwan's and Hong Kong's units
    ['約 1,300 公克', 'zh-TW', ['measure', 1300, 1300, 'g', 'exact', { approximate: true }]],
    ['1.2 公斤', 'zh-TW', ['measure', 1.2, 1.2, 'kg']],
    ['350 毫克', 'zh-TW', ['measure', 350, 350, 'mg']],
    ['2 公噸', 'zh-TW', ['measure', 2, 2, 'tonne']],
    ['100 公尺', 'zh-TW', ['measure', 100, 100, 'm']],
    ['6.1 英吋', 'zh-TW', ['measure', 6.1, 6.1, 'inch']],
    ['75 千瓦小時', 'zh-TW', ['measure', 75, 75, 'kWh']],
    ['3 個鐘頭', 'zh-HK', ['time', 3, 3, 'h']],
    ['2 個星期', 'zh-TW', ['time', 2, 2, 'week']],
    ['6 個月', 'zh-TW', ['time', 6, 6, 'month']],
    ['30 秒鐘', 'zh-TW', ['time', 30, 30, 's']],
    ['無限制', 'zh-TW', ['count', Infinity, Infinity, '']],
    ['逾 50 萬', 'zh-TW', ['count', 5e5, 5e5, '', 'above']],
    ['月繳 399 元', 'zh-TW', ['rate', 399, 399, 'TWD/month']],
    ['1.5 吨', 'zh-CN', ['measure', 1.5, 1.5, 'tonne']],
    // Ranges from "de", "van"; measures in words
    ['de 4 a 8 semanas', 'pt', ['time', 4, 8, 'week']],
    ['de 10 à 20 €', 'fr', ['money', 10, 20, 'EUR']],
    // "de", "van" only before a range: otherwise "of" ("de 9h à 18h", opening hours, is not read)
    ['de 3 mois', 'fr', null],
    ['de 9h à 18h', 'fr', null],
    ['van €49,99 voor €29,99', 'nl', null],
    ['de 0 a 100 km/h en 4 s', 'es', ['time', 4, 4, 's']],
    ['van 0 tot 100 km/u in 4 s', 'nl', ['time', 4, 4, 's']],
    ['van 4 tot 8 weken', 'nl', ['time', 4, 8, 'week']],
    ['177 grammi', 'it', ['measure', 177, 177, 'g']],
    ['6,2 pollici', 'it', ['measure', 6.2, 6.2, 'inch']],
    ['35인치', 'ko', ['measure', 35, 35, 'inch']],
    ['5000 毫安時', 'zh', ['measure', 5000, 5000, 'mAh']],
    ['180 гр', 'ru', ['measure', 180, 180, 'g']],
    ['제한 없음', 'ko', ['count', Infinity, Infinity, '']],
    // Inches as "in"; per a distance; "€1.299" is as ambiguous as "1.299 €"
    ['6.1 in', undefined, ['measure', 6.1, 6.1, 'inch']],
    ['6.1 in (OLED)', undefined, ['measure', 6.1, 6.1, 'inch', 'exact', { note: '(OLED)' }]],
    ['5 in stock', undefined, ['count', 5, 5, '', 'exact', { label: 'in', note: 'stock' }]],
    ['4 in, 2 out', undefined, ['count', 4, 4, '', 'exact', { label: 'in', note: ', 2 out' }]],
    ['16.5 kWh/100 km', undefined, ['rate', 16.5, 16.5, 'kWh/100 km']],
    ['6,5 l/100 km', 'de', ['rate', 6.5, 6.5, 'L/100 km']],
    // …and per 10, 100 or 1000 of a count or a measure (were not read); "8 GB/256 GB" (RAM and storage) is still not.
    ['52 kWh/100 cycles', undefined, ['rate', 52, 52, 'kWh/100 cycle']],
    ['5 g/100 g', undefined, ['rate', 5, 5, 'g/100 g']],
    ['15 kWh/100 miles', undefined, ['rate', 15, 15, 'kWh/100 mi']],
    ['8 GB/256 GB', undefined, null],
    ['3.2 GHz/8 cores', undefined, null],
    // a warranty's time and distance: the time, the distance a note (was not read: "/1" as in a date)
    ['10 years/100,000 miles', undefined, ['time', 10, 10, 'year', 'exact', { note: '/100,000 miles' }]],
    ['5 years/60,000 km', undefined, ['time', 5, 5, 'year', 'exact', { note: '/60,000 km' }]],
    ['10-year/100,000-mile', undefined, ['time', 10, 10, 'year']],
    ['10/100 mi', undefined, null],
    // cubic feet and metres: volumes, beside litres
    ['27.2 cu ft', undefined, ['measure', 27.2, 27.2, 'ft³', 'exact', { note: '' }]],
    ['28 cu. ft. (seats down)', undefined, ['measure', 28, 28, 'ft³', 'exact', { note: '(seats down)' }]],
    ['27.2 ft³', undefined, ['measure', 27.2, 27.2, 'ft³', 'exact', { note: '' }]],
    ['0.8 m³', undefined, ['measure', 0.8, 0.8, 'm³']],
    ['$3.10/m³', undefined, ['rate', 3.1, 3.1, 'USD/m³', 'exact', { note: '' }]],
    ['5 cu', undefined, ['count', 5, 5, '', 'exact', { label: 'cu' }]],
    ['€1.299', undefined, null],
    ['$1.299/hr', undefined, ['rate', 1.299, 1.299, 'USD/h']],
    ['€1.749 per litre', undefined, ['rate', 1.749, 1.749, 'EUR/L']],
    ['€1.899/l', undefined, ['rate', 1.899, 1.899, 'EUR/L']],
    // A price per a time in a word after it
    ['$96 billed yearly', undefined, ['rate', 96, 96, 'USD/year']],
    ['€9 monthly', undefined, ['rate', 9, 9, 'EUR/month']],
    ['$8/mo billed yearly', undefined, ['rate', 8, 8, 'USD/month', 'exact', { note: 'billed yearly' }]],
    ['29,99 zł miesięcznie', 'pl', ['rate', 29.99, 29.99, 'PLN/month']],
    ['R$ 14,99 mensais', 'pt', ['rate', 14.99, 14.99, 'BRL/month']],
    ['9,99 € monatlich', 'de', ['rate', 9.99, 9.99, 'EUR/month']],
    ['99 TL aylık', 'tr', ['rate', 99, 99, 'TRY/month']],
    ['aylık 45 TL', 'tr', ['rate', 45, 45, 'TRY/month']],
    ['yıllık 540 TL', 'tr', ['rate', 540, 540, 'TRY/year']],
    ['yıllık ₺540', 'tr', ['rate', 540, 540, 'TRY/year']],
    ['aylık 12 saat', 'tr', null],
    ['399 ₽ в месяц', 'ru', ['rate', 399, 399, 'RUB/month']],
    ['191 zł na miesiąc', 'pl', ['rate', 191, 191, 'PLN/month']],
    ['₹749 प्रति माह', 'hi', ['rate', 749, 749, 'INR/month']],
    ['₹749 मासिक', 'hi', ['rate', 749, 749, 'INR/month']],
    ['ruim 8.600', 'nl', ['count', 8600, 8600, '', 'above']],
    ['15 分钟内', 'zh', ['time', 15, 15, 'min', 'atMost']],
    ['5 monthly users', undefined, ['count', 5, 5, '', 'exact', { label: 'monthly', note: 'users' }]],
    ['$500 daily limit', undefined, ['money', 500, 500, 'USD', 'exact', { note: 'daily limit' }]],
    ['7 days 24 hours', undefined, ['time', 7, 7, 'day', 'exact', { note: '24 hours' }]],
    ['1,5 h 30 min', 'de', null],
    ['€1.299/year', undefined, null],
    ['€1.299 monthly', undefined, null],
    ['16GB内存', 'zh', ['count', 16, 16, '', 'exact', { label: 'GB内存' }]],
    ['300 元', 'zh-Hans-HK', ['money', 300, 300, 'HKD']],
    // a price per a time in an abbreviation, or in a word before the amount
    ['£9.99 p.m.', 'en-GB', ['rate', 9.99, 9.99, 'GBP/month']],
    ['£9.99 p/m', 'en-GB', ['rate', 9.99, 9.99, 'GBP/month']],
    ['£850 pcm', 'en-GB', ['rate', 850, 850, 'GBP/month']],
    ['120 € p.a.', 'de', ['rate', 120, 120, 'EUR/year']],
    ['€5 p.m. und mehr', 'de', ['rate', 5, 5, 'EUR/month', 'exact', { note: 'und mehr' }]],
    ['$5 PAYG', undefined, ['money', 5, 5, 'USD', 'exact', { note: 'PAYG' }]],
    ['3 pm', undefined, ['count', 3, 3, '', 'exact', { label: 'pm' }]],
    ['월 12,000원', 'ko', ['rate', 12000, 12000, 'KRW/month']],
    ['연 120,000원', 'ko', ['rate', 120000, 120000, 'KRW/year']],
    ['월 12회', 'ko', null],
    ['月額1,000円', 'ja', ['rate', 1000, 1000, 'JPY/month']],
    ['年付 ¥300', 'zh', ['rate', 300, 300, 'CNY/year']],
    ['每月 30 次', 'zh', null],
    // halves and other fractions
    ['2½ hours', undefined, ['time', 2.5, 2.5, 'h']],
    ['3¾ in', undefined, ['measure', 3.75, 3.75, 'inch']],
    ['2時間半以上', 'ja', ['time', 2.5, 2.5, 'h', 'atLeast']],
    ['2시간 반', 'ko', ['time', 2.5, 2.5, 'h']],
    ['2시간반', 'ko', ['time', 2.5, 2.5, 'h']],
    // a bare number after an hour or a minute
    ['1 h 30 (turbo)', 'fr', ['time', 1.5, 1.5, 'h', 'exact', { note: '(turbo)' }]],
    ['1 hour 30', undefined, ['time', 1.5, 1.5, 'h']],
    ['4 min 30', 'fr', ['time', 4.5, 4.5, 'min']],
    ['10 h 30', 'fr', null],
    ['2 h 5', undefined, null],
    // a range between amounts joined by a word
    ['10 € à 20 €', 'fr', ['money', 10, 20, 'EUR']],
    ['10 € bis 20 €', 'de', ['money', 10, 20, 'EUR']],
    ['10 € a 20 $', 'es', ['money', 10, 10, 'EUR', 'exact', { note: 'a 20 $' }]],
    ['100 kr til 2 personer', 'da', ['money', 100, 100, 'DKK', 'exact', { note: 'til 2 personer' }]],
    // a dollar or yen named by the code after it
    ['$59.99 CAD', 'en-CA', ['money', 59.99, 59.99, 'CAD']],
    ['$10-20 MXN', 'es-MX', ['money', 10, 20, 'MXN']],
    ['$59.99 CAD/month', undefined, ['rate', 59.99, 59.99, 'CAD/month']],
    ['¥7999 CNY', undefined, ['money', 7999, 7999, 'CNY']],
    ['US$ 20 CAD', undefined, null],
    ['$5 SDK', undefined, ['money', 5, 5, 'USD', 'exact', { note: 'SDK' }]],
    // a test's conditions before its result
    // (kept as one text however written, as the quantity's `condition`)
    ['10-80% in 18 min', undefined, ['time', 18, 18, 'min', 'exact', { condition: '10-80%' }]],
    ['20–80 %: 30 min', 'fr', ['time', 30, 30, 'min', 'exact', { condition: '20-80%' }]],
    ['10 to 80% in 24 minutes', undefined, ['time', 24, 24, 'min', 'exact', { condition: '10-80%' }]],
    ['50-70 mph in 3.2 s', undefined, ['time', 3.2, 3.2, 's', 'exact', { condition: '50-70 mph' }]],
    ['0-100 in 5,9 s', 'de', ['time', 5.9, 5.9, 's', 'exact', { condition: '0-100' }]],
    ['von 0 auf 100 km/h in 4,4 s', 'de', ['time', 4.4, 4.4, 's', 'exact', { condition: '0-100 km/h' }]],
    ['10-20 in stock', undefined, ['count', 10, 20, '', 'exact', { label: 'in', note: 'stock' }]],
    // minutes and seconds, feet and inches in marks: not read
    ["4'45\"/km", 'fr', null],
    ['6\'2"', undefined, null],
    // Russian grams, litres, milligrams and calories ("2024 г." is a year, "л.с." horsepower)
    ['0,8 г', 'ru', ['measure', 0.8, 0.8, 'g']],
    ['450 мг', 'ru', ['measure', 450, 450, 'mg']],
    ['250 ккал', 'ru', ['measure', 250, 250, 'kcal']],
    ['1,5 л', 'ru', ['measure', 1.5, 1.5, 'L']],
    ['150 л.с.', 'ru', ['measure', 150, 150, 'PS']],
    // a plain number under a magnitude
    ['15万9800円', 'ja', ['money', 159800, 159800, 'JPY']],
    ['1万2999元', 'zh', ['money', 12999, 12999, 'CNY']],
    ['3万 2 users', 'ja', ['count', 30000, 30000, '', 'exact', { note: '2 users' }]],
    // money per a measure, speeds, horsepower
    ['4,98 €/kg', 'de', ['rate', 4.98, 4.98, 'EUR/kg']],
    ['£1.45/litre', 'en-GB', ['rate', 1.45, 1.45, 'GBP/L']],
    ['160 mph', undefined, ['rate', 160, 160, 'mi/h']],
    ['250 kph', undefined, ['rate', 250, 250, 'km/h']],
    ['300 hp', undefined, ['measure', 300, 300, 'hp']],
    ['150 ch', 'fr', ['measure', 150, 150, 'PS']],
    ['8,90 metri', 'it', ['measure', 8.9, 8.9, 'm']],
    // from the regression run against the session's start: what the new readings must leave alone
    ['$5 PA system', undefined, ['money', 5, 5, 'USD', 'exact', { note: 'PA system' }]],
    ['$120k PM', undefined, ['money', 120000, 120000, 'USD', 'exact', { note: 'PM' }]],
    ['$5 p.m. ET', undefined, ['money', 5, 5, 'USD', 'exact', { note: 'p.m. ET' }]],
    ['$5 pm-7 pm', undefined, ['money', 5, 5, 'USD', 'exact', { note: 'pm-7 pm' }]],
    ['£299pm PCP', 'en-GB', ['rate', 299, 299, 'GBP/month', 'exact', { note: 'PCP' }]],
    ['9,99 € bis 31.03.2026', 'de', ['money', 9.99, 9.99, 'EUR', 'exact', { note: 'bis 31.03.2026' }]],
    ['10 € à 18:00', 'fr', ['money', 10, 10, 'EUR', 'exact', { note: 'à 18:00' }]],
    ['11 h 40', undefined, ['time', 11 + 40 / 60, 11 + 40 / 60, 'h']],
    ['25 h 30', 'fr', ['time', 25.5, 25.5, 'h']],
    ['12-4 in 16 games', undefined, null],
    ['2-3 in 10 people', undefined, ['count', 2, 3, '', 'exact', { label: 'in' }]],
    ['10-80 % på 18 min', 'sv', ['time', 18, 18, 'min']],
    ['3 ch.', 'fr', ['count', 3, 3, '', 'exact', { label: 'ch' }]],
    ['5 CV', 'it', ['count', 5, 5, '', 'exact', { label: 'CV' }]],
    ['2024 г', 'ru', ['count', 2024, 2024, '', 'exact', { label: 'г' }]],
    ['R$ 10 a R$ 20', 'pt-BR', ['money', 10, 20, 'BRL']],
    ['CHF 10 bis CHF 20', 'de', ['money', 10, 20, 'CHF']],
    // wrong before and after the session's start, from the same run
    ['6 ft 2 in', undefined, ['measure', 6 + 2 / 12, 6 + 2 / 12, 'ft']],
    ['2 kg 500 g', undefined, ['measure', 2.5, 2.5, 'kg']],
    ['5 kg 3 items', undefined, ['measure', 5, 5, 'kg', 'exact', { note: '3 items' }]],
    ['2个半小时', 'zh', ['time', 2.5, 2.5, 'h']],
    ['3个小时', 'zh', ['time', 3, 3, 'h']],
    ['0-100 км/ч за 7,2 с', 'ru', ['time', 7.2, 7.2, 's', 'exact', { condition: '0-100 km/h' }]],
    ['10-80%で18分', 'ja', ['time', 18, 18, 'min']],
    ['0-100km/h加速7.2秒', 'zh', ['time', 7.2, 7.2, 's']],
    ['199 Kč měsíčně', 'cs', ['rate', 199, 199, 'CZK/month']],
    ['99 € im Jahr', 'de', ['rate', 99, 99, 'EUR/year']],
    ["9,99 € all'anno", 'it', ['rate', 9.99, 9.99, 'EUR/year']],
    ['99 kr i månaden', 'sv', ['rate', 99, 99, 'SEK/month']],
    ['99 ريال شهريًا', 'ar', ['rate', 99, 99, 'SAR/month']],
    ['180 г', 'uk', ['measure', 180, 180, 'g']],
    // wrong in both versions of the regression run: the riyal abbreviated with a dot, Ukrainian horsepower
    ['١٥٠ ر.س', 'ar', ['money', 150, 150, 'SAR']],
    ['150 ر.س.', 'ar', ['money', 150, 150, 'SAR']],
    ['99 د.إ', 'ar', ['money', 99, 99, 'AED']],
    ['150 к.с.', 'uk', ['measure', 150, 150, 'PS']],
    ['5 к.', 'uk', ['count', 5, 5, '', 'exact', { label: 'к' }]],
    // …a plain number under a magnitude after a space, glued to its word; a bare number of minutes before "de";
    // a fraction in a compound measure
    ['15万 9800円', 'ja', ['money', 159800, 159800, 'JPY']],
    ['155만 9000원', 'ko', ['money', 1559000, 1559000, 'KRW']],
    ['15万 9800', 'ja', ['count', 150000, 150000, '', 'exact', { note: '9800' }]],
    ['1 h 30 de trajet', 'fr', ['time', 1.5, 1.5, 'h', 'exact', { note: 'de trajet' }]],
    ['2 h 15 d’attente', 'fr', ['time', 2.25, 2.25, 'h']],
    ['1 h 30 decks', undefined, ['time', 1, 1, 'h', 'exact', { note: '30 decks' }]],
    ['29 ft 4¼ in', undefined, ['measure', 29 + 4.25 / 12, 29 + 4.25 / 12, 'ft', 'exact', { note: '' }]],
    ['1 lb 4½ oz', undefined, ['measure', 1 + 4.5 / 16, 1 + 4.5 / 16, 'lb']],
    // …money per an area, as per a mass; areas
    ['$12/m²', undefined, ['rate', 12, 12, 'USD/m²']],
    ['12 € pro m²', 'de', ['rate', 12, 12, 'EUR/m²']],
    ['50 m²', undefined, ['measure', 50, 50, 'm²']],
    // …names: a video's lines are a kind of their own ("4K" is 4,000: K is a magnitude in the format); a network's generation
    // is text, as an ordinal is; standards named before their number are text
    ['1080p', undefined, ['measure', 1080, 1080, 'p']],
    ['720p-1080p', undefined, ['measure', 720, 1080, 'p']],
    ['4K', undefined, ['count', 4000, 4000, '']],
    ['$4K', undefined, ['money', 4000, 4000, 'USD']],
    ['4K-8K', undefined, ['count', 4000, 8000, '']],
    ['10K', undefined, ['count', 10000, 10000, '']],
    ['50p', undefined, ['count', 50, 50, '', 'exact', { label: 'p' }]],
    ['5G', undefined, null],
    ['4G LTE', undefined, null],
    ['5G (Sub-6)', undefined, null],
    ['4G RAM', undefined, ['count', 4, 4, '', 'exact', { label: 'G', note: 'RAM' }]], // memory, said as many do: a count, as "8G RAM" is
    ['150p', undefined, ['count', 150, 150, '', 'exact', { label: 'p' }]], // pence, not a video's lines
    ['5GB', undefined, ['data', 5, 5, 'GB']],
    ['16G', undefined, ['count', 16, 16, '', 'exact', { label: 'G' }]],
    ['Wi-Fi 6', undefined, null],
    ['USB 3.2', undefined, null],
    ['HDMI 2.1', undefined, null],
    // …a test's conditions with no word before its result (Korean, Turkish "km/sa" or "km/s"): before a time only
    ['10-80% 18분', 'ko', ['time', 18, 18, 'min', 'exact', { condition: '10-80%' }]],
    ['0-100 km/s 7,2 sn', 'tr', ['time', 7.2, 7.2, 's', 'exact', { condition: '0-100 km/h' }]],
    ['0-100 km/sa 7,2 saniyede', 'tr', ['time', 7.2, 7.2, 's']],
    ['10-80% 18 min', undefined, ['time', 18, 18, 'min']],
    ['10-20% 5 users', undefined, ['percent', 10, 20, '%', 'exact', { note: '5 users', condition: undefined }]],
    // …read right already: a comparison with a year after the value is its note
    ['Up to 20 mi more than 2024', undefined, ['measure', 20, 20, 'mi', 'atMost', { note: 'more than 2024' }]],
    // Third audit (German, Spanish, English): the dot of an abbreviated magnitude before a unit too
    ['1,5 Mio. km', 'de', ['measure', 1.5e6, 1.5e6, 'km']],
    ['15 Tsd. km', 'de', ['measure', 15000, 15000, 'km']],
    ['2 million. Hours of video', undefined, ['count', 2e6, 2e6, '', 'exact', { note: 'Hours of video' }]],
    // …and the word that joins a magnitude to a currency or a unit ("de", "d'", "di"); to anything else it stays a word
    ['2.000 millones de euros', 'es', ['money', 2e9, 2e9, 'EUR']],
    ['500 millones de dólares', 'es', ['money', 5e8, 5e8, 'USD']],
    ['1,2 millones de €', 'es', ['money', 1.2e6, 1.2e6, 'EUR']],
    ["2 milliards d'euros", 'fr', ['money', 2e9, 2e9, 'EUR']],
    ['2 milliards d’euros', 'fr', ['money', 2e9, 2e9, 'EUR']],
    ['3 millions de km', 'fr', ['measure', 3e6, 3e6, 'km']],
    ['2 milhões de reais', 'pt', ['money', 2e6, 2e6, 'BRL']],
    ['2 milhões de euros', 'pt', ['money', 2e6, 2e6, 'EUR']],
    ['2 milioni di euro', 'it', ['money', 2e6, 2e6, 'EUR']],
    // (a count of what follows the joining word, not of "de")
    ['2 millones de usuarios', 'es', ['count', 2e6, 2e6, '', 'exact', { label: 'usuarios', note: '' }]],
    // Spanish abbreviations of "millones": "mill." and, in Latin American finance, "MM" ("mm" are millimetres, "mil" a thousand)
    ['82 mill.', 'es', ['count', 8.2e7, 8.2e7, '']],
    ['82 mill. de euros', 'es', ['money', 8.2e7, 8.2e7, 'EUR']],
    ['US$ 5 MM', 'es', ['money', 5e6, 5e6, 'USD']],
    ['5 mm', 'es', ['measure', 5, 5, 'mm']],
    ['5 mil', 'es', ['count', 5000, 5000, '']],
    // "mos", the US abbreviation of months
    ['5 mos', undefined, ['time', 5, 5, 'month']],
    // hours and minutes before a unit of hours; a time of day stays text ("10:30 h" too where clocks are written so)
    ['4:30 h', 'de', ['time', 4.5, 4.5, 'h']],
    ['1:45 Std.', 'de', ['time', 1.75, 1.75, 'h']],
    ['4:30 hrs', undefined, ['time', 4.5, 4.5, 'h']],
    ['1:30 h', 'es', ['time', 1.5, 1.5, 'h']],
    ['10:30 h', 'es', null],
    ['10:30 Uhr', 'de', null],
    // "Uhr" is always a time of day, never a count nor a duration; "h" after hours and minutes is a duration in German
    // (a battery's "19:30 h"), as "Std." is
    ['19 Uhr', 'de', null],
    ['19.30 Uhr', 'de', null],
    ['18-20 Uhr', 'de', null],
    ['3 Uhren', 'de', ['count', 3, 3, '', 'exact', { label: 'Uhren' }]],
    ['19:30 h', 'de', ['time', 19.5, 19.5, 'h']],
    ['4:30 min', undefined, null],
    ['4:70 h', 'de', null],
    ['4,5:30 h', 'de', null],
    // the dash of no cents
    ['17,- €', 'de', ['money', 17, 17, 'EUR', 'exact', { note: '' }]],
    ['17,– €', 'de', ['money', 17, 17, 'EUR']],
    ['€ 17,-', 'de', ['money', 17, 17, 'EUR', 'exact', { note: '' }]],
    ['10,- bis 20,- €', 'de', ['money', 10, 20, 'EUR']],
    // what is measured between a mass and the distance it is per
    ['32 g CO2/km', undefined, ['rate', 32, 32, 'g/km']],
    ['32 g CO₂/km', 'de', ['rate', 32, 32, 'g/km']],
    // "between … and …": a range (without a second end, text, as "de 4" is)
    ['zwischen 6 und 7 Stunden', 'de', ['time', 6, 7, 'h']],
    ['zwischen 6 Std. und 7 Std.', 'de', ['time', 6, 7, 'h']],
    ['entre 6 y 7 horas', 'es', ['time', 6, 7, 'h']],
    ['entre 6 et 7 heures', 'fr', ['time', 6, 7, 'h']],
    ['entre 6 e 7 horas', 'pt', ['time', 6, 7, 'h']],
    ['tra 6 e 7 ore', 'it', ['time', 6, 7, 'h']],
    ['between 6 and 7 hours', undefined, ['time', 6, 7, 'h']],
    ['between $5 and $10', undefined, ['money', 5, 10, 'USD']],
    ['zwischen 6 Stunden', 'de', null],
    ['6 und 7 Stunden', 'de', ['count', 6, 6, '', 'exact', { label: 'und' }]],
  ];
  for (const [text, locale, want] of rows) it(`${JSON.stringify(text)}${locale ? ` in ${locale}` : ''}`, () => check(parseQuantity(text, undefined, locale), want));

  it('picks winners and diffs across units of a kind, in any of those languages', () => {
    expect(winner(['160 mph', '250 kph'], 'higher'), '160 mph is 257 km/h').to.equal('0');
    expect(winner(['$59.99 CAD', '$44.99 USD'], 'lower'), 'different currencies').to.equal(null);
    expect(winner(['2,49 €/kg', '4,98 €/kg', '2,40 €/lb'], 'lower', 'de'), '€2.40/lb is €5.29/kg').to.equal('0');
    expect(winner(['1,2 г', '0,8 г', '450 мг'], 'lower', 'ru')).to.equal('2');
    expect(winner(['15万9800円', '9万9800円', '¥129,800'], 'lower', 'ja')).to.equal('1');
    expect(winner(['3.2 GHz', '900 MHz'], 'higher')).to.equal('0');
    expect(winner(['1.8 kg', '950 g'], 'lower')).to.equal('1');
    expect(winner(['100 Mbps', '10 Gbps'], 'higher')).to.equal('1');
    expect(winner(['100 Mbps', '10 MB/s'], 'higher')).to.equal('0'); // 12.5 MB/s
    expect(winner(['$9.99/mo', '$60/yr'], 'lower')).to.equal('1');
    expect(winner(['14 Stunden', '420 Minuten', '9 Std.'], 'higher', 'de')).to.equal('0');
    expect(winner(['1,2 Mio.', '2 Millionen', '350.000', '800 Tsd.'], 'higher', 'de')).to.equal('1');
    expect(winner(['5 Go', '500 Mo', '1 To'], 'higher', 'fr')).to.equal('2');
    expect(winner(['2 ans', '36 mois'], 'higher', 'fr')).to.equal('1');
    expect(winner(['1.2秒', '850ミリ秒'], 'lower', 'ja')).to.equal('1');
    expect(winner(['3億', '8,000万'], 'higher', 'ja')).to.equal('0');
    expect(winner(['49,800円', '¥79,800'], 'lower', 'ja')).to.equal('0');
    expect(winner(['25 دقيقة', '٣٠ دقيقة', '22 min'], 'lower', 'ar')).to.equal('2');
    expect(winner(['ألفا طالب', '1500 طالب', '١٠ آلاف طالب'], 'lower', 'ar')).to.equal('1');
    expect(winner(['ألف طالب', '٥٠٠ طالب'], 'higher', 'ar'), 'was none').to.equal('0');
    expect(winner(['مليونا دولار', '$1,900,000'], 'lower', 'ar')).to.equal('1');
    expect(diffRatio(parseQuantity('3.2 GHz'), parseQuantity('1600 MHz'))).to.equal(1);
    expect(diffRatio(parseQuantity('1 kWh'), parseQuantity('500 Wh'))).to.equal(1);
    expect(winner(['2,866만 원', '2,784만 원', '1억 1,200만 원'], 'lower', 'ko')).to.equal('1');
    expect(winner(['12,5 ч', '90 мин', '2 дня'], 'higher', 'ru')).to.equal('2');
    expect(winner(['30 дней', '1 месяц'], 'higher', 'ru')).to.equal('1');
    expect(winner(['$0.86/hr', 'from $0.74/hr'], 'lower')).to.equal('1');
    expect(winner(['$0.09 per GB', '$87 per TB'], 'lower')).to.equal('1');
    expect(diffRatio(parseQuantity('12 hours/day'), parseQuantity('9.6 h/day'))).to.be.closeTo(0.25, 1e-9);
    expect(diffRatio(parseQuantity('$87 per TB'), parseQuantity('$9/mo'))).to.equal(null); // per data, per time: no
    expect(winner(['$0.20/GB/month', '$2.00/GB/year'], 'lower'), 'was the first: $2/yr is $0.17 a month').to.equal('1');
    expect(winner(['$0.023 per GB per month', '$0.25 per GB per year'], 'lower')).to.equal('1');
    expect(diffRatio(parseQuantity('$0.02/GB-month'), parseQuantity('$0.24 per GB a year'))).to.be.closeTo(0, 1e-3);
    expect(winner(['$0.20/GB/month', '$0.09/GB'], 'lower'), 'per GB a month against per GB once').to.equal(null);
    expect(winner(['$0.023/GB/month', '$6/TB/month', '$0.02/GB/month'], 'lower'), 'per TB a month is per GB a month too').to.equal('1');
    // Cents and dollars in words are the region's, as "$" is (were US cents beside Canadian dollars: no best).
    expect(winner(['99¢', '$1.49'], 'lower', 'en-CA')).to.equal('0');
    expect(winner(['99 cents', '$1.49'], 'lower', 'en-AU')).to.equal('0');
    expect(winner(['8.49¢/kWh', '$0.12/kWh'], 'lower', 'en-CA')).to.equal('0');
    expect(diffRatio(parseQuantity('$6/TB/month'), parseQuantity('$0.072/GB/year'))).to.be.closeTo(0, 1e-3);
    expect(winner(['0-100 km/h em 10,1 s', '0-100 km/h em 9,4 s'], 'lower', 'pt')).to.equal('1');
    // A test's result under other conditions is of another kind: no best, no Diff; under the same, however written, it
    // compares. A time with none joins the row's one test (the label names it), but not a row of two tests.
    expect(winner(['0-60 mph: 4.5 s', '0-100 km/h in 5.1 s'], 'lower'), 'was the first').to.equal(null);
    expect(winner(['0-50% in 30 min', '0-100% in 45 min'], 'lower'), 'was the first').to.equal(null);
    expect(diffRatio(parseQuantity('0-50% in 30 min'), parseQuantity('0-65% in 30 min')), 'was 0').to.equal(null);
    expect(winner(['10-80% in 18 min', '25 min'], 'lower')).to.equal('0');
    expect(winner(['4.8 s', '0-100 km/h in 5.1 s', '4.9 s'], 'lower')).to.equal('0');
    expect(diffRatio(parseQuantity('4.8 s'), parseQuantity('0-100 km/h in 6 s'))).to.be.closeTo(-0.2, 1e-9);
    expect(winner(['4.4 s', '0-100 km/h in 5.1 s', '0-60 mph: 4.5 s'], 'lower'), 'two tests: the bare time joins none').to.equal(null);
    expect(winner(['0-62 mph: 5.4 s', '0-100 km/h in 5.1 s'], 'lower'), '0-62 mph is 0-100 km/h: was none').to.equal('1');
    expect(winner(['0–100 km/h: 5.1 s', '0 to 100 km/h in 4.9 s', '0-100 km/h in 5.3 s'], 'lower')).to.equal('1');
    expect(winner(['10–80 %: 30 min', '10-80% in 25 min', '10 to 80% in 27 min'], 'lower')).to.equal('1');
    expect(winner(['4.5 s', '5.1 s'], 'lower')).to.equal('0');
    expect(winner(['CHF 65.–/Monat', 'CHF 600.–/Jahr'], 'lower', 'de-CH'), 'was CHF 65, of another kind').to.equal('1');
    expect(winner(["CHF 1'049.–", "1'029.90 CHF", 'Fr. 999.–'], 'lower', 'de-CH'), 'was none').to.equal('2');
    expect(winner(['R$ 1,2 bi', 'R$ 900 mi'], 'higher', 'pt-BR'), 'was 1 (900 against 1.2)').to.equal('0');
    expect(winner(['৳৫২,৯৯৯', '৳২৮,৯৯৯', '৳৩৯,৯৯৯'], 'lower', 'bn'), 'was none').to.equal('1');
    expect(winner(['TSh 560', 'TSh 500'], 'lower', 'sw'), 'was none').to.equal('1');
    expect(winner(['bis zu 18 Std.', '14 Std.', '12 Stunden'], 'higher', 'de')).to.equal('0');
    expect(winner(['$1,299', '$999'], 'lower', 'es')).to.equal(null); // the first is not read: no wrong winner
    expect(winner(['1 h 30 min (worst case)', '75 min'], 'lower')).to.equal('1');
    expect(winner(['11시간 10분', '11시간 5분'], 'lower', 'ko')).to.equal('1');
    expect(winner(['2 दिन', '36 घंटे'], 'lower', 'hi')).to.equal('1');
    expect(winner(['6 महीने', '1 साल'], 'higher', 'hi')).to.equal('1');
    expect(winner(['₹499/माह', '₹4,999/वर्ष'], 'lower', 'hi')).to.equal('1');
    expect(winner(['₹11,895', '₹13,999', 'रु. 9,999'], 'lower', 'hi')).to.equal('2');
    expect(winner(['€ 4,99/mnd', '€ 39 eenmalig'], 'lower', 'nl')).to.equal(null); // per month against once: no
    expect(winner(['50 万件', '18万件'], 'higher', 'ja')).to.equal('0');
    expect(winner(['約 50 萬個模組', '18 萬個 crate', '超過 50 萬個套件'], 'higher', 'zh')).to.equal(null); // "about" 50 against "over" 50
    expect(winner(['約 1,300 公克', '1.2 公斤'], 'lower', 'zh-TW'), 'grams against kilograms, in Taiwan').to.equal('1');
    expect(winner(['3 個鐘頭', '150 分鐘'], 'lower', 'zh-HK')).to.equal('1');
    expect(winner(['207 g', '162 g', '177 grammi'], 'lower', 'it')).to.equal('1');
    expect(winner(['16.5 kWh/100 km', '14.9 kWh/100 km'], 'lower')).to.equal('1');
    expect(winner(['52 kWh/100 cycles', '48 kWh/100 cycles', '49 kWh/100 cycles'], 'lower')).to.equal('1');
    expect(winner(['52 kWh/100 cycles', '14.2 kWh/100 km'], 'lower'), 'per cycles against per km').to.equal(null);
    // Per 100 of a distance converts: 34 kWh/100 mi is 21.1 kWh/100 km (was no best), 160 Wh/km 16 kWh/100 km.
    expect(winner(['34 kWh/100 mi', '15.6 kWh/100 km', '21.2 kWh/100km'], 'lower'), 'was none').to.equal('1');
    expect(diffRatio(parseQuantity('25 kWh/100 mi'), parseQuantity('15.6 kWh/100 km'))).to.be.closeTo(-0.0042, 1e-4);
    expect(diffRatio(parseQuantity('160 Wh/km'), parseQuantity('16 kWh/100 km'))).to.be.closeTo(0, 1e-12);
    expect(winner(['6,5 l/100 km', '7 l/100 km'], 'lower', 'de')).to.equal('0');
    expect(winner(['10 years/100,000 miles', '8 yr / 100,000 mi', '5 years/60,000 miles'], 'higher'), 'was none').to.equal('0');
    expect(winner(['2,138 L', '27.2 cu ft', '2,318 litres', '484 L'], 'higher'), 'was none: 27.2 cu ft is 770 L').to.equal('2');
    expect(diffRatio(parseQuantity('1 ft³'), parseQuantity('28.316846592 L'))).to.be.closeTo(0, 1e-12);
    expect(diffRatio(parseQuantity('1 m³'), parseQuantity('500 L'))).to.equal(1);
    expect(winner(['0.5 kWh/cycle', '52 kWh/100 cycles'], 'lower'), 'kWh alone against per 100 cycles').to.equal(null);
    expect(diffRatio(parseQuantity('60 kWh/100 cycles'), parseQuantity('48 kWh/100 cycles'))).to.be.closeTo(0.25, 1e-12);
    expect(winner(['$12/m²', '$1.20/ft²'], 'lower'), '$1.20/ft² is $12.92/m²').to.equal('0');
    expect(winner(['1080p', '4K', '720p'], 'higher'), '4K is 4,000, no lines').to.equal(null);
    expect(winner(['1080p', '2160p', '720p'], 'higher')).to.equal('1');
    expect(winner(['1080p', '4K users'], 'higher'), 'lines against a count').to.equal(null);
    expect(diffRatio(parseQuantity('1080p'), parseQuantity('5'))).to.equal(null);
    expect(winner(['€1.299', '€ 999'], 'lower')).to.equal(null);
    expect(winner(['12 999:-', '13 490 kr', '14 990 kr'], 'lower', 'sv'), 'was none: a count beside kronor').to.equal('0');
    expect(winner(['8.49¢/kWh', '$0.12/kWh'], 'lower'), 'was none: a count beside dollars').to.equal('0');
    expect(winner(['$0.12/kWh', '14.9¢/kWh'], 'lower')).to.equal('0');
    expect(winner(['8,49 snt/kWh', '0,12 €/kWh'], 'lower', 'fi'), 'was none: a count beside euros').to.equal('0');
    expect(diffRatio(parseQuantity('6¢/kWh'), parseQuantity('$0.12/kWh'))).to.be.closeTo(-0.5, 1e-12);
    expect(winner(['12 990,-', '13 490 Kč', '14 990 Kč'], 'lower', 'cs'), 'was none: a count beside korunas').to.equal('0');
    expect(winner(['2.99 USD/month', '$35.88/year'], 'lower')).to.equal(null); // a tie: the month is 30.44 days
    expect(winner(['$2.99/month', '$35.87/year'], 'lower')).to.equal('1');
    expect(winner(['99.99%', '99.995%'], 'higher')).to.equal('1'); // no conversion: no tolerance
    expect(winner(['29,99 zł miesięcznie', '299 zł rocznie'], 'lower', 'pl')).to.equal('1');
    expect(winner(['$199.99', '$199.98'], 'lower')).to.equal('1');
    expect(winner(['2.000 millones de euros', '500 millones de dólares'], 'higher', 'es'), 'different currencies').to.equal(null);
    expect(winner(['4:30 h', '5 h', '270 min'], 'lower', 'de')).to.equal(null); // a tie of 4:30 h and 270 min
    expect(winner(['4:30 h', '5 h'], 'lower', 'de')).to.equal('0');
    expect(winner(['32 g CO2/km', '152 g/km'], 'lower')).to.equal('0');
    expect(diffRatio(parseQuantity('120 kcal'), parseQuantity('502.08 kJ'))).to.be.closeTo(0, 1e-9);
    expect(diffRatio(parseQuantity('1 kWh'), parseQuantity('3.6 MJ'))).to.equal(null); // MJ is no unit here: a count
    expect(diffRatio(parseQuantity('0.61"'), parseQuantity('15.494 mm'))).to.be.closeTo(0, 1e-9);
    expect(diffRatio(parseQuantity('12MP'), parseQuantity('1080p'))).to.equal(null);
    // "Unlimited" beats any number of its row (two of them tie); "Free" is the cheapest price.
    expect(winner(['Unlimited', '500,000', '8,000'], 'higher')).to.equal('0');
    expect(winner(['Unlimited', '∞', '500,000'], 'higher')).to.equal(null);
    expect(winner(['Unlimited', '10 GB', '1 TB'], 'lower')).to.equal('1');
    expect(winner(['Free', '$8/user/mo', '$12/user/mo'], 'lower')).to.equal('0');
    expect(winner(['€49', 'Gratis', '€99'], 'lower', 'de')).to.equal('1');
    expect(diffRatio(parseQuantity('Free'), parseQuantity('$10'))).to.equal(-1);
    expect(diffRatio(parseQuantity('Unlimited'), parseQuantity('5'))).to.equal(null);
    expect(winner(['5 ms', 'Unlimited'], 'lower')).to.equal('0'); // two values, one of them ∞
    // "Lifetime" (a warranty, updates) is longer than any time, in the comparison's language too; beside prices it is of
    // another kind, not more than any price as "Unlimited" would be.
    expect(winner(['livstid', '10 år', '24 månader'], 'higher', 'sv'), 'was 10 år').to.equal('0');
    expect(winner(['Lifetime', '10-year warranty', '2 years'], 'higher')).to.equal('0');
    expect(winner(['Seumur hidup', '2 tahun', '12 bulan'], 'higher', 'id')).to.equal('0');
    expect(winner(['À vie', '5 ans'], 'higher', 'fr')).to.equal('0');
    expect(winner(['Lebenslange Garantie', '5 Jahre'], 'higher', 'de')).to.equal('0');
    expect(winner(['Lifetime', '$5', '$7'], 'higher')).to.equal(null);
    expect(winner(['Lifetime', 'Unlimited', '3 years'], 'higher')).to.equal(null); // a tie of two ∞
    expect(diffRatio(parseQuantity('Lifetime'), parseQuantity('10 years'))).to.equal(null);
    expect(diffRatio(parseQuantity('10 years'), parseQuantity('Lifetime'))).to.equal(null);
    expect(parseQuantity('Limited lifetime warranty')).to.equal(null);
    // A temperature Diff is taken in B's unit: 68 °F against 50 °F is +36 %, as the numbers say.
    expect(diffRatio(parseQuantity('68 °F'), parseQuantity('50 °F'))).to.be.closeTo(0.36, 1e-9);
    expect(diffRatio(parseQuantity('77 °F'), parseQuantity('20 °C'))).to.be.closeTo(0.25, 1e-9);
    // Temperatures convert with their offset: 68 °F is 20 °C, 23 °F is −5 °C.
    expect(winner(['21 °C', '68 °F', '72°F'], 'higher')).to.equal('2');
    expect(winner(['-5 °C', '20 °F'], 'lower')).to.equal('1');
    expect(diffRatio(parseQuantity('30 °C'), parseQuantity('68 °F'))).to.be.closeTo(18 / 68, 1e-9); // 86 °F against 68 °F
    expect(diffRatio(parseQuantity('23 ℉'), parseQuantity('-5 ℃'))).to.be.closeTo(0, 1e-9);
    expect(diffRatio(quantityOfValue(20, '°C'), quantityOfValue({ value: 50, unit: '°F' }, '°C'))).to.be.closeTo(0.36, 1e-9); // 68 °F against 50 °F
    // Different kinds never compare.
    expect(diffRatio(parseQuantity('1 kg'), parseQuantity('1 km'))).to.equal(null);
    expect(diffRatio(parseQuantity('$10/mo'), parseQuantity('$10'))).to.equal(null);
  });

  it('lengths, weights and volumes in Greek, Hebrew, Thai, Persian, Czech, Ukrainian and Turkish: units, not counts of a word', () => {
    // Was: counts of "χλμ", "m", "μ"…, so "0,8 χλμ" was the least and the best; "1,2 χλμ" lost to "800 μέτρα".
    expect(winner(['0,8 χλμ', '50 μ', '300 μ'], 'lower', 'el')).to.equal('1');
    // A bare Latin "m" stays a count in English ("5m" may be minutes or millions) and in Greek (which writes "μ"); in
    // Czech, Turkish and the other languages whose "m" is a metre, it is one. A capital "M" is never a metre: "$3/M
    // tokens" on a Turkish page is not per metre.
    expect(winner(['0,8 χλμ', '50 m', '300 μ'], 'lower', 'el')).to.equal(null);
    for (const lang of ['el', 'en']) check(parseQuantity('1.8 m', undefined, lang), ['count', 1.8, 1.8, '', 'exact', { label: 'm' }]);
    for (const lang of ['cs', 'tr']) check(parseQuantity('1.8 m', undefined, lang), ['measure', 1.8, 1.8, 'm']);
    check(parseQuantity('$3/M tokens', undefined, 'tr'), ['money', 3, 3, 'USD', 'exact', { note: '/M tokens' }]);
    expect(winner(['1,2 χλμ', '800 μέτρα'], 'higher', 'el')).to.equal('0');
    expect(winner(['1,5 κιλά', '900 γραμμάρια'], 'higher', 'el')).to.equal('0');
    expect(winner(['1.2 ק"מ', '800 מטר'], 'higher', 'he')).to.equal('0');
    expect(winner(['1.2 ק״מ', '800 מטר'], 'higher', 'he')).to.equal('0');
    expect(winner(['1.5 ק"ג', '900 גרם'], 'higher', 'he')).to.equal('0');
    expect(winner(['1.2 กม.', '800 เมตร'], 'higher', 'th')).to.equal('0');
    expect(winner(['1.5 กก.', '900 กรัม'], 'higher', 'th')).to.equal('0');
    expect(winner(['۱٫۲ کیلومتر', '۸۰۰ متر'], 'higher', 'fa')).to.equal('0');
    expect(winner(['۲ لیتر', '۸۰۰ میلی\u200cلیتر'], 'higher', 'fa')).to.equal('0');
    expect(winner(['1,2 km', '800 metrů', '900 metrů'], 'higher', 'cs')).to.equal('0');
    expect(winner(['1,2 км', '800 метрів', '900 м'], 'higher', 'uk')).to.equal('0');
    expect(winner(['1,2 km', '800 metre'], 'higher', 'tr')).to.equal('0');
    check(parseQuantity('300 μ', undefined, 'el'), ['measure', 300, 300, 'm']);
    check(parseQuantity('1.2 กม.', undefined, 'th'), ['measure', 1.2, 1.2, 'km', 'exact', { note: '' }]);
    check(parseQuantity('2 metry', undefined, 'cs'), ['measure', 2, 2, 'm']);
  });

  it('the note is the rest of the text as written (its digits and joiners kept)', () => {
    check(parseQuantity('١٢ GB (٢٠٢٤)', undefined, 'ar'), ['data', 12, 12, 'GB', 'exact', { note: '(٢٠٢٤)' }]);
    check(parseQuantity('\u200f$38,000 (list)'), ['money', 38000, 38000, 'USD', 'exact', { note: '(list)' }]);
    check(parseQuantity('5 GB 👨‍👩‍👧'), ['data', 5, 5, 'GB', 'exact', { note: '👨‍👩‍👧' }]);
    check(quantityOfValue('12', '$m'), ['money', 12e6, 12e6, 'USD']);
  });

  it('a price of nothing is the cheapest beside prices per a time, and beside plain prices', () => {
    expect(winner(['$0', '$9.99/mo', '$19.99/mo'], 'lower')).to.equal('0');
    expect(winner(['$0', '$49', '$99'], 'lower')).to.equal('0');
    expect(winner(['$8/mo', '$10/user/month', '$12/user/month'], 'lower')).to.equal('0');
    expect(winner(['$5/user/month', '$9.99/mo', '$12/seat/mo', '$99/yr'], 'lower')).to.equal('0');
    expect(diffRatio(parseQuantity('$0'), parseQuantity('$10/mo'))).to.equal(-1);
    expect(diffRatio(parseQuantity('$10/mo'), parseQuantity('$0'))).to.equal(null); // against nothing: no percentage
  });

  it('a number in an attribute whose unit is a word of the comparison\'s language is in that unit, as the same number written as text is', () => {
    check(quantityOfValue(5, 'Stunden', 'de'), ['time', 5, 5, 'h']);
    check(quantityOfValue({ value: 5, unit: 'Stunden' }, undefined, 'de'), ['time', 5, 5, 'h']);
    check(quantityOfValue('5', 'Stunden', 'de'), ['time', 5, 5, 'h']);
    check(quantityOfValue(12, 'Mo', 'fr'), ['data', 12, 12, 'MB']);
    check(quantityOfValue(12, 'Mo', 'en'), ['count', 12, 12, '']);
  });

  it('a currency amount in an attribute whose unit is per a time is per that time', () => {
    check(parseQuantity('$15', 'USD/month'), ['rate', 15, 15, 'USD/month']);
    expect(diffRatio(parseQuantity('$15', 'USD/month'), parseQuantity('$120/yr', 'USD/month'))).to.be.closeTo(0.5, 1e-3); // a month is 30.44 days (the format's), so 12 of them are a little more than a year
  });
});

describe('values: "between 10 and 20" in every built-in language', () => {
  // Before, only "between", "zwischen", "entre" and "tra" (with "and", "und", "et", "y", "e") were read, in any
  // language: each of these was text, or its first number with the rest a note.
  const rows: [string, string | undefined, Want][] = [
    // a word for "between" before the range (a `from` word: a range, or nothing) and the language's "and"
    ['между 10 и 20 часа', 'bg', ['time', 10, 20, 'h']],
    ['между 10 и 20 ГБ', 'ru', ['data', 10, 20, 'GB']],
    ['між 10 і 20 годин', 'uk', ['time', 10, 20, 'h']],
    ['між 10 та 20 годин', 'uk', ['time', 10, 20, 'h']],
    ['између 10 и 20 сати', 'sr', ['time', 10, 20, 'h']],
    ['između 10 i 20 sati', 'sr-Latn', ['time', 10, 20, 'h']],
    ['između 10 i 20 sati', 'hr', ['time', 10, 20, 'h']],
    ['između 10 i 20 sati', 'bs', ['time', 10, 20, 'h']],
    ['między 10 a 20 godzin', 'pl', ['time', 10, 20, 'h']],
    ['mezi 10 Kč a 20 Kč', 'cs', ['money', 10, 20, 'CZK']],
    ['medzi 10 a 20 €', 'sk', ['money', 10, 20, 'EUR']],
    ['tussen 10 en 20 uur', 'nl', ['time', 10, 20, 'h']],
    ['mellan 10 och 20 timmar', 'sv', ['time', 10, 20, 'h']],
    ['mellem 10 og 20 timer', 'da', ['time', 10, 20, 'h']],
    ['mellom 10 og 20 timer', 'nb', ['time', 10, 20, 'h']],
    ['fra 10 e 20 ore', 'it', ['time', 10, 20, 'h']],
    ['μεταξύ 10 και 20 €', 'el', ['money', 10, 20, 'EUR']],
    ['între 10 și 20 GB', 'ro', ['data', 10, 20, 'GB']],
    ['intre 10 si 20 GB', 'ro', ['data', 10, 20, 'GB']],
    ['tarp 10 ir 20 val.', 'lt', ['time', 10, 20, 'h']],
    ['entre 10 i 20 hores', 'ca', ['time', 10, 20, 'h']],
    ['بين 10 و 20 ساعة', 'ar', ['time', 10, 20, 'h']],
    ['بين ١٠ و٢٠ ساعة', 'ar', ['time', 10, 20, 'h']],
    ['بین ۱۰ و ۲۰ ساعت', 'fa', ['time', 10, 20, 'h']],
    ['בין 10 ל-20 שעות', 'he', ['time', 10, 20, 'h']],
    ['antara 10 dan 20 jam', 'id', ['time', 10, 20, 'h']],
    ['giữa 10 và 20 giờ', 'vi', ['time', 10, 20, 'h']],
    ['ระหว่าง 10 และ 20 ชั่วโมง', 'th', ['time', 10, 20, 'h']],
    ['介于10和20小时之间', 'zh', ['time', 10, 20, 'h']],
    // (already a range: "from 10 to 20")
    ['nuo 10 iki 20 val.', 'lt', ['time', 10, 20, 'h']],
    // the word for "between" after the range, and "and" before the second end (glued to a unit in Japanese and Chinese)
    ['10 és 20 óra között', 'hu', ['time', 10, 20, 'h', 'exact', { note: '' }]],
    ['10 ja 20 tunnin välillä', 'fi', ['time', 10, 20, 'h', 'exact', { note: '' }]],
    ['10 ile 20 saat arasında', 'tr', ['time', 10, 20, 'h', 'exact', { note: '' }]],
    ['10 ve 20 saat arasında', 'tr', ['time', 10, 20, 'h']],
    ['10から20の間', 'ja', ['count', 10, 20, '', 'exact', { note: '' }]],
    ['10時間と20時間の間', 'ja', ['time', 10, 20, 'h', 'exact', { note: '' }]],
    ['10小时和20小时之间', 'zh', ['time', 10, 20, 'h', 'exact', { note: '' }]],
    ['10和20之間', 'zh-TW', ['count', 10, 20, '']],
    ['10 और 20 घंटे के बीच', 'hi', ['time', 10, 20, 'h', 'exact', { note: '' }]],
    ['১০ ও ২০-এর মধ্যে', 'bn', ['count', 10, 20, '', 'exact', { note: '' }]],
    // …and after a range written otherwise, the end of it (was the note)
    ['10 से 20 घंटे के बीच', 'hi', ['time', 10, 20, 'h', 'exact', { note: '' }]],
    ['১০ থেকে ২০-এর মধ্যে', 'bn', ['count', 10, 20, '', 'exact', { note: '' }]],
    ['10到20小时之间', 'zh', ['time', 10, 20, 'h', 'exact', { note: '' }]],
    ['10-20 saat arası', 'tr', ['time', 10, 20, 'h', 'exact', { note: '' }]],
    // the genitive of a Finnish time ("2 tunnin lataus", a two-hour charge) is that time
    ['2 tunnin lataus', 'fi', ['time', 2, 2, 'h', 'exact', { note: 'lataus' }]],
    ['12 kuukauden takuu', 'fi', ['time', 12, 12, 'month']],
    // English's, in English and in any language ("and" after a unit's dot too)
    ['between 6 hrs. and 7 hrs.', undefined, ['time', 6, 7, 'h']],
    ['between 6 and 7 hours', 'de', ['time', 6, 7, 'h']],
    // Not ranges: "and" with no word for "between" ("и", "a", "és" join anything), the word for "between" with one
    // number (text, as "zwischen 6 Stunden" is), two kinds, another language's words
    ['10 и 20 часов', 'ru', ['count', 10, 10, '', 'exact', { label: 'и', note: '20 часов' }]],
    ['2 a 3 dny', 'cs', ['count', 2, 2, '', 'exact', { label: 'a' }]],
    ['10 és 20', 'hu', ['count', 10, 10, '', 'exact', { label: 'és' }]],
    // (a time and a smaller one: "1 óra és 30 perc" is 1.5 h, below)
    // ("10から20まで", from 10 until 20, is one: see below.)
    ['между 10 и', 'ru', null],
    ['mezi 10 a', 'cs', null],
    ['między 10 godzin', 'pl', null],
    ['между 10 ч и 20 ГБ', 'ru', null],
    ['между 10 и 20', 'uk', null],
    ['zwischen 6 und 7 Stunden', undefined, null],
    ['zwischen 6 und 7 Stunden', 'en', null],
    ['tra 6 e 7 ore', 'es', null],
  ];
  for (const [text, locale, want] of rows) it(`${JSON.stringify(text)}${locale ? ` in ${locale}` : ''}`, () => check(parseQuantity(text, undefined, locale), want));
});

describe('values: Slovak, Croatian, Bosnian, Serbian (both scripts) and Bulgarian words', () => {
  const winner = (values: string[], better: 'higher' | 'lower', locale?: string) =>
    pickWinner(values.map((v, i) => [String(i), parseQuantity(v, undefined, locale)] as const), better);
  // Without these languages' words each of these was a count of its word (or text), so no two inflections compared.
  const rows: [string, string, Want][] = [
    // every inflected form of a time: one, few, many, and after a fraction
    ['2 roky', 'sk', ['time', 2, 2, 'year']],
    ['5 rokov', 'sk', ['time', 5, 5, 'year']],
    ['1,5 roka', 'sk', ['time', 1.5, 1.5, 'year']],
    ['3 týždne', 'sk', ['time', 3, 3, 'week']],
    ['40 hodín', 'sk', ['time', 40, 40, 'h']],
    ['1 hodina a 30 minút', 'sk', ['time', 1.5, 1.5, 'h']],
    // (the accusative of a feminine unit: "nabitie za 1 hodinu")
    ['1 hodinu', 'sk', ['time', 1, 1, 'h']],
    ['1 minútu', 'sk', ['time', 1, 1, 'min']],
    ['1 sekundu', 'sk', ['time', 1, 1, 's']],
    ['30 dana', 'hr', ['time', 30, 30, 'day']],
    ['1 godina', 'hr', ['time', 1, 1, 'year']],
    ['2 godine', 'hr', ['time', 2, 2, 'year']],
    ['12 mj.', 'hr', ['time', 12, 12, 'month']],
    ['1 sat i 30 minuta', 'hr', ['time', 1.5, 1.5, 'h']],
    // (…with "and" in other languages too)
    ['1 óra és 30 perc', 'hu', ['time', 1.5, 1.5, 'h']],
    ['1 tunti ja 30 minuuttia', 'fi', ['time', 1.5, 1.5, 'h']],
    ['1 saat ve 30 dakika', 'tr', ['time', 1.5, 1.5, 'h']],
    ['1 oră și 30 de minute', 'ro', ['time', 1.5, 1.5, 'h']],
    ['1 valanda ir 30 minučių', 'lt', ['time', 1.5, 1.5, 'h']],
    ['1 ώρα και 30 λεπτά', 'el', ['time', 1.5, 1.5, 'h']],
    ['1 година і 30 хвилин', 'uk', ['time', 1.5, 1.5, 'h']],
    ['2 sedmice', 'bs', ['time', 2, 2, 'week']],
    ['1 недјељу', 'sr', ['time', 1, 1, 'week']],
    ['1 nedjelju', 'sr-Latn', ['time', 1, 1, 'week']],
    ['18 месеци', 'sr', ['time', 18, 18, 'month']],
    ['18 meseci', 'sr', ['time', 18, 18, 'month']],
    ['2 године', 'sr', ['time', 2, 2, 'year']],
    ['2 godine', 'sr-Latn', ['time', 2, 2, 'year']],
    ['12 mjeseci', 'sr-Latn', ['time', 12, 12, 'month']],
    ['1 сат и 30 минута', 'sr', ['time', 1.5, 1.5, 'h']],
    ['2 години', 'bg', ['time', 2, 2, 'year']],
    ['18 месеца', 'bg', ['time', 18, 18, 'month']],
    ['3 часа', 'bg', ['time', 3, 3, 'h']],
    // measures
    ['800 metrov', 'sk', ['measure', 800, 800, 'm']],
    // (a fraction takes the genitive singular, "gramu", "kilogramu" in Slovak: "grama" is Croatian)
    ['1,5 kilogramu', 'sk', ['measure', 1.5, 1.5, 'kg']],
    ['0,5 gramu', 'sk', ['measure', 0.5, 0.5, 'g']],
    ['200 gr', 'hr', ['measure', 200, 200, 'g']],
    ['200 gr', 'sr-Latn', ['measure', 200, 200, 'g']],
    ['1,5 litre', 'hr', ['measure', 1.5, 1.5, 'L']],
    ['150 KS', 'hr', ['measure', 150, 150, 'PS']],
    ['2 килограма', 'sr', ['measure', 2, 2, 'kg']],
    ['500 г', 'bg', ['measure', 500, 500, 'g']],
    ['150 к.с.', 'bg', ['measure', 150, 150, 'PS']],
    // magnitudes, abbreviated and in words
    ['900 tis.', 'sk', ['count', 9e5, 9e5, '']],
    ['1,2 mil.', 'sk', ['count', 1.2e6, 1.2e6, '']],
    ['2 miliardy', 'sk', ['count', 2e9, 2e9, '']],
    ['900 miliónov', 'sk', ['count', 9e8, 9e8, '']],
    ['1,5 mlrd. eura', 'hr', ['money', 1.5e9, 1.5e9, 'EUR']],
    ['900 hiljada', 'bs', ['count', 9e5, 9e5, '']],
    ['900 хиљ.', 'sr', ['count', 9e5, 9e5, '']],
    ['1,2 милиона', 'sr', ['count', 1.2e6, 1.2e6, '']],
    ['2 milijarde', 'sr-Latn', ['count', 2e9, 2e9, '']],
    ['850 хил.', 'bg', ['count', 8.5e5, 8.5e5, '']],
    ['1,2 млн.', 'bg', ['count', 1.2e6, 1.2e6, '']],
    // bounds, ranges, approximations
    ['až 14 dní', 'sk', ['time', 14, 14, 'day', 'atMost']],
    ['min. 8 GB', 'sk', ['data', 8, 8, 'GB', 'atLeast']],
    ['od 5 do 10 h', 'sk', ['time', 5, 10, 'h']],
    ['5 až 10 hodín', 'sk', ['time', 5, 10, 'h']],
    ['do 18 sati', 'hr', ['time', 18, 18, 'h', 'atMost']],
    ['viac než 500', 'sk', ['count', 500, 500, '', 'above']],
    ['menej než 2 s', 'sk', ['time', 2, 2, 's', 'below']],
    ['do čak 18 sati', 'hr', ['time', 18, 18, 'h', 'atMost']],
    ['čak do 18 sati', 'bs', ['time', 18, 18, 'h', 'atMost']],
    ['bar 8 GB', 'hr', ['data', 8, 8, 'GB', 'atLeast']],
    ['до чак 18 сати', 'sr', ['time', 18, 18, 'h', 'atMost']],
    ['do čak 18 sati', 'sr-Latn', ['time', 18, 18, 'h', 'atMost']],
    ['барем 8 GB', 'sr', ['data', 8, 8, 'GB', 'atLeast']],
    ['barem 8 GB', 'sr-Latn', ['data', 8, 8, 'GB', 'atLeast']],
    ['od 5 do 10 sati', 'hr', ['time', 5, 10, 'h']],
    ['preko 100 KS', 'hr', ['measure', 100, 100, 'PS', 'above']],
    ['cca 5 GB', 'hr', ['data', 5, 5, 'GB', 'exact', { approximate: true }]],
    ['највише 18 сати', 'sr', ['time', 18, 18, 'h', 'atMost']],
    ['od 5 do 10 sati', 'sr-Latn', ['time', 5, 10, 'h']],
    ['око 5 GB', 'sr', ['data', 5, 5, 'GB', 'exact', { approximate: true }]],
    ['до 18 часа', 'bg', ['time', 18, 18, 'h', 'atMost']],
    ['от 5 до 10 часа', 'bg', ['time', 5, 10, 'h']],
    ['над 100 часа', 'bg', ['time', 100, 100, 'h', 'above']],
    // money after the amount, per a time
    ['19,99 € mesačne', 'sk', ['rate', 19.99, 19.99, 'EUR/month']],
    ['10 eur', 'sk', ['money', 10, 10, 'EUR']],
    ['9,99 € mjesečno', 'hr', ['rate', 9.99, 9.99, 'EUR/month']],
    ['100 kn', 'hr', ['money', 100, 100, 'HRK']],
    ['25 KM', 'bs', ['money', 25, 25, 'BAM']],
    ['1.299 дин.', 'sr', ['money', 1299, 1299, 'RSD']],
    ['999 din/mes.', 'sr-Latn', ['rate', 999, 999, 'RSD/month']],
    // (the Latin "evro", as the Cyrillic "евро"; the ijekavian "nedjeljno", as "mjesečno")
    ['5 evro', 'sr-Latn', ['money', 5, 5, 'EUR']],
    ['2,99 € nedjeljno', 'sr-Latn', ['rate', 2.99, 2.99, 'EUR/week']],
    ['2,99 € недјељно', 'sr', ['rate', 2.99, 2.99, 'EUR/week']],
    ['9,99 лв.', 'bg', ['money', 9.99, 9.99, 'BGN']],
    ['9,99 лв./мес.', 'bg', ['rate', 9.99, 9.99, 'BGN/month']],
    ['5 евро', 'bg', ['money', 5, 5, 'EUR']],
    // no number: free, no limit, for life
    ['zadarmo', 'sk', ['money', 0, 0, '*']],
    ['neobmedzené', 'sk', ['count', Infinity, Infinity, '']],
    ['besplatno', 'hr', ['money', 0, 0, '*']],
    ['neograničeno', 'hr', ['count', Infinity, Infinity, '']],
    ['doživotna', 'hr', ['time', Infinity, Infinity, 'year']],
    ['бесплатно', 'sr', ['money', 0, 0, '*']],
    ['neograničen', 'sr-Latn', ['count', Infinity, Infinity, '']],
    ['безплатно', 'bg', ['money', 0, 0, '*']],
    ['неограничени', 'bg', ['count', Infinity, Infinity, '']],
    // …and a year's abbreviation in Bulgarian stays a year, not grams
    ['2024 г.', 'bg', ['count', 2024, 2024, '', 'exact', { label: 'г' }]],
  ];
  for (const [text, locale, want] of rows) it(`${JSON.stringify(text)} in ${locale}`, () => check(parseQuantity(text, undefined, locale), want));

  it('picks the best of inflected values of one row', () => {
    expect(winner(['2 roky', '5 rokov', '18 mesiacov'], 'higher', 'sk')).to.equal('1');
    expect(winner(['30 dana', '1 godina', '6 mjeseci'], 'higher', 'hr')).to.equal('1');
    expect(winner(['2 години', '18 месеца'], 'higher', 'bg')).to.equal('0');
    expect(winner(['2 године', '18 месеци', '20 meseci'], 'higher', 'sr')).to.equal('0');
    expect(winner(['1,2 mil.', '900 tis.'], 'higher', 'sk')).to.equal('0');
    expect(winner(['850 хил.', '1,2 млн.'], 'higher', 'bg')).to.equal('1');
    expect(winner(['45 мин', '1,5 ч'], 'lower', 'bg')).to.equal('0');
    expect(winner(['besplatno', '9,99 €', '14,99 €'], 'lower', 'hr')).to.equal('0');
    expect(winner(['neograničeno', '10 GB', '20 GB'], 'higher', 'hr')).to.equal('0');
  });
});

describe('values: Romanian "de", the few-forms of thousands and millions, "from", "to" and "per month" in more languages', () => {
  const winner = (values: string[], better: 'higher' | 'lower', locale?: string) =>
    pickWinner(values.map((v, i) => [String(i), parseQuantity(v, undefined, locale)] as const), better);
  // Before, each of these was a count (of "de", of "tisíce", of "円から"), a lone first number, or text.
  const rows: [string, string, Want][] = [
    // Romanian joins a number from 20 on to what it counts with "de": as if not written
    ['20 de ore', 'ro', ['time', 20, 20, 'h', 'exact', { note: '' }]],
    ['între 20 și 30 de ore', 'ro', ['time', 20, 30, 'h']],
    ['25 de milioane', 'ro', ['count', 25e6, 25e6, '', 'exact', { magnitude: 1e6 }]],
    ['25 de milioane de utilizatori', 'ro', ['count', 25e6, 25e6, '', 'exact', { label: 'utilizatori', note: '' }]],
    ['1.000 de pachete', 'ro', ['count', 1000, 1000, '', 'exact', { label: 'pachete' }]],
    ['peste 100.000 de pachete', 'ro', ['count', 1e5, 1e5, '', 'above', { label: 'pachete' }]],
    ['100 de lei', 'ro', ['money', 100, 100, 'RON']],
    ['1,5 miliarde de dolari', 'ro', ['money', 1.5e9, 1.5e9, 'USD']],
    ['20 de GB', 'ro', ['data', 20, 20, 'GB']],
    // …only in Romanian: "de" is no joining word in Spanish or Portuguese
    ['20 de horas', 'es', ['count', 20, 20, '', 'exact', { label: 'de' }]],
    // thousands, millions, billions after 2, 3, 4 (and the genitive after a fraction)
    ['2 tysiące', 'pl', ['count', 2000, 2000, '']],
    ['5 tysięcy pakietów', 'pl', ['count', 5000, 5000, '', 'exact', { label: 'pakietów' }]],
    ['1,5 miliona', 'pl', ['count', 1.5e6, 1.5e6, '']],
    ['12 milionów użytkowników', 'pl', ['count', 12e6, 12e6, '', 'exact', { label: 'użytkowników' }]],
    ['3 miliardy', 'pl', ['count', 3e9, 3e9, '']],
    ['2 tisíce', 'cs', ['count', 2000, 2000, '']],
    ['1,5 milionu', 'cs', ['count', 1.5e6, 1.5e6, '']],
    ['3 tisíce', 'sk', ['count', 3000, 3000, '']],
    ['2 тысячи', 'ru', ['count', 2000, 2000, '']],
    ['1 тысяча', 'ru', ['count', 1000, 1000, '']],
    ['1 тисяча', 'uk', ['count', 1000, 1000, '']],
    ['1 δισεκατομμύριο', 'el', ['count', 1e9, 1e9, '']],
    // Japanese "から" (from, and to between the ends) and a trailing "〜": from ¥1,000, 3 to 5 hours
    ['3から5時間', 'ja', ['time', 3, 5, 'h']],
    ['3時間から5時間', 'ja', ['time', 3, 5, 'h']],
    ['10から20まで', 'ja', ['count', 10, 20, '']],
    ['1,000円から', 'ja', ['money', 1000, 1000, 'JPY', 'atLeast', { note: '' }]],
    ['月額1,000円から', 'ja', ['rate', 1000, 1000, 'JPY/month', 'atLeast']],
    ['1,000円〜', 'ja', ['money', 1000, 1000, 'JPY', 'atLeast', { note: '' }]],
    ['1,000～2,000円', 'ja', ['money', 1000, 2000, 'JPY']],
    // Korean "에서" (from… to), "사이" (between), "부터" (from)
    ['3에서 5시간', 'ko', ['time', 3, 5, 'h']],
    ['3시간에서 5시간', 'ko', ['time', 3, 5, 'h']],
    ['3~5시간 사이', 'ko', ['time', 3, 5, 'h', 'exact', { note: '' }]],
    ['10과 20 사이', 'ko', ['count', 10, 20, '']],
    ['10에서 20까지', 'ko', ['count', 10, 20, '']],
    ['12,000원부터', 'ko', ['money', 12000, 12000, 'KRW', 'atLeast']],
    ['3시간부터', 'ko', ['time', 3, 3, 'h', 'atLeast']],
    // …and a bound after a single value stays one
    ['5時間まで', 'ja', ['time', 5, 5, 'h', 'atMost']],
    ['5시간까지', 'ko', ['time', 5, 5, 'h', 'atMost']],
    // Chinese "起" (from)
    ['99元起', 'zh', ['money', 99, 99, 'CNY', 'atLeast', { note: '' }]],
    ['每月99元起', 'zh', ['rate', 99, 99, 'CNY/month', 'atLeast']],
    // Turkish bounds after the ablative: more than, from
    ["500.000'den fazla paket", 'tr', ['count', 5e5, 5e5, '', 'above', { note: 'paket' }]],
    ['5 saatten fazla', 'tr', ['time', 5, 5, 'h', 'above', { note: '' }]],
    ["99 TL'den başlayan", 'tr', ['money', 99, 99, 'TRY', 'atLeast', { note: '' }]],
    ["aylık 99 TL'den başlayan", 'tr', ['rate', 99, 99, 'TRY/month', 'atLeast']],
    // Hungarian: monthly before an amount, "from" as a suffix, above and below after; Finnish "alkaen" (from) after
    ['havi 2990 Ft', 'hu', ['rate', 2990, 2990, 'HUF/month']],
    ['2990 Ft-tól', 'hu', ['money', 2990, 2990, 'HUF', 'atLeast', { note: '' }]],
    ['10 óra felett', 'hu', ['time', 10, 10, 'h', 'above']],
    ['2 mp alatt', 'hu', ['time', 2, 2, 's', 'below']],
    ['9,99 €/kk alkaen', 'fi', ['rate', 9.99, 9.99, 'EUR/month', 'atLeast', { note: '' }]],
    // per month in Danish, Norwegian, Swedish and Greek ways
    ['99 kr. om måneden', 'da', ['rate', 99, 99, 'DKK/month', 'exact', { note: '' }]],
    ['99 kr. pr. måned', 'da', ['rate', 99, 99, 'DKK/month']],
    ['99 kr per måneden', 'nb', ['rate', 99, 99, 'NOK/month']],
    ['99 kr om året', 'sv', ['rate', 99, 99, 'SEK/year']],
    ['9,99 € τον μήνα', 'el', ['rate', 9.99, 9.99, 'EUR/month']],
    ['9,99 € ανά μήνα', 'el', ['rate', 9.99, 9.99, 'EUR/month']],
    ['9,99 €/μήνα', 'el', ['rate', 9.99, 9.99, 'EUR/month']],
    // …not a time of day after "om": "€ 10 om 12 uur" is €10 at noon
    ['€ 10 om 12 uur', 'nl', ['money', 10, 10, 'EUR', 'exact', { note: 'om 12 uur' }]],
    // currencies written as words, in the languages' forms (they compare with "$", "€", "₽")
    ['145 000 долларов', 'ru', ['money', 145000, 145000, 'USD', 'exact', { note: '' }]],
    ['1000 рублей в месяц', 'ru', ['rate', 1000, 1000, 'RUB/month']],
    ['1000 гривень', 'uk', ['money', 1000, 1000, 'UAH']],
    ['145 000 dolarów', 'pl', ['money', 145000, 145000, 'USD']],
    ['145 000 dolarů', 'cs', ['money', 145000, 145000, 'USD']],
    ['145.000 Dollar', 'de', ['money', 145000, 145000, 'USD']],
    ['145.000 dollar', 'nl', ['money', 145000, 145000, 'USD']],
    ['145,000ドル', 'ja', ['money', 145000, 145000, 'USD']],
    ['14.5万美元', 'zh', ['money', 145000, 145000, 'USD']],
    ['145,000달러', 'ko', ['money', 145000, 145000, 'USD']],
    ['145.000 dolar', 'tr', ['money', 145000, 145000, 'USD']],
    ['145,000 דולר', 'he', ['money', 145000, 145000, 'USD']],
    ['145.000 đô la', 'vi', ['money', 145000, 145000, 'USD', 'exact', { note: '' }]],
    ['145,000 ดอลลาร์', 'th', ['money', 145000, 145000, 'USD']],
    ['145.000 δολάρια', 'el', ['money', 145000, 145000, 'USD']],
    ['145 000 dollaria', 'fi', ['money', 145000, 145000, 'USD']],
    ['145.000 dolar', 'id', ['money', 145000, 145000, 'USD']],
    // gross or net before the time a salary is per (alone, a note)
    ['145.000 € brutto/Jahr', 'de', ['rate', 145000, 145000, 'EUR/year', 'exact', { note: '' }]],
    ['15 000 zł brutto miesięcznie', 'pl', ['rate', 15000, 15000, 'PLN/month']],
    ['$145,000 gross per year', 'en', ['rate', 145000, 145000, 'USD/year']],
    ['145.000 € netto im Monat', 'de', ['rate', 145000, 145000, 'EUR/month']],
    ['$145,000 gross', 'en', ['money', 145000, 145000, 'USD', 'exact', { note: 'gross' }]],
    // "percent" in words, as "%"
    ['25 Prozent', 'de', ['percent', 25, 25, '%']],
    ['92 por ciento', 'es', ['percent', 92, 92, '%', 'exact', { note: '' }]],
    ['20 pour cent', 'fr', ['percent', 20, 20, '%']],
    ['10–20 процентов', 'ru', ['percent', 10, 20, '%']],
    ['92パーセント', 'ja', ['percent', 92, 92, '%']],
    ['20 la sută', 'ro', ['percent', 20, 20, '%']],
    ['20 τοις εκατό', 'el', ['percent', 20, 20, '%']],
    // …and before the number, in Turkish and Chinese
    ['yüzde 20 daha hızlı', 'tr', ['percent', 20, 20, '%', 'exact', { note: 'daha hızlı' }]],
    ['yüzde 10-20', 'tr', ['percent', 10, 20, '%']],
    ['百分之20', 'zh', ['percent', 20, 20, '%']],
    // …a word that only starts with it is a word ("Prozentpunkte", percentage points)
    ['25 Prozentpunkte', 'de', ['count', 25, 25, '', 'exact', { label: 'Prozentpunkte' }]],
    // a salary: per the year or month its word before the amount names
    ['年収1000万円', 'ja', ['rate', 1e7, 1e7, 'JPY/year']],
    ['연봉 1억 원', 'ko', ['rate', 1e8, 1e8, 'KRW/year']],
    ['月薪3万元', 'zh', ['rate', 30000, 30000, 'CNY/month']],
    // …with a bound word after the salary word
    ['年収約1000万円', 'ja', ['rate', 1e7, 1e7, 'JPY/year', 'exact', { approximate: true }]],
    ['연봉 최대 1억 원', 'ko', ['rate', 1e8, 1e8, 'KRW/year', 'atMost']],
    ['月薪约3万元', 'zh', ['rate', 30000, 30000, 'CNY/month', 'exact', { approximate: true }]],
    ['havi kb. 2990 Ft', 'hu', ['rate', 2990, 2990, 'HUF/month', 'exact', { approximate: true }]],
    // Hungarian units with a case ending or as adjectives ("8 órás akkumulátor", an 8-hour battery); not "-tól" (from)
    ['8 órás', 'hu', ['time', 8, 8, 'h']],
    ['akár 20 óráig', 'hu', ['time', 20, 20, 'h', 'atMost']],
    ['3 éves garancia', 'hu', ['time', 3, 3, 'year', 'exact', { note: 'garancia' }]],
    ['2 perces', 'hu', ['time', 2, 2, 'min']],
    ['6 hetes', 'hu', ['time', 6, 6, 'week']],
    ['8 órától', 'hu', ['count', 8, 8, '', 'exact', { label: 'órától' }]],
    // "per second" in words: a rate, as "req/s"
    ['25.000 Anfragen pro Sekunde', 'de', ['rate', 25000, 25000, 'anfragen/s']],
    ['25 000 requêtes par seconde', 'fr', ['rate', 25000, 25000, 'req/s']],
    ['25 000 запросов в секунду', 'ru', ['rate', 25000, 25000, 'запросов/s']],
    ['25 000 zapytań na sekundę', 'pl', ['rate', 25000, 25000, 'zapytań/s']],
    ['100 dotazů za sekundu', 'cs', ['rate', 100, 100, 'dotazů/s']],
    ['199 Kč za měsíc', 'cs', ['rate', 199, 199, 'CZK/month']],
    // …but not "на" before anything else: "2 ГБ на устройство" is 2 GB
    ['2 ГБ на устройство', 'ru', ['data', 2, 2, 'GB', 'exact', { note: 'на устройство' }]],
    // what a magnitude counts, after the joining word
    ['12 millions de développeurs', 'fr', ['count', 12e6, 12e6, '', 'exact', { label: 'développeurs', note: '' }]],
    ["1,5 million d'utilisateurs", 'fr', ['count', 1.5e6, 1.5e6, '', 'exact', { label: 'utilisateurs' }]],
    ['2 milioni di utenti', 'it', ['count', 2e6, 2e6, '', 'exact', { label: 'utenti' }]],
    // "times" in words, as "2x" ("10-100x slower than Rust"): after the number, glued to it, or before it
    ['10 à 100 fois plus lent', 'fr', ['multiplier', 10, 100, 'x', 'exact', { note: 'plus lent' }]],
    ['2-mal schneller', 'de', ['multiplier', 2, 2, 'x', 'exact', { note: 'schneller' }]],
    ['2 Mal schneller', 'de', ['multiplier', 2, 2, 'x']],
    ['entre 2 y 3 veces más rápido', 'es', ['multiplier', 2, 3, 'x']],
    ['2 volte più veloce', 'it', ['multiplier', 2, 2, 'x']],
    ['2 vezes mais rápido', 'pt', ['multiplier', 2, 2, 'x']],
    ['2 keer sneller', 'nl', ['multiplier', 2, 2, 'x']],
    ['2 gånger snabbare', 'sv', ['multiplier', 2, 2, 'x']],
    ['2 razy szybszy', 'pl', ['multiplier', 2, 2, 'x']],
    ['2krát rychlejší', 'cs', ['multiplier', 2, 2, 'x', 'exact', { note: 'rychlejší' }]],
    ['в 10–100 раз медленнее', 'ru', ['multiplier', 10, 100, 'x', 'exact', { note: 'медленнее' }]],
    ['у 2 рази швидше', 'uk', ['multiplier', 2, 2, 'x']],
    ['10〜100倍遅い', 'ja', ['multiplier', 10, 100, 'x', 'exact', { note: '遅い' }]],
    ['約2倍', 'ja', ['multiplier', 2, 2, 'x', 'exact', { approximate: true }]],
    ['10-100倍', 'zh', ['multiplier', 10, 100, 'x']],
    ['2배 빠름', 'ko', ['multiplier', 2, 2, 'x']],
    ['2배속', 'ko', ['multiplier', 2, 2, 'x', 'exact', { note: '속' }]],
    // (a word that only starts with it, after a space, is a word: two deployment environments)
    ['2 배포 환경', 'ko', ['count', 2, 2, '', 'exact', { label: '배포' }]],
    ['2 kat daha hızlı', 'tr', ['multiplier', 2, 2, 'x']],
    ['2-szer gyorsabb', 'hu', ['multiplier', 2, 2, 'x']],
    ['2 kertaa nopeampi', 'fi', ['multiplier', 2, 2, 'x']],
    ['2 φορές ταχύτερο', 'el', ['multiplier', 2, 2, 'x']],
    ['2 गुना तेज़', 'hi', ['multiplier', 2, 2, 'x']],
    ['2 kali lebih cepat', 'id', ['multiplier', 2, 2, 'x']],
    ['5 ori mai rapid', 'ro', ['multiplier', 5, 5, 'x']],
    ['de 10 ori mai lent', 'ro', ['multiplier', 10, 10, 'x', 'exact', { note: 'mai lent' }]],
    ['de 10 ore', 'ro', null],
    ['2 пъти по-бързо', 'bg', ['multiplier', 2, 2, 'x']],
    ['פי 2-3 מהיר יותר', 'he', ['multiplier', 2, 3, 'x', 'exact', { note: 'מהיר יותר' }]],
    ['gấp 2 lần', 'vi', ['multiplier', 2, 2, 'x']],
    // …but "в" before a number is "in" or "at" without one: no value
    ['в 2 часа', 'ru', null],
    ['в 2024 году', 'ru', null],
    // …and only in its language ("mal" is no word for times in French)
    ['2 mal', 'fr', ['count', 2, 2, '', 'exact', { label: 'mal' }]],
  ];
  for (const [text, locale, want] of rows) it(`${JSON.stringify(text)} in ${locale}`, () => check(parseQuantity(text, undefined, locale), want));

  it('compares those values with the language\'s other forms of them', () => {
    expect(winner(['5 ore', '20 de ore', '2 zile'], 'higher', 'ro')).to.equal('2');
    expect(winner(['5 ore', '20 de ore'], 'lower', 'ro')).to.equal('0');
    expect(winner(['2 tysiące', '900', '1,5 tys.'], 'higher', 'pl')).to.equal('0');
    expect(winner(['3から5時間', '2時間'], 'higher', 'ja')).to.equal('0');
    expect(winner(['1,000円から', '800円'], 'lower', 'ja')).to.equal('1');
    expect(diffRatio(parseQuantity('20 de ore', undefined, 'ro'), parseQuantity('10 ore', undefined, 'ro'))).to.equal(1);
    // a price in words compares with one in symbols
    expect(winner(['145 000 долларов', '$150 000', '120 000 $'], 'higher', 'ru')).to.equal('1');
    // a multiplier in words compares with one written "x"
    expect(winner(['в 2 раза быстрее', '3x', '1,5 раза'], 'higher', 'ru')).to.equal('1');
    expect(diffRatio(parseQuantity('10 fois', undefined, 'fr'), parseQuantity('5x', undefined, 'fr'))).to.equal(1);
  });
});
