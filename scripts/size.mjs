// Prints what the bundle costs every reader, and fails over budget.
//   node scripts/size.mjs            (after npm run build)
//   node scripts/size.mjs --files    the cost of each source file instead of each group
//   node scripts/size.mjs --bundle=.tmp/dist-x/compare-kit.js   another build
//
// 1. dist/compare-kit.js (every element, English, Lit and Zod): minified,
//    gzip and brotli sizes, against the budget; then the language tables it
//    loads on demand from beside it (compare-kit.<lang>-<hash>.js).
// 2. A single-element bundle: src/define/compare-facts.ts with Lit and Zod
//    inside, built here into .tmp/size/ (what a page that wants one element
//    would load, if it built its own).
// 3. What each dependency, element and part of src/ costs in
//    dist/compare-kit.js, from its source map (scripts/size-map.mjs):
//    "alone" is the group gzipped on its own, "saved" what the bundle's gzip
//    would lose without it (the better figure of a group's cost).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { costTable } from './size-map.mjs';

// A guard against unnoticed growth, not the target: the performance issue (#7)
// wants 30 KB, aiming for 20 KB (see bench/RESULTS.md for the cost table, why
// it is not met and the options). Raised from 52 to 53 KB on 2026-11-26 for
// the fixes of the audits with unseen data (robust loading, lang switches,
// numbers read in the comparison's locale, accessibility), +1.1 KB, of which
// the library-mode build won back 0.6 KB. Raised from 53 to 55 KB on
// 2026-11-26 (fourth session) for what a second round of audits with unseen
// data found: units beyond the format's English list and other languages'
// ways of writing numbers (+1.6 KB, 0.45 KB of it the languages' words),
// language of parts and scroll boxes that are a Tab stop only when they
// scroll (+0.6 KB), affiliate disclosures, bidi-isolated names, huge and tiny
// numbers (+0.2 KB). Raised from 55 to 56 KB on 2026-11-26 (fifth session):
// chart bars and dots that show in any item colour, temperatures in °C and °F,
// and changing a vote after a failed send (+0.15 KB together) left the bundle
// 0.1 KB over; the rest is room for this session's other fixes. Moving every
// language's value words out to the files loaded on demand won 1.4 KB back;
// raised from 56 to 57 KB on 2026-11-26 (fifth session) for what two more
// audits with unseen data found: "Free" and "Unlimited" in a row, energy,
// inches and megapixels, ambiguous "1,299" on a decimal-comma page, bound
// words in other languages, moved and re-added elements, language of parts
// on pages without an interface table (+1.1 KB together). Sixth session: a
// Terser pass won 0.4 KB back; raised from 57 to 57.5 KB for what two audits
// found (a failed src retried when set again, lang switched inside an app's
// shadow roots, English words isolated on right-to-left pages, "best" only
// among values of one kind, counts in unknown languages, "$1,299.99" in any
// language, bidi overrides dropped, blank values missing, "Diff vs ‹baseline›"
// once over its columns, an unknown baseline said on the console). Raised
// from 57.5 to 58 KB the same session: the words of 15 more languages are
// files of their own, but each costs every reader the name of its file
// (+0.3 KB with range words and currencies per language), and "Unlimited" is
// drawn in the chart as a bar that fades out at the end of the axis. Raised
// from 58 to 58.5 KB at the end of the sixth session for what the review of
// its own change found (money per a word only after a slash and never per a
// person, the dot of an abbreviated magnitude only before a currency, bound
// words right after a number, range words only right after the first number,
// stems for Free and Unlimited): the bundle was 35 bytes over. Raised from
// 58.5 to 59 KB in the seventh session for what an audit with unseen data in
// eight more languages found readers shown wrong winners for (+0.5 KB):
// durations in two units ("1 h 30 min", "1時間30分"), a Chinese magnitude
// after a space ("50 萬"), units per a distance ("16.5 kWh/100 km"), inches
// as "in", money per a month written only after a slash ("980円/月"),
// rupees before the amount ("Rs.", "रु."), NT$, "€1.299" as ambiguous as
// "1.299 €", and elements that share one src rendering one per frame.
// Raised from 59 to 59.5 KB the same session for what a layout audit found
// (+0.4 KB): a value's amount and unit kept on one line (the key facts broke
// "$1,234,567.89" into "$1,234,567" and ".89"), a shadow at the edge of a
// table that scrolls (a cut-off "$39,9" read as complete); and the
// interface in eight more languages (+20 bytes: their tables load on demand).
// Raised from 59.5 to 60 KB the same session, 35 bytes short of the guard,
// for what a regression run of 4,900 values against the session's start
// found (+0.3 KB): "de"/"van" read only before a range, times of day kept
// out of durations, "kW·h", compound times joined by "and" in nine
// languages, "¥" as the yuan in Chinese, per-unit euro prices with three
// decimals ("€1.899/l"), ties only between converted units. Raised from
// 60 to 60.5 KB at the end of the seventh session: the bundle was 25 bytes
// under the guard (too close for another machine's zlib) after what a review
// of the session's change found: an aborted caller gives up its turn at
// once, a frame's stand-in when requestAnimationFrame throws, "$500 daily
// limit" is no price per day, "7 days 24 hours" no duration of 8 days,
// 内 is no bound before a Han character (内存, memory), "€1.299/year" as
// ambiguous as "€1.299", long amounts wrap beside the chart's names.
const BUDGET_GZIP = 60.5 * 1024;
const BUNDLE = process.argv.find((a) => a.startsWith('--bundle='))?.slice(9) ?? 'dist/compare-kit.js';
const SINGLE = { entry: 'src/define/compare-facts.ts', dir: '.tmp/size', file: 'compare-facts.js' };

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const sizes = (file) => {
  const raw = readFileSync(file);
  return {
    min: raw.length,
    gzip: gzipSync(raw, { level: 9 }).length,
    brotli: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};

if (!existsSync(BUNDLE)) {
  console.error(`${BUNDLE} is missing: run npm run build first`);
  process.exit(1);
}
const whole = sizes(BUNDLE);
console.log(`${BUNDLE}: ${kb(whole.min)} min, ${kb(whole.gzip)} gzip, ${kb(whole.brotli)} brotli (budget ${kb(BUDGET_GZIP)} gzip)`);

// The language tables beside it, loaded on demand: a page in English loads none, a page in German one.
{
  const dir = dirname(BUNDLE);
  const tables = readdirSync(dir).filter((f) => /^compare-kit\.[a-z]{2,3}-[\w-]+\.js$/.test(f)).sort();
  const each = tables.map((f) => [f.slice('compare-kit.'.length).split('-')[0], sizes(join(dir, f))]);
  if (each.length) {
    console.log(`language tables beside it, loaded on demand (gzip): ${each.map(([lang, s]) => `${lang} ${kb(s.gzip)}`).join(', ')}`);
    const most = Math.max(...each.map(([, s]) => s.gzip));
    console.log(`a page in English loads ${kb(whole.gzip)}; in another language at most ${kb(whole.gzip + most)}`);
  }
}

// The single-element bundle, built with the same settings as compare-kit.js.
{
  const { build } = await import('vite');
  const before = process.env.BUNDLE;
  const warn = console.warn;
  process.env.BUNDLE = '1';
  console.warn = () => {}; // the template minifier's notes; errors still throw
  try {
    await build({
      configFile: 'vite.config.ts',
      logLevel: 'error',
      build: { outDir: SINGLE.dir, emptyOutDir: true, rollupOptions: { input: SINGLE.entry, output: { entryFileNames: SINGLE.file } } },
    });
  } finally {
    console.warn = warn;
    if (before === undefined) delete process.env.BUNDLE;
    else process.env.BUNDLE = before;
  }
  const one = sizes(`${SINGLE.dir}/${SINGLE.file}`);
  console.log(`single element (${SINGLE.entry}, Lit and Zod inside): ${kb(one.min)} min, ${kb(one.gzip)} gzip, ${kb(one.brotli)} brotli`);
}

// Cost per group, from the source map.
if (existsSync(`${BUNDLE}.map`)) {
  const byFile = process.argv.includes('--files');
  const { rows, total } = byFile ? costTable(BUNDLE, (k) => k) : costTable(BUNDLE);
  const sum = (pred, i) => rows.filter(([g]) => pred(g)).reduce((a, r) => a + r[i], 0);
  const kinds = [
    ['Lit (lit-html, reactive-element, lit-element, directives)', (g) => /^dep: (lit|@lit\/)/.test(g) || /^(lit|lit-html|lit-element|@lit\/)/.test(g)],
    ['Lit SSR hydration (@lit-labs/ssr-client)', (g) => /@lit-labs\/ssr-client/.test(g)],
    ['Zod', (g) => /zod/.test(g)],
    ['translations (src/i18n)', (g) => /^i18n: |src\/i18n/.test(g)],
    ['elements (src/components, without styles)', (g) => /^element: .*>$|^src\/components\/.*(?<!\.styles)\.ts$/.test(g)],
    ['element styles (*.styles.ts)', (g) => /styles$|\.styles\.ts$/.test(g)],
    ['shared styles (src/styles)', (g) => /^src\/styles/.test(g)],
    ['base class and shared views (src/base)', (g) => /^src\/base/.test(g)],
    ['schema, rules, messages (src/schema)', (g) => /^src\/schema/.test(g)],
    ['values: quantities, units, diff, chart (src/values)', (g) => /^src\/values/.test(g)],
    ['data sources (src/data)', (g) => /^src\/data/.test(g)],
  ];
  const line = (name, min, alone, saved) => `| ${name.padEnd(58)} | ${String(min).padStart(7)} | ${String(alone).padStart(6)} | ${String(saved).padStart(6)} |`;
  console.log(`\ncost in ${BUNDLE} (bytes; alone: the part gzipped by itself; saved: what the bundle's gzip loses without it)`);
  console.log(line('summary', 'min', 'alone', 'saved'));
  console.log(`|${'-'.repeat(60)}|--------:|-------:|-------:|`);
  for (const [name, pred] of kinds) console.log(line(name, sum(pred, 1), sum(pred, 2), sum(pred, 3)));
  console.log(line('whole bundle', total.min, '', total.gzip));
  console.log(`\n${line(byFile ? 'source file' : 'group', 'min', 'alone', 'saved')}`);
  console.log(`|${'-'.repeat(60)}|--------:|-------:|-------:|`);
  for (const [g, min, alone, saved] of rows) console.log(line(g, min, alone, saved));
}

if (whole.gzip > BUDGET_GZIP) {
  console.error(`over the size budget: ${kb(whole.gzip)} gzip > ${kb(BUDGET_GZIP)}`);
  process.exit(1);
}
