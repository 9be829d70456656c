/// <reference types="mocha" />
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../src/define/compare-page.js';
import type { CompareElement } from '../src/base/compare-element.js';
import type { ComparePage } from '../src/components/compare-page/compare-page.js';
import { SECTIONS } from '../src/components/compare-page/compare-page.js';
import { PLACEHOLDER_HEIGHT } from '../src/styles/placeholders.js';
import { base, tokens } from '../src/styles/tokens.js';
import { emulateMedia } from '@web/test-runner-commands';
import { inChromium, loadDemo, loadFixture, pageSettled, sectionsOf, settled } from './helpers/util.js';

/** A page with its own font, colours and a dark theme switched by a class or `data-theme` on <html>. */
const PAGE_CSS = `
  .host-page { font-family: Georgia, serif; font-size: 18px; color: rgb(34, 34, 34); background: rgb(250, 250, 247); padding: 8px; }
  html.test-dark .host-page, html[data-theme='test-dark'] .host-page { color: rgb(238, 238, 238); background: rgb(14, 15, 18); }
`;

const rem = (value: string) => Number.parseFloat(value) * 16;
const color = (node: Element | null | undefined, prop: 'color' | 'backgroundColor' = 'color') => (node ? getComputedStyle(node)[prop] : 'none');
/** Two frames: the page's change is measured on the next one, then rendered. */
const repaint = async () => {
  await nextFrame();
  await nextFrame();
};

/** `tag` with `theme` and `data`, put in `page` (a wrapper), rendered and measured against that page. */
async function themedIn(page: ReturnType<typeof html>, tag: string, theme: string, data: unknown) {
  const wrap = await fixture<HTMLDivElement>(page);
  const el = document.createElement(tag) as CompareElement;
  el.setAttribute('theme', theme);
  el.data = data;
  wrap.append(el);
  await settled(el);
  await repaint();
  return { wrap, el };
}

function addStyle(text: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = text;
  document.head.append(style);
  return style;
}

async function addSheet(href: string): Promise<HTMLLinkElement> {
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
  const loaded = new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = reject;
  });
  document.head.append(link);
  await loaded;
  return link;
}

describe('the default theme on a dark page', () => {
  it('brings its own light surface, so its dark text stays readable (a blog in dark mode)', async () => {
    const three = await loadFixture('three-databases.json');
    for (const tag of ['compare-facts', 'compare-verdict', 'compare-page']) {
      const wrap = await fixture<HTMLDivElement>(html`<div style="background:#111;color:#eee;padding:8px"></div>`);
      const el = document.createElement(tag) as CompareElement;
      if (tag === 'compare-page') el.setAttribute('sections', 'header chart');
      el.data = three;
      wrap.append(el);
      await settled(el);
      expect(getComputedStyle(el).backgroundColor, tag).to.equal('rgb(255, 255, 255)');
      await expect(wrap).to.be.accessible();
    }
  });
});

describe('space around an element', () => {
  it('two elements in a row do not touch, none at the edges of their box; the page\'s own margin wins; inside <compare-page> the gap alone spaces sections', async () => {
    const three = await loadFixture('three-databases.json');
    const wrap = await fixture<HTMLDivElement>(html`<div style="display:flow-root"><compare-verdict .data=${three}></compare-verdict><compare-facts .data=${three}></compare-facts></div>`);
    const [verdict, facts] = [...wrap.children] as CompareElement[];
    await settled(verdict!);
    await settled(facts!);
    expect(facts!.getBoundingClientRect().top - verdict!.getBoundingClientRect().bottom).to.be.closeTo(24, 0.5); // margins collapse: 1.5rem
    const style = addStyle('compare-facts { margin: 0 } compare-verdict { margin-block-end: 3px }');
    try {
      expect(facts!.getBoundingClientRect().top - verdict!.getBoundingClientRect().bottom).to.be.closeTo(3, 0.5);
    } finally {
      style.remove();
    }
    // None above the first in a box, nor below the last: a card's padding is space enough.
    expect([getComputedStyle(verdict!).marginBlockStart, getComputedStyle(facts!).marginBlockEnd]).to.deep.equal(['0px', '0px']);
    const page = await pageSettled(await fixture<ComparePage>(html`<compare-page sections="verdict track facts" .data=${three}></compare-page>`));
    for (const el of [...sectionsOf(page), page.querySelector('compare-track')!]) expect(getComputedStyle(el).marginBlockStart, el.localName).to.equal('0px');
  });
});

