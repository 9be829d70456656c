import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define/compare-chart.js';
import type { CompareChart } from '../../src/components/compare-chart/compare-chart.js';
import { clone, labelledBy, loadDemo, loadFixture, settled, textOf, timesSpoken } from '../helpers/util.js';

async function chart(data: unknown, attrs: { scale?: string; theme?: string; width?: string; level?: number } = {}) {
  const el = await fixture<CompareChart>(
    html`<compare-chart
      .data=${data}
      scale=${attrs.scale ?? 'auto'}
      theme=${attrs.theme ?? 'light'}
      heading-level=${attrs.level ?? 2}
      style=${attrs.width ? `inline-size:${attrs.width}` : ''}
    ></compare-chart>`,
  );
  return settled(el);
}

const rowsOf = (el: CompareChart) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="row"]')];
const labelOf = (row: Element) => textOf(row.querySelector('.label'));
const rowBy = (el: CompareChart, label: string) => {
  const row = rowsOf(el).find((r) => labelOf(r) === label);
  expect(row, label).to.exist;
  return row!;
};
/** The value label's own text, without the "best" marker. */
const valueText = (line: Element) => {
  const v = line.querySelector('[part~="value-label"]')!;
  return [...v.childNodes]
    .filter((n) => n.nodeType === Node.TEXT_NODE || (n instanceof Element && n.getAttribute('part') !== 'winner'))
    .map((n) => n.textContent)
    .join('')
    .trim();
};
const lines = (row: Element) => [...row.querySelectorAll<HTMLElement>('[part~="bar-line"]')];
/** Drawn length of the bar over the length of its track (0..1), measured in the page. */
const drawnFraction = (line: Element) => {
  const track = line.querySelector('[part="bar-track"]')!.getBoundingClientRect();
  const bar = line.querySelector('[part="bar"]');
  return bar ? bar.getBoundingClientRect().width / track.width : null;
};
const srRows = (el: CompareChart) =>
  new Map(
    [...el.shadowRoot!.querySelectorAll('[part="sr-table"] tbody tr')].map((tr) => [
      textOf(tr.querySelector('th')),
      [...tr.querySelectorAll('td')].map((td) => textOf(td)),
    ]),
  );

