// Prints what the bundle costs every reader, and fails over budget.
//   node scripts/size.mjs        (after npm run build)
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

// The whole bundle: every element, five translations, Lit and Zod. A guard
// against growth for now; the performance issue brings it down to 30 KB.
const BUDGET_GZIP = 54 * 1024;
const files = ['dist/compare-kit.js'];
let over = false;
for (const file of files) {
  const raw = readFileSync(file);
  const gz = gzipSync(raw, { level: 9 }).length;
  const br = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`${file}: ${kb(raw.length)} min, ${kb(gz)} gzip, ${kb(br)} brotli (budget ${kb(BUDGET_GZIP)} gzip)`);
  if (gz > BUDGET_GZIP) over = true;
}
if (over) {
  console.error('over the size budget');
  process.exit(1);
}
