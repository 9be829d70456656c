// A plain "N passed, N failed" line at the very end of a run, so CI can count
// tests (the default reporter only prints it inside a progress line). Written
// to a file too: when the runner exits at once (failures, coverage), the line
// printed here may be lost; scripts/run-wtr.mjs prints it from the file.
import { mkdirSync, writeFileSync } from 'node:fs';

export const COUNT_FILE = 'node_modules/.cache/compare-kit/wtr-count.txt';

function count(results, acc) {
  if (!results) return acc;
  for (const t of results.tests ?? []) {
    if (t.skipped) acc.skipped++;
    else if (t.passed) acc.passed++;
    else acc.failed++;
  }
  for (const s of results.suites ?? []) count(s, acc);
  return acc;
}

export function countingReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const acc = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        count(session.testResults, acc);
        // A file that failed to load (syntax error, failed import) has no tests: count it.
        if (!session.passed && (session.errors?.length ?? 0) > 0) acc.failed++;
      }
      const line = `${acc.passed} passed, ${acc.failed} failed${acc.skipped ? `, ${acc.skipped} skipped` : ''}`;
      mkdirSync(COUNT_FILE.replace(/\/[^/]+$/, ''), { recursive: true });
      writeFileSync(COUNT_FILE, line);
      // Printed after the default reporter's last frame (when the process lives that long).
      if (!process.env.WTR_COUNT_BY_WRAPPER) setTimeout(() => process.stdout.write(`\n${line}\n`), 0);
    },
  };
}
