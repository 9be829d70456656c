import { expect } from '@open-wc/testing';
import { parseComparison, comparisonJsonSchema, isAllowedLink, type ParseResult } from '../../src/schema/index.js';
import { MAX_LIST_LENGTH } from '../../src/schema/comparison.js';
import { clone, loadDemo, loadFixture } from '../helpers/util.js';

const minimal = () => ({
  version: 1,
  id: 'a-vs-b',
  title: 'A vs B',
  items: [
    { id: 'a', name: 'A' },
    { id: 'b', name: 'B' },
  ],
});

function issues(r: ParseResult) {
  expect(r.ok, 'expected the document to be invalid').to.equal(false);
  return r.ok ? [] : r.issues;
}
const paths = (r: ParseResult) => issues(r).map((i) => i.path);
const find = (r: ParseResult, path: string) => issues(r).find((i) => i.path === path)?.message;

describe('schema: valid documents', () => {
  it('accepts the demo (the whole reference page)', async () => {
    const r = parseComparison(await loadDemo());
    expect(r.ok ? [] : r.issues).to.deep.equal([]);
  });

  it('accepts the three-item fixture and the minimal one', async () => {
    for (const name of ['three-databases.json', 'minimal.json']) {
      const r = parseComparison(await loadFixture(name));
      expect(r.ok ? [] : r.issues, name).to.deep.equal([]);
    }
  });

  it('accepts JSON text as well as a value', () => {
    const r = parseComparison(JSON.stringify(minimal()));
    expect(r.ok).to.equal(true);
  });

  it('accepts x- extension keys anywhere and drops them from the result', () => {
    const doc: any = minimal();
    doc['x-cms'] = { anything: [1, 2] };
    doc.items[0]['x-sku'] = 'A-1';
    doc.attributes = [{ id: 'speed', label: 'Speed', values: { a: { value: 1, 'x-raw': '1' } }, 'x-origin': 'import' }];
    const r = parseComparison(doc);
    expect(r.ok ? [] : r.issues).to.deep.equal([]);
    if (r.ok) expect(r.comparison).to.not.have.property('x-cms');
  });

  it('accepts x- keys in the maps keyed by item id (values, chooseIf, pros, cons, a highlight\'s values) and ignores them', () => {
    const doc: any = minimal();
    doc.attributes = [{ id: 'speed', label: 'Speed', values: { a: 1, 'x-checked': true } }];
    doc.highlights = [{ topic: 'T', values: { a: 'fast', 'x-source': { url: 1 } } }];
    doc.verdict = { text: 't', chooseIf: { a: 'if', 'x-draft': true } };
    doc.pros = { a: ['good'], 'x-reviewed-by': 'editor' };
    doc.cons = { b: ['bad'], 'x-count': 3 };
    const r = parseComparison(doc);
    expect(r.ok ? [] : r.issues).to.deep.equal([]);
    if (r.ok) {
      // Dropped from the result, as x- keys anywhere; the input itself is left as it was.
      expect(r.comparison.pros).to.deep.equal({ a: ['good'] });
      expect(r.comparison.cons).to.deep.equal({ b: ['bad'] });
      expect(r.comparison.attributes![0]!.values).to.deep.equal({ a: 1 });
      expect(r.comparison.highlights![0]!.values).to.deep.equal({ a: 'fast' });
      expect(r.comparison.verdict!.chooseIf).to.deep.equal({ a: 'if' });
    }
    expect(doc.pros['x-reviewed-by']).to.equal('editor');
    expect(doc.attributes[0].values['x-checked']).to.equal(true);
  });

  it('validates the entries of an item whose id starts with x- ("x-ray"): they are its entries, not extensions', () => {
    const doc: any = minimal();
    doc.items[1].id = 'x-ray';
    doc.attributes = [{ id: 'speed', label: 'Speed', values: { a: 1, 'x-ray': { value: 'fast', colour: 1 } } }];
    doc.highlights = [{ topic: 'T', values: { a: 'fast', 'x-ray': 'see [it](javascript:alert(1))' } }];
    doc.verdict = { text: 't', chooseIf: { 'x-ray': 7 } };
    doc.pros = { 'x-ray': 'good' };
    doc.cons = { 'x-ray': ['fine'] };
    const r = parseComparison(doc);
    expect(find(r, 'attributes[0].values.x-ray.value')).to.be.a('string');
    expect(find(r, 'attributes[0].values.x-ray.colour')).to.match(/unknown key/);
    expect(find(r, 'highlights[0].values.x-ray')).to.match(/not allowed/);
    expect(find(r, 'verdict.chooseIf.x-ray')).to.equal('expected a string, got 7');
    expect(find(r, 'pros.x-ray')).to.equal('expected a list, got "good"');
    expect(paths(r)).to.not.include('cons.x-ray');
    // Valid, they are kept and shown like any item's.
    doc.attributes[0].values['x-ray'] = 2;
    doc.highlights[0].values['x-ray'] = 'slow';
    doc.verdict.chooseIf['x-ray'] = 'if you like x';
    doc.pros['x-ray'] = ['good'];
    const ok = parseComparison(doc);
    expect(ok.ok ? [] : ok.issues).to.deep.equal([]);
    if (ok.ok) {
      expect(ok.comparison.attributes![0]!.values['x-ray']).to.equal(2);
      expect(ok.comparison.pros!['x-ray']).to.deep.equal(['good']);
      expect(ok.comparison.verdict!.chooseIf!['x-ray']).to.equal('if you like x');
    }
  });

  it('refuses an item id starting with x- given twice in a map keyed by item id ("x-ray"): no extension, its first value is lost', () => {
    const dup = 'duplicate key: only its last value is read (keep one)';
    // Extensions given twice stay allowed: top-level (one named as the item, outside the maps) and in an item, inside
    // one, an x- key of a map that no item has ("x-checked"), one in an item's entry.
    const text = `{
      "version": 1, "id": "x-vs-y", "title": "X vs Y", "x-meta": { "k": 1, "k": 2 }, "x-meta": {}, "x-ray": 1, "x-ray": 2,
      "items": [{ "id": "x-ray", "name": "X", "x-foo": { "a": 1, "a": 2 }, "x-foo": 1 }, { "id": "y-ray", "name": "Y" }],
      "verdict": { "text": "t", "chooseIf": { "x-ray": "a", "y-ray": "c", "x-ray": "b" } },
      "highlights": [{ "topic": "T", "values": { "x-ray": "a", "x-ray": "b", "y-ray": "c" } }],
      "attributes": [
        { "id": "speed", "label": "Speed", "values": { "x-ray": 1, "x-ray": 2, "y-ray": 3, "x-checked": true, "x-checked": false } },
        { "id": "size", "label": "Size", "values": { "x-ray": { "value": 1, "unit": "s", "x-n": 1, "x-n": 2, "unit": "ms" }, "y-ray": 2 } }
      ],
      "pros": { "x-ray": ["a"], "x-ray": ["b"], "y-ray": ["c"] },
      "cons": { "x-ray": ["a"], "y-ray": ["c"], "x-ray": ["b"] }
    }`;
    const r = parseComparison(text);
    expect(issues(r).map((i) => `${i.path}: ${i.message}`)).to.deep.equal(
      ['verdict.chooseIf.x-ray', 'highlights[0].values.x-ray', 'attributes[0].values.x-ray', 'attributes[1].values.x-ray.unit', 'pros.x-ray', 'cons.x-ray'].map((p) => `${p}: ${dup}`),
    );
    // Without the duplicates the document is valid, and the x-ray entries are read as the item's.
    const once = parseComparison(JSON.stringify(JSON.parse(text)));
    expect(once.ok ? [] : once.issues).to.deep.equal([]);
    if (once.ok) {
      expect(once.comparison.attributes![0]!.values).to.deep.equal({ 'x-ray': 2, 'y-ray': 3 });
      expect(once.comparison.pros).to.deep.equal({ 'x-ray': ['b'], 'y-ray': ['c'] });
    }
    // Where no item has that id, an x- key of such a map is an extension: given twice, it is ignored.
    const unread = parseComparison(text.replace(/"x-ray"/g, '"x-rays"').replace('"id": "x-rays"', '"id": "x-ray"'));
    expect(unread.ok ? [] : unread.issues).to.deep.equal([]);
  });
});

