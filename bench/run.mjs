// npm run bench: render benchmarks in headless Chromium, each against its
// physical limit measured in the same run (the same final markup inserted as
// a prepared static HTML string into plain shadow roots), the layout-shift
// check, and Lighthouse on the built demo page. Results: bench/RESULTS.md.
//
//   npm run bench                         every case (about 7 minutes on 2 cores)
//   npm run bench -- --only=page,table    some cases: page table chart rerender expand fifty cls lighthouse
//   BENCH_DIST=.tmp/dist-bench npm run bench   another build of compare-kit.js (default dist/)
//   BENCH_SAMPLES=30 BENCH_COLD=20 npm run bench   samples per case (default 20, and 15 fresh pages)
//   BENCH_ROWS=500 npm run bench          rows of the generated table and chart (default 1000)
//   npm run bench -- --json=.tmp/bench.json    also write the figures as JSON
//
// Times: "layout" is from inserting the element to every section rendered and
// the document's style and layout done (forced, synchronous); "frame" runs on
// to the next frame (rAF + a task, so it includes paint); "CPU" is the thread
// time of the task that holds the sample (from a Chromium trace: it hardly
// depends on what else the machine runs). Medians of the samples.
import { writeFileSync, existsSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';
import { bigTable, changed, demo, DEMO_URL } from './docs.mjs';
import { measureCls, clsRoutes, CLS_SCENARIOS } from './cls.mjs';

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')).map(([k, v]) => [k, v ?? true]));
const only = typeof args.only === 'string' ? new Set(args.only.split(',')) : null;
const want = (name) => !only || only.has(name);
const DIST = (process.env.BENCH_DIST ?? 'dist').replace(/^\.?\/+|\/+$/g, '');
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 20);
const COLD = Number(process.env.BENCH_COLD ?? 15);
const WARMUP = 5;
const KIT = `/${DIST}/compare-kit.js`;
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

if (!existsSync(DIST + '/compare-kit.js')) {
  console.error(`${DIST}/compare-kit.js is missing: run npm run build first`);
  process.exit(1);
}

