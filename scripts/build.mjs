// npm run build: the package entries, the one-tag bundle, the .d.ts types and
// the JSON Schema generated from the Zod schema.
import { execFileSync } from 'node:child_process';
import { copyFileSync, writeFileSync } from 'node:fs';
import { build } from 'vite';

process.env.BUNDLE = '0';
await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
process.env.BUNDLE = '1';
await build({ configFile: 'vite.config.ts', logLevel: 'warn' }); // with a Terser pass: scripts/compress-bundle.mjs

// The Node entries: dist/node/ssr.js (`compare-kit/ssr`) and dist/node/cli.js (the `compare-kit` command).
const { buildNode } = await import('./build-node.mjs');
await buildNode('dist/node');

execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });

const { comparisonJsonSchema } = await import('../dist/index.js');
writeFileSync('dist/comparison.schema.json', `${JSON.stringify(comparisonJsonSchema(), null, 2)}\n`);

// Plain CSS for pages: space kept before the script runs, and every token with its default.
copyFileSync('src/styles/preload.css', 'dist/compare-kit.css');
copyFileSync('src/styles/compare-kit-tokens.css', 'dist/compare-kit-tokens.css');

// The custom-elements manifest (custom-elements.json at the package root), from the JSDoc: scripts/manifest.mjs.
execFileSync('npm', ['run', '--silent', 'manifest'], { stdio: 'inherit' });
console.log('dist/ written: compare-kit.js, index.js, compare-facts.js, types/, comparison.schema.json, compare-kit.css, compare-kit-tokens.css; custom-elements.json');

// The WordPress plugin: the bundle copied into wordpress/compare-kit/assets/, and dist/compare-kit-wordpress.zip.
const { packWordPressPlugin } = await import('./wordpress-plugin.mjs');
const plugin = packWordPressPlugin();
console.log(`${plugin.out} written (${plugin.files} files, ${(plugin.bytes / 1024).toFixed(1)} KB); bundle copied to wordpress/compare-kit/assets/`);