describe('a surface that stands out from the page', () => {
  const padding = (el: Element) => Number.parseFloat(getComputedStyle(el).paddingInlineStart);
  it('keeps the text off its edges (padding) only where the element\'s background differs from the page behind it', async () => {
    const three = await loadFixture('three-databases.json');
    const on = async (page: string, theme?: string) => {
      const wrap = await fixture<HTMLDivElement>(html`<div style="background:${page};padding:8px"><compare-verdict theme=${theme ?? 'light'} .data=${three}></compare-verdict></div>`);
      const el = wrap.firstElementChild as CompareElement;
      await settled(el);
      await repaint(); // measured once a frame, before it is painted
      return el;
    };
    // A dark block on a light blog, the light default on a dark one: framed.
    const framed = await on('#fff', 'dark');
    expect(padding(framed)).to.equal(16);
    await expect(framed).to.be.accessible();
    expect(padding(await on('#111'))).to.equal(16);
    expect(getComputedStyle(await on('#111')).borderTopLeftRadius).to.equal('8px');
    // The same colour (or a shade off), and theme="host": the text lines up with the page's.
    expect(padding(await on('#fff'))).to.equal(0);
    expect(padding(await on('#fcfcfc'))).to.equal(0);
    expect(padding(await on('#16181d', 'dark'))).to.equal(0);
    expect(padding(await on('#111', 'host'))).to.equal(0);
    // The token; and the theme switched on the page: measured again.
    const el = await on('#fff', 'dark');
    el.style.setProperty('--compare-frame-padding', '5px');
    expect(padding(el)).to.equal(5);
    el.theme = 'light';
    await el.updateComplete;
    await repaint();
    expect(padding(el)).to.equal(0);
    el.parentElement!.style.background = '#222';
    document.documentElement.classList.add('test-dark');
    await repaint();
    document.documentElement.classList.remove('test-dark');
    expect(padding(el)).to.equal(5);
  });

  it("keeps that padding under a page's reset (Tailwind's preflight: * { padding: 0 }), which beats the element's own :host rules; the token still sets it", async () => {
    const three = await loadFixture('three-databases.json');
    const reset = addStyle('*, ::before, ::after { margin: 0; padding: 0 }');
    try {
      const { el } = await themedIn(html`<div style="background: #fff"></div>`, 'compare-verdict', 'dark', three);
      expect(el.matches(':state(framed)')).to.equal(true);
      expect(padding(el)).to.equal(16);
      el.style.setProperty('--compare-frame-padding', '5px');
      expect(padding(el)).to.equal(5);
    } finally {
      reset.remove();
    }
  });

  it('is measured again when a style sheet comes later, and keeps no padding while loading or on paper', async () => {
    const three = await loadFixture('three-databases.json');
    const wrap = await fixture<HTMLDivElement>(html`<div class="late-bg"><compare-verdict .data=${three}></compare-verdict></div>`);
    const el = wrap.firstElementChild as CompareElement;
    await settled(el);
    expect(padding(el)).to.equal(0);
    const style = addStyle('.late-bg { background: #111 }'); // a theme's style sheet, added after the element rendered
    try {
      await repaint();
      expect(padding(el)).to.equal(16);
      // Loading again (another src): the placeholder keeps the reserved space, no padding around it.
      el.data = undefined;
      el.src = '/test-api/doc?title=Later&delay=3000';
      await el.updateComplete;
      expect(el.state).to.equal('loading');
      expect(padding(el)).to.equal(0);
      el.data = three;
      el.removeAttribute('src');
      await settled(el);
      expect(padding(el)).to.equal(16);
      if (inChromium) {
        await emulateMedia({ media: 'print' });
        expect(padding(el), 'print').to.equal(0);
        await emulateMedia({ media: 'screen' });
      }
    } finally {
      style.remove();
    }
  });
});

