import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/compare-kit.js';
import type { CompareElement } from '../src/base/compare-element.js';
import { inChromium, loadDemo, loadFixture, settled } from './helpers/util.js';

/** Python vs Rust with every group of the full table collapsed after one row. */
async function collapsed() {
  const doc = await loadDemo();
  doc.groups = doc.groups.map((g: any) => ({ ...g, collapseAfter: 1 }));
  return doc;
}
const shownRows = (el: CompareElement) => [...el.shadowRoot!.querySelectorAll('tbody tr')].filter((tr) => tr.querySelector('th[scope="row"]') && getComputedStyle(tr).display !== 'none').length;

describe('printing', () => {
  // The test runner emulates print media through the DevTools protocol: Chromium only (the print events run everywhere).
  afterEach(async () => {
    if (inChromium) await emulateMedia({ media: 'screen', colorScheme: 'light' });
  });

  if (inChromium)
    it('prints the rows behind "Show N more" (in CSS: server-rendered HTML too, without a script), not those "only differences" leaves out', async () => {
      const doc = await collapsed();
      const el = await settled(await fixture<CompareElement>(html`<compare-table .data=${doc}></compare-table>`));
      const before = shownRows(el);
      expect(before).to.be.below(doc.attributes.length);
      await emulateMedia({ media: 'print' });
      expect(shownRows(el)).to.equal(doc.attributes.length);
      await emulateMedia({ media: 'screen' });
      expect(shownRows(el)).to.equal(before);
      // A row with no difference stays out on paper when the reader asked for differences only.
      (el as any).onlyDifferences = true;
      await el.updateComplete;
      await emulateMedia({ media: 'print' });
      const printed = shownRows(el);
      expect(printed).to.be.below(doc.attributes.length);
      expect(printed).to.be.above(0);
    });

  if (inChromium)
    it('prints every FAQ answer, the closed ones too, by CSS (server-rendered HTML without a script as well), and leaves them as the reader left them', async () => {
      const doc = await loadDemo();
      doc.faq = ['One?', 'Two?', 'Three?'].map((question) => ({ question, answer: `The answer to ${question}` }));
      const el = await settled(await fixture<CompareElement>(html`<compare-faq .data=${doc}></compare-faq>`));
      const details = [...el.shadowRoot!.querySelectorAll('details')];
      expect(details.length, el.state).to.be.above(2);
      details[1]!.open = true; // the reader's own
      // An answer shows when its <details> is taller than its question.
      const shown = () => details.map((d) => d.getBoundingClientRect().height - d.querySelector('summary')!.getBoundingClientRect().height > 10);
      expect(shown()).to.deep.equal([false, true, false]);
      await emulateMedia({ media: 'print' });
      expect(shown()).to.deep.equal([true, true, true]);
      expect(getComputedStyle(el.shadowRoot!.querySelector('.marker')!).display).to.equal('none');
      await emulateMedia({ media: 'screen' });
      expect(shown()).to.deep.equal([false, true, false]);
      expect(details.map((d) => d.open)).to.deep.equal([false, true, false]);
    });

  if (inChromium)
    it('prints every row of a long chart (on screen, its rows far below are laid out only when scrolled near)', async () => {
      const items = Array.from({ length: 8 }, (_, i) => ({ id: `i${i}`, name: `Item ${i + 1}` }));
      const attributes = Array.from({ length: 60 }, (_, r) => ({ id: `a${r}`, label: `A${r}`, values: Object.fromEntries(items.map((it, i) => [it.id, (r + 1) * (i + 1)])) }));
      const el = await settled(await fixture<CompareElement>(html`<compare-chart .data=${{ version: 1, id: 'long', title: 'Long', items, attributes }}></compare-chart>`));
      const last = [...el.shadowRoot!.querySelectorAll('[part="bar"]')].at(-1)!;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      expect(last.checkVisibility({ contentVisibilityAuto: true })).to.equal(false);
      await emulateMedia({ media: 'print' });
      // (After the next rendering update: a busy run may check before it.)
      await waitUntil(() => last.checkVisibility({ contentVisibilityAuto: true }), 'the last row is laid out in print', { timeout: 3000 });
    });

  if (inChromium)
  it('prints every column of a wide table, and no form, vote or button', async () => {
    const doc = await loadDemo();
    const wrap = await fixture(html`<div style="inline-size: 320px">
      <compare-table .data=${doc}></compare-table><compare-verdict .data=${doc}></compare-verdict><compare-track .data=${doc}></compare-track>
    </div>`);
    const [table, verdict, track] = [...wrap.children] as CompareElement[];
    for (const el of [table!, verdict!, track!]) await settled(el);
    const box = table!.shadowRoot!.querySelector<HTMLElement>('.scroll')!;
    // The shadow at the end the table scrolls past shows on screen, not on paper (nothing scrolls there).
    await waitUntil(() => getComputedStyle(box, '::after').opacity === '1', 'the end shadow on screen', { timeout: 5000 });
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(box).overflowX).to.equal('visible');
    // A block, not the screen's grid (the edge shadows' strips): Chromium's printed grid leaves out the header
    // row repeated on each page, so a table longer than a page ran out of its box over what follows it.
    expect(getComputedStyle(box).display).to.equal('block');
    await waitUntil(() => getComputedStyle(box, '::after').opacity === '0', 'no end shadow on paper');
    // The table fits the page's width instead of scrolling.
    expect(table!.shadowRoot!.querySelector('table')!.getBoundingClientRect().width).to.be.at.most(box.getBoundingClientRect().width + 1);
    expect(getComputedStyle(table!.shadowRoot!.querySelector('.controls')!).display).to.equal('none');
    expect(getComputedStyle(verdict!.shadowRoot!.querySelector('[part="vote"]')!).display).to.equal('none');
    expect(getComputedStyle(track!).display).to.equal('none');
    await emulateMedia({ media: 'screen' });
    expect(getComputedStyle(track!).display).to.not.equal('none');
    expect(getComputedStyle(box).overflowX).to.equal('auto');
  });

  if (inChromium)
    it('prints dark themes in their light colours, on the paper\'s white (theme="dark", "auto" in a dark scheme, "host" on a dark page)', async () => {
      const three = await loadFixture('three-databases.json');
      const wrap = await fixture(html`<div style="background: #111; color: #eee">
        <compare-facts theme="dark" .data=${three}></compare-facts><compare-facts theme="host" .data=${three}></compare-facts>
      </div>`);
      const els = [...wrap.children] as CompareElement[];
      for (const el of els) await settled(el);
      await new Promise(requestAnimationFrame);
      const read = () =>
        els.map((el) => ({
          scheme: getComputedStyle(el).colorScheme,
          best: getComputedStyle(el.shadowRoot!.querySelector('.badge')!).color,
          sticky: getComputedStyle(el.shadowRoot!.querySelector('th[scope="row"]')!).backgroundColor,
        }));
      // On screen, dark: the "best" marker pale green, the sticky cells the surface's or the page's dark.
      expect(read()).to.deep.equal([
        { scheme: 'dark', best: 'rgb(125, 220, 160)', sticky: 'rgb(22, 24, 29)' },
        { scheme: 'dark', best: 'rgb(125, 220, 160)', sticky: 'rgb(17, 17, 17)' },
      ]);
      // On paper (no backgrounds printed) the pale green was 1.6:1 on white: the light variants.
      await emulateMedia({ media: 'print' });
      expect(read()).to.deep.equal([
        { scheme: 'light', best: 'rgb(17, 107, 58)', sticky: 'rgb(255, 255, 255)' },
        { scheme: 'light', best: 'rgb(17, 107, 58)', sticky: 'rgb(255, 255, 255)' },
      ]);
      await emulateMedia({ media: 'screen', colorScheme: 'dark' });
      els[0]!.theme = 'auto';
      await els[0]!.updateComplete;
      expect(getComputedStyle(els[0]!).colorScheme).to.equal('light dark');
      expect(read()[0]!.best).to.equal('rgb(125, 220, 160)');
      await emulateMedia({ media: 'print', colorScheme: 'dark' });
      expect(read()[0]!.best).to.equal('rgb(17, 107, 58)');
    });

  if (inChromium)
    it('prints a long item name whole, in a column header and in the chart (cut on screen)', async () => {
      const doc = await loadDemo();
      doc.items[0].name = 'Nothing Phone (4) Pro Max Limited Edition with the Glyph Interface Matrix, '.repeat(4).trim();
      const wrap = await fixture(html`<div style="inline-size: 375px"><compare-facts .data=${doc}></compare-facts><compare-chart .data=${doc}></compare-chart></div>`);
      const [facts, chart] = [...wrap.children] as CompareElement[];
      for (const el of [facts!, chart!]) await settled(el);
      const names = [facts!.shadowRoot!.querySelector('[part="item-header"] .item-name')!, chart!.shadowRoot!.querySelector('[part="legend-item"] .item-name')!];
      const cut = () => names.map((n) => n.scrollHeight > n.clientHeight + 1);
      expect(cut()).to.deep.equal([true, true]);
      await emulateMedia({ media: 'print' });
      expect(cut()).to.deep.equal([false, false]);
      await emulateMedia({ media: 'screen' });
      expect(cut()).to.deep.equal([true, true]);
    });
});