const LONGTASKS = `<script>
  window.__longtasks = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) __longtasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: 'longtask', buffered: true });
</script>`;
const shell = (head, body = '<main id="stage"></main>') => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
<title>bench</title><style>body { margin: 0; font-family: system-ui, sans-serif } #stage { max-width: 1100px; margin: 0 auto; padding: 16px }</style>
${LONGTASKS}${head}</head><body>${body}</body></html>`;
const send = (type, body) => (_req, res) => res.writeHead(200, { 'Content-Type': type }).end(body);
const html = (body) => send('text/html; charset=utf-8', body);

const FIFTY_TAGS = ['header', 'verdict', 'facts', 'highlights', 'table', 'chart', 'proscons', 'faq', 'resources', 'related', 'track'].map((t) => `compare-${t}`);
const fifty = Array.from({ length: 50 }, (_, i) => FIFTY_TAGS[i % FIFTY_TAGS.length]).map((t) => `<${t} src="${DEMO_URL}"></${t}>`).join('\n');
let snapshotsJson = '{}';

/**
 * The demo page as built: demo/index.html with dist/compare-kit.js instead of
 * the TypeScript source; with `css`, also linking compare-kit.css (the
 * documented way to keep the elements' space before the script runs).
 */
function demoPage(css) {
  let page = readFileSync('demo/index.html', 'utf8').replace('../src/compare-kit.ts', `..${KIT}`);
  if (css && !/compare-kit\.css|preload\.css/.test(page)) {
    const sheet = existsSync(`${DIST}/compare-kit.css`) ? `../${DIST}/compare-kit.css` : '../src/styles/preload.css';
    page = page.replace('<link rel="stylesheet" href="./demo.css" />', `<link rel="stylesheet" href="${sheet}" />\n    <link rel="stylesheet" href="./demo.css" />`);
  }
  return page;
}

const routes = {
  ...clsRoutes(KIT),
  '/bench/kit.html': html(shell(`<script type="module" src="${KIT}"></script><script type="module" src="/bench/harness.js"></script>`)),
  '/bench/static.html': html(shell(`<script type="module" src="/bench/harness.js"></script>`)),
  '/bench/fifty.html': html(shell(`<script type="module" src="${KIT}"></script><script type="module" src="/bench/harness.js"></script>`, `<main id="stage">${fifty}</main>`)),
  '/bench/fifty-static.html': html(
    shell(
      `<script type="module">
        import { buildStatic } from '/bench/harness.js';
        const snaps = await (await fetch('/bench/snapshots.json')).json();
        const tags = ${JSON.stringify(FIFTY_TAGS)};
        const stage = document.getElementById('stage');
        for (let i = 0; i < 50; i++) stage.append(buildStatic(snaps[tags[i % tags.length]]));
        window.__ready = performance.now();
      </script>`,
    ),
  ),
  '/bench/snapshots.json': (_req, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(snapshotsJson),
  '/demo/bench.html': html(demoPage(false)),
  '/demo/bench-css.html': html(demoPage(true)),
};

const server = await startServer({ routes });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
const chromiumVersion = browser.version();
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
// Two tabs, used in turn for every sample, so that the load of the machine
// weighs on both sides of a ratio alike: compare-kit's, and the static one (no script).
const kitPage = await context.newPage();
const staticPage = await context.newPage();
const page = kitPage; // the 50-element loads and the snapshots
for (const p of [kitPage, staticPage]) {
  p.on('pageerror', (e) => console.error('pageerror:', e.message));
  p.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (x) => (x === null || x === undefined ? '—' : x < 10 ? x.toFixed(2) : x.toFixed(1));
const rows = [];
const results = { date: new Date().toISOString(), dist: DIST, samples: SAMPLES, cold: COLD, cases: [] };

async function open(p, path) {
  await p.bringToFront();
  await p.goto(server.url + path, { waitUntil: 'load' });
  await p.waitForFunction(() => globalThis.benchHarness && (!document.querySelector('script[src*="compare-kit"]') || customElements.get('compare-page')));
}
const openKit = () => open(kitPage, '/bench/kit.html');
const openStatic = () => open(staticPage, '/bench/static.html');
const setGlobal = (p, name, value) => p.evaluate(([n, v]) => (window[n] = v), [name, value]);

// ---- page-side functions, one sample per call (serialised by Playwright; state kept in window) ----

/** A new element with the document in window.__doc (JSON), rendered: one sample. */
async function renderElement({ tag, attrs = [] }) {
  const H = globalThis.benchHarness;
  const stage = document.getElementById('stage');
  stage.replaceChildren();
  const data = JSON.parse(window.__doc);
  await H.frame();
  performance.mark(globalThis.customElements.get('compare-page') ? 'bench-kit' : 'bench-static');
  const t0 = performance.now();
  const el = document.createElement(tag);
  for (const [k, v] of attrs) el.setAttribute(k, v);
  el.data = data;
  stage.append(el);
  await H.settle(el);
  H.layout();
  const t1 = performance.now();
  await H.frame();
  const t2 = performance.now();
  if (el.state !== 'ready') throw new Error(`${tag} is ${el.state}: ${el.error?.message}`);
  return { layout: t1 - t0, frame: t2 - t0 };
}

/** The snapshot in window.__snap inserted as static markup: one sample. */
async function renderStatic() {
  const H = globalThis.benchHarness;
  const stage = document.getElementById('stage');
  stage.replaceChildren();
  await H.frame();
  performance.mark(globalThis.customElements.get('compare-page') ? 'bench-kit' : 'bench-static');
  const t0 = performance.now();
  const el = H.buildStatic(window.__snap);
  stage.append(el);
  H.layout();
  const t1 = performance.now();
  await H.frame();
  const t2 = performance.now();
  return { layout: t1 - t0, frame: t2 - t0 };
}

/** Renders once and returns the final markup (optionally after a click on a selector in the shadow root). */
async function capture({ tag, attrs = [], click }) {
  const H = globalThis.benchHarness;
  const stage = document.getElementById('stage');
  stage.replaceChildren();
  const el = document.createElement(tag);
  for (const [k, v] of attrs) el.setAttribute(k, v);
  el.data = JSON.parse(window.__doc);
  stage.append(el);
  await H.settle(el);
  if (el.state !== 'ready') throw new Error(`<${tag}> is ${el.state}: ${el.error?.message}`);
  if (click) {
    el.shadowRoot.querySelector(click).click();
    await H.settle(el);
  }
  await H.frame();
  return { snap: H.snapshot(el), census: H.census(el), height: el.getBoundingClientRect().height };
}

function staticCensus() {
  const H = globalThis.benchHarness;
  const stage = document.getElementById('stage');
  stage.replaceChildren();
  const el = H.buildStatic(window.__snap);
  stage.append(el);
  H.layout();
  return { census: H.census(el), height: el.getBoundingClientRect().height };
}

/** Re-render: sets the other document of window.__docs (a fresh object each time) on the element kept in window.__el. */
async function rerender({ tag, attrs = [] }) {
  const H = globalThis.benchHarness;
  const stage = document.getElementById('stage');
  if (!window.__el) {
    stage.replaceChildren();
    const el = (window.__el = document.createElement(tag));
    for (const [k, v] of attrs) el.setAttribute(k, v);
    el.data = JSON.parse(window.__docs[0]);
    stage.append(el);
    await H.settle(el);
    window.__i = 0;
  }
  const el = window.__el;
  const data = JSON.parse(window.__docs[++window.__i % 2]);
  await H.frame();
  performance.mark(globalThis.customElements.get('compare-page') ? 'bench-kit' : 'bench-static');
  const t0 = performance.now();
  el.data = data;
  await H.settle(el);
  H.layout();
  const t1 = performance.now();
  await H.frame();
  const t2 = performance.now();
  if (el.state !== 'ready') throw new Error(`${tag} is ${el.state}: ${el.error?.message}`);
  return { layout: t1 - t0, frame: t2 - t0 };
}

/** The static side of a re-render: the other snapshot of window.__snaps in place of the one shown. */
async function rerenderStatic() {
  const H = globalThis.benchHarness;
  const stage = document.getElementById('stage');
  if (window.__i === undefined) {
    stage.replaceChildren(H.buildStatic(window.__snaps[0]));
    window.__i = 0;
  }
  await H.frame();
  performance.mark(globalThis.customElements.get('compare-page') ? 'bench-kit' : 'bench-static');
  const t0 = performance.now();
  stage.replaceChildren(H.buildStatic(window.__snaps[++window.__i % 2]));
  H.layout();
  const t1 = performance.now();
  await H.frame();
  const t2 = performance.now();
  return { layout: t1 - t0, frame: t2 - t0 };
}

/** No-op re-render: requestUpdate() on the element and every compare-* element inside it, same data. */
async function noop({ tag, attrs = [] }) {
  const H = globalThis.benchHarness;
  const stage = document.getElementById('stage');
  if (!window.__el) {
    stage.replaceChildren();
    const el = (window.__el = document.createElement(tag));
    for (const [k, v] of attrs) el.setAttribute(k, v);
    el.data = JSON.parse(window.__doc);
    stage.append(el);
    window.__els = await H.settle(el);
  }
  const el = window.__el;
  await H.frame();
  performance.mark(globalThis.customElements.get('compare-page') ? 'bench-kit' : 'bench-static');
  const t0 = performance.now();
  for (const e of window.__els) e.requestUpdate();
  await H.settle(el);
  H.layout();
  const t1 = performance.now();
  await H.frame();
  const t2 = performance.now();
  return { layout: t1 - t0, frame: t2 - t0 };
}

/** "Show N more attributes": a fresh table (untimed), then the click, timed. */
async function expand() {
  const H = globalThis.benchHarness;
  const stage = document.getElementById('stage');
  stage.replaceChildren();
  const el = document.createElement('compare-table');
  el.data = JSON.parse(window.__doc);
  stage.append(el);
  await H.settle(el);
  const button = el.shadowRoot.querySelector('button.more');
  if (!button || button.getAttribute('aria-expanded') !== 'false') throw new Error('no collapsed group');
  await H.frame();
  performance.mark(globalThis.customElements.get('compare-page') ? 'bench-kit' : 'bench-static');
  const t0 = performance.now();
  button.click();
  await H.settle(el);
  H.layout();
  const t1 = performance.now();
  await H.frame();
  const t2 = performance.now();
  if (button.getAttribute('aria-expanded') !== 'true') throw new Error('did not expand');
  return { layout: t1 - t0, frame: t2 - t0 };
}

/** A tighter limit for "Show more": the collapsed static markup (window.__collapsed), then its hidden rows un-hidden. */
async function unhideStatic() {
  const H = globalThis.benchHarness;
  const stage = document.getElementById('stage');
  const el = H.buildStatic(window.__collapsed);
  stage.replaceChildren(el);
  H.layout();
  await H.frame();
  performance.mark(globalThis.customElements.get('compare-page') ? 'bench-kit' : 'bench-static');
  const t0 = performance.now();
  for (const tr of el.shadowRoot.querySelectorAll('tr[hidden]')) tr.hidden = false;
  H.layout();
  const t1 = performance.now();
  await H.frame();
  const t2 = performance.now();
  return { layout: t1 - t0, frame: t2 - t0 };
}

// ---- runners ----

/** Warm-up, then n samples of each side, taken in turn; each sample also gets its main-thread CPU time (from a trace). */
async function interleave(kitCall, staticCall, n = SAMPLES, warmup = WARMUP) {
  const k = [];
  const st = [];
  await browser.startTracing(undefined, { categories: ['toplevel', 'blink.user_timing'] });
  for (let i = 0; i < warmup + n; i++) {
    // The tab in front gets its frames on time (rAF in a tab behind is throttled).
    await kitPage.bringToFront();
    const a = await kitCall();
    await staticPage.bringToFront();
    const b = await staticCall();
    if (i >= warmup) {
      k.push(a);
      st.push(b);
    }
  }
  const cpu = sampleCpu(JSON.parse((await browser.stopTracing()).toString()).traceEvents);
  const attach = (samples, times) => samples.forEach((s, i) => (s.cpu = times[warmup + i] ?? null));
  attach(k, cpu['bench-kit'] ?? []);
  attach(st, cpu['bench-static'] ?? []);
  return [k, st];
}

/**
 * Thread (CPU) time of each sample: the page marks the start of a sample
 * ("bench-kit" / "bench-static"), and the sample runs to its forced layout in
 * the one task that holds the mark (no await of a task in between). CPU time
 * hardly depends on what else the machine runs, unlike wall-clock time.
 */
function sampleCpu(ev) {
  const mains = new Set(ev.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const TASK = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
  const tasks = ev.filter((e) => e.ph === 'X' && TASK.has(e.name) && mains.has(`${e.pid}:${e.tid}`));
  tasks.sort((a, b) => b.dur - a.dur); // the outermost task first
  const out = {};
  const marks = ev.filter((e) => e.name === 'bench-kit' || e.name === 'bench-static').sort((a, b) => a.ts - b.ts);
  const seen = new Set();
  for (const m of marks) {
    const key = `${m.pid}:${m.ts}:${m.name}`; // a mark can be reported twice (instant and async forms)
    if (seen.has(key)) continue;
    seen.add(key);
    const task = tasks.find((t) => t.pid === m.pid && t.ts <= m.ts && t.ts + t.dur >= m.ts);
    (out[m.name] ??= []).push(task?.tdur != null ? task.tdur / 1000 : null);
  }
  return out;
}

function record(name, el, limit, note = '') {
  const q = (xs, f) => {
    const v = xs.map(f).filter((x) => typeof x === 'number');
    return v.length ? median(v) : null;
  };
  const e = { layout: q(el, (s) => s.layout), frame: q(el, (s) => s.frame), cpu: q(el, (s) => s.cpu) };
  const l = limit && { layout: q(limit, (s) => s.layout), frame: q(limit, (s) => s.frame), cpu: q(limit, (s) => s.cpu) };
  const row = {
    name,
    n: el.length,
    el: e,
    limit: l,
    ratio: l ? e.layout / l.layout : null,
    ratioCpu: l && e.cpu && l.cpu ? e.cpu / l.cpu : null,
    ratioFrame: l ? e.frame / l.frame : null,
    note,
  };
  rows.push(row);
  results.cases.push(row);
  console.log(`  ${name}: ${ms(e.layout)} ms${l ? ` (limit ${ms(l.layout)} ms, ×${row.ratio.toFixed(2)})` : ''}; CPU ${ms(e.cpu)} ms${row.ratioCpu ? ` (limit ${ms(l.cpu)}, ×${row.ratioCpu.toFixed(2)})` : ''}`);
  return row;
}

/** The final markup of an element with a document, and a check that its static copy comes out the same. */
async function snapOf(tag, doc, attrs = [], click) {
  await openKit();
  await setGlobal(kitPage, '__doc', JSON.stringify(doc));
  const c = await kitPage.evaluate(capture, { tag, attrs, click });
  await openStatic();
  await setGlobal(staticPage, '__snap', c.snap);
  const s = await staticPage.evaluate(staticCensus);
  if (s.census.elements !== c.census.elements || s.census.shadowRoots !== c.census.shadowRoots || Math.abs(s.height - c.height) > 1) {
    console.warn(`  warning: static copy of <${tag}> differs: ${JSON.stringify(c.census)} ${c.height}px vs ${JSON.stringify(s.census)} ${s.height}px`);
  }
  return c;
}

/** First render, cold (a freshly loaded page per sample) and warm (same page, templates prepared). */
async function firstRender(label, tag, doc, attrs = []) {
  const { snap, census, height } = await snapOf(tag, doc, attrs);
  console.log(`  <${tag}>: ${census.elements} elements, ${census.shadowRoots} shadow roots, ${Math.round(height)} px tall, ${(JSON.stringify(snap).length / 1024).toFixed(0)} KB of markup`);
  const json = JSON.stringify(doc);
  const [coldEl, coldStatic] = await interleave(
    async () => {
      await openKit();
      await setGlobal(kitPage, '__doc', json);
      return kitPage.evaluate(renderElement, { tag, attrs });
    },
    async () => {
      await openStatic();
      await setGlobal(staticPage, '__snap', snap);
      return staticPage.evaluate(renderStatic);
    },
    COLD,
    0,
  );
  record(`${label}, first render (new page)`, coldEl, coldStatic);
  await openKit();
  await setGlobal(kitPage, '__doc', json);
  await openStatic();
  await setGlobal(staticPage, '__snap', snap);
  const [warmEl, warmStatic] = await interleave(
    () => kitPage.evaluate(renderElement, { tag, attrs }),
    () => staticPage.evaluate(renderStatic),
  );
  record(`${label}, first render (warm)`, warmEl, warmStatic);
  return snap;
}

async function rerenderCase(label, tag, doc, attrs = []) {
  const docs = [doc, changed(doc, 1)];
  const snaps = [];
  for (const d of docs) snaps.push((await snapOf(tag, d, attrs)).snap);
  await openKit();
  await setGlobal(kitPage, '__docs', docs.map((d) => JSON.stringify(d)));
  await openStatic();
  await setGlobal(staticPage, '__snaps', snaps);
  const [el, st] = await interleave(
    () => kitPage.evaluate(rerender, { tag, attrs }),
    () => staticPage.evaluate(rerenderStatic),
  );
  record(`${label}, re-render after a data change`, el, st, 'limit: the new markup inserted in place of the old');
  // No-op: same data, requestUpdate() on every element; the limit shown is a full static insert.
  await openKit();
  await setGlobal(kitPage, '__doc', JSON.stringify(doc));
  await openStatic();
  await setGlobal(staticPage, '__snap', snaps[0]);
  const [nop, full] = await interleave(
    () => kitPage.evaluate(noop, { tag, attrs }),
    () => staticPage.evaluate(renderStatic),
  );
  record(`${label}, no-op re-render (requestUpdate, same data)`, nop, full, 'limit: a full static insert (a no-op could cost 0)');
}

async function expandCase() {
  const doc = bigTable({ rows: ROWS, items: 3, groups: 1, collapseAfter: 10 });
  const { snap } = await snapOf('compare-table', doc, [], 'button.more');
  const collapsed = (await snapOf('compare-table', doc)).snap;
  await openKit();
  await setGlobal(kitPage, '__doc', JSON.stringify(doc));
  await openStatic();
  await setGlobal(staticPage, '__snap', snap);
  await setGlobal(staticPage, '__collapsed', collapsed);
  const [el, st] = await interleave(
    () => kitPage.evaluate(expand),
    () => staticPage.evaluate(renderStatic),
  );
  record(`<compare-table> ${ROWS.toLocaleString('en-US')} rows: "Show ${(ROWS - 10).toLocaleString('en-US')} more attributes"`, el, st, 'limit: the expanded markup inserted');
  const [el2, unhide] = await interleave(
    () => kitPage.evaluate(expand),
    () => staticPage.evaluate(unhideStatic),
  );
  record(`  same, against un-hiding ${(ROWS - 10).toLocaleString('en-US')} static rows`, el2, unhide, 'limit: hidden=false on the rows of the collapsed static markup');
}

/** Longest main-thread task of a page load, from a Chromium trace, with what it spent its time on. */
async function traceLoad(path, ready) {
  await page.bringToFront();
  await page.goto('about:blank');
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8.execute'] });
  await page.goto(server.url + path, { waitUntil: 'load' });
  const readyAt = await page.waitForFunction(ready, null, { polling: 20, timeout: 30_000 }).then((h) => h.jsonValue());
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
  const longtasks = await page.evaluate(() => window.__longtasks);
  const trace = JSON.parse((await browser.stopTracing()).toString());
  const ev = trace.traceEvents;
  const mains = new Set(ev.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const onMain = (e) => mains.has(`${e.pid}:${e.tid}`);
  const tasks = ev.filter((e) => e.ph === 'X' && e.name === 'RunTask' && onMain(e) && e.dur);
  tasks.sort((a, b) => b.dur - a.dur);
  const top = tasks[0];
  // What the longest task did: the outermost events of these kinds inside it (no double counting).
  const KINDS = new Set(['ParseHTML', 'EvaluateScript', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule', 'FunctionCall', 'RunMicrotasks', 'TimerFire', 'EventDispatch', 'FireAnimationFrame', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit', 'HitTest', 'ResourceReceivedData', 'MajorGC', 'MinorGC', 'V8.GC_SCAVENGER', 'BlinkGC.AtomicPhase']);
  const inside = ev.filter((e) => e.ph === 'X' && onMain(e) && KINDS.has(e.name) && e.ts >= top.ts && e.ts + (e.dur ?? 0) <= top.ts + top.dur);
  const by = {};
  for (const e of inside) {
    if (inside.some((p) => p !== e && p.ts <= e.ts && p.ts + p.dur >= e.ts + e.dur && (p.dur > e.dur || p.ts < e.ts))) continue;
    by[e.name] = (by[e.name] ?? 0) + e.dur / 1000;
  }
  const cpu = Math.max(...tasks.map((t) => t.tdur ?? 0)) / 1000;
  return { readyAt, longest: top.dur / 1000, cpu, second: (tasks[1]?.dur ?? 0) / 1000, parts: by, longtasks };
}

async function fiftyCase() {
  const demoDoc = demo();
  await staticPage.goto('about:blank'); // one renderer at work while tracing
  const snaps = {};
  for (const tag of FIFTY_TAGS) snaps[tag] = (await snapOf(tag, demoDoc)).snap;
  await staticPage.goto('about:blank');
  snapshotsJson = JSON.stringify(snaps);
  const runs = [];
  const statics = [];
  const n = Math.max(5, Math.round(COLD / 2));
  for (let i = 0; i < n; i++) {
    server.reset();
    const r = await traceLoad('/bench/fifty.html', () => {
      const els = [...document.querySelectorAll('#stage > *')];
      return els.length === 50 && els.every((e) => e.state && e.state !== 'loading' && !e.isUpdatePending) ? performance.now() : false;
    });
    r.requests = server.count(DEMO_URL);
    r.scriptRequests = server.count(KIT);
    r.states = await page.evaluate(() => [...new Set([...document.querySelectorAll('#stage > *')].map((e) => e.state))]);
    runs.push(r);
    statics.push(await traceLoad('/bench/fifty-static.html', () => window.__ready ?? false));
  }
  const pick = (xs, f) => median(xs.map(f));
  const worst = runs.reduce((a, b) => (b.longest > a.longest ? b : a));
  const row = {
    name: '50 elements, one src: longest task',
    n,
    el: { layout: pick(runs, (r) => r.longest), frame: Math.max(...runs.map((r) => r.longest)) },
    limit: { layout: pick(statics, (r) => r.longest), frame: Math.max(...statics.map((r) => r.longest)) },
    requests: Math.max(...runs.map((r) => r.requests)),
    readyAt: pick(runs, (r) => r.readyAt),
    staticReadyAt: pick(statics, (r) => r.readyAt),
    longtasks: Math.max(...runs.map((r) => r.longtasks.length)),
    cpu: pick(runs, (r) => r.cpu),
    staticCpu: pick(statics, (r) => r.cpu),
    states: runs[0].states,
    breakdown: worst.parts,
    staticBreakdown: statics[0].parts,
  };
  row.el.cpu = row.cpu;
  row.limit.cpu = row.staticCpu;
  row.ratio = row.el.layout / row.limit.layout;
  row.ratioCpu = row.cpu / row.staticCpu;
  row.ratioFrame = row.el.frame / row.limit.frame;
  row.note = `median / max of ${n} page loads; requests for ${DEMO_URL}: ${row.requests}`;
  rows.push(row);
  results.cases.push(row);
  console.log(`  longest task ${ms(row.el.layout)} ms median, ${ms(row.el.frame)} ms max (static page ${ms(row.limit.layout)} ms); ${row.requests} request(s); long tasks (>50 ms) seen: ${row.longtasks}; states ${row.states.join(',')}`);
  console.log(`  longest task in thread (CPU) time, less sensitive to the load of the machine: ${ms(row.cpu)} ms median (static page ${ms(row.staticCpu)} ms)`);
  console.log(`  all 50 ready at ${ms(row.readyAt)} ms after navigation (static: ${ms(row.staticReadyAt)} ms)`);
  const fmt = (p) => Object.entries(p).sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ');
  console.log(`  the longest task (worst load) spent its time in: ${fmt(worst.parts)}`);
  console.log(`  static page's longest task: ${fmt(statics[0].parts)}`);
}

