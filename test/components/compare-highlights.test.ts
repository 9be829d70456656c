import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/compare-highlights.js';
import type { CompareHighlights } from '../../src/components/compare-highlights/compare-highlights.js';
import { clone, loadDemo, loadFixture, settled, textOf } from '../helpers/util.js';

/**
 * Asserts that a query found nothing. (A failing chai assertion whose actual
 * value is a DOM node disconnects the test browser, so compare booleans.)
 */
const none = (node: Element | null, what = 'node') => expect(node === null, `${what} should be absent`).to.equal(true);

async function highlights(data: unknown, attrs: { theme?: string; width?: string } = {}) {
  const el = await fixture<CompareHighlights>(
    html`<compare-highlights .data=${data} theme=${attrs.theme ?? 'light'} style=${attrs.width ? `width:${attrs.width}` : ''}></compare-highlights>`,
  );
  return settled(el);
}

/** The claim text of a cell without its (aria-hidden) item label and winner marker. */
const claimText = (td: Element) => textOf(td.querySelector('.text') ?? td.querySelector('[part="missing"]'));

/** The table as read through its semantics: column headers, and per row header the cells. */
function table(el: CompareHighlights) {
  const root = el.shadowRoot!;
  const head = [...root.querySelectorAll('thead th[scope="col"]')].map((th) => textOf(th));
  const rows = [...root.querySelectorAll('tbody tr')].map((tr) => ({
    topic: textOf(tr.querySelector('th[scope="row"]')),
    cells: [...tr.querySelectorAll('td')],
  }));
  return { head, rows };
}