describe('a framed element whose content is one box', () => {
  it('shows no box in the box: the tables drop their border, the track form is the frame itself', async () => {
    const three = await loadFixture('three-databases.json');
    const on = async (tag: string, page: string) => (await themedIn(html`<div style="background:${page}"></div>`, tag, 'dark', three)).el;
    const edge = (el: CompareElement, box: string) => getComputedStyle(el.shadowRoot!.querySelector(box)!).borderTopColor;
    for (const tag of ['compare-facts', 'compare-table', 'compare-highlights']) {
      expect(edge(await on(tag, '#fff'), '.scroll'), `${tag} framed`).to.equal('rgba(0, 0, 0, 0)');
      expect(edge(await on(tag, '#16181d'), '.scroll'), `${tag} not framed`).to.not.equal('rgba(0, 0, 0, 0)');
    }
    const track = await on('compare-track', '#fff');
    expect(track.matches(':state(framed)')).to.equal(true);
    expect(getComputedStyle(track).paddingInlineStart).to.equal('0px');
    expect(edge(track, '.track')).to.not.equal('rgba(0, 0, 0, 0)');
    // The page's token still wins.
    track.style.setProperty('--compare-frame-padding', '5px');
    expect(getComputedStyle(track).paddingInlineStart).to.equal('5px');
    // Another element keeps its frame's padding.
    expect(getComputedStyle(await on('compare-verdict', '#fff')).paddingInlineStart).to.equal('16px');
  });
});

