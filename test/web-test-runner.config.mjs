// Browser tests in Chromium, Firefox and WebKit, using Debian's browsers
// (no browser download works on these machines; see ../shared/docs/browsers.md).
//
//   npx web-test-runner                       all engines
//   BROWSERS=chromium npx web-test-runner     one engine (chromium|firefox|webkit, comma-separated)
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { takeFailedFile, testApi } from './server/test-api.mjs';
import { countingReporter } from './server/counting-reporter.mjs';
import { jsCoverage } from './server/js-coverage.mjs';
import { reactEsm } from './frameworks/react-esm-plugin.mjs';
import { ssrRender } from './ssr/ssr-plugin.mjs';

/**
 * Zod's error-message translations, which src/ never uses (`zod/mini` re-exports them as `z.locales`): in the built
 * bundle they are shaken out, but unbundled every test page fetched all of them, 90 of its 200 modules. Served empty.
 */
function noZodLocales() {
  return {
    name: 'no-zod-locales',
    serve(context) {
      if (/\/node_modules\/zod\/v4\/locales\/index\.js$/.test(context.path)) return { body: 'export {};\n', type: 'js' };
    },
  };
}

const wanted = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',').map((s) => s.trim());

async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {net.AddressInfo} */ (srv.address());
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

async function waitForPort(port, ms = 15000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const ok = await new Promise((resolve) => {
      const s = net.connect(port, '127.0.0.1', () => { s.end(); resolve(true); });
      s.on('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebKitWebDriver did not listen on ${port}`);
}

/** WebKit: WebKitGTK's MiniBrowser through WebKitWebDriver, started here and stopped on exit. */
async function webkitLauncher() {
  const port = await freePort();
  const driver = spawn('/usr/bin/WebKitWebDriver', [`--port=${port}`, '--host=local'], { stdio: 'ignore' });
  const stop = () => { try { driver.kill(); } catch { /* already gone */ } };
  process.on('exit', stop);
  await waitForPort(port);
  const launcher = webdriverLauncher({
    hostname: '127.0.0.1',
    port,
    path: '/',
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      'wdio:enforceWebDriverClassic': true,
      // A navigation answers at once; the runner then waits for the test page to report in (testsStartTimeout). With
      // the default ("normal": wait for the load), one navigation in a loaded CI run got no answer for 120 s.
      pageLoadStrategy: 'none',
      'webkitgtk:browserOptions': {
        binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
        args: ['--automation'],
      },
    },
  });
  // The runner's WebDriver launcher starts each file's navigation without waiting for it (its SessionManager drops the
  // promise), so a navigation that failed was an unhandled rejection, which ended the whole run with no report. Waited
  // for here, a failure fails that file, with its message.
  launcher.startSession = async (id, url) => {
    await launcher.ensureManagerInitialized();
    await launcher.driverManager.startSession(id, url);
  };
  const originalStop = launcher.stop.bind(launcher);
  launcher.stop = async () => { await originalStop(); stop(); };
  return launcher;
}

const chromiumFlags = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
];

const browsers = [];
if (wanted.includes('chromium')) {
  // One browser context for every file, as Firefox and WebKit have (storage is shared across files in all three): a
  // fresh context per file had an empty HTTP cache and fetched and compiled every module again (~1 s a file). A new one
  // after a test made a module fail to load (test-api's fail-file): Chromium would not load it again in that context.
  let shared;
  browsers.push(playwrightLauncher({
    product: 'chromium',
    launchOptions: { executablePath: '/usr/bin/chromium', args: chromiumFlags },
    createBrowserContext: async ({ browser }) => {
      if (!shared || takeFailedFile()) shared = await browser.newContext();
      // The runner closes a file's "context" when the file is done: close only its page.
      return { page: undefined, close() { return this.page?.close(); } };
    },
    createPage: async ({ context }) => {
      context.page = await shared.newPage();
      // --coverage: V8's coverage without Playwright's debugger, which made every file slower (server/js-coverage.mjs).
      context.page.coverage = jsCoverage(context.page);
      return context.page;
    },
  }));
}
if (wanted.includes('firefox')) {
  browsers.push(puppeteerLauncher({
    launchOptions: { browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true },
    concurrency: 1,
  }));
}
if (wanted.includes('webkit')) {
  if (!existsSync('/usr/bin/WebKitWebDriver')) throw new Error('WebKitWebDriver missing: apt-get install webkit2gtk-driver');
  browsers.push(await webkitLauncher());
}

export default {
  files: ['test/**/*.test.ts'],
  // Lit's production build, the one dist/compare-kit.js ships (the runner picks the "development" build by default):
  // what readers run, and a seventh faster than the dev build's checks.
  nodeResolve: { exportConditions: ['production'] },
  // One test file at a time per browser: with more, WebKit's background iframes get throttled
  // timers and lose focus on these 2-core machines, and tests flake.
  concurrency: 1,
  concurrentBrowsers: 3,
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  // Ceilings, not speed checks: on a loaded 2-core machine (three engines at once, beside other work) WebKit's
  // layout-320 file ran past 180 s (81 s and 175 s in two fresh-clone CI runs of one day) and single tests past 10 s
  // that take 1-2 s alone. Each file's time is printed at the end of the run (scripts/run-wtr.mjs) to keep the suite
  // well under 20 minutes.
  testsFinishTimeout: 600000,
  testFramework: { config: { timeout: 20000 } },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), reactEsm(), ssrRender(), noZodLocales()],
  middleware: [testApi],
  browsers,
  reporters: [defaultReporter(), countingReporter()],
  // `npm test` runs with --coverage: V8 coverage of src/, from Chromium (Firefox and
  // WebKit have no coverage API here; their sessions add nothing). Below a threshold,
  // the run fails. Report in coverage/ (lcov-report/index.html, coverage-summary.json).
  coverageConfig: {
    include: ['src/**/*.ts'],
    threshold: { statements: 90, branches: 90, functions: 90, lines: 90 },
    reportDir: 'coverage',
    reporters: ['text-summary', 'json-summary', 'lcov'],
  },
};