describe('schema: errors name their path', () => {
  it('reports every planted error of invalid.json', async () => {
    const r = parseComparison(await loadFixture('invalid.json'));
    const expected = (await (await fetch('/test/fixtures/invalid.expected.txt')).text()).split('\n').map((l) => l.trim()).filter(Boolean);
    expect(expected.length).to.be.greaterThan(4);
    for (const p of expected) expect(paths(r), p).to.include(p);
  });

  it('suggests the closest key for an unknown key', () => {
    const doc: any = minimal();
    doc.verdikt = { text: 'x' };
    doc.items[1].colour = '#fff';
    const r = parseComparison(doc);
    expect(find(r, 'verdikt')).to.equal('unknown key, did you mean "verdict"?');
    expect(find(r, 'items[1].colour')).to.equal('unknown key, did you mean "color"?');
  });

  it('refuses a "$schema" key, as any key the format does not have (it was accepted, against the format)', () => {
    const doc: any = minimal();
    doc.$schema = 'https://example.com/comparison.schema.json';
    expect(find(parseComparison(doc), '$schema')).to.match(/^unknown key/);
  });

  it('suggests the key meant by a common synonym ("lang" for "locale", "q" and "a" for "question" and "answer")', () => {
    const doc: any = minimal();
    doc.lang = 'de';
    doc.faq = [{ q: 'Why?', a: 'Because.' }];
    doc.items[0].href = 'https://example.com/';
    const r = parseComparison(doc);
    expect(find(r, 'lang')).to.equal('unknown key, did you mean "locale"?');
    expect(find(r, 'faq[0].q')).to.equal('unknown key, did you mean "question"?');
    expect(find(r, 'faq[0].a')).to.equal('unknown key, did you mean "answer"?');
    expect(find(r, 'items[0].href')).to.equal('unknown key, did you mean "url"?');
    // Only a key the object has: an item has no "answer".
    doc.faq = [{ question: 'Why?', answer: 'Because.' }];
    doc.items[0] = { id: 'a', name: 'A', a: 1 };
    expect(find(parseComparison(doc), 'items[0].a')).to.equal('unknown key');
  });

  it('suggests the keys people type for ours, in any case and with "_" or "-"', () => {
    const doc: any = minimal();
    doc.last_updated = '2026-06-01';
    doc.keyDifferences = [];
    doc.links = [];
    doc.items[0] = { id: 'a', name: 'A', logo: { src: '/a.svg', alt: 'A' }, website: 'https://a.example/', description: 'An A' };
    doc.attributes = [{ id: 'x', label: 'X', higherIsBetter: true, values: {} }];
    doc.resources = [{ title: 'T', url: '/t', type: 'video' }];
    const r = parseComparison(doc);
    expect(find(r, 'last_updated')).to.equal('unknown key, did you mean "updated"?');
    expect(find(r, 'keyDifferences')).to.equal('unknown key, did you mean "highlights"?');
    expect(find(r, 'links')).to.equal('unknown key, did you mean "resources"?');
    expect(find(r, 'items[0].logo')).to.equal('unknown key, did you mean "image"?');
    expect(find(r, 'items[0].website')).to.equal('unknown key, did you mean "url"?');
    expect(find(r, 'items[0].description')).to.equal('unknown key, did you mean "summary"?');
    expect(find(r, 'attributes[0].higherIsBetter')).to.equal('unknown key, did you mean "better"?');
    expect(find(r, 'resources[0].type')).to.equal('unknown key, did you mean "kind"?');
  });

  it('takes a locale of a real language only, and a name of zero-width characters as empty', () => {
    const doc: any = minimal();
    for (const bad of ['german', 'English', 'en_US', 'x-klingon']) {
      doc.locale = bad;
      expect(paths(parseComparison(doc)), bad).to.deep.equal(['locale']);
    }
    for (const good of ['de', 'pt-BR', 'zh-Hant-TW', 'fil', 'EN-us']) {
      doc.locale = good;
      expect(parseComparison(doc).ok, good).to.equal(true);
    }
    delete doc.locale;
    doc.items[0].name = '\u200b\u200b';
    expect(paths(parseComparison(doc))).to.deep.equal(['items[0].name']);
  });

  it('says what type was expected, and what was found', () => {
    const doc: any = minimal();
    doc.items[1].name = 42;
    delete doc.title;
    const r = parseComparison(doc);
    expect(find(r, 'items[1].name')).to.equal('expected a string, got 42');
    expect(find(r, 'title')).to.match(/^required/);
  });

  it('reports all errors, not only the first', () => {
    const doc: any = minimal();
    doc.version = 2;
    doc.id = 'Not A Slug';
    doc.items.push({ id: 'a', name: '' });
    doc.updated = '2026-02-30';
    doc.locale = 'not a locale!';
    const r = parseComparison(doc);
    expect(paths(r)).to.include.members(['version', 'id', 'items[2].name', 'items[2].id', 'updated', 'locale']);
    if (!r.ok) expect(r.message).to.match(/^\d+ problems in the comparison data: /);
  });

  it('needs 2 to 8 items', () => {
    const one: any = minimal();
    one.items = [one.items[0]];
    expect(find(parseComparison(one), 'items')).to.equal('expected at least 2 items (got 1)');
    const nine: any = minimal();
    nine.items = Array.from({ length: 9 }, (_, i) => ({ id: `i${i}`, name: `I${i}` }));
    expect(find(parseComparison(nine), 'items')).to.equal('expected at most 8 items (got 9)');
  });

  it("reports a list's count and its entries' problems together, in document order (a wrong count hid the entries', a bad entry the count)", () => {
    const bad = { url: 'javascript:alert(1)', color: 'red' };
    const urlRule = 'not an allowed URL: use https:, http:, mailto: or a relative URL starting with /, ./ or ../';
    const nine: any = minimal();
    nine.items = Array.from({ length: 9 }, (_, i) => ({ id: `i${i}`, name: `I${i}`, ...(i === 0 || i === 8 ? bad : {}) }));
    expect(issues(parseComparison(nine)).map((i) => `${i.path}: ${i.message}`)).to.deep.equal([
      'items: expected at most 8 items (got 9)',
      `items[0].url: ${urlRule} (got "javascript:alert(1)")`,
      'items[0].color: expected a colour like "#36c" or "#3366cc" (got "red")',
      `items[8].url: ${urlRule} (got "javascript:alert(1)")`,
      'items[8].color: expected a colour like "#36c" or "#3366cc" (got "red")',
    ]);
    const one: any = minimal();
    one.items = [{ id: 'a', name: 'A', ...bad }];
    expect(issues(parseComparison(one)).map((i) => `${i.path}: ${i.message}`)).to.deep.equal([
      'items: expected at least 2 items (got 1)',
      `items[0].url: ${urlRule} (got "javascript:alert(1)")`,
      'items[0].color: expected a colour like "#36c" or "#3366cc" (got "red")',
    ]);
  });

  it('a list far past its bound is one problem, its entries unread (a 2 MB list of bad entries was seconds of work and a flood of messages)', () => {
    const doc: any = minimal();
    doc.faq = Array.from({ length: 20 * MAX_LIST_LENGTH }, () => 0);
    doc.items = Array.from({ length: 17 }, () => 0);
    expect(issues(parseComparison(doc)).map((i) => `${i.path}: ${i.message}`)).to.deep.equal([
      'items: expected at most 8 items (got 17)',
      `faq: expected at most ${MAX_LIST_LENGTH} questions (got ${20 * MAX_LIST_LENGTH})`,
    ]);
    // Up to twice the bound, the entries are read.
    doc.faq.length = 2 * MAX_LIST_LENGTH;
    doc.items.length = 16;
    expect(paths(parseComparison(doc))).to.have.length(2 + 16 + 2 * MAX_LIST_LENGTH);
  });

  it('every bounded list reports its count beside its entries\' problems (attributes, groups, highlights, pros, cons, FAQ, resources, related, triggers)', () => {
    const n = MAX_LIST_LENGTH + 1;
    const lists: [string, (doc: any, entries: unknown[]) => void, (i: number) => unknown, string][] = [
      ['attributes', (d, e) => (d.attributes = e), (i) => ({ id: `a${i}`, label: 'A', values: {} }), 'label'],
      ['groups', (d, e) => (d.groups = e), (i) => ({ id: `g${i}`, label: 'G' }), 'label'],
      ['highlights', (d, e) => (d.highlights = e), () => ({ topic: 'T', values: {} }), 'topic'],
      ['pros.a', (d, e) => (d.pros = { a: e }), () => 'good', ''],
      ['cons.b', (d, e) => (d.cons = { b: e }), () => 'bad', ''],
      ['faq', (d, e) => (d.faq = e), () => ({ question: 'Q', answer: 'A' }), 'answer'],
      ['resources', (d, e) => (d.resources = e), () => ({ title: 'T', url: '/t' }), 'url'],
      ['related', (d, e) => (d.related = e), () => ({ title: 'T', url: '/t' }), 'url'],
      ['track.triggers', (d, e) => (d.track = { triggers: e }), (i) => ({ id: `t${i}`, label: 'T' }), 'label'],
    ];
    for (const [path, set, entry, key] of lists) {
      const doc: any = minimal();
      const entries: any[] = Array.from({ length: n }, (_, i) => entry(i));
      // One bad entry, the second: a missing field, or a string list's entry of another type.
      if (key) delete entries[1][key];
      else entries[1] = 7;
      set(doc, entries);
      const found = paths(parseComparison(doc));
      expect(found, path).to.deep.equal([path, `${path}[1]${key ? `.${key}` : ''}`]);
      expect(find(parseComparison(doc), path), path).to.match(new RegExp(`^expected at most ${MAX_LIST_LENGTH} \\S.* \\(got ${n}\\)$`));
    }
  });

  it('checks item ids wherever they are referenced', () => {
    const doc: any = minimal();
    doc.attributes = [{ id: 'x', label: 'X', values: { a: 1, c: 2 } }];
    doc.highlights = [{ topic: 'T', values: { a: 'x', zz: 'y' }, winner: 'q' }];
    doc.verdict = { text: 'v', chooseIf: { d: 'x' }, winner: 'e' };
    doc.pros = { f: ['p'] };
    doc.cons = { g: ['c'] };
    const r = parseComparison(doc);
    expect(paths(r)).to.include.members([
      'attributes[0].values.c',
      'highlights[0].values.zz',
      'highlights[0].winner',
      'verdict.chooseIf.d',
      'verdict.winner',
      'pros.f',
      'cons.g',
    ]);
    expect(find(r, 'verdict.winner')).to.equal('unknown item id "e" (items are "a", "b")');
  });

  it('checks slugs, unique ids and group references', () => {
    const doc: any = minimal();
    doc.items[1].id = 'a';
    doc.groups = [{ id: 'perf', label: 'Performance' }, { id: 'perf', label: 'Again' }];
    doc.attributes = [
      { id: 'x', label: 'X', group: 'perff', values: {} },
      { id: 'x', label: 'Y', values: {} },
      { id: '-bad', label: 'Z', values: {} },
    ];
    const r = parseComparison(doc);
    expect(find(r, 'items[1].id')).to.match(/duplicate item id "a"/);
    expect(find(r, 'groups[1].id')).to.match(/duplicate group id "perf"/);
    expect(find(r, 'attributes[1].id')).to.match(/duplicate attribute id "x"/);
    expect(find(r, 'attributes[0].group')).to.equal('unknown group "perff", did you mean "perf"?');
    expect(find(r, 'attributes[2].id')).to.match(/lowercase letters, digits and hyphens/);
  });

  it('an id that is no slug is one problem, at the id, with the slug to write: not a flood of references sent to it', async () => {
    // "Rust" for "rust" in the demo, whose every value, pro, con, winner and choice says "rust".
    const demo: any = await loadDemo();
    demo.items[1].id = 'Rust';
    const rule = 'expected an id of lowercase letters, digits and hyphens (like "python-3"), at most 64 characters';
    expect(issues(parseComparison(demo))).to.deep.equal([{ path: 'items[1].id', message: `${rule} (got "Rust"), did you mean "rust"?` }]);
    // A group too; a reference to neither is still one, and gets no suggestion of an id that is no slug.
    demo.items[1].id = 'rust';
    demo.groups[1].id = 'Performance';
    demo.verdict.winner = 'rustacean';
    demo.attributes[0].group = 'speed';
    expect(issues(parseComparison(demo)).map((i) => `${i.path}: ${i.message}`)).to.deep.equal([
      'verdict.winner: unknown item id "rustacean" (items are "python", "rust")',
      `groups[1].id: ${rule} (got "Performance"), did you mean "performance"?`,
      'attributes[0].group: unknown group "speed" (groups are "ecosystem", "Performance", "learning", "data-science", "community", "typing-safety", "jobs-salaries", "adoption", "execution-tooling", "history")',
    ]);
    // The slug to write: lower case, a hyphen for spaces, "_" and "."; none where that is no slug either.
    const id = (v: string) => find(parseComparison({ ...minimal(), id: v }), 'id');
    expect(id('Google Cloud')).to.equal(`${rule} (got "Google Cloud"), did you mean "google-cloud"?`);
    expect(id('node_js.org')).to.match(/, did you mean "node-js-org"\?$/);
    expect(id('C++')).to.equal(`${rule} (got "C++")`);
    // Without accents (a name's letters decomposed, their marks dropped).
    expect(id('Škoda')).to.equal(`${rule} (got "Škoda"), did you mean "skoda"?`);
    expect(id('Citroën C3')).to.match(/, did you mean "citroen-c3"\?$/);
  });

  it('refuses URLs outside the allow-list, in links and in RichText', () => {
    const doc: any = minimal();
    doc.items[0].url = 'javascript:alert(1)';
    doc.items[1].image = { src: 'data:image/svg+xml,<svg onload=alert(1)>', alt: 'x' };
    doc.resources = [{ title: 'R', url: '//evil.example/x' }];
    doc.shortAnswer = 'Read [this](vbscript:msgbox) or [that](https://ok.example/a_(b))';
    const r = parseComparison(doc);
    expect(find(r, 'items[0].url')).to.match(/^not an allowed URL/);
    expect(find(r, 'items[1].image.src')).to.match(/^not an allowed image URL/);
    expect(find(r, 'resources[0].url')).to.match(/^not an allowed URL/);
    expect(find(r, 'shortAnswer')).to.equal(
      'link URL "vbscript:msgbox" is not allowed: use https:, http:, mailto: or a relative URL starting with /, ./ or ../',
    );
    expect(issues(r)).to.have.length(4);
  });

  it('drops bidi overrides (U+202D, U+202E) from text, which would show "\u202Egnp.exe" as "exe.png"; keeps embeddings and isolates', () => {
    const doc = {
      version: 1, id: 'a-vs-b', title: 'Get \u202Egnp.exe',
      items: [{ id: 'a', name: 'Alpha\u202D evil' }, { id: 'b', name: '\u2067שלום\u2069 B' }],
      verdict: { text: '**\u202Eevil**' },
    };
    const r = parseComparison(doc);
    expect(r.ok).to.equal(true);
    if (!r.ok) return;
    expect(r.comparison.title).to.equal('Get gnp.exe');
    expect(r.comparison.items.map((i) => i.name)).to.deep.equal(['Alpha evil', '\u2067שלום\u2069 B']);
    expect(r.comparison.verdict!.text).to.equal('**evil**');
    // Nothing but an override is nothing.
    const blank = parseComparison({ ...doc, items: [{ id: 'a', name: '\u202E' }, doc.items[1]] });
    expect(blank.ok ? [] : blank.issues.map((i) => `${i.path}: ${i.message}`)).to.deep.equal(['items[0].name: must not be empty']);
  });

  it('reports bad JSON text as a parse error', () => {
    const r = parseComparison('{"version": 1,');
    expect(r.ok).to.equal(false);
    if (!r.ok) {
      expect(r.kind).to.equal('parse');
      expect(r.message).to.match(/^not valid JSON: /);
    }
  });

  it('lists the problems in the order of the document, once each', () => {
    const doc: any = {
      version: 1,
      id: 'x',
      verdikt: { text: 'v' },
      title: 'X',
      updated: '2026-1-1',
      items: [{ id: 'a', name: 'A' }, { id: 'b', name: 7 }, { id: 'a', name: 'C' }],
      groups: [{ id: 'perf', label: 'P' }, { id: 'perf', label: 'Q' }],
      attributes: [{ id: 'speed', label: 'Speed', group: 'nope', values: { zz: '1 s' } }],
    };
    const r = parseComparison(doc);
    expect(r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`)).to.deep.equal([
      'verdikt: unknown key, did you mean "verdict"?',
      'updated: expected a date like "2026-06-01" (got "2026-1-1")',
      'items[1].name: expected a string, got 7',
      'items[2].id: duplicate item id "a" (also items[0])',
      'groups[1].id: duplicate group id "perf" (also groups[0])',
      'attributes[0].group: unknown group "nope" (groups are "perf")',
      'attributes[0].values.zz: unknown item id "zz" (items are "a", "b")',
    ]);
  });

  it('says where JSON text goes wrong, by line and column, the same in every browser', () => {
    const message = (text: string) => {
      const r = parseComparison(text);
      return r.ok ? 'ok' : r.message;
    };
    // A trailing comma, the commonest slip of a hand-edited file (V8 gives no position for it, WebKit none ever).
    expect(message('{\n  "version": 1,\n  "items": [1, 2, ],\n  "id": "x"\n}')).to.equal('not valid JSON: line 3, column 17: a comma before `]` (remove it)');
    expect(message('{\r\n  "version": 1,\r\n}')).to.equal('not valid JSON: line 2, column 15: a comma before `}` (remove it)');
    expect(message("{'version': 1}")).to.equal("not valid JSON: line 1, column 2, at `'version': 1`: single quotes (JSON needs double quotes: \")");
    // What editors and word processors put in, named.
    expect(message('{\n  "version": 1, // format\n  "id": "x"\n}')).to.equal('not valid JSON: line 2, column 17, at `// format`: a comment (JSON has none: remove it, or keep it as an "x-comment" key)');
    expect(message('{ /* draft */ "version": 1 }')).to.match(/column 3, at `\/\* draft \*\/ `: a comment/);
    // A no-break space pasted from a word processor, or a zero-width space: invisible, so named.
    expect(message('{\n  "version":\u00a01\n}')).to.equal('not valid JSON: line 2, column 13, at `\u00a01`: an invisible character (U+00A0), where JSON has only spaces and line breaks (type a space instead)');
    expect(message('{ "version": 1,\u200b "id": "x" }')).to.contain('an invisible character (U+200B)');
    expect(message('{ “version”: 1 }')).to.equal('not valid JSON: line 1, column 3, at `“version”: 1`: curly quotes (JSON needs straight double quotes: ")');
    expect(message('{"version": 1, id: "x"}')).to.equal('not valid JSON: line 1, column 16, at `id: "x"}`: a name without double quotes');
    expect(message('{"tags": ["x", y]}')).to.equal('not valid JSON: line 1, column 16, at `y]}`: a text without double quotes, or a word JSON does not have (it has true, false and null)');
    expect(message('{"a": [1, NaN]}')).to.match(/at `NaN]}`: a text without double quotes, or a word JSON/);
    expect(message(' \n ')).to.equal('not valid JSON: it is empty');
    expect(message('{"version": 1\r\n "id": "x"}')).to.equal('not valid JSON: line 2, column 2, at `"id": "x"}`: a comma missing before it');
    expect(message('{"a": [1 2]}')).to.equal('not valid JSON: line 1, column 10, at `2]}`: a comma missing before it');
    // A value written as a person writes a number or a date: not "a comma missing" (they were), and named where nothing was.
    const number = (text: string) => message(`{"p": ${text}}`).replace(/^.*: (?=a text)/, '');
    for (const v of ['2026-06-01', '1 299', '01', '1,299', '$5', '€5', '50%', '+5', '.5', '5.', '-Infinity', '1.5.2']) {
      expect(number(v), v).to.equal('a text without double quotes, or a number JSON does not have');
    }
    expect(message('{"p": 1 299}')).to.equal('not valid JSON: line 1, column 9, at `299}`: a text without double quotes, or a number JSON does not have');
    // Still a comma missing: between numbers of a list (above), after a number before a name.
    expect(message('{"b": 1 "c": 2}')).to.equal('not valid JSON: line 1, column 9, at `"c": 2}`: a comma missing before it');
    expect(message('{"title": "Python\nvs Rust"}')).to.equal('not valid JSON: line 1, column 11: a text with a line break or a tab in it, or not closed (write a line break as \\n)');
    // A byte-order mark is no mistake.
    expect(message('\uFEFF{"version": 1')).to.equal('not valid JSON: it ends too soon (line 1)');
    expect(message('{"version": 1')).to.equal('not valid JSON: it ends too soon (line 1)');
    expect(message('{"version": 1} }')).to.equal('not valid JSON: line 1, column 16, at `}`');
    // Too deep to scan: the browser's own words.
    const deep = '['.repeat(500);
    let browser = '';
    try {
      JSON.parse(deep);
    } catch (e) {
      browser = (e as Error).message;
    }
    expect(message(deep)).to.equal(`not valid JSON: ${browser}`);
  });

  it('says a comma is missing between two values of a list, and no hint where it would be wrong', () => {
    const message = (text: string) => {
      const r = parseComparison(text);
      return r.ok ? 'ok' : r.message.replace(/^not valid JSON: /, '');
    };
    const comma = 'a comma missing before it';
    // Two numbers of a list, not "a number JSON does not have" (line and column still where the second one starts).
    expect(message('[100, 200 300]')).to.equal('line 1, column 11, at `300]`: a comma missing before it, or a number JSON does not have');
    expect(message('{"a": [1,\n  2 3]}')).to.equal(`line 2, column 5, at \`3]}\`: ${comma}`);
    // A list written "1 299" may be two numbers or one (a range written [1 299, 1 499]): both are said, neither alone.
    expect(message('{"value": [1 299, 1 499]}')).to.equal('line 1, column 14, at `299, 1 499]}`: a comma missing before it, or a number JSON does not have');
    for (const [text, column] of [['[1 2]', 4], ['[1 -2]', 4], ['["a" "b"]', 6], ['[true false]', 7], ['[null 1]', 7], ['[1.5 2e3]', 6], ['[[1] [2]]', 6], ['[{"n": 1} {"n": 2}]', 11], ['["a""b"]', 5]] as const) {
      expect(message(text), text).to.match(new RegExp(`^line 1, column ${column}, at \`[^\`]*\`: ${comma}$`));
    }
    // In an object a comma is missing only before a name and its colon; after a name, the colon is.
    expect(message('{"a": 1 "b": 2}')).to.equal(`line 1, column 9, at \`"b": 2}\`: ${comma}`);
    expect(message('{"a": "x""b": 1}')).to.equal(`line 1, column 10, at \`"b": 1}\`: ${comma}`);
    expect(message('{"a" 1}')).to.equal('line 1, column 6, at `1}`: a colon missing before it');
    expect(message('{"a"\ttrue}')).to.equal('line 1, column 6, at `true}`: a colon missing before it');
    expect(message('{"a" ["x"]}')).to.equal('line 1, column 6, at `["x"]}`: a colon missing before it');
    // Where no hint is right, none: a value after a value in an object (a comma would not mend it), a second
    // document, a number run on, a doubled comma.
    for (const text of ['{"a": "x" "y"}', '{"a": 1 -5}', '{"a": 1 2}', '{"a": 1} {"b": 2}', '[1, 2] [3]', '[1 2026-06-01]', '[1 .5]', '[1 0x10]', '[1,,2]', '{"a": 1,, "b": 2}', '{"a" : "b" : "c"}']) {
      expect(message(text), text).to.match(/^line 1, column \d+, at `[^`]*`$/);
    }
    // A number written as a person writes it, in a list too, and the words JSON lacks.
    for (const text of ['[2026-06-01]', '[1, 2026-06-01, 3]', '[1-2]', '[01]', '[$5]', '[1, +5]', '[5.]', '[50%]', '[-Infinity]']) {
      expect(message(text), text).to.match(/: a text without double quotes, or a number JSON does not have$/);
    }
    expect(message('[1, NaN]')).to.equal('line 1, column 5, at `NaN]`: a text without double quotes, or a word JSON does not have (it has true, false and null)');
    expect(message('[1 Infinity]')).to.match(/at `Infinity]`: a text without double quotes, or a word JSON does not have/);
    // After a value in an object, a word: a text without quotes, not a word JSON lacks (true would not mend it).
    expect(message('{"title": "Python" vs Rust"}')).to.equal('line 1, column 20, at `vs Rust"}`: a text without double quotes');
    expect(message('{"a": 1 b: 2}')).to.equal('line 1, column 9, at `b: 2}`: a text without double quotes');
    // Trailing commas, quotes, comments and names, in lists and objects alike.
    expect(message('[1, 2 ,\n]')).to.equal('line 1, column 7: a comma before `]` (remove it)');
    expect(message('{"a": [1], }')).to.equal('line 1, column 10: a comma before `}` (remove it)');
    expect(message("['a', 'b']")).to.equal("line 1, column 2, at `'a', 'b']`: single quotes (JSON needs double quotes: \")");
    expect(message('["a" \'b\']')).to.match(/at `'b']`: single quotes/);
    expect(message('[1 // one\n, 2]')).to.match(/^line 1, column 4, at `\/\/ one`: a comment/);
    expect(message('{"a": 1 /* c */}')).to.match(/^line 1, column 9, at `\/\* c \*\/}`: a comment/);
    expect(message('{"a": 1, b: 2}')).to.equal('line 1, column 10, at `b: 2}`: a name without double quotes');
  });

  it('refuses a key given twice in JSON text, with its path (JSON.parse keeps the last and says nothing)', () => {
    const dup = 'duplicate key: only its last value is read (keep one)';
    const text = `{
      "version": 1, "id": "a-vs-b", "title": "A vs B",
      "items": [{ "id": "a", "name": "A" }, { "id": "b", "name": "B", "name": "Bee" }],
      "attributes": [{ "id": "speed", "label": "Speed", "values": { "a": "1 s" }, "values": { "b": "2 s" } }],
      "id": "a-vs-b"
    }`;
    const r = parseComparison(text);
    // In the order of the document; the last value is the one that was read (the document is otherwise valid).
    expect(issues(r).map((i) => `${i.path}: ${i.message}`)).to.deep.equal([`id: ${dup}`, `items[1].name: ${dup}`, `attributes[0].values: ${dup}`]);
    expect(r.ok ? '' : r.message).to.equal(`3 problems in the comparison data: id: ${dup}; items[1].name: ${dup}; attributes[0].values: ${dup}`);
    // A name written with an escape is the same name; three times is one problem; beside the others, in its place.
    const escaped = parseComparison('{"version": 1, "id": "x", "title": "X", "items": [{"id": "a", "name": "A", "n\\u0061me": "B", "name": "C"}, {"id": "b", "name": 7}], "verdikt": {}}');
    expect(issues(escaped).map((i) => `${i.path}: ${i.message}`)).to.deep.equal([`items[0].name: ${dup}`, 'items[1].name: expected a string, got 7', 'verdikt: unknown key, did you mean "verdict"?']);
    // An odd key names its path as any other; an extension, and anything inside one, may repeat: it is ignored.
    const odd = minimal() as any;
    odd.pros = { a: ['x'] };
    const oddText = JSON.stringify(odd).replace('"pros":{', '"pros":{"a b":["y"],"a b":["z"],');
    expect(paths(parseComparison(oddText))).to.include('pros["a b"]');
    const extended = JSON.stringify(minimal()).replace('{', '{"x-comment":"one","x-comment":"two","x-meta":{"k":1,"k":2},"items":[],');
    expect(paths(parseComparison(extended))).to.deep.equal(['items']);
    expect(parseComparison(JSON.stringify(minimal()).replace('{', '{"x-comment":"one","x-comment":"two","x-meta":{"k":[{"k":1,"k":2}]},')).ok).to.equal(true);
    // The same key in two objects, or in an object and a list beside it, is no duplicate.
    expect(parseComparison(JSON.stringify({ ...minimal(), attributes: [{ id: 'a', label: 'A', values: { a: 1 } }, { id: 'b', label: 'B', values: { a: 2 } }] })).ok).to.equal(true);
  });

  it('never throws on odd values', () => {
    const cyclic: any = minimal();
    cyclic.self = cyclic;
    const odd = [undefined, null, 0, '', '[]', [], true, cyclic, Object.create(null), new Date()];
    odd.forEach((v, i) => {
      const r = parseComparison(v);
      expect(r.ok, `odd value #${i}`).to.equal(false);
      if (!r.ok) expect(r.issues.length, `odd value #${i}`).to.be.greaterThan(0);
    });
  });
});