// ---- the run ----

const t0 = Date.now();
const demoDoc = demo();
const ROWS = Number(process.env.BENCH_ROWS ?? 1000);
const big = (extra = {}) => bigTable({ rows: ROWS, items: 3, ...extra });
const rowsLabel = ROWS.toLocaleString('en-US');
results.failures = [];
/** Runs one case; a case that cannot run (say, the schema refuses the document) is reported and the others go on. */
async function run(name, fn) {
  try {
    await fn();
  } catch (e) {
    const message = String(e?.message ?? e).split('\n')[0];
    results.failures.push({ name, message });
    console.error(`  CASE FAILED: ${name}: ${message}`);
  }
}
if (want('page')) {
  console.log('compare-page, demo data');
  await run('page', () => firstRender('<compare-page> demo', 'compare-page', demoDoc));
}
if (want('table')) {
  console.log(`compare-table, ${rowsLabel} attributes × 3 items`);
  await run('table', () => firstRender(`<compare-table> ${rowsLabel}×3`, 'compare-table', big()));
}
if (want('chart')) {
  // 8 items: 8,000 bars (a long chart: its rows off screen are laid out when scrolled near).
  console.log(`compare-chart, ${rowsLabel} attributes × 8 items`);
  await run('chart', () => firstRender(`<compare-chart> ${rowsLabel}×8`, 'compare-chart', big({ items: 8 })));
}
if (want('rerender')) {
  console.log('re-render');
  await run('rerender page', () => rerenderCase('<compare-page> demo', 'compare-page', demoDoc));
  await run('rerender table', () => rerenderCase(`<compare-table> ${rowsLabel}×3`, 'compare-table', big()));
}
if (want('expand')) {
  console.log('expand');
  await run('expand', () => expandCase());
}
if (want('fifty')) {
  console.log('50 elements from one src');
  await run('fifty', () => fiftyCase());
}
await context.close();

