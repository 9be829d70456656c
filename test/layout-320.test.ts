/// <reference types="mocha" />
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define/compare-page.js';
import type { CompareElement } from '../src/base/compare-element.js';
import type { ComparePage } from '../src/components/compare-page/compare-page.js';
import { SECTIONS } from '../src/components/compare-page/compare-page.js';
import { inChromium, loadDemo, loadFixture, sectionsOf, settled } from './helpers/util.js';

/** Every element, the whole page first. */
const TAGS = ['compare-page', ...SECTIONS.map((s) => `compare-${s}`)];

/**
 * Elements of a tree, also inside shadow roots and slotted, each with whether it lies inside a box that scrolls or
 * clips sideways (a table's own scroll box, which may be wider inside) and, if not, its computed style. One style read
 * per element outside such boxes: walking up from each one made this file the suite's slowest in WebKit, and the
 * tables' cells (inside their scroll boxes, most of a page's elements) need none.
 */
function* walk(root: Element | ShadowRoot, clipped = false, slots = new Map<Element, boolean>()): Generator<[Element, CSSStyleDeclaration | undefined, boolean]> {
  for (const el of root.children) {
    // A slotted node lies where its slot is: in the slot's boxes, not its light-DOM parent's.
    const inside = (el.assignedSlot ? slots.get(el.assignedSlot) : undefined) ?? clipped;
    const style = inside ? undefined : getComputedStyle(el);
    yield [el, style, inside];
    const below = inside || style!.overflowX !== 'visible';
    if (el.localName === 'slot') slots.set(el, below);
    if (el.shadowRoot) yield* walk(el.shadowRoot, below, slots);
    yield* walk(el, below, slots);
  }
}

/** Visually hidden text (1 px, clipped) may sit anywhere: it is not seen. */
const hidden = (s: CSSStyleDeclaration) => s.display === 'none' || s.visibility === 'hidden' || (s.position === 'absolute' && s.clipPath.startsWith('inset(50%'));

/** `<tag.class part="…">`, naming a node that sticks out. */
const nameOf = (el: Element) =>
  `<${el.localName}${el.className && typeof el.className === 'string' ? `.${el.className.trim().replace(/\s+/g, '.')}` : ''}${el.getAttribute('part') ? ` part="${el.getAttribute('part')}"` : ''}>`;

/** Nodes that stick out of the host's box (left or right), as `tag.class [part]`. */
function overflowing(host: Element): string[] {
  const box = host.getBoundingClientRect();
  const out: string[] = [];
  // One range for every text node (each new one is kept up to date by the document through every later change).
  const range = document.createRange();
  for (const [el, style, inScrollBox] of walk(host.shadowRoot ?? host)) {
    if (inScrollBox || el instanceof HTMLStyleElement || el.localName === 'slot' || hidden(style!)) continue;
    const r = el.getBoundingClientRect();
    if ((r.width || r.height) && (r.left < box.left - 1 || r.right > box.right + 1)) {
      out.push(`${nameOf(el)} ${Math.round(r.left - box.left)}…${Math.round(r.right - box.left)} of ${Math.round(box.width)}`);
    }
    // Text can overflow its own box (a word that does not break), on either side.
    for (const node of el.childNodes) {
      if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue;
      range.selectNodeContents(node);
      const t = range.getBoundingClientRect();
      if (t.width && (t.left < box.left - 1 || t.right > box.right + 1)) {
        out.push(`text "${node.textContent.trim().slice(0, 30)}" in ${nameOf(el)} ${Math.round(t.left - box.left)}…${Math.round(t.right - box.left)} of ${Math.round(box.width)}`);
      }
    }
  }
  return out;
}

/** Keys whose strings a reader sees as prose (not ids, URLs, or values the elements parse). */
const PROSE = new Set(['title', 'description', 'name', 'summary', 'audience', 'shortAnswer', 'text', 'topic', 'label', 'note', 'question', 'answer', 'category', 'sourcesNote']);
const LONGER = ' made much longer than usual, with an unbreakable Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen';

/** The document with its prose made long, one word too long for any line (like stories/data.ts's longText). */
function lengthen(value: unknown, key = ''): any {
  if (typeof value === 'string') return PROSE.has(key) || key === '[]' ? value + LONGER : value;
  if (Array.isArray(value)) return value.map((v) => lengthen(v, typeof v === 'string' ? '[]' : key));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => {
        const proseRecord = ['chooseIf', 'pros', 'cons'].includes(k) || (k === 'values' && key === 'highlights');
        if (proseRecord && v && typeof v === 'object') return [k, Object.fromEntries(Object.entries(v).map(([id, t]) => [id, lengthen(t, '[]')]))];
        return [k, lengthen(v, k)];
      }),
    );
  }
  return value;
}

async function allSettled(el: CompareElement) {
  await settled(el);
  if (el.localName === 'compare-page') for (const s of sectionsOf(el)) await settled(s);
  return el;
}

