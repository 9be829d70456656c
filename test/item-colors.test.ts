/// <reference types="mocha" />
/**
 * Item colours (an item's `color`, or the theme's series) mark its stripes, bars, dots and underlines. A colour
 * that is the surface's own (white or yellow on a light theme, near-black on a dark one) must not make the mark
 * vanish: the mark keeps the colour as its fill and gets an edge of at least 3:1 on the surface around it
 * (WCAG 1.4.11), measured here from the computed styles, drawn to sRGB by the browser.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/compare-kit.js';
import type { CompareElement } from '../src/base/compare-element.js';
import { clone, loadFixture, settled } from './helpers/util.js';

/** Any CSS colour as sRGBA (0..255, alpha 0..1), drawn by the browser (oklch() out of gamut as it paints it). */
function rgba(css: string): [number, number, number, number] {
  const ctx = new OffscreenCanvas(1, 1).getContext('2d', { willReadFrequently: true })!;
  ctx.clearRect(0, 0, 1, 1);
  ctx.fillStyle = 'rgba(1, 2, 3, 0.5)';
  const unset = ctx.fillStyle;
  ctx.fillStyle = css;
  if (ctx.fillStyle === unset) throw new Error(`not a colour: ${css}`);
  ctx.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!, a! / 255];
}
const lum = ([r, g, b]: number[]) => {
  const lin = (v: number) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
};
/** Contrast of a colour (composed over the surface, as it is painted) against that opaque surface. */
function contrast(css: string, surfaceCss: string): number {
  const s = rgba(surfaceCss);
  const c = rgba(css);
  const painted = [0, 1, 2].map((i) => c[i]! * c[3] + s[i]! * (1 - c[3]));
  const [hi, lo] = [lum(painted), lum(s)].sort((a, b) => b - a);
  return (hi! + 0.05) / (lo! + 0.05);
}
/** The colours of a computed box-shadow (each layer's). */
const shadowColors = (value: string) => value.match(/(?:rgba?|oklch|oklab|lab|lch|color|hsla?)\([^)]*\)/g) ?? [];
/** An element's opaque background: its own, else the nearest painted one up to the host, else white. */
function surfaceOf(node: Element, host: Element): string {
  for (let n: Element | null = node; n; n = n === host ? null : (n.parentElement ?? ((n.getRootNode() as ShadowRoot).host as Element))) {
    const bg = getComputedStyle(n).backgroundColor;
    if (rgba(bg)[3] === 1) return bg;
    if (n === host) break;
  }
  return 'rgb(255, 255, 255)';
}

/** The best contrast a mark shows on a surface: its fill, or one of its edges. */
const shows = (fill: string, edges: string[], surface: string) => Math.max(contrast(fill, surface), ...edges.map((e) => contrast(e, surface)));

interface Mark {
  what: string;
  node: Element;
  fill: string;
  edges: string[];
  /** The surfaces it sits on: outside the box and inside it (a stripe is a border between the two). */
  on: string[];
}

/** Every mark of an item's colour in an element, with its fill and edges as computed. */
function marks(el: CompareElement): Mark[] {
  const root = el.shadowRoot!;
  const outside = surfaceOf(el, el);
  const out: Mark[] = [];
  const stripe = (sel: string, side: 'borderTopColor' | 'borderInlineStartColor') => {
    for (const node of root.querySelectorAll(sel)) {
      const s = getComputedStyle(node);
      out.push({ what: `${el.localName} ${sel}`, node, fill: s[side], edges: shadowColors(s.boxShadow), on: [outside, surfaceOf(node, el)] });
    }
  };
  stripe('[part~="item"].item', 'borderTopColor');
  stripe('.choose-box', 'borderInlineStartColor');
  stripe('p.winner', 'borderInlineStartColor');
  stripe('.claim:not(.winner)', 'borderInlineStartColor');
  for (const node of root.querySelectorAll('.swatch')) {
    const s = getComputedStyle(node);
    out.push({ what: `${el.localName} .swatch`, node, fill: s.backgroundColor, edges: shadowColors(s.boxShadow), on: [surfaceOf(node.parentElement!, el)] });
  }
  for (const node of root.querySelectorAll('[part="bar"]')) {
    const s = getComputedStyle(node);
    const track = getComputedStyle(node.parentElement!.querySelector('.axis')!).fill;
    out.push({ what: `${el.localName} bar`, node, fill: s.fill, edges: [s.stroke], on: [track] });
  }
  for (const node of root.querySelectorAll('line.base')) {
    const track = getComputedStyle(node.parentElement!.querySelector('.axis')!).fill;
    out.push({ what: `${el.localName} bar start`, node, fill: getComputedStyle(node).stroke, edges: [], on: [track] });
  }
  for (const node of root.querySelectorAll('.name a')) {
    out.push({ what: `${el.localName} name underline`, node, fill: getComputedStyle(node).textDecorationColor, edges: [], on: [surfaceOf(node, el)] });
  }
  return out;
}