describe('URL allow-list', () => {
  const good = ['https://a.example/x?y=1#z', 'http://a.example', 'mailto:me@a.example', '/data/x.json', './x', '../x', '/', 'HTTPS://A.EXAMPLE'];
  const bad = ['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', 'vbscript:x', '//evil.example', '/\\evil.example', '/\\/evil.example', '\\/evil.example', '/\t/evil.example', 'x.json', 'ftp://a.example', 'https://a b', ''];
  for (const u of good) it(`allows ${JSON.stringify(u)}`, () => expect(isAllowedLink(u)).to.equal(true));
  for (const u of bad) it(`refuses ${JSON.stringify(u)}`, () => expect(isAllowedLink(u)).to.equal(false));

  it('refuses an http(s) URL a browser cannot open (its port, its host), in a field and in a link, once', () => {
    for (const u of ['https://example.com:99999/', 'http://[', 'https://ex\u202eample.com/']) {
      expect(isAllowedLink(u), u).to.equal(false);
      const doc: any = minimal();
      doc.items[0].url = u;
      doc.items[0].image = { src: u, alt: 'A' };
      doc.resources = [{ title: 'R', url: u }];
      const r = parseComparison(doc);
      expect(r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`), u).to.deep.equal([
        'items[0].url: not a URL a browser can open: check its host and port',
        'items[0].image.src: not a URL a browser can open: check its host and port',
        'resources[0].url: not a URL a browser can open: check its host and port',
      ]);
    }
    const r = parseComparison({ ...minimal(), description: 'x', shortAnswer: 'See [it](https://example.com:99999/).' });
    expect(r.ok ? [] : r.issues.map((i) => i.path)).to.deep.equal(['shortAnswer']);
    // The allow-list's own refusal stays one message, not two.
    const js: any = minimal();
    js.items[0].url = 'https://exa mple.com';
    const bad = parseComparison(js);
    expect(bad.ok ? [] : bad.issues.map((i) => i.message)).to.deep.equal(['not an allowed URL: use https:, http:, mailto: or a relative URL starting with /, ./ or ../ (got "https://exa mple.com", which has a space in it)']);
    // What the format allows is still allowed: a port, an IDN, an IPv6 host, a user name (the format says nothing against it).
    for (const u of ['https://example.com:8443/x', 'https://münchen.example/', 'http://[::1]:8080/', 'https://user:pass@example.com/']) expect(isAllowedLink(u), u).to.equal(true);
  });
});

describe('schema: runs without eval', () => {
  it('validates without calling the Function constructor (Zod jitless)', () => {
    const original = globalThis.Function;
    let calls = 0;
    globalThis.Function = new Proxy(original, {
      construct(target, args) {
        calls++;
        return Reflect.construct(target, args);
      },
      apply(target, self, args) {
        calls++;
        return Reflect.apply(target, self, args);
      },
    });
    try {
      const doc: any = minimal();
      doc.attributes = [{ id: 'x', label: 'X', values: { a: 1 } }];
      expect(parseComparison(clone(doc)).ok).to.equal(true);
      expect(parseComparison({ ...doc, version: 3 }).ok).to.equal(false);
    } finally {
      globalThis.Function = original;
    }
    expect(calls).to.equal(0);
  });
});

describe('JSON Schema', () => {
  it('is generated from the Zod schema with the format rules it can express', () => {
    const js: any = comparisonJsonSchema();
    expect(js.required).to.include.members(['version', 'id', 'title', 'items']);
    expect(js.properties.items.minItems).to.equal(2);
    expect(js.properties.items.maxItems).to.equal(8);
    // Every list has its bound (checked beside the schema, rules.ts), the lists in a map keyed by item id too.
    for (const list of [js.properties.attributes, js.properties.faq, js.properties.pros.additionalProperties, js.properties.track.properties.triggers]) {
      expect(list.type).to.equal('array');
      expect(list.maxItems).to.equal(MAX_LIST_LENGTH);
      expect(list).to.not.have.property('minItems');
    }
    expect(js.additionalProperties).to.equal(false);
    expect(js.patternProperties).to.have.property('^x-');
    expect(js.properties.id.pattern).to.equal('^[a-z0-9][a-z0-9-]{0,63}$');
    expect(js.properties.items.items.properties.url.pattern).to.be.a('string');
    // Maps keyed by item id take x- extension keys too.
    expect(js.properties.pros.patternProperties).to.have.property('^x-');
    expect(js.properties.attributes.items.properties.values.patternProperties).to.have.property('^x-');
    // What the Zod schema checks in code, as patterns an editor can apply, and they agree with it.
    const locale = new RegExp(js.properties.locale.pattern);
    for (const tag of ['de', 'pt-BR', 'zh-Hant-TW', 'fil']) expect(locale.test(tag), tag).to.equal(true);
    for (const tag of ['german', 'en_US', '12', '']) expect(locale.test(tag), tag).to.equal(false);
    const visible = new RegExp(js.properties.items.items.properties.name.pattern);
    expect(['A', ' x '].map((s) => visible.test(s))).to.deep.equal([true, true]);
    expect(['   ', '\u200b\u200b', '\u2066\u2069'].map((s) => visible.test(s))).to.deep.equal([false, false, false]);
    expect(js.properties.updated.format).to.equal('date');
  });

  it("reads URLs as the allow-list does, schemes in any case (a pattern has no flags)", () => {
    const js: any = comparisonJsonSchema();
    const link = new RegExp(js.properties.items.items.properties.url.pattern, 'u');
    const image = new RegExp(js.properties.items.items.properties.image.properties.src.pattern, 'u');
    const urls = ['HTTPS://A.EXAMPLE', 'Https://a.example/x', 'MailTo:me@a.example', 'mailto:me@a.example', '/x', './x', '../x', '/\\evil.example', '//evil.example', 'javascript:x', 'JavaScript:x', 'x.json', 'https://a b'];
    for (const u of urls) expect(link.test(u), u).to.equal(isAllowedLink(u));
    expect(link.test('HTTPS://A.EXAMPLE')).to.equal(true);
    expect(image.test('HTTP://A.EXAMPLE/logo.svg')).to.equal(true);
    expect(image.test('MAILTO:me@a.example')).to.equal(false);
    expect(image.test('/\\evil.example/pixel.gif')).to.equal(false);
  });
});
