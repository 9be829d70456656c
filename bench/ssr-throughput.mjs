// npm run bench:ssr — server rendering throughput: how many pages per second
// renderToString (dist/node/ssr.js) turns the demo comparison into HTML, for
// the whole <compare-page> and for single elements, on one core (Node's main
// thread), after a warm-up. Also the HTML size, plain and gzipped.
//
//   npm run bench:ssr
//   SSR_DIST=.tmp/dist npm run bench:ssr        another build (default dist/)
//   BENCH_SECONDS=5 npm run bench:ssr           measure longer (default 3 s per case)
//   npm run bench:ssr -- --json=.tmp/ssr.json   also write the figures as JSON
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = resolve(root, process.env.SSR_DIST ?? 'dist');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const jsonOut = process.argv.find((a) => a.startsWith('--json='))?.slice('--json='.length);

let renderToString;
try {
  ({ renderToString } = await import(pathToFileURL(join(dist, 'node/ssr.js')).href));
} catch (e) {
  console.error(`${join(dist, 'node/ssr.js')}: ${e.message} (run npm run build first)`);
  process.exit(1);
}
const text = readFileSync(join(root, 'demo/data/python-vs-rust.json'), 'utf8');

const CASES = [
  { name: '<compare-page> (12 elements)', options: {} },
  { name: '<compare-page sections="verdict facts faq">', options: { sections: 'verdict facts faq' } },
  { name: '<compare-facts>', options: { element: 'facts' } },
  { name: '<compare-table> (87 attributes)', options: { element: 'table' } },
];

const results = [];
for (const c of CASES) {
  // From the JSON text each time, as a CMS does: parse, validate, render, serialise.
  const once = () => renderToString(text, { locale: 'en', ...c.options });
  const html = once();
  for (let i = 0; i < 20; i++) once(); // warm-up: JIT, Lit's template caches
  const samples = [];
  const end = performance.now() + SECONDS * 1000;
  while (performance.now() < end) {
    const t = performance.now();
    once();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  const total = samples.reduce((a, b) => a + b, 0);
  const r = {
    case: c.name,
    pagesPerSecond: Math.round((samples.length / total) * 1000 * 10) / 10,
    medianMs: Math.round(samples[Math.floor(samples.length / 2)] * 100) / 100,
    p95Ms: Math.round(samples[Math.floor(samples.length * 0.95)] * 100) / 100,
    renders: samples.length,
    htmlKB: Math.round(html.length / 102.4) / 10,
    gzipKB: Math.round(gzipSync(html).length / 102.4) / 10,
  };
  results.push(r);
  console.log(`${r.case}: ${r.pagesPerSecond} pages/s (median ${r.medianMs} ms, p95 ${r.p95Ms} ms, ${r.renders} renders), ${r.htmlKB} KB HTML, ${r.gzipKB} KB gzip`);
}
if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify({ node: process.version, results }, null, 2)}\n`);