const TAGS = ['compare-header', 'compare-verdict', 'compare-highlights', 'compare-facts', 'compare-table', 'compare-chart', 'compare-proscons'];

async function place(tag: string, data: unknown, theme: string, width = '40rem', style = '') {
  const el = await fixture<CompareElement>(html`<div style="inline-size: ${width}; ${style}"></div>`);
  const child = document.createElement(tag) as CompareElement;
  child.setAttribute('theme', theme);
  child.data = data;
  el.append(child);
  return settled(child, 'ready');
}

describe('item colours: a mark never vanishes on its surface', function () {
  this.timeout(60000);
  let three: any;
  before(async () => {
    three = await loadFixture('three-databases.json');
    // A header with links on its names (their underline is in the item's colour).
    for (const item of three.items) item.url ??= 'https://example.com/';
  });

  const withColors = (colors: (string | undefined)[]) => {
    const doc = clone(three);
    doc.items.forEach((item: any, i: number) => (colors[i] ? (item.color = colors[i]) : delete item.color));
    return doc;
  };

  for (const [theme, colors, style] of [
    ['light', ['#ffffff', '#ffff00', '#fff59d'], ''],
    // An author's dark colour is lifted on a dark scheme; a page's own dark series colour is not: its edge shows it.
    ['dark', ['#000000', undefined, '#0a0a23'], '--compare-color-series-2: #111111'],
    ['auto', ['#ffffff', '#ffff00', undefined], '--compare-color-series-3: #fffde7'],
  ] as const) {
    it(`${theme} theme, items ${colors.map((c) => c ?? 'series').join(', ')}: every stripe, bar, dot and underline shows at 3:1 or more`, async () => {
      const doc = withColors([...colors]);
      const kinds = new Set<string>();
      const faint: string[] = [];
      for (const tag of TAGS) {
        // Narrow: the highlights are cards with a stripe per claim.
        const el = await place(tag, doc, theme, tag === 'compare-highlights' ? '24rem' : '48rem', style);
        for (const m of marks(el)) {
          kinds.add(m.what);
          for (const surface of m.on) {
            const c = shows(m.fill, m.edges, surface);
            if (c < 3) faint.push(`${m.what}: fill ${m.fill}, edges ${m.edges.join(' | ') || 'none'} on ${surface}: ${c.toFixed(2)}:1`);
          }
        }
      }
      // Every kind of mark was seen, in every element that has one.
      expect([...kinds].sort()).to.deep.equal([
        'compare-chart .swatch', 'compare-chart bar', 'compare-chart bar start', 'compare-facts .swatch', 'compare-header [part~="item"].item',
        'compare-header name underline', 'compare-highlights .claim:not(.winner)', 'compare-highlights .swatch', 'compare-proscons .swatch',
        'compare-proscons [part~="item"].item', 'compare-table .swatch', 'compare-verdict .choose-box', 'compare-verdict .swatch', 'compare-verdict p.winner',
      ]);
      expect([...new Set(faint)], 'under 3:1').to.deep.equal([]);
    });
  }

  it("keeps the item's own colour as the fill of every mark, on a light theme as given", async () => {
    const doc = withColors(['#ffffff', '#ffff00', '#fff59d']);
    const want = ['rgb(255, 255, 255)', 'rgb(255, 255, 0)', 'rgb(255, 245, 157)'];
    for (const tag of TAGS) {
      const el = await place(tag, doc, 'light', tag === 'compare-highlights' ? '24rem' : '48rem');
      for (const m of marks(el)) {
        if (m.what.endsWith('bar start') || m.what.endsWith('underline')) continue; // lines: the colour, or its edge where it would vanish
        expect(want.map((w) => rgba(w).join()), `${m.what}: ${m.fill}`).to.include(rgba(m.fill).join());
      }
    }
  });

  it('adds no visible edge to a colour that shows by itself (the marks look as before)', async () => {
    const doc = withColors(['#336791', '#c2410c', '#0f80cc']);
    for (const theme of ['light', 'dark']) {
      for (const tag of ['compare-header', 'compare-verdict', 'compare-chart', 'compare-proscons', 'compare-facts']) {
        const el = await place(tag, doc, theme);
        for (const m of marks(el)) {
          for (const edge of m.edges) expect(rgba(edge)[3], `${theme} ${m.what}: ${edge}`).to.equal(0);
          if (m.what.endsWith('underline')) {
            const [line, stripe] = [rgba(m.fill), rgba(getComputedStyle(m.node.closest('.item')!).borderTopColor)];
            line.forEach((v, i) => expect(v, `${theme} ${m.what}: ${line} is the stripe's ${stripe}`).to.be.closeTo(stripe[i]!, 1));
          }
        }
      }
    }
  });
});
