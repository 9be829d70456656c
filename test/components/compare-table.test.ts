import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define/compare-table.js';
import type { CompareTable } from '../../src/components/compare-table/compare-table.js';
import { en } from '../../src/base/strings.js';
import { attributeRow } from '../../src/values/rows.js';
import { clone, labelledBy, loadDemo, loadFixture, settled, textOf, timesSpoken } from '../helpers/util.js';

async function table(data: unknown, attrs: { theme?: string; only?: boolean; level?: number } = {}) {
  const el = await fixture<CompareTable>(
    html`<compare-table .data=${data} theme=${attrs.theme ?? 'light'} ?only-differences=${attrs.only ?? false} heading-level=${attrs.level ?? 2}></compare-table>`,
  );
  return settled(el);
}

const root = (el: CompareTable) => el.shadowRoot!;
const rowsOf = (el: CompareTable | Element) => [...(el instanceof HTMLElement && el.shadowRoot ? el.shadowRoot : el).querySelectorAll<HTMLTableRowElement>('tr[part="row"]')];
const visible = (rows: HTMLTableRowElement[]) => rows.filter((r) => !r.hidden && r.getClientRects().length > 0);
const labelOf = (tr: Element) => textOf(tr.querySelector('th[scope="row"] .label'));
const groupBody = (el: CompareTable, label: string) =>
  [...root(el).querySelectorAll('tbody')].find((tb) => textOf(tb.querySelector('th[scope="rowgroup"]')) === label)!;
const moreButton = (tbody: Element) => tbody.querySelector<HTMLButtonElement>('button[part="more-button"]');

/** The groups of a document as the format orders them: ungrouped attributes first, then `groups`, empty ones left out. */
function expectedGroups(doc: any): { label: string | null; collapseAfter: number | undefined; attributes: any[] }[] {
  const groups = doc.groups ?? [];
  const ungrouped = (doc.attributes ?? []).filter((a: any) => !a.group);
  const named = groups
    .map((g: any) => ({ label: g.label, collapseAfter: g.collapseAfter, attributes: doc.attributes.filter((a: any) => a.group === g.id) }))
    .filter((g: any) => g.attributes.length > 0);
  return [...(ungrouped.length ? [{ label: null, collapseAfter: undefined, attributes: ungrouped }] : []), ...named];
}

const item = (id: string) => ({ id, name: id.toUpperCase() });

