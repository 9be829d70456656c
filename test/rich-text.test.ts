import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import fc from 'fast-check';
import { parseRichText, richNodes, richTextLinks, richTextPlain } from '../src/rich-text/parse.js';
import { renderRichText } from '../src/rich-text/render.js';
import { parseComparison } from '../src/schema/parse.js';
import { none } from './helpers/util.js';

function rendered(source: string): HTMLElement {
  const div = document.createElement('div');
  render(renderRichText(source), div);
  return div;
}

describe('RichText: parse', () => {
  it('parses bold, italic and links', () => {
    expect(parseRichText('a **b** *c* [d](https://x.example)')).to.deep.equal([
      { type: 'text', text: 'a ' },
      { type: 'bold', children: [{ type: 'text', text: 'b' }] },
      { type: 'text', text: ' ' },
      { type: 'italic', children: [{ type: 'text', text: 'c' }] },
      { type: 'text', text: ' ' },
      { type: 'link', url: 'https://x.example', children: [{ type: 'text', text: 'd' }] },
    ]);
  });

  it('nests italic in bold and emphasis in link text', () => {
    expect(richTextPlain('**very *much* so** [**x**](/a)')).to.equal('very much so x');
    const [bold] = parseRichText('**very *much* so**');
    expect(bold).to.have.property('type', 'bold');
  });

  it('keeps unmatched markers as literal text', () => {
    for (const s of ['2 * 3 = 6', '**not closed', '[no url]', '[a](b c)', 'a*', '****', '[x](', '5 ** 2']) {
      expect(richTextPlain(s), s).to.equal(s);
    }
  });

  it('keeps an unclosed ** literal, both stars: the second does not open an italic', () => {
    expect(parseRichText('Pick a ** b *Rust* now')).to.deep.equal([
      { type: 'text', text: 'Pick a ** b ' },
      { type: 'italic', children: [{ type: 'text', text: 'Rust' }] },
      { type: 'text', text: ' now' },
    ]);
    expect(parseRichText('**unclosed *x*')).to.deep.equal([
      { type: 'text', text: '**unclosed ' },
      { type: 'italic', children: [{ type: 'text', text: 'x' }] },
    ]);
    const el = rendered('Pick a ** b *Rust* now');
    expect(el.textContent).to.equal('Pick a ** b Rust now');
    expect(el.querySelector('em')?.textContent).to.equal('Rust');
  });

  it('opens emphasis only before a word and closes it only after one, as Markdown does', () => {
    for (const s of ['2 * 3 * 4', 'a ** b ** c', 'Use *args and **kwargs; 5 * 3 * 2 = 30', 'x * y*', '** spaced **', '* a *']) {
      expect(richTextPlain(s), s).to.equal(s);
      expect(parseRichText(s), s).to.deep.equal([{ type: 'text', text: s }]);
    }
    // A marker that cannot close is skipped for the next one that can.
    expect(parseRichText('*a * b*')).to.deep.equal([{ type: 'italic', children: [{ type: 'text', text: 'a * b' }] }]);
    expect(parseRichText('**a ** b**')).to.deep.equal([{ type: 'bold', children: [{ type: 'text', text: 'a ** b' }] }]);
    // Intraword emphasis still works.
    expect(parseRichText('2*3*4')).to.deep.equal([
      { type: 'text', text: '2' },
      { type: 'italic', children: [{ type: 'text', text: '3' }] },
      { type: 'text', text: '4' },
    ]);
    const el = rendered('Use *args and **kwargs; 5 * 3 * 2 = 30');
    expect(el.textContent).to.equal('Use *args and **kwargs; 5 * 3 * 2 = 30');
    none(el.querySelector('em, strong'), 'emphasis');
  });

  it('stays fast on many openers with no closer', () => {
    // Each opener looks for a closer: a scan per opener would take minutes here and hit mocha's timeout.
    const s = '**x *y '.repeat(30_000);
    expect(richTextPlain(s)).to.equal(s);
  });

  it('balances parentheses in link URLs', () => {
    expect(richTextLinks('[Rust](https://en.wikipedia.org/wiki/Rust_(programming_language)) end')).to.deep.equal([
      'https://en.wikipedia.org/wiki/Rust_(programming_language)',
    ]);
  });

  it('reads each character a few times, not once for every "](" before it', () => {
    // "[a](" opens a link whose ")" never comes: the URL was scanned up to 2048 characters on for every one (a valid
    // FAQ of such answers froze the page for 15 s). Counted: the characters read by index, through a proxy.
    let reads = 0;
    const count = (s: string) =>
      new Proxy(new String(s), {
        get(target, key) {
          if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
          const v = Reflect.get(target, key);
          return typeof v === 'function' ? v.bind(target) : v;
        },
      }) as unknown as string;
    for (const s of ['[a]('.repeat(2500), '[a](('.repeat(2000), '[x](https://a.b/'.repeat(600), '[a](x ('.repeat(1400)]) {
      reads = 0;
      expect(richTextPlain(s)).to.equal(s);
      expect(parseRichText(count(s)), s.slice(0, 20)).to.deep.equal([{ type: 'text', text: s }]);
      expect(reads, s.slice(0, 20)).to.be.below(10 * s.length);
    }
  });

  it('stays fast on long runs of unmatched markers', () => {
    const s = '['.repeat(100_000) + '](' + '('.repeat(3000);
    // A quadratic scan would take minutes here and hit mocha's timeout.
    expect(richTextPlain(s)).to.equal(s);
  });
});

