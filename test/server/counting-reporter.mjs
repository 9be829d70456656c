// Prints a plain "N passed, N failed" line at the very end of a run, so CI can
// count tests (the default reporter only prints it inside a progress line).
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
      // Printed after the default reporter's last frame.
      setTimeout(() => {
        process.stdout.write(`\n${acc.passed} passed, ${acc.failed} failed${acc.skipped ? `, ${acc.skipped} skipped` : ''}\n`);
      }, 0);
    },
  };
}
