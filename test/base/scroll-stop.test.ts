/**
 * The tables' scroll boxes (facts, highlights, full table) are a keyboard
 * stop only while they have something to scroll (src/base/scroll-stop.ts),
 * and show a shadow at an edge they scroll past (src/styles/table.ts).
 */
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import '../../src/define/compare-facts.js';
import '../../src/define/compare-highlights.js';
import '../../src/define/compare-table.js';
import type { CompareElement } from '../../src/base/compare-element.js';
import { loadFixture, settled } from '../helpers/util.js';

const tags = ['compare-facts', 'compare-highlights', 'compare-table'] as const;
/** The two whose table scrolls when narrow; the highlights turn into cards instead. */
const scrolling = ['compare-facts', 'compare-table'] as const;

async function mount(tag: (typeof tags)[number], width: number, doc: unknown) {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width:${width}px"></div>`);
  const el = document.createElement(tag) as CompareElement;
  el.data = doc;
  wrap.append(el);
  await settled(el, 'ready');
  const box = el.shadowRoot!.querySelector<HTMLElement>('.scroll')!;
  return { wrap, el, box };
}

const stop = (box: HTMLElement) => box.getAttribute('tabindex');

describe('scroll boxes: a keyboard stop only when they scroll', () => {
  let doc: unknown;
  before(async () => {
    doc = await loadFixture('three-databases.json');
  });

  it('the highlights, which turn into cards when narrow, are no stop at any width', async () => {
    for (const width of [240, 500, 800, 1200]) {
      const { box, el } = await mount('compare-highlights', width, doc);
      await waitUntil(() => stop(box) === null, `no stop at ${width} px`, { timeout: 2000 });
      expect(box.scrollWidth, `${width} px`).to.be.at.most(box.clientWidth + 1);
      if (width === 240) await expect(el).to.be.accessible();
    }
  });

  it('the highlights are a stop when their table does overflow', async () => {
    const { wrap, box } = await mount('compare-highlights', 1200, doc);
    await waitUntil(() => stop(box) === null, 'no stop at 1200 px', { timeout: 2000 });
    // Wider content than the box: a long unbroken claim in a cell keeps its minimum width.
    (box.querySelector('table') as HTMLElement).style.minWidth = '2000px';
    await waitUntil(() => stop(box) === '0', 'a stop once the table overflows', { timeout: 2000 });
    expect(wrap.scrollWidth).to.be.at.most(1200);
  });

  for (const tag of scrolling) {
    describe(tag, () => {
      it('is a stop when its table is wider than the box, not when it fits', async () => {
        const narrow = await mount(tag, 240, doc);
        await waitUntil(() => narrow.box.scrollWidth > narrow.box.clientWidth, 'the table should overflow at 240 px');
        await nextFrame();
        expect(stop(narrow.box)).to.equal('0');
        // A named region then: what a keyboard user lands on says what it scrolls.
        expect(narrow.box.getAttribute('role')).to.equal('region');
        expect(narrow.box.getAttribute('aria-labelledby')).to.not.equal(null);

        const wide = await mount(tag, 1200, doc);
        await waitUntil(() => stop(wide.box) === null, 'a box that does not scroll should not be a stop', { timeout: 2000 });
        expect(wide.box.scrollWidth).to.be.at.most(wide.box.clientWidth + 1);
        // No landmark either (one fewer region named like the table inside it).
        expect(wide.box.getAttribute('role')).to.equal(null);
        expect(wide.box.getAttribute('aria-labelledby')).to.equal(null);
        await expect(wide.el).to.be.accessible();
      });

      it('follows the box: narrowed, it becomes a stop; widened, it stops being one', async () => {
        const { wrap, box, el } = await mount(tag, 1200, doc);
        await waitUntil(() => stop(box) === null, 'no stop at 1200 px', { timeout: 2000 });
        wrap.style.width = '240px';
        await waitUntil(() => stop(box) === '0', 'a stop once the box is narrowed', { timeout: 2000 });
        expect(box.getAttribute('role')).to.equal('region');
        await expect(el).to.be.accessible();
        wrap.style.width = '1200px';
        await waitUntil(() => stop(box) === null, 'no stop once widened again', { timeout: 2000 });
      });

      it('keeps the stop while it has focus, and drops it when focus leaves', async () => {
        const { wrap, box } = await mount(tag, 240, doc);
        await waitUntil(() => stop(box) === '0', 'a stop at 240 px', { timeout: 2000 });
        box.focus();
        wrap.style.width = '1200px';
        await nextFrame();
        await nextFrame();
        expect(stop(box)).to.equal('0');
        expect(box.matches(':focus')).to.equal(true);
        box.blur();
        await waitUntil(() => stop(box) === null, 'no stop once focus has left', { timeout: 2000 });
      });
    });
  }

  it('a box taken off the page and put back is watched again', async () => {
    const { wrap, el, box } = await mount('compare-table', 1200, doc);
    await waitUntil(() => stop(box) === null, 'no stop at 1200 px', { timeout: 2000 });
    el.remove();
    // Frames off the page: its observer sees the box go (0 × 0) and lets go of it.
    await nextFrame();
    await nextFrame();
    wrap.style.width = '240px';
    wrap.append(el);
    await el.updateComplete;
    await waitUntil(() => stop(box) === '0', 'a stop after re-insertion into a narrow box', { timeout: 2000 });
  });
});