if (want('cls')) {
  console.log('layout shift (CLS)');
  results.cls = [];
  for (const sc of CLS_SCENARIOS) {
    const r = await measureCls(browser, server.url, sc, { kit: KIT });
    results.cls.push(r);
    r.info = !!sc.info;
    console.log(`  ${sc.info ? 'info' : r.pass ? 'ok  ' : 'FAIL'} ${sc.name}: CLS ${r.cls.toFixed(4)}${sc.info ? '' : ` (max ${sc.max})`}${r.shifts.length ? `; shifts: ${r.shifts.map((s) => s.value.toFixed(4)).join(', ')}` : ''}`);
  }
}
await browser.close();

if (want('lighthouse')) {
  console.log(`Lighthouse, the demo page built (demo/index.html with ${KIT}, served statically)`);
  const { runLighthouse } = await import('./lighthouse.mjs');
  results.lighthouse = [];
  const runs = [
    ['demo/index.html', 'bench.html', 'mobile'],
    ['demo/index.html', 'bench.html', 'desktop'],
    ['the same, linking compare-kit.css', 'bench-css.html', 'mobile'],
    ['the same, linking compare-kit.css', 'bench-css.html', 'desktop'],
  ];
  for (const [label, file, formFactor] of runs) {
    const r = await runLighthouse(`${server.url}/demo/${file}`, formFactor);
    r.page = label;
    results.lighthouse.push(r);
    console.log(`  ${label}, ${formFactor}: performance ${r.scores.performance}, accessibility ${r.scores.accessibility}, best-practices ${r.scores['best-practices']}; ${Object.entries(r.metrics).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    if (r.failing.length) console.log(`    not passed: ${r.failing.join('; ')}`);
  }
}
await server.close();

// ---- the table ----
if (rows.length) {
  const head = ['case', 'n', 'compare-kit (ms)', 'static limit (ms)', 'ratio', 'CPU: kit / limit (ms)', 'CPU ratio', 'to next frame: kit / limit (ms)'];
  const body = rows.map((r) => [
    r.name,
    String(r.n),
    ms(r.el.layout),
    r.limit ? ms(r.limit.layout) : '—',
    r.ratio ? `×${r.ratio.toFixed(2)}` : '—',
    r.el.cpu != null ? `${ms(r.el.cpu)} / ${r.limit ? ms(r.limit.cpu) : '—'}` : '—',
    r.ratioCpu ? `×${r.ratioCpu.toFixed(2)}` : '—',
    r.name.startsWith('50 elements') ? `max ${ms(r.el.frame)} / ${ms(r.limit.frame)}` : `${ms(r.el.frame)} / ${r.limit ? ms(r.limit.frame) : '—'}`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  console.log();
  console.log(line(head));
  console.log(`|${widths.map((w, i) => (i === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
  for (const b of body) console.log(line(b));
  const first = rows.filter((r) => r.name.includes('first render (new page)'));
  const fifty = rows.find((r) => r.name.startsWith('50 elements'));
  console.log();
  const verdict = (ok) => (ok ? 'met' : 'NOT met');
  for (const r of first) {
    console.log(`target first render ≤ ×1.5 of the limit: ${r.name}: wall ×${r.ratio.toFixed(2)} ${verdict(r.ratio <= 1.5)}, CPU ×${r.ratioCpu?.toFixed(2) ?? '—'} ${verdict(r.ratioCpu <= 1.5)}`);
  }
  if (fifty) {
    console.log(`target no task over 50 ms with 50 elements: longest task ${ms(fifty.el.layout)} ms median wall (${ms(fifty.el.frame)} max) ${verdict(fifty.el.frame <= 50)}, ${ms(fifty.cpu)} ms median CPU ${verdict(fifty.cpu <= 50)}; ${fifty.requests} request(s) for one src`);
  }
}
for (const f of results.failures) console.log(`case not measured: ${f.name}: ${f.message}`);
if (results.cls) {
  const bad = results.cls.filter((r) => !r.pass);
  console.log(`layout shift: ${bad.length ? `${bad.length} scenario(s) over` : 'every scenario within its limit'}`);
}
console.log(`(${((Date.now() - t0) / 1000).toFixed(0)} s; ${DIST}/compare-kit.js; Chromium ${chromiumVersion}, Node ${process.version})`);
if (typeof args.json === 'string') writeFileSync(args.json, `${JSON.stringify(results, null, 2)}\n`);
