// Takes a screenshot of a page in headless Chromium, to look at what we build.
//   node scripts/screenshot.mjs <url> <out.png> [width] [colorScheme] [css selector of one element]
import { chromium } from 'playwright-core';

const [url, out, width = '1100', scheme = 'light', selector] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage({
  viewport: { width: Number(width), height: 900 },
  colorScheme: scheme,
  // FORCED_COLORS=active: Windows' high-contrast mode, as Chromium emulates it.
  forcedColors: process.env.FORCED_COLORS === 'active' ? 'active' : 'none',
});
page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
page.on('pageerror', (e) => console.error('pageerror:', e.message));
await page.goto(url, { waitUntil: 'networkidle' });
await page.waitForTimeout(300);
if (selector) await page.locator(selector).first().screenshot({ path: out });
else await page.screenshot({ path: out, fullPage: true });
await browser.close();
console.log(`wrote ${out}`);