describe('theme="host"', () => {
  let three: any;
  let style: HTMLStyleElement;
  before(async () => {
    three = await loadFixture('three-databases.json');
    style = addStyle(PAGE_CSS);
  });
  after(() => style.remove());
  afterEach(() => {
    document.documentElement.classList.remove('test-dark');
    delete document.documentElement.dataset['theme'];
  });

  const onPage = (tag = 'compare-facts', data: unknown = three) => themedIn(html`<div class="host-page"></div>`, tag, 'host', data);

  it('keeps its sticky header cells opaque (a tint of the page\'s text over its background), so nothing shows through them when the table scrolls', async () => {
    for (const tag of ['compare-facts', 'compare-table']) {
      const { el } = await onPage(tag);
      const corner = el.shadowRoot!.querySelector('thead th')!;
      const style = getComputedStyle(corner);
      expect(style.position, tag).to.equal('sticky');
      expect(style.backgroundColor, `${tag}: the page's background, opaque`).to.equal('rgb(250, 250, 247)');
      expect(style.backgroundImage, `${tag}: the tint over it`).to.contain('gradient');
    }
  });

  it("takes the page's font and text colour, and has no background of its own", async () => {
    const { el } = await onPage();
    const host = getComputedStyle(el);
    expect(host.fontFamily).to.contain('Georgia');
    expect(host.fontSize).to.equal('18px');
    expect(host.color).to.equal('rgb(34, 34, 34)');
    expect(host.backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(color(el.shadowRoot!.querySelector('[part~="heading"]'))).to.equal('rgb(34, 34, 34)');
    // Sticky cells must hide what scrolls under them: the page's own background, opaque.
    expect(color(el.shadowRoot!.querySelector('th[scope="row"]'), 'backgroundColor')).to.equal('rgb(250, 250, 247)');
    expect(host.colorScheme).to.equal('light');
  });

  for (const how of ['a class', 'data-theme'] as const) {
    it(`follows the page when it switches to dark and back (${how} on <html>)`, async () => {
      const { el } = await onPage();
      const badge = () => el.shadowRoot!.querySelector('.badge');
      const read = () => ({
        text: color(el),
        heading: color(el.shadowRoot!.querySelector('[part~="heading"]')),
        scheme: getComputedStyle(el).colorScheme,
        best: color(badge()),
        sticky: color(el.shadowRoot!.querySelector('th[scope="row"]'), 'backgroundColor'),
      });
      const light = read();
      expect(light).to.deep.equal({ text: 'rgb(34, 34, 34)', heading: 'rgb(34, 34, 34)', scheme: 'light', best: 'rgb(17, 107, 58)', sticky: 'rgb(250, 250, 247)' });

      if (how === 'a class') document.documentElement.classList.add('test-dark');
      else document.documentElement.dataset['theme'] = 'test-dark';
      await repaint();
      expect(read()).to.deep.equal({ text: 'rgb(238, 238, 238)', heading: 'rgb(238, 238, 238)', scheme: 'dark', best: 'rgb(125, 220, 160)', sticky: 'rgb(14, 15, 18)' });

      if (how === 'a class') document.documentElement.classList.remove('test-dark');
      else delete document.documentElement.dataset['theme'];
      await repaint();
      expect(read()).to.deep.equal(light);
    });
  }

  it('reads a page whose background is an image (a gradient) by its text: light text, a dark page', async () => {
    for (const [text, scheme, sticky] of [
      ['rgb(238, 238, 238)', 'dark', 'rgb(18, 18, 18)'],
      ['rgb(34, 34, 34)', 'light', 'rgb(255, 255, 255)'],
    ]) {
      const page = html`<div style="background-image: linear-gradient(#0f172a, #1e293b); color: ${text}"><div></div></div>`;
      const wrap = await fixture<HTMLDivElement>(page);
      const el = document.createElement('compare-facts') as CompareElement;
      el.setAttribute('theme', 'host');
      el.data = three;
      wrap.firstElementChild!.append(el); // the image one box further up
      await settled(el);
      await repaint();
      expect(getComputedStyle(el).colorScheme, text).to.equal(scheme);
      // The sticky cells opaque, on the far side of the text (were white behind light text).
      expect(color(el.shadowRoot!.querySelector('th[scope="row"]'), 'backgroundColor'), text).to.equal(sticky);
    }
  });

  it('reads the nearest box that paints a background: a gradient inside a page of the other scheme, a card inside a gradient', async () => {
    const cases = [
      // A dark gradient band (light text) on a light page: dark behind the element (was the page's white).
      { outer: 'background: rgb(250, 250, 247); color: rgb(34, 34, 34)', inner: 'background-image: linear-gradient(#0f172a, #1e293b); color: rgb(238, 238, 238)', scheme: 'dark', sticky: 'rgb(18, 18, 18)' },
      // A light gradient (dark text) on a dark page: light.
      { outer: 'background: rgb(14, 15, 18); color: rgb(238, 238, 238)', inner: 'background-image: linear-gradient(#f8fafc, #e2e8f0); color: rgb(34, 34, 34)', scheme: 'light', sticky: 'rgb(255, 255, 255)' },
      // A white card inside a dark gradient: the card, the nearer (the image further up does not count).
      { outer: 'background-image: linear-gradient(#0f172a, #1e293b); color: rgb(238, 238, 238)', inner: 'background: rgb(255, 255, 255); color: rgb(34, 34, 34)', scheme: 'light', sticky: 'rgb(255, 255, 255)' },
      // Half-transparent white over a dark gradient: composed over the dark the text tells.
      { outer: 'background: rgb(250, 250, 247)', inner: 'background: linear-gradient(#0f172a, #1e293b); color: rgb(238, 238, 238)', veil: 'background: rgb(255 255 255 / 0.5)', scheme: 'light', sticky: 'rgb(137, 137, 137)' },
    ];
    for (const { outer, inner, veil = '', scheme, sticky } of cases) {
      const wrap = await fixture<HTMLDivElement>(html`<div style=${outer}><p>Page text</p><div style=${inner}><div style=${veil}></div></div></div>`);
      const el = document.createElement('compare-facts') as CompareElement;
      el.setAttribute('theme', 'host');
      el.data = three;
      wrap.lastElementChild!.firstElementChild!.append(el);
      await settled(el);
      await repaint();
      expect(getComputedStyle(el).colorScheme, inner).to.equal(scheme);
      expect(color(el.shadowRoot!.querySelector('th[scope="row"]'), 'backgroundColor'), inner).to.equal(sticky);
    }
  });

  it('follows inside <compare-page> too (every section measures the page)', async () => {
    const { el } = await onPage('compare-page');
    const page = await pageSettled(el as ComparePage);
    await repaint();
    document.documentElement.classList.add('test-dark');
    await repaint();
    for (const section of sectionsOf(page)) {
      expect(getComputedStyle(section).colorScheme, section.localName).to.equal('dark');
      expect(color(section), section.localName).to.equal('rgb(238, 238, 238)');
    }
  });

  it('stops following when the theme is no longer "host"', async () => {
    const { el } = await onPage();
    el.theme = 'light';
    await el.updateComplete;
    document.documentElement.classList.add('test-dark');
    await repaint();
    expect(getComputedStyle(el).colorScheme).to.equal('light');
    expect(color(el)).to.equal('rgb(26, 29, 35)');
    expect(getComputedStyle(el).fontFamily).to.not.contain('Georgia');
  });

  it("lets the page's own tokens win", async () => {
    const { wrap, el } = await onPage();
    wrap.style.setProperty('--compare-color-winner', 'rgb(1, 2, 3)');
    wrap.style.setProperty('--compare-color-text', 'rgb(4, 5, 6)');
    expect(color(el.shadowRoot!.querySelector('.badge'))).to.equal('rgb(1, 2, 3)');
    expect(color(el)).to.equal('rgb(4, 5, 6)');
  });

  for (const dark of [false, true]) {
    it(`passes axe (colour contrast included) on a ${dark ? 'dark' : 'light'} page, every section`, async function () {
      this.timeout(60000); // axe over a whole page takes a while in WebKit
      if (dark) document.documentElement.classList.add('test-dark');
      const { wrap, el } = await onPage('compare-page');
      await pageSettled(el as ComparePage);
      await repaint();
      expect(sectionsOf(el as ComparePage).length).to.equal(SECTIONS.length);
      await expect(wrap).to.be.accessible();
    });
  }
});

/** Colours, fonts and sizes of a few nodes of a loaded <compare-facts>, to compare. */
function snapshot(el: CompareElement) {
  const root = el.shadowRoot!;
  const nodes: Record<string, Element | null> = {
    host: el,
    heading: root.querySelector('[part~="heading"]'),
    scroll: root.querySelector('.scroll'),
    header: root.querySelector('thead th'),
    sticky: root.querySelector('th[scope="row"]'),
    winner: root.querySelector('td.winner'),
    badge: root.querySelector('.badge'),
    unit: root.querySelector('.unit'),
    swatch: root.querySelector('.swatch'),
  };
  return Object.fromEntries(
    Object.entries(nodes).map(([k, n]) => {
      const s = n ? getComputedStyle(n) : undefined;
      return [k, s ? [s.color, s.backgroundColor, s.borderTopColor, s.fontFamily, s.fontSize, s.borderTopLeftRadius, s.paddingTop] : null];
    }),
  );
}

describe('tokens: compare-kit-tokens.css', () => {
  let three: any;
  let style: HTMLStyleElement;
  before(async () => {
    three = await loadFixture('three-databases.json');
    style = addStyle(PAGE_CSS);
  });
  after(() => style.remove());

  for (const theme of ['light', 'dark', 'auto', 'host']) {
    it(`changes nothing when a page includes it (theme="${theme}")`, async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div class="host-page"><compare-facts theme=${theme} .data=${three}></compare-facts></div>`);
      const el = await settled(wrap.querySelector('compare-facts')!);
      await repaint();
      const before = snapshot(el);
      const link = await addSheet('/src/styles/compare-kit-tokens.css');
      try {
        await repaint();
        expect(snapshot(el)).to.deep.equal(before);
      } finally {
        link.remove();
      }
    });
  }

  it('loses to any rule of the page (layered, zero specificity)', async () => {
    const link = await addSheet('/src/styles/compare-kit-tokens.css');
    const page = addStyle(`:root { --compare-color-winner: rgb(1, 2, 3); } .custom { --compare-radius: 3px; }`);
    try {
      const wrap = await fixture<HTMLDivElement>(html`<div class="custom"><compare-facts theme="light" .data=${three}></compare-facts></div>`);
      const el = await settled(wrap.querySelector('compare-facts')!);
      expect(color(el.shadowRoot!.querySelector('.badge'))).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(el.shadowRoot!.querySelector('.scroll')!).borderTopLeftRadius).to.equal('3px');
    } finally {
      page.remove();
      link.remove();
    }
  });

  it('lists every system token with the default the elements use, as documented in custom-elements.json', async () => {
    const file = await (await fetch('/src/styles/compare-kit-tokens.css')).text();
    const root = /:where\(:root\)\s*\{([^}]*)\}/.exec(file)![1]!.replace(/\/\*[\s\S]*?\*\//g, '');
    const inFile = new Map([...root.matchAll(/(--compare-[\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
    // The fallbacks in the elements' own CSS.
    const inCss = new Map<string, string>();
    for (const m of (tokens.cssText + base.cssText).matchAll(/var\((--compare-[\w-]+),\s*((?:[^()]|\([^()]*\))+)\)/g)) {
      if (!inCss.has(m[1]!)) inCss.set(m[1]!, m[2]!.trim()); // the first: the light/dark default, not theme="host"'s
    }
    const res = await fetch('/custom-elements.json');
    expect(res.ok, 'custom-elements.json missing: run `npm run manifest`').to.equal(true);
    const manifest = await res.json();
    const baseClass = manifest.modules.flatMap((m: any) => m.declarations ?? []).find((d: any) => d.name === 'CompareElement');
    const documented = new Map<string, string>(baseClass.cssProperties.map((p: any) => [p.name, p.default]));

    expect(inFile.size).to.be.greaterThan(20);
    for (const [name, value] of inFile) {
      if (value === 'initial') continue; // listed for completeness, left unset
      expect(documented.get(name), `${name} in the manifest`).to.equal(value);
      expect(inCss.get(name), `${name} in src/styles/tokens.ts`).to.equal(value);
    }
    // Every documented system token is in the file (the placeholder height and background are explained there).
    for (const name of documented.keys()) expect(file, name).to.contain(name);
  });
});

describe('loading: space kept before and while the data arrives', () => {
  const defaults = (tag: string) => {
    const section = tag.replace('compare-', '') as keyof typeof PLACEHOLDER_HEIGHT;
    return rem(PLACEHOLDER_HEIGHT[section]);
  };
  /** Sum of every section's height and the gaps (2.5rem) between them. */
  const pageHeight = SECTIONS.reduce((sum, s) => sum + rem(PLACEHOLDER_HEIGHT[s]), 0) + (SECTIONS.length - 1) * 40;

  it('compare-kit.css reserves each element\'s loading height before the script runs', async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe style="width:1024px;height:400px;border:0"></iframe>`);
    const tags = SECTIONS.map((s) => `compare-${s}`);
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    // No script in the frame: the tags stay undefined there.
    frame.srcdoc = `<!doctype html><link rel="stylesheet" href="${location.origin}/src/styles/preload.css">
      <body style="margin:0">
      ${tags.map((t) => `<${t} id="${t}"><p>inline JSON stays hidden</p></${t}>`).join('')}
      <compare-page id="page"></compare-page>
      <compare-page id="some" sections="verdict faq"></compare-page>
      <compare-facts id="ssr" state="ready"><p>server-rendered</p></compare-facts>
      <compare-facts id="hidden" hidden></compare-facts>
      <compare-facts id="custom" style="--compare-facts-placeholder-height: 5rem"></compare-facts>
      </body>`;
    await loaded;
    const doc = frame.contentDocument!;
    await new Promise((r) => frame.contentWindow!.requestAnimationFrame(r));
    const height = (id: string) => doc.getElementById(id)!.getBoundingClientRect().height;
    for (const t of tags) {
      expect(height(t), t).to.equal(defaults(t));
      expect(doc.querySelector(`#${t} p`)!.getBoundingClientRect().height, `${t} content`).to.equal(0);
    }
    expect(height('page')).to.equal(pageHeight);
    expect(height('some')).to.equal(rem('24rem'));
    expect(height('hidden')).to.equal(0);
    expect(height('custom')).to.equal(80);
    expect(doc.querySelector('#ssr p')!.getBoundingClientRect().height, 'a server-rendered element is left alone').to.be.greaterThan(0);
  });

  it('each element keeps that same height once defined and loading, <compare-page> one block per section', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width:1024px"></div>`);
    const els = [...SECTIONS.map((s) => `compare-${s}`), 'compare-page'].map((tag) => {
      const el = document.createElement(tag) as CompareElement;
      el.setAttribute('timeout', '600000');
      el.setAttribute('src', `/test-api/doc?delay=20000&k=${tag}`);
      wrap.append(el);
      return el;
    });
    const some = document.createElement('compare-page') as ComparePage;
    some.setAttribute('sections', 'verdict faq');
    some.setAttribute('src', '/test-api/doc?delay=20000&k=some');
    wrap.append(some);
    await Promise.all([...els, some].map((el) => el.updateComplete));
    for (const el of els) {
      expect(el.state, el.localName).to.equal('loading');
      const expected = el.localName === 'compare-page' ? pageHeight : defaults(el.localName);
      expect(el.getBoundingClientRect().height, el.localName).to.equal(expected);
    }
    expect(some.getBoundingClientRect().height).to.equal(rem(PLACEHOLDER_HEIGHT.verdict) + rem(PLACEHOLDER_HEIGHT.faq) + 40);
    expect(some.shadowRoot!.querySelectorAll('.placeholder').length).to.equal(2);
    wrap.remove(); // aborts the requests
  });

  it('prints the placeholder and the real height of each element at 1024 px (demo and three-item data)', async function () {
    this.timeout(60000);
    const demo = await loadDemo();
    const three = await loadFixture('three-databases.json');
    const rows: string[] = [];
    for (const tag of ['compare-page', ...SECTIONS.map((s) => `compare-${s}`)]) {
      const heights: number[] = [];
      for (const data of [demo, three]) {
        const wrap = await fixture<HTMLDivElement>(html`<div style="width:1024px"></div>`);
        const el = document.createElement(tag) as CompareElement;
        el.data = data;
        wrap.append(el);
        if (tag === 'compare-page') await pageSettled(el as ComparePage);
        else await settled(el);
        heights.push(Math.round(el.getBoundingClientRect().height));
        wrap.remove();
      }
      const placeholder = tag === 'compare-page' ? pageHeight : defaults(tag);
      rows.push(`${tag.padEnd(20)} placeholder ${String(placeholder).padStart(5)} px   demo ${String(heights[0]).padStart(6)} px   three items ${String(heights[1]).padStart(5)} px`);
      expect(heights.every((h) => h > 0), tag).to.equal(true);
    }
    console.log(`[placeholders at 1024 px, ${navigator.userAgent.match(/(Firefox|Chrome|Version)\/[\d.]+/)?.[0]}]\n${rows.join('\n')}`);
  });
});

