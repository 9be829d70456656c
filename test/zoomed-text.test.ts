/// <reference types="mocha" />
/**
 * Text at 200 % (the reader's setting: the elements size text in rem) in a phone-wide box, in languages whose
 * interface has long words: a section heading ("Kapcsolódó összehasonlítások", "Visuel sammenligning") and the
 * "AI-assisted" label ("Con il supporto dell’IA") stay inside the element. They stuck out of it, and widened a
 * 320–360 px page, as a heading's word did not break and the label did not wrap. And a chart's decade label
 * near the axis' start ("0.0001 W"), centred on its grid line, stuck out of the element's start. And the demo's
 * key facts and chart at 320 px: the heading in view, room for the values, item names whole.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/compare-kit.js';
import type { CompareElement } from '../src/base/compare-element.js';
import { loadDemo, settled } from './helpers/util.js';

function comparison(locale: string) {
  return {
    version: 1,
    id: 'zoomed',
    title: 'A vs B',
    locale,
    items: [
      { id: 'a', name: 'A' },
      { id: 'b', name: 'B' },
    ],
    verdict: { text: 'A.', aiAssisted: true },
    attributes: [{ id: 'price', label: 'Price', better: 'lower', values: { a: '$10', b: '$12' } }],
    resources: [{ title: 'Docs', url: 'https://example.com/docs', kind: 'reference' }],
    related: [{ title: 'A vs C', url: '/a-vs-c', kind: 'comparison' }],
  };
}

/** The boxes (and text) of `selector` in the element's shadow tree that stick out of the element, left or right. */
function outside(el: CompareElement, selector: string): string[] {
  const box = el.getBoundingClientRect();
  const found = [...el.shadowRoot!.querySelectorAll(selector)];
  expect(found.length, `${el.localName}: ${selector}`).to.be.above(0);
  return found.flatMap((node) => {
    const range = document.createRange();
    range.selectNodeContents(node);
    return [node.getBoundingClientRect(), range.getBoundingClientRect()]
      .filter((r) => (r.width || r.height) && (r.left < box.left - 1 || r.right > box.right + 1))
      .map((r) => `"${node.textContent!.trim()}" ${Math.round(r.left - box.left)}…${Math.round(r.right - box.left)} of ${Math.round(box.width)}`);
  });
}

/**
 * `tag` with `data` in a box `width` px wide, text at 200 % (the elements size text in rem: the root's size is the
 * reader's setting; each describe puts it back after each test).
 */
async function zoomed(tag: string, data: unknown, width: number, { dir = '', theme = '' } = {}): Promise<CompareElement> {
  document.documentElement.style.fontSize = '200%';
  const wrap = await fixture<HTMLDivElement>(html`<div style="inline-size:${width}px"></div>`);
  if (dir) wrap.dir = dir;
  const el = document.createElement(tag) as CompareElement;
  if (theme) el.setAttribute('theme', theme);
  el.data = data;
  wrap.append(el);
  return settled(el);
}

describe('text at 200 % in a phone-wide box, in languages with long interface words', () => {
  afterEach(() => (document.documentElement.style.fontSize = ''));

  const CASES: ReadonlyArray<readonly [tag: string, locale: string, selector: string]> = [
    ['compare-related', 'hu', '[part~="heading"]'], // Kapcsolódó összehasonlítások
    ['compare-related', 'da', '[part~="heading"]'], // Lignende sammenligninger
    ['compare-chart', 'da', '[part~="heading"]'], // Visuel sammenligning
    ['compare-resources', 'hu', '[part~="heading"], [part~="group-heading"]'], // Források és további információk, Referenciaanyagok
    ['compare-verdict', 'it', '[part~="ai-label"]'], // Con il supporto dell’IA
    ['compare-verdict', 'ar', '[part~="ai-label"]'], // بمساعدة الذكاء الاصطناعي, right to left
  ];
  for (const [tag, locale, selector] of CASES) {
    it(`<${tag}> in "${locale}": ${selector} inside the element`, async () => {
      const el = await zoomed(tag, comparison(locale), 280, { theme: 'light' });
      const words = el.shadowRoot!.querySelector(selector)!.textContent!.trim();
      expect(words, 'in the language, not English').to.not.match(/^(Related|Visual|Resources|AI-assisted)/);
      expect(outside(el, selector)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  }

  for (const dir of ['ltr', 'rtl'] as const) {
    it(`<compare-chart>, ${dir}: a log scale's decade label near the axis' start stays inside the element, and centred on its line elsewhere`, async () => {
      const standby = {
        version: 1,
        id: 'standby',
        title: 'Standby',
        items: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, name: id.toUpperCase() })),
        attributes: [{ id: 'standby', label: 'Standby power', unit: 'W', better: 'lower', values: { a: 0.0001, b: 0.5, c: 1200, d: 0.02, e: 3 } }],
      };
      const el = await zoomed('compare-chart', standby, 320, { dir });
      const labels = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.decades span')].filter((s) => s.getClientRects().length);
      expect(labels.map((s) => s.textContent!.replace(/\s+/g, ' ')), 'the decades shown').to.include('0.0001 W');
      expect(outside(el, '.decades span').join('; ')).to.equal('');
      // A label with room on both sides is centred on its grid line (the axis' width times the line's fraction).
      const axis = el.shadowRoot!.querySelector('.decades')!.getBoundingClientRect();
      const middle = labels.find((s) => {
        const t = Number(s.style.getPropertyValue('--_t'));
        const r = s.getBoundingClientRect();
        return t * axis.width > r.width && (1 - t) * axis.width > r.width;
      });
      expect(!!middle, 'a label with room on both sides').to.equal(true);
      const r = middle!.getBoundingClientRect();
      // (Measured from the axis' start: its right edge, right to left.)
      const centre = dir === 'ltr' ? r.left + r.width / 2 - axis.left : axis.right - (r.left + r.width / 2);
      expect(centre).to.be.closeTo(Number(middle!.style.getPropertyValue('--_t')) * axis.width, 1);
    });
  }
});

describe('text at 200 %, 320 px wide: the demo\'s key facts and chart', () => {
  let demo: any;
  before(async () => {
    demo = await loadDemo();
  });
  afterEach(() => (document.documentElement.style.fontSize = ''));

  it('<compare-facts> at 320 px with text at 200 %: the heading stays in view, the label column leaves room for the values', async () => {
    const el = await zoomed('compare-facts', demo, 320);
    const box = el.getBoundingClientRect();
    const heading = el.shadowRoot!.querySelector('caption [part~="heading"]')!.getBoundingClientRect();
    expect(heading.right, 'heading inside the element').to.be.at.most(box.right + 1);
    const label = el.shadowRoot!.querySelector('th[scope="row"]')!.getBoundingClientRect();
    expect(label.width, 'label column').to.be.at.most(box.width * 0.55);
  });

  it('<compare-chart> at 320 px with text at 200 %: item names keep their words whole', async () => {
    const el = await zoomed('compare-chart', demo, 320);
    for (const name of el.shadowRoot!.querySelectorAll('[part~="item-name"]')) {
      const range = document.createRange();
      range.selectNodeContents(name);
      // "Python" and "Rust" are one word each: one line box.
      expect(range.getClientRects().length, name.textContent!).to.equal(1);
    }
  });
});
