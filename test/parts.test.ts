/// <reference types="mocha" />
/**
 * Parts are public API (elements.md, "Every meaningful node has a part"):
 * every part an element puts on a node is in its documented `parts` list
 * (which <compare-page> forwards with exportparts and the manifest lists),
 * and the nodes a designer styles on their own have one.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/compare-kit.js';
import type { CompareElement } from '../src/base/compare-element.js';
import { clone, loadFixture, settled } from './helpers/util.js';
import { SECTIONS } from '../src/components/compare-page/compare-page.js';

const TAGS = SECTIONS.map((s) => `compare-${s}`);

function partsIn(root: ShadowRoot): Set<string> {
  return new Set([...root.querySelectorAll('[part]')].flatMap((n) => n.getAttribute('part')!.split(/\s+/).filter(Boolean)));
}

describe('parts', () => {
  let doc: any;
  before(async () => {
    doc = clone(await loadFixture('three-databases.json'));
    doc.attributes[0].source = { title: 'Shop', url: 'https://shop.example/db', kind: 'affiliate' };
  });

  for (const tag of TAGS) {
    it(`<${tag}> documents every part it renders`, async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div style="inline-size:1000px"></div>`);
      const el = document.createElement(tag) as CompareElement;
      el.data = doc;
      wrap.append(el);
      await settled(el, 'ready');
      const documented = (customElements.get(tag) as unknown as { parts: readonly string[] }).parts;
      for (const p of partsIn(el.shadowRoot!)) expect(documented, `${tag}: part "${p}"`).to.include(p);
    });
  }

  it('the nodes a designer styles on their own have a part: units, notes, scroll boxes, item links', async () => {
    const want: Record<string, string[]> = {
      'compare-facts': ['scroll', 'unit', 'note'],
      'compare-table': ['scroll', 'unit', 'note', 'source', 'disclosure'],
      'compare-highlights': ['scroll'],
      'compare-header': ['item-link'],
    };
    for (const [tag, parts] of Object.entries(want)) {
      const wrap = await fixture<HTMLDivElement>(html`<div style="inline-size:1000px"></div>`);
      const el = document.createElement(tag) as CompareElement;
      el.data = doc;
      wrap.append(el);
      await settled(el, 'ready');
      const present = partsIn(el.shadowRoot!);
      for (const p of parts) expect(present.has(p), `${tag}: part "${p}"`).to.equal(true);
      for (const sel of ['.unit', '.note', '.scroll']) {
        for (const node of el.shadowRoot!.querySelectorAll(sel)) expect(node.hasAttribute('part'), `${tag} ${sel}`).to.equal(true);
      }
    }
  });
});
