/**
 * The error messages for the value shapes the format allows several of (a
 * cell is a string, a number, null or an object; a range is a number or
 * [min, max]) and for closed lists (`better`, link `kind`): an editor reads
 * these, so they must name what was expected and what was found, at the
 * right path.
 */
import { expect, oneEvent } from '@open-wc/testing';
import '../../src/define/compare-facts.js';
import type { CompareElement } from '../../src/base/compare-element.js';
import type { LoadErrorDetail } from '../../src/data/errors.js';
import { parseComparison, type ParseResult } from '../../src/schema/index.js';
import { settled, textOf } from '../helpers/util.js';

const doc = (attribute: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  version: 1,
  id: 'a-vs-b',
  title: 'A vs B',
  items: [
    { id: 'a', name: 'A' },
    { id: 'b', name: 'B' },
  ],
  attributes: [{ id: 'speed', label: 'Speed', values: { a: '1', b: '2' }, ...attribute }],
  ...extra,
});

function issues(r: ParseResult) {
  expect(r.ok, 'expected the document to be invalid').to.equal(false);
  return r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`);
}

describe('schema: messages for alternatives and closed lists', () => {
  it('a cell of none of the allowed types lists them all', () => {
    expect(issues(parseComparison(doc({ values: { a: true, b: '2' } })))).to.deep.equal([
      'attributes[0].values.a: expected a string, a number, null or an object, got true',
    ]);
    expect(issues(parseComparison(doc({ values: { a: '1', b: [1, 2] } })))).to.deep.equal([
      'attributes[0].values.b: expected a string, a number, null or an object, got a list',
    ]);
  });

  it('an object cell with a bad field is reported at that field, not as a wrong type', () => {
    expect(issues(parseComparison(doc({ values: { a: { text: 'fast', unit: 5 }, b: '2' } })))).to.deep.equal([
      'attributes[0].values.a.unit: expected a string, got 5',
    ]);
  });

  it('a value that is neither a number nor [min, max] says so, nested inside the object cell', () => {
    expect(issues(parseComparison(doc({ values: { a: { value: 'fast' }, b: '2' } })))).to.deep.equal([
      'attributes[0].values.a.value: expected a number or a list [min, max], got "fast"',
    ]);
  });

  it('a range [min, max] the wrong way round, or of three numbers, says what a range is', () => {
    expect(issues(parseComparison(doc({ values: { a: { value: [3, 1], unit: 'h' }, b: '1 h' } })))).to.deep.equal([
      'attributes[0].values.a.value: expected [min, max] with min ≤ max',
    ]);
    expect(issues(parseComparison(doc({ values: { a: { value: [1, 2, 3] }, b: '2' } })))).to.deep.equal(['attributes[0].values.a.value: expected [min, max]: two numbers']);
    expect(issues(parseComparison(doc({ values: { a: { value: [1] }, b: '2' } })))).to.deep.equal(['attributes[0].values.a.value: expected [min, max]: two numbers']);
    // (A list of another length says so, whatever is in it.)
    expect(issues(parseComparison(doc({ values: { a: { value: ['a'] }, b: '2' } })))).to.deep.equal(['attributes[0].values.a.value: expected [min, max]: two numbers']);
    expect(issues(parseComparison(doc({ values: { a: { value: [1, 'b', 3] }, b: '2' } })))).to.deep.equal(['attributes[0].values.a.value: expected [min, max]: two numbers']);
    expect(issues(parseComparison(doc({ values: { a: { value: [1, 'b'] }, b: '2' } })))).to.deep.equal(['attributes[0].values.a.value[1]: expected a number, got "b"']);
    expect(parseComparison(doc({ values: { a: { value: [2, 2], unit: 'h' }, b: '1 h' } })).ok, 'min = max').to.equal(true);
  });

  it("a group's collapseAfter is a whole number from 0 to 2⁵³ - 1, said in words", () => {
    const group = (collapseAfter: unknown) => doc({ group: 'g' }, { groups: [{ id: 'g', label: 'G', collapseAfter }] });
    expect(parseComparison(group(0)).ok).to.equal(true);
    expect(parseComparison(group(2 ** 53 - 1)).ok).to.equal(true);
    expect(issues(parseComparison(group(1.5)))).to.deep.equal(['groups[0].collapseAfter: expected a whole number, got 1.5']);
    expect(issues(parseComparison(group(-1.5)))).to.deep.equal(['groups[0].collapseAfter: expected a whole number, got -1.5']);
    const range = 'groups[0].collapseAfter: expected a whole number from 0 to 9,007,199,254,740,991';
    expect(issues(parseComparison(group(-1)))).to.deep.equal([range]);
    expect(issues(parseComparison(group('3')))).to.deep.equal(['groups[0].collapseAfter: expected a number, got "3"']);
    // Past 2⁵³: in words too (was Zod's "Invalid input").
    for (const n of [2 ** 53, 1e21, -1e20]) expect(issues(parseComparison(group(n))), String(n)).to.deep.equal([range]);
  });

  it('a map keyed by item id is an object; its values are checked at their keys, a nested unknown key too', () => {
    expect(issues(parseComparison(doc({ values: 'fast' })))).to.deep.equal(['attributes[0].values: expected an object, got "fast"']);
    expect(issues(parseComparison(doc({}, { pros: ['x'] })))).to.deep.equal(['pros: expected an object, got a list']);
    expect(issues(parseComparison(doc({}, { verdict: { text: 'T', chooseIf: { a: 5 } } })))).to.deep.equal(['verdict.chooseIf.a: expected a string, got 5']);
    expect(issues(parseComparison(doc({ values: { a: { text: '1', colour: 'red' }, b: '2' } })))).to.deep.equal(['attributes[0].values.a.colour: unknown key']);
    const r = parseComparison(JSON.stringify(doc({ values: { a: '1', b: 'x\u202ey' } })));
    expect(r.ok && r.comparison.attributes![0]!.values).to.deep.equal({ a: '1', b: 'xy' });
  });

  it('a map keyed by item id given as a Map or a class instance (the data property) is refused at its path, not read as no entries', () => {
    const entries = new Map([['a', '1'], ['b', '2']]);
    expect(issues(parseComparison(doc({ values: entries })))).to.deep.equal(['attributes[0].values: expected an object, got a Map']);
    expect(issues(parseComparison(doc({}, { pros: new Date(), verdict: { text: 'T', chooseIf: new (class Reasons {})() } })))).to.deep.equal([
      'pros: expected an object, got a Date',
      'verdict.chooseIf: expected an object, got a Reasons',
    ]);
    expect(issues(parseComparison(doc({}, { highlights: [{ topic: 'T', values: new Map() }] })))).to.deep.equal(['highlights[0].values: expected an object, got a Map']);
    // An object without a prototype, or a plain one made in another frame, is a plain object.
    const bare = Object.assign(Object.create(null), { a: '1', b: '2' });
    expect(parseComparison(doc({ values: bare })).ok).to.equal(true);
    const frame = document.body.appendChild(document.createElement('iframe'));
    const other = (frame.contentWindow as unknown as typeof globalThis).JSON.parse('{"a": "1", "b": "2"}');
    expect(Object.getPrototypeOf(other)).not.to.equal(Object.prototype);
    frame.remove();
    expect(parseComparison(doc({ values: other })).ok).to.equal(true);
  });

  it('a closed list names every allowed word', () => {
    expect(issues(parseComparison(doc({ better: 'more' })))).to.deep.equal([
      'attributes[0].better: expected one of "higher", "lower", got "more"',
    ]);
    expect(issues(parseComparison(doc({ better: 5 })))).to.deep.equal(['attributes[0].better: expected one of "higher", "lower", got 5']);
    expect(parseComparison(doc({ better: 'lower', source: { title: 'S', url: 'https://example.com/', kind: 'video' } })).ok).to.equal(true);
    const link = { title: 'Docs', url: 'https://example.com/', kind: 'podcast' };
    expect(issues(parseComparison(doc({}, { resources: [link] })))).to.deep.equal([
      'resources[0].kind: expected one of "reference", "article", "comparison", "video", "affiliate", got "podcast"',
    ]);
  });

  it('a wrong version names the one expected', () => {
    expect(issues(parseComparison({ ...doc({}), version: '1' }))).to.deep.equal(['version: expected 1, got "1"']);
    expect(issues(parseComparison({ ...doc({}), version: 2 }))).to.deep.equal(['version: expected 1, got 2']);
    expect(issues(parseComparison({ ...doc({}), version: undefined }))).to.deep.equal(['version: required (the number 1)']);
    // A URL as written, cut at 40 characters between emoji, its direction controls shown, not turning the message around.
    const url = (u: string) => issues(parseComparison({ ...doc({}), resources: [{ title: 'x', url: u }] }));
    expect(url(`ftp://${'😀'.repeat(50)}`)).to.deep.equal([`resources[0].url: not an allowed URL: use https:, http:, mailto: or a relative URL starting with /, ./ or ../ (got "ftp://${'😀'.repeat(33)}…")`]);
    expect(url('ftp://x\u202e.org')[0]).to.match(/\(got "ftp:\/\/x<U\+202E>\.org"\)$/);
    expect(issues(parseComparison(doc({ better: '\u202ehigher' })))).to.deep.equal(['attributes[0].better: expected one of "higher", "lower", got "<U+202E>higher"']);
  });

  it('a URL pasted with an invisible character or a space at an end says so: its quotes alone look like an allowed URL', () => {
    const url = (u: string) => issues(parseComparison({ ...doc({}), resources: [{ title: 'x', url: u }] }))[0]!.replace(/^.*\(got /, '(got ');
    expect(url('\u200bhttps://example.com')).to.equal('(got "<U+200B>https://example.com", which starts with an invisible character (U+200B))');
    expect(url('https://example.com ')).to.equal('(got "https://example.com ", which ends with a space)');
    expect(url('https://example.com\u00a0')).to.equal('(got "https://example.com\u00a0", which ends with a space (U+00A0))');
    expect(url('\ufeff/about')).to.equal('(got "<U+FEFF>/about", which starts with an invisible character (U+FEFF))');
    // Not trimmed: the format's allow-list has no whitespace anywhere, and the JSON Schema says the same.
    expect(url(' https://example.com')).to.equal('(got " https://example.com", which starts with a space)');
    // Inside, a space or a control: the URL starts as the rule asks, so the rule's words alone did not say what is wrong.
    expect(url('/img/my photo.png')).to.equal('(got "/img/my photo.png", which has a space in it)');
    expect(url('https://example.com/sobre\u00a0nós')).to.equal('(got "https://example.com/sobre\u00a0nós", which has a space (U+00A0) in it)');
    expect(url('/a\u0007/b')).to.equal('(got "/a\\u0007/b", which has an invisible character (U+0007) in it)');
    // (Not where the start is wrong: that is the reason.)
    expect(url('java\tscript:alert(1)')).to.equal('(got "java\\tscript:alert(1)")');
    expect(url(' /a b')).to.equal('(got " /a b", which starts with a space and has a space in it)');
    // A site's address without its scheme: the URL it meant. Not for a file name or a bare path ("logo.png", "compare/x").
    expect(url('www.docker.com')).to.equal('(got "www.docker.com", did you mean "https://www.docker.com"?)');
    expect(url('kubernetes.io/docs')).to.equal('(got "kubernetes.io/docs", did you mean "https://kubernetes.io/docs"?)');
    for (const u of ['logo.png', 'compare/docker', 'javascript:alert(1)']) expect(url(u), u).to.equal(`(got "${u}")`);
    // An item id in a key, a link's URL: wherever a message quotes author text (the element's error box shows them).
    // The path stays the document's, as written: what a program finds the key by (shown as <U+XXXX> where printed).
    const keyed = parseComparison({ ...doc({}), pros: { 'zz\u202e': ['Fast'] }, verdict: { text: '[x](ftp://\u200bx)' } });
    expect(issues(keyed)).to.deep.equal([
      'pros["zz\u202e"]: unknown item id "zz<U+202E>" (items are "a", "b")',
      'verdict.text: link URL "ftp://<U+200B>x" is not allowed: use https:, http:, mailto: or a relative URL starting with /, ./ or ../',
    ]);
    // The summary is words for a person: its paths shown.
    expect(!keyed.ok && keyed.message).to.match(/^2 problems in the comparison data: pros\["zz<U\+202E>"\]: unknown item id "zz<U\+202E>"/);
    // A zero-width non-joiner or joiner between letters is how Persian, Hindi and others are written ("می‌خواهم",
    // "क्‍ष"), and a joiner makes one emoji of several ("👩‍💻"): kept. At an edge of a value, or alone, it is shown.
    const better = (b: string) => issues(parseComparison(doc({ better: b })))[0]!.replace(/^.*, got /, '');
    expect(better('می\u200cخواهم')).to.equal('"می\u200cخواهم"');
    expect(better('क्\u200dष')).to.equal('"क्\u200dष"');
    expect(better('👩\u200d💻')).to.equal('"👩\u200d💻"');
    expect(better('\u200cمی')).to.equal('"<U+200C>می"');
    expect(better('می\u200c')).to.equal('"می<U+200C>"');
    expect(better('\u200d')).to.equal('"<U+200D>"');
    // Latin, Cyrillic and Greek letters never take one: shown ("ru‍st" looked like "rust").
    expect(better('ru\u200dst')).to.equal('"ru<U+200D>st"');
    expect(better('ру\u200cст')).to.equal('"ру<U+200C>ст"');
    expect(better('می\u200c\u200cخواهم')).to.equal('"می<U+200C><U+200C>خواهم"');
    expect(better('a\u200bb')).to.equal('"a<U+200B>b"');
    // An id too.
    expect(issues(parseComparison({ ...doc({}), id: 'a-vs-b\t' }))).to.deep.equal([
      'id: expected an id of lowercase letters, digits and hyphens (like "python-3"), at most 64 characters (got "a-vs-b\\t", which ends with a space (U+0009)), did you mean "a-vs-b"?',
    ]);
  });
});