describe('custom-elements.json (npm run manifest)', () => {
  let manifest: any;
  before(async () => {
    const res = await fetch('/custom-elements.json');
    expect(res.ok, 'custom-elements.json missing: run `npm run manifest`').to.equal(true);
    manifest = await res.json();
  });

  for (const tag of ['compare-page', ...SECTIONS.map((s) => `compare-${s}`)]) {
    it(`documents <${tag}>: attributes, properties, events, parts, slots, tokens`, () => {
      const d = manifest.modules.flatMap((m: any) => m.declarations ?? []).find((x: any) => x.tagName === tag);
      expect(d, tag).to.not.equal(undefined);
      expect(d.customElement).to.equal(true);
      expect(d.summary, 'summary').to.be.a('string');
      const names = (list: any[] | undefined) => (list ?? []).map((x) => x.name);
      for (const attr of ['src', 'for', 'theme', 'heading-level', 'timeout', 'structured-data']) expect(names(d.attributes), attr).to.include(attr);
      expect(names(d.attributes), 'state is no attribute').to.not.include('comparison');
      for (const prop of ['data', 'strings', 'comparison', 'state']) expect(names(d.members), prop).to.include(prop);
      expect(names(d.members).some((n: string) => n.startsWith('#')), 'private members').to.equal(false);
      for (const e of ['compare-load', 'compare-error']) expect(names(d.events), e).to.include(e);
      // Every part the element renders (and <compare-page> forwards) is documented.
      const parts = (customElements.get(tag) as unknown as { parts: readonly string[] }).parts;
      for (const p of parts) expect(names(d.cssParts), `part ${p}`).to.include(p);
      for (const t of ['--compare-color-text', '--compare-color-accent', '--compare-font', '--compare-radius', `--compare-${tag.slice(8)}-placeholder-height`]) {
        expect(names(d.cssProperties), t).to.include(t);
      }
      for (const p of d.cssProperties) expect(p.description, p.name).to.be.a('string');
    });
  }

  it('documents the slots of <compare-track> and <compare-page>', () => {
    const decl = (tag: string) => manifest.modules.flatMap((m: any) => m.declarations ?? []).find((x: any) => x.tagName === tag);
    expect(decl('compare-page').slots.map((s: any) => s.name)).to.deep.equal(['track']);
    expect(decl('compare-track').slots.map((s: any) => s.name)).to.include('email');
  });
});

