import { expect, fixture, html } from '@open-wc/testing';
import { loadFixture, settled, textOf } from '../helpers/util.js';

// The files `npm run build` writes (npm test builds first).
describe('dist/compare-kit.js (the script-tag bundle)', () => {
  it('is one module with no bare imports', async () => {
    const res = await fetch('/dist/compare-kit.js');
    expect(res.status).to.equal(200);
    const code = await res.text();
    expect(code).to.not.match(/\bfrom\s*["'](?![./])/);
    expect(code).to.not.match(/\bimport\s*\(?\s*["'](?![./])/);
    expect(code).to.not.match(/^\s*\/\/ /m); // comments stripped: minified
  });

  it('defines <compare-facts> and renders a comparison', async () => {
    await import(/* @vite-ignore */ '/dist/compare-kit.js' as string);
    expect(customElements.get('compare-facts')).to.exist;
    const el = await fixture<any>(html`<compare-facts .data=${await loadFixture('minimal.json')}></compare-facts>`);
    await settled(el);
    expect(el.state).to.equal('ready');
    expect(textOf(el.shadowRoot.querySelector('caption'))).to.equal('Key Facts & Figures');
  });

  it('loads twice without throwing', async () => {
    await import(/* @vite-ignore */ '/dist/compare-kit.js?twice' as string);
    expect(customElements.get('compare-facts')).to.exist;
  });
});

describe('dist/comparison.schema.json', () => {
  it('is published, generated from the schema', async () => {
    const schema = await (await fetch('/dist/comparison.schema.json')).json();
    expect(schema.$schema).to.match(/json-schema\.org/);
    expect(schema.properties.items.minItems).to.equal(2);
    expect(Object.keys(schema.properties)).to.include.members(['version', 'id', 'title', 'items', 'attributes', 'verdict', 'faq']);
  });
});
