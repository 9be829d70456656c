import { readFileSync, readdirSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { join } from 'node:path';
import { minifyHTMLLiterals } from 'minify-literals';
// @ts-expect-error: a plain .mjs script, no types
import { compressBundle } from './scripts/compress-bundle.mjs';
import { LIT_HANDOFF } from './src/base/hydrate-support.js';

/**
 * `npm start` serves the repo root (the demo is /demo/) with live reload.
 * `npm run build` (scripts/build.mjs) runs two library builds from here:
 *   - BUNDLE=1: dist/compare-kit.js, one minified ES module with Lit and Zod inside;
 *   - otherwise: the package entries (root and one per element) with Lit and Zod external.
 */
/** One package entry per element: every module in src/define/ registers one tag. */
const elements = readdirSync('src/define').filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3));
const bundle = process.env.BUNDLE === '1';

/** `unsafeCSS` written with an escape: the same identifier to JavaScript, not the same text to minify-literals. */
const UNSAFE_CSS = 'unsafe\\u0043SS';

/** Minifies the CSS and HTML inside css`` and html`` templates (whitespace, comments) at build time. */
function minifyTemplates(): Plugin {
  return {
    name: 'compare-kit:minify-templates',
    apply: 'build',
    enforce: 'post',
    async transform(code, id) {
      if (!/\/src\/.*\.[jt]s$/.test(id) || !/\b(?:css|html|svg)`/.test(code)) return null;
      // No CSS minification inside html`` (style attributes): it turns
      // `style=${styleProps(…)}` into `style=${…};`, an interpolated attribute
      // that Lit writes with setAttribute, which a strict CSP blocks.
      // minify-literals leaves all CSS of a file alone once "unsafeCSS" appears
      // in it. Ours wrap constant strings: hide the name from it (a unicode
      // escape of the same identifier, put back after), and tag those strings
      // so they are minified too (String.raw of the cooked strings is the
      // plain template). 3 KB of CSS in the bundle otherwise stays as written.
      const unsafe = code.includes('unsafeCSS');
      const source = unsafe
        ? `${code.replaceAll('unsafeCSS(`', 'unsafeCSS(__cssText`').replaceAll('unsafeCSS', UNSAFE_CSS)}\nfunction __cssText(s,...v){return String.raw({raw:s},...v)}`
        : code;
      // conservativeCollapse: runs of whitespace become one space, never none, so a
      // template renders the same text minified or not (html` <span…` keeps its space).
      const result = await minifyHTMLLiterals(source, { fileName: id, html: { minifyCSS: false, conservativeCollapse: true } });
      if (!result) return null;
      // The minifier ends a style sheet whose last part is an interpolation ("${authorText(…)}") with a ";", which
      // browsers skip but a CSS minifier refuses: server-rendered <style> in an app that minifies its HTML (Vite's
      // lightningcss: "Unexpected end of input"). (The sources have no "};`" of their own.)
      const out = result.code.replaceAll('};`', '}`');
      return { code: unsafe ? out.replaceAll(UNSAFE_CSS, 'unsafeCSS') : out, map: result.map as never };
    },
  };
}

/**
 * The bundle's hydration file (src/base/hydrate-support.ts) imports nothing: a page that loaded compare-kit.js
 * with a query (WordPress's ?ver=) would load it again under the plain URL, with a second Lit. Lit's own
 * objects come from the bundle instead (globalThis[LIT_HANDOFF], set just before the import); Lit's other modules
 * that the hydration code imports (helpers and constants, and the SSR view of Lit's internals) are copied into it.
 */
function litFromBundle(): Plugin {
  const COPY = '\0compare-kit:copy:';
  const LIT = '\0compare-kit:lit';
  const inHydration = (id?: string) => !!id && (id.includes('/@lit-labs/ssr-client/') || id.startsWith(COPY));
  return {
    name: 'compare-kit:lit-from-bundle',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!inHydration(importer)) return null;
      const found = await this.resolve(source, importer!.replace(COPY, ''), { skipSelf: true });
      if (!found || found.id.includes('/@lit-labs/ssr-client/')) return found;
      return /\/lit-html\/(development\/)?lit-html\.js$/.test(found.id) ? LIT : COPY + found.id;
    },
    // The bundle's LitElement takes no hydration support from the page: an app's own (its Lit's, loaded first) would
    // hydrate compare-kit's templates with another lit-html. It takes the bundle's, on demand (hydration()).
    transform(code, id) {
      // (Same length: the source map stays true.)
      return /\/lit-element\/(development\/)?lit-element\.js$/.test(id) ? { code: code.replace(/\b(\w+)\.litElementHydrateSupport\?\.\(/, (m) => `${'undefined'.padEnd(m.length - 3)}?.(`), map: null } : null;
    },
    load(id) {
      if (id === LIT) return `export const{render,noChange,_$LH}=globalThis.${LIT_HANDOFF};`;
      return id.startsWith(COPY) ? readFileSync(id.slice(COPY.length), 'utf8') : null;
    },
  };
}

/** The bundle once written: a second, Terser pass (scripts/compress-bundle.mjs). */
function terserPass(): Plugin {
  return {
    name: 'compare-kit:terser-pass',
    apply: 'build',
    async writeBundle(options, output) {
      if ('compare-kit.js' in output) await compressBundle(join(options.dir ?? 'dist', 'compare-kit.js'));
    },
  };
}

export default defineConfig({
  server: { open: '/demo/' },
  plugins: bundle ? [litFromBundle(), minifyTemplates(), terserPass()] : [minifyTemplates()],
  build: bundle
    ? {
        // Library mode, so Vite does not wrap the language imports in its
        // preload helper (0.6 KB gzip that this file never needs: the tables
        // import nothing); the output is minified whitespace and all, and
        // without comments (library mode keeps the pure annotations for
        // bundlers; this file is for browsers).
        emptyOutDir: false,
        target: 'es2022',
        minify: true,
        sourcemap: true,
        copyPublicDir: false,
        lib: { entry: 'src/compare-kit.ts', formats: ['es'], fileName: () => 'compare-kit.js' },
        rollupOptions: {
          // The language tables (src/i18n), loaded on demand from beside compare-kit.js:
          // compare-kit.de-<hash>.js. Each imports nothing, so a compare-kit.js loaded
          // with a query (WordPress's ?ver=) still has one copy of everything.
          output: { chunkFileNames: 'compare-kit.[name]-[hash:6].js', minify: true, comments: false },
        },
      }
    : {
        emptyOutDir: true,
        target: 'es2022',
        minify: false,
        sourcemap: true,
        lib: {
          entry: {
            index: 'src/index.ts',
            ...Object.fromEntries(elements.map((tag) => [tag, `src/define/${tag}.ts`])),
          },
          formats: ['es'],
        },
        rollupOptions: {
          // lit-html and @lit-labs/ssr-client (hydration) too: one copy of Lit's internals, the app's.
          external: [/^lit(\/.*)?$/, /^lit-html(\/.*)?$/, /^lit-element(\/.*)?$/, /^@lit\//, /^@lit-labs\//, /^zod(\/.*)?$/],
          output: { chunkFileNames: 'chunks/[name]-[hash].js' },
        },
      },
});
