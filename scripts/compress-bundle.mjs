// The Terser pass over dist/compare-kit.js, run by every bundle build (vite.config.ts,
// BUNDLE=1: `npm run build`, the WordPress test's build), after the files are written.
import { readFileSync, writeFileSync } from 'node:fs';
import { minify } from 'terser';

/**
 * A second pass over the minified bundle with Terser's compressor, which finds
 * what Vite's minifier leaves (about 0.4 KB gzip: joined declarations,
 * folded conditionals, shorter arrow bodies). The source map is carried through.
 */
export async function compressBundle(file) {
  const map = readFileSync(`${file}.map`, 'utf8');
  const out = await minify(readFileSync(file, 'utf8'), {
    module: true,
    ecma: 2020,
    compress: { passes: 3, pure_getters: true, unsafe_arrows: true },
    mangle: true,
    format: { comments: false },
    sourceMap: { content: map, url: 'compare-kit.js.map', filename: 'compare-kit.js', includeSources: true },
  });
  // Terser drops ignoreList: Lit and Zod stay out of the reader's debugger steps.
  const outMap = JSON.parse(out.map);
  outMap.ignoreList = outMap.sources.flatMap((s, i) => (s.includes('node_modules/') ? [i] : []));
  // V8's explicit compile hint (Chromium 136+; a comment elsewhere): compile every function while the script streams
  // in, off the main thread, instead of each on its first call, in the element's first render (that was ~25 ms of
  // main-thread compiling in <compare-page>'s first render on a new page; bench/RESULTS.md). Nearly every function
  // of the bundle runs in a first render. The comment must be the file's first line: the map gets an empty one.
  outMap.mappings = `;${outMap.mappings}`;
  writeFileSync(file, `//# allFunctionsCalledOnLoad\n${out.code}`);
  writeFileSync(`${file}.map`, JSON.stringify(outMap));
}