describe('<compare-chart>', () => {
  let demo: any;
  let three: any;
  before(async () => {
    demo = await loadDemo();
    three = await loadFixture('three-databases.json');
  });

  it('shows the heading, the intro and one row per comparable attribute of the demo', async () => {
    const el = await chart(demo);
    const root = el.shadowRoot!;
    const h = root.querySelector('[part="heading"]')!;
    expect(textOf(h)).to.equal('Visual Comparison');
    expect(h.getAttribute('role')).to.equal('heading');
    expect(h.getAttribute('aria-level')).to.equal('2');
    expect(textOf(root.querySelector('[part="intro"]'))).to.equal('Side-by-side comparison of numeric attributes');
    expect(rowsOf(el).map(labelOf)).to.deep.equal([
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
    // Not charted: multiplier against percent, a Python-only row, compare: false.
    const text = textOf(root.querySelector('[part="chart"]'));
    expect(text).to.not.contain('Memory Overhead vs C');
    expect(text).to.not.contain('Machine Learning Market Share');
    expect(text).to.not.contain('Production Use (Major Companies)');
    for (const row of rowsOf(el)) {
      expect(lines(row).map((l) => textOf(l.querySelector('[part="item-name"]')))).to.deep.equal(['Python', 'Rust']);
      expect(row.querySelectorAll('svg[part="bar-track"]').length).to.equal(2);
    }
    expect([...root.querySelectorAll('[part="legend-item"]')].map((li) => textOf(li))).to.deep.equal(['Python', 'Rust']);
    await expect(el).to.be.accessible();
  });

  it('draws bars with the right relative lengths', async () => {
    const el = await chart(demo, { width: '900px' });
    const packages = lines(rowBy(el, 'Available Packages')).map(drawnFraction);
    expect(packages[0]).to.be.closeTo(1, 0.01);
    expect(packages[1]).to.be.closeTo(50000 / 530000, 0.01);
    // 2.5 weeks (range midpoint) against 300 hours, on an axis up to 3 weeks.
    const proficiency = lines(rowBy(el, 'Time to Proficiency')).map(drawnFraction);
    expect(proficiency[0]).to.be.closeTo(2.5 / 3, 0.01);
    expect(proficiency[1]).to.be.closeTo(300 / (3 * 168), 0.01);
    // The range is drawn as a whisker from 2 to 3 weeks; a single value has none.
    const [py, rust] = lines(rowBy(el, 'Time to Proficiency'));
    const track = py!.querySelector('[part="bar-track"]')!.getBoundingClientRect();
    const whisker = py!.querySelector('[part="range"]')!.getBoundingClientRect();
    expect((whisker.left - track.left) / track.width).to.be.closeTo(2 / 3, 0.02);
    expect((whisker.right - track.left) / track.width).to.be.closeTo(1, 0.02);
    expect(rust!.querySelector('[part="range"]')).to.equal(null);
    // Log scale: 0.048 s sits at log(4.8)/log(480) of an axis from 0.01 s to 4.8 s.
    const fib = lines(rowBy(el, 'Execution Speed (Fibonacci 30)')).map(drawnFraction);
    expect(fib[0]).to.be.closeTo(1, 0.01);
    expect(fib[1]).to.be.closeTo(Math.log10(4.8) / Math.log10(480), 0.01);
  });

  it('bars scale with the element width and nothing overflows at 320 px', async () => {
    const wide = await chart(demo, { width: '900px' });
    const narrow = await chart(demo, { width: '320px' });
    const w = (el: CompareChart) => el.shadowRoot!.querySelector('[part="bar-track"]')!.getBoundingClientRect().width;
    // (Wide, the names and the values take what they need, up to a quarter of the box and 14rem: the bars the rest.)
    expect(w(wide)).to.be.greaterThan(w(narrow) * 1.4);
    const widths = (el: CompareChart, part: string) => [...rowBy(el, 'Available Packages').querySelectorAll(`[part="${part}"]`)].map((n) => n.getBoundingClientRect().width);
    // "Python" and "Rust": a narrow names column, the same on every line; the values' as wide as "530,000+ packages".
    expect(Math.max(...widths(wide, 'item-name'))).to.be.below(100);
    expect(new Set(widths(wide, 'item-name').map(Math.round)).size).to.equal(1);
    expect(w(wide)).to.be.greaterThan(900 - 100 - 14 * 16);
    const packages = lines(rowBy(narrow, 'Available Packages')).map(drawnFraction);
    expect(packages[1]).to.be.closeTo(50000 / 530000, 0.01);
    expect(narrow.scrollWidth).to.be.at.most(narrow.clientWidth);
    for (const node of narrow.shadowRoot!.querySelectorAll('[part~="bar-line"], [part="row-label"]')) {
      expect(node.scrollWidth, textOf(node)).to.be.at.most(node.clientWidth + 1);
    }
    // Narrow: the bar under the name; wide: beside it.
    const [line] = lines(rowBy(narrow, 'Available Packages'));
    expect(line!.querySelector('[part="bar-track"]')!.getBoundingClientRect().top).to.be.greaterThan(
      line!.querySelector('[part="item-name"]')!.getBoundingClientRect().bottom - 1,
    );
    // Wide, every bar of every attribute starts and ends at one place (the columns are the chart's, not each attribute's).
    const edges = [...wide.shadowRoot!.querySelectorAll('[part="bar-track"]')].map((t) => t.getBoundingClientRect());
    expect(new Set(edges.map((r) => Math.round(r.left))).size, 'starts').to.equal(1);
    expect(new Set(edges.map((r) => Math.round(r.right))).size, 'ends').to.equal(1);
    const [wideLine] = lines(rowBy(wide, 'Available Packages'));
    expect(wideLine!.querySelector('[part="bar-track"]')!.getBoundingClientRect().left).to.be.greaterThan(
      wideLine!.querySelector('[part="item-name"]')!.getBoundingClientRect().left + 50,
    );
  });

  it('wide: a text with no bar takes the bar\'s room, so it does not narrow every bar', async () => {
    const track = (el: CompareChart) => el.shadowRoot!.querySelector('[part="bar-track"]')!.getBoundingClientRect().width;
    const before = track(await chart(three, { width: '768px' }));
    const doc = clone(three);
    doc.attributes[1].values.sqlite = 'Set when compiled: see the documentation for the limits of each build';
    const el = await chart(doc, { width: '768px' });
    expect(track(el)).to.be.closeTo(before, 1);
    const line = lines(rowBy(el, doc.attributes[1].label)).find((l) => l.dataset.item === 'sqlite')!;
    expect(line.querySelector<SVGElement>('[part="bar-track"]')!.getBoundingClientRect().width, 'no empty track').to.equal(0);
    const value = line.querySelector('[part="value-label"]')!.getBoundingClientRect();
    expect(value.right).to.be.at.most(el.getBoundingClientRect().right + 0.5);
    expect(value.width).to.be.greaterThan(before);
  });

  it('keeps amounts whole and inside the element on a phone with text zoomed to 200 %', async () => {
    const doc = {
      version: 1, id: 'zoom', title: 'Zoom',
      items: [{ id: 'a', name: 'Microsoft Azure Virtual Machines (Windows Server 2025 Datacenter)' }, { id: 'b', name: 'B' }],
      attributes: [
        { id: 'p', label: 'Price', better: 'lower', values: { a: '$3,703,703.67', b: '$1,234,567.89' } },
        { id: 't', label: 'Throughput', better: 'higher', values: { a: '137000 req/s', b: '685000 req/s' } },
      ],
    };
    document.documentElement.style.fontSize = '200%';
    try {
      const el = await chart(doc, { width: '359px' });
      expect(el.scrollWidth, 'the element got wider').to.be.at.most(el.clientWidth);
      for (const value of el.shadowRoot!.querySelectorAll('[part~="bar-line"] .value')) {
        const amount = value.querySelector('.amount') ?? [...value.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && /\d/.test(n.textContent!))!;
        const range = document.createRange();
        range.selectNodeContents(amount);
        expect(new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size, value.textContent!).to.equal(1);
        expect(value.scrollWidth, value.textContent!).to.be.at.most(value.clientWidth + 1);
      }
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('keeps long amounts inside a 320 px phone\'s chart (18rem)', async () => {
    const doc = {
      version: 1, id: 'long', title: 'Long',
      items: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }],
      attributes: [{ id: 'p', label: 'Price', better: 'lower', values: { a: '$3,703,703.67/month', b: '$1,234,567.89 /month' } }],
    };
    for (const width of ['264px', '288px', '320px']) {
      const el = await chart(doc, { width });
      expect(el.scrollWidth, width).to.be.at.most(el.clientWidth);
      for (const value of el.shadowRoot!.querySelectorAll('[part~="bar-line"] .value')) {
        expect(value.getBoundingClientRect().right, `${width}: ${value.textContent}`).to.be.at.most(el.getBoundingClientRect().right + 0.5);
      }
    }
  });

  it('labels a log axis\'s decades under its bars, on their grid lines, in the locale, never overlapping (there were none)', async () => {
    const doc = (locale: string) => ({
      version: 1, id: 'log', title: 'Log', locale,
      items: ['a', 'b', 'c', 'd'].map((id) => ({ id, name: `Item ${id}` })),
      attributes: [
        { id: 'users', label: 'Users', values: { a: '1', b: '1,000', c: '50,000', d: '1,000,000' } },
        { id: 'price', label: 'Price', better: 'lower', values: locale === 'de' ? { a: '1 €', b: '120 €', c: '9.999 €', d: '1 Mio. €' } : { a: '$1', b: '$120', c: '$9,999', d: '$1,000,000' } },
        { id: 'wide', label: 'Wide', values: { a: '0.001', b: '1', c: '1,000,000,000,000', d: '5' } },
        { id: 'linear', label: 'Linear', values: { a: '1', b: '2', c: '3', d: '4' } },
      ],
    });
    /** The visible labels of a row: text, and the box of its text. */
    const labels = (row: Element) =>
      [...row.querySelectorAll('.decades span')].flatMap((span) => {
        const range = document.createRange();
        range.selectNodeContents(span);
        const box = range.getBoundingClientRect();
        return box.width > 0 ? [{ text: span.textContent!.replace(/\s/g, ' '), box }] : [];
      });
    const wide = await chart(doc('en'), { width: '900px' });
    const users = rowBy(wide, 'Users');
    expect(labels(users).map((l) => l.text)).to.deep.equal(['1', '10', '100', '1K', '10K', '100K']);
    expect(labels(rowBy(wide, 'Price')).map((l) => l.text)).to.deep.equal(['$1', '$10', '$100', '$1K', '$10K', '$100K']);
    expect(rowBy(wide, 'Linear').querySelector('.decades'), 'no labels on a linear axis').to.equal(null);
    // Each centred on its grid line.
    const track = users.querySelector('[part="bar-track"]')!.getBoundingClientRect();
    const lines = [...users.querySelector('[part="bar-track"]')!.querySelectorAll('.tick')].map((t) => t.getBoundingClientRect());
    labels(users).forEach((l, k) => expect((l.box.left + l.box.right) / 2, l.text).to.be.closeTo((lines[k]!.left + lines[k]!.right) / 2, 1.5));
    expect(labels(users)[0]!.box.top, 'under the bars').to.be.at.least(track.bottom);
    for (const [locale, width] of [['en', '900px'], ['en', '600px'], ['de', '600px'], ['de', '320px'], ['en', '264px'], ['he', '320px']] as const) {
      const el = await chart(doc(locale), { width });
      const host = el.getBoundingClientRect();
      for (const row of rowsOf(el).filter((r) => r.dataset['scale'] === 'log')) {
        const shown = labels(row);
        const what = `${locale} ${width} ${labelOf(row)}: ${shown.map((l) => l.text).join(' | ')}`;
        expect(shown.length, what).to.be.at.least(2);
        const boxes = shown.map((l) => l.box).sort((x, y) => x.left - y.left);
        for (let k = 1; k < boxes.length; k++) expect(boxes[k]!.left - boxes[k - 1]!.right, `${what}: apart`).to.be.at.least(4);
        for (const b of boxes) expect(b.left >= host.left - 0.5 && b.right <= host.right + 0.5, `${what}: inside`).to.equal(true);
      }
      expect(el.scrollWidth, `${locale} ${width}`).to.be.at.most(el.clientWidth);
    }
  });

  it('draws negative values from a zero line', async () => {
    const doc = {
      version: 1, id: 'growth', title: 'Growth',
      items: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }],
      attributes: [{ id: 'g', label: 'Growth', better: 'higher', values: { a: '-10%', b: '30%' } }],
    };
    const el = await chart(doc, { width: '800px' });
    const [a, b] = lines(rowBy(el, 'Growth'));
    const track = a!.querySelector('[part="bar-track"]')!.getBoundingClientRect();
    const zero = a!.querySelector('.zero')!.getBoundingClientRect();
    expect((zero.left + zero.right) / 2 - track.left).to.be.closeTo(track.width / 4, 2);
    const neg = a!.querySelector('[part="bar"]')!.getBoundingClientRect();
    const pos = b!.querySelector('[part="bar"]')!.getBoundingClientRect();
    expect(neg.left).to.be.closeTo(track.left, 1);
    expect(neg.right).to.be.closeTo(track.left + track.width / 4, 1);
    expect(pos.left).to.be.closeTo(track.left + track.width / 4, 1);
    expect(pos.right).to.be.closeTo(track.right, 1);
    expect(lines(rowBy(el, 'Growth')).map(valueText)).to.deep.equal(['-10%', '30%']);
    // Rows without negative values have no zero line.
    const demoChart = await chart(demo);
    expect(demoChart.shadowRoot!.querySelector('.zero')).to.equal(null);
  });

  it('labels every bar with the value exactly as written', async () => {
    const el = await chart(demo);
    for (const row of rowsOf(el)) {
      const attr = demo.attributes.find((a: any) => a.id === row.dataset['attribute']);
      expect(lines(row).map(valueText), attr.label).to.deep.equal([attr.values.python, attr.values.rust]);
    }
    expect(lines(rowBy(el, 'Available Packages')).map(valueText)).to.deep.equal(['530,000+ packages', '~50,000 crates']);
    expect(lines(rowBy(el, 'Execution Speed (Fibonacci 30)')).map(valueText)).to.deep.equal(['4.8 seconds', '0.048 seconds']);
  });

  it('says the better direction and marks the winner in words', async () => {
    const el = await chart(demo);
    const fib = rowBy(el, 'Execution Speed (Fibonacci 30)');
    expect(textOf(fib.querySelector('[part="direction"]'))).to.equal('↓ lower is better');
    const [py, rust] = lines(fib);
    expect(rust!.getAttribute('part')).to.equal('bar-line winner');
    expect(textOf(rust!.querySelector('[part="winner"]'))).to.equal('best');
    expect(py!.querySelector('[part="winner"]')).to.equal(null);
    const pkg = rowBy(el, 'Available Packages');
    expect(textOf(pkg.querySelector('[part="direction"]'))).to.equal('↑ higher is better');
    expect(lines(pkg)[0]!.querySelector('[part="winner"]')).to.exist;
    // One winner per row with `better`, every charted demo row has one.
    for (const row of rowsOf(el)) expect(row.querySelectorAll('[part="winner"]').length, labelOf(row)).to.equal(1);
  });

  it('says "logarithmic scale" on the Fibonacci row only; scale="linear" removes it', async () => {
    let el = await chart(demo);
    const logRows = rowsOf(el).filter((r) => r.querySelector('[part="scale-note"]'));
    expect(logRows.map(labelOf)).to.deep.equal(['Execution Speed (Fibonacci 30)']);
    expect(textOf(logRows[0]!.querySelector('[part="scale-note"]'))).to.equal('logarithmic scale');
    expect(logRows[0]!.dataset['scale']).to.equal('log');

    el = await chart(demo, { scale: 'linear' });
    expect(el.shadowRoot!.querySelector('[part="scale-note"]')).to.equal(null);
    expect(textOf(el.shadowRoot)).to.not.contain('logarithmic scale');
    const fib = lines(rowBy(el, 'Execution Speed (Fibonacci 30)')).map(drawnFraction);
    expect(fib[1]).to.be.closeTo(0.01, 0.005);

    // Forced log: every row but the one with a zero.
    el = await chart(demo, { scale: 'log' });
    const linear = rowsOf(el).filter((r) => !r.querySelector('[part="scale-note"]'));
    expect(linear.map(labelOf)).to.deep.equal(['Compilation Time (medium project)']);

    // An unknown value acts like auto; changing the attribute re-renders.
    el = await chart(demo, { scale: 'sideways' });
    expect(rowsOf(el).filter((r) => r.querySelector('[part="scale-note"]')).map(labelOf)).to.deep.equal(['Execution Speed (Fibonacci 30)']);
    el.setAttribute('scale', 'linear');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="scale-note"]')).to.equal(null);
  });

  it('has a text alternative with every number, the direction and the winner', async () => {
    const el = await chart(demo);
    const root = el.shadowRoot!;
    expect(root.querySelector('[part="chart"]')!.getAttribute('aria-hidden')).to.equal('true');
    for (const svg of root.querySelectorAll('svg')) expect(svg.getAttribute('aria-hidden')).to.equal('true');
    const table = root.querySelector('table[part="sr-table"]')!;
    // Named by the heading, not by a caption of the same words: a screen reader meets them once.
    expect(labelledBy(table)).to.equal('Visual Comparison');
    expect(table.querySelector('caption') === null, 'no caption').to.equal(true);
    expect(timesSpoken(root, 'Visual Comparison')).to.equal(1);
    expect([...table.querySelectorAll('thead th[scope="col"]')].map((th) => textOf(th))).to.deep.equal(['Attribute', 'Python', 'Rust']);
    expect(table.querySelectorAll('tbody th[scope="row"]').length).to.equal(9);
    const rows = srRows(el);
    expect(rows.get('Execution Speed (Fibonacci 30) (seconds), lower is better, logarithmic scale')).to.deep.equal([
      '4.8 seconds',
      '0.048 seconds, best',
    ]);
    expect(rows.get('Available Packages (total packages), higher is better')).to.deep.equal(['530,000+ packages, best', '~50,000 crates']);
    // Every value of every charted row, as written.
    for (const row of rowsOf(el)) {
      const attr = demo.attributes.find((a: any) => a.id === row.dataset['attribute']);
      const tr = table.querySelector(`tr[data-attribute="${attr.id}"]`)!;
      const cells = [...tr.querySelectorAll('td')].map((td) => textOf(td).replace(/, best$/, ''));
      expect(cells, attr.label).to.deep.equal([attr.values.python, attr.values.rust]);
    }
    // Hidden visually, not from assistive technology.
    expect(table.parentElement!.getBoundingClientRect().width).to.be.at.most(1);
    expect(table.parentElement!.classList.contains('visually-hidden')).to.equal(true);
    expect(table.closest('[aria-hidden]')).to.equal(null);
  });

  it('works with three items, a missing value and explicit values', async () => {
    const el = await chart(three);
    expect(rowsOf(el).map((r) => r.dataset['attribute'])).to.deep.equal([
      'max-columns-per-table',
      'max-field-size',
      'default-max-connections',
      'default-cache-size',
      'point-query-latency',
      'bulk-insert-throughput',
      'managed-hosting-price',
    ]);
    for (const row of rowsOf(el)) expect(lines(row).map((l) => textOf(l.querySelector('[part="item-name"]')))).to.deep.equal(['PostgreSQL', 'MySQL', 'SQLite']);
    const conn = lines(rowBy(el, 'Default max connections'));
    expect(conn.map(valueText)).to.deep.equal(['100', '151', '—not available']);
    expect(conn[2]!.querySelector('[part="bar"]')).to.equal(null);
    expect(conn[2]!.querySelector('[part="missing"]')).to.exist;
    expect(srRows(el).get('Default max connections (connections), higher is better')).to.deep.equal(['100', '151, best', '—not available']);
    const latency = rowBy(el, 'Point query latency (local, warm cache)');
    expect(lines(latency).map(valueText)).to.deep.equal(['2–5 ms', '2–4 ms', '10–50 µs']);
    expect(textOf(latency.querySelector('[part="scale-note"]'))).to.equal('logarithmic scale');
    expect(lines(latency)[2]!.querySelector('[part="winner"]')).to.exist;
    // No `better`: no direction, no winner.
    const cache = rowBy(el, 'Default cache size');
    expect(cache.querySelector('[part="direction"]')).to.equal(null);
    expect(cache.querySelector('[part="winner"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('draws "Unlimited" as a bar to the end of the axis, longer than every finite bar, with its value as written', async () => {
    const doc = {
      version: 1, id: 'unl', title: 'Unl',
      items: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }, { id: 'c', name: 'C' }],
      attributes: [{ id: 'devices', label: 'Devices', better: 'higher', values: { a: 'Unlimited', b: 'up to 3 devices', c: '5 devices' } }],
    };
    const el = await chart(doc);
    const [a, b, c] = lines(rowBy(el, 'Devices'));
    const bars = [...a!.querySelectorAll<SVGRectElement>('[part="bar"]')];
    expect(bars).to.have.length(1);
    expect([Number(bars[0]!.getAttribute('x')), Number(bars[0]!.getAttribute('width'))]).to.deep.equal([0, 100]);
    expect(valueText(a!)).to.equal('Unlimited');
    expect(textOf(a!.querySelector('[part="winner"]'))).to.equal('best');
    expect(a!.querySelector('.off-axis')).to.equal(null);
    // The others are bars of their own length; the longest ends at 85 % of the axis.
    for (const line of [b!, c!]) expect(line.querySelectorAll('[part="bar"]')).to.have.length(1);
    expect(Number(c!.querySelector('[part="bar"]')!.getAttribute('width'))).to.be.closeTo(85, 1e-9);
    expect(Number(b!.querySelector('[part="bar"]')!.getAttribute('width'))).to.be.closeTo(51, 1e-9);
    await expect(el).to.be.accessible();
  });

  it('colours bars from Item.color, else from the theme', async () => {
    const el = await chart(demo);
    const [py, rust] = lines(rowBy(el, 'Available Packages'));
    expect(getComputedStyle(py!.querySelector('[part="bar"]')!).fill).to.equal('rgb(55, 118, 171)'); // #3776ab
    expect(getComputedStyle(rust!.querySelector('[part="bar"]')!).fill).to.equal('rgb(206, 66, 43)'); // #ce422b

    const doc = clone(demo);
    for (const item of doc.items) delete item.color;
    const plain = await chart(doc);
    const [a, b] = lines(rowBy(plain, 'Available Packages'));
    expect(getComputedStyle(a!.querySelector('[part="bar"]')!).fill).to.equal('rgb(31, 95, 191)'); // --_series-0, light
    expect(getComputedStyle(b!.querySelector('[part="bar"]')!).fill).to.equal('rgb(179, 64, 11)'); // --_series-1, light
    const dark = await chart(doc, { theme: 'dark' });
    expect(getComputedStyle(lines(rowBy(dark, 'Available Packages'))[0]!.querySelector('[part="bar"]')!).fill).to.equal('rgb(127, 176, 255)');
  });


  it('keeps a bar and its legend dot visible when the item colour is the surface colour (white on light, black on dark)', async () => {
    /** Any CSS colour (color-mix() included) as sRGB 0..255, drawn by the browser. */
    const rgb = (css: string) => {
      const ctx = new OffscreenCanvas(1, 1).getContext('2d')!;
      ctx.fillStyle = 'rgba(1, 2, 3, 0.5)';
      const unset = ctx.fillStyle;
      ctx.fillStyle = css;
      if (ctx.fillStyle === unset) throw new Error(`not a colour: ${css}`); // "none": no edge
      ctx.fillRect(0, 0, 1, 1);
      return [...ctx.getImageData(0, 0, 1, 1).data.slice(0, 3)];
    };
    const lum = (c: number[]) => {
      const [r, g, b] = c.map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const contrast = (a: number[], b: number[]) => (Math.max(lum(a), lum(b)) + 0.05) / (Math.min(lum(a), lum(b)) + 0.05);
    for (const [theme, color] of [['light', '#ffffff'], ['dark', '#000000']] as const) {
      const doc = clone(demo);
      doc.items[0].color = color;
      const el = await chart(doc, { theme });
      const surface = rgb(getComputedStyle(el).backgroundColor);
      const bar = lines(rowBy(el, 'Available Packages'))[0]!.querySelector('[part="bar"]')!;
      // An author's colour is for a light page: on a dark one it is lightened (the fill itself shows); on a light
      // page it is kept as given (a white bar: its edge shows it).
      const fill = contrast(rgb(getComputedStyle(bar).fill), surface);
      if (theme === 'dark') expect(fill, 'dark: the fill, lightened').to.be.at.least(3);
      else expect(fill, 'light: the fill alone, as given').to.be.below(1.3);
      // The edge shows where the fill does not (3:1, WCAG 1.4.11; test/item-colors.test.ts measures every mark).
      if (theme === 'light') expect(contrast(rgb(getComputedStyle(bar).stroke), surface), `${theme}: bar edge`).to.be.at.least(3);
      const dot = el.shadowRoot!.querySelector('[part="legend-item"] .swatch')!;
      const edge = /(rgba?|color|oklch)\(.*\)/.exec(getComputedStyle(dot).boxShadow)?.[0] ?? 'transparent';
      const shown = theme === 'light' ? contrast(rgb(edge), surface) : contrast(rgb(getComputedStyle(dot).backgroundColor), surface);
      expect(shown, `${theme}: dot edge, or the dot itself`).to.be.at.least(3);
    }
  });
  it('lightens an author colour on a dark scheme only, keeping its hue', async () => {
    const doc = clone(demo);
    doc.items[0].color = '#1a237e'; // navy
    const bar = async (theme: string) =>
      getComputedStyle(lines(rowBy(await chart(clone(doc), { theme }), 'Available Packages'))[0]!.querySelector('[part="bar"]')!).fill;
    expect(await bar('light')).to.equal('rgb(26, 35, 126)');
    const ctx = new OffscreenCanvas(1, 1).getContext('2d')!;
    ctx.fillStyle = await bar('dark');
    ctx.fillRect(0, 0, 1, 1);
    const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
    expect(b! > r! && b! > g!, `still blue: ${r}, ${g}, ${b}`).to.be.true;
    expect(r! + g! + b!, 'lighter than navy').to.be.above(26 + 35 + 126 + 150);
  });
  it('keeps two dark author colours apart on a dark scheme, the darker one still the darker', async () => {
    /** The drawn sRGB of each item's bar in the row (0..255), and its sum as a rough lightness. */
    const drawn = async (colors: string[]) => {
      const doc = clone(demo);
      colors.forEach((c, i) => (doc.items[i].color = c));
      const el = await chart(doc, { theme: 'dark' });
      return lines(rowBy(el, 'Available Packages')).map((l) => {
        const ctx = new OffscreenCanvas(1, 1).getContext('2d')!;
        ctx.fillStyle = getComputedStyle(l.querySelector('[part="bar"]')!).fill;
        ctx.fillRect(0, 0, 1, 1);
        return [...ctx.getImageData(0, 0, 1, 1).data.slice(0, 3)];
      });
    };
    const sum = (c: number[]) => c[0]! + c[1]! + c[2]!;
    // Black and dark grey (were both oklch(.7 0 0)); navy and a mid blue (were both lifted to the same lightness).
    for (const [dark, light] of [['#000000', '#555555'], ['#1428a0', '#4285f4']]) {
      const [a, b] = await drawn([dark!, light!]);
      expect(sum(b!) - sum(a!), `${dark} (${a}) darker than ${light} (${b})`).to.be.at.least(30);
    }
  });
  it('stops a 300-character item name after four lines in the legend and on its bar, its whole text still there', async () => {
    const doc = clone(demo);
    const name = 'Nothing Phone (4) Pro Max Limited Edition with the Glyph Interface Matrix, '.repeat(4).trim();
    doc.items[0].name = name;
    const el = await chart(doc, { width: '375px' });
    const h = (e: Element | undefined) => e!.getBoundingClientRect().height;
    const [long, short] = [...el.shadowRoot!.querySelectorAll('[part="legend-item"] .swatched')];
    expect(h(long), 'legend: four lines of "Rust"').to.be.closeTo(4 * h(short), 1);
    const [a, b] = lines(rowBy(el, 'Available Packages')).map((l) => l.querySelector('[part="item-name"]')!);
    expect(h(a), 'bar: four lines of "Rust"').to.be.closeTo(4 * h(b), 1);
    expect(a!.textContent).to.equal(name);
  });

  it('cuts a long name in the other direction at its own end (its ellipsis there), still aligned with the layout, its dot at the start', async () => {
    const doc = clone(demo);
    doc.items[0].name = 'מערכת ניהול מסדי נתונים יחסיים מבוזרת ומקיפה במיוחד לארגונים גדולים עם שכפול מובנה וגיבוי ושחזור לנקודת זמן מהדורה מקצועית '.repeat(2).trim();
    for (const dir of ['ltr', 'rtl']) {
      const el = await chart(doc, { width: '375px' });
      el.dir = dir;
      const [a, b] = lines(rowBy(el, 'Available Packages')).map((l) => l.querySelector('[part="item-name"]')!);
      const [legendA, legendB] = [...el.shadowRoot!.querySelectorAll('[part="legend-item"] .item-name')];
      expect(a!.scrollHeight, `${dir}: cut`).to.be.above(a!.clientHeight + 1);
      // The ellipsis goes at the end of a line in the box's direction: the name's own.
      expect([a, b, legendA, legendB].map((n) => getComputedStyle(n!).direction), dir).to.deep.equal(['rtl', 'ltr', 'rtl', 'ltr']);
      expect([a, b, legendA, legendB].map((n) => getComputedStyle(n!).textAlign), dir).to.deep.equal(Array(4).fill(dir === 'ltr' ? 'left' : 'right'));
      const dot = legendA!.previousElementSibling!.getBoundingClientRect();
      const name = legendA!.getBoundingClientRect();
      if (dir === 'ltr') expect(dot.right, 'the dot left of the name').to.be.at.most(name.left);
      else expect(dot.left, 'the dot right of the name').to.be.at.least(name.right);
    }
  });

  it('handles eight items', async () => {
    const doc = {
      version: 1,
      id: 'eight',
      title: 'Eight',
      items: Array.from({ length: 8 }, (_, i) => ({ id: `i${i}`, name: `Item ${i + 1}` })),
      attributes: [
        { id: 'speed', label: 'Speed', better: 'higher', values: Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`i${i}`, `${(i + 1) * 10} req/s`])) },
      ],
    };
    const el = await chart(doc, { width: '320px' });
    const ls = lines(rowBy(el, 'Speed'));
    expect(ls.length).to.equal(8);
    expect(ls.map(valueText)).to.deep.equal(Array.from({ length: 8 }, (_, i) => `${(i + 1) * 10} req/s`));
    const fills = new Set(ls.map((l) => getComputedStyle(l.querySelector('[part="bar"]')!).fill));
    expect(fills.size).to.equal(8);
    ls.forEach((l, i) => expect(drawnFraction(l)).to.be.closeTo((i + 1) / 8, 0.02));
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    await expect(el).to.be.accessible();
  });

  it('lays out a long chart\'s rows (over 300 bars) when scrolled near, every row kept and the bars still lined up', async () => {
    // 8 items × 60 attributes (8 × 1,000 froze the page 9 s); values of several widths, one longer name.
    const items = Array.from({ length: 8 }, (_, i) => ({ id: `i${i}`, name: i === 2 ? 'An item with a longer name' : `Item ${i + 1}` }));
    const attributes = Array.from({ length: 60 }, (_, r) => ({
      id: `a${r}`,
      label: `Attribute ${r + 1}`,
      values: Object.fromEntries(items.map((it, i) => [it.id, r % 2 ? (r + 1) * (i + 1) : `${((r + 1) * (i + 1) * 1234.5).toLocaleString('en-US')} MB`])),
    }));
    const el = await chart({ version: 1, id: 'long', title: 'Long', items, attributes }, { width: '900px' });
    const rows = rowsOf(el);
    expect(rows.length).to.equal(60);
    expect(el.shadowRoot!.querySelectorAll('[part="sr-table"] tbody tr').length, 'the text alternative').to.equal(60);
    const laidOut = (row: Element) => row.querySelector('[part="bar"]')!.checkVisibility({ contentVisibilityAuto: true });
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    expect(laidOut(rows[0]!), 'on screen').to.equal(true);
    expect(laidOut(rows[59]!), 'far below').to.equal(false);
    rows[59]!.scrollIntoView();
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    expect(laidOut(rows[59]!), 'scrolled to').to.equal(true);
    // Each row lays out on its own, in the same columns: every bar starts and ends at one place.
    const edges = [rows[0]!, rows[1]!, rows[58]!, rows[59]!].flatMap((r) => [...r.querySelectorAll('[part="bar-track"]')]).map((t) => t.getBoundingClientRect());
    expect(new Set(edges.map((r) => Math.round(r.left))).size, 'starts').to.equal(1);
    expect(new Set(edges.map((r) => Math.round(r.right))).size, 'ends').to.equal(1);
    // Name, bar and value side by side.
    for (const line of [...lines(rows[0]!), ...lines(rows[59]!)]) {
      const box = (part: string) => line.querySelector(`[part~="${part}"]`)!.getBoundingClientRect();
      expect(box('bar-track').left, textOf(line)).to.be.at.least(box('item-name').right);
      expect(box('bar-track').right, textOf(line)).to.be.at.most(box('value-label').left);
    }
    window.scrollTo(0, 0);
  });

  it('keeps each value beside the end of its bar in a right-to-left element, whatever the value\'s own direction', async () => {
    // A Latin value ("4.8 seconds") in an Arabic layout: its own direction is left to right.
    const doc = {
      version: 1,
      id: 'ar',
      title: 'بايثون مقابل رست',
      locale: 'ar',
      items: [{ id: 'a', name: 'بايثون' }, { id: 'b', name: 'رست' }],
      attributes: [{ id: 't', label: 'السرعة', better: 'lower', values: { a: '4.8 seconds', b: '0.048 seconds' } }],
    };
    for (const width of ['900px', '320px']) {
      const el = await chart(doc, { width });
      expect(getComputedStyle(el).direction).to.equal('rtl');
      for (const line of lines(rowBy(el, 'السرعة'))) {
        const value = line.querySelector<HTMLElement>('[part~="value-label"]')!;
        const box = value.getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(value);
        const text = range.getBoundingClientRect();
        if (width === '900px') {
          // Wide: the value column is left of the bar; the text starts at its right edge, next to the bar.
          expect(box.right - text.right, `${width}: gap between the text and the bar side`).to.be.below(16);
        } else {
          // Narrow: under the bar, at the end of the line (left in right to left).
          expect(text.left - box.left, `${width}: gap at the end side`).to.be.below(16);
        }
      }
    }
  });

  it('never renders text as HTML', async () => {
    const doc: any = clone(demo);
    (window as any).__chartPwned = false;
    doc.items[0].name = '<img src=x onerror="window.__chartPwned=true">';
    const fib = doc.attributes.find((a: any) => a.id === 'execution-speed-fibonacci-30');
    fib.label = '<b>bold</b>';
    fib.unit = '<i>s</i>';
    fib.values.python = '4.8 seconds <script>window.__chartPwned=true</script>';
    const el = await chart(doc);
    const root = el.shadowRoot!;
    expect(root.querySelector('img, b, i, script')).to.equal(null);
    const row = rowBy(el, '<b>bold</b>');
    expect(textOf(row.querySelector('[part="unit"]'))).to.equal('(<i>s</i>)');
    expect(valueText(lines(row)[0]!)).to.equal('4.8 seconds <script>window.__chartPwned=true</script>');
    expect(textOf(lines(row)[0]!.querySelector('[part="item-name"]'))).to.equal('<img src=x onerror="window.__chartPwned=true">');
    expect(textOf(root.querySelector('[part="sr-table"]'))).to.contain('<b>bold</b>');
    expect((window as any).__chartPwned).to.equal(false);
  });

  it('is empty (no space) when nothing is chartable', async () => {
    const doc: any = clone(demo);
    for (const a of doc.attributes) if (Object.keys(a.values).length > 1) a.compare = false;
    const el = await chart(doc);
    expect(el.state).to.equal('empty');
    expect(el.getBoundingClientRect().height).to.equal(0);
    expect(el.shadowRoot!.querySelector('[part="heading"]')).to.equal(null);
    const none = await chart({ ...clone(three), attributes: [] });
    expect(none.state).to.equal('empty');
  });

  it('shows an invalid document as an accessible error', async () => {
    const el = await chart(await loadFixture('invalid.json'));
    expect(el.state).to.equal('error');
    const box = el.shadowRoot!.querySelector('[part="error"]')!;
    expect(box.getAttribute('role')).to.equal('alert');
    expect(box.querySelectorAll('li code').length).to.be.greaterThan(1);
    await expect(el).to.be.accessible();
  });

  it('keeps its space while loading, then renders and fires compare-load', async () => {
    const el = await fixture<CompareChart>(html`<compare-chart src="/test-api/doc?title=Loading&delay=400"></compare-chart>`);
    expect(el.state).to.equal('loading');
    expect(el.getAttribute('aria-busy')).to.equal('true');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(200);
    expect(el.shadowRoot!.querySelector('[part="placeholder"]')).to.exist;
    const { detail } = await oneEvent(el, 'compare-load');
    expect(detail.comparison.title).to.equal('Loading');
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    expect(rowsOf(el).map(labelOf)).to.deep.equal(['Caffeine per cup', 'Price per cup']);
  });

  it('follows heading-level', async () => {
    const el = await chart(three, { level: 4 });
    expect(el.shadowRoot!.querySelector('[part="heading"]')!.getAttribute('aria-level')).to.equal('4');
  });

  it('is readable in the dark theme (contrast passes)', async () => {
    const el = await chart(demo, { theme: 'dark' });
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    await expect(el).to.be.accessible();
    const el3 = await chart(three, { theme: 'dark' });
    await expect(el3).to.be.accessible();
  });

  it('can be defined twice without throwing', async () => {
    const { defineElement } = await import('../../src/base/define.js');
    expect(() => defineElement('compare-chart', class extends HTMLElement {})).to.not.throw();
    expect(customElements.get('compare-chart')!.name).to.equal('CompareChart');
  });
});
