import { readdirSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { minifyHTMLLiterals } from 'minify-literals';

/**
 * `npm start` serves the repo root (the demo is /demo/) with live reload.
 * `npm run build` (scripts/build.mjs) runs two library builds from here:
 *   - BUNDLE=1: dist/compare-kit.js, one minified ES module with Lit and Zod inside;
 *   - otherwise: the package entries (root and one per element) with Lit and Zod external.
 */
/** One package entry per element: every module in src/define/ registers one tag. */
const elements = readdirSync('src/define').filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3));
const bundle = process.env.BUNDLE === '1';

/** Minifies the CSS and HTML inside css`` and html`` templates (whitespace, comments) at build time. */
function minifyTemplates(): Plugin {
  return {
    name: 'compare-kit:minify-templates',
    apply: 'build',
    enforce: 'post',
    async transform(code, id) {
      if (!/\/src\/.*\.[jt]s$/.test(id) || !/\b(?:css|html|svg)`/.test(code)) return null;
      const result = await minifyHTMLLiterals(code, { fileName: id });
      return result ? { code: result.code, map: result.map as never } : null;
    },
  };
}

export default defineConfig({
  server: { open: '/demo/' },
  plugins: [minifyTemplates()],
  build: bundle
    ? {
        // Not library mode: Vite keeps whitespace in library ES output (for
        // the pure annotations), and this file is for browsers, not bundlers.
        emptyOutDir: false,
        target: 'es2022',
        minify: true,
        sourcemap: true,
        modulePreload: false,
        copyPublicDir: false,
        rollupOptions: {
          input: 'src/compare-kit.ts',
          preserveEntrySignatures: 'exports-only',
          output: { format: 'es', entryFileNames: 'compare-kit.js' },
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
          external: [/^lit(\/.*)?$/, /^@lit\//, /^zod(\/.*)?$/],
          output: { chunkFileNames: 'chunks/[name]-[hash].js' },
        },
      },
});
