// npm run test:ssr — server rendering and hydration, end to end, in Chromium.
//
// Renders the demo comparison with the built Node API (dist/node/ssr.js), serves
// pages made of that HTML and the built bundle (dist/compare-kit.js) from a small
// Node HTTP server, and drives the system Chromium through playwright-core:
//
//  1. JavaScript disabled: the verdict, the key facts and the FAQ are in the
//     rendered text (declarative shadow DOM), nothing says "Loading", the
//     "Show only differences" box is not ticked, the track form has its field,
//     and a FAQ question opens (a native <details>).
//  2. JavaScript enabled, for a <compare-page> (English and Arabic) and for
//     single elements (German): every element, nested ones included, hydrates
//     to "ready" with no console error; the nodes the server rendered are the
//     nodes on the page afterwards (marked by an inline script before the
//     bundle runs), no node is added to or removed from a shadow root, the page
//     height is unchanged, the layout shift sum is 0, the words are those the
//     browser renders itself, and the hydrated page looks like the page without
//     JavaScript (screenshots: no pixel differs by more than anti-aliasing).
//     A browser that voted before hydrates the same HTML without a mismatch,
//     then shows its vote.
//  3. Interactivity after hydration: "Show N more", "Show only differences",
//     the vote (POSTed to the page's vote endpoint), a FAQ question opened by
//     click and by a #faq-… link, and the track form (POSTed to its endpoint).
//  4. Without Lit's hydration support file, and with server HTML that a CMS put
//     <p>s into (wpautop): the elements render afresh, with no error, and work.
//
// Prints one summary line; exits 1 when a check fails.
//
//   node test/ssr/run-ssr.mjs [--dist dist] [--port 0] [--keep-shots]
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { values: args } = parseArgs({
  options: {
    dist: { type: 'string', default: process.env.SSR_DIST ?? 'dist' },
    port: { type: 'string', default: process.env.SSR_PORT ?? '0' },
    'keep-shots': { type: 'boolean', default: false },
  },
});
const dist = resolve(root, args.dist);
const { renderToString } = await import(pathToFileURL(join(dist, 'node/ssr.js')).href);
const bundle = readFileSync(join(dist, 'compare-kit.js'));
// The optional stylesheet that keeps space for elements before their script runs: it must leave
// server-rendered elements alone, so the pages link it (when the build has it).
const preloadCss = existsSync(join(dist, 'compare-kit.css')) ? readFileSync(join(dist, 'compare-kit.css')) : null;
const demo = JSON.parse(readFileSync(join(root, 'demo/data/python-vs-rust.json'), 'utf8'));

// ---------------------------------------------------------------------------
// Checks

let passed = 0;
const failures = [];
function check(ok, what, detail = '') {
  if (ok) passed++;
  else failures.push(`${what}${detail ? `: ${detail}` : ''}`);
  return ok;
}

// ---------------------------------------------------------------------------
// Pages

const t0 = performance.now();
const pageHtml = renderToString(demo, { locale: 'en', voteEndpoint: '/api/vote', endpoint: '/api/track', url: 'http://localhost/page' });
const renderMs = performance.now() - t0;
const pageAr = renderToString(demo, { locale: 'ar' });
const singles = ['header', 'verdict', 'facts', 'table', 'chart', 'proscons', 'faq', 'track']
  .map((e) => `<h2>${e}</h2>\n${renderToString(demo, { element: e, locale: 'de', headingLevel: 3 })}`)
  .join('\n');

// A page and a sign-up of the same comparison beside it (a sidebar's <compare-track>): no id twice in the HTML, so
// each label names its own field before the script runs.
{
  const both = pageHtml + renderToString(demo, { element: 'track', endpoint: '/api/track' });
  // The document's ids: not those inside a declarative shadow root (each root has its own).
  const ids = [];
  let depth = 0;
  for (const m of both.matchAll(/<template[^>]*\sshadowrootmode[^>]*>|<\/template>|\sid="([^"]+)"/g)) {
    if (m[0].startsWith('<template')) depth++;
    else if (m[0] === '</template>') depth--;
    else if (depth === 0) ids.push(m[1]);
  }
  const twice = ids.filter((id, k) => ids.indexOf(id) !== k);
  check(ids.length >= 4 && twice.length === 0, 'a page and a <compare-track> of one comparison: no id twice', `${ids.length} ids; twice: ${twice.join(' ')}`);
  const fors = [...both.matchAll(/<label[^>]*\sfor="([^"]+)"/g)].map((m) => m[1]);
  check(fors.length === 2 && fors.every((f) => ids.includes(f)), 'each email label names its own field', fors.join(' '));
}

