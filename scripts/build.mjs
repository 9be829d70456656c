// npm run build: the package entries, the one-tag bundle, the .d.ts types and
// the JSON Schema generated from the Zod schema.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { build } from 'vite';

process.env.BUNDLE = '0';
await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
process.env.BUNDLE = '1';
await build({ configFile: 'vite.config.ts', logLevel: 'warn' });

execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });

const { comparisonJsonSchema } = await import('../dist/index.js');
writeFileSync('dist/comparison.schema.json', `${JSON.stringify(comparisonJsonSchema(), null, 2)}\n`);
console.log('dist/ written: compare-kit.js, index.js, compare-facts.js, types/, comparison.schema.json');
