import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/compare-facts.js';
import '../../src/define/compare-table.js';
import type { CompareFacts } from '../../src/components/compare-facts/compare-facts.js';
import { clone, loadDemo, loadFixture, settled, textOf, none } from '../helpers/util.js';

async function facts(data: unknown, attrs: { baseline?: string; theme?: string } = {}) {
  const el = await fixture<CompareFacts>(
    html`<compare-facts .data=${data} baseline=${attrs.baseline ?? ''} theme=${attrs.theme ?? 'light'}></compare-facts>`,
  );
  return settled(el);
}

/** Rows of the table as { label: [cells…] } from the rendered DOM. */
function table(el: CompareFacts) {
  const root = el.shadowRoot!;
  const head = [...root.querySelectorAll('thead th')].map((th) => textOf(th));
  const rows = new Map<string, string[]>();
  for (const tr of root.querySelectorAll('tbody tr')) {
    const label = textOf(tr.querySelector('th[scope="row"] .label'));
    rows.set(label.replace(/\s+/g, ' '), [...tr.querySelectorAll('td')].map((td) => textOf(td)));
  }
  return { head, rows };
}

describe('<compare-facts>', () => {
  let demo: any;
  before(async () => {
    demo = await loadDemo();
  });

  it('shows the key facts of the demo as a real table', async () => {
    const el = await facts(demo);
    const root = el.shadowRoot!;
    expect(textOf(root.querySelector('caption'))).to.equal('Key Facts & Figures');
    const { head, rows } = table(el);
    expect(head.slice(0, 3)).to.deep.equal(['Metric', 'Python', 'Rust']);
    // "Diff" to the eye; what it compares, for screen readers.
    const diffHead = root.querySelector('[part="diff-header"]')!;
    expect(textOf(diffHead.querySelector('[aria-hidden="true"]'))).to.equal('Diff');
    expect(textOf(diffHead.querySelector('.visually-hidden'))).to.equal('Diff Python vs Rust');
    // The names isolated by markup (<bdi>, inside the sentence's own), not by U+2068/U+2069 in the header's name.
    expect([...diffHead.querySelectorAll('bdi bdi')].map((b) => b.textContent)).to.deep.equal(['Python', 'Rust']);
    expect(rows.size).to.equal(demo.attributes.filter((a: any) => a.key).length);
    expect(root.querySelectorAll('th[scope="col"]').length).to.equal(4);
    expect(root.querySelectorAll('th[scope="row"]').length).to.equal(rows.size);
    await expect(el).to.be.accessible();
  });

  it('computes the Diff column of the format spec (the page\'s two wrong rows come out right)', async () => {
    const el = await facts(demo);
    const { rows } = table(el);
    const expected: [string, string][] = [
      ['Execution Speed (Fibonacci 30)', '+9900%'],
      ['Available Packages', '+960%'],
      ['Time to Productivity (Beginner)', '-92%'],
      ['Memory Footprint (Idle Process)', '+757%'],
      ['Average Job Salary (USA 2026)', '-5%'],
      ['Compilation Time (medium project)', '-100%'],
      ['Global Developer Population', '+700%'],
      ['Package Ecosystem Size', '+165%'],
      ['Time to Proficiency', '+40%'],
      // (Both values are there, of different kinds: "not comparable", not "not available".)
      ['Memory Overhead vs C', '—not comparable'],
    ];
    for (const [label, diff] of expected) {
      const cells = rows.get(label);
      expect(cells, label).to.exist;
      expect(cells![2]!.replace('−', '-').replace(/, (better|worse)$/, ''), label).to.equal(diff);
    }
    // Better or worse is said in words too, not only by the colour (Python against Rust).
    expect(rows.get('Execution Speed (Fibonacci 30)')![2]).to.match(/, worse$/); // lower is better
    expect(rows.get('Package Ecosystem Size')![2]).to.match(/, better$/); // higher is better
  });

  it('shows the values exactly as written, and — with "not available" for missing ones', async () => {
    const el = await facts(demo);
    const { rows } = table(el);
    expect(rows.get('Execution Speed (Fibonacci 30)')!.slice(0, 2).join(' | ')).to.match(/^4\.8 seconds \| 0\.048 seconds best$/);
    const ml = rows.get('Production ML Readiness')!;
    expect(ml[0]).to.equal('9.5/10');
    expect(ml[1]).to.equal('—not available');
  });

  it('with a baseline, five items and their Diffs fit a 1,246 px box (the Diff columns took 10rem each)', async () => {
    const names = ['VanMoof S6', 'Cowboy 4 ST', 'Gazelle Ultimate C380', 'Brompton Electric P Line', 'Riese & Müller Charger4'];
    const items = names.map((name, i) => ({ id: `i${i}`, name }));
    const values = (f: (i: number) => string) => Object.fromEntries(items.map((it, i) => [it.id, f(i)]));
    const doc = {
      version: 1, id: 'ebikes', title: 'E-bikes', items,
      attributes: [
        { id: 'range', label: 'Range', unit: 'km', key: true, better: 'higher', values: values((i) => `${60 + i * 30} km`) },
        { id: 'charge', label: 'Charge time', key: true, better: 'lower', values: values((i) => `${3.5 + i} h`) },
        { id: 'price', label: 'Price', key: true, better: 'lower', values: values((i) => `€${2990 + i * 801}`) },
      ],
    };
    const wrap = await fixture(html`<div style="inline-size: 1246px"><compare-facts .data=${doc} baseline="i2"></compare-facts></div>`);
    const el = await settled(wrap.firstElementChild as CompareFacts);
    const box = el.shadowRoot!.querySelector<HTMLElement>('.scroll')!;
    expect(box.scrollWidth).to.be.at.most(box.clientWidth);
  });

  it('shows a value\'s own note under it, as the full table does, also beside a missing value\'s —', async () => {
    const doc = {
      version: 1, id: 'notes', title: 'Notes',
      items: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }],
      attributes: [{ id: 't', label: 'T', key: true, better: 'lower', values: { a: { value: 4, unit: 's', note: 'measured' }, b: { note: 'not yet released' } } }],
    };
    const el = await facts(doc);
    const notes = [...el.shadowRoot!.querySelectorAll('[part="value-note"]')].map(textOf);
    expect(notes).to.deep.equal(['measured', 'not yet released']);
    expect(table(el).rows.get('T')!.slice(0, 2)).to.deep.equal(['4 smeasured', '—not availablenot yet released']);
  });

  it('cites a row\'s source under its label, as the full table does; an affiliate source is marked and disclosed', async () => {
    const doc = {
      version: 1, id: 'sources', title: 'Sources',
      items: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }],
      attributes: [
        { id: 't', label: 'T', key: true, values: { a: '4 s', b: '5 s' }, source: { title: 'Benchmarks', url: 'https://example.com/bench' } },
        { id: 'p', label: 'P', key: true, values: { a: '$5', b: '$6' }, source: { title: 'Shop', url: 'https://shop.example/x', kind: 'affiliate' } },
        { id: 'u', label: 'U', values: { a: '1', b: '2' }, source: { title: 'Not a key fact', url: 'https://example.com/u' } },
      ],
    };
    const el = await facts(doc);
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('th[scope="row"] [part="source"]')];
    expect(links.map((a) => [textOf(a), a.getAttribute('href'), a.getAttribute('rel')])).to.deep.equal([
      ['Benchmarks', 'https://example.com/bench', 'noopener noreferrer'],
      ['Shop', 'https://shop.example/x', 'sponsored nofollow noopener'],
    ]);
    expect(el.shadowRoot!.querySelector('[part="disclosure"]')).to.exist;
    await expect(el).to.be.accessible();
    // No affiliate source: no disclosure.
    doc.attributes[1]!.source = { title: 'Shop', url: 'https://shop.example/x' } as any;
    expect((await facts(clone(doc))).shadowRoot!.querySelector('[part="disclosure"]')).to.equal(null);
  });

  it('an empty value or a lone dash ("", "—", { text: "" }) is a missing one: — with "not available"', async () => {
    const doc = {
      version: 1, id: 'blanks', title: 'Blanks',
      items: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }, { id: 'c', name: 'C' }],
      attributes: [
        { id: 'x', label: 'X', key: true, values: { a: '', b: '—', c: '\u200b-\u200b' } },
        { id: 'y', label: 'Y', key: true, values: { a: { text: '', value: 5, unit: 'h' }, b: { text: ' ' }, c: 'N/A' } },
      ],
    };
    const el = await facts(doc);
    const { rows } = table(el);
    expect(rows.get('X')!.slice(0, 3)).to.deep.equal(['—not available', '—not available', '—not available']);
    expect(rows.get('Y')!.slice(0, 3)).to.deep.equal(['5 h', '—not available', 'N/A']);
    // A Diff against a missing value: not available; against one that does not compare ("N/A" is text): not comparable.
    const two = await facts({ ...doc, items: doc.items.slice(0, 2), attributes: [{ ...doc.attributes[1]!, values: { a: '5 h', b: { text: ' ' } } }, { ...doc.attributes[1]!, id: 'z', label: 'Z', values: { a: '5 h', b: 'N/A' } }] });
    expect(table(two).rows.get('Y')![2]).to.equal('—not available');
    expect(table(two).rows.get('Z')![2]).to.equal('—not comparable');
    // Against a price of nothing the two compare ("Free" is the best), but a Diff against 0 is none: not available.
    const free = await facts({ ...doc, items: doc.items.slice(0, 2), attributes: [{ id: 'p', label: 'P', key: true, better: 'lower', values: { a: '$10', b: 'Free' } }] });
    expect(table(free).rows.get('P')![2]).to.equal('—not available');
  });

  it('a Diff against a lifetime or no limit, both values shown, is "not comparable", not "not available"', async () => {
    const endless = await facts({
      version: 1, id: 'endless', title: 'Endless',
      items: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }],
      attributes: [
        { id: 'w', label: 'W', key: true, better: 'higher', values: { a: 'Lifetime', b: '10 years' } },
        { id: 'u', label: 'U', key: true, better: 'higher', values: { a: '5 TB', b: 'Unlimited' } },
      ],
    });
    expect(table(endless).rows.get('W')![2], 'was "not available"').to.equal('—not comparable');
    expect(table(endless).rows.get('U')![2], 'was "not available"').to.equal('—not comparable');
  });

  it('marks the winner visibly and in words', async () => {
    const el = await facts(demo);
    const winners = [...el.shadowRoot!.querySelectorAll('td.winner')];
    expect(winners.length).to.be.greaterThan(3);
    for (const td of winners) expect(td.querySelector('[part="winner"]')!.textContent).to.equal('best');
    // Lower is better for execution time: Rust wins.
    const row = [...el.shadowRoot!.querySelectorAll('tbody tr')].find((tr) => tr.textContent!.includes('Fibonacci 30'))!;
    expect(row.querySelectorAll('td')[1]!.classList.contains('winner')).to.equal(true);
    expect(row.querySelectorAll('td')[0]!.classList.contains('winner')).to.equal(false);
  });

  it('shows the sources note and the update month in the document locale', async () => {
    const el = await facts(demo);
    expect(textOf(el.shadowRoot!.querySelector('[part="footer"]'))).to.equal(
      'All figures sourced from publicly available data. Last updated Jun 2026.',
    );
    // No space after a Chinese or Japanese full stop.
    const zh = await facts({ ...demo, locale: 'zh', sourcesNote: '价格截至 2026 年 4 月。' });
    expect(zh.shadowRoot!.querySelector('[part="footer"]')!.textContent!.replace(/\s*<!--.*?-->\s*/g, '')).to.match(/。\S/);
  });

  it('keeps a sources note in its own direction on a right-to-left page (its full stop at its end)', async () => {
    const el = await facts({ ...demo, locale: 'he', sourcesNote: 'All figures from public data.' });
    const text = [...el.shadowRoot!.querySelector('[part="footer"]')!.querySelectorAll('*')]
      .flatMap((n) => [...n.childNodes])
      .find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.startsWith('All'))!;
    const at = (i: number) => {
      const r = document.createRange();
      r.setStart(text, i);
      r.setEnd(text, i + 1);
      return r.getBoundingClientRect().left;
    };
    // Left to right inside the note: "A" first, the full stop last (not before "All", at its left).
    expect(at(text.textContent!.length - 1)).to.be.above(at(0));
  });

  it('works with three items: no Diff column unless a baseline is chosen', async () => {
    const three = await loadFixture('three-databases.json');
    const names = three.items.map((i: any) => i.name);
    let el = await facts(three);
    expect(table(el).head).to.deep.equal(['Metric', ...names]);
    await expect(el).to.be.accessible();

    el = await facts(three, { baseline: three.items[2].id });
    const { head } = table(el);
    // "Diff vs ‹baseline›" once, over a column per other item: its name to the eye, the whole comparison for screen readers.
    expect(head.slice(0, 5)).to.deep.equal(['Metric', ...names, `Diff vs ${names[2]}`]);
    const subHeads = [...el.shadowRoot!.querySelectorAll('thead tr:nth-child(2) th')];
    expect(subHeads.map((th) => textOf(th.querySelector('[aria-hidden="true"]')))).to.deep.equal([names[0], names[1]]);
    expect(subHeads.map((th) => textOf(th.querySelector('.visually-hidden')))).to.deep.equal([0, 1].map((i) => `Diff ${names[i]} vs ${names[2]}`));
    const group = el.shadowRoot!.querySelector('th[scope="colgroup"]')!;
    expect(group.getAttribute('colspan')).to.equal('2');
    // No rowspan or colspan (Firefox then gives the cells below wrong headers): empty cells under Metric and the items.
    expect(el.shadowRoot!.querySelector('thead [rowspan], thead td[colspan]')).to.equal(null);
    const under = el.shadowRoot!.querySelector('thead tr:nth-child(2)')!;
    expect([...under.children].map((c) => `${c.localName}${textOf(c) ? '' : ' (empty)'}`)).to.deep.equal(['td (empty)', 'td (empty)', 'td (empty)', 'td (empty)', 'th', 'th']);
    await expect(el).to.be.accessible();
  });

  it('keeps a long one-word name in its Diff column header (against a baseline): broken inside it, not over the next', async () => {
    const three = await loadFixture('three-databases.json');
    three.items[0].name = 'Kraftfahrzeughaftpflichtversicherungsdatenbank';
    const el = await facts(three, { baseline: three.items[2].id });
    el.style.inlineSize = '1100px';
    const th = el.shadowRoot!.querySelector('thead tr:nth-child(2) th')!;
    const name = th.querySelector('.clamped')!;
    expect(name.textContent).to.equal(three.items[0].name);
    const box = name.getBoundingClientRect();
    const cell = th.getBoundingClientRect();
    expect(box.left, 'starts in its cell').to.be.at.least(cell.left);
    expect(box.right, 'ends in its cell').to.be.at.most(cell.right);
  });

  it('says on the console, once, that a baseline is no item, and shows no Diff against it', async () => {
    const three = await loadFixture('three-databases.json');
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...a: unknown[]) => warnings.push(a.join(' '));
    try {
      const el = await facts(three, { baseline: 'no-such-item' });
      await facts(three, { baseline: 'no-such-item' });
      expect(el.shadowRoot!.querySelector('[part~="diff-header"]')).to.equal(null);
      expect(warnings.filter((w) => w.includes('baseline="no-such-item"'))).to.have.length(1);
      expect(warnings[0]).to.contain(three.items.map((i: any) => i.id).join(', '));
    } finally {
      console.warn = warn;
    }
  });

  it('keeps words whole in a table of more than four columns of values (it scrolls instead)', async () => {
    const doc = {
      version: 1, id: 'seven', title: 'Seven',
      items: ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => ({ id, name: `Plan ${id.toUpperCase()}` })),
      attributes: [{ id: 'dev', label: 'Devices', key: true, values: Object.fromEntries(['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => [id, 'Unlimited'])) }],
    };
    const wrap = await fixture<HTMLDivElement>(html`<div style="inline-size: 700px"><compare-facts .data=${doc} baseline="g"></compare-facts></div>`);
    const el = await settled(wrap.querySelector('compare-facts')!);
    const cell = el.shadowRoot!.querySelector('tbody td')!;
    const r = document.createRange();
    r.selectNodeContents(cell);
    expect(r.getClientRects().length, '"Unlimited" on one line').to.equal(1);
    const scroll = el.shadowRoot!.querySelector<HTMLElement>('[part="scroll"]')!;
    expect(scroll.scrollWidth).to.be.greaterThan(scroll.clientWidth);
  });

  it('diffs against a baseline with numbers, ranges and units', async () => {
    const doc = {
      version: 1, id: 'x', title: 'X',
      items: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }, { id: 'c', name: 'C' }],
      attributes: [
        { id: 'lat', label: 'Latency', unit: 'ms', key: true, better: 'lower', values: { a: 10, b: { value: [15, 25], unit: 'ms' }, c: '0.04 s' } },
        { id: 'ver', label: 'Version', key: true, compare: false, values: { a: '2.0', b: '3.0', c: '1.0' } },
      ],
    };
    const el = await facts(doc, { baseline: 'b' });
    const { rows } = table(el);
    expect(rows.get('Latency')).to.deep.equal(['10 best', '15–25 ms', '40', '-50%, better', '+100%, worse'].map((s, i) => (i === 2 ? '0.04 s' : s)));
    expect(rows.get('Version')!.slice(3)).to.deep.equal(['—not comparable', '—not comparable']);
    // Better or worse is said in words to the eye too, not only in colour (WCAG 1.4.1).
    const tones = [...el.shadowRoot!.querySelectorAll<HTMLElement>('td[part~="diff"] .tone')];
    expect(tones.map((t) => t.textContent!.replace(',', '').trim())).to.deep.equal(['better', 'worse']);
    for (const t of tones) expect(t.getBoundingClientRect().width, 'visible').to.be.greaterThan(20);
  });

  it('keeps a Diff\'s sign before its number on a right-to-left page ("+165%", not "165%+")', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="ar" dir="rtl"><compare-facts .data=${{ ...demo, locale: 'en' }}></compare-facts></div>`);
    const el = await settled(wrap.querySelector('compare-facts')!);
    const number = el.shadowRoot!.querySelector('td[part~="diff"] [dir="auto"]')!;
    const text = [...number.childNodes].find((n): n is Text => n.nodeType === Node.TEXT_NODE && !!(n as Text).data.trim())!;
    expect(text.data).to.match(/^[+\-−]\d/);
    const x = (i: number) => {
      const r = document.createRange();
      r.setStart(text, i);
      r.setEnd(text, i + 1);
      return r.getBoundingClientRect().left;
    };
    expect(x(0), 'the sign is drawn left of the last character').to.be.lessThan(x(text.data.length - 1));
  });

  it('fits a 600 px column without scrolling sideways: long tokens break inside their cell', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="inline-size: 600px"><compare-facts .data=${demo}></compare-facts></div>`);
    const el = await settled(wrap.querySelector('compare-facts')!);
    const box = el.shadowRoot!.querySelector<HTMLElement>('[part~="scroll"]')!;
    expect(box.scrollWidth, 'table width').to.be.at.most(box.clientWidth);
    // Narrow, it still scrolls under its sticky labels rather than breaking words letter by letter.
    wrap.style.inlineSize = '320px';
    await new Promise((r) => requestAnimationFrame(r));
    expect(box.scrollWidth).to.be.greaterThan(box.clientWidth);
  });

  it('never renders text as HTML', async () => {
    const doc: any = clone(demo);
    (window as any).__factsPwned = false;
    doc.items[0].name = '<img src=x onerror="window.__factsPwned=true">';
    doc.attributes.find((a: any) => a.key).label = '<b>bold</b>';
    const el = await facts(doc);
    none(el.shadowRoot!.querySelector('img, b'), 'img, b');
    expect(textOf(el.shadowRoot)).to.contain('<b>bold</b>');
    expect((window as any).__factsPwned).to.equal(false);
  });

  it('is empty (no space) when no attribute is key', async () => {
    const doc: any = clone(await loadFixture('minimal.json'));
    for (const a of doc.attributes) delete a.key;
    const el = await facts(doc);
    expect(el.state).to.equal('empty');
    expect(el.getBoundingClientRect().height).to.equal(0);
    none(el.shadowRoot!.querySelector('table'), 'table');
  });

  it('shows every problem of an invalid document with its path, accessibly', async () => {
    const el = await facts(await loadFixture('invalid.json'));
    expect(el.state).to.equal('error');
    const box = el.shadowRoot!.querySelector('[part="error"]')!;
    expect(box.getAttribute('role')).to.equal('alert');
    const expected = (await (await fetch('/test/fixtures/invalid.expected.txt')).text()).split('\n').filter(Boolean);
    const listed = [...box.querySelectorAll('li code')].map((c) => c.textContent);
    for (const p of expected) expect(listed).to.include(p.trim());
    await expect(el).to.be.accessible();
  });

  it('keeps its space while loading', async () => {
    const el = await fixture<CompareFacts>(html`<compare-facts src="/test-api/doc?delay=500"></compare-facts>`);
    expect(el.state).to.equal('loading');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(100);
    expect(el.shadowRoot!.querySelector('[part="placeholder"]')).to.exist;
    await settled(el);
  });

  it('is readable in the dark theme (contrast passes)', async () => {
    const el = await facts(demo, { theme: 'dark' });
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    await expect(el).to.be.accessible();
  });

  it('keeps a value\'s amount and unit on one line, and never breaks a price inside (a narrow blog column)', async () => {
    const doc = {
      version: 1,
      id: 'laptops',
      title: 'Laptops',
      items: [{ id: 'a', name: 'Laptop A' }, { id: 'b', name: 'Laptop B' }, { id: 'c', name: 'Laptop C' }],
      attributes: [
        { id: 'price', label: 'Price', key: true, better: 'lower', values: { a: '$1,234,567.89', b: '$2,469,135.78', c: '$3,703,703.67' } },
        { id: 'energy', label: 'Energy', key: true, values: { a: '16.2 kWh/100 km', b: '18.9 kWh/100 km (WLTP)', c: '1 299,99 €' } },
        { id: 'notes', label: 'Notes', key: true, values: { a: 'ok', b: 'A long value with many words that wraps in its cell', c: 'A second long value with many words that wraps' } },
        { id: 'more', label: 'More', key: true, values: { a: 'более 100 млн', b: '1 мин 30 с' } },
      ],
    };
    const wrap = await fixture<HTMLDivElement>(html`<div style="inline-size: 520px"><compare-facts .data=${doc}></compare-facts></div>`);
    const el = await settled(wrap.querySelector('compare-facts') as CompareFacts);
    const root = el.shadowRoot!;
    const lineHeight = parseFloat(getComputedStyle(root.querySelector('td')!).lineHeight);
    const amounts = [...root.querySelectorAll('.amount')].map((a) => a.textContent);
    expect(amounts).to.deep.equal(['16.2 kWh/100 km', '18.9 kWh/100 km', '1 299,99 €', 'более 100 млн', '1 мин 30 с']);
    for (const a of root.querySelectorAll('.amount')) expect(a.getBoundingClientRect().height, a.textContent!).to.be.below(lineHeight * 1.5);
    // A price without a space is one word: its cell is as wide as it.
    for (const td of [...root.querySelectorAll('tbody tr')][0]!.querySelectorAll('td[part~="value"]')) {
      const text = [...td.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes('$'))!;
      const range = document.createRange();
      range.selectNodeContents(text);
      expect(range.getClientRects().length, td.textContent!).to.equal(1);
    }
    // The table scrolls past its box instead: a shadow marks the edge (the box's ::after, above the cells, where
    // scroll-driven animations run; its background in Firefox).
    const box = root.querySelector('.scroll')!;
    const driven = CSS.supports('animation-timeline: scroll()');
    if (driven) await waitUntil(() => getComputedStyle(box, '::after').opacity === '1', 'the end shadow', { timeout: 5000 });
    expect(getComputedStyle(box, driven ? '::after' : null).backgroundImage).to.contain('radial-gradient');
  });

  it('scrolled at 375 px, the start shadow lies at the sticky labels\' end edge, where the values slide under them, not over the labels (key facts and full table, LTR and RTL)', async () => {
    const three = await loadFixture('three-databases.json');
    const driven = CSS.supports('animation-timeline: scroll()');
    for (const tag of ['compare-facts', 'compare-table'])
      for (const dir of ['ltr', 'rtl']) {
        const wrap = await fixture<HTMLDivElement>(html`<div dir=${dir} style="inline-size: 375px"></div>`);
        const el = document.createElement(tag) as CompareFacts;
        el.data = three;
        wrap.append(el);
        await settled(el);
        const root = el.shadowRoot!;
        const box = root.querySelector<HTMLElement>('.scroll')!;
        // (The full table's rows past "Show more" are not shown.)
        const labels = [root.querySelector('thead th')!, ...root.querySelectorAll('th[scope="row"]')].filter((th) => th.checkVisibility());
        const shadow = (th: Element) => getComputedStyle(th, '::before');
        const what = `${tag} ${dir}`;
        // None over the labels at the box's edge; none before it scrolls.
        expect(getComputedStyle(box, '::before').display, what).to.equal('none');
        expect(shadow(labels[1]!).opacity, what).to.equal('0');
        box.scrollLeft = dir === 'rtl' ? -80 : 80;
        // (WebKitGTK moves a scroll-driven animation in its next rendering frame: on a loaded machine, past waitUntil's default second.)
        if (driven) await waitUntil(() => shadow(labels[1]!).opacity === '1', `${what}: the start shadow`, { timeout: 5000 });
        for (const th of labels) {
          // Just past the labels' column, on the side the values are, past its border (the full table's) too.
          const start = parseFloat(shadow(th)[dir === 'rtl' ? 'right' : 'left']) + parseFloat(shadow(th).marginInlineStart);
          expect(start, what).to.be.closeTo(th.getBoundingClientRect().width - parseFloat(getComputedStyle(th).borderInlineStartWidth), 0.1);
          // One shade across (a linear gradient), not darkest mid-row.
          expect(shadow(th).backgroundImage, what).to.contain('linear-gradient');
        }
        // Row after row, the cells' strips join into one: each reaches the one above it, over the row line (no
        // gap at every row, where the box's start shadow was a chain of beads).
        const strip = (th: Element) => {
          const top = th.getBoundingClientRect().top + th.clientTop;
          return { top: top + parseFloat(shadow(th).top), bottom: top + th.clientHeight - parseFloat(shadow(th).bottom) };
        };
        const rows = labels.filter((th) => th.matches('th[scope="row"]'));
        let joined = 0;
        for (const [i, th] of rows.entries()) {
          const above = rows[i - 1];
          if (!above || th.parentElement!.previousElementSibling !== above.parentElement) continue;
          expect(strip(th).top, `${what}: ${th.textContent}`).to.be.closeTo(strip(above).bottom, 0.5);
          joined++;
        }
        expect(joined, what).to.be.above(0);
      }
  });

  it('right to left, turns the shadow strips to face their edge, and no other ::before', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div dir="rtl"><compare-facts .data=${await loadFixture('three-databases.json')}></compare-facts></div>`);
    const el = await settled(wrap.querySelector('compare-facts') as CompareFacts);
    const root = el.shadowRoot!;
    // An author's ::before (a ::part() rule, a theme) is not mirrored with them.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync("table::before { content: '→'; }");
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    expect(getComputedStyle(root.querySelector('table')!, '::before').scale).to.equal('none');
    // Nor a page's marker before a cell: "✓ 47 mg" is not to read backwards.
    const page = document.createElement('style');
    page.textContent = "compare-facts::part(value)::before { content: '✓ '; }";
    document.head.append(page);
    try {
      expect(getComputedStyle(root.querySelector('td[part~="value"]')!, '::before').content).to.equal('"✓ "');
      expect(getComputedStyle(root.querySelector('td[part~="value"]')!, '::before').scale, 'a value cell').to.equal('none');
    } finally {
      page.remove();
    }
    // (Where scroll-driven animations run: elsewhere the strips are not drawn, the box's background is.)
    if (!CSS.supports('animation-timeline: scroll()')) return;
    expect(getComputedStyle(root.querySelector('th[scope="row"]')!, '::before').scale).to.equal('-1');
    expect(getComputedStyle(root.querySelector('thead th')!, '::before').scale).to.equal('-1');
  });

  it('shows a Diff that rounds to 0 % as neither better nor worse', async () => {
    const doc = {
      version: 1,
      id: 'sla',
      title: 'SLA',
      items: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }],
      attributes: [
        { id: 'sla', label: 'Uptime', key: true, better: 'higher', values: { a: '99.90%', b: '99.91%' } },
        { id: 'ram', label: 'Memory', key: true, better: 'higher', values: { a: '16 GB', b: '32 GB' } },
      ],
    };
    const el = await facts(doc);
    const diffs = [...el.shadowRoot!.querySelectorAll('td.diff')];
    expect(diffs.map((d) => d.className.replace(/\s+/g, ' ').trim())).to.deep.equal(['diff neutral', 'diff down']);
    expect(textOf(diffs[0]!)).to.equal('0%');
  });

  it('stops a 300-character item name after ten lines in its column header, its whole text still there', async () => {
    const doc = clone(demo);
    const name = 'Nothing Phone (4) Pro Max Limited Edition with the Glyph Interface Matrix, '.repeat(4).trim();
    doc.items[0].name = name;
    const el = await facts(doc);
    el.style.inlineSize = '375px';
    const [long, short] = [...el.shadowRoot!.querySelectorAll('[part="item-header"] .swatched')];
    expect(long!.getBoundingClientRect().height, 'ten lines of "Rust"').to.be.closeTo(10 * short!.getBoundingClientRect().height, 1);
    expect(textOf(el.shadowRoot!.querySelector('[part="item-header"]'))).to.equal(name);
    // The header row no taller than that and its padding (Firefox kept the room of the whole name, 449 px for 240).
    const row = long!.closest('tr')!.getBoundingClientRect().height;
    expect(row - long!.getBoundingClientRect().height, 'the row around ten lines').to.be.below(2 * short!.getBoundingClientRect().height);
  });

  it("shows a long item name whole while the keyboard's focus is in the table, as on hover", async () => {
    const doc = clone(demo);
    doc.items[0].name = 'Nothing Phone (4) Pro Max Limited Edition with the Glyph Interface Matrix, '.repeat(4).trim();
    const el = await facts(doc);
    el.style.inlineSize = '375px';
    const [long, short] = [...el.shadowRoot!.querySelectorAll('[part="item-header"] .swatched')].map((e) => () => e.getBoundingClientRect().height);
    const box = el.shadowRoot!.querySelector<HTMLElement>('[part="scroll"]')!;
    await waitUntil(() => box.getAttribute('tabindex') === '0', 'the scroll box is a tab stop');
    expect(long!()).to.be.closeTo(10 * short!(), 1);
    box.focus();
    expect(long!(), 'whole: some 30 lines').to.be.above(20 * short!());
    box.blur();
    expect(long!()).to.be.closeTo(10 * short!(), 1);
  });

  it('keeps an ordinary name whole in a narrow column header (seven items at 375 px, 85 px columns)', async () => {
    const doc = clone(demo);
    const names = ['White Label Cloud Storage Service', 'White Label Cloud Storage Service for Teams, Backups and Sync', 'Yellow', 'Navy Database Enterprise Edition with Replication and Backup', 'Go'];
    doc.items.push(...names.map((name, i) => ({ id: `x${i}`, name })));
    const el = await facts(doc);
    el.style.inlineSize = '375px';
    const headers = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="item-header"] .item-name')];
    expect(headers.length).to.equal(7);
    for (const h of headers) expect(h.scrollHeight, h.textContent!).to.be.at.most(h.clientHeight + 1);
    expect(Math.min(...headers.map((h) => h.getBoundingClientRect().width)), 'a narrow column').to.be.below(100);
  });

  it('can be defined twice without throwing', async () => {
    await import('../../src/define/compare-facts.js?again' as string).catch(() => undefined);
    const { defineElement } = await import('../../src/base/define.js');
    expect(() => defineElement('compare-facts', class extends HTMLElement {})).to.not.throw();
    expect(customElements.get('compare-facts')!.name).to.equal('CompareFacts');
  });
});
