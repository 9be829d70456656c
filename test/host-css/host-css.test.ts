/**
 * Host CSS: the elements look the same on a page styled by a CSS framework as
 * on a blank page. Every element (default theme, 800 px wide) is measured on
 * the test's blank page, then again with the framework's CSS in the document:
 * the host and every box inside it (shadow trees, nested elements, the light-DOM
 * nodes an element owns, such as <compare-track>'s email field) must keep their
 * size and their position relative to the host, within 1 px.
 *
 * Frameworks, both from npm:
 *   - Bootstrap 5: node_modules/bootstrap/dist/css/bootstrap.min.css (reboot
 *     included: body font, line-height, `*` box-sizing, label/input/button rules);
 *   - Tailwind 4: what a Tailwind site ships when it uses no utility, i.e.
 *     `@import "tailwindcss"` compiled by tailwindcss's own compile() (theme
 *     variables + preflight: `*` margin/padding/border reset, html line-height,
 *     font-family and tab-size, `[hidden]`, form-control resets).
 */
import { expect } from '@open-wc/testing';
import { compile } from 'tailwindcss';
import '../../src/compare-kit.js';
import type { CompareElement } from '../../src/base/compare-element.js';
import { loadDemo, settled } from '../helpers/util.js';

const TAGS = [
  'compare-header', 'compare-verdict', 'compare-facts', 'compare-highlights', 'compare-table', 'compare-chart',
  'compare-proscons', 'compare-faq', 'compare-resources', 'compare-related', 'compare-track', 'compare-page',
] as const;

const WIDTH = 800;
const TOLERANCE = 1;

/** A box relative to the measured element's host; `null` for a node that has no box (display: none, a closed part). */
type Box = { x: number; y: number; w: number; h: number } | null;

async function text(url: string): Promise<string> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.text();
}

async function bootstrapCss(): Promise<string> {
  return text('/node_modules/bootstrap/dist/css/bootstrap.min.css');
}

/** Tailwind's base layer as a Tailwind 4 build emits it (no utilities used). */
async function tailwindCss(): Promise<string> {
  const compiler = await compile('@import "tailwindcss";', {
    base: '/',
    loadStylesheet: async (id: string) => {
      const file = id === 'tailwindcss' ? 'index.css' : id.replace(/^tailwindcss\//, '').replace(/^\.\//, '');
      return { path: file, base: '/', content: await text(`/node_modules/tailwindcss/${file}`) };
    },
  });
  return compiler.build([]);
}

const frames = () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));

/**
 * Every element box inside `host`: its shadow tree, nested shadow trees, and its light-DOM element children, keyed by
 * path, relative to the host (or, `inside`, to the first box of its shadow tree, the host's own box left out).
 */
function boxes(host: Element, inside = false): Map<string, Box> {
  const origin = (inside ? host.shadowRoot!.firstElementChild! : host).getBoundingClientRect();
  const out = new Map<string, Box>();
  const round = (n: number) => Math.round(n * 100) / 100;
  const visit = (node: Element, path: string) => {
    const r = node.getBoundingClientRect();
    const shown = node.getClientRects().length > 0;
    out.set(path, shown ? { x: round(r.left - origin.left), y: round(r.top - origin.top), w: round(r.width), h: round(r.height) } : null);
    const walk = (parent: Element | ShadowRoot, prefix: string) => {
      [...parent.children].forEach((child, i) => {
        if (child.localName === 'style' || child.localName === 'script') return;
        visit(child, `${prefix}/${child.localName}[${i}]`);
      });
    };
    if (node.shadowRoot) walk(node.shadowRoot, `${path}/#shadow`);
    walk(node, path);
  };
  visit(host, host.localName);
  if (inside) out.delete(host.localName);
  return out;
}

