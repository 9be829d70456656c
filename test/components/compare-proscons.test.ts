import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/compare-proscons.js';
import type { CompareProscons } from '../../src/components/compare-proscons/compare-proscons.js';
import { clone, loadDemo, loadFixture, settled, textOf } from '../helpers/util.js';

/**
 * Asserts that a query found nothing. (A failing chai assertion whose actual
 * value is a DOM node disconnects the test browser, so compare booleans.)
 */
const none = (node: Element | null, what = 'node') => expect(node === null, `${what} should be absent`).to.equal(true);

async function proscons(data: unknown, attrs: { theme?: string; level?: number; width?: string } = {}) {
  const el = await fixture<CompareProscons>(
    html`<compare-proscons
      .data=${data}
      theme=${attrs.theme ?? 'light'}
      heading-level=${attrs.level ?? 2}
      style=${attrs.width ? `width:${attrs.width}` : ''}
    ></compare-proscons>`,
  );
  return settled(el);
}

/** Each shown item as read: name, and the entries of its Pros and Cons lists (null when a list is absent). */
function read(el: CompareProscons) {
  return [...el.shadowRoot!.querySelectorAll('[part="item"]')].map((item) => {
    const list = (which: 'pros' | 'cons') => {
      const ul = item.querySelector(`ul[part="${which}"]`);
      return ul ? [...ul.querySelectorAll(`li[part="${which === 'pros' ? 'pro' : 'con'}"]`)].map((li) => textOf(li)) : null;
    };
    return { name: textOf(item.querySelector('[part="item-name"]')), pros: list('pros'), cons: list('cons') };
  });
}

/** A comparison with just enough to test pros and cons. */
function doc(pros?: Record<string, string[]>, cons?: Record<string, string[]>) {
  return {
    version: 1,
    id: 'x',
    title: 'A vs B vs C',
    items: [
      { id: 'a', name: 'Alpha' },
      { id: 'b', name: 'Beta' },
      { id: 'c', name: 'Gamma' },
    ],
    ...(pros ? { pros } : {}),
    ...(cons ? { cons } : {}),
  };
}

