// Cumulative Layout Shift of pages that embed compare-kit, measured with a
// PerformanceObserver ('layout-shift') in headless Chromium. Used by
// `npm run bench` (printed) and by test/perf/cls.mjs (pass / fail).
//
// Scenarios with `max` are checks (test/perf/cls.mjs fails over it); `info`
// ones are printed by the bench only: what a page gets without
// compare-kit.css (the element takes no space before its script has run, and
// a module script runs after the first paint).
//
// Each scenario is an article with text above and below the element(s), so
// that any shift of the text is seen; the server delays the script and the
// data (`?delay=ms`) as a slow CDN and a slow API would.
import { existsSync, readFileSync } from 'node:fs';
import { DEMO_URL } from './docs.mjs';

const SCRIPT_DELAY = 300;
const DATA_DELAY = 600;
const DESKTOP = { width: 1280, height: 800 };
const MOBILE = { width: 390, height: 844 };

const para = (i) =>
  `<p>Paragraph ${i}. Choosing a language for a new service is rarely about speed alone: the team, the libraries, the hiring market and the
  operations story all weigh in. This text stands for the article around the comparison, so that a shift of it is counted.</p>`;
const demoJson = () => readFileSync(new URL('../demo/data/python-vs-rust.json', import.meta.url), 'utf8');
const inline = () => `<script type="application/json">${demoJson().replace(/<\//g, '<\\/')}</script>`;
const src = `${DEMO_URL}?delay=${DATA_DELAY}`;

/**
 * What a page links to keep space before the script runs (compare-kit.css,
 * documented for authors): the built one beside the script, else its source.
 * Included when it exists.
 */
const preloadFor = (kit) => [kit.replace(/compare-kit\.js$/, 'compare-kit.css'), '/src/styles/preload.css'].find((f) => existsSync(new URL(`..${f}`, import.meta.url)));

export const CLS_SCENARIOS = [
  {
    name: `<compare-page>, script ${SCRIPT_DELAY} ms and src ${DATA_DELAY} ms late, desktop`,
    viewport: DESKTOP,
    scriptDelay: SCRIPT_DELAY,
    body: `<compare-page src="${src}"></compare-page>`,
    max: 0.01,
  },
  {
    name: `<compare-page>, script ${SCRIPT_DELAY} ms and src ${DATA_DELAY} ms late, mobile`,
    viewport: MOBILE,
    scriptDelay: SCRIPT_DELAY,
    body: `<compare-page src="${src}"></compare-page>`,
    max: 0.01,
  },
  {
    name: `sections in an article, script ${SCRIPT_DELAY} ms and src ${DATA_DELAY} ms late, desktop`,
    viewport: DESKTOP,
    scriptDelay: SCRIPT_DELAY,
    body: ['header', 'verdict', 'facts', 'table', 'proscons']
      .map((t, i) => `<compare-${t} src="${src}"></compare-${t}>${para(`s${i}`)}`)
      .join('\n'),
    max: 0.01,
  },
  {
    name: `<compare-verdict> in an article, script ${SCRIPT_DELAY} ms and src ${DATA_DELAY} ms late, mobile`,
    viewport: MOBILE,
    scriptDelay: SCRIPT_DELAY,
    body: `<compare-verdict src="${src}"></compare-verdict>`,
    max: 0.01,
  },
  {
    name: `<compare-page> without compare-kit.css, script on time, src ${DATA_DELAY} ms late, desktop`,
    viewport: DESKTOP,
    scriptDelay: 0,
    noPreload: true,
    body: `<compare-page src="${src}"></compare-page>`,
    info: true,
  },
  {
    name: `sections in an article without compare-kit.css, script on time, src ${DATA_DELAY} ms late, mobile`,
    viewport: MOBILE,
    scriptDelay: 0,
    noPreload: true,
    body: ['verdict', 'facts', 'highlights', 'proscons', 'faq']
      .map((t, i) => `<compare-${t} src="${src}"></compare-${t}>${para(`s${i}`)}`)
      .join('\n'),
    info: true,
  },
  {
    name: `<compare-facts>, inline data, script ${SCRIPT_DELAY} ms late, mobile`,
    viewport: MOBILE,
    scriptDelay: SCRIPT_DELAY,
    body: `<compare-facts>${inline()}</compare-facts>`,
    max: 0,
  },
  {
    name: '<compare-page>, inline data, desktop',
    viewport: DESKTOP,
    scriptDelay: 0,
    body: `<compare-page>${inline()}</compare-page>`,
    max: 0,
  },
  {
    name: '<compare-facts>, inline data, mobile',
    viewport: MOBILE,
    scriptDelay: 0,
    body: `<compare-facts>${inline()}</compare-facts>`,
    max: 0,
  },
];

/** The article page of a scenario. */
export function clsPage(sc, kit) {
  const preload = sc.noPreload ? undefined : preloadFor(kit);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
<title>Python or Rust: layout shift</title>
<style>body { margin: 0 auto; max-width: 760px; padding: 16px; font: 18px/1.6 Georgia, serif }</style>
${preload ? `<link rel="stylesheet" href="${preload}">` : ''}
<script>
  window.__shifts = [];
  const name = (n) => (n && n.nodeType === 1 ? n.localName + (n.id ? '#' + n.id : '') : n ? n.nodeName : '?');
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (!e.hadRecentInput) __shifts.push({ value: e.value, at: Math.round(e.startTime), nodes: (e.sources || []).map((s) => name(s.node)) });
    }
  }).observe({ type: 'layout-shift', buffered: true });
</script>
<script type="module" src="${kit}${sc.scriptDelay ? `?delay=${sc.scriptDelay}` : ''}"></script>
</head><body>
<h1>Python or Rust for your next service?</h1>
${para(1)}
${para(2)}
${sc.body}
${[3, 4, 5, 6, 7, 8].map(para).join('\n')}
</body></html>`;
}

/** Routes that serve every scenario's page at /bench/cls-<i>.html. */
export function clsRoutes(kit) {
  return Object.fromEntries(
    CLS_SCENARIOS.map((sc, i) => [`/bench/cls-${i}.html`, (_req, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(clsPage(sc, kit))]),
  );
}

/** Loads one scenario in a fresh context and sums its layout shifts until every element has settled. */
export async function measureCls(browser, baseUrl, sc, { kit }) {
  const i = CLS_SCENARIOS.indexOf(sc);
  const context = await browser.newContext({ viewport: sc.viewport });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page.goto(`${baseUrl}/bench/cls-${i}.html`, { waitUntil: 'load' });
    await page.waitForFunction(
      () => {
        const els = [...document.querySelectorAll('body > *')].filter((e) => e.localName.startsWith('compare-'));
        return els.length > 0 && els.every((e) => customElements.get(e.localName) && e.state && e.state !== 'loading' && !e.isUpdatePending);
      },
      null,
      { polling: 25, timeout: 20_000 },
    );
    // Let nested sections, fonts and the last frames settle.
    await page.waitForTimeout(500);
    const { shifts, states } = await page.evaluate(() => ({
      shifts: window.__shifts,
      states: [...document.querySelectorAll('body > *')].filter((e) => e.localName.startsWith('compare-')).map((e) => `${e.localName}:${e.state}`),
    }));
    const cls = shifts.reduce((a, s) => a + s.value, 0);
    const bad = states.filter((s) => !s.endsWith(':ready'));
    return { name: sc.name, cls, max: sc.max, pass: (sc.info || cls <= sc.max) && bad.length === 0 && errors.length === 0, shifts, states, errors, preload: (sc.noPreload ? null : preloadFor(kit)) ?? null };
  } finally {
    await context.close();
  }
}