describe('320 px wide: nothing sticks out of the element', () => {
  const docs: Record<string, any> = {};
  before(async () => {
    docs['demo'] = await loadDemo();
    docs['three items'] = await loadFixture('three-databases.json');
    docs['long text'] = lengthen(docs['three items']);
  });

  // Every element alone in Chromium; in Firefox and WebKit the page, which lays out every one of them (each alone
  // there too made this the slowest file of WebKit's run).
  for (const lang of ['en', 'ar']) {
    for (const tag of inChromium ? TAGS : TAGS.slice(0, 1)) {
      it(`<${tag}> with the demo, the three-item and the long-text data, lang="${lang}"`, async function () {
        this.timeout(30000);
        for (const [name, data] of Object.entries(docs)) {
          const wrap = await fixture<HTMLDivElement>(html`<div lang=${lang} style="inline-size:320px"></div>`);
          const el = document.createElement(tag) as CompareElement;
          el.data = data;
          wrap.append(el);
          await allSettled(el);
          if (tag === 'compare-page') await (el as ComparePage).updateComplete;
          const where = `${tag}, ${name}, ${lang}`;
          expect(el.state, where).to.equal('ready');
          expect(getComputedStyle(el).direction, where).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
          expect(el.getBoundingClientRect().width, where).to.equal(320);
          expect(overflowing(el).join('\n'), `${where}: sticking out`).to.equal('');
          expect(el.scrollWidth, `${where}: scrollWidth`).to.be.at.most(el.clientWidth + 1);
          expect(document.documentElement.scrollWidth, `${where}: the page got wider`).to.be.at.most(document.documentElement.clientWidth);
          wrap.remove();
        }
      });
    }
  }
});

describe('320 px wide in the languages with longer words: nothing sticks out of the page', () => {
  const docs: Record<string, any> = {};
  before(async () => {
    docs['demo'] = await loadDemo();
    docs['three items'] = await loadFixture('three-databases.json');
  });

  // Every built-in language in Chromium. In Firefox and WebKit, one or two of each script and of each way of breaking
  // lines (dictionary-broken Thai, CJK, Indic, right to left), and the languages with the longest words: laying out all
  // of them made this file the suite's slowest in WebKitGTK (138 s of the run's 12 minutes).
  const all = ['it', 'pt', 'nl', 'pl', 'ru', 'zh', 'ko', 'hi', 'sv', 'da', 'nb', 'fi', 'el', 'vi', 'id', 'th', 'he', 'fa', 'cs', 'sk', 'uk', 'bg', 'hu', 'ro', 'tr', 'hr', 'sr', 'sr-Latn', 'lt', 'ca', 'bn'];
  const some = ['nl', 'ru', 'zh', 'ko', 'hi', 'fi', 'el', 'vi', 'th', 'he', 'hu', 'lt', 'bn'];
  for (const lang of inChromium ? all : some) {
    it(`<compare-page> with the demo and the three-item data, lang="${lang}"`, async function () {
      this.timeout(30000);
      for (const [name, data] of Object.entries(docs)) {
        const wrap = await fixture<HTMLDivElement>(html`<div lang=${lang} style="inline-size:320px"></div>`);
        const el = document.createElement('compare-page') as CompareElement;
        el.data = data;
        wrap.append(el);
        await allSettled(el);
        await (el as ComparePage).updateComplete;
        const where = `${name}, ${lang}`;
        expect(el.state, where).to.equal('ready');
        expect(overflowing(el).join('\n'), `${where}: sticking out`).to.equal('');
        expect(el.scrollWidth, `${where}: scrollWidth`).to.be.at.most(el.clientWidth + 1);
        expect(document.documentElement.scrollWidth, `${where}: the page got wider`).to.be.at.most(document.documentElement.clientWidth);
        wrap.remove();
      }
    });
  }
});

describe('a word too long for any column: every item stays in view', () => {
  /** A label, values and an item name with no break opportunity (a pasted URL, a model number), in tables 800 px wide. */
  const UNBREAKABLE = 'A'.repeat(200);
  let doc: any;
  before(async () => {
    doc = await loadFixture('three-databases.json');
    doc.attributes[0].label = UNBREAKABLE;
    doc.attributes[0].values.postgresql = 'D'.repeat(200);
    doc.highlights[0].topic = UNBREAKABLE;
    doc.highlights[0].values.postgresql = 'D'.repeat(200);
    doc.items[0].name = `PostgreSQL${'Supercalifragilistic'.repeat(6)}`;
  });

  for (const tag of ['compare-facts', 'compare-table', 'compare-highlights']) {
    it(`<${tag}> wraps it: the last item's column starts inside the visible box`, async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div style="inline-size:800px"></div>`);
      const el = document.createElement(tag) as CompareElement;
      el.data = doc;
      wrap.append(el);
      await settled(el);
      expect(el.state).to.equal('ready');
      const box = el.getBoundingClientRect();
      const headers = [...el.shadowRoot!.querySelectorAll('[part~="item-header"]')];
      expect(headers.length, 'item headers').to.equal(3);
      for (const h of headers) {
        const r = h.getBoundingClientRect();
        expect(r.left, `${h.textContent?.trim()}: starts at ${Math.round(r.left - box.left)} px of ${Math.round(box.width)}`).to.be.below(box.right - 40);
        // The name stays inside its own header: it was painted over the next column.
        for (const name of h.querySelectorAll('.swatched')) expect(name.getBoundingClientRect().right, h.textContent!.trim().slice(0, 20)).to.be.at.most(r.right + 0.5);
      }
    });
  }
});

describe('keyboard focus in the tables', () => {
  let demo: any;
  before(async () => {
    demo = await loadDemo();
  });

  for (const tag of ['compare-facts', 'compare-highlights', 'compare-table']) {
    it(`<${tag}>: its scroll box shows keyboard focus like the other controls (2 px outline)`, async () => {
      const el = document.createElement(tag) as CompareElement;
      el.data = demo;
      (await fixture<HTMLDivElement>(html`<div style="inline-size:900px"></div>`)).append(el);
      await settled(el);
      const scroll = el.shadowRoot!.querySelector<HTMLElement>('.scroll')!;
      scroll.focus();
      expect(el.shadowRoot!.activeElement).to.equal(scroll);
      expect(getComputedStyle(scroll).outlineStyle).to.equal('solid');
      expect(getComputedStyle(scroll).outlineWidth).to.equal('2px');
    });
  }
});