describe('<compare-highlights>', () => {
  let demo: any;
  let three: any;
  before(async () => {
    demo = await loadDemo();
    three = await loadFixture('three-databases.json');
  });

  it('shows every key difference of the demo as a real table', async () => {
    const el = await highlights(demo);
    const root = el.shadowRoot!;
    const caption = root.querySelector('table > caption')!;
    expect(textOf(caption)).to.equal('Key Differences');
    expect(caption.querySelector('[part="heading"]')!.getAttribute('aria-level')).to.equal('2');
    expect(root.querySelector('table')!.getAttribute('part')).to.equal('table');
    const { head, rows } = table(el);
    expect(head).to.deep.equal(['Topic', 'Python', 'Rust']);
    expect(rows.map((r) => r.topic)).to.deep.equal(demo.highlights.map((h: any) => h.topic));
    demo.highlights.forEach((h: any, i: number) => {
      expect(rows[i]!.cells.map(claimText), h.topic).to.deep.equal([h.values.python, h.values.rust]);
    });
    expect(root.querySelectorAll('[part="topic"]').length).to.equal(7);
    expect(root.querySelectorAll('[part="item-header"]').length).to.equal(2);
    await expect(el).to.be.accessible();
  });

  it('marks each winner visibly and in words, and only the winner', async () => {
    const el = await highlights(demo);
    const { rows } = table(el);
    demo.highlights.forEach((h: any, i: number) => {
      const cells = rows[i]!.cells;
      const winnerAt = demo.items.findIndex((item: any) => item.id === h.winner);
      cells.forEach((td, j) => {
        const isWinner = j === winnerAt;
        expect(td.getAttribute('part'), `${h.topic} ${j}`).to.equal(isWinner ? 'claim winner' : 'claim');
        expect(td.classList.contains('winner')).to.equal(isWinner);
        const badge = td.querySelector('[part="winner"]');
        if (isWinner) {
          expect(textOf(badge)).to.equal('best');
          expect(td.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
        } else {
          none(badge);
        }
      });
    });
    // Performance goes to Rust, learning curve to Python (as on the reference page).
    expect(textOf(rows[0]!.cells[1]!)).to.contain('best');
    expect(textOf(rows[2]!.cells[0]!)).to.contain('best');
    // The winner background differs from the other claims.
    const [plain, win] = rows[0]!.cells;
    expect(getComputedStyle(win!).backgroundColor).to.not.equal(getComputedStyle(plain!).backgroundColor);
  });

  it('works with three items, and a topic without a winner', async () => {
    const el = await highlights(three);
    const { head, rows } = table(el);
    expect(head).to.deep.equal(['Topic', 'PostgreSQL', 'MySQL', 'SQLite']);
    expect(rows.map((r) => r.topic)).to.deep.equal(['SQL features', 'Operations', 'Concurrency']);
    expect(rows[1]!.cells.map((td) => td.classList.contains('winner'))).to.deep.equal([false, false, true]);
    expect(rows[2]!.cells.some((td) => td.querySelector('[part="winner"]'))).to.equal(false);
    expect(claimText(rows[2]!.cells[2]!)).to.equal('One writer at a time (WAL allows concurrent readers)');
    await expect(el).to.be.accessible();
  });

  it('shows — (not available) for an item with no claim for a topic', async () => {
    const doc = clone(three);
    delete doc.highlights[2].values.mysql;
    const el = await highlights(doc);
    const cell = table(el).rows[2]!.cells[1]!;
    expect(cell.querySelector('[part="missing"]')).to.exist;
    expect(claimText(cell)).to.equal('—not available');
  });

  it('renders RichText in claims, links as <a> with their allowed hrefs', async () => {
    const doc = clone(demo);
    doc.highlights[0].values.rust = '**Native** speed, see [benchmarks](https://bench.example/rust) and [notes](./notes)';
    const el = await highlights(doc);
    const cell = table(el).rows[0]!.cells[1]!;
    expect(textOf(cell.querySelector('strong'))).to.equal('Native');
    const links = [...cell.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://bench.example/rust', './notes']);
    expect(links[0]!.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(claimText(cell)).to.equal('Native speed, see benchmarks and notes');
    await expect(el).to.be.accessible();
  });

  it('refuses a javascript: link in a claim', async () => {
    const doc = clone(demo);
    doc.highlights[0].values.rust = '[x](javascript:alert(1))';
    const el = await highlights(doc);
    expect(el.state).to.equal('error');
    expect(textOf(el.shadowRoot!.querySelector('[part="error"]'))).to.contain('highlights[0].values.rust');
    none(el.shadowRoot!.querySelector('a'));
  });

  it('turns rows into cards on a narrow element, keeping the table semantics', async () => {
    const el = await highlights(demo, { width: '360px' });
    const root = el.shadowRoot!;
    const tr = root.querySelector('tbody tr')!;
    expect(getComputedStyle(tr).display).to.not.equal('table-row');
    // Each claim says which item it is for (the header row is hidden visually only).
    const label = tr.querySelector('td [part="claim-item"]')!;
    expect(getComputedStyle(label).display).to.equal('block');
    expect(label.getAttribute('aria-hidden')).to.equal('true');
    expect(textOf(label)).to.equal('Python');
    expect(root.querySelector('thead')!.getBoundingClientRect().height).to.be.at.most(1);
    // Semantics stay: explicit roles, headers still in the tree.
    expect(getComputedStyle(root.querySelector('table')!).display).to.equal('table');
    expect(tr.getAttribute('role')).to.equal('row');
    expect(tr.querySelector('th')!.getAttribute('role')).to.equal('rowheader');
    expect(tr.querySelector('td')!.getAttribute('role')).to.equal('cell');
    expect(root.querySelectorAll('thead th[role="columnheader"]').length).to.equal(3);
    // Claims stack and nothing overflows.
    const [a, b] = [...tr.querySelectorAll('td')].map((td) => td.getBoundingClientRect());
    expect(b!.top).to.be.at.least(a!.bottom - 1);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    await expect(el).to.be.accessible();
  });

  it('is a table on a wide element, with the item labels hidden', async () => {
    const el = await highlights(demo, { width: '1000px' });
    const tr = el.shadowRoot!.querySelector('tbody tr')!;
    expect(getComputedStyle(tr).display).to.equal('table-row');
    expect(getComputedStyle(tr.querySelector('[part="claim-item"]')!).display).to.equal('none');
    const [a, b] = [...tr.querySelectorAll('td')].map((td) => td.getBoundingClientRect());
    expect(a!.top).to.equal(b!.top);
  });

  it("keeps a topic's words whole when the table has room (long claims beside it)", async () => {
    const doc = clone(three);
    doc.locale = 'pt-BR';
    const claim = 'Alta: dezenas de componentes para operar e atualizar, com uma curva de aprendizado íngreme';
    // Words of 12 to 20 letters in bold: wider than the column's 8rem floor, which a claim's text pressed them down to.
    doc.highlights = ['Complexidade', 'Disponibilidade', 'Escalabilidade', 'Zuverlässigkeitsprüfung'].map((topic) => ({
      topic,
      values: { postgresql: claim, mysql: claim, sqlite: claim },
    }));
    const linesOf = (th: Element) => {
      const range = document.createRange();
      range.selectNodeContents(th);
      return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
    };
    for (const width of ['1024px', '1280px']) {
      const el = await highlights(doc, { width });
      const topics = el.shadowRoot!.querySelectorAll('tbody th[scope="row"]');
      expect(topics.length).to.equal(4);
      for (const th of topics) expect(linesOf(th), `${width}: "${textOf(th)}"`).to.equal(1);
    }
    // Where the table is narrow, the topic still gives way (no sideways scroll), and the cards' topic spans its card.
    for (const width of ['704px', '360px']) {
      const el = await highlights(doc, { width });
      const box = el.shadowRoot!.querySelector('.scroll')!;
      expect(box.scrollWidth, `${width}: scroll box`).to.be.at.most(box.clientWidth + 1);
    }
    doc.highlights[0].topic = 'Zuverlässigkeit und Verfügbarkeit im Dauerbetrieb';
    const cards = await highlights(doc, { width: '600px' });
    expect(linesOf(cards.shadowRoot!.querySelector('tbody th[scope="row"]')!), 'a card').to.equal(1);
  });

  it('takes eight items without overflowing the page at 320 px', async () => {
    const doc = clone(three);
    doc.items = Array.from({ length: 8 }, (_, i) => ({ id: `i${i}`, name: `Item ${i}` }));
    doc.highlights = [
      { topic: 'Speed', values: Object.fromEntries(doc.items.map((it: any) => [it.id, `Claim ${it.id} ${'long '.repeat(10)}`])), winner: 'i7' },
    ];
    for (const k of ['verdict', 'pros', 'cons', 'attributes', 'groups']) delete doc[k];
    for (const width of ['320px', '1024px', '1246px']) {
      const el = await highlights(doc, { width });
      // No sideways scrolling either: a table of 8 claims that would not fit turns into cards.
      const box = el.shadowRoot!.querySelector('.scroll')!;
      expect(box.scrollWidth, `${width}: scroll box`).to.be.at.most(box.clientWidth + 1);
      expect(table(el).rows[0]!.cells.length).to.equal(8);
      expect(el.scrollWidth, width).to.be.at.most(el.clientWidth);
      expect(el.shadowRoot!.querySelector('.scroll')!.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right + 0.5);
    }
  });

  it('never renders text as HTML', async () => {
    const doc = clone(demo);
    (window as any).__hlPwned = false;
    const evil = '<img src=x onerror="window.__hlPwned=true">';
    doc.items[0].name = evil;
    doc.highlights[0].topic = '<b>topic</b>';
    doc.highlights[0].values.python = `${evil} *still text*`;
    const el = await highlights(doc);
    none(el.shadowRoot!.querySelector('img, b'));
    const { head, rows } = table(el);
    expect(head[1]).to.equal(evil);
    expect(rows[0]!.topic).to.equal('<b>topic</b>');
    expect(claimText(rows[0]!.cells[0]!)).to.equal(`${evil} still text`);
    expect((window as any).__hlPwned).to.equal(false);
  });

  it('is empty (no space) without highlights', async () => {
    for (const highlightsValue of [undefined, []]) {
      const doc = clone(demo);
      if (highlightsValue) doc.highlights = highlightsValue;
      else delete doc.highlights;
      const el = await highlights(doc);
      expect(el.state).to.equal('empty');
      expect(el.getBoundingClientRect().height).to.equal(0);
      none(el.shadowRoot!.querySelector('table'));
    }
  });

  it('keeps its space while loading', async () => {
    const el = await fixture<CompareHighlights>(html`<compare-highlights src="/test-api/doc?delay=500"></compare-highlights>`);
    expect(el.state).to.equal('loading');
    expect(el.getAttribute('aria-busy')).to.equal('true');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(200);
    expect(el.shadowRoot!.querySelector('[part="placeholder"]')).to.exist;
    // The minimal document has no highlights: the space goes away.
    await settled(el);
    expect(el.state).to.equal('empty');
    expect(el.getBoundingClientRect().height).to.equal(0);
  });

  it('stops a 300-character item name after four lines on a narrow card, its whole text still there', async () => {
    const doc = clone(demo);
    const name = 'Nothing Phone (4) Pro Max Limited Edition with the Glyph Interface Matrix, '.repeat(4).trim();
    doc.items[0].name = name;
    const el = await highlights(doc, { width: '375px' });
    const [long, short] = [...el.shadowRoot!.querySelector('tbody tr')!.querySelectorAll('[part="claim-item"] .swatched')];
    expect(long!.getBoundingClientRect().height, 'four lines of "Rust"').to.be.closeTo(4 * short!.getBoundingClientRect().height, 1);
    expect(long!.textContent).to.equal(name);
    // Its label no taller than the four lines (Firefox kept the room of the whole name: 245 px for 82).
    expect(long!.parentElement!.getBoundingClientRect().height).to.be.closeTo(long!.getBoundingClientRect().height, 1);
  });

  it('fires compare-load with the comparison once it has rendered', async () => {
    let detail: any;
    let rowsAtEvent = 0;
    const el = await fixture<CompareHighlights>(
      html`<compare-highlights
        src="/demo/data/python-vs-rust.json"
        @compare-load=${(e: CustomEvent) => {
          detail = e.detail;
          rowsAtEvent = (e.target as CompareHighlights).shadowRoot!.querySelectorAll('tbody tr').length;
        }}
      ></compare-highlights>`,
    );
    await settled(el);
    await waitUntil(() => detail, 'no compare-load');
    expect(detail.comparison.id).to.equal('python-vs-rust');
    expect(rowsAtEvent).to.equal(7);
  });

  it('shows every problem of an invalid document, accessibly', async () => {
    const el = await highlights(await loadFixture('invalid.json'));
    expect(el.state).to.equal('error');
    const box = el.shadowRoot!.querySelector('[part="error"]')!;
    expect(box.getAttribute('role')).to.equal('alert');
    expect([...box.querySelectorAll('li code')].map((c) => c.textContent)).to.include('items[1].name');
    await expect(el).to.be.accessible();
  });

  it('is readable in the dark theme (contrast passes), wide and narrow', async () => {
    let el = await highlights(demo, { theme: 'dark' });
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    await expect(el).to.be.accessible();
    el = await highlights(three, { theme: 'dark', width: '360px' });
    await expect(el).to.be.accessible();
  });
});