// Every style sheet is one a CSS minifier accepts: no ";" after its last rule (an app's build minifies the inline
// <style> of server-rendered HTML: Vite's lightningcss stopped at "…{text-align:left};").
{
  const sheets = [...pageHtml.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
  const bad = sheets.filter((css) => /\}\s*;\s*$/.test(css));
  check(sheets.length > 10 && bad.length === 0, 'server-rendered style sheets end with a rule, not a stray ";"', `${bad.length} of ${sheets.length}: …${bad[0]?.slice(-60)}`);
}

// A CSP nonce goes on every <style> of every shadow root (a nested <compare-page> section's too), and a nonce that
// could break out of its attribute is refused.
{
  const out = renderToString(demo, { nonce: 'r4nd0m+/nonce==' });
  const styles = [...out.matchAll(/<style[^>]*>/g)].map((m) => m[0]);
  check(styles.length > 10 && styles.every((t) => t === '<style nonce="r4nd0m+/nonce==">'), 'nonce: on every <style>', styles.find((t) => !t.includes('nonce')) ?? '');
  check(!renderToString(demo).includes('nonce='), 'no nonce: none written');
  let refused = '';
  try {
    renderToString(demo, { nonce: 'x" onload="alert(1)' });
  } catch (e) {
    refused = e instanceof RangeError ? e.message : `${e}`;
  }
  check(/^nonce "/.test(refused), 'nonce: one with a quote is refused (RangeError)', refused);
}

// An x- extension of any depth is ignored (docs/security.md): it renders, and the inline data leaves it out.
{
  const nest = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
  const text = JSON.stringify({ ...demo, 'x-deep': 0 }).replace('"x-deep":0', `"x-deep":${nest}`);
  let out;
  try {
    out = renderToString(text, { element: 'facts' });
  } catch (e) {
    out = `threw ${e}`;
  }
  check(out.includes('<compare-facts') && !out.includes('x-deep'), 'a 100,000-level x- extension: rendered, left out of the inline data', out.slice(0, 200));
}

// Every built-in interface table is registered on the server (src/i18n/all.ts): the verdict in each language's words.
{
  const verdicts = { de: 'Unser Fazit', fr: 'Notre verdict', es: 'Nuestro veredicto', ja: '総評', ar: 'رأينا النهائي', it: 'Il nostro verdetto', pt: 'Nossa avaliação', nl: 'Ons oordeel', pl: 'Nasz werdykt', ru: 'Наш вердикт', zh: '我们的结论', 'zh-TW': '我們的結論', 'zh-HK': '我們的結論', 'zh-CN': '我们的结论', ko: '총평', hi: 'हमारा निष्कर्ष', sv: 'Vårt omdöme', da: 'Vores vurdering', nb: 'Vår vurdering', no: 'Vår vurdering', fi: 'Arviomme', el: 'Το συμπέρασμά μας', vi: 'Đánh giá của chúng tôi', id: 'Penilaian kami', th: 'บทสรุปของเรา', he: 'השורה התחתונה', fa: 'جمع\u200cبندی ما' };
  for (const [locale, heading] of Object.entries(verdicts)) {
    const out = renderToString(demo, { element: 'verdict', locale });
    check(out.includes(heading) && !out.includes('Our Verdict'), `render in ${locale}: "${heading}"`, out.slice(0, 200));
  }
}
// …Slovak, Croatian (Bosnian reads it), Serbian in Cyrillic and in Latin letters, Bulgarian; and a Serbian comparison
// in Latin letters reads its values with Serbian's words: "2 godine" is longer than "18 meseci".
{
  const verdicts = { sk: 'Náš verdikt', hr: 'Naš zaključak', bs: 'Naš zaključak', sr: 'Наш закључак', 'sr-Latn': 'Naš zaključak', 'sr-ME': 'Naš zaključak', bg: 'Нашата оценка' };
  for (const [locale, heading] of Object.entries(verdicts)) {
    const out = renderToString(demo, { element: 'verdict', locale });
    check(out.includes(heading) && !out.includes('Our Verdict'), `render in ${locale}: "${heading}"`, out.slice(0, 200));
  }
  const garancija = {
    version: 1,
    id: 'garancija',
    title: 'A / B',
    locale: 'sr-Latn',
    items: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }],
    attributes: [{ id: 'garancija', label: 'Garancija', key: true, better: 'higher', values: { a: '18 meseci', b: '2 godine' } }],
  };
  const out = renderToString(garancija, { element: 'facts', locale: 'sr-Latn' });
  const cells = [...out.matchAll(/<td\b[\s\S]*?<\/td>/g)].map((m) => m[0]);
  const best = cells.filter((td) => td.includes('part="winner"'));
  check(out.includes('Ključne činjenice i brojke') && best.length === 1 && best[0].includes('2 godine'), 'render in sr-Latn: the Latin interface, and "2 godine" the best beside "18 meseci"', best.join('\n') || out.slice(0, 400));
}