/** The boxes that moved or changed size by more than the tolerance, as readable lines (no DOM nodes in assertions). */
function differences(before: Map<string, Box>, after: Map<string, Box>): string[] {
  const diffs: string[] = [];
  for (const [path, a] of before) {
    if (!after.has(path)) {
      diffs.push(`${path}: gone`);
      continue;
    }
    const b = after.get(path)!;
    if (!a || !b) {
      if (a || b) diffs.push(`${path}: ${a ? 'shown' : 'no box'} → ${b ? 'shown' : 'no box'}`);
      continue;
    }
    const keys = (['x', 'y', 'w', 'h'] as const).filter((k) => Math.abs(a[k] - b[k]) > TOLERANCE);
    if (keys.length) diffs.push(`${path}: ${keys.map((k) => `${k} ${a[k]} → ${b[k]}`).join(', ')}`);
  }
  for (const path of after.keys()) if (!before.has(path)) diffs.push(`${path}: new`);
  return diffs;
}

/** The 12 elements side by side, each in its own 800 px wide box, rendered from the demo data. */
async function placeAll(root: HTMLElement): Promise<CompareElement[]> {
  const demo = await loadDemo();
  const els = TAGS.map((tag) => {
    const wrap = root.appendChild(document.createElement('div'));
    wrap.style.width = `${WIDTH}px`;
    const el = document.createElement(tag) as CompareElement;
    el.data = demo;
    return wrap.appendChild(el);
  });
  for (const el of els) {
    await settled(el, 'ready');
    for (const inner of el.shadowRoot!.querySelectorAll<CompareElement>('*')) {
      if (inner.localName.startsWith('compare-')) await settled(inner, 'ready');
    }
  }
  await frames();
  return els;
}

type Result = { diffs: Record<string, string[]>; measured: number };

/** Adds the CSS to the document, measures every element again, takes the CSS away; the differences per tag. */
async function withCss(css: string, els: CompareElement[], blank: Map<string, Box>[], applied: () => boolean = () => true, inside = false): Promise<Result> {
  const sheet = document.createElement('style');
  sheet.textContent = css;
  document.head.append(sheet);
  try {
    await frames();
    if (!applied()) throw new Error('the CSS did not apply to the page');
    const diffs: Record<string, string[]> = {};
    let measured = 0;
    els.forEach((el, i) => {
      const d = differences(blank[i]!, boxes(el, inside));
      measured += blank[i]!.size;
      if (d.length) diffs[el.localName] = d;
    });
    return { diffs, measured };
  } finally {
    sheet.remove();
    await frames();
  }
}

function report(name: string, result: Result): string {
  const lines = Object.entries(result.diffs).flatMap(([tag, d]) => [`${tag}: ${d.length} boxes differ`, ...d.slice(0, 8).map((l) => `  ${l}`)]);
  console.log(`${name}: ${result.measured} boxes in ${TAGS.length} elements measured, ${Object.values(result.diffs).flat().length} differ by more than ${TOLERANCE}px`);
  return lines.join('\n');
}

/** Both frameworks reset the body's 8px margin: proof that their CSS is in force. */
const bodyMarginReset = () => getComputedStyle(document.body).marginTop === '0px';

