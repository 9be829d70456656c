import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { loadFixture, settled, textOf } from '../helpers/util.js';

// The files `npm run build` writes (npm test builds first).
describe('dist/compare-kit.js (the script-tag bundle)', () => {
  it('is one module with no bare imports', async () => {
    const res = await fetch('/dist/compare-kit.js');
    expect(res.status).to.equal(200);
    const code = await res.text();
    expect(code).to.not.match(/(?:^|[\s;}])from\s*["'](?![./])/m); // (not the word in a string: "from"===t)
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

  it('keeps the spaces the templates start with (the minifier collapses whitespace, never removes it)', async () => {
    await import(/* @vite-ignore */ '/dist/compare-kit.js' as string);
    const demo = await fetch('/demo/data/python-vs-rust.json').then((r) => r.json());
    const chart = await fixture<any>(html`<compare-chart .data=${demo}></compare-chart>`);
    await settled(chart);
    const title = textOf(chart.shadowRoot.querySelector('[part="row-label"] .title'));
    expect(title).to.match(/^\S.* \(.+\)$/); // "Package Ecosystem Size (packages available)"
    const facts = await fixture<any>(html`<compare-facts .data=${demo}></compare-facts>`);
    await settled(facts);
    const best = facts.shadowRoot.querySelector('span.badge[part="winner"]');
    expect(best, 'a best badge').to.not.equal(null);
    expect(textOf(best.parentElement), 'a space before the badge').to.match(/\S best$/);
  });

  it('loads twice without throwing', async () => {
    await import(/* @vite-ignore */ '/dist/compare-kit.js?twice' as string);
    expect(customElements.get('compare-facts')).to.exist;
  });
});

/**
 * The language tables beside the bundle (dist/compare-kit.<lang>-<hash>.js):
 * fetched only by a page in that language, also when the bundle's URL has a
 * query (WordPress adds ?ver=), and they import nothing (no second copy of
 * the bundle).
 */
describe('dist/: languages loaded on demand', function () {
  this.timeout(20000);

  async function page(lang: string, json?: string) {
    const frame = document.createElement('iframe');
    const text: string = json ?? (await fetch('/test/fixtures/minimal.json').then((r) => r.text()));
    const data = text.replace(/</g, '\\u003c');
    frame.srcdoc = `<!doctype html><html lang="${lang}"><head><script type="module" src="/dist/compare-kit.js?ver=1.2.3"></script></head>
      <body><compare-facts><script type="application/json">${data}</script></compare-facts></body></html>`;
    const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    document.body.append(frame);
    await loaded;
    const facts = () => frame.contentDocument!.querySelector<any>('compare-facts');
    await waitUntil(() => facts()?.shadowRoot?.querySelector('caption'), 'facts rendered', { timeout: 15000 });
    const requests = (frame.contentWindow!.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => new URL(e.name).pathname);
    const caption = textOf(facts().shadowRoot.querySelector('caption'));
    const best = textOf(facts().shadowRoot.querySelector('[part~="winner"]')?.closest('td'));
    frame.remove();
    return { caption, requests, best };
  }

  it('an English page loads no table', async () => {
    const { caption, requests } = await page('en');
    expect(caption).to.equal('Key Facts & Figures');
    expect(requests.filter((p) => /compare-kit\.\w+-/.test(p))).to.deep.equal([]);
  });

  it('a German page loads the German table only, and once', async () => {
    const { caption, requests } = await page('de-AT');
    expect(caption).to.equal('Wichtige Fakten & Zahlen');
    const tables = requests.filter((p) => /compare-kit\.\w+-/.test(p));
    expect(tables).to.have.length(1);
    expect(tables[0]).to.match(/^\/dist\/compare-kit\.de-[\w-]+\.js$/);
    expect(requests.filter((p) => p.endsWith('/compare-kit.js'))).to.have.length(1);
  });

  it('a page in "no" (Norwegian) loads the Bokmål file, compare-kit.nb-*.js, and reads its interface', async () => {
    const { caption, requests } = await page('no');
    expect(caption).to.equal('Viktige fakta og tall');
    const tables = requests.filter((p) => /compare-kit\.\w+-/.test(p));
    expect(tables).to.have.length(1);
    expect(tables[0]).to.match(/^\/dist\/compare-kit\.nb-[\w-]+\.js$/);
  });

  it('a page in "zh-TW" loads the Traditional Chinese table (compare-kit.zh-Hant-*.js) and the Chinese value words', async () => {
    const { caption, requests } = await page('zh-TW');
    expect(caption).to.equal('關鍵資料一覽');
    const tables = requests.filter((p) => /compare-kit\.\w+-/.test(p)).map((p) => p.replace(/-[\w-]{6}\.js$/, ''));
    expect(tables.sort()).to.deep.equal(['/dist/compare-kit.zh', '/dist/compare-kit.zh-Hant']);
  });

  it('a page in "sr-Latn" loads the Latin Serbian table (compare-kit.sr-Latn-*.js) and the Serbian value words; "bs" Croatian\'s file', async () => {
    const latin = await page('sr-Latn');
    expect(latin.caption).to.equal('Ključne činjenice i brojke');
    expect(latin.requests.filter((p) => /compare-kit\.\w+-/.test(p)).map((p) => p.replace(/-[\w-]{6}\.js$/, '')).sort()).to.deep.equal(['/dist/compare-kit.sr', '/dist/compare-kit.sr-Latn']);
    const bosnian = await page('bs');
    expect(bosnian.caption).to.equal('Ključne činjenice i brojke');
    expect(bosnian.requests.filter((p) => /compare-kit\.\w+-/.test(p)).map((p) => p.replace(/-[\w-]{6}\.js$/, ''))).to.deep.equal(['/dist/compare-kit.hr']);
  });

  // A comparison in a language with value words but no interface table, on an English page: that language's words
  // file only, and its values read with them (as plain numbers, the other value would win). "no" loads Bokmål's.
  for (const [locale, file, values, best] of [
    ['ru', 'ru', { a: '2 дня', b: '30 ч' }, /^2 дня/],
    ['no', 'nb', { a: '3 måneder', b: '1 år' }, /^1 år/],
  ] as const) {
    it(`a comparison in "${locale}" on an English page loads compare-kit.${file}-*.js only, and reads its values with it`, async () => {
      const doc = {
        version: 1,
        id: `${locale}-words`,
        title: 'A / B',
        locale,
        items: [
          { id: 'a', name: 'A' },
          { id: 'b', name: 'B' },
        ],
        attributes: [{ id: 'x', label: 'X', key: true, better: 'higher', values }],
      };
      const result = await page('en', JSON.stringify(doc));
      expect(result.caption).to.equal('Key Facts & Figures');
      const tables = result.requests.filter((p) => /compare-kit\.\w+-/.test(p));
      expect(tables).to.have.length(1);
      expect(tables[0]).to.match(new RegExp(`^/dist/compare-kit\\.${file}-[\\w-]+\\.js$`));
      expect(result.best).to.match(best);
    });
  }

  it('ships tables (and the hydration support) that import nothing', async () => {
    const bundle = await fetch('/dist/compare-kit.js').then((r) => r.text());
    const files = [...new Set([...bundle.matchAll(/import\(\s*[`'"]\.\/(compare-kit\.[\w-]+\.js)[`'"]\s*\)/g)].map((m) => m[1]!))];
    // Besides the tables, one more file: Lit's hydration support, for server-rendered pages only (test/ssr/run-ssr.mjs).
    const tables = files.filter((f) => !f.startsWith('compare-kit.lit-element-hydrate-support-'));
    expect(files.length - tables.length).to.equal(1);
    // One file per language, its interface words and the words values are written with (no → nb, bs → hr, ms → id's
    // words, the interface stays English); zh-Hant and sr-Latn: Traditional Chinese's and Latin Serbian's interface
    // words, their values read with zh's and sr's.
    expect(tables.map((t) => t.slice('compare-kit.'.length, -'-123456.js'.length)).sort()).to.deep.equal(['ar', 'bg', 'bn', 'ca', 'cs', 'da', 'de', 'el', 'es', 'fa', 'fi', 'fr', 'he', 'hi', 'hr', 'hu', 'id', 'it', 'ja', 'ko', 'lt', 'nb', 'nl', 'pl', 'pt', 'ro', 'ru', 'sk', 'sr', 'sr-Latn', 'sv', 'th', 'tr', 'uk', 'vi', 'zh', 'zh-Hant']);
    for (const table of files) {
      const code = await fetch(`/dist/${table}`).then((r) => r.text());
      if (tables.includes(table)) expect(code, table).to.match(/^export\s*\{/m);
      expect(code, table).to.not.match(/\bimport\s*[({*`'"]|\bimport\s+[\w$]+\s+from\b/);
    }
  });
});

/**
 * Registration on a real page (a fresh iframe, so a fresh element registry):
 * the bundle included twice, per-element modules before or after it, a late
 * copy while elements are live. No exception, and the elements work.
 */
describe('registering twice (hostile pages)', function () {
  this.timeout(30000);
  const doc = (name: string) => fetch(`/test/fixtures/${name}`).then((r) => r.text());

  async function page(scripts: string[], late?: string) {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width:800px;height:600px';
    const inline = (await doc('minimal.json')).replace(/</g, '\\u003c');
    frame.srcdoc = `<!doctype html><html><head>
      <script>window.errors = []; addEventListener('error', (e) => errors.push(String(e.message))); addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));</script>
      ${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('\n')}
      </head><body>
      <compare-facts src="/test/fixtures/minimal.json"></compare-facts>
      <compare-page src="/test/fixtures/three-databases.json"></compare-page>
      <compare-verdict><script type="application/json">${inline.replace('"title"', '"verdict": { "text": "Tea." }, "title"')}</script></compare-verdict>
      </body></html>`;
    const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as Window & { errors: string[] };
    const all = () => {
      const els = [...frame.contentDocument!.querySelectorAll<any>('compare-facts, compare-page, compare-verdict')];
      return [...els, ...els.flatMap((el) => [...(el.shadowRoot?.querySelectorAll('[part~="section"] > :not(slot)') ?? [])])] as any[];
    };
    const ready = async () => {
      await waitUntil(() => all().length > 8 && all().every((el) => el.state === 'ready' || el.state === 'empty'), 'every element ready', { timeout: 15000 }).catch(() => {
        throw new Error(`not ready: ${all().map((el) => `${el.localName} ${el.state}`).join(', ')}; errors: ${win.errors.join('; ')}`);
      });
      return all();
    };
    let els = await ready();
    if (late) {
      const d = frame.contentDocument!;
      const script = Object.assign(d.createElement('script'), { type: 'module', src: late });
      const done = new Promise((r) => script.addEventListener('load', r, { once: true }));
      d.head.append(script);
      await done;
      els = await ready();
    }
    const errors = [...win.errors];
    const facts = frame.contentDocument!.querySelector<any>('compare-facts');
    const caption = textOf(facts.shadowRoot.querySelector('caption'));
    frame.remove();
    return { errors, count: els.length, caption };
  }

  const orders: [string, string[], string?][] = [
    ['the bundle included twice (same URL)', ['/dist/compare-kit.js', '/dist/compare-kit.js']],
    ['two copies of the bundle (two URLs)', ['/dist/compare-kit.js', '/dist/compare-kit.js?copy=2']],
    ['per-element modules after the bundle', ['/dist/compare-kit.js', '/dist/compare-facts.js', '/dist/compare-page.js', '/dist/compare-verdict.js']],
    ['per-element modules before the bundle', ['/dist/compare-facts.js', '/dist/compare-verdict.js', '/dist/compare-kit.js']],
    ['another copy loaded late, while the elements are live', ['/dist/compare-kit.js'], '/dist/compare-kit.js?late=1'],
    // The same from the sources (no build needed): a second instance of a define module registers again.
    ['the source define modules loaded twice', ['/src/compare-kit.ts', '/src/define/compare-facts.ts?copy=2', '/src/define/compare-verdict.ts?copy=2']],
    ['a per-element source module after the full one, and a late copy', ['/src/compare-kit.ts', '/src/define/compare-facts.ts?copy=2'], '/src/define/compare-page.ts?late=1'],
  ];
  for (const [name, scripts, late] of orders) {
    it(`${name}: no exception, the page works`, async () => {
      const r = await page(scripts, late);
      expect(r.errors).to.deep.equal([]);
      expect(r.caption).to.equal('Key Facts & Figures');
      expect(r.count).to.be.greaterThan(8);
    });
  }
});

describe('dist/comparison.schema.json', () => {
  it('is published, generated from the schema', async () => {
    const schema = await (await fetch('/dist/comparison.schema.json')).json();
    expect(schema.$schema).to.match(/json-schema\.org/);
    expect(schema.properties.items.minItems).to.equal(2);
    expect(Object.keys(schema.properties)).to.include.members(['version', 'id', 'title', 'items', 'attributes', 'verdict', 'faq']);
  });
});
