// npm run test:csp — every element under a strict Content-Security-Policy with
// Trusted Types, in Chromium, Firefox and WebKit:
//
//   default-src 'self'; script-src 'self'; style-src 'self';
//   require-trusted-types-for 'script'; trusted-types lit-html
//
// The web-test-runner page injects inline scripts, which this policy forbids,
// so this script serves its own pages (a small Node HTTP server: the built
// bundle, the demo data and the pages below, all with the CSP header) and opens
// them in each engine the way the test runner does: Chromium through
// playwright-core, Firefox ESR through puppeteer-core (WebDriver BiDi), WebKitGTK's
// MiniBrowser through WebKitWebDriver (needs a display: run under xvfb-run).
// The checks run in the page (probe.js first, check.js last, both same-origin
// scripts as the policy demands), so every engine is checked alike.
//
//   /csp.html      all 12 tags and <compare-page>, each from `src` (same
//                  origin) and from an inline <script type="application/json">
//                  child, plus one with invalid data (error state); then clicks
//                  through the interactive parts (disclosures, toggles, votes,
//                  the track form) and switches to the dark theme.
//                  Must: every element ready (the invalid one in error), zero
//                  securitypolicyviolation events, no errors, item colours and
//                  column counts in place, one JSON-LD script per <compare-page>.
//   /csp-ssr.html  server-rendered elements (dist/node/ssr.js), two without the policy's style nonce (their
//                  <style>s are blocked) and one with it. Must: each hydrated (the server's nodes kept) and
//                  styled, item colours in place, nothing blocked but the server's own styles.
//   /control.html  the negative control: an inline <script>, new Function, an
//                  innerHTML sink and a style attribute on the same policy.
//                  Must: all blocked and reported, so the check above can fail.
//
// Prints one line per engine and a summary line; exits 1 on any problem.
//
//   node test/csp/run-csp.mjs [--bundle dist/compare-kit.js] [--browsers chromium,firefox,webkit] [--port 0] [--serve]
//   (BROWSERS=chromium also picks the engines; --serve only serves the pages, to open them by hand.)
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { values: args } = parseArgs({
  options: {
    bundle: { type: 'string', default: process.env.CSP_BUNDLE ?? 'dist/compare-kit.js' },
    port: { type: 'string', default: process.env.CSP_PORT ?? '0' },
    serve: { type: 'boolean', default: false },
    browsers: { type: 'string', default: process.env.BROWSERS ?? 'chromium,firefox,webkit' },
  },
});

export const POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

const TAGS = [
  'compare-header', 'compare-verdict', 'compare-facts', 'compare-highlights', 'compare-table', 'compare-chart',
  'compare-proscons', 'compare-faq', 'compare-resources', 'compare-related', 'compare-track', 'compare-page',
];

/** JSON safe inside <script>: what a CMS must do (see comparison-format.md). */
const scriptJson = (text) => JSON.stringify(JSON.parse(text)).replace(/</g, '\\u003c');