describe('schema: the path of a problem in the compare-error event and in the error box', () => {
  it('the event has the path as in the data; the error box shows its invisible characters', async () => {
    const el = document.createElement('compare-facts') as CompareElement;
    const failed = oneEvent(el, 'compare-error');
    el.data = { ...doc({}), pros: { 'zz\u202e': ['Fast'] } };
    document.body.append(el);
    try {
      const { detail } = (await failed) as CustomEvent<LoadErrorDetail>;
      expect(detail.issues?.map((i) => [i.path, i.message])).to.deep.equal([['pros["zz\u202e"]', 'unknown item id "zz<U+202E>" (items are "a", "b")']]);
      await settled(el);
      const code = el.shadowRoot!.querySelector('[part="error"] li code');
      expect(code?.textContent).to.equal('pros["zz<U+202E>"]');
      expect(textOf(el.shadowRoot)).to.not.include('\u202e');
    } finally {
      el.remove();
    }
  });

  it('a JSON mistake\'s snippet and a for id show theirs too, as the CLI does', async () => {
    const el = document.createElement('compare-facts') as CompareElement;
    el.data = '{"version": 1, "id": "a", \u202e"title": "gnp.exe"}';
    document.body.append(el);
    const script = Object.assign(document.createElement('script'), { type: 'application/json', id: 'json\u202e' });
    const other = document.createElement('compare-facts') as CompareElement;
    other.setAttribute('for', 'json\u202e');
    script.textContent = '{"version": 1, "items": 2}';
    document.body.append(script, other);
    try {
      await settled(el);
      await settled(other);
      expect(el.error?.message).to.include('\u202e');
      const box = el.shadowRoot!.querySelector('[part="error"]')!.textContent!;
      expect(box).to.include('at `<U+202E>"title": "g`').and.not.include('\u202e');
      expect(textOf(other.shadowRoot)).to.include('id "json<U+202E>"').and.not.include('\u202e');
    } finally {
      el.remove();
      other.remove();
      script.remove();
    }
  });
});