describe('Host CSS: the page\'s framework does not change the elements', function () {
  this.timeout(60000);
  let root: HTMLElement;
  let els: CompareElement[];
  let blank: Map<string, Box>[];

  before(async () => {
    root = document.body.appendChild(document.createElement('div'));
    els = await placeAll(root);
    blank = els.map((el) => boxes(el));
  });
  after(() => root.remove());

  it('the measurement sees a difference when the page does reach inside (the check can fail)', async () => {
    // Rules aimed at the host itself win over its :host rules (by design: that
    // is how a page styles the element), so this one must show.
    const result = await withCss('compare-facts, compare-header { padding: 10px !important; }', els, blank);
    expect(Object.keys(result.diffs).sort()).to.deep.equal(['compare-facts', 'compare-header']);
    // and nothing changed for good
    const again = await withCss('', els, blank);
    expect(report('Blank again', again)).to.equal('');
  });

  it('inherited typography of a page theme (on body) does not reach inside', async () => {
    // What a theme sets on body and every element inherits. Not on html: `rem`
    // (the reader's font size) is meant to scale the elements.
    const result = await withCss(
      `body {
        font-size: 22px; line-height: 2.2; font-weight: 300; font-style: italic; font-variant: small-caps;
        font-stretch: condensed; font-kerning: none; font-feature-settings: "smcp"; font-variation-settings: "wght" 300;
        letter-spacing: 0.2em; word-spacing: 0.5em; text-transform: uppercase; text-indent: 3em; text-align: center;
        white-space: nowrap; word-break: break-all; overflow-wrap: anywhere; hyphens: auto; tab-size: 2; text-shadow: 0 0 2px red;
        text-rendering: geometricPrecision;
      }`,
      els,
      blank,
      () => getComputedStyle(document.body).letterSpacing !== 'normal',
    );
    const lines = report('Body typography', result);
    expect(lines, lines).to.equal('');
  });

  it('Bootstrap 5 (bootstrap.min.css, reboot included): same geometry within 1px', async () => {
    const result = await withCss(await bootstrapCss(), els, blank, bodyMarginReset);
    const lines = report('Bootstrap', result);
    expect(lines, lines).to.equal('');
    expect(result.measured).to.be.greaterThan(500);
  });

  it('Tailwind 4 preflight (compiled by tailwindcss from npm): same geometry within 1px', async () => {
    const css = await tailwindCss();
    expect(css).to.contain('box-sizing: border-box');
    expect(css).not.to.contain('--theme(');
    const result = await withCss(css, els, blank, bodyMarginReset);
    const lines = report('Tailwind', result);
    expect(lines, lines).to.equal('');
    expect(result.measured).to.be.greaterThan(500);
  });
});

/**
 * A page's reset of the elements themselves: `all: unset` on the host (directly, through `*`, or "the new CSS reset"'s
 * `all: unset; display: revert`) beats every :host rule. The host is then an inline box, no container, without its
 * colours; what is inside keeps its layout (a box of its own in the shadow tree, `.root`, is the container) and takes
 * the page's colours, as theme="host" does. The page gives the font it gives its own text (the element takes it, as it
 * takes the page's margins). Measured inside the element: its host box is the page's to set.
 */
describe("Host CSS: a page's reset of the elements themselves (all: unset)", function () {
  this.timeout(90000);
  let root: HTMLElement;
  let els: CompareElement[];
  let blank: Map<string, Box>[];
  // The page's own text: its blocks, and the elements' font, as the page sets them after its reset.
  const PAGE = `div { display: block; font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif; font-size: 16px; line-height: 1.5; color: rgb(26, 29, 35) }
    head, script, style { display: none }`;

  before(async () => {
    root = document.body.appendChild(document.createElement('div'));
    els = await placeAll(root);
    blank = els.map((el) => boxes(el, true));
  });
  after(() => root.remove());

  for (const [name, css] of [
    ['* { all: unset }', '* { all: unset }'],
    ['compare-… { all: unset } on each tag', `${TAGS.join(', ')} { all: unset }`],
    ['the new CSS reset (all: unset; display: revert)', '*:where(:not(html, iframe, canvas, img, svg, video, audio):not(svg *, symbol *)) { all: unset; display: revert }'],
  ] as const) {
    it(`${name}: the same layout inside every element within 1px, as a container of its width`, async () => {
      const result = await withCss(`${css}\n${PAGE}`, els, blank, () => getComputedStyle(els[0]!).display === 'inline', true);
      const lines = report(name, result);
      expect(lines, lines).to.equal('');
      expect(result.measured).to.be.greaterThan(500);
    });
  }

  it("keeps a page's body typography out under the reset (white-space: nowrap, text-align: center, text-indent)", async () => {
    const result = await withCss(
      `${TAGS.join(', ')} { all: unset } ${PAGE} body { white-space: nowrap; text-align: center; text-indent: 3em }`,
      els,
      blank,
      () => getComputedStyle(document.body).whiteSpace === 'nowrap',
      true,
    );
    const lines = report('Body typography through a reset host', result);
    expect(lines, lines).to.equal('');
  });
});

