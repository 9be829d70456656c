import { stringsFor } from '../../src/i18n/index.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/compare-header.js';
import type { CompareHeader } from '../../src/components/compare-header/compare-header.js';
import { clone, loadDemo, loadFixture, settled, textOf } from '../helpers/util.js';

/**
 * Asserts that a query found nothing. (A failing chai assertion whose actual
 * value is a DOM node disconnects the test browser, so compare booleans.)
 */
const none = (node: Element | null, what = 'node') => expect(node === null, `${what} should be absent`).to.equal(true);

async function header(data: unknown, attrs: { theme?: string; level?: number; width?: string } = {}) {
  const el = await fixture<CompareHeader>(
    html`<compare-header
      .data=${data}
      theme=${attrs.theme ?? 'light'}
      heading-level=${attrs.level ?? 2}
      style=${attrs.width ? `width:${attrs.width}` : ''}
    ></compare-header>`,
  );
  return settled(el);
}

const part = (el: CompareHeader, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);
const parts = (el: Element | ShadowRoot, name: string) => [...el.querySelectorAll(`[part~="${name}"]`)];
const monthIn = (locale: string, date: string) =>
  new Intl.DateTimeFormat(locale, { month: locale === 'en' ? 'short' : 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));

describe('<compare-header>', () => {
  let demo: any;
  let three: any;
  before(async () => {
    demo = await loadDemo();
    three = await loadFixture('three-databases.json');
  });

  it('shows the title as a heading, the description and the update month of the demo', async () => {
    const el = await header(demo);
    const h = part(el, 'heading')!;
    expect(h.getAttribute('role')).to.equal('heading');
    expect(h.getAttribute('aria-level')).to.equal('2');
    expect(textOf(h)).to.equal('Python vs Rust');
    expect(textOf(part(el, 'description'))).to.equal(demo.description);
    expect(textOf(part(el, 'updated'))).to.equal('Last updated Jun 2026.');
    expect(part(el, 'updated')!.querySelector('time')!.getAttribute('datetime')).to.equal('2026-06-01');
    await expect(el).to.be.accessible();
  });

  it('shows every item of the demo side by side with its name, link, summary and audience', async () => {
    const el = await header(demo);
    const list = part(el, 'items')!;
    expect(list.tagName).to.equal('UL');
    const cards = parts(list, 'item');
    expect(cards.map((c) => c.tagName)).to.deep.equal(['LI', 'LI']);
    demo.items.forEach((item: any, i: number) => {
      const card = cards[i]!;
      const name = card.querySelector('[part="item-name"]')!;
      expect(name.getAttribute('role')).to.equal('heading');
      expect(name.getAttribute('aria-level')).to.equal('3');
      expect(textOf(name)).to.equal(item.name);
      const a = name.querySelector('a')!;
      expect(a.getAttribute('href')).to.equal(item.url);
      expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
      expect(textOf(card.querySelector('[part="item-summary"]'))).to.equal(item.summary);
      expect(textOf(card.querySelector('[part="item-audience"]'))).to.equal(`Best for ${item.audience}`);
      expect(textOf(card.querySelector('[part="item-audience-label"]'))).to.equal('Best for');
      // The item's colour is the card's accent.
      expect((card as HTMLElement).style.getPropertyValue('--_item-color')).to.contain(`light-dark(${item.color},`);
    });
    // The demo has no images.
    none(el.shadowRoot!.querySelector('img'));
  });

  it('shows the short answer under the items, with its own heading', async () => {
    const el = await header(demo);
    const box = part(el, 'short-answer')!;
    const h = box.querySelector('[part="short-answer-heading"]')!;
    expect(textOf(h)).to.equal('Short Answer');
    expect(h.getAttribute('role')).to.equal('heading');
    expect(h.getAttribute('aria-level')).to.equal('3');
    expect(textOf(box.querySelector('p'))).to.equal(demo.shortAnswer);
    expect(textOf(box)).to.contain('Python executes 10-100x slower than Rust, but Rust has a 2-3x steeper learning curve.');
    // Order: heading, items, short answer, updated.
    const order = ['heading', 'items', 'short-answer', 'updated'].map((p) => part(el, p)!);
    for (let i = 1; i < order.length; i++) {
      expect(order[i - 1]!.compareDocumentPosition(order[i]!) & Node.DOCUMENT_POSITION_FOLLOWING, `${i}`).to.not.equal(0);
    }
  });

  it('follows heading-level, and clamps the sub-headings at 6', async () => {
    let el = await header(demo, { level: 4 });
    expect(part(el, 'heading')!.getAttribute('aria-level')).to.equal('4');
    expect(part(el, 'item-name')!.getAttribute('aria-level')).to.equal('5');
    expect(part(el, 'short-answer-heading')!.getAttribute('aria-level')).to.equal('5');
    el = await header(demo, { level: 6 });
    expect(part(el, 'item-name')!.getAttribute('aria-level')).to.equal('6');
    expect(part(el, 'short-answer-heading')!.getAttribute('aria-level')).to.equal('6');
  });

  it('works with three items: images without layout shift, and rich text in the short answer', async () => {
    const el = await header(three);
    const cards = parts(el.shadowRoot!, 'item');
    expect(cards.map((c) => textOf(c.querySelector('[part="item-name"]')))).to.deep.equal(['PostgreSQL', 'MySQL', 'SQLite']);
    three.items.forEach((item: any, i: number) => {
      const img = cards[i]!.querySelector<HTMLImageElement>('img[part="item-image"]')!;
      expect(img.getAttribute('src')).to.equal(item.image.src);
      expect(img.getAttribute('alt')).to.equal(item.image.alt);
      expect(Number(img.getAttribute('width'))).to.be.greaterThan(0);
      expect(img.getAttribute('height')).to.equal(img.getAttribute('width'));
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(img.getAttribute('decoding')).to.equal('async');
      expect(textOf(cards[i]!.querySelector('[part="item-audience"]'))).to.equal(`Best for ${item.audience}`);
    });
    const answer = part(el, 'short-answer')!;
    expect(textOf(answer.querySelector('strong'))).to.equal('PostgreSQL');
    expect(textOf(answer.querySelector('em'))).to.equal('MySQL');
    expect(textOf(answer)).to.not.contain('**');
    expect(textOf(part(el, 'updated'))).to.equal(`Last updated ${monthIn('en', three.updated)}.`);
    await expect(el).to.be.accessible();
  });

  it('hides a logo that fails to load (no broken-image icon, no squeezed alt text); a good one stays', async () => {
    const doc = clone(three);
    doc.items[0].image = { src: '/test-api/status/404', alt: 'PostgreSQL logo' };
    doc.items[1].image = { src: '/demo/screenshot.png', alt: 'MySQL logo' };
    const el = await header(doc);
    const [broken, good] = parts(el.shadowRoot!, 'item').map((c) => c.querySelector<HTMLImageElement>('img[part="item-image"]')!);
    await waitUntil(() => broken!.hidden, 'the broken logo should be hidden', { timeout: 3000 });
    expect(broken!.getBoundingClientRect().width).to.equal(0);
    await waitUntil(() => good!.complete, 'the good logo should load', { timeout: 3000 });
    expect(good!.hidden).to.equal(false);
    expect(good!.getBoundingClientRect().width).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('renders RichText links as <a> with their allowed hrefs', async () => {
    const doc = clone(demo);
    doc.shortAnswer = 'Read [the docs](https://docs.example/start), [our guide](/guides/rust) or [write us](mailto:ed@example.com).';
    const el = await header(doc);
    const links = [...part(el, 'short-answer')!.querySelectorAll('a')];
    expect(links.map((a) => [textOf(a), a.getAttribute('href')])).to.deep.equal([
      ['the docs', 'https://docs.example/start'],
      ['our guide', '/guides/rust'],
      ['write us', 'mailto:ed@example.com'],
    ]);
    expect(links[0]!.getAttribute('rel')).to.equal('noopener noreferrer');
    // A link within the site needs no rel (src/base/links.ts), in the short answer and on an item's name.
    expect(links[1]!.hasAttribute('rel')).to.equal(false);
    expect(links[2]!.hasAttribute('rel')).to.equal(false);
    const local = clone(demo);
    local.items[0].url = '/languages/python';
    const named = part(await header(local), 'item-link')!;
    expect([named.getAttribute('href'), named.hasAttribute('rel')]).to.deep.equal(['/languages/python', false]);
  });

  it('refuses a javascript: link in the short answer (an error, no link)', async () => {
    const doc = clone(demo);
    doc.shortAnswer = 'Click [here](javascript:alert(1))';
    const el = await header(doc);
    expect(el.state).to.equal('error');
    none(el.shadowRoot!.querySelector('a'));
    expect(textOf(part(el, 'error'))).to.contain('shortAnswer');
  });

  it('is never empty: a minimal comparison shows its title and names, and no empty optional parts', async () => {
    const el = await header(await loadFixture('minimal.json'));
    expect(el.state).to.equal('ready');
    expect(textOf(part(el, 'heading'))).to.equal('Tea vs Coffee');
    expect(parts(el.shadowRoot!, 'item-name').map((n) => textOf(n))).to.deep.equal(['Tea', 'Coffee']);
    for (const p of ['description', 'item-image', 'item-summary', 'item-audience', 'short-answer', 'updated']) {
      none(part(el, p), p);
    }
    none(el.shadowRoot!.querySelector('a'));
    expect(el.getBoundingClientRect().height).to.be.greaterThan(50);
    await expect(el).to.be.accessible();
  });

  it('formats the update month in the language of an ancestor (lang="de") when the comparison names no locale', async () => {
    const { locale: _, ...unnamed } = demo;
    const wrap = await fixture(html`<div lang="de"><compare-header .data=${unnamed}></compare-header></div>`);
    const el = await settled(wrap.querySelector('compare-header')!);
    const german = monthIn('de', '2026-06-01');
    expect(german).to.not.equal(monthIn('en', '2026-06-01'));
    expect(german).to.match(/^Jun/);
    // German words too: the interface follows the language.
    expect(textOf(part(el, 'updated'))).to.equal(stringsFor('de').lastUpdated(german));
    expect(textOf(part(el, 'updated'))).to.match(/^Stand: /);
    expect(textOf(part(el, 'short-answer-heading'))).to.equal(stringsFor('de').shortAnswer);
    // The demo says it is English: its month is then English, in German words.
    const named = await fixture(html`<div lang="de"><compare-header .data=${demo}></compare-header></div>`);
    const el2 = await settled(named.querySelector('compare-header')!);
    expect(textOf(part(el2, 'updated'))).to.equal(stringsFor('de').lastUpdated(monthIn('en', '2026-06-01')));
    // The month in the comparison's language is marked so, in the German sentence.
    expect(part(el2, 'updated')!.querySelector('span')!.getAttribute('lang')).to.equal('en');
    expect(textOf(part(el2, 'updated')!.querySelector('span'))).to.equal(monthIn('en', '2026-06-01'));
  });

  it('breaks a word longer than a narrow card inside it (nothing widens the page)', async () => {
    const doc = clone(three);
    doc.items = doc.items.map((item: any, i: number) => ({ ...item, name: i ? item.name : 'VanMoof S6 Elektrofahrradrahmengröße', image: { src: '/stories/assets/img/postgres.svg', alt: '' } }));
    document.documentElement.style.fontSize = '200%';
    try {
      const el = await header(doc, { width: '288px' });
      const card = part(el, 'item')!.getBoundingClientRect();
      const name = part(el, 'item-name')!.getBoundingClientRect();
      expect(name.right, 'the name ends inside its card').to.be.at.most(card.right + 0.5);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('keeps each word of a name whole in a phone-wide box with text at 200 %: the logo goes over the name', async () => {
    const doc = clone(three);
    doc.items = doc.items.map((item: any, i: number) => ({ ...item, name: ['VanMoof S6', 'Gazelle Ultimate', 'Brompton Electric'][i], image: { src: '/stories/assets/img/postgres.svg', alt: '' } }));
    document.documentElement.style.fontSize = '200%';
    try {
      const el = await header(doc, { width: '288px' });
      const logos = parts(el.shadowRoot!, 'item-image') as HTMLImageElement[];
      // (Their boxes are fixed, loaded or not: lazy ones below the fold may not be.)
      expect(logos.map((img) => img.hidden)).to.deep.equal([false, false, false]);
      const names = parts(el.shadowRoot!, 'item-name');
      expect(names).to.have.length(3);
      for (const name of names) {
        const walker = document.createTreeWalker(name, NodeFilter.SHOW_TEXT);
        let node: Node | null;
        while ((node = walker.nextNode()) && !node.textContent!.trim());
        expect(node!.textContent!.trim()).to.not.equal('');
        for (const m of node!.textContent!.matchAll(/\S+/g)) {
          const range = document.createRange();
          const at = m.index;
          range.setStart(node!, at);
          range.setEnd(node!, at + m[0].length);
          expect(range.getClientRects().length, `"${m[0]}" on one line`).to.equal(1);
        }
      }
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('ends "Last updated" with one period when the month ends in one (Russian "январь 2026 г.")', async () => {
    const doc = { ...clone(three), locale: 'ru', updated: '2026-01-15' };
    // On an English page (alone, the element would speak the comparison's Russian).
    const wrap = await fixture(html`<div lang="en"><compare-header .data=${doc}></compare-header></div>`);
    const el = await settled(wrap.querySelector('compare-header')!);
    const text = textOf(part(el, 'updated'));
    expect(text).to.equal(`Last updated ${monthIn('ru', '2026-01-15')}`);
    expect(text.endsWith('..')).to.equal(false);
    // In Russian words too.
    const alone = await header(doc);
    expect(textOf(part(alone, 'updated'))).to.equal(`Обновлено: ${monthIn('ru', '2026-01-15')}`);
  });

  it('breaks Korean lines between words, not inside them', async () => {
    const doc = { ...clone(three), locale: 'ko' };
    doc.items[0].name = '현대 쏘나타 하이브리드';
    const el = await header(doc);
    expect(getComputedStyle(part(el, 'item-name')!).wordBreak).to.equal('keep-all');
    const english = await header(clone(three));
    expect(getComputedStyle(part(english, 'item-name')!).wordBreak).to.equal('normal');
  });

  it('never renders text as HTML', async () => {
    const doc = clone(demo);
    (window as any).__headerPwned = false;
    const evil = '<img src=x onerror="window.__headerPwned=true">';
    doc.title = `${evil} title`;
    doc.description = '<b>bold</b>';
    doc.items[0].name = evil;
    doc.items[0].summary = '<script>window.__headerPwned=true</script>';
    doc.items[1].audience = '<i>everyone</i>';
    doc.shortAnswer = `${evil} **really**`;
    const el = await header(doc);
    none(el.shadowRoot!.querySelector('img, b, i, script'));
    expect(textOf(part(el, 'heading'))).to.equal(`${evil} title`);
    expect(textOf(part(el, 'item-name'))).to.equal(evil);
    expect(textOf(part(el, 'description'))).to.equal('<b>bold</b>');
    expect(textOf(part(el, 'short-answer'))).to.contain(`${evil} really`);
    expect((window as any).__headerPwned).to.equal(false);
  });

  it('puts the items side by side when wide and stacks them when narrow, without overflow at 320 px', async () => {
    const doc = clone(three);
    const wide = await header(doc, { width: '960px' });
    let cards = parts(wide.shadowRoot!, 'item').map((c) => c.getBoundingClientRect());
    expect(cards[0]!.top).to.equal(cards[2]!.top);
    expect(cards[1]!.left).to.be.greaterThan(cards[0]!.right);

    const narrow = await header(doc, { width: '320px' });
    cards = parts(narrow.shadowRoot!, 'item').map((c) => c.getBoundingClientRect());
    expect(cards[1]!.top).to.be.greaterThan(cards[0]!.bottom - 1);
    expect(cards[0]!.left).to.equal(cards[1]!.left);
    for (const c of cards) expect(c.right).to.be.at.most(narrow.getBoundingClientRect().right + 0.5);
    expect(narrow.scrollWidth).to.be.at.most(narrow.clientWidth);
  });

  it('wraps cards that do not fit one row into even rows (5 cards: 3 + 2, 4 cards: 2 + 2), and keeps one row when they fit', async () => {
    const rowsOf = (el: CompareHeader) => {
      const tops = parts(el.shadowRoot!, 'item').map((c) => Math.round(c.getBoundingClientRect().top));
      return [...new Set(tops)].map((t) => tops.filter((x) => x === t).length);
    };
    const withItems = (n: number) => {
      const doc = clone(three);
      doc.items = Array.from({ length: n }, (_, i) => ({ id: `i${i}`, name: `Item ${i}`, summary: 'A summary' }));
      for (const k of ['verdict', 'pros', 'cons', 'highlights', 'attributes', 'groups']) delete doc[k];
      return doc;
    };
    expect(rowsOf(await header(withItems(5), { width: '800px' }))).to.deep.equal([3, 2]);
    expect(rowsOf(await header(withItems(4), { width: '800px' }))).to.deep.equal([2, 2]);
    expect(rowsOf(await header(withItems(7), { width: '1000px' }))).to.deep.equal([4, 3]);
    expect(rowsOf(await header(withItems(5), { width: '1200px' }))).to.deep.equal([5]);
    // Narrower than half the cards at their minimum width: as many per row as fit.
    expect(rowsOf(await header(withItems(5), { width: '560px' }))).to.deep.equal([2, 2, 1]);
  });

  it('takes eight items and long names', async () => {
    const doc = clone(three);
    doc.items = Array.from({ length: 8 }, (_, i) => ({ id: `i${i}`, name: `Item${'x'.repeat(60)}${i}`, summary: 'Summary' }));
    delete doc.verdict;
    delete doc.pros;
    delete doc.cons;
    delete doc.highlights;
    delete doc.attributes;
    delete doc.groups;
    const el = await header(doc, { width: '320px' });
    expect(parts(el.shadowRoot!, 'item').length).to.equal(8);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    await expect(el).to.be.accessible();
  });

  it('keeps its space while loading', async () => {
    const el = await fixture<CompareHeader>(html`<compare-header src="/test-api/doc?delay=500"></compare-header>`);
    expect(el.state).to.equal('loading');
    expect(el.getAttribute('aria-busy')).to.equal('true');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(200);
    expect(part(el, 'placeholder')).to.exist;
    await settled(el);
    expect(textOf(part(el, 'heading'))).to.equal('Tea vs Coffee');
  });

  it('fires compare-load with the comparison once it has rendered', async () => {
    let detail: any;
    let headingAtEvent = '';
    const el = await fixture<CompareHeader>(
      html`<compare-header
        src="/demo/data/python-vs-rust.json"
        @compare-load=${(e: CustomEvent) => {
          detail = e.detail;
          headingAtEvent = textOf((e.target as CompareHeader).shadowRoot!.querySelector('[part="heading"]'));
        }}
      ></compare-header>`,
    );
    await settled(el);
    await waitUntil(() => detail, 'no compare-load');
    expect(detail.comparison.id).to.equal('python-vs-rust');
    expect(headingAtEvent).to.equal('Python vs Rust');
  });

  it('shows every problem of an invalid document, accessibly', async () => {
    const el = await header(await loadFixture('invalid.json'));
    expect(el.state).to.equal('error');
    const box = part(el, 'error')!;
    expect(box.getAttribute('role')).to.equal('alert');
    const listed = [...box.querySelectorAll('li code')].map((c) => c.textContent);
    expect(listed).to.include('items[1].name');
    none(part(el, 'items'));
    await expect(el).to.be.accessible();
  });

  it('says which URL failed', async () => {
    const el = await fixture<CompareHeader>(html`<compare-header src="/test-api/status/404"></compare-header>`);
    await settled(el);
    expect(el.state).to.equal('error');
    expect(textOf(part(el, 'error'))).to.contain('404');
  });

  it('is readable in the dark theme (contrast passes)', async () => {
    const el = await header(three, { theme: 'dark' });
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    await expect(el).to.be.accessible();
    const el2 = await header(demo, { theme: 'dark' });
    await expect(el2).to.be.accessible();
  });
});
