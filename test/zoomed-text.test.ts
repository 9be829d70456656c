/// <reference types="mocha" />
/**
 * Text at 200 % (the reader's setting: the elements size text in rem) in a phone-wide box, in languages whose
 * interface has long words: a section heading ("Kapcsolódó összehasonlítások", "Visuel sammenligning") and the
 * "AI-assisted" label ("Con il supporto dell’IA") stay inside the element. They stuck out of it, and widened a
 * 320–360 px page, as a heading's word did not break and the label did not wrap.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/compare-kit.js';
import type { CompareElement } from '../src/base/compare-element.js';
import { settled } from './helpers/util.js';

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
      .filter((r) => r.left < box.left - 1 || r.right > box.right + 1)
      .map((r) => `"${node.textContent!.trim()}" ${Math.round(r.left - box.left)}…${Math.round(r.right - box.left)} of ${Math.round(box.width)}`);
  });
}

describe('text at 200 % in a phone-wide box, in languages with long interface words', () => {
  afterEach(() => (document.documentElement.style.fontSize = ''));

  async function zoomed(tag: string, locale: string): Promise<CompareElement> {
    document.documentElement.style.fontSize = '200%';
    const wrap = await fixture<HTMLDivElement>(html`<div style="inline-size:280px"></div>`);
    const el = document.createElement(tag) as CompareElement;
    el.setAttribute('theme', 'light');
    el.data = comparison(locale);
    wrap.append(el);
    return settled(el);
  }

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
      const el = await zoomed(tag, locale);
      const words = el.shadowRoot!.querySelector(selector)!.textContent!.trim();
      expect(words, 'in the language, not English').to.not.match(/^(Related|Visual|Resources|AI-assisted)/);
      expect(outside(el, selector)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  }
});