/**
 * Before the bundle runs (module scripts wait for the parser, this inline
 * script does not): every shadow root the parser attached, every node with a
 * part inside them, the page height, and a MutationObserver on each root.
 */
const MARK = `<script>
(() => {
  const roots = [];
  const walk = (r) => { for (const el of r.querySelectorAll('*')) if (el.shadowRoot) { roots.push(el.shadowRoot); walk(el.shadowRoot); } };
  walk(document);
  const ck = (window.__ck = { roots, marks: roots.flatMap((r) => [...r.querySelectorAll('[part]')]), changes: [], height: document.body.getBoundingClientRect().height });
  const mo = new MutationObserver((records) => {
    for (const r of records) ck.changes.push(r.type + ' in <' + (r.target.host ?? r.target.parentNode?.host ?? r.target).localName + '>' + (r.addedNodes.length ? ' +' + r.addedNodes.length : '') + (r.removedNodes.length ? ' -' + r.removedNodes.length : ''));
  });
  for (const r of roots) mo.observe(r, { childList: true, subtree: true, characterData: true });
  ck.stop = () => mo.disconnect();
})();
</script>`;

/**
 * The bundle, once the page is parsed and painted. A page this long is
 * painted while it is still being parsed, and its tables widen as more rows
 * arrive: layout shifts of the static HTML itself, JavaScript or not (a
 * static page of this HTML shows them too). Loading the bundle after that
 * makes every layout shift counted from `__t0` on one that hydration caused.
 */
const LOAD = `<script type="module">
await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
window.__t0 = performance.now();
await import('/compare-kit.js?ver=1.2.3'); // as WordPress loads it
</script>`;

/** In <head>: the layout shifts from the first paint on (the check counts those after `__t0`). */
const SHIFTS = `<script>
window.__shift = 0;
window.__shifts = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    if (e.hadRecentInput || window.__t0 === undefined || e.startTime < window.__t0) continue;
    window.__shift += e.value;
    window.__shifts.push(Math.round(e.startTime) + 'ms ' + e.value.toFixed(4) + ' ' + e.sources.map((s) => (s.node?.localName ?? s.node?.nodeName ?? '?') + (s.node?.getAttribute?.('part') ? '[' + s.node.getAttribute('part') + ']' : '') + ' ' + JSON.stringify([s.previousRect.y, s.previousRect.height, s.currentRect.y, s.currentRect.height])).join(', '));
  }
}).observe({ type: 'layout-shift', buffered: true });
</script>`;

const doc = (lang, body, { dir = 'ltr', head = '', load = LOAD } = {}) => `<!doctype html>
<html lang="${lang}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>compare-kit server rendering</title>${head}
<link rel="icon" href="data:,">${preloadCss ? '\n<link rel="stylesheet" href="/compare-kit.css">' : ''}
<style>body { margin: 0 auto; max-width: 72rem; padding: 1rem; font-family: system-ui, sans-serif; } footer { padding: 2rem 0; }</style>
${SHIFTS}
</head>
<body>
<main>
${body}
</main>
<footer id="after">The end of the page.</footer>
${MARK}
${load}
</body>
</html>`;

/** A page's own hook for Lit's hydration support (another Lit on the page): the bundle neither uses nor replaces it. */
const FOREIGN = '<script>window.litElementHydrateSupport = function foreign() { window.__foreign = (window.__foreign ?? 0) + 1; };</script>';

const pages = {
  '/page.html': doc('en', pageHtml),
  '/page-ar.html': doc('ar', pageAr, { dir: 'rtl' }),
  '/elements.html': doc('de', singles),
  '/page-foreign.html': doc('en', pageHtml, { head: FOREIGN }),
};
/**
 * Server HTML that a CMS's auto-paragraphs changed on its way (WordPress's wpautop, classic content: `</p>` before and
 * `<p>` after every `<div>`, inside the shadow roots' markup too): Lit cannot hydrate it; the elements render afresh.
 */