// Where scroll-driven animations run (Chromium, WebKit), the edge shadows are the box's ::before (start) and ::after
// (end), above the cells: an opaque header, winner or sticky cell hid the box's background shadows. (Firefox keeps those.)
if (CSS.supports('animation-timeline: scroll()'))
  describe('scroll boxes: edge shadows above the cells', () => {
    let doc: unknown;
    before(async () => {
      doc = await loadFixture('three-databases.json');
    });
    /**
     * The opacity of the start and the end shadow. With a sticky label column (key facts, full table) the start
     * shadow is the labels' (at their end edge, where the values slide under them), not the box's.
     */
    const shadows = (box: HTMLElement) => {
      const label = box.querySelector('th[scope="row"]');
      const start = label && getComputedStyle(box, '::before').display === 'none' ? getComputedStyle(label, '::before') : getComputedStyle(box, '::before');
      return [start, getComputedStyle(box, '::after')].map((c) => Number(c.opacity));
    };
    const shows = async (box: HTMLElement, want: number[], where: string) => {
      await waitUntil(() => `${shadows(box)}` === `${want}`, `${where}: shadows (start, end) ${shadows(box)}, expected ${want}`, { timeout: 2000 });
    };

    for (const tag of scrolling)
      for (const dir of ['ltr', 'rtl'])
        it(`<${tag}> (${dir}): the end shadow until the end, the start shadow once scrolled, over the sticky cells`, async () => {
          const { wrap, box } = await mount(tag, 300, doc);
          wrap.dir = dir;
          await waitUntil(() => box.scrollWidth > box.clientWidth + 1, 'the table should overflow at 300 px');
          const to = (x: number) => (box.scrollLeft = (dir === 'rtl' ? -1 : 1) * x);
          await shows(box, [0, 1], 'at the start');
          to(40);
          await shows(box, [1, 1], 'scrolled a little');
          to(1e6);
          await shows(box, [1, 0], 'at the end');
          to(0);
          await shows(box, [0, 1], 'back at the start');
          // Drawn above every cell (the header row, a winner, the sticky first column), not under them.
          const after = getComputedStyle(box, '::after');
          expect(after.position).to.equal('sticky');
          expect(after.pointerEvents).to.equal('none');
          const zs = [...box.querySelectorAll('th, td')].map((c) => Number(getComputedStyle(c).zIndex) || 0);
          expect(Number(after.zIndex)).to.be.above(Math.max(...zs));
        });

    it('no shadow when the table fits (nothing to scroll)', async () => {
      for (const tag of tags) {
        const { box } = await mount(tag, 1400, doc);
        await waitUntil(() => box.scrollWidth <= box.clientWidth, `${tag}: the table should fit at 1400 px`);
        await nextFrame();
        expect(shadows(box), tag).to.deep.equal([0, 0]);
      }
    });
  });
