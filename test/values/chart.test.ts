/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import type { Attribute, Comparison } from '../../src/schema/comparison.js';
import { LOG_RATIO, chartRow, chartRows, chooseScale, scaleMode, type ChartRow } from '../../src/values/chart.js';
import { loadDemo, loadFixture } from '../helpers/util.js';
import { registerAllStrings } from '../../src/i18n/all.js';

// The languages' value words, loaded on demand in a page, registered here at once as on a server.
registerAllStrings();

const WEEK = 604800;
const close = (a: number | null | undefined, b: number, what = '') => expect(a, what).to.be.closeTo(b, 1e-9 * Math.max(1, Math.abs(b)));

const ITEMS = [
  { id: 'a', name: 'A' },
  { id: 'b', name: 'B' },
  { id: 'c', name: 'C' },
];
const attr = (values: Attribute['values'], more: Partial<Attribute> = {}): Attribute => ({ id: 'x', label: 'X', values, ...more });
const row = (values: Attribute['values'], more: Partial<Attribute> = {}, mode?: 'auto' | 'linear' | 'log') =>
  chartRow(attr(values, more), ITEMS, 'en', mode);

describe('values: chart', () => {
  let demo: Comparison;
  let three: Comparison;
  let rows: Map<string, ChartRow>;
  before(async () => {
    demo = await loadDemo();
    three = await loadFixture('three-databases.json');
    rows = new Map(chartRows(demo, 'en').map((r) => [r.label, r]));
  });

  it('charts exactly the demo attributes with two comparable values', () => {
    expect([...rows.keys()]).to.deep.equal([
      'Package Ecosystem Size',
      'Execution Speed (Fibonacci 30)',
      'Memory Footprint (Idle Process)',
      'Compilation Time (medium project)',
      'Time to Productivity (Beginner)',
      'Time to Proficiency',
      'Global Developer Population',
      'Available Packages',
      'Average Job Salary (USA 2026)',
    ]);
  });

  it('leaves out mixed dimensions, single values, text and compare: false', () => {
    // Multiplier against percent: two groups of one, no common axis.
    expect(rows.has('Memory Overhead vs C')).to.equal(false);
    const overhead = demo.attributes!.find((a) => a.id === 'memory-overhead-vs-c')!;
    expect(chartRow(overhead, demo.items, 'en')).to.equal(null);
    // Rows with only a Python value.
    for (const id of ['machine-learning-market-share', 'total-packages-available', 'runtime-performance-fibonacci', 'average-developer-salary-2025']) {
      const a = demo.attributes!.find((x) => x.id === id)!;
      expect(Object.keys(a.values), id).to.deep.equal(['python']);
      expect(chartRow(a, demo.items, 'en'), id).to.equal(null);
    }
    // compare: false, even though both items have a value.
    const companies = demo.attributes!.find((a) => a.id === 'production-use-major-companies')!;
    expect(Object.keys(companies.values)).to.have.length(2);
    expect(chartRow(companies, demo.items, 'en')).to.equal(null);
    expect(row({ a: '10 s', b: '20 s' }, { compare: false })).to.equal(null);
    expect(row({ a: '10 s', b: '20 s' })).to.not.equal(null);
    // Text values never chart.
    expect(row({ a: 'Fast', b: 'Slow' })).to.equal(null);
  });

  it('draws "Execution Speed (Fibonacci 30)" in log scale (ratio 100), Rust best', () => {
    const r = rows.get('Execution Speed (Fibonacci 30)')!;
    expect(r.scale).to.equal('log');
    close(r.ratio, 100);
    expect(r.key).to.equal('time');
    expect(r.baseUnit).to.equal('s');
    expect(r.unit).to.equal('seconds');
    expect(r.better).to.equal('lower');
    expect(r.winner).to.equal('rust');
    expect(r.bars.map((b) => [b.itemId, b.text, b.value, b.winner])).to.deep.equal([
      ['python', '4.8 seconds', 4.8, false],
      ['rust', '0.048 seconds', 0.048, true],
    ]);
    // Axis from 0.01 s (the decade under 0.048) to 4.8 s; gridlines at 0.1 s and 1 s.
    expect(r.domain).to.deep.equal([0.01, 4.8]);
    const span = Math.log10(480);
    close(r.bars[0]!.fraction, 1);
    close(r.bars[1]!.fraction, Math.log10(4.8) / span, 'rust');
    expect(r.ticks).to.have.length(2);
    close(r.ticks[0], 1 / span);
    close(r.ticks[1], 2 / span);
    expect(r.bars.every((b) => b.start === 0)).to.equal(true);
  });

  it('charts "Available Packages" as counts on a linear scale', () => {
    const r = rows.get('Available Packages')!;
    expect(r.key).to.equal('count');
    expect(r.scale).to.equal('linear');
    close(r.ratio, 10.6);
    expect(r.bars.map((b) => b.text)).to.deep.equal(['530,000+ packages', '~50,000 crates']);
    expect(r.bars.map((b) => b.value)).to.deep.equal([530000, 50000]);
    close(r.bars[0]!.fraction, 1);
    close(r.bars[1]!.fraction, 50000 / 530000);
    expect(r.winner).to.equal('python');
    expect(r.zero).to.equal(0);
    expect(r.ticks).to.deep.equal([]);
  });

  it('converts to one base unit and draws ranges as midpoint plus whisker', () => {
    const r = rows.get('Time to Proficiency')!; // "2-3 weeks" against "300 hours"
    expect(r.bars.map((b) => b.value)).to.deep.equal([2.5 * WEEK, 300 * 3600]);
    expect(r.domain).to.deep.equal([0, 3 * WEEK]);
    close(r.bars[0]!.fraction, 2.5 / 3);
    close(r.bars[0]!.rangeStart, 2 / 3);
    close(r.bars[0]!.rangeEnd, 1);
    close(r.bars[1]!.fraction, (300 * 3600) / (3 * WEEK));
    expect([r.bars[1]!.rangeStart, r.bars[1]!.rangeEnd]).to.deep.equal([null, null]);
    expect(r.winner).to.equal('rust');

    const mem = rows.get('Memory Footprint (Idle Process)')!; // 25-35 MB against 2-5 MB: mids 30 and 3.5
    expect(mem.key).to.equal('data');
    expect(mem.bars.map((b) => b.value)).to.deep.equal([30e6, 3.5e6]);
    close(mem.ratio, 30 / 3.5);
    expect(mem.scale).to.equal('linear');
  });

  it('a zero keeps a row linear, even when asked for log', () => {
    const r = rows.get('Compilation Time (medium project)')!; // "0 seconds (interpreted)" against "5-30 seconds"
    expect(r.scale).to.equal('linear');
    expect(r.ratio).to.equal(null);
    expect(r.bars[0]!.fraction).to.equal(0);
    expect(r.bars[0]!.text).to.equal('0 seconds (interpreted)');
    expect(r.winner).to.equal('python');
    const forced = chartRow(r.attribute, demo.items, 'en', 'log')!;
    expect(forced.scale).to.equal('linear');
  });

  it('the scale mode overrides the automatic choice', () => {
    const fib = demo.attributes!.find((a) => a.id === 'execution-speed-fibonacci-30')!;
    const linear = chartRow(fib, demo.items, 'en', 'linear')!;
    expect(linear.scale).to.equal('linear');
    expect(linear.domain).to.deep.equal([0, 4.8]);
    close(linear.bars[1]!.fraction, 0.01);
    expect(linear.ticks).to.deep.equal([]);
    const packages = demo.attributes!.find((a) => a.id === 'available-packages')!;
    expect(chartRow(packages, demo.items, 'en', 'log')!.scale).to.equal('log');
    expect(chartRows(demo, 'en', 'linear').every((r) => r.scale === 'linear')).to.equal(true);
    const logged = chartRows(demo, 'en', 'log');
    // Every row is log but the one with a zero.
    expect(logged.filter((r) => r.scale === 'linear').map((r) => r.label)).to.deep.equal(['Compilation Time (medium project)']);
  });

  it('reads the scale attribute; anything unknown is auto', () => {
    expect(scaleMode('linear')).to.equal('linear');
    expect(scaleMode(' LOG ')).to.equal('log');
    expect(scaleMode('auto')).to.equal('auto');
    expect(scaleMode('logarithmic')).to.equal('auto');
    expect(scaleMode('')).to.equal('auto');
    expect(scaleMode(undefined)).to.equal('auto');
    expect(scaleMode(null)).to.equal('auto');
  });

  it('picks log only above a ratio of 20 with every drawn number positive', () => {
    expect(LOG_RATIO).to.equal(20);
    expect(chooseScale([1, 20], [1, 20])).to.deep.equal({ scale: 'linear', ratio: 20 });
    expect(chooseScale([1, 20.5], [1, 20.5])).to.deep.equal({ scale: 'log', ratio: 20.5 });
    expect(chooseScale([1, 100], [0, 2, 100, 100]).scale).to.equal('linear'); // a range reaching 0
    expect(chooseScale([-1, 100], [-1, 100])).to.deep.equal({ scale: 'linear', ratio: null });
    expect(chooseScale([2, 3], [2, 3], 'log').scale).to.equal('log');
    expect(chooseScale([2, 3000], [2, 3000], 'linear')).to.deep.equal({ scale: 'linear', ratio: 1500 });
    expect(chooseScale([0, 5], [0, 5], 'log').scale).to.equal('linear');
  });

  it('puts the zero line inside the axis when a value is negative', () => {
    const r = row({ a: '-8%', b: '4%', c: '16%' }, { better: 'higher' })!;
    expect(r.scale).to.equal('linear');
    expect(r.domain).to.deep.equal([-8, 16]);
    close(r.zero, 8 / 24);
    expect(r.bars.map((b) => b.start)).to.deep.equal([r.zero, r.zero, r.zero]);
    close(r.bars[0]!.fraction, 0);
    close(r.bars[1]!.fraction, 12 / 24);
    close(r.bars[2]!.fraction, 1);
    expect(r.winner).to.equal('c');
  });

  it('charts the largest comparable group; other items keep their text without a bar', () => {
    const r = row({ a: '2 s', b: '500 ms', c: 'Not measured' }, { better: 'lower' })!;
    expect(r.bars.map((b) => [b.text, b.value])).to.deep.equal([
      ['2 s', 2],
      ['500 ms', 0.5],
      ['Not measured', null],
    ]);
    expect(r.bars[2]!.fraction).to.equal(null);
    expect(r.winner).to.equal('b');
    const other = row({ a: '2 s', b: '3 s', c: '5 MB' })!;
    expect(other.key).to.equal('time');
    expect(other.bars[2]!.value).to.equal(null);
    expect(other.bars[2]!.text).to.equal('5 MB');
    const missing = row({ a: 10, b: 20, c: null })!;
    expect(missing.bars.map((b) => b.text)).to.deep.equal(['10', '20', null]);
    // One value each of two dimensions: no common axis.
    expect(row({ a: '2 s', b: '5 MB' })).to.equal(null);
    expect(row({ a: '$5', b: '€5' })).to.equal(null);
    // A test's results under other conditions: no bar for the odd one, no chart for one of each.
    expect(row({ a: '0-60 mph: 4.5 s', b: '0-100 km/h in 5.1 s' })).to.equal(null);
    const accel = row({ a: '0-100 km/h in 4.9 s', b: '0-60 mph: 4.5 s', c: '0–100 km/h: 5.1 s' })!;
    expect(accel.key).to.equal('time 0-100 km/h');
    expect(accel.bars.map((b) => b.value)).to.deep.equal([4.9, null, 5.1]);
  });

  it('draws "Lifetime" as "Unlimited": to the end of the axis, beside times only', () => {
    const r = row({ a: 'Lifetime', b: '10-year warranty', c: '24 months' }, { better: 'higher' })!;
    expect(r.bars.map((b) => b.unbounded)).to.deep.equal([true, false, false]);
    expect(r.winner).to.equal('a');
    close(r.bars[1]!.fraction, 0.85);
    expect(row({ a: 'Lifetime', b: '$5', c: '$7' })!.bars.map((b) => b.value !== null || b.unbounded)).to.deep.equal([false, true, true]);
  });

  it('never returns NaN: all zeros (no row: nothing to draw), equal values', () => {
    expect(row({ a: 0, b: 0 })).to.equal(null);
    expect(row({ a: 'Free', b: '$0' })).to.equal(null);
    const equal = row({ a: 5, b: 5 }, {}, 'log')!;
    expect(equal.scale).to.equal('log');
    expect(equal.bars.slice(0, 2).map((b) => b.fraction)).to.deep.equal([1, 1]);
    // A power of ten as the smallest value: the axis starts a decade lower, so its bar is not empty.
    const decade = row({ a: '10 ms', b: '1 s' })!;
    expect(decade.scale).to.equal('log');
    expect(decade.domain).to.deep.equal([0.001, 1]);
    close(decade.bars[0]!.fraction, 1 / 3);
  });

  it('counts a log axis\'s decades in the unit the values are written in, not in the base unit', () => {
    // Per kWh: the axis starts at 0.1 zł/kWh (it started at 1e-7 zł/J, 0.36 zł/kWh: 0.38 drew 42 % of 0.41).
    const energy = chartRow(attr({ a: '0,41 zł/kWh', b: '0,38 zł/kWh' }), ITEMS, 'pl', 'log')!;
    close(energy.domain[0] * 3.6e6, 0.1);
    expect(energy.ticks).to.deep.equal([]);
    close(energy.bars[1]!.fraction, Math.log10(3.8) / Math.log10(4.1));
    // Per month: no gridline at 1e-6 €/s (2.63 €/mo); the axis starts at 1 €/mo.
    const price = row({ a: '€1.65/mo', b: '€3.99/mo' }, {}, 'log')!;
    expect(price.ticks).to.deep.equal([]);
    close(price.domain[0] * 2630016, 1);
    close(price.bars[0]!.fraction, Math.log10(1.65) / Math.log10(3.99));
    // Hours: gridlines at 10 h and 100 h, from 1 h; in the first value's unit when they are mixed.
    const hours = row({ a: '2 h', b: '300 h' })!;
    expect(hours.scale).to.equal('log');
    close(hours.domain[0], 3600);
    expect(hours.ticks).to.have.length(2);
    close(hours.ticks[0], 1 / Math.log10(300));
    close(hours.ticks[1], 2 / Math.log10(300));
    const mixed = row({ a: '30 min', b: '300 h' })!;
    close(mixed.domain[0], 600);
    expect(mixed.ticks).to.have.length(3);
  });

  it('charts the three-item fixture, explicit values and log rows included', () => {
    const r3 = chartRows(three, 'en');
    expect(r3.map((r) => [r.id, r.scale])).to.deep.equal([
      ['max-columns-per-table', 'linear'],
      ['max-field-size', 'linear'],
      ['default-max-connections', 'linear'],
      ['default-cache-size', 'log'],
      ['point-query-latency', 'log'],
      ['bulk-insert-throughput', 'linear'],
      ['managed-hosting-price', 'linear'],
    ]);
    const latency = r3.find((r) => r.id === 'point-query-latency')!;
    expect(latency.bars.map((b) => b.text)).to.deep.equal(['2–5 ms', '2–4 ms', '10–50 µs']);
    close(latency.bars[2]!.value, 0.00003);
    expect(latency.winner).to.equal('sqlite');
    const connections = r3.find((r) => r.id === 'default-max-connections')!;
    expect(connections.bars.map((b) => b.value)).to.deep.equal([100, 151, null]);
    expect(connections.bars.map((b) => b.text)).to.deep.equal(['100', '151', null]);
    for (const r of r3) {
      for (const b of r.bars) {
        for (const f of [b.fraction, b.start, b.rangeStart, b.rangeEnd]) {
          if (f !== null) expect(f >= 0 && f <= 1, `${r.id} ${b.itemId}`).to.equal(true);
        }
      }
    }
  });

  it('formats plain numbers in the locale', () => {
    const r = chartRow(attr({ a: 1600, b: 2000.5 }), ITEMS, 'de')!;
    expect(r.bars.slice(0, 2).map((b) => b.text)).to.deep.equal(['1.600', '2.000,5']);
  });

  describe('the decades of a log axis, labelled', () => {
    const FOUR = [...ITEMS, { id: 'd', name: 'D' }];
    const log = (values: Attribute['values'], locale = 'en', more: Partial<Attribute> = {}) => chartRow(attr(values, more), FOUR, locale, 'log')!;
    /** White space as one space: Intl writes a no-break space in "1 €", narrow in some locales. */
    const shown = (r: ChartRow) => r.labels.map((l) => l.replace(/\s/g, ' '));

    it('1 to 1,000,000: every decade, short, in the locale (there were none)', () => {
      const r = log({ a: '1', b: '1,000', c: '50,000', d: '1,000,000' });
      expect(r.labels).to.have.length(r.ticks.length);
      expect(r.labels).to.deep.equal(['1', '10', '100', '1K', '10K', '100K']);
      expect(shown(log({ a: '1', b: '1.000', c: '50.000', d: '1 Mio.' }, 'de'))).to.deep.equal(['1', '10', '100', '1000', '10.000', '100.000']);
      expect(log({ a: '১', b: '১,০০০', c: '১০,০০,০০০', d: '৫০' }, 'bn').labels[0]).to.equal('১');
      // A linear axis has none.
      expect(chartRow(attr({ a: '1', b: '2' }), ITEMS, 'en', 'linear')!.labels).to.deep.equal([]);
    });

    it("in the unit of the first bar: a currency as the locale writes it, time words in the locale's words, symbols after", () => {
      expect(log({ a: '$1', b: '$120', c: '$9,999', d: '$1,000,000' }).labels).to.deep.equal(['$1', '$10', '$100', '$1K', '$10K', '$100K']);
      expect(shown(log({ a: '1 €', b: '120 €', c: '1 Mio. €' }, 'de')).slice(0, 4)).to.deep.equal(['1 €', '10 €', '100 €', '1000 €']);
      // (Days as the engine writes them short in German, "10 Tg.": not "10 day".)
      const days = (n: number) => new Intl.NumberFormat('de', { style: 'unit', unit: 'day' }).format(n).replace(/\s/g, ' ');
      expect(shown(log({ a: '2 Tage', b: '20 Tage', c: '3 Jahre' }, 'de'))).to.deep.equal([days(10), days(100), '']);
      expect(days(10)).to.not.contain('day');
      expect(shown(log({ a: '1 s', b: '2 min', c: '3 h', d: '11 days' }))).to.deep.equal(['1 s', '10 s', '100 s', '1K s', '10K s', '100K s']);
      expect(shown(log({ a: '1 GB', b: '500 GB', c: '2 TB' })).slice(0, 3)).to.deep.equal(['1 GB', '10 GB', '100 GB']);
      expect(log({ a: '$1/mo', b: '$500/mo' }).labels).to.deep.equal(['$1/month', '$10/month', '$100/month']);
      expect(shown(log({ a: '1%', b: '90%' }, 'de'))[0]).to.equal('1 %');
    });

    it('at most 6, every second or third decade beyond, and none by the ends of the axis', () => {
      const wide = log({ a: '0.001', b: '1', c: '1,000,000,000,000' });
      expect(wide.ticks).to.have.length(15);
      const kept = wide.labels.filter(Boolean);
      expect(kept).to.deep.equal(['0.001', '1', '1K', '1M', '1B']);
      // 1,000 days sits at 99 % of an axis to 3 years (1,096 days): no label sticks out past its end.
      const r = log({ a: '2 days', b: '3 years' });
      expect(r.ticks[2]).to.be.above(0.92);
      expect(r.labels[2]).to.equal('');
    });
  });
});