describe('forced colours (Windows high contrast)', () => {
  // The test runner emulates forced colours through the DevTools protocol: Chromium only.
  afterEach(async () => {
    if (inChromium) await emulateMedia({ forcedColors: 'none' });
  });

  if (inChromium)
    it("keeps the item colour dots (the key to the chart's bars) visible", async () => {
    await emulateMedia({ forcedColors: 'active' });
    const el = await fixture<CompareElement>(html`<compare-page sections="chart" .data=${await loadDemo()}></compare-page>`);
    await settled(el);
    const chart = el.shadowRoot!.querySelector('compare-chart') as CompareElement;
    await settled(chart);
    const dot = chart.shadowRoot!.querySelector('.swatch')!;
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    expect(getComputedStyle(dot).forcedColorAdjust).to.equal('none');
    // Python's colour as the author gave it, not the system's.
    expect(getComputedStyle(dot).backgroundColor).to.equal('rgb(55, 118, 171)');
    // A bar's track is the page's colour with an edge: a light track on a dark system palette read as a full bar.
    const canvas = Object.assign(document.createElement('div'), { style: 'color: Canvas; border-color: GrayText' });
    document.body.append(canvas);
    const axis = getComputedStyle(chart.shadowRoot!.querySelector('.axis')!);
    expect([axis.fill, axis.stroke]).to.deep.equal([getComputedStyle(canvas).color, getComputedStyle(canvas).borderTopColor]);
    canvas.remove();
  });
});