async function cspPage() {
  const data = scriptJson(await readFile(join(root, 'demo/data/python-vs-rust.json'), 'utf8'));
  const fromSrc = TAGS.map((t) => `<${t} id="src-${t}" src="/data/python-vs-rust.json"></${t}>`).join('\n');
  const inline = TAGS.map((t) => `<${t} id="inline-${t}"><script type="application/json">${data}</script></${t}>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>compare-kit under a strict CSP</title>

<script src="/probe.js"></script>
<script type="module" src="/compare-kit.js"></script>
<script type="module" src="/check.js"></script>
</head>
<body>
<h1>Strict CSP</h1>
${fromSrc}
${inline}
<compare-facts id="invalid" src="/data/invalid-example.json"></compare-facts>
<compare-facts id="german" lang="de" src="/data/python-vs-rust.json"></compare-facts>
</body>
</html>`;
}

/** The nonce of /csp-ssr.html's policy (a real page makes one per response). */
const NONCE = 'c3NyLWNzcC10ZXN0';
const SSR_POLICY = POLICY.replace("style-src 'self'", `style-src 'self' 'nonce-${NONCE}'`);

/**
 * Server-rendered elements (dist/node/ssr.js) under the policy: two without the nonce, whose <style>s the policy
 * blocks (each element must take its own style sheets when it hydrates), and one rendered with the nonce (styled
 * before any script runs: its <style>s are not blocked).
 */
async function cspSsrPage() {
  const { renderToString } = await import(pathToFileURL(join(root, dirname(args.bundle), 'node/ssr.js')).href);
  const demo = await readFile(join(root, 'demo/data/python-vs-rust.json'), 'utf8');
  const mark = (html, id) => html.replace(/^<(compare-[a-z]+)/, `<$1 id="${id}" data-ssr`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Server-rendered compare-kit under a strict CSP</title>
<script src="/probe.js"></script>
<script type="module" src="/compare-kit.js"></script>
<script type="module" src="/check.js"></script>
</head>
<body>
<h1>Strict CSP, server-rendered</h1>
${mark(renderToString(demo, { locale: 'en' }), 'ssr-page')}
${mark(renderToString(demo, { element: 'table', locale: 'en' }), 'ssr-table')}
${mark(renderToString(demo, { element: 'facts', locale: 'en', nonce: NONCE }), 'ssr-facts-nonce')}
</body>
</html>`;
}

const controlPage = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>CSP control</title>
<script src="/probe.js"></script>
<script type="module" src="/control.js"></script>
</head>
<body><p>control</p><script>window.__inlineRan = true;</script></body>
</html>`;

/** "3× violation: …" per distinct message, so a broken build does not print hundreds of lines. */
function grouped(kind, messages) {
  const counts = new Map();
  for (const m of messages) counts.set(m, (counts.get(m) ?? 0) + 1);
  return [...counts].map(([m, n]) => `${n > 1 ? `${n}× ` : ''}${kind}: ${m}`);
}

const types = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html', '.map': 'application/json' };

async function handle(req, res) {
  const path = new URL(req.url, 'http://x').pathname;
  const send = (status, type, body) => {
    const policy = path === '/csp-ssr.html' ? SSR_POLICY : POLICY;
    res.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'content-security-policy': policy, 'cache-control': 'no-store' });
    res.end(body);
  };
  try {
    if (path === '/' || path === '/csp.html') return send(200, 'text/html', await cspPage());
    if (path === '/control.html') return send(200, 'text/html', controlPage);
    if (path === '/csp-ssr.html') return send(200, 'text/html', await cspSsrPage());
    if (path === '/compare-kit.js') return send(200, 'text/javascript', await readFile(resolve(root, args.bundle)));
    if (path === '/compare-kit.js.map') return send(200, 'application/json', await readFile(resolve(root, `${args.bundle}.map`)));
    // The language tables beside the bundle, imported on demand (compare-kit.de-<hash>.js).
    const table = /^\/(compare-kit\.[\w-]+\.js)$/.exec(path);
    if (table) return send(200, 'text/javascript', await readFile(join(dirname(resolve(root, args.bundle)), table[1])));
    const m = /^\/(probe|check|control)\.js$/.exec(path);
    if (m) return send(200, 'text/javascript', await readFile(join(root, 'test/csp', `${m[1]}.js`)));
    const d = /^\/data\/([\w-]+\.json)$/.exec(path);
    if (d) return send(200, types[extname(d[1])], await readFile(join(root, 'demo/data', d[1])));
    send(404, 'text/plain', 'not found');
  } catch (e) {
    send(500, 'text/plain', String(e));
  }
}

/** How long a page may take to settle and click through (WebKitGTK on a loaded 2-core machine took 40 s). */
const PAGE_MS = 90_000;

/** A browser to open the pages in: `open(url)` loads a page and returns its window.__cspResult. */
const drivers = {
  /** Chromium through playwright-core (console messages, including the engine's own CSP reports). */
  async chromium() {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
    const page = await browser.newPage();
    const consoleErrors = [];
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`));
    return {
      consoleErrors,
      open: async (url) => {
        await page.goto(url);
        await page.waitForSelector('html[data-csp-done]', { state: 'attached', timeout: PAGE_MS });
        return page.evaluate(() => window.__cspResult);
      },
      close: () => browser.close(),
    };
  },
  /** Firefox ESR through puppeteer-core (WebDriver BiDi), as the test runner does. */
  async firefox() {
    const { default: puppeteer } = await import('puppeteer-core');
    const browser = await puppeteer.launch({ browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true });
    const page = await browser.newPage();
    const consoleErrors = [];
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`));
    return {
      consoleErrors,
      open: async (url) => {
        await page.goto(url);
        await poll(() => page.evaluate(() => document.documentElement.hasAttribute('data-csp-done')), PAGE_MS, url);
        return page.evaluate(() => window.__cspResult);
      },
      close: () => browser.close(),
    };
  },
  /** WebKitGTK's MiniBrowser through WebKitWebDriver, as the test runner does (needs a display: xvfb-run). */
  async webkit() {
    const { spawn } = await import('node:child_process');
    const { remote } = await import('webdriverio');
    const port = await freePort();
    const driver = spawn('/usr/bin/WebKitWebDriver', [`--port=${port}`, '--host=local'], { stdio: 'ignore' });
    const stop = () => driver.kill();
    process.on('exit', stop);
    try {
      await poll(() => portOpen(port), 15000);
      const browser = await remote({
        hostname: '127.0.0.1',
        port,
        path: '/',
        logLevel: 'error',
        capabilities: {
          browserName: 'MiniBrowser',
          'wdio:enforceWebDriverClassic': true,
          'webkitgtk:browserOptions': { binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', args: ['--automation'] },
        },
      });
      return {
        consoleErrors: [], // no console over WebDriver classic: probe.js records console.error and uncaught errors in the page
        open: async (url) => {
          await browser.url(url);
          await poll(() => browser.execute(() => document.documentElement.hasAttribute('data-csp-done')), PAGE_MS, url);
          return browser.execute(() => window.__cspResult);
        },
        close: async () => {
          await browser.deleteSession();
          stop();
        },
      };
    } catch (e) {
      stop();
      throw e;
    }
  },
};

