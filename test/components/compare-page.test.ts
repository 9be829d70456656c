import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/compare-page.js';
import type { ComparePage } from '../../src/components/compare-page/compare-page.js';
import { SECTIONS } from '../../src/components/compare-page/compare-page.js';
import { idle, clone, labelledBy, loadDemo, loadFixture, pageSettled, sectionsOf, settled, some, textOf, timesSpoken } from '../helpers/util.js';

const count = async (key: string) => (await (await fetch(`/test-api/count/${key}`)).json()).count as number;

describe('<compare-page>', () => {
  let demo: any;
  before(async () => {
    demo = await loadDemo();
  });

  it('shows every section in the reference page order, each with its heading', async function () {
    this.timeout(40000); // axe over the whole page takes a while in WebKit
    const page = await pageSettled(await fixture<ComparePage>(html`<compare-page .data=${demo}></compare-page>`));
    const tags = sectionsOf(page).map((el) => el.localName);
    // The reference page: header, verdict, "Track this comparison", facts, key differences, full table, chart, pros & cons, FAQ, resources, related.
    const reference = ['header', 'verdict', 'track', 'facts', 'highlights', 'table', 'chart', 'proscons', 'faq', 'resources', 'related'];
    expect(tags).to.deep.equal(reference.map((s) => `compare-${s}`));
    expect([...SECTIONS]).to.deep.equal(reference);
    for (const el of sectionsOf(page)) expect(el.state, el.localName).to.equal('ready');
    const headings = sectionsOf(page).map((el) => textOf(el.shadowRoot!.querySelector('[part~="heading"]')));
    for (const h of ['Python vs Rust', 'Our Verdict', 'Key Facts & Figures', 'Key Differences', 'Full Comparison', 'Visual Comparison', 'Pros & Cons', 'Frequently Asked Questions', 'Resources & Learn More', 'Track this comparison']) {
      expect(headings.some((t) => t.startsWith(h)), h).to.equal(true);
    }
    await expect(page).to.be.accessible();
  });

  it('has each section\'s title read once: no caption, label or SVG title repeats a heading, and a table is named by it', async () => {
    const page = await pageSettled(await fixture<ComparePage>(html`<compare-page .data=${demo}></compare-page>`));
    for (const el of sectionsOf(page)) {
      const root = el.shadowRoot!;
      const title = textOf(root.querySelector('[part~="heading"]'));
      if (!title) continue;
      expect(timesSpoken(root, title), `${el.localName}: "${title}"`).to.equal(1);
      for (const table of root.querySelectorAll('table')) {
        const name = labelledBy(table) || (table.caption?.getAttribute('aria-hidden') === 'true' ? '' : textOf(table.caption));
        expect(name, `${el.localName}: the name of its table`).to.equal(title);
      }
    }
  });

  it('says "Last updated" once: in the key facts\' footer when the page shows them, else under the header', async () => {
    const shown = (page: ComparePage) =>
      [...page.shadowRoot!.querySelectorAll('compare-header, compare-facts')].flatMap((el) =>
        [...el.shadowRoot!.querySelectorAll('[part~="updated"], [part~="footer"]')].filter((n) => n.checkVisibility() && /Last updated/.test(n.textContent!)).map(() => el.localName),
      );
    expect(shown(await pageSettled(await fixture<ComparePage>(html`<compare-page .data=${demo}></compare-page>`)))).to.deep.equal(['compare-facts']);
    expect(shown(await pageSettled(await fixture<ComparePage>(html`<compare-page sections="header verdict" .data=${demo}></compare-page>`)))).to.deep.equal(['compare-header']);
  });

  it('makes one request for src, shared by every section', async () => {
    const key = `page-${Date.now()}`;
    const page = await fixture<ComparePage>(html`<compare-page src=${`/test-api/counted/${key}`}></compare-page>`);
    await pageSettled(page);
    expect(sectionsOf(page).length).to.be.greaterThan(3);
    expect(await count(key)).to.equal(1);
  });

  it('picks and orders sections with sections="…", ignoring unknown names', async () => {
    const page = await pageSettled(await fixture<ComparePage>(html`<compare-page sections="proscons verdict nonsense facts verdict" .data=${demo}></compare-page>`));
    expect(sectionsOf(page).map((el) => el.localName)).to.deep.equal(['compare-proscons', 'compare-verdict', 'compare-facts']);
  });

  it('shows every section when sections="…" names none it knows (a typo), and says which names it did not know', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...a: unknown[]) => warnings.push(a.join(' '));
    try {
      const page = await pageSettled(await fixture<ComparePage>(html`<compare-page sections="verdit fact" .data=${demo}></compare-page>`));
      expect(sectionsOf(page).length).to.be.greaterThan(5);
      expect(page.getBoundingClientRect().height).to.be.greaterThan(100);
    } finally {
      console.warn = warn;
    }
    expect(warnings.join('\n')).to.contain('unknown sections "verdit", "fact"');
  });

  it('settles: with its track section (light DOM, lang set on it) it does not keep re-rendering', async () => {
    const page = await pageSettled(await fixture<ComparePage>(html`<div lang="en"><compare-page .data=${demo}></compare-page></div>`).then((w) => w.querySelector('compare-page')!));
    let updates = 0;
    const own = (page as any).updated.bind(page);
    (page as any).updated = (c: unknown) => (updates++, own(c));
    await new Promise((r) => setTimeout(r, 300));
    expect(updates, 'updates after settling').to.be.at.most(1);
  });

  it('takes a blank heading-level as the default (2)', async () => {
    const page = await pageSettled(await fixture<ComparePage>(html`<compare-page heading-level="" sections="verdict" .data=${demo}></compare-page>`));
    const verdict = sectionsOf(page)[0]!;
    expect(verdict.getAttribute('heading-level')).to.equal('2');
    expect(verdict.shadowRoot!.querySelector('[part~="heading"]')!.getAttribute('aria-level')).to.equal('2');
  });

  it('puts the sections after the header one level below the comparison\'s title, so the outline nests', async () => {
    const page = await pageSettled(await fixture<ComparePage>(html`<compare-page heading-level="1" .data=${demo}></compare-page>`));
    const levels = sectionsOf(page).map((el): [string, string] => [el.localName, el.shadowRoot!.querySelector('[part~="heading"]')?.getAttribute('aria-level') ?? '']);
    expect(levels[0]).to.deep.equal(['compare-header', '1']);
    for (const [tag, level] of levels.slice(1)) expect(level, tag).to.equal('2');
    // Without the header section, the sections are at the level given.
    const noHeader = await pageSettled(await fixture<ComparePage>(html`<compare-page heading-level="1" sections="verdict facts" .data=${demo}></compare-page>`));
    for (const el of sectionsOf(noHeader)) expect(el.getAttribute('heading-level'), el.localName).to.equal('1');
  });

  it('passes heading-level to every section', async () => {
    const page = await pageSettled(await fixture<ComparePage>(html`<compare-page heading-level="4" sections="verdict faq" .data=${demo}></compare-page>`));
    for (const el of sectionsOf(page)) {
      expect(el.shadowRoot!.querySelector('[part~="heading"]')!.getAttribute('aria-level'), el.localName).to.equal('4');
    }
  });

  it('forwards the parts of its sections (exportparts)', async () => {
    const style = document.createElement('style');
    style.textContent = 'compare-page::part(facts-table) { outline: 3px solid rgb(255, 0, 0); } compare-page::part(heading) { letter-spacing: 3px; }';
    document.head.append(style);
    try {
      const page = await pageSettled(await fixture<ComparePage>(html`<compare-page sections="facts verdict" .data=${demo}></compare-page>`));
      const [facts, verdict] = sectionsOf(page);
      expect(getComputedStyle(facts!.shadowRoot!.querySelector('table')!).outlineColor).to.equal('rgb(255, 0, 0)');
      expect(getComputedStyle(verdict!.shadowRoot!.querySelector('[part~="heading"]')!).letterSpacing).to.equal('3px');
      expect(getComputedStyle(verdict!.shadowRoot!.querySelector('[part~="heading"]')!).outlineStyle).to.equal('none');
    } finally {
      style.remove();
    }
  });

  it('passes a reader\'s text spacing (WCAG 1.4.12) set on it on to every section', async () => {
    const page = await pageSettled(
      await fixture<ComparePage>(html`<compare-page style="letter-spacing: 0.12em; word-spacing: 0.16em; line-height: 1.5" .data=${demo}></compare-page>`),
    );
    const px = (v: string) => Number.parseFloat(v);
    const size = px(getComputedStyle(page).fontSize);
    for (const section of sectionsOf(page)) {
      const cell = section.shadowRoot!.querySelector('[part~="heading"]') ?? section;
      const style = getComputedStyle(cell);
      expect(px(style.letterSpacing), section.localName).to.be.closeTo(0.12 * size, 0.5);
      expect(px(style.wordSpacing), section.localName).to.be.closeTo(0.16 * size, 0.5);
    }
  });

  it('keeps the track form in its light DOM, so autofill sees the email field', async () => {
    const page = await pageSettled(await fixture<ComparePage>(html`<compare-page sections="track" .data=${demo}></compare-page>`));
    const track = page.querySelector(':scope > compare-track[slot="track"]');
    some(track, 'a light-DOM compare-track');
    const email = track!.querySelector('input[type="email"]') as HTMLInputElement | null;
    some(email, 'an email input in the light DOM');
    expect(email!.getRootNode() === document).to.equal(true);
    page.sections = 'facts';
    await page.updateComplete;
    expect(page.querySelector('compare-track') === null).to.equal(true);
  });

  it('adds structured data once, by default, and announces one load', async () => {
    let loads = 0;
    const wrap = await fixture(html`<div @compare-load=${() => loads++}><compare-page .data=${demo}></compare-page></div>`);
    const page = wrap.querySelector('compare-page') as ComparePage;
    await pageSettled(page);
    await new Promise((r) => setTimeout(r, 50));
    await idle(); // JSON-LD is written while the page is idle after the render
    expect(loads).to.equal(1);
    const ld = page.querySelectorAll(':scope > script[type="application/ld+json"]');
    expect(ld.length).to.equal(1);
    expect(JSON.parse(ld[0]!.textContent!)['@graph'][0]['@type']).to.equal('ItemList');
    for (const el of sectionsOf(page)) expect(el.querySelectorAll('script[type="application/ld+json"]').length, el.localName).to.equal(0);
    const off = await fixture<ComparePage>(html`<compare-page structured-data="false" .data=${demo}></compare-page>`);
    await settled(off);
    expect(off.querySelectorAll('script[type="application/ld+json"]').length).to.equal(0);
  });

  it('announces compare-load once every section has rendered', async () => {
    const seen: { tag: string; state: string; rendered: boolean }[][] = [];
    const wrap = await fixture(html`<div></div>`);
    wrap.addEventListener('compare-load', (e) => {
      const page = e.target as ComparePage;
      seen.push(sectionsOf(page).map((el) => ({ tag: el.localName, state: el.state, rendered: !!el.shadowRoot?.querySelector('[part~="heading"], [part~="nav"]') && el.offsetHeight > 0 })));
    });
    const page = document.createElement('compare-page') as ComparePage;
    page.data = demo;
    wrap.append(page);
    await pageSettled(page);
    await new Promise((r) => setTimeout(r, 50));
    expect(seen.length).to.equal(1);
    expect(seen[0]!.map((s) => s.tag)).to.deep.equal(SECTIONS.map((s) => `compare-${s}`));
    for (const s of seen[0]!) expect(s, s.tag).to.deep.equal({ tag: s.tag, state: 'ready', rendered: true });
  });

  it('gives a section with nothing to show no space, not even a gap', async () => {
    const gapOf = async (doc: unknown, sections: string) => {
      const page = await pageSettled(await fixture<ComparePage>(html`<compare-page sections=${sections} .data=${doc}></compare-page>`));
      const boxes = [...page.shadowRoot!.querySelectorAll<HTMLElement>('[part~="section"]')];
      const facts = boxes.find((b) => b.matches('[part~="section-facts"]'))!.getBoundingClientRect();
      const table = boxes.find((b) => b.matches('[part~="section-table"]'))!.getBoundingClientRect();
      return { gap: table.top - facts.bottom, shown: boxes.filter((b) => b.offsetHeight > 0).length };
    };
    const withHighlights = await gapOf(demo, 'facts table');
    const noHighlights = clone(demo);
    delete noHighlights.highlights;
    delete noHighlights.faq;
    const without = await gapOf(noHighlights, 'facts highlights faq table');
    expect(without.shown).to.equal(2);
    expect(without.gap).to.be.closeTo(withHighlights.gap, 0.5);
    expect(without.gap).to.be.greaterThan(0);
  });

  it('is empty, and takes no space, when every section it shows has nothing; ready again when sections name one that has', async () => {
    const doc = clone(demo);
    delete doc.faq;
    delete doc.related;
    const page = await pageSettled(await fixture<ComparePage>(html`<compare-page sections="faq related" .data=${doc}></compare-page>`));
    expect(page.state).to.equal('empty');
    expect(page.getBoundingClientRect().height).to.equal(0);
    page.sections = 'faq related facts';
    await pageSettled(page);
    expect(page.state).to.equal('ready');
    expect(page.getBoundingClientRect().height).to.be.greaterThan(0);
    page.sections = 'related';
    await pageSettled(page);
    expect(page.state).to.equal('empty');
    // Pros and cons of none of the items: empty too; a header always has something.
    const none = { ...clone(demo), pros: undefined, cons: undefined };
    expect((await pageSettled(await fixture<ComparePage>(html`<compare-page sections="proscons" .data=${none}></compare-page>`))).state).to.equal('empty');
    expect((await pageSettled(await fixture<ComparePage>(html`<compare-page sections="proscons header" .data=${none}></compare-page>`))).state).to.equal('ready');
  });

  it('works with three items', async function () {
    this.timeout(40000);
    const three = await loadFixture('three-databases.json');
    const page = await pageSettled(await fixture<ComparePage>(html`<compare-page .data=${three}></compare-page>`));
    const header = sectionsOf(page)[0]!;
    for (const item of three.items) expect(textOf(header.shadowRoot)).to.contain(item.name);
    await expect(page).to.be.accessible();
  });

  it('shows one error for invalid data, and no sections', async () => {
    const bad = clone(demo);
    bad.items[0].name = 7;
    const page = await fixture<ComparePage>(html`<compare-page .data=${bad}></compare-page>`);
    await settled(page);
    expect(page.state).to.equal('error');
    expect(page.shadowRoot!.querySelectorAll('[part="error"]').length).to.equal(1);
    expect(sectionsOf(page).length).to.equal(0);
    expect(textOf(page.shadowRoot)).to.contain('items[0].name: expected a string, got 7');
    await expect(page).to.be.accessible();
  });

  it('keeps its space while loading', async () => {
    const page = await fixture<ComparePage>(html`<compare-page src="/test-api/doc?delay=400"></compare-page>`);
    expect(page.state).to.equal('loading');
    expect(page.getBoundingClientRect().height).to.be.greaterThan(300);
    await settled(page);
  });
});
