// The Node entries: dist/node/ssr.js (`compare-kit/ssr`, server rendering) and
// dist/node/cli.js (the `compare-kit` command). Called by scripts/build.mjs;
// on its own: node scripts/build-node.mjs [outDir]
//
// The templates are minified by the same plugin as the browser builds
// (vite.config.ts): hydration matches server and browser templates by a
// digest of their strings, so both must be minified alike.
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, loadConfigFromFile } from 'vite';

export async function buildNode(outDir = 'dist/node') {
  const loaded = await loadConfigFromFile({ command: 'build', mode: 'production' }, 'vite.config.ts', process.cwd(), 'warn');
  await build({
    configFile: false,
    logLevel: 'warn',
    plugins: loaded?.config.plugins ?? [],
    build: {
      ssr: true,
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      sourcemap: true,
      copyPublicDir: false,
      rollupOptions: {
        input: { ssr: 'src/ssr/index.ts', cli: 'src/cli/main.ts' },
        // Lit and Zod come from the package's dependencies, @lit-labs/ssr from the user's install.
        external: [/^lit(\/.*)?$/, /^lit-html(\/.*)?$/, /^lit-element(\/.*)?$/, /^@lit\//, /^@lit-labs\//, /^zod(\/.*)?$/, /^node:/],
        output: {
          format: 'es',
          entryFileNames: '[name].js',
          chunkFileNames: 'chunks/[name]-[hash].js',
          banner: (chunk) => (chunk.isEntry && chunk.name === 'cli' ? '#!/usr/bin/env node' : ''),
        },
      },
    },
  });
  chmodSync(join(outDir, 'cli.js'), 0o755);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await buildNode(process.argv[2]);
  console.log(`${process.argv[2] ?? 'dist/node'}/ written: ssr.js, cli.js`);
}
