import { expect } from '@open-wc/testing';
import '../../src/compare-kit.js';
import type { CompareElement } from '../../src/base/compare-element.js';
import { run, embedSnippet, nestsDeeperThan, EMBED_ELEMENTS } from '../../src/cli/commands/embed.js';
import { loadFixture, settled, textOf } from '../helpers/util.js';

/** Runs the command against an in-memory file system; returns the exit code and what it printed. */
async function embed(argv: string[], files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, {
    out: (s) => out.push(s),
    err: (s) => err.push(s),
    readFile: async (p) => {
      if (!(p in files)) throw new Error(`ENOENT: no such file, open '${p}'`);
      return files[p]!;
    },
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Puts a snippet into the page the way a CMS would (parsed as HTML) and returns its element. */
async function mount(snippet: string): Promise<{ wrap: HTMLElement; el: CompareElement }> {
  const wrap = document.createElement('div');
  wrap.append(document.createRange().createContextualFragment(snippet));
  document.body.append(wrap);
  const el = wrap.querySelector<CompareElement>(EMBED_ELEMENTS.join(','))!;
  await settled(el);
  return { wrap, el };
}

const NASTY = 'Drupal vs Wordpress [gallery] [caption]x[/caption] a]]>b </script> R&D\nsecond line';

describe('compare-kit embed', () => {
  let doc: any;
  let files: Record<string, string>;
  beforeEach(async () => {
    doc = await loadFixture('minimal.json');
    doc.title = NASTY;
    doc.attributes[0].label = NASTY;
    files = { 'tea.json': JSON.stringify(doc, null, 2), 'bad.json': JSON.stringify({ ...doc, items: [{ id: 'tea', name: 42 }] }) };
  });

  it('prints the element with the JSON in a child script, which renders the same comparison', async () => {
    const r = await embed(['tea.json', '--element', 'compare-facts'], files);
    expect(r.code).to.equal(0);
    expect(r.err).to.equal('');
    expect(r.out.startsWith('<compare-facts>\n<script type="application/json">\n{')).to.equal(true);
    expect(r.out).not.to.contain('</script> R');
    const { wrap, el } = await mount(r.out);
    expect(el.state).to.equal('ready');
    expect(el.comparison!.title).to.equal(NASTY);
    expect(textOf(el.shadowRoot)).to.contain('Drupal vs Wordpress [gallery] [caption]x[/caption] a]]>b </script> R&D');
    wrap.remove();
  });

  it('--wordpress prints one line of safe JSON in a pre named by for=, which renders and hides itself', async () => {
    const r = await embed(['tea.json', '--element=facts', '--wordpress'], files);
    expect(r.code).to.equal(0);
    const [first, second, ...rest] = r.out.split('\n');
    expect(rest).to.deep.equal([]);
    const id = /^<compare-facts for="([^"]+)"><\/compare-facts>$/.exec(first!)?.[1];
    expect(id).to.match(/^compare-kit-tea-vs-coffee-[0-9a-z]+$/);
    expect(second!.startsWith(`<pre class="compare-kit-json" id="${id}">{`)).to.equal(true);
    for (const raw of ['[gallery]', 'Wordpress', ']]>', '</script>', '&', '<b']) expect(second!.slice(40, -6)).not.to.contain(raw);
    const json = second!.slice(second!.indexOf('>') + 1, -'</pre>'.length);
    expect(JSON.parse(json)).to.deep.equal(doc);
    // Same content, same id: a second run gives the same snippet.
    expect((await embed(['tea.json', '--element=facts', '--wordpress'], files)).out).to.equal(r.out);
    const { wrap, el } = await mount(r.out);
    expect(el.comparison!.title).to.equal(NASTY);
    expect(wrap.querySelector('pre')!.hidden).to.equal(true);
    wrap.remove();
  });

  it('--wordpress --script prints the safe JSON inside the element, on one line', async () => {
    const r = await embed(['tea.json', '--wordpress', '--script', '--sections', 'facts verdict'], files);
    expect(r.code).to.equal(0);
    expect(r.out).not.to.contain('\n');
    expect(r.out.startsWith('<compare-page sections="facts verdict"><script type="application/json">{')).to.equal(true);
    const { wrap, el } = await mount(r.out);
    expect(el.comparison!.attributes![0]!.label).to.equal(NASTY);
    wrap.remove();
  });

  it('validates first: problems with their paths, exit code 1, nothing printed', async () => {
    const r = await embed(['bad.json', '--wordpress'], files);
    expect(r.code).to.equal(1);
    expect(r.out).to.equal('');
    expect(r.err).to.contain('bad.json is not a valid comparison');
    expect(r.err).to.contain('items[0].name: expected a string, got');
    const syntax = await embed(['x.json'], { 'x.json': '{"version": 1,' });
    expect(syntax.code).to.equal(1);
    // Worded as render and validate word it: what, then where.
    expect(syntax.err).to.equal('compare-kit embed: x.json is not valid JSON:\n  it ends too soon (line 1)');
  });

  it('says what is wrong with the command line (exit code 2)', async () => {
    const cases: [string[], RegExp][] = [
      [[], /which file\?/],
      [['tea.json', '--element', 'compare-nothing'], /unknown element "compare-nothing"/],
      [['tea.json', '--colour'], /unknown option --colour/],
      [['tea.json', 'other.json'], /one file at a time/],
      [['tea.json', '--script'], /--script goes with --wordpress/],
      [['tea.json', '--wordpress', '--id', '1"><script>'], /--id "1"><script>": use a letter/],
      [['tea.json', '--element', 'facts', '--sections', 'faq'], /--sections is for --element compare-page/],
      [['tea.json', '--sections', 'verdict fact'], /unknown section "fact": one of header, verdict/],
      [['tea.json', '--element'], /--element needs a value/],
    ];
    for (const [argv, message] of cases) {
      const r = await embed(argv, files);
      expect(r.code, argv.join(' ')).to.equal(2);
      expect(r.err, argv.join(' ')).to.match(message);
      expect(r.out).to.equal('');
    }
    const help = await embed(['--help'], files);
    expect(help.code).to.equal(0);
    expect(help.out).to.contain('Usage: compare-kit embed <file.json>');
  });

  it('cannot read the file: exit code 1, as validate and render', async () => {
    const r = await embed(['missing.json'], files);
    expect(r.code).to.equal(1);
    expect(r.err).to.match(/cannot read missing.json: ENOENT/);
  });

  it('keeps x- extensions nested as deep as 200 levels, as written', async () => {
    const d = JSON.parse(files['tea.json']!);
    d['x-tree'] = JSON.parse(`${'['.repeat(199)}7${']'.repeat(199)}`); // 200 levels with the document itself
    const r = await embed(['tree.json'], { 'tree.json': JSON.stringify(d) });
    expect(r.code, r.err).to.equal(0);
    expect(r.err).to.equal('');
    expect(r.out.replace(/\s/g, '')).to.contain(`"x-tree":${'['.repeat(199)}7`);
    expect(nestsDeeperThan(d, 200)).to.equal(false);
    expect(nestsDeeperThan({ a: d }, 200)).to.equal(true);
    expect(nestsDeeperThan([1, 'x', null], 1)).to.equal(false);
    expect(nestsDeeperThan([[]], 1)).to.equal(true);
  });

  it('leaves out x- extensions nested too deep to copy, says so, and the snippet renders', async function () {
    this.timeout(60000); // WebKit parses and walks deep JSON slowly on a busy machine (twice: the duplicate-key scan)
    const d = JSON.parse(files['tea.json']!);
    d.attributes = [{ id: 'a', label: 'A', values: { [d.items[0].id]: 1, 'x-src': 0 } }];
    d['x-deep'] = 0;
    // JSON text written by hand: JSON.stringify itself cannot write 30,000 levels (V8 stops near 5,000).
    const nest = `${'['.repeat(30_000)}${']'.repeat(30_000)}`;
    const text = JSON.stringify(d).replace('"x-deep":0', `"x-deep":${nest}`).replace('"x-src":0', `"x-src":${nest}`);
    const r = await embed(['deep.json'], { 'deep.json': text });
    expect(r.code, r.err).to.equal(0);
    expect(r.err).to.contain('x- extensions nested too deep to copy are left out');
    expect(r.out).to.not.contain('x-src');
    const { wrap, el } = await mount(r.out);
    expect(el.state).to.equal('ready');
    wrap.remove();
  });

  it('takes a file with a byte-order mark, and every element by its short name', async () => {
    expect((await embed(['bom.json'], { 'bom.json': `\uFEFF${files['tea.json']}` })).code).to.equal(0);
    for (const tag of EMBED_ELEMENTS) {
      expect(embedSnippet(doc, { element: tag.slice('compare-'.length), wordpress: true, id: 'x' })).to.match(new RegExp(`^<${tag} for="x"></${tag}>\n<pre`));
    }
  });
});