describe("Host CSS: a page's reset on a page of the other scheme: the text stays readable", function () {
  this.timeout(90000);
  for (const [theme, page] of [
    ['light', 'background: rgb(17, 17, 17); color: rgb(238, 238, 238)'],
    ['dark', 'background: rgb(255, 255, 255); color: rgb(34, 34, 34)'],
  ] as const) {
    it(`theme="${theme}" under * { all: unset }, on a ${theme === 'light' ? 'dark' : 'light'} page: the page's colours, the scheme of its background (axe, colour contrast included)`, async () => {
      const demo = await loadDemo();
      const sheet = document.head.appendChild(document.createElement('style'));
      sheet.textContent = `* { all: unset } div { display: block } head, script, style { display: none }`;
      const wrap = document.body.appendChild(document.createElement('div'));
      wrap.setAttribute('style', `${page}; inline-size: 800px; padding: 8px`);
      try {
        const placed = ['compare-verdict', 'compare-facts', 'compare-chart', 'compare-proscons'].map((tag) => {
          const el = document.createElement(tag) as CompareElement;
          el.setAttribute('theme', theme);
          el.data = demo;
          return wrap.appendChild(el);
        });
        for (const el of placed) await settled(el, 'ready');
        await frames();
        await expect(wrap).to.be.accessible();
        for (const el of placed) {
          expect(getComputedStyle(el).display, el.localName).to.equal('inline');
          expect(getComputedStyle(el.shadowRoot!.querySelector('[part~="heading"]')!).color, el.localName).to.equal(page.match(/color: (rgb\([^)]*\))/)![1]);
          // The accents' variant for the page's background (the host's color-scheme is the page's to set now).
          const inner = el.shadowRoot!.querySelector('[part~="heading"]')!;
          expect(getComputedStyle(inner).colorScheme, el.localName).to.equal(theme === 'light' ? 'dark' : 'light');
        }
      } finally {
        wrap.remove();
        sheet.remove();
        await frames();
      }
    });
  }
});

/**
 * A colour the page sets on the element itself, beside or after its reset (`compare-facts { all: unset; color: … }`):
 * the text inside takes it, as it takes a wrapper's: the host's own colour is what is inherited, and under the reset
 * the text tokens are currentColor (muted text mixed from it), the controls' too. Accents stay the tokens'.
 */
describe("Host CSS: a page's colour on the element itself, under its reset", function () {
  this.timeout(60000);
  for (const css of ['compare-verdict { all: unset; color: rgb(139, 0, 0) }', '* { all: unset } div { display: block } head, script, style { display: none } compare-verdict { color: rgb(139, 0, 0) }']) {
    it(`${css.replace(/ div.*none \}/, '')}: the text, muted text and buttons take it`, async () => {
      const sheet = document.head.appendChild(document.createElement('style'));
      sheet.textContent = css;
      const wrap = document.body.appendChild(document.createElement('div'));
      try {
        for (const theme of ['light', 'dark']) {
          const el = document.createElement('compare-verdict') as CompareElement;
          el.setAttribute('theme', theme);
          // An id of its own: a vote on the demo that another file left in this browser's storage shows thanks, no buttons.
          el.data = { ...(await loadDemo()), id: `host-css-${Math.random().toString(36).slice(2, 10)}` };
          wrap.appendChild(el);
          await settled(el, 'ready');
          await frames();
          const color = (sel: string) => getComputedStyle(el.shadowRoot!.querySelector(sel)!).color;
          expect(color('[part~="heading"]'), theme).to.equal('rgb(139, 0, 0)');
          expect(color('.vote-button'), theme).to.equal('rgb(139, 0, 0)');
          expect(color('.ai-label'), theme).to.match(/^color\(srgb 0\.545\d* 0 0 \/ 0\.85\)$/);
          el.remove();
        }
      } finally {
        wrap.remove();
        sheet.remove();
        await frames();
      }
    });
  }
});
