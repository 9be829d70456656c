// Server-rendered HTML for browser tests: GET /__ssr?doc=demo&element=page&locale=en[&sections=…][&theme=…]
// answers with renderToString's output (text/html), so test/ssr/hydrate.test.ts can hydrate
// it in every engine the runner drives.
//
// The renderer is built from src/ by Vite for Node on first use, without the template
// minification of `npm run build`: hydration matches templates by a digest of their strings,
// and the runner serves the element modules unminified. Built under node_modules/.cache so
// that Node resolves its imports (lit, @lit-labs/ssr, zod) from this project.
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DOCS = {
  demo: 'demo/data/python-vs-rust.json',
  three: 'test/fixtures/three-databases.json',
  minimal: 'test/fixtures/minimal.json',
};

async function buildRenderer() {
  const outDir = join(root, 'node_modules/.cache/compare-kit-wtr-ssr', String(process.pid));
  process.once('exit', () => rmSync(outDir, { recursive: true, force: true }));
  const { build } = await import('vite');
  await build({
    configFile: false,
    root,
    logLevel: 'silent',
    build: {
      ssr: true,
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      copyPublicDir: false,
      rollupOptions: {
        input: { ssr: join(root, 'src/ssr/index.ts') },
        external: [/^lit(\/.*)?$/, /^lit-html(\/.*)?$/, /^lit-element(\/.*)?$/, /^@lit\//, /^@lit-labs\//, /^zod(\/.*)?$/, /^node:/],
        output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
      },
    },
  });
  return import(pathToFileURL(join(outDir, 'ssr.js')).href);
}

export function ssrRender() {
  let renderer;
  return {
    name: 'compare-kit:ssr',
    async serve(context) {
      if (context.path !== '/__ssr') return undefined;
      renderer ??= buildRenderer();
      const { renderToString } = await renderer;
      const q = context.URL.searchParams;
      const file = DOCS[q.get('doc') ?? 'demo'];
      if (!file) return { status: 404, body: 'unknown doc', type: 'text' };
      const options = {};
      for (const key of ['element', 'locale', 'sections', 'theme', 'voteEndpoint', 'endpoint']) {
        if (q.has(key)) options[key] = q.get(key);
      }
      if (q.has('headingLevel')) options.headingLevel = Number(q.get('headingLevel'));
      try {
        return { body: renderToString(readFileSync(join(root, file), 'utf8'), options), type: 'html' };
      } catch (e) {
        return { status: 400, body: String(e?.message ?? e), type: 'text' };
      }
    },
  };
}
