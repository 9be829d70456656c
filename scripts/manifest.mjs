// npm run manifest: custom-elements.json at the package root, from the JSDoc (the analyzer), its modules sorted by
// path: the analyzer lists them in no fixed order, and every run (npm run build, and Storybook's, which reads it)
// must leave the committed file as it was.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

execFileSync('npx', ['cem', 'analyze', '--quiet'], { stdio: 'inherit' });
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
manifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
writeFileSync('custom-elements.json', `${JSON.stringify(manifest, null, 2)}\n`);
