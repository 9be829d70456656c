// npm run test:cls: Cumulative Layout Shift of pages that embed compare-kit
// (bench/cls.mjs: an article around the elements; the script and the data
// arriving late, or inline data), measured with a PerformanceObserver in
// headless Chromium against dist/compare-kit.js. At most 0.01 with late
// script and data, 0 with inline data. Prints one line per scenario and a
// summary; exits non-zero when one is over its limit.
//   node test/perf/cls.mjs [--dist=dir]      (after npm run build)
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startServer } from '../../bench/server.mjs';
import { CLS_SCENARIOS, clsRoutes, measureCls } from '../../bench/cls.mjs';

const dist = (process.argv.find((a) => a.startsWith('--dist='))?.slice(7) ?? 'dist').replace(/^\.?\/+|\/+$/g, '');
const kit = `/${dist}/compare-kit.js`;
if (!existsSync(`${dist}/compare-kit.js`)) {
  console.error(`cls: ${dist}/compare-kit.js is missing: run npm run build first`);
  process.exit(1);
}
const server = await startServer({ routes: clsRoutes(kit) });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
// The checks; the bench also prints informational scenarios (no limit).
const checks = CLS_SCENARIOS.filter((sc) => !sc.info);
let failed = 0;
try {
  for (const sc of checks) {
    let r;
    try {
      r = await measureCls(browser, server.url, sc, { kit });
    } catch (e) {
      r = { pass: false, cls: NaN, shifts: [], states: [], errors: [e.message] };
    }
    if (!r.pass) failed++;
    const detail = [
      r.shifts.length ? `shifts ${r.shifts.map((s) => `${s.value.toFixed(4)} at ${s.at} ms (${s.nodes.join(', ') || '?'})`).join('; ')}` : '',
      r.states.some((s) => !s.endsWith(':ready')) ? `states ${r.states.join(', ')}` : '',
      r.errors.length ? `errors: ${r.errors.join('; ')}` : '',
    ].filter(Boolean);
    console.log(`${r.pass ? 'ok  ' : 'FAIL'} CLS ${Number.isNaN(r.cls) ? '—' : r.cls.toFixed(4)} (max ${sc.max}) ${sc.name}${detail.length ? ` — ${detail.join(' — ')}` : ''}`);
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`cls: ${checks.length - failed} of ${checks.length} scenarios within their layout-shift limit${failed ? `, ${failed} over` : ''}`);
process.exit(failed ? 1 : 0);