async function poll(test, ms = 30000, what = '') {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await test().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what ? `${what}: ` : ''}timed out after ${ms} ms`);
}

async function freePort() {
  const { createServer: netServer } = await import('node:net');
  return new Promise((resolve, reject) => {
    const srv = netServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

async function portOpen(port) {
  const { connect } = await import('node:net');
  return new Promise((resolve) => {
    const s = connect(port, '127.0.0.1', () => {
      s.end();
      resolve(true);
    });
    s.on('error', () => resolve(false));
  });
}

/** Opens the control page and the element page in one engine; returns its problems and a summary. */
async function check(name) {
  const failures = [];
  let summary = '';
  let browser;
  try {
    browser = await drivers[name]();
    const open = async (url) => {
      browser.consoleErrors.length = 0;
      return browser.open(url);
    };
    // 1. The negative control: the policy is enforced and violations are seen.
    const control = await open(`${origin}/control.html`);
    const seen = new Set(control.violations.map((v) => v.directive));
    for (const d of ['script-src-elem', 'require-trusted-types-for', 'style-src-attr']) {
      if (![...seen].some((s) => s.startsWith(d))) failures.push(`control: no "${d}" violation reported (saw ${[...seen].join(', ') || 'none'})`);
    }
    if (control.eval !== 'blocked') failures.push('control: new Function ran under the policy');
    if (control.inline) failures.push('control: an inline <script> ran under the policy');
    if (control.tt !== 'blocked') failures.push('control: innerHTML with a string was allowed under the policy');

    // 2. Every element under the policy.
    const result = await open(`${origin}/csp.html`);
    const consoleErrors = [...browser.consoleErrors];
    const expected = [...TAGS.map((t) => [`src-${t}`, 'ready']), ...TAGS.map((t) => [`inline-${t}`, 'ready']), ['invalid', 'error'], ['german', 'ready']];
    const byId = new Map(result.elements.filter((e) => e.id && e.id !== 'in compare-page').map((e) => [e.id, e.state]));
    for (const [id, state] of expected) if (byId.get(id) !== state) failures.push(`#${id}: state "${byId.get(id)}", expected "${state}"`);
    const nested = result.elements.filter((e) => e.id === 'in compare-page');
    const nestedBad = nested.filter((e) => e.state !== 'ready');
    if (nested.length !== 2 * (TAGS.length - 1) || nestedBad.length) failures.push(`sections inside <compare-page>: ${nested.length} found, not ready: ${nestedBad.map((e) => `${e.tag}=${e.state}`).join(', ') || 'none'}`);
    failures.push(...grouped('violation', result.violations.map((v) => `${v.directive} ${v.blocked} ${v.sample} at ${v.source}`)));
    failures.push(...grouped('error', [...result.errors, ...consoleErrors].map((e) => e.slice(0, 300))));
    if (result.german !== 'Wichtige Fakten & Zahlen') failures.push(`#german: caption ${JSON.stringify(result.german)}, expected the German one (table loaded on demand)`);
    if (result.jsonLd !== 2) failures.push(`${result.jsonLd} JSON-LD scripts, expected 2 (one per <compare-page>)`);
    if (!result.styled || result.unstyled) failures.push(`${result.unstyled} of ${result.styled} nodes without their item colour / column count`);
    if (!result.trustedTypes) failures.push('window.trustedTypes missing: Trusted Types not checked');

    // 3. Server-rendered elements under the policy: hydrated (the server's nodes kept), styled, no script blocked.
    const ssr = await open(`${origin}/csp-ssr.html`);
    const ssrErrors = [...browser.consoleErrors].filter((e) => !/Content.Security.Policy|Content Security Policy/i.test(e));
    const ssrIds = ['ssr-page', 'ssr-table', 'ssr-facts-nonce'];
    for (const id of ssrIds) {
      const el = ssr.elements.find((e) => e.id === id);
      if (el?.state !== 'ready') failures.push(`ssr: #${id}: state "${el?.state}", expected "ready"`);
      if (!ssr.server.hydrated.includes(id)) failures.push(`ssr: #${id}: rendered again, not hydrated (the server's nodes were replaced)`);
      if (!ssr.server.styled.includes(id)) failures.push(`ssr: #${id}: unstyled (its server <style>s blocked, and no style sheet of its own)`);
    }
    if (!ssr.server.nonceSheets) failures.push('ssr: #ssr-facts-nonce: a <style> with the nonce was blocked');
    // The server's <style>s and style attributes without the nonce are the only things the policy may block.
    const ssrBlocked = ssr.violations.filter((v) => !/^style-src-(elem|attr)/.test(v.directive));
    failures.push(...grouped('ssr: violation', ssrBlocked.map((v) => `${v.directive} ${v.blocked} ${v.sample} at ${v.source}`)));
    failures.push(...grouped('ssr: error', [...ssr.errors.filter((e) => !/Content.Security.Policy/i.test(e)), ...ssrErrors].map((e) => e.slice(0, 300))));
    if (!ssr.styled || ssr.unstyled) failures.push(`ssr: ${ssr.unstyled} of ${ssr.styled} nodes without their item colour / column count`);

    summary =
      `${result.elements.length} elements (${TAGS.length} tags × src and inline JSON, ${nested.length} sections inside <compare-page>, 1 invalid), ` +
      `${result.clicks} interactions, ${result.styled} nodes with item colours or counts, ${result.jsonLd} JSON-LD scripts, ${result.violations.length} CSP violations, ` +
      `${result.errors.length + consoleErrors.length} errors; server-rendered: ${ssr.server.hydrated.length} hydrated, ${ssr.server.styled.length} styled; control: ${control.violations.length} violations reported (${[...seen].join(', ')})`;
  } catch (e) {
    failures.push(`could not run: ${e?.message ?? e}`);
  } finally {
    await browser?.close().catch(() => {});
  }
  return { failures, summary };
}

async function run() {
  const engines = args.browsers.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = engines.filter((name) => !Object.hasOwn(drivers, name));
  if (unknown.length) throw new Error(`unknown browser ${unknown.join(', ')} (chromium, firefox, webkit)`);
  let failed = 0;
  const results = [];
  for (const name of engines) {
    const t0 = Date.now();
    const { failures, summary } = await check(name);
    for (const f of failures) console.error(`  ✗ ${name}: ${f}`);
    console.log(`  ${failures.length ? '✗' : '✓'} ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s): ${summary}`);
    failed += failures.length ? 1 : 0;
    results.push(`${name} ${failures.length ? `FAILED (${failures.length} problems)` : 'passed'}`);
  }
  console.log(`CSP + Trusted Types: ${failed ? `FAILED in ${failed} of ${engines.length} engines` : `passed in ${engines.length} engines`}: ${results.join(', ')}`);
  return failed ? 1 : 0;
}

const server = createServer(handle);
await new Promise((r) => server.listen(Number(args.port), '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;
if (args.serve) {
  console.log(`serving ${origin}/csp.html and ${origin}/control.html with the policy; Ctrl-C to stop`);
} else {
  process.exitCode = await run();
  server.close();
}