const autop = (h) => `<p>${h.replace(/<div\b/g, '</p>\n<div').replace(/<\/div>/g, '</div>\n<p>')}</p>`;
const mangled = doc('en', `<p>Intro.</p>\n${autop(renderToString(demo, { element: 'verdict', locale: 'en' }))}\n${autop(renderToString(demo, { sections: 'verdict facts faq', locale: 'en' }))}`);
/** The bundle served where its hydration support file is missing (a 404): the elements render afresh, once. */
const missing = doc('en', pageHtml, { load: LOAD.replace('/compare-kit.js?ver=1.2.3', '/missing/compare-kit.js') });

// ---------------------------------------------------------------------------
// Server: the pages, the bundle, and the two endpoints (recording what they get)

const posts = [];
const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (req.method === 'POST' && url.pathname.startsWith('/api/')) {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      posts.push({ path: url.pathname, body });
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"ok":true}');
    });
    return;
  }
  if (url.pathname === '/compare-kit.css' && preloadCss) {
    res.writeHead(200, { 'Content-Type': 'text/css' }).end(preloadCss);
    return;
  }
  if (url.pathname === '/autop.html') {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(mangled);
    return;
  }
  if (url.pathname === '/missing.html') {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(missing);
    return;
  }
  if (url.pathname === '/compare-kit.js' || url.pathname === '/missing/compare-kit.js') {
    res.writeHead(200, { 'Content-Type': 'text/javascript', 'Cache-Control': 'no-store' }).end(bundle);
    return;
  }
  // The language tables the bundle loads on demand (German and Arabic pages).
  if (/^\/compare-kit\.[\w-]+\.js$/.test(url.pathname) && existsSync(join(dist, url.pathname.slice(1)))) {
    res.writeHead(200, { 'Content-Type': 'text/javascript', 'Cache-Control': 'no-store' }).end(readFileSync(join(dist, url.pathname.slice(1))));
    return;
  }
  const page = pages[url.pathname];
  if (page) res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page);
  else res.writeHead(404).end();
});
await new Promise((r) => server.listen(Number(args.port), '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--font-render-hinting=none'],
});
const shotDir = join(root, '.tmp/ssr-shots');
if (args['keep-shots']) mkdirSync(shotDir, { recursive: true });

/** Viewport as tall as the page: layout shifts count only for what is in the viewport. */
const VIEWPORT = { width: 1200, height: 15000 };

