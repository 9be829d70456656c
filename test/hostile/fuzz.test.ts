/**
 * Property-based tests (fast-check): arbitrary values and mutated valid
 * documents never make the schema, the parser, the values, RichText or
 * JSON-LD code throw; every input is either a valid comparison or a list of
 * problems, each with a path and a message.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { render } from 'lit';
import { parseComparison, validateComparison, type ParseResult } from '../../src/schema/parse.js';
import type { Comparison } from '../../src/schema/comparison.js';
import { parseQuantity, quantityOfValue } from '../../src/values/quantity.js';
import { diffRatio, formatDiff, pickWinner } from '../../src/values/diff.js';
import { chartRows } from '../../src/values/chart.js';
import { attributeRow, displayText, rowDiff } from '../../src/values/rows.js';
import { parseRichText, richTextLinks, richTextPlain } from '../../src/rich-text/parse.js';
import { renderRichText } from '../../src/rich-text/render.js';
import { isAllowedLink } from '../../src/schema/url.js';
import { comparisonJsonLd, scriptJson } from '../../src/structured-data/json-ld.js';
import { loadDemo, loadFixture, none, share } from '../helpers/util.js';
import { getAt, textFields } from './hostile.js';
import { mutatedDocument, nest } from './mutate.js';

/** Runs per property: enough to matter, few enough that the file takes seconds (a third of them in Firefox and WebKit: `share`). */
const RUNS = { json: share(1000), anything: share(1000), documents: share(500), quantity: share(3000), richText: share(1000) };

/** A failed result names every problem: a non-empty path and message each. */
function expectProblems(r: Extract<ParseResult, { ok: false }>) {
  expect(['parse', 'schema']).to.include(r.kind);
  expect(r.message).to.be.a('string').and.not.equal('');
  expect(r.issues.length).to.be.greaterThan(0);
  for (const i of r.issues) {
    expect(i.path, JSON.stringify(i)).to.be.a('string').and.not.equal('');
    expect(i.message, JSON.stringify(i)).to.be.a('string').and.not.equal('');
  }
}

let turn = 0;
/** Everything downstream of a valid comparison, as the elements use it (in one of three locales and chart scales, in turn). */
function useEverything(c: Comparison) {
  const container = document.createElement('div');
  const locale = ['en', 'de', 'ar'][turn % 3]!;
  const mode = (['auto', 'linear', 'log'] as const)[turn++ % 3]!;
  {
    for (const a of c.attributes ?? []) {
      const row = attributeRow(a, c.items, locale);
      for (const cell of row.cells) {
        if (cell.quantity) expect(cell.quantity.min <= cell.quantity.max, JSON.stringify(cell.quantity)).to.equal(true);
        for (const other of row.cells) {
          const r = diffRatio(cell.quantity, other.quantity);
          if (r !== null) expect(Number.isFinite(r)).to.equal(true);
          formatDiff(r ?? NaN, locale);
          rowDiff(row, cell.itemId, other.itemId);
        }
        displayText(a.values[cell.itemId], locale);
      }
      if (a.better) {
        const w = pickWinner(row.cells.map((x) => [x.itemId, x.quantity] as const), a.better);
        if (w !== null) expect(c.items.map((i) => i.id)).to.include(w);
      }
    }
  }
  {
    for (const row of chartRows(c, locale, mode)) {
      for (const b of row.bars) if (b.fraction !== null) expect(b.fraction >= 0 && b.fraction <= 1, `${b.fraction}`).to.equal(true);
    }
  }
  const ld = comparisonJsonLd(c, 'https://example.com/page#x');
  const text = scriptJson(ld);
  expect(text).to.not.match(/<\/?script|<!--/i);
  expect(JSON.parse(text)).to.deep.equal(ld);
  for (const f of textFields(c).filter((x) => x.kind === 'rich')) {
    const s = getAt(c, f.path) as string;
    render(renderRichText(s), container);
    expect(container.textContent).to.equal(richTextPlain(s));
    for (const a of container.querySelectorAll('a')) expect(isAllowedLink(a.getAttribute('href') ?? '')).to.equal(true);
  }
}