describe('<compare-proscons>', () => {
  let demo: any;
  let three: any;
  before(async () => {
    demo = await loadDemo();
    three = await loadFixture('three-databases.json');
  });

  it('lays items out in even rows, as the header does: three in one row at 768 px, five as 3 + 2', async () => {
    const doc = await loadFixture('three-databases.json');
    const tops = (el: CompareProscons) => [...el.shadowRoot!.querySelectorAll('[part~="item"]')].map((n) => Math.round(n.getBoundingClientRect().top));
    const three = await proscons(doc, { width: '736px' });
    expect(new Set(tops(three)).size, 'three in one row (they were 2 + 1)').to.equal(1);
    // From the number of cards in CSS, not a style attribute a Content-Security-Policy may block.
    expect(three.shadowRoot!.querySelector('[part="items"]')!.hasAttribute('style')).to.equal(false);
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const five = {
      ...doc,
      items: ids.map((id) => ({ id, name: id.toUpperCase() })),
      pros: Object.fromEntries(ids.map((id) => [id, ['Good']])),
      cons: {},
      verdict: undefined, highlights: undefined, attributes: undefined, faq: undefined,
    };
    const rows = tops(await proscons(five, { width: '736px' }));
    expect(rows.filter((t) => t === rows[0]).length).to.equal(3);
    expect(rows.filter((t) => t !== rows[0]).length).to.equal(2);
  });

  it('shows every pro and con of the demo, per item, in item order', async () => {
    const el = await proscons(demo);
    const h = el.shadowRoot!.querySelector('[part="heading"]')!;
    expect(textOf(h)).to.equal('Pros & Cons');
    expect(h.getAttribute('aria-level')).to.equal('2');
    expect(read(el)).to.deep.equal(
      demo.items.map((item: any) => ({ name: item.name, pros: demo.pros[item.id], cons: demo.cons[item.id] })),
    );
    await expect(el).to.be.accessible();
  });

  it('labels the lists with visible "Pros" and "Cons" headings; the icons are decoration', async () => {
    const el = await proscons(demo);
    const root = el.shadowRoot!;
    const item = root.querySelector('[part="item"]')!;
    const name = item.querySelector('[part="item-name"]')!;
    expect(name.getAttribute('role')).to.equal('heading');
    expect(name.getAttribute('aria-level')).to.equal('3');
    for (const [which, word] of [['pros', 'Pros'], ['cons', 'Cons']] as const) {
      const heading = item.querySelector(`[part="${which}-heading"]`)!;
      expect(textOf(heading)).to.equal(word);
      expect(heading.getAttribute('role')).to.equal('heading');
      expect(heading.getAttribute('aria-level')).to.equal('4');
      expect(heading.getBoundingClientRect().height).to.be.greaterThan(0);
      const ul = item.querySelector(`ul[part="${which}"]`)!;
      expect(root.getElementById(ul.getAttribute('aria-labelledby')!) === heading, `${which} list labelled by its heading`).to.equal(true);
    }
    const icons = [...root.querySelectorAll('li svg')];
    expect(icons.length).to.equal(root.querySelectorAll('li').length);
    for (const icon of icons) expect(icon.getAttribute('aria-hidden')).to.equal('true');
    // Pro and con marks differ.
    const pro = item.querySelector('li[part="pro"] svg')!.innerHTML;
    const con = item.querySelector('li[part="con"] svg')!.innerHTML;
    expect(pro).to.not.equal(con);
  });

  it('follows heading-level and clamps at 6', async () => {
    const el = await proscons(demo, { level: 5 });
    const root = el.shadowRoot!;
    expect(root.querySelector('[part="heading"]')!.getAttribute('aria-level')).to.equal('5');
    expect(root.querySelector('[part="item-name"]')!.getAttribute('aria-level')).to.equal('6');
    expect(root.querySelector('[part="pros-heading"]')!.getAttribute('aria-level')).to.equal('6');
  });

  it('works with three items and renders RichText: emphasis, and links with their allowed hrefs', async () => {
    const el = await proscons(three);
    expect(read(el).map((i) => i.name)).to.deep.equal(['PostgreSQL', 'MySQL', 'SQLite']);
    const root = el.shadowRoot!;
    const first = root.querySelector('li[part="pro"]')!;
    expect(textOf(first.querySelector('strong'))).to.equal('Standards-compliant');
    expect(textOf(first)).to.equal('Standards-compliant SQL with CTEs, window functions and JSONB');
    const link = root.querySelector('li[part="pro"] a')!;
    expect(link.getAttribute('href')).to.equal('https://postgis.net/');
    expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(textOf(link)).to.equal('PostGIS');
    expect(textOf(root.querySelector('li[part="con"] em'))).to.equal('historic');
    expect(read(el)[2]!.cons).to.deep.equal(['Only one writer at a time', 'No user management or network access']);
    await expect(el).to.be.accessible();
  });

  it('keeps relative and mailto links, and refuses javascript: ones', async () => {
    let el = await proscons(doc({ a: ['[Guide](../guide) or [mail](mailto:x@example.com)'] }));
    expect([...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['../guide', 'mailto:x@example.com']);
    el = await proscons(doc({ a: ['[x](javascript:alert(1))'] }));
    expect(el.state).to.equal('error');
    expect(textOf(el.shadowRoot!.querySelector('[part="error"]'))).to.contain('pros.a[0]');
    none(el.shadowRoot!.querySelector('a'));
  });

  it('shows only the items that have pros or cons, and only the lists they have', async () => {
    const el = await proscons(doc({ c: ['Fast'] }, { b: ['Slow', 'Old'] }));
    expect(read(el)).to.deep.equal([
      { name: 'Beta', pros: null, cons: ['Slow', 'Old'] },
      { name: 'Gamma', pros: ['Fast'], cons: null },
    ]);
    const [beta, gamma] = [...el.shadowRoot!.querySelectorAll('[part="item"]')];
    expect(beta!.querySelector('[part="pros-heading"]') === null, 'Beta has no Pros heading').to.equal(true);
    expect(textOf(beta!.querySelector('[part="cons-heading"]'))).to.equal('Cons');
    expect(gamma!.querySelector('[part="cons-heading"]') === null, 'Gamma has no Cons heading').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('is empty (no space) when there are no pros and no cons', async () => {
    for (const d of [doc(), doc({}, {}), doc({ a: [] }, { b: [] })]) {
      const el = await proscons(d);
      expect(el.state).to.equal('empty');
      expect(el.getBoundingClientRect().height).to.equal(0);
      none(el.shadowRoot!.querySelector('ul'));
    }
  });

  it('puts items side by side when wide and stacks them when narrow, without overflow at 320 px', async () => {
    const wide = await proscons(three, { width: '1000px' });
    let boxes = [...wide.shadowRoot!.querySelectorAll('[part="item"]')].map((i) => i.getBoundingClientRect());
    expect(boxes[0]!.top).to.equal(boxes[2]!.top);
    expect(boxes[1]!.left).to.be.greaterThan(boxes[0]!.right);

    const narrow = await proscons(three, { width: '320px' });
    boxes = [...narrow.shadowRoot!.querySelectorAll('[part="item"]')].map((i) => i.getBoundingClientRect());
    expect(boxes[1]!.top).to.be.greaterThan(boxes[0]!.bottom - 1);
    expect(boxes[0]!.left).to.equal(boxes[1]!.left);
    expect(narrow.scrollWidth).to.be.at.most(narrow.clientWidth);
  });

  it('takes eight items and long words', async () => {
    const items = Array.from({ length: 8 }, (_, i) => ({ id: `i${i}`, name: `Item ${i}` }));
    const d = { ...doc(), items, pros: Object.fromEntries(items.map((it) => [it.id, [`Good${'o'.repeat(80)}d`]])) };
    const el = await proscons(d, { width: '320px' });
    expect(read(el).length).to.equal(8);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
  });

  it('stops a 300-character item name after four lines, its heading no taller, its whole text still there', async () => {
    const d = clone(demo);
    const name = 'Nothing Phone (4) Pro Max Limited Edition with the Glyph Interface Matrix, '.repeat(4).trim();
    d.items[0].name = name;
    const el = await proscons(d, { width: '375px' });
    const [long, short] = [...el.shadowRoot!.querySelectorAll('[part="item-name"]')].map((h) => [h, h.querySelector('.swatched')!]);
    const height = (e: Element) => e.getBoundingClientRect().height;
    expect(height(long![1]!), 'four lines of "Rust"').to.be.closeTo(4 * height(short![1]!), 1);
    // (Firefox kept the room of the whole name: a heading of 275 px for 92.)
    expect(height(long![0]!)).to.be.closeTo(height(long![1]!), 1);
    expect(long![0]!.textContent).to.equal(name);
  });

  it('never renders text as HTML', async () => {
    const d: any = clone(demo);
    (window as any).__pcPwned = false;
    const evil = '<img src=x onerror="window.__pcPwned=true">';
    d.items[0].name = evil;
    d.pros.python[0] = `${evil} **bold**`;
    d.cons.rust[0] = '<script>window.__pcPwned=true</script>';
    const el = await proscons(d);
    none(el.shadowRoot!.querySelector('img, script'));
    const [python, rust] = read(el);
    expect(python!.name).to.equal(evil);
    expect(python!.pros![0]).to.equal(`${evil} bold`);
    expect(rust!.cons![0]).to.equal('<script>window.__pcPwned=true</script>');
    expect((window as any).__pcPwned).to.equal(false);
  });

  it('keeps its space while loading', async () => {
    const el = await fixture<CompareProscons>(html`<compare-proscons src="/test-api/doc?delay=500"></compare-proscons>`);
    expect(el.state).to.equal('loading');
    expect(el.getAttribute('aria-busy')).to.equal('true');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(200);
    expect(el.shadowRoot!.querySelector('[part="placeholder"]')).to.exist;
    await settled(el);
    expect(el.state).to.equal('empty'); // the minimal document has no pros or cons
  });

  it('fires compare-load with the comparison once it has rendered', async () => {
    let detail: any;
    let entriesAtEvent = 0;
    const el = await fixture<CompareProscons>(
      html`<compare-proscons
        src="/demo/data/python-vs-rust.json"
        @compare-load=${(e: CustomEvent) => {
          detail = e.detail;
          entriesAtEvent = (e.target as CompareProscons).shadowRoot!.querySelectorAll('li').length;
        }}
      ></compare-proscons>`,
    );
    await settled(el);
    await waitUntil(() => detail, 'no compare-load');
    expect(detail.comparison.id).to.equal('python-vs-rust');
    expect(entriesAtEvent).to.equal(16);
  });

  it('shows every problem of an invalid document, accessibly', async () => {
    const el = await proscons(await loadFixture('invalid.json'));
    expect(el.state).to.equal('error');
    const box = el.shadowRoot!.querySelector('[part="error"]')!;
    expect(box.getAttribute('role')).to.equal('alert');
    expect([...box.querySelectorAll('li code')].map((c) => c.textContent)).to.include('items[1].name');
    await expect(el).to.be.accessible();
  });

  it('is readable in the dark theme (contrast passes)', async () => {
    let el = await proscons(demo, { theme: 'dark' });
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    await expect(el).to.be.accessible();
    el = await proscons(three, { theme: 'dark', width: '360px' });
    await expect(el).to.be.accessible();
  });
});
