/**
 * Chromium's JavaScript coverage for the test runner, taken with V8's profiler alone. The runner starts and stops
 * Playwright's `page.coverage` around each test file; Playwright's also turns on the DevTools debugger (to list the
 * scripts a page parses) and fetches every script's source, neither of which the runner uses: it keeps the V8 data of
 * the page's scripts and reads their code and source maps from its own server. With the debugger on, a file cost about
 * 2.3 s more CPU (ten files, interleaved: 116 s and 106 s of CPU, 116 s and 91 s of the files' time; without it 93 s
 * and 83 s, 79 s and 72 s).
 *
 * The data is the same (precise block coverage with call counts) but for one thing: the debugger kept the scripts of a
 * frame removed during the file (a test's iframe that loads src/ again), and the runner's converter keeps one entry per
 * URL, the last: the iframe's copy replaced the page's (hostile/memory.test.ts alone: 70 % of lines before, 85 % now).
 * Without the debugger those scripts were gone by the end of the file (collected with their frame): the page's copy counted.
 *
 * @param {import('playwright').Page} page a test file's page, new (about:blank)
 * @returns what the runner calls as `page.coverage`
 */
export function jsCoverage(page) {
  let cdp;
  let before = new Set();
  return {
    async startJSCoverage() {
      cdp ??= await page.context().newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.startPreciseCoverage', { callCount: true, detailed: true });
      // Scripts already there (none in a new page) are left out, as Playwright leaves out those parsed before its start.
      before = new Set((await cdp.send('Profiler.takePreciseCoverage')).result.map((s) => s.scriptId));
    },
    async stopJSCoverage() {
      const { result } = await cdp.send('Profiler.takePreciseCoverage');
      await cdp.send('Profiler.stopPreciseCoverage');
      await cdp.send('Profiler.disable');
      return result.filter((s) => s.url && !before.has(s.scriptId));
    },
  };
}