describe('<compare-table>', () => {
  let demo: any;
  let three: any;
  before(async () => {
    demo = await loadDemo();
    three = await loadFixture('three-databases.json');
  });

  it('shows every attribute of the demo as a row of a real table, in the order of the groups', async () => {
    const el = await table(demo);
    const r = root(el);
    const caption = r.querySelector('[part="caption"]')!;
    expect(textOf(caption.querySelector('[role="heading"]'))).to.equal('Full Comparison');
    expect(caption.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('2');
    // Named by the heading, whose words a screen reader meets once; a real <caption> (the contract) with the same words,
    // hidden from it (one that is not the name is read as the description). The toggle is outside both (inside, the
    // table's name or description read "Full Comparison Show only differences").
    const t = r.querySelector('table')!;
    expect(labelledBy(t)).to.equal('Full Comparison');
    expect(t.caption!.textContent!.trim()).to.equal('Full Comparison');
    expect(t.caption!.getAttribute('aria-hidden')).to.equal('true');
    expect(timesSpoken(r, 'Full Comparison')).to.equal(1);
    expect(t.contains(r.querySelector('[part="diff-toggle"]')), 'the toggle outside the table').to.equal(false);
    expect([...r.querySelectorAll('thead th[scope="col"]')].map((th) => textOf(th))).to.deep.equal(['Attribute', 'Python', 'Rust']);

    const groups = expectedGroups(demo);
    const expectedLabels = groups.flatMap((g) => g.attributes.map((a) => a.label));
    expect(expectedLabels.length).to.equal(demo.attributes.length);
    expect(rowsOf(el).map(labelOf)).to.deep.equal(expectedLabels);
    expect(r.querySelectorAll('th[scope="row"]').length).to.equal(demo.attributes.length);

    // One <tbody> per group, labelled by a rowgroup header spanning every column.
    const bodies = [...r.querySelectorAll('tbody')];
    expect(bodies.length).to.equal(groups.length);
    bodies.forEach((tb, i) => {
      const th = tb.querySelector('th[scope="rowgroup"]')!;
      expect(textOf(th)).to.equal(groups[i]!.label);
      expect(th.getAttribute('colspan')).to.equal(String(demo.items.length + 1));
      expect(tb.querySelectorAll('tr[part="row"]').length).to.equal(groups[i]!.attributes.length);
    });
    await expect(el).to.be.accessible();
  });

  it('collapses each group after its collapseAfter rows behind "Show N more attributes"', async () => {
    const el = await table(demo);
    for (const g of expectedGroups(demo)) {
      const tb = groupBody(el, g.label!);
      const shown = visible(rowsOf(tb)).map(labelOf);
      const button = moreButton(tb);
      if (g.collapseAfter !== undefined && g.collapseAfter < g.attributes.length) {
        expect(shown, g.label!).to.deep.equal(g.attributes.slice(0, g.collapseAfter).map((a) => a.label));
        expect(textOf(button), g.label!).to.equal(en.showMore(g.attributes.length - g.collapseAfter));
        expect(button!.getAttribute('aria-expanded')).to.equal('false');
      } else {
        expect(shown.length, g.label!).to.equal(g.attributes.length);
        expect(button, g.label!).to.equal(null);
      }
    }
    // The reference page's two collapsed groups, as the page shows them.
    const perf = groupBody(el, 'Performance');
    expect(visible(rowsOf(perf)).length).to.equal(5);
    expect(textOf(moreButton(perf))).to.equal('Show 15 more attributes');
    const eco = groupBody(el, 'Ecosystem & Libraries');
    expect(visible(rowsOf(eco)).length).to.equal(7);
    expect(textOf(moreButton(eco))).to.equal('Show 2 more attributes');
  });

  it('expands a group (focus on the first revealed row) and collapses it again (focus stays on the button)', async () => {
    const el = await table(demo);
    const tb = groupBody(el, 'Performance');
    const button = moreButton(tb)!;
    const group = demo.groups.find((g: any) => g.label === 'Performance');
    const attrs = demo.attributes.filter((a: any) => a.group === group.id);
    expect(button.getAttribute('aria-controls')).to.equal(tb.id);
    expect(root(el).getElementById(button.getAttribute('aria-controls')!)).to.equal(tb);

    button.focus();
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(textOf(button)).to.equal(en.showFewer);
    expect(visible(rowsOf(tb)).map(labelOf)).to.deep.equal(attrs.map((a: any) => a.label));
    const focused = root(el).activeElement!;
    expect(focused.matches('th[scope="row"]')).to.equal(true);
    expect(textOf(focused.querySelector('.label'))).to.equal(attrs[group.collapseAfter].label);

    button.focus();
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(textOf(button)).to.equal(en.showMore(attrs.length - group.collapseAfter));
    expect(visible(rowsOf(tb)).length).to.equal(group.collapseAfter);
    expect(root(el).activeElement).to.equal(button);
    expect(document.activeElement).to.equal(el);
    await expect(el).to.be.accessible();
  });

  it('keeps the "Show fewer" button where it was on the screen when a group collapses', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div><div style="height:400px"></div><compare-table .data=${demo} theme="light"></compare-table><div style="height:6000px"></div></div>`,
    );
    const el = await settled(wrap.querySelector('compare-table')!);
    // Test the element's own correction, not the browser's scroll anchoring (WebKit has none).
    document.documentElement.style.overflowAnchor = 'none';
    document.body.style.overflowAnchor = 'none';
    const button = moreButton(groupBody(el, 'Performance'))!;
    button.click();
    await el.updateComplete;
    // Bring the (now moved) button to the middle of the viewport, then collapse.
    window.scrollBy(0, button.getBoundingClientRect().top - 300);
    const before = button.getBoundingClientRect().top;
    expect(Math.abs(before - 300)).to.be.lessThan(2);
    button.focus();
    button.click();
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(Math.abs(button.getBoundingClientRect().top - before)).to.be.lessThan(2);
    expect(root(el).activeElement).to.equal(button);
    window.scrollTo(0, 0);
    document.documentElement.style.overflowAnchor = '';
    document.body.style.overflowAnchor = '';
  });

  it('"Show only differences" hides rows whose values are all the same, and says so in empty groups', async () => {
    const doc = {
      version: 1,
      id: 'diffs',
      title: 'Diffs',
      items: [item('a'), item('b')],
      groups: [
        { id: 'mixed', label: 'Mixed', collapseAfter: 1 },
        { id: 'equal', label: 'Equal' },
      ],
      attributes: [
        { id: 'same-text', label: 'Same text', group: 'mixed', values: { a: 'Yes  please', b: ' yes PLEASE' } },
        { id: 'other', label: 'Different', group: 'mixed', values: { a: 'Yes', b: 'No' } },
        { id: 'one-missing', label: 'One missing', group: 'mixed', values: { a: 'Yes' } },
        { id: 'one-null', label: 'One null', group: 'mixed', values: { a: null, b: 'x' } },
        { id: 'note-differs', label: 'Note differs', group: 'mixed', values: { a: { value: 1, note: 'n1' }, b: { value: 1, note: 'n2' } } },
        { id: 'same-number', label: 'Same number', group: 'equal', values: { a: 3, b: 3 } },
        { id: 'none', label: 'Nothing known', group: 'equal', values: { a: null } },
        { id: 'same-obj', label: 'Same object', group: 'equal', values: { a: { value: 2, unit: 'GB' }, b: '2 GB' } },
      ],
    };
    const el = await table(doc);
    const toggle = root(el).querySelector<HTMLInputElement>('[part="diff-toggle"] input[type="checkbox"]')!;
    expect(textOf(toggle.closest('label'))).to.equal(en.onlyDifferences);
    expect(toggle.checked).to.equal(false);
    expect(visible(rowsOf(el)).map(labelOf)).to.deep.equal(['Same text', 'Same number', 'Nothing known', 'Same object']);

    toggle.click();
    await el.updateComplete;
    expect(el.onlyDifferences).to.equal(true);
    expect(el.hasAttribute('only-differences')).to.equal(true);
    const mixed = groupBody(el, 'Mixed');
    // collapseAfter counts the rows that differ: the first one shows, three wait behind the button.
    expect(visible(rowsOf(mixed)).map(labelOf)).to.deep.equal(['Different']);
    expect(textOf(moreButton(mixed))).to.equal(en.showMore(3));
    expect(mixed.querySelector('[part="no-differences"]')).to.equal(null);
    moreButton(mixed)!.click();
    await el.updateComplete;
    expect(visible(rowsOf(mixed)).map(labelOf)).to.deep.equal(['Different', 'One missing', 'One null', 'Note differs']);
    expect(textOf(root(el).activeElement!.querySelector('.label'))).to.equal('One missing');

    const equal = groupBody(el, 'Equal');
    expect(visible(rowsOf(equal))).to.deep.equal([]);
    expect(textOf(equal.querySelector('[part="no-differences"]'))).to.equal(en.noDifferences);
    expect(moreButton(equal)).to.equal(null);
    await expect(el).to.be.accessible();

    toggle.click();
    await el.updateComplete;
    expect(el.onlyDifferences).to.equal(false);
    expect(equal.querySelector('[part="no-differences"]')).to.equal(null);
    expect(visible(rowsOf(el)).length).to.equal(doc.attributes.length); // "Mixed" stayed expanded
  });

  it('can start with only the differences (only-differences attribute): the demo hides its one all-equal row', async () => {
    const el = await table(demo, { only: true });
    expect(root(el).querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked).to.equal(true);
    const norm = (v: unknown) => (typeof v === 'string' ? v.replace(/\s+/g, ' ').trim().toLowerCase() : JSON.stringify(v));
    const equal = demo.attributes.filter((a: any) => {
      const vs = demo.items.map((i: any) => a.values[i.id] ?? null);
      return vs.every((v: unknown) => v === null) || (vs.every((v: unknown) => v !== null) && vs.every((v: unknown) => norm(v) === norm(vs[0])));
    });
    expect(equal.map((a: any) => a.id)).to.deep.equal(['production-use-major-companies']);
    const hidden = rowsOf(el).filter((tr) => tr.hidden && !tr.closest('tbody')!.querySelector('[aria-expanded="false"]'));
    expect(hidden.map((tr) => tr.dataset['row'])).to.deep.equal(equal.map((a: any) => a.id));
    expect(rowsOf(el).find((tr) => tr.dataset['row'] === 'production-use-major-companies')!.hidden).to.equal(true);
    // A value against "—" is a difference: those rows stay.
    const ml = rowsOf(el).find((tr) => labelOf(tr) === 'Production ML Readiness')!;
    expect(ml.hidden).to.equal(false);
    // The collapsed groups still collapse after the same counts (their rows all differ).
    expect(visible(rowsOf(groupBody(el, 'Performance'))).length).to.equal(5);
  });

  it('works with three items: columns, the unnamed group first, collapseAfter 0', async () => {
    const el = await table(three);
    const r = root(el);
    expect([...r.querySelectorAll('thead th')].map((th) => textOf(th))).to.deep.equal(['Attribute', ...three.items.map((i: any) => i.name)]);
    for (const tr of rowsOf(el)) expect(tr.querySelectorAll('td').length).to.equal(3);
    const groups = expectedGroups(three);
    // The unnamed group first, with no group row ("one unnamed group, shown first"), then the named ones.
    expect(groups[0]!.label).to.equal(null);
    expect([...r.querySelectorAll('th[scope="rowgroup"]')].map((th) => textOf(th))).to.deep.equal(groups.slice(1).map((g) => g.label));
    expect(labelOf(rowsOf(el)[0]!)).to.equal(groups[0]!.attributes[0].label);
    const history = groupBody(el, 'History');
    expect(visible(rowsOf(history))).to.deep.equal([]);
    expect(textOf(moreButton(history))).to.equal(en.showMore(three.attributes.filter((a: any) => a.group === 'history').length));
    await expect(el).to.be.accessible();
  });

  it('marks the winner of each row visibly and in words, as attributeRow() picks it', async () => {
    for (const doc of [demo, three]) {
      const el = await table(doc);
      const trs = rowsOf(el);
      let winners = 0;
      doc.attributes.forEach((a: any, i: number) => {
        const tr = trs.find((t) => t.dataset['row'] === a.id)!;
        const expected = attributeRow(a, doc.items, 'en');
        const tds = [...tr.querySelectorAll('td')];
        tds.forEach((td, j) => {
          const isWinner = expected.cells[j]!.winner;
          expect(td.classList.contains('winner'), `${a.label} ${j}`).to.equal(isWinner);
          expect(td.getAttribute('part'), `${i}`).to.equal(isWinner ? 'value winner' : 'value');
          if (isWinner) {
            winners++;
            expect(td.querySelector('[part="winner"]')!.textContent).to.equal(en.best);
          }
        });
      });
      expect(winners).to.be.greaterThan(0);
    }
    const el = await table(demo);
    const fib = rowsOf(el).find((tr) => labelOf(tr) === 'Execution Speed (Fibonacci 30)')!;
    expect([...fib.querySelectorAll('td')].map((td) => textOf(td))).to.deep.equal(['4.8 seconds', '0.048 seconds best']);
  });

  it('gives an affiliate source exactly rel="sponsored nofollow noopener" and shows the disclosure under the table', async () => {
    const doc = clone(three);
    doc.attributes[0].source = { title: 'Buy it here', url: 'https://shop.example/db', kind: 'affiliate' };
    doc.attributes[1].source = { title: 'Local notes', url: '/notes' };
    const el = await table(doc);
    const [affiliate, local] = [doc.attributes[0].id, doc.attributes[1].id].map((id) => rowsOf(el).find((tr) => tr.dataset['row'] === id)!.querySelector<HTMLAnchorElement>('a[part="source"]')!);
    expect(affiliate!.getAttribute('rel')).to.equal('sponsored nofollow noopener');
    expect(local!.hasAttribute('rel')).to.equal(false);
    const disclosure = el.shadowRoot!.querySelector('[part="disclosure"]');
    expect(textOf(disclosure)).to.equal(en.affiliateDisclosure);
    // The source sits under its label, not glued to it.
    const label = affiliate!.parentElement!.querySelector('.label')!.getBoundingClientRect();
    expect(affiliate!.getBoundingClientRect().top).to.be.at.least(label.bottom - 1);
    await expect(el).to.be.accessible();
  });

  it('shows — with "not available" for missing values, and units, notes and sources', async () => {
    const el = await table(three);
    const row = (id: string) => rowsOf(el).find((tr) => tr.dataset['row'] === id)!;
    const cells = (id: string) => [...row(id).querySelectorAll('td')].map((td) => textOf(td));
    expect(cells('default-max-connections')[2]).to.equal('—not available'); // null
    expect(cells('replication')[2]).to.equal('—not available'); // absent
    expect(row('replication').querySelectorAll('td')[2]!.querySelector('[part="missing"] [aria-hidden="true"]')!.textContent).to.equal('—');
    // Missing with a note: the note says why.
    const noted = await table({ ...three, attributes: [{ id: 'gpu', label: 'GPU support', values: { [three.items[0].id]: 'Yes', [three.items[1].id]: { note: 'planned for v9' } } }] });
    const notedCells = [...rowsOf(noted)[0]!.querySelectorAll('td')];
    expect(textOf(notedCells[1]!)).to.equal('—not availableplanned for v9');
    expect(textOf(notedCells[1]!.querySelector('[part="value-note"]'))).to.equal('planned for v9');
    expect(textOf(notedCells[2]!)).to.equal('—not available');

    const cols = row('max-columns-per-table');
    expect(textOf(cols.querySelector('.unit'))).to.equal('columns');
    const link = cols.querySelector<HTMLAnchorElement>('a[part="source"]')!;
    expect(textOf(link)).to.equal('PostgreSQL limits');
    expect(link.getAttribute('href')).to.equal('https://www.postgresql.org/docs/current/limits.html');
    expect(link.rel.split(' ').sort()).to.deep.equal(['noopener', 'noreferrer']);
    expect(textOf(cols.querySelectorAll('td')[1]!)).to.equal('1,017InnoDB limit');
    expect(textOf(cols.querySelectorAll('td')[1]!.querySelector('[part="value-note"]'))).to.equal('InnoDB limit');
    expect(textOf(row('max-field-size').querySelector('.note'))).to.equal("SQLite's default SQLITE_MAX_LENGTH is 10^9 bytes.");

    // No affiliate source, no disclosure.
    expect(el.shadowRoot!.querySelector('[part="disclosure"]')).to.equal(null);

    const demoEl = await table(demo);
    const ml = rowsOf(demoEl).find((tr) => labelOf(tr) === 'Production ML Readiness')!;
    expect([...ml.querySelectorAll('td')].map((td) => textOf(td))).to.deep.equal(['9.5/10', '—not available']);
  });

  it('keeps the header row and the first column in view; scrolls inside a 320px container', async () => {
    const items = Array.from({ length: 8 }, (_, i) => ({ id: `item-${i}`, name: `Item number ${i}` }));
    const doc = {
      version: 1,
      id: 'wide',
      title: 'Wide',
      items,
      groups: [{ id: 'g', label: 'A group label' }],
      attributes: Array.from({ length: 6 }, (_, r) => ({
        id: `attr-${r}`,
        label: `Attribute ${r}`,
        group: 'g',
        better: 'higher',
        values: Object.fromEntries(items.map((it, i) => [it.id, `${(i + 1) * (r + 1)} units of something`])),
      })),
    };
    const wrap = await fixture<HTMLDivElement>(html`<div style="width:320px"><compare-table .data=${doc} theme="light"></compare-table></div>`);
    const el = await settled(wrap.querySelector('compare-table')!);
    const r = root(el);
    const scroller = r.querySelector<HTMLElement>('[part="scroll"]')!;
    expect(scroller.getAttribute('role')).to.equal('region');
    expect(scroller.getAttribute('tabindex')).to.equal('0');
    expect(textOf(r.getElementById(scroller.getAttribute('aria-labelledby')!))).to.equal('Full Comparison');
    expect(getComputedStyle(scroller).overflowX).to.equal('auto');

    const headCell = r.querySelector<HTMLElement>('thead th:nth-child(3)')!;
    const rowHead = r.querySelector<HTMLElement>('th[scope="row"]')!;
    expect(getComputedStyle(headCell).position).to.equal('sticky');
    expect(getComputedStyle(rowHead).position).to.equal('sticky');
    expect(getComputedStyle(r.querySelector('thead th')!).position).to.equal('sticky');

    // The table scrolls inside its box; the element and the page do not overflow.
    expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth);
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
    expect(wrap.scrollWidth).to.be.at.most(320);

    // Scrolled sideways, the first column stays at the start of the box.
    const startX = rowHead.getBoundingClientRect().left;
    scroller.scrollLeft = 200;
    expect(scroller.scrollLeft).to.be.greaterThan(100);
    expect(Math.abs(rowHead.getBoundingClientRect().left - startX)).to.be.lessThan(1);
    // …while the values move.
    const firstValue = r.querySelector<HTMLElement>('td')!;
    expect(firstValue.getBoundingClientRect().left).to.be.lessThan(startX + rowHead.offsetWidth - 100);
    // The bar above the table (heading and toggle) stays in view in the box.
    const box = scroller.getBoundingClientRect();
    for (const part of ['caption', 'diff-toggle']) {
      const rect = r.querySelector(`[part="${part}"]`)!.getBoundingClientRect();
      expect(rect.left, part).to.be.at.least(box.left - 1);
      expect(rect.right, part).to.be.at.most(box.right + 1);
    }
    await expect(el).to.be.accessible();
  });

  it('keeps the header row in view when a max height makes the table scroll vertically', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div style="--compare-table-max-height: 300px"><compare-table .data=${demo} theme="light"></compare-table></div>`,
    );
    const el = await settled(wrap.querySelector('compare-table')!);
    const scroller = root(el).querySelector<HTMLElement>('[part="scroll"]')!;
    expect(scroller.clientHeight).to.be.at.most(300);
    const head = root(el).querySelector<HTMLElement>('thead th:nth-child(2)')!;
    scroller.scrollTop = 600;
    expect(scroller.scrollTop).to.be.greaterThan(400);
    expect(Math.abs(head.getBoundingClientRect().top - scroller.getBoundingClientRect().top)).to.be.lessThan(3);
  });

  it('with a max height, a control that takes the focus above the view shows below the header row, not under it', async () => {
    // Eight long names: a header row of several lines. Shift+Tab back to a "Show more" button scrolled past
    // (as focus() here) brought it into view at the box's top edge, under the header row that stays there.
    const items = Array.from({ length: 8 }, (_, i) => ({ id: `item-${i}`, name: `Amazon Web Services Elastic Kubernetes Service ${i}` }));
    const row = (g: string, r: number) => ({ id: `${g}-${r}`, label: `Attribute ${r}`, group: g, values: Object.fromEntries(items.map((it, i) => [it.id, `${i + r} units`])) });
    const doc = {
      version: 1,
      id: 'tall-header',
      title: 'Tall header',
      items,
      groups: [{ id: 'a', label: 'First group', collapseAfter: 2 }, { id: 'b', label: 'Second group' }],
      attributes: [...[0, 1, 2, 3].map((r) => row('a', r)), ...[0, 1, 2, 3, 4, 5, 6, 7].map((r) => row('b', r))],
    };
    const wrap = await fixture<HTMLDivElement>(html`<div style="width:900px; --compare-table-max-height: 420px"><compare-table .data=${doc} theme="light"></compare-table></div>`);
    const el = await settled(wrap.querySelector('compare-table')!);
    const scroller = root(el).querySelector<HTMLElement>('[part="scroll"]')!;
    // (The header cells stick, not the row group.)
    const head = root(el).querySelector('thead th:nth-child(2)')!;
    const button = moreButton(groupBody(el, 'First group'))!;
    await waitUntil(() => scroller.scrollHeight > scroller.clientHeight, 'the box scrolls');
    window.scrollTo(0, 0);
    scroller.scrollTop = scroller.scrollHeight;
    await new Promise((r) => requestAnimationFrame(r));
    expect(button.getBoundingClientRect().bottom, 'scrolled past').to.be.lessThan(head.getBoundingClientRect().bottom);
    button.focus();
    expect(el.shadowRoot!.activeElement).to.equal(button);
    await new Promise((r) => requestAnimationFrame(r));
    // Whole, with its focus ring (2px, 2px off), below the header row.
    expect(button.getBoundingClientRect().top - 4).to.be.at.least(head.getBoundingClientRect().bottom - 0.5);
    expect(button.getBoundingClientRect().bottom).to.be.at.most(scroller.getBoundingClientRect().bottom);
  });

  it('shows a table without groups with no group row, and leaves out groups with no attributes', async () => {
    const doc: any = clone(await loadFixture('minimal.json'));
    let el = await table(doc);
    expect(root(el).querySelectorAll('th[scope="rowgroup"]').length).to.equal(0);
    expect(rowsOf(el).map(labelOf)).to.deep.equal(doc.attributes.map((a: any) => a.label));

    doc.groups = [
      { id: 'unused', label: 'Unused group' },
      { id: 'used', label: 'Used group', collapseAfter: 0 },
    ];
    doc.attributes[0].group = 'used';
    el = await table(doc);
    expect([...root(el).querySelectorAll('th[scope="rowgroup"]')].map((th) => textOf(th))).to.deep.equal(['Used group']);
    expect(textOf(root(el))).not.to.contain('Unused group');
  });

  it('gives groups "a" and "a-label" ids of their own: every id once, each button controls its own group', async () => {
    const doc: any = clone(await loadFixture('minimal.json'));
    doc.groups = [
      { id: 'a', label: 'Group A', collapseAfter: 0 },
      { id: 'a-label', label: 'Group A label', collapseAfter: 0 },
    ];
    doc.attributes[0].group = 'a';
    doc.attributes[1].group = 'a-label';
    const el = await table(doc);
    const ids = [...root(el).querySelectorAll('[id]')].map((n) => n.id);
    expect(new Set(ids).size, ids.join(' ')).to.equal(ids.length);
    for (const button of root(el).querySelectorAll('button[part="more-button"]')) {
      const group = root(el).getElementById(button.getAttribute('aria-controls')!);
      expect(group?.localName).to.equal('tbody');
      expect(group!.contains(button)).to.equal(true);
    }
  });

  it('renders the heading at heading-level', async () => {
    const el = await table(three, { level: 3 });
    expect(root(el).querySelector('[part="caption"] [role="heading"]')!.getAttribute('aria-level')).to.equal('3');
  });

  it('fires compare-load with the comparison once rendered', async () => {
    const el = document.createElement('compare-table');
    el.setAttribute('src', '/test-api/doc?title=Loaded&delay=50');
    const done = oneEvent(el, 'compare-load');
    document.body.append(el);
    try {
      const ev = (await done) as CustomEvent;
      expect(ev.detail.comparison.title).to.equal('Loaded');
      expect(ev.bubbles && ev.composed).to.equal(true);
      expect(el.shadowRoot!.querySelector('table')).to.exist;
    } finally {
      el.remove();
    }
  });

  it('never renders text as HTML', async () => {
    const doc: any = clone(three);
    (window as any).__tablePwned = false;
    const evil = '<img src=x onerror="window.__tablePwned=true">';
    doc.items[0].name = evil;
    doc.attributes[1].label = '<b>bold</b>';
    doc.attributes[1].note = evil;
    doc.attributes[1].source.title = '<i>source</i>';
    doc.attributes[2].values.postgresql = evil;
    doc.groups[0].label = '<u>group</u>';
    const el = await table(doc);
    const r = root(el);
    expect(r.querySelector('img, b, i, u')).to.equal(null);
    const text = textOf(r);
    for (const s of [evil, '<b>bold</b>', '<i>source</i>', '<u>group</u>']) expect(text).to.contain(s);
    await new Promise((res) => setTimeout(res, 50));
    expect((window as any).__tablePwned).to.equal(false);
  });

  it('renders a 1,000-attribute document and expands its 990 collapsed rows', async () => {
    const items = [item('a'), item('b'), item('c')];
    const doc = {
      version: 1,
      id: 'big',
      title: 'Big',
      items,
      groups: [{ id: 'big', label: 'Big group', collapseAfter: 10 }],
      attributes: Array.from({ length: 1000 }, (_, i) => ({
        id: `attr-${i}`,
        label: `Attribute ${i}`,
        group: 'big',
        better: 'lower',
        values: { a: `${i} ms`, b: `${i + 1} ms`, c: i % 7 === 0 ? null : `${i + 2} s` },
      })),
    };
    const el = await table(doc);
    const tb = groupBody(el, 'Big group');
    const rows = rowsOf(tb);
    expect(rows.length).to.equal(1000);
    expect(visible(rows).length).to.equal(10);
    const button = moreButton(tb)!;
    expect(textOf(button)).to.equal('Show 990 more attributes');
    const before = rows[500]!;
    button.click();
    await el.updateComplete;
    expect(visible(rowsOf(tb)).length).to.equal(1000);
    expect(rowsOf(tb)[500]).to.equal(before); // revealed, not re-created
    expect(textOf(rowsOf(tb)[999]!.querySelector('td.winner'))).to.equal('999 ms best');
  });

  it('is empty (no space) when the comparison has no attributes', async () => {
    for (const attributes of [undefined, []]) {
      const doc: any = clone(await loadFixture('minimal.json'));
      if (attributes) doc.attributes = attributes;
      else delete doc.attributes;
      const el = await table(doc);
      expect(el.state).to.equal('empty');
      expect(el.getBoundingClientRect().height).to.equal(0);
      expect(root(el).querySelector('table')).to.equal(null);
    }
  });

  it('shows every problem of an invalid document with its path, accessibly', async () => {
    const el = await table(await loadFixture('invalid.json'));
    expect(el.state).to.equal('error');
    const box = root(el).querySelector('[part="error"]')!;
    expect(box.getAttribute('role')).to.equal('alert');
    const expected = (await (await fetch('/test/fixtures/invalid.expected.txt')).text()).split('\n').filter(Boolean);
    const listed = [...box.querySelectorAll('li code')].map((c) => c.textContent);
    for (const p of expected) expect(listed).to.include(p.trim());
    expect(root(el).querySelector('table')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('keeps its space while loading', async () => {
    const el = await fixture<CompareTable>(html`<compare-table src="/test-api/doc?delay=500"></compare-table>`);
    expect(el.state).to.equal('loading');
    expect(el.getAttribute('aria-busy')).to.equal('true');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(300);
    expect(root(el).querySelector('[part="placeholder"]')).to.exist;
    await settled(el);
    expect(el.hasAttribute('aria-busy')).to.equal(false);
  });

  it('is readable in the dark theme (contrast passes), expanded and filtered too', async () => {
    const el = await table(demo, { theme: 'dark' });
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    await expect(el).to.be.accessible();
    const t = await table(three, { theme: 'dark' });
    for (const b of root(t).querySelectorAll<HTMLButtonElement>('[part="more-button"]')) b.click();
    await t.updateComplete;
    await expect(t).to.be.accessible();
  });

  it('gives every part it documents to a node', async () => {
    const doc = clone(three);
    doc.attributes[0].source = { title: 'Shop', url: 'https://shop.example/db', kind: 'affiliate' }; // the disclosure
    const el = await table(doc);
    const { CompareTable } = await import('../../src/components/compare-table/compare-table.js');
    const present = new Set([...root(el).querySelectorAll('[part]')].flatMap((n) => n.getAttribute('part')!.split(/\s+/)));
    const expected = CompareTable.parts.filter((p) => !['placeholder', 'error', 'no-differences'].includes(p));
    for (const p of expected) expect(present.has(p), p).to.equal(true);
    for (const p of present) expect(CompareTable.parts, p).to.include(p);
  });

  it('gives its sticky labels at most half a phone-wide box, however long a label\'s word', async () => {
    const long = 'Supercalifragilisticexpialidocious'.repeat(3);
    const doc = {
      version: 1,
      id: 'long-label',
      title: 'Long label',
      items: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }],
      attributes: [{ id: 'x', label: long, values: { a: '1', b: '2' } }],
    };
    const wrap = await fixture<HTMLDivElement>(html`<div style="inline-size: 360px"><compare-table .data=${doc}></compare-table></div>`);
    const el = wrap.querySelector('compare-table') as CompareTable;
    await waitUntil(() => el.state === 'ready');
    await el.updateComplete;
    const th = el.shadowRoot!.querySelector('th[scope="row"]')!;
    const style = getComputedStyle(th);
    const content = th.getBoundingClientRect().width - parseFloat(style.paddingInlineStart) - parseFloat(style.paddingInlineEnd);
    expect(content).to.be.at.most(el.getBoundingClientRect().width / 2 + 1);
  });

  it('can be defined twice without throwing', async () => {
    const { defineElement } = await import('../../src/base/define.js');
    expect(() => defineElement('compare-table', class extends HTMLElement {})).to.not.throw();
    expect(customElements.get('compare-table')!.name).to.equal('CompareTable');
  });
});