const plain = (s) => s.replace(/\*\*|__|\*|_/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
const norm = (s) => s.replace(/\s+/g, ' ').trim();

try {
  // 1. Without JavaScript -----------------------------------------------------
  const noJs = await browser.newContext({ javaScriptEnabled: false, viewport: VIEWPORT });
  const shotsNoJs = {};
  for (const path of Object.keys(pages)) {
    const p = await noJs.newPage();
    await p.goto(base + path, { waitUntil: 'load' });
    shotsNoJs[path] = await p.screenshot({ fullPage: true, ...(args['keep-shots'] && { path: join(shotDir, `nojs${path.replace(/\W+/g, "-")}.png`) }) });
    if (path !== '/page.html') {
      await p.close();
      continue;
    }
    // What a reader (or a crawler) gets: the accessibility tree of the page, shadow roots included
    // (innerText stops at shadow roots; text in a closed <details> is not in it, as it is not shown).
    const rendered = async () => norm((await p.locator('body').ariaSnapshot()).replace(/\\"/g, '"'));
    const text = await rendered();
    check(text.includes('Our Verdict'), 'no JS: the verdict heading is in the rendered text');
    check(text.includes(norm(plain(demo.verdict.text)).slice(0, 120)), 'no JS: the verdict text is in the rendered text');
    for (const a of demo.attributes.filter((x) => x.key)) {
      check(text.includes(norm(a.label)), `no JS: key fact "${a.label}" is in the rendered text`);
    }
    check(text.includes('Key Facts & Figures'), 'no JS: the facts heading is in the rendered text');
    for (const f of demo.faq) check(text.includes(norm(f.question)), `no JS: FAQ question "${f.question}" is in the rendered text`);
    check(!/Loading/i.test(text), 'no JS: nothing says "Loading"');
    check(!(await p.locator('compare-table input[type="checkbox"]').isChecked()), 'no JS: "Show only differences" is not ticked');
    check(await p.locator('compare-page > compare-track > input[type="email"]').isVisible(), 'no JS: the track form has its email field');
    check((await p.locator('compare-page > compare-track > input[type="email"]').getAttribute('dir')) === 'ltr', 'no JS: the email field reads left to right, as the browser-rendered one', await p.locator('compare-page > compare-track > input[type="email"]').getAttribute('dir'));
    // A native <details>: the answer shows on click, with no script.
    const answer = norm(plain(demo.faq[0].answer)).slice(0, 80);
    check(!text.includes(answer), 'no JS: a FAQ answer is hidden until its question is opened');
    // On paper every answer shows, with no script either.
    const last = norm(plain(demo.faq.at(-1).answer)).slice(0, 80);
    await p.emulateMedia({ media: 'print' });
    const printed = await rendered();
    check(printed.includes(answer) && printed.includes(last), 'no JS: printed, every FAQ answer shows');
    await p.emulateMedia({ media: 'screen' });
    await p.locator('compare-faq summary').first().click();
    check((await rendered()).includes(answer), 'no JS: a FAQ answer shows when its question is clicked');
    // Crawlers read the JSON-LD in the light DOM.
    const ld = JSON.parse(await p.locator('compare-page > script[type="application/ld+json"][data-compare-kit]').textContent());
    check(ld['@graph']?.some((g) => g['@type'] === 'FAQPage'), 'no JS: the JSON-LD has the FAQ');
    await p.close();
  }
  await noJs.close();

  // 2. With JavaScript: hydration ----------------------------------------------
  // Each page in a fresh browser profile: nothing remembered from another page (a vote).
  for (const path of Object.keys(pages)) {
    const js = await browser.newContext({ viewport: VIEWPORT });
    const p = await js.newPage();
    const errors = [];
    p.on('console', (m) => (m.type() === 'error' || /hydrat/i.test(m.text())) && errors.push(`console ${m.type()}: ${m.text()}`));
    p.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    await p.goto(base + path, { waitUntil: 'load' });
    const hydrated = await waitHydrated(p);
    check(hydrated > 0, `${path}: every element hydrates to "ready"`);
    // Lit's hydration support is a file of its own, which imports nothing (no second compare-kit.js without the query).
    const files = await p.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((n) => n.startsWith('/compare-kit.') && n.endsWith('.js')));
    const count = (re) => files.filter((f) => re.test(f)).length;
    check(count(/^\/compare-kit\.js$/) === 1 && count(/^\/compare-kit\.lit-element-hydrate-support-[\w-]+\.js$/) === 1, `${path}: one compare-kit.js and one hydration support file`, files.join(' '));
    await p.waitForTimeout(300);
    const after = await p.evaluate(() => {
      const ck = window.__ck;
      ck.stop();
      const roots = [];
      const walk = (r) => { for (const el of r.querySelectorAll('*')) if (el.shadowRoot) { roots.push(el.shadowRoot); walk(el.shadowRoot); } };
      walk(document);
      const now = roots.flatMap((r) => [...r.querySelectorAll('[part]')]);
      return {
        roots: ck.roots.length,
        sameRoots: roots.length === ck.roots.length && roots.every((r, i) => r === ck.roots[i]),
        marks: ck.marks.length,
        kept: ck.marks.filter((n) => n.isConnected).length,
        same: now.length === ck.marks.length && now.every((n, i) => n === ck.marks[i]),
        changes: ck.changes,
        heightBefore: ck.height,
        heightAfter: document.body.getBoundingClientRect().height,
        shift: window.__shift,
        shifts: window.__shifts,
      };
    });
    check(errors.length === 0, `${path}: no console error`, errors.join(' | '));
    if (path === '/page-foreign.html') {
      const hook = await p.evaluate(() => [window.__foreign ?? 0, window.litElementHydrateSupport?.name]);
      check(hook[0] === 0 && hook[1] === 'foreign', `${path}: the page's own hydration hook is neither called nor replaced`, JSON.stringify(hook));
    }
    check(after.sameRoots, `${path}: the server's shadow roots are kept (${after.roots})`);
    check(after.marks > 50 && after.kept === after.marks && after.same, `${path}: every server-rendered node is still the node on the page`, `${after.kept}/${after.marks} kept, same order: ${after.same}`);
    check(after.changes.length === 0, `${path}: hydration adds or removes nothing in a shadow root`, after.changes.slice(0, 5).join('; '));
    check(after.heightBefore === after.heightAfter, `${path}: the page height is unchanged`, `${after.heightBefore} → ${after.heightAfter}`);
    check(after.shift === 0, `${path}: layout shift 0`, `${after.shift}: ${after.shifts.join('; ')}`);
    // The words the server wrote are the words the browser writes itself (same language, same number
    // formats): hydration keeps the server's text nodes and never compares them, so compare here, with
    // a fresh element of each tag given the same attributes and data.
    const differ = await p.evaluate(async () => {
      const all = [];
      const walk = (r) => {
        for (const el of r.querySelectorAll('*')) {
          if (el.localName.startsWith('compare-')) all.push(el);
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      const box = document.body.appendChild(Object.assign(document.createElement('div'), { hidden: true }));
      const text = (el) => {
        if (!el.shadowRoot) return '';
        const walker = document.createTreeWalker(el.shadowRoot, NodeFilter.SHOW_TEXT);
        let t = '';
        while (walker.nextNode()) if (walker.currentNode.parentNode.localName !== 'style') t += walker.currentNode.data;
        return t.replace(/\s+/g, ' ').trim();
      };
      const out = [];
      for (const el of all) {
        const fresh = document.createElement(el.localName);
        for (const a of el.attributes) if (a.name !== 'defer-hydration' && a.name !== 'state') fresh.setAttribute(a.name, a.value);
        if (!fresh.hasAttribute('lang')) fresh.setAttribute('lang', el.closest('[lang]')?.lang ?? document.documentElement.lang);
        fresh.data = el.comparison;
        box.append(fresh);
        await fresh.updateComplete;
        if (text(fresh) !== text(el)) {
          const a = text(el), b = text(fresh);
          let i = 0;
          while (a[i] === b[i]) i++;
          out.push(`<${el.localName}> at ${i}: server "${a.slice(i, i + 40)}" vs browser "${b.slice(i, i + 40)}"`);
        }
      }
      box.remove();
      return out;
    });
    check(differ.length === 0, `${path}: the server's text is the text the browser renders`, differ.slice(0, 3).join('; '));
    const shot = await p.screenshot({ fullPage: true, ...(args['keep-shots'] && { path: join(shotDir, `js${path.replace(/\W+/g, "-")}.png`) }) });
    // Hydration commits property bindings (a checkbox's `.value`), which repaints those controls; a repaint
    // may anti-alias an edge a little differently. A flash, a re-render or any visible change moves far more.
    const diff = shot.equals(shotsNoJs[path]) ? { pixels: 0, delta: 0 } : await diffShots(shotsNoJs[path], shot);
    check(diff.delta <= 48, `${path}: the hydrated page looks like the page without JavaScript`, diff.text);
    if (diff.pixels) console.log(`${path}: ${diff.text}`);
    console.log(`${path}: ${hydrated} elements hydrated, ${after.roots} shadow roots, ${after.marks} nodes kept, layout shift ${after.shift}`);

    if (path === '/page.html') {
      await interact(p, errors);
      await rememberedVote(js);
    }
    await js.close();
  }

  // 4. Without the hydration support file (a 404): every element renders afresh, once, with no error box.
  {
    const ctx = await browser.newContext({ viewport: VIEWPORT });
    const p = await ctx.newPage();
    const errors = [];
    p.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    await p.goto(`${base}/missing.html`, { waitUntil: 'load' });
    const ready = await p
      .waitForFunction(() => {
        const page = document.querySelector('compare-page');
        const inner = [...(page?.shadowRoot?.querySelectorAll('[part~="section"] > :not(slot)') ?? [])];
        return page?.state === 'ready' && inner.length > 5 && inner.every((el) => el.state === 'ready' && el.hasUpdated) && inner.length;
      }, null, { timeout: 10000 })
      .then((h) => h.jsonValue())
      .catch(() => 0);
    const seen = await p.evaluate(() => {
      const page = document.querySelector('compare-page');
      const facts = page.shadowRoot.querySelector('compare-facts');
      return { sections: page.shadowRoot.querySelectorAll('[part~="section"]').length, tables: facts?.shadowRoot.querySelectorAll('table').length, errorBoxes: page.shadowRoot.querySelectorAll('compare-facts, compare-verdict, compare-table').length - [...page.shadowRoot.querySelectorAll('compare-facts, compare-verdict, compare-table')].filter((el) => el.state === 'ready').length };
    });
    check(ready > 5 && seen.tables === 1 && seen.errorBoxes === 0 && errors.length === 0, 'hydration support missing (404): every element renders afresh, once, with no error', `${ready} ready; ${JSON.stringify(seen)}; ${errors.join(' | ')}`);
    await ctx.close();
  }

  // 5. Server HTML with <p>s put into it (wpautop): every element renders afresh, styled, with no error, and works.
  {
    const ctx = await browser.newContext({ viewport: VIEWPORT });
    const p = await ctx.newPage();
    const errors = [];
    p.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
    p.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    await p.goto(`${base}/autop.html`, { waitUntil: 'load' });
    const n = await waitHydrated(p);
    const seen = await p.evaluate(() => {
      const verdict = document.querySelector('main > p > compare-verdict') ?? document.querySelector('compare-verdict');
      const page = document.querySelector('compare-page');
      const facts = page?.shadowRoot?.querySelector('compare-facts');
      return {
        tables: facts?.shadowRoot?.querySelectorAll('table').length,
        strayP: [verdict, page, facts].map((el) => el?.shadowRoot?.querySelectorAll(':scope > p, :scope > [part] > p:empty').length ?? -1),
        styled: getComputedStyle(verdict.shadowRoot.querySelector('button[part~="vote-yes"]')).cursor,
      };
    });
    await p.locator('main compare-verdict button[part~="vote-yes"]').first().click();
    const thanks = await p.locator('main compare-verdict [part~="vote-status"]').first().innerText().catch(() => '');
    check(n === 5 && errors.length === 0 && seen.tables === 1 && seen.strayP.every((x) => x === 0) && seen.styled === 'pointer' && /thank/i.test(thanks), 'server HTML with <p>s put in (wpautop): every element renders afresh, styled, with no error, and works', `${n} hydrated; ${JSON.stringify(seen)}; "${thanks}"; ${errors.join(' | ')}`);
    await ctx.close();
  }
} catch (e) {
  failures.push(`crashed: ${e.stack ?? e}`);
} finally {
  await browser.close();
  server.close();
}

/** How two screenshots differ: differing pixels, the largest channel difference, where (drawn and compared in a page). */
async function diffShots(a, b) {
  const p = await browser.newPage();
  try {
    return await p.evaluate(async ([a, b]) => {
      const load = (src) => new Promise((r) => { const i = new Image(); i.onload = () => r(i); i.src = src; });
      const [ia, ib] = await Promise.all([load(a), load(b)]);
      if (ia.width !== ib.width || ia.height !== ib.height) return { pixels: Infinity, delta: 255, text: `sizes differ: ${ia.width}×${ia.height} vs ${ib.width}×${ib.height}` };
      const data = (img) => { const c = new OffscreenCanvas(img.width, img.height); const x = c.getContext('2d'); x.drawImage(img, 0, 0); return x.getImageData(0, 0, img.width, img.height).data; };
      const da = data(ia), db = data(ib);
      let n = 0, x0 = Infinity, y0 = Infinity, x1 = -1, y1 = -1, delta = 0;
      for (let i = 0; i < da.length; i += 4) {
        if (da[i] === db[i] && da[i + 1] === db[i + 1] && da[i + 2] === db[i + 2]) continue;
        n++;
        delta = Math.max(delta, Math.abs(da[i] - db[i]), Math.abs(da[i + 1] - db[i + 1]), Math.abs(da[i + 2] - db[i + 2]));
        const x = (i / 4) % ia.width, y = Math.floor(i / 4 / ia.width);
        x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y);
      }
      return { pixels: n, delta, text: `${n} pixels differ (by up to ${delta} of 255 in a channel), in x ${x0}–${x1}, y ${y0}–${y1}` };
    }, [`data:image/png;base64,${a.toString('base64')}`, `data:image/png;base64,${b.toString('base64')}`]);
  } finally {
    await p.close();
  }
}

/** Resolves to the number of compare-kit elements (nested ones too) once all are hydrated and ready; 0 if they never are. */
function waitHydrated(p) {
  return p
    .waitForFunction(
      () => {
        const all = [];
        const walk = (r) => {
          for (const el of r.querySelectorAll('*')) {
            if (el.localName.startsWith('compare-')) all.push(el);
            if (el.shadowRoot) walk(el.shadowRoot);
          }
        };
        walk(document);
        return all.length > 0 && all.every((el) => el.state === 'ready' && el.hasUpdated && el.isUpdatePending === false && !el.hasAttribute('defer-hydration')) && all.length;
      },
      null,
      { timeout: 10000 },
    )
    .then((h) => h.jsonValue())
    .catch(() => 0);
}

/**
 * The same page again, in the browser that voted: the server rendered the
 * buttons, hydration must match that, and the next render shows the vote.
 */
async function rememberedVote(ctx) {
  const p = await ctx.newPage();
  const errors = [];
  p.on('console', (m) => (m.type() === 'error' || /hydrat/i.test(m.text())) && errors.push(`console ${m.type()}: ${m.text()}`));
  p.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  await p.goto(`${base}/page.html`, { waitUntil: 'load' });
  check((await waitHydrated(p)) > 0, 'voted before: every element hydrates to "ready"');
  const verdict = p.locator('compare-page compare-verdict');
  check(/thank/i.test(await verdict.locator('[part~="vote-status"]').innerText()), 'voted before: the remembered vote shows after hydration');
  check((await verdict.locator('button[part~="vote-yes"]').count()) === 0, 'voted before: the vote buttons are gone');
  check(errors.length === 0, 'voted before: no console error (no hydration mismatch)', errors.join(' | '));
  await p.close();
}

// 3. Interactivity -----------------------------------------------------------
async function interact(p, errors) {
  // "Show N more attributes" in the table.
  const table = p.locator('compare-page compare-table');
  const more = table.locator('button[part~="more-button"]').first();
  const visibleRows = () => table.locator('tr[part~="row"]:not([hidden])').count();
  const rowsBefore = await visibleRows();
  const label = norm(await more.innerText());
  check(/^Show \d+ more/.test(label), 'the table offers "Show N more"', label);
  await more.click();
  await p.waitForFunction(() => true);
  check((await more.getAttribute('aria-expanded')) === 'true', '"Show N more" expands the group');
  const rowsAfter = await visibleRows();
  check(rowsAfter === rowsBefore + Number(/\d+/.exec(label)?.[0]), '"Show N more" shows N more rows', `${rowsBefore} → ${rowsAfter}`);
  // "Show only differences".
  await table.locator('input[type="checkbox"]').check();
  check((await visibleRows()) < rowsAfter, '"Show only differences" hides rows');
  await table.locator('input[type="checkbox"]').uncheck();

  // The vote, POSTed to the vote endpoint.
  const verdict = p.locator('compare-page compare-verdict');
  await verdict.locator('button[part~="vote-yes"]').click();
  await verdict.locator('[part~="vote-status"]').filter({ hasText: /thank/i }).waitFor({ timeout: 5000 }).catch(() => undefined);
  check(/thank/i.test(await verdict.locator('[part~="vote-status"]').innerText()), 'the vote says thanks');
  const vote = posts.find((x) => x.path === '/api/vote');
  check(vote && JSON.parse(vote.body).helpful === true && JSON.parse(vote.body).comparison === demo.id, 'the vote is POSTed to the vote endpoint', vote?.body);

  // FAQ: open by click, and by a #faq-… link (the element handles the fragment).
  const details = p.locator('compare-page compare-faq details').first();
  await details.locator('summary').click();
  check(await details.evaluate((d) => d.open), 'a FAQ question opens on click');
  await details.locator('summary').click();
  const id = await details.getAttribute('id');
  await p.evaluate((hash) => (location.hash = hash), `#${id}`);
  await p.waitForFunction((i) => {
    const faq = document.querySelector('compare-page').shadowRoot.querySelector('compare-faq');
    return faq.shadowRoot.getElementById(i)?.open === true;
  }, id, { timeout: 3000 }).catch(() => undefined);
  check(await details.evaluate((d) => d.open), 'a #faq-… link opens its question');

  // The track form (its email field is the server-rendered one, adopted).
  const track = p.locator('compare-page > compare-track');
  await track.locator('input[type="email"]').fill('reader@example.com');
  await track.locator('button[part~="submit"]').click();
  await track.locator('[part~="status"]').filter({ hasText: /reader@example\.com/ }).waitFor({ timeout: 5000 }).catch(() => undefined);
  check(/reader@example\.com/.test(await track.locator('[part~="status"]').innerText()), 'the track form confirms the sign-up');
  const sub = posts.find((x) => x.path === '/api/track');
  check(sub && JSON.parse(sub.body).email === 'reader@example.com', 'the sign-up is POSTed to the track endpoint', sub?.body);
  check(errors.length === 0, 'no console error while interacting', errors.join(' | '));
}

const gz = gzipSync(pageHtml).length;
console.log(preloadCss ? 'pages link compare-kit.css' : 'no compare-kit.css in this build: pages without it');
const summary = `ssr: ${passed} checks passed, ${failures.length} failed; <compare-page> of the demo: ${(pageHtml.length / 1024).toFixed(0)} KB HTML (${(gz / 1024).toFixed(0)} KB gzip), first render ${renderMs.toFixed(0)} ms`;
for (const f of failures) console.error(`FAIL ${f}`);
console.log(summary);
process.exit(failures.length ? 1 : 0);