describe('fuzz: nothing throws, every problem has a path', function () {
  this.timeout(120000);
  let bases: unknown[];
  let started = 0;
  beforeEach(() => {
    started = performance.now();
  });
  afterEach(function () {
    console.log(`  ${this.currentTest?.title}: ${Math.round(performance.now() - started)} ms`);
  });
  before(async () => {
    bases = [await loadFixture('minimal.json'), await loadFixture('three-databases.json'), await loadDemo()];
  });

  it(`arbitrary JSON values, as values and as text (${RUNS.json} runs)`, () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (v) => {
        for (const r of [validateComparison(v), parseComparison(v), parseComparison(JSON.stringify(v))]) {
          if (r.ok) useEverything(r.comparison);
          else expectProblems(r);
        }
      }),
      { numRuns: RUNS.json },
    );
    console.log(`fuzz: ${RUNS.json} arbitrary JSON values, 3 ways each`);
  });

  it(`arbitrary JavaScript values as the data property (${RUNS.anything} runs)`, () => {
    const anything = fc.anything({
      maxDepth: 4, withBoxedValues: true, withMap: true, withSet: true, withNullPrototype: true, withBigInt: true,
      withDate: true, withTypedArray: true, withSparseArray: true, withObjectString: true, stringUnit: 'binary',
    });
    fc.assert(
      fc.property(anything, (v) => {
        const r = validateComparison(v);
        if (r.ok) useEverything(r.comparison);
        else expectProblems(r);
        // Text that is not JSON: a parse error at the document.
        const t = parseComparison(typeof v === 'string' ? v : String(typeof v === 'symbol' ? 'symbol' : typeof v === 'object' && v !== null ? '[object]' : v));
        if (!t.ok) expectProblems(t);
      }),
      { numRuns: RUNS.anything },
    );
    console.log(`fuzz: ${RUNS.anything} arbitrary JavaScript values`);
  });

  it(`mutated valid documents (${RUNS.documents} runs)`, () => {
    let valid = 0;
    const kinds = new Map<string, number>();
    fc.assert(
      fc.property(mutatedDocument(bases), ({ doc }) => {
        const r = validateComparison(doc);
        if (r.ok) {
          valid++;
          useEverything(r.comparison);
        } else {
          expectProblems(r);
          for (const i of r.issues) kinds.set(i.message.replace(/".*"/, '"…"').slice(0, 30), 0);
        }
      }),
      { numRuns: RUNS.documents },
    );
    console.log(`fuzz: ${RUNS.documents} mutated documents, ${valid} still valid, ${kinds.size} kinds of problem reported`);
    expect(valid, 'some mutations keep a document valid (x- keys, swapped text)').to.be.greaterThan(0);
  });

  it(`mutated documents as JSON text (${RUNS.documents} runs)`, () => {
    fc.assert(
      fc.property(mutatedDocument(bases), ({ doc, mutations }) => {
        if (mutations.some((m) => m.startsWith('cycle'))) return; // not JSON text (and slow for JSON.stringify to refuse)
        let text: string;
        try {
          text = JSON.stringify(doc);
        } catch {
          return; // too deep for JSON.stringify itself (a recursive walker): deep text is tested on its own
        }
        const r = parseComparison(text);
        if (r.ok) useEverything(r.comparison);
        else expectProblems(r);
      }),
      { numRuns: RUNS.documents },
    );
  });

  it('values that fight back: throwing getters, proxies, frozen and cyclic objects', async () => {
    const demo = bases[2] as any;
    const throwing = new Proxy(structuredClone(demo), {
      get(t, k) {
        if (k === 'items' || k === 'title') throw new Error('getter says no');
        return Reflect.get(t, k);
      },
    });
    const noKeys = new Proxy(structuredClone(demo), {
      ownKeys() {
        throw new Error('ownKeys says no');
      },
    });
    const getterItem = structuredClone(demo);
    Object.defineProperty(getterItem.items[0], 'name', { enumerable: true, get: () => { throw new Error('name getter'); } });
    const cyclic = structuredClone(demo);
    cyclic['x-self'] = cyclic;
    cyclic.items[0]['x-parent'] = cyclic.items;
    const cyclicKnown = structuredClone(demo);
    cyclicKnown.verdict.chooseIf = cyclicKnown;
    const frozen = Object.freeze(structuredClone(demo));
    const deepText = `{"version":1,"x-deep":${'['.repeat(50000)}${']'.repeat(50000)}}`;
    for (const [name, v] of Object.entries({ throwing, noKeys, getterItem, cyclic, cyclicKnown, frozen, deepText, deep: { ...demo, 'x-deep': nest(100000) }, deepRoot: nest(100000) })) {
      let r: ParseResult | undefined;
      expect(() => (r = parseComparison(v)), name).to.not.throw();
      if (r!.ok) useEverything(r!.comparison);
      else expectProblems(r!);
    }
    expect(parseComparison(cyclic).ok, 'a cycle under an x- key is ignored').to.equal(true);
    expect(parseComparison(frozen).ok).to.equal(true);
  });

  it(`parseQuantity and quantityOfValue on value-like text (${RUNS.quantity} runs)`, () => {
    const token = fc.constantFrom(
      '0', '1', '9', '12', '1,000', '1.5', '.5', '007', '1\u00a0000', '-', '−', '+', '~', '≈', '<', '>=', 'about ', 'up to ', ' ', '–', ' to ',
      '%', '$', '€', 'USD', 'k', 'M', 'B', 'million', 'billion', 'ms', 's', 'MB', 'GiB', 'x', '×', '/s', ' per ', 'week', 'req/s', '/10', 'out of ',
      'packages', '(', ')', ',', '.', ':', '/', 'e', 'E', '1e308', '9'.repeat(30), 'NaN', 'Infinity', '\u0000', '🙂',
    );
    const text = fc.oneof(fc.array(token, { maxLength: 12 }).map((t) => t.join('')), fc.string({ unit: 'binary', maxLength: 60 }));
    const unit = fc.option(fc.oneof(text, fc.constantFrom('MB', 'ms', '%', 'USD', 'millions', '/10', 'packages')), { nil: undefined });
    fc.assert(
      fc.property(text, unit, fc.jsonValue({ maxDepth: 2 }), (s, u, v) => {
        for (const q of [parseQuantity(s, u), quantityOfValue(s, u), quantityOfValue(v, u), quantityOfValue({ text: s, value: v, unit: u }, u)]) {
          if (q === null) continue;
          expect(Number.isFinite(q.min) && Number.isFinite(q.max) && q.min <= q.max, `${s} → ${JSON.stringify(q)}`).to.equal(true);
          expect(q.note).to.be.a('string');
          const other = parseQuantity('1 ms', u);
          const r = diffRatio(q, other);
          if (r !== null) expect(Number.isFinite(r)).to.equal(true);
          const w = pickWinner([['a', q], ['b', other], ['c', null]], 'higher');
          expect([null, 'a', 'b']).to.include(w);
        }
      }),
      // Found by this property once: a huge number in a "millions" unit became Infinity.
      { numRuns: RUNS.quantity, examples: [['', 'millions', 1.797693134862316e302], ['', 'GB', -1e308]] },
    );
    console.log(`fuzz: ${RUNS.quantity} value texts`);
  });

  it(`RichText: parse and render agree, links are allowed or text (${RUNS.richText} runs)`, () => {
    const token = fc.constantFrom('*', '**', '[', ']', '(', ')', '](', 'a', 'b c', ' ', '\n', '\\', 'https://x.example/p', 'javascript:', '/rel', 'mailto:a@b', '<b>', '&amp;', '\u0000');
    const text = fc.oneof(fc.array(token, { maxLength: 30 }).map((t) => t.join('')), fc.string({ unit: 'binary', maxLength: 80 }));
    const container = document.createElement('div');
    fc.assert(
      fc.property(text, (s) => {
        parseRichText(s);
        const plain = richTextPlain(s);
        render(renderRichText(s), container);
        expect(container.textContent).to.equal(s ? plain : '');
        const links = richTextLinks(s);
        const anchors = [...container.querySelectorAll('a')].map((a) => a.getAttribute('href'));
        expect(anchors).to.deep.equal(links.filter(isAllowedLink));
        none(container.querySelector('script, img, b, [onerror]'), 'markup from the text');
      }),
      { numRuns: RUNS.richText },
    );
    console.log(`fuzz: ${RUNS.richText} RichText strings`);
  });
});
