/**
 * Limits: JSON text over 2 MB, ten thousand attributes, megabyte strings and
 * deep nesting end in a clear error (naming the path) or a correct render,
 * never a frozen page or a stack overflow.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/compare-kit.js';
import type { CompareElement } from '../../src/base/compare-element.js';
import { MAX_DOCUMENT_BYTES, parseComparison, validateComparison } from '../../src/schema/parse.js';
import { MAX_LIST_LENGTH, MAX_TEXT_LENGTH } from '../../src/schema/comparison.js';
import { idle, loadDemo, loadFixture, settled, textOf } from '../helpers/util.js';
import { show } from './hostile.js';
import { nest } from './mutate.js';

const TOO_LARGE = /is larger than 2 MB \((2,\d{3},\d{3} bytes|\d{1,3}(,\d{3})+ characters)\): a comparison should be far smaller/;
const errorItems = (el: CompareElement) => [...el.shadowRoot!.querySelectorAll('[part="error"] li')].map((li) => textOf(li));
const timed = async <T>(label: string, f: () => Promise<T> | T): Promise<T> => {
  const start = performance.now();
  const r = await f();
  console.log(`limits: ${label}: ${Math.round(performance.now() - start)} ms`);
  return r;
};

describe('limits', function () {
  this.timeout(60000);
  let minimal: any;
  let demo: any;
  before(async () => {
    minimal = await loadFixture('minimal.json');
    demo = await loadDemo();
  });
  /** A valid document whose JSON text is `bytes` long in UTF-8, padded in an x- key with `pad`. */
  const padded = (bytes: number, pad = 'x') => {
    const base = JSON.stringify({ ...minimal, 'x-padding': '' });
    const units = Math.floor((bytes - new TextEncoder().encode(base).length) / new TextEncoder().encode(pad).length);
    return JSON.stringify({ ...minimal, 'x-padding': pad.repeat(units) });
  };

  describe('JSON text over 2 MB', () => {
    it('counts an escaped character (\\u003c, as pages and WordPress carry < and [ ]) as the one it stands for', async () => {
      // 1.8 MB of "<" as written: 10.8 MB once every "<" is escaped for a page, as the server renderer and embed write it.
      const lt = padded(1_800_000, '<');
      expect(parseComparison(lt).ok, 'as written').to.equal(true);
      const escaped = lt.replace(/</g, '\\u003c');
      expect(escaped.length).to.be.greaterThan(MAX_DOCUMENT_BYTES * 5);
      expect(parseComparison(escaped).ok, 'escaped for a page').to.equal(true);
      // …and read to its end: a key given twice after the escapes is found (one pattern for a whole text overflowed
      // the regular expression's stack here, and the scan gave up).
      const twice = parseComparison(`${escaped.slice(0, -1)},"version":1}`);
      expect(twice.ok ? '' : twice.message, 'a key twice after the escapes').to.include('version: duplicate key');
      // Past 2 MB as written, it is refused escaped too.
      expect(parseComparison(padded(MAX_DOCUMENT_BYTES + 1000, '<').replace(/</g, '\\u003c')).ok).to.equal(false);
    });

    it('is refused whichever way it comes: data string, inline script, for="id"', async () => {
      const big = padded(MAX_DOCUMENT_BYTES + 1000);
      expect(parseComparison(big).ok).to.equal(false);
      const byData = await show('compare-facts', big);
      expect(byData.error!.message).to.match(/^the data property is larger than 2 MB/).and.match(TOO_LARGE);
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = big;
      const inline = document.createElement('compare-facts') as CompareElement;
      inline.append(script);
      document.body.append(inline);
      await settled(inline);
      expect(inline.error!.message).to.match(/^the inline <script type="application\/json"> is larger than 2 MB/).and.match(TOO_LARGE);
      const wrap = await fixture(html`<div><script type="application/json" id="limits-big">${big}</script><compare-facts for="limits-big"></compare-facts></div>`);
      const byId = wrap.querySelector<CompareElement>('compare-facts')!;
      await settled(byId);
      expect(byId.error!.message).to.match(/^the element with id "limits-big" is larger than 2 MB/).and.match(TOO_LARGE);
      for (const el of [byData, inline, byId]) {
        expect(el.state).to.equal('error');
        expect(el.error!.kind).to.equal('parse');
        expect(textOf(el.shadowRoot!.querySelector('[part="error"]'))).to.contain('is larger than 2 MB');
        el.remove();
      }
    });

    it('counts bytes, not characters: 700,000 "€" are 2.1 MB', () => {
      const text = padded(MAX_DOCUMENT_BYTES + 100_000, '€');
      expect(text.length).to.be.lessThan(MAX_DOCUMENT_BYTES);
      const r = parseComparison(text);
      expect(r.ok).to.equal(false);
      if (!r.ok) expect(r.message).to.match(/^larger than 2 MB \(2,\d{3},\d{3} bytes\)/);
    });

    it('accepts a document just under the limit, and shows it', async () => {
      const text = padded(MAX_DOCUMENT_BYTES - 1000, 'é');
      expect(new TextEncoder().encode(text).length).to.be.within(MAX_DOCUMENT_BYTES - 1003, MAX_DOCUMENT_BYTES);
      const el = await timed('a 1.99 MB document, parsed and shown', () => show('compare-facts', text));
      expect(el.state).to.equal('ready');
      el.remove();
    });
  });

  describe('absurd shapes', () => {
    it(`10,000 attributes: an error naming the list (at most ${MAX_LIST_LENGTH}), as an object and as text`, async () => {
      const many = { ...structuredClone(demo), groups: undefined };
      many.attributes = Array.from({ length: 10_000 }, (_, i) => ({ id: `a${i}`, label: `A ${i}`, key: true, better: 'higher', values: { python: `${i} ms`, rust: `${2 * i} ms` } }));
      for (const data of [many, JSON.stringify(many)]) {
        const el = await timed(`10,000 attributes (${typeof data})`, () => show('compare-page', data));
        expect(el.state).to.equal('error');
        expect(el.error!.issues!.map((i) => `${i.path}: ${i.message}`)).to.deep.equal([`attributes: expected at most ${MAX_LIST_LENGTH} attributes (got 10000)`]);
        expect(errorItems(el)).to.deep.equal([`attributes: expected at most ${MAX_LIST_LENGTH} attributes (got 10000)`]);
        el.remove();
      }
    });

    it(`${MAX_LIST_LENGTH} attributes, the most allowed, render`, async () => {
      const many = structuredClone(demo);
      many.attributes = Array.from({ length: MAX_LIST_LENGTH }, (_, i) => ({ id: `a${i}`, label: `A ${i}`, key: i < 20, better: 'higher', group: demo.groups[i % demo.groups.length].id, values: { python: `${i + 1} ms`, rust: `${2 * i + 1} ms` } }));
      const el = await timed(`${MAX_LIST_LENGTH} attributes in <compare-table>`, () => show('compare-table', many));
      expect(el.state).to.equal('ready');
      el.remove();
    });

    it('every list is capped: FAQ, pros, resources, highlights…', () => {
      const doc = structuredClone(demo);
      const n = MAX_LIST_LENGTH + 1;
      doc.faq = Array.from({ length: n }, (_, i) => ({ question: `Q${i}`, answer: 'A' }));
      doc.pros.python = Array.from({ length: n }, () => 'p');
      doc.resources = Array.from({ length: n }, () => ({ title: 't', url: '/t' }));
      doc.related = Array.from({ length: n }, () => ({ title: 't', url: '/t' }));
      doc.highlights = Array.from({ length: n }, () => ({ topic: 't', values: {} }));
      doc.track.triggers = Array.from({ length: n }, (_, i) => ({ id: `t${i}`, label: 't' }));
      const r = validateComparison(doc);
      expect(r.ok).to.equal(false);
      if (!r.ok) {
        expect(r.issues.map((i) => i.path)).to.have.members(['faq', 'pros.python', 'resources', 'related', 'highlights', 'track.triggers']);
        for (const i of r.issues) expect(i.message).to.match(new RegExp(`^expected at most ${MAX_LIST_LENGTH} `));
      }
    });

    it('a megabyte in a text field: an error naming the field, wherever it is', async () => {
      const mb = 'word '.repeat(200_000);
      const where: [string, (d: any) => void][] = [
        ['title', (d) => (d.title = mb)],
        ['items[0].name', (d) => (d.items[0].name = mb)],
        ['verdict.text', (d) => (d.verdict.text = mb)],
        ['faq[0].answer', (d) => (d.faq[0].answer = mb)],
        ['attributes[3].values.python', (d) => (d.attributes[3].values.python = mb)],
        ['attributes[4].values.rust.note', (d) => (d.attributes[4].values.rust = { value: 1, note: mb })],
        ['pros.rust[0]', (d) => (d.pros.rust[0] = mb)],
        ['related[0].url', (d) => (d.related[0].url = `https://example.com/${mb.replace(/ /g, '')}`)],
      ];
      for (const [path, set] of where) {
        const doc = structuredClone(demo);
        set(doc);
        const el = await timed(`1 MB in ${path}`, () => show('compare-header', doc));
        expect(el.state, path).to.equal('error');
        expect(el.error!.issues!.map((i) => `${i.path}: ${i.message}`), path).to.deep.equal([`${path}: too long: ${(path.endsWith('url') ? mb.length - 200_000 + 20 : mb.length).toLocaleString('en-US')} characters, at most ${MAX_TEXT_LENGTH.toLocaleString('en-US')}`]);
        el.remove();
      }
    });

    it(`text of ${MAX_TEXT_LENGTH.toLocaleString('en-US')} characters, the most allowed, renders everywhere`, async () => {
      const long = 'word '.repeat(MAX_TEXT_LENGTH / 5);
      const doc = structuredClone(demo);
      doc.title = long;
      doc.items[0].name = long.slice(0, 5000) + 'x'.repeat(5000); // one unbreakable run too
      doc.verdict.text = `**${long.slice(0, 9990)}**`;
      doc.faq[0].answer = long;
      const page = await timed('the longest texts allowed, in <compare-page>', () => show('compare-page', doc));
      expect(page.state).to.equal('ready');
      page.remove();
    });

    it('a megabyte under an x- key is ignored, as extensions are', async () => {
      const el = await show('compare-facts', { ...structuredClone(minimal), 'x-notes': 'n'.repeat(1_000_000) });
      expect(el.state).to.equal('ready');
      el.remove();
    });

    it('a megabyte-long unknown key: an error whose path is cut short', () => {
      const key = 'k'.repeat(1_000_000);
      const r = validateComparison({ ...structuredClone(minimal), [key]: 1 });
      expect(r.ok).to.equal(false);
      if (!r.ok) {
        expect(r.issues.length).to.equal(1);
        expect(r.issues[0]!.path.length).to.be.lessThan(80);
        expect(r.issues[0]!.path).to.match(/^\["k+…"\]$/);
        expect(r.issues[0]!.message).to.equal('unknown key');
      }
    });

    it('10,000 unknown keys: the error lists 20 and counts the rest', async () => {
      const doc: any = structuredClone(minimal);
      for (let i = 0; i < 10_000; i++) doc[`junk${i}`] = i;
      const el = await timed('10,000 unknown keys', () => show('compare-facts', doc));
      expect(el.error!.issues!.length).to.equal(10_000);
      const items = errorItems(el);
      expect(items.length).to.equal(21);
      expect(items.at(-1)).to.match(/9,?980/);
      el.remove();
    });

    for (const depth of [10_000, 100_000]) {
      it(`nesting ${depth.toLocaleString('en-US')} levels deep under an x- key is ignored (object and text)`, async () => {
        const deep = nest(depth);
        const asObject = await timed(`${depth} levels, object`, () => show('compare-facts', { ...structuredClone(minimal), 'x-deep': deep }));
        expect(asObject.state).to.equal('ready');
        const text = `${JSON.stringify(minimal).slice(0, -1)},"x-deep":${'{"a":['.repeat(depth / 2)}1${']}'.repeat(depth / 2)}}`;
        const asText = await timed(`${depth} levels, text`, () => show('compare-facts', text));
        expect(asText.state).to.equal('ready');
        // JSON-LD of a page never copies x- keys, so nothing deep is ever stringified.
        const page = await show('compare-page', { ...structuredClone(minimal), 'x-deep': deep });
        expect(page.state).to.equal('ready');
        await idle(); // JSON-LD is written while the page is idle after the render
        expect(page.querySelector('script[type="application/ld+json"]')!.textContent!.length).to.be.lessThan(5000);
        for (const el of [asObject, asText, page]) el.remove();
      });
    }

    it('nesting 10,000 levels deep where a value belongs: an error at that path, no stack overflow', async () => {
      const doc = structuredClone(minimal);
      doc.attributes[0].values.tea = nest(10_000);
      doc.attributes[1].values = nest(10_000);
      doc.items[0].image = nest(10_000);
      doc.faq = nest(10_000);
      const el = await show('compare-facts', doc);
      expect(el.state).to.equal('error');
      const paths = el.error!.issues!.map((i) => i.path);
      expect(paths).to.include.members(['attributes[0].values.tea', 'attributes[1].values', 'items[0].image', 'faq[0].question', 'faq[0].a']);
      el.remove();
    });
  });
});