describe('RichText: parsed once for every reader', () => {
  it('gives what parseRichText gives, for any text', () => {
    const pieces = fc.constantFrom('*', '**', '[', ']', '(', ')', '](', 'https://x.example', ' ', 'a', 'é', '\n', 'javascript:');
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(pieces, { maxLength: 30 }).map((p) => p.join(''))), (s) => {
        expect(richNodes(s)).to.deep.equal(parseRichText(s));
      }),
      { numRuns: 1000 },
    );
  });

  it('parses a string once (the validator, then the view), and plain text not at all', () => {
    const s = `**bold ${Math.random()}** and [a link](https://x.example)`;
    expect(richNodes(s)).to.equal(richNodes(s));
    expect(richNodes('plain text, no markup')).to.deep.equal([{ type: 'text', text: 'plain text, no markup' }]);
    expect(richNodes('')).to.deep.equal([]);
  });

  it('parses a long string once too: a FAQ answer of 10,000 characters, read by the validator, the view and JSON-LD', () => {
    const answer = `**${Math.random()}** ${'[a]('.repeat(2490)}`;
    const doc = { version: 1, id: 'a-vs-b', title: 'A vs B', items: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }], faq: [{ question: 'Q?', answer }] };
    expect(parseComparison(doc).ok).to.equal(true);
    const nodes = richNodes(answer);
    expect(richNodes(answer)).to.equal(nodes);
    expect(nodes.length).to.equal(2);
  });

  it('parses long plain runs between markers as one text node', () => {
    const long = 'x'.repeat(50_000);
    expect(parseRichText(`${long}**b**${long}`)).to.deep.equal([
      { type: 'text', text: long },
      { type: 'bold', children: [{ type: 'text', text: 'b' }] },
      { type: 'text', text: long },
    ]);
  });
});

describe('RichText: render', () => {
  it('renders emphasis and links as elements', () => {
    const div = rendered('**Fast** and *safe*, see [docs](https://doc.example/x).');
    expect(div.querySelector('strong')!.textContent).to.equal('Fast');
    expect(div.querySelector('em')!.textContent).to.equal('safe');
    const a = div.querySelector('a')!;
    expect(a.getAttribute('href')).to.equal('https://doc.example/x');
    expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(div.textContent).to.equal('Fast and safe, see docs.');
  });

  it('never interprets HTML', () => {
    (window as any).__pwned = false;
    const div = rendered('<img src=x onerror="window.__pwned=true"><b>bold?</b> <script>window.__pwned=true</script>');
    none(div.querySelector('img, b, script'), 'img, b, script');
    expect(div.textContent).to.equal('<img src=x onerror="window.__pwned=true"><b>bold?</b> <script>window.__pwned=true</script>');
    expect((window as any).__pwned).to.equal(false);
  });

  it('shows a link with a forbidden URL as plain text', () => {
    const div = rendered('[click](javascript:alert(1))');
    none(div.querySelector('a'), 'a');
    expect(div.textContent).to.equal('click');
  });

  it('renders inside a Lit template', async () => {
    const el = await fixture(html`<p>${renderRichText('a *b*')}</p>`);
    expect(el.querySelector('em')!.textContent).to.equal('b');
  });
});

describe('rich text: links written as in Markdown', () => {
  it('takes spaces around the URL and a title after it, as Markdown does', () => {
    for (const t of ['[docs]( https://x.org)', '[docs](https://x.org "Docs")', "[docs](https://x.org 'Docs')", '[docs]( https://x.org )']) {
      expect(parseRichText(t), t).to.deep.equal([{ type: 'link', url: 'https://x.org', children: [{ type: 'text', text: 'docs' }] }]);
    }
  });

  it('makes no link of words that are only spaces or invisible characters (a link with no name)', () => {
    for (const t of ['[ ](https://x.org)', '[\u200b](https://x.org)']) expect(parseRichText(t), t).to.deep.equal([{ type: 'text', text: t }]);
  });

  it('says why a URL with a space inside is no link (it shows as text)', () => {
    expect(parseRichText('[docs](https://x.org/a b)')).to.deep.equal([{ type: 'text', text: '[docs](https://x.org/a b)' }]);
    const r = parseComparison({ version: 1, id: 'x', title: 'X', items: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }], shortAnswer: 'Read [docs](https://x.org/a b) now.' });
    expect(r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`)).to.deep.equal([
      'shortAnswer: "[docs](https://x.org/a b)" is no link: a link\'s URL has no spaces (write one as %20)',
    ]);
  });

  it('still checks the URL of a link with a title against the allow-list', () => {
    const r = parseComparison({ version: 1, id: 'x', title: 'X', items: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }], shortAnswer: '[x](javascript:alert(1) "t")' });
    expect(r.ok ? [] : r.issues.map((i) => i.path)).to.deep.equal(['shortAnswer']);
  });
});
