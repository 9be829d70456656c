// Renders every story of a built Storybook in Chromium and fails on a console
// error, an uncaught exception, a failed request, a story that throws, or an
// axe violation inside the story.
//
//   node test/stories/run-stories.mjs [dir=storybook-static] [--filter text] [--jobs N]
//
// `npm test` builds Storybook into storybook-static first (`npm run
// build-storybook`); for a quick run, build anywhere (`storybook build -o
// .tmp/sb`) and pass that directory. One browser, a few pages in parallel,
// each loading the preview once and then switching stories as Storybook's UI
// does; a tiny static server on a free port. One summary line at the end.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium } from 'playwright-core';

const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  if (i === -1) return fallback;
  const value = argv[i + 1];
  argv.splice(i, 2);
  return value;
};
const filter = option('--filter', '');
const jobs = Math.max(1, Number(option('--jobs', process.env.STORY_JOBS ?? 3)) || 3);
const dir = path.resolve(argv[0] ?? 'storybook-static');

if (!existsSync(path.join(dir, 'index.json'))) {
  console.error(`${dir}/index.json not found: build Storybook first (npm run build-storybook).`);
  process.exit(2);
}

/** Axe rules about whole pages: a story is a fragment of one. */
const PAGE_RULES = ['region', 'landmark-one-main', 'page-has-heading-one', 'landmark-complementary-is-top-level'];
/** How long a story may take to render and settle. */
const SETTLE_MS = 45000;

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const index = JSON.parse(readFileSync(path.join(dir, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story' && e.id.includes(filter));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/favicon.ico') {
    res.writeHead(204).end(); // the browser asks by itself; Storybook has none
    return;
  }
  const file = path.join(dir, path.normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, ''));
  const target = file.endsWith(path.sep) ? path.join(file, 'index.html') : file;
  if (!target.startsWith(dir) || !existsSync(target) || !statSync(target).isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[path.extname(target)] ?? 'application/octet-stream' });
  createReadStream(target).pipe(res);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
// "StorybookTestRunner" in the user agent: Storybook then pauses CSS animations after a story renders instead of
// waiting for them to finish. The tables' scroll-driven edge shadows (animation-timeline) never finish, so it waited
// its full 5 s on every story with a table or the facts (2.9 minutes of the run's 3).
const probe = await browser.newPage();
const userAgent = `${await probe.evaluate(() => navigator.userAgent)} StorybookTestRunner`;
await probe.close();
const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, userAgent });

/**
 * Shows a story: the first one of a page by loading iframe.html, the next ones
 * the way Storybook's own UI switches stories (an event on its channel), which
 * spares loading the preview again.
 */
async function show(page, id) {
  const ready = await page.evaluate(() => !!window.__STORYBOOK_ADDONS_CHANNEL__ && !!window.__STORYBOOK_PREVIEW__).catch(() => false);
  if (ready) {
    await page.evaluate((storyId) => window.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId, viewMode: 'story' }), id);
  } else {
    await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story`, { waitUntil: 'load' });
  }
}

/** Waits in the page until Storybook has rendered (and played) the story and every element has settled. */
async function settle(page, id, loading) {
  await page.waitForFunction(
    (id) => {
      const render = window.__STORYBOOK_PREVIEW__?.currentRender;
      return render?.id === id && ['finished', 'completed', 'errored', 'aborted'].includes(render.phase);
    },
    id,
    { timeout: SETTLE_MS, polling: 50 },
  );
  return page.evaluate(
    async ({ loading, timeout }) => {
      /** compare-* elements, also inside other elements' shadow roots (the page's sections). */
      const all = (root, out = []) => {
        for (const el of root.querySelectorAll('*')) {
          if (el.localName.startsWith('compare-')) out.push(el);
          if (el.shadowRoot) all(el.shadowRoot, out);
        }
        return out;
      };
      const end = Date.now() + timeout;
      const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
      for (;;) {
        const els = all(document);
        await Promise.all(els.map((el) => el.updateComplete));
        const busy = els.filter((el) => !customElements.get(el.localName) || (!loading && el.state === 'loading'));
        if (!busy.length) break;
        if (Date.now() > end) return `did not settle: ${busy.map((el) => `<${el.localName} state="${el.state}">`).join(', ')}`;
        await new Promise((r) => setTimeout(r, 50));
      }
      await frame();
      await frame();
      if (document.body.classList.contains('sb-show-errordisplay')) {
        return `the story threw: ${document.querySelector('#error-message')?.textContent?.trim() ?? ''}`;
      }
      return null;
    },
    { loading, timeout: SETTLE_MS },
  );
}

async function check(page, story) {
  const problems = [];
  const onConsole = (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  };
  const onPageError = (e) => problems.push(`uncaught: ${e.message}`);
  const onRequestFailed = (r) => {
    // Navigating to the next story cancels what the last one still loads.
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`);
  };
  const onResponse = (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()} for ${r.url()}`);
  };
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  page.on('requestfailed', onRequestFailed);
  page.on('response', onResponse);
  try {
    await show(page, story.id);
    const unsettled = await settle(page, story.id, /(^|-)loading$/.test(story.id));
    if (unsettled) problems.push(unsettled);
    if (!(await page.evaluate(() => !!window.axe))) await page.evaluate(axeSource);
    const violations = await page.evaluate(
      async (disabled) => {
        const rules = Object.fromEntries(disabled.map((id) => [id, { enabled: false }]));
        const result = await window.axe.run('#storybook-root', { rules, resultTypes: ['violations'] });
        return result.violations.map((v) => ({
          id: v.id,
          help: v.help,
          nodes: v.nodes.slice(0, 3).map((n) => `${JSON.stringify(n.target)} ${n.failureSummary?.split('\n').slice(1, 2).join(' ').trim() ?? ''}`),
          more: Math.max(0, v.nodes.length - 3),
        }));
      },
      PAGE_RULES,
    );
    for (const v of violations) {
      problems.push(`axe ${v.id}: ${v.help}\n${v.nodes.map((n) => `        ${n}`).join('\n')}${v.more ? `\n        … and ${v.more} more` : ''}`);
    }
    return { problems, axe: violations.length };
  } catch (e) {
    problems.push(`runner: ${e.message.split('\n')[0]}`);
    return { problems, axe: 0 };
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
    page.off('requestfailed', onRequestFailed);
    page.off('response', onResponse);
  }
}

const started = Date.now();
const queue = [...stories];
const failed = [];
let axeFailures = 0;
let otherFailures = 0;
await Promise.all(
  Array.from({ length: Math.min(jobs, queue.length) }, async () => {
    const page = await context.newPage();
    for (let story = queue.shift(); story; story = queue.shift()) {
      const { problems, axe } = await check(page, story);
      if (!problems.length) continue;
      failed.push(story.id);
      if (axe) axeFailures++;
      if (problems.length > axe) otherFailures++;
      console.log(`✗ ${story.id} (${story.title} › ${story.name})\n${problems.map((p) => `    ${p}`).join('\n')}`);
    }
    await page.close();
  }),
);

await browser.close();
server.close();
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(
  `stories: ${stories.length} rendered, ${stories.length - failed.length} clean, ${failed.length} failing ` +
    `(${axeFailures} with axe violations, ${otherFailures} with errors) in ${seconds} s`,
);
process.exit(failed.length || !stories.length ? 1 : 0);
