import { expect, fixture, html } from '@open-wc/testing';
import '../src/define/compare-facts.js';
import '../src/define/compare-page.js';
import type { CompareElement } from '../src/base/compare-element.js';
import type { CompareFacts } from '../src/components/compare-facts/compare-facts.js';
import { comparisonJsonLd, scriptJson } from '../src/structured-data/json-ld.js';
import { parseComparison } from '../src/schema/index.js';
import { clone, idle, loadDemo, loadFixture, settled } from './helpers/util.js';

const ldScripts = (el: Element) => [...el.querySelectorAll(':scope > script[type="application/ld+json"]')];
const ldOf = (el: Element) => JSON.parse(ldScripts(el)[0]!.textContent!);

describe('structured data (JSON-LD)', () => {
  it('describes items, pros/cons and the FAQ in schema.org terms', async () => {
    const r = parseComparison(await loadDemo());
    if (!r.ok) throw new Error(r.message);
    const ld: any = comparisonJsonLd(r.comparison, 'https://blog.example/post#x');
    expect(ld['@context']).to.equal('https://schema.org');
    const [list, faq] = ld['@graph'];
    expect(list['@type']).to.equal('ItemList');
    expect(list['@id']).to.equal('https://blog.example/post#compare-python-vs-rust');
    expect(list.name).to.equal('Python vs Rust');
    expect(list.dateModified).to.equal('2026-06-01');
    const python = list.itemListElement[0].item;
    expect(python['@type']).to.equal('Product');
    expect(python.name).to.equal('Python');
    expect(python.review.positiveNotes['@type']).to.equal('ItemList');
    expect(python.review.positiveNotes.itemListElement.map((i: any) => i.name)).to.deep.equal(r.comparison.pros!['python']);
    expect(python.review.negativeNotes.itemListElement).to.have.length(r.comparison.cons!['python']!.length);
    expect(faq['@type']).to.equal('FAQPage');
    expect(faq.mainEntity[0]['@type']).to.equal('Question');
    expect(faq.mainEntity[0].acceptedAnswer['@type']).to.equal('Answer');
    expect(faq.mainEntity).to.have.length(r.comparison.faq!.length);
  });

  it('turns RichText into plain text and keeps "<" from closing the script', async () => {
    const doc = await loadFixture('minimal.json');
    doc.faq = [{ question: 'Is </script><script>alert(1)</script> safe?', answer: 'See **the [docs](https://docs.example)**.' }];
    const r = parseComparison(doc);
    if (!r.ok) throw new Error(r.message);
    const text = scriptJson(comparisonJsonLd(r.comparison));
    expect(text).to.not.contain('<');
    const back: any = JSON.parse(text);
    expect(back['@graph'][1].mainEntity[0].name).to.equal('Is </script><script>alert(1)</script> safe?');
    expect(back['@graph'][1].mainEntity[0].acceptedAnswer.text).to.equal('See the docs.');
  });

  it('is off by default on a section element, on with the attribute', async () => {
    const data = await loadDemo();
    const plain = await fixture<CompareFacts>(html`<compare-facts .data=${data}></compare-facts>`);
    await settled(plain);
    expect(ldScripts(plain)).to.have.length(0);
    const el = await fixture<CompareFacts>(html`<compare-facts structured-data .data=${data}></compare-facts>`);
    await settled(el);
    await idle();
    expect(ldScripts(el)).to.have.length(1);
    expect(ldOf(el)['@graph'][0].name).to.equal('Python vs Rust');
  });

  it('describes the FAQ only where it shows: a page without its faq section, or a facts element, has no FAQPage', async () => {
    const data = await loadDemo();
    const types = (el: Element) => (ldOf(el)['@graph'] as any[]).map((n) => n['@type']);
    const whole = await fixture<CompareElement>(html`<compare-page .data=${data}></compare-page>`);
    const some = await fixture<CompareElement>(html`<compare-page sections="verdict facts" .data=${data}></compare-page>`);
    const facts = await fixture<CompareElement>(html`<compare-facts structured-data .data=${data}></compare-facts>`);
    await Promise.all([settled(whole), settled(some), settled(facts)]);
    await idle();
    expect(types(whole)).to.deep.equal(['ItemList', 'FAQPage']);
    expect(types(some)).to.deep.equal(['ItemList']);
    expect(types(facts)).to.deep.equal(['ItemList']);
    // And it follows `sections`.
    some.setAttribute('sections', 'verdict faq');
    await settled(some);
    await idle();
    expect(types(some)).to.deep.equal(['ItemList', 'FAQPage']);
    whole.setAttribute('sections', 'header verdict');
    await settled(whole);
    await idle();
    expect(types(whole)).to.deep.equal(['ItemList']);
  });

  it('is never duplicated, follows data changes, and leaves with the element', async () => {
    const data = await loadDemo();
    const el = await fixture<CompareFacts>(html`<compare-facts structured-data .data=${data}></compare-facts>`);
    await settled(el);
    el.requestUpdate();
    await el.updateComplete;
    const changed = clone(data);
    changed.title = 'Python vs Rust (2027)';
    el.data = changed;
    await settled(el);
    await idle();
    expect(ldScripts(el)).to.have.length(1);
    expect(ldOf(el)['@graph'][0].name).to.equal('Python vs Rust (2027)');
    // Moved elsewhere: still one.
    document.body.append(el);
    await el.updateComplete;
    await idle();
    expect(ldScripts(el)).to.have.length(1);
    el.remove();
    expect(ldScripts(el)).to.have.length(0);
  });

  it('is written while the page is idle after the first render, not during it', async () => {
    const data = await loadDemo();
    const el = document.createElement('compare-page') as CompareElement;
    el.data = data;
    let atLoad = -1;
    el.addEventListener('compare-load', () => (atLoad = ldScripts(el).length)); // fired in the render's own task
    document.body.append(el);
    try {
      await settled(el);
      expect(atLoad).to.equal(0);
      await idle();
      expect(ldScripts(el)).to.have.length(1);
      expect(ldOf(el)['@graph'][0].name).to.equal('Python vs Rust');
    } finally {
      el.remove();
    }
  });

  it('is removed when the data becomes invalid, or the attribute says false', async () => {
    const data = await loadDemo();
    const el = await fixture<CompareFacts>(html`<compare-facts structured-data .data=${data}></compare-facts>`);
    await settled(el);
    el.data = { version: 1 };
    await settled(el, 'error');
    expect(ldScripts(el)).to.have.length(0);
    el.data = data;
    await settled(el, 'ready');
    await idle();
    expect(ldScripts(el)).to.have.length(1);
    el.setAttribute('structured-data', 'false');
    await el.updateComplete;
    expect(ldScripts(el)).to.have.length(0);
  });
});
