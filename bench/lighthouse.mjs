// Lighthouse (the npm package, 12.2.3: 13 needs Node 22) on a page, with
// Debian's Chromium, headless. Returns the category scores (0–100), the
// main metrics and the audits that did not pass.
//   const r = await runLighthouse('http://127.0.0.1:8261/demo/bench.html', 'mobile');
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];

export async function runLighthouse(url, formFactor = 'mobile') {
  const chrome = await chromeLauncher.launch({
    chromePath: '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
    logLevel: 'silent',
  });
  try {
    const flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES };
    const config = formFactor === 'desktop' ? desktopConfig : undefined;
    const result = await lighthouse(url, flags, config);
    const lhr = result.lhr;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100)]));
    const a = lhr.audits;
    const metric = (id) => a[id]?.displayValue?.replace(/\u00a0/g, ' ') ?? '—';
    const metrics = {
      FCP: metric('first-contentful-paint'),
      LCP: metric('largest-contentful-paint'),
      TBT: metric('total-blocking-time'),
      CLS: metric('cumulative-layout-shift'),
      SI: metric('speed-index'),
    };
    // Audits of the three categories that did not pass (score below 0.9), by title.
    const refs = CATEGORIES.flatMap((c) => lhr.categories[c]?.auditRefs ?? []).filter((r) => r.weight > 0);
    const failing = [...new Set(refs.map((r) => r.id))]
      .map((id) => a[id])
      .filter((x) => x && x.score !== null && x.score < 0.9 && x.scoreDisplayMode !== 'informative' && x.scoreDisplayMode !== 'notApplicable')
      .map((x) => `${x.title}${x.displayValue ? ` (${x.displayValue.replace(/\u00a0/g, ' ')})` : ''}`);
    return { formFactor, url, scores, metrics, failing, lighthouseVersion: lhr.lighthouseVersion, userAgent: lhr.environment?.hostUserAgent };
  } finally {
    await chrome.kill();
  }
}
