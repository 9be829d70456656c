// A plain "N passed, N failed" line at the very end of a run, so CI can count
// tests (the default reporter only prints it inside a progress line). Written
// to a file too: when the runner exits at once (failures, coverage), the line
// printed here may be lost; scripts/run-wtr.mjs prints it from the file.
import { mkdirSync, writeFileSync } from 'node:fs';

export const COUNT_FILE = 'node_modules/.cache/compare-kit/wtr-count.txt';
/** The slowest test files of each browser (CI keeps the suite well under 20 minutes), then every failure with its file and browser: printed by scripts/run-wtr.mjs before the count. */
export const SUMMARY_FILE = 'node_modules/.cache/compare-kit/wtr-summary.txt';

/** A session's browser, and its test file from the repository's test/ folder. */
const browserOf = (session) => session.browser?.name ?? '?';
const fileOf = (session) => session.testFile.replace(/^.*?\/test\//, 'test/');

/** The sum of a file's test durations (ms): its tests' own time, without the page's load, imports and hooks. */
function duration(results) {
  if (!results) return 0;
  let ms = 0;
  for (const t of results.tests ?? []) ms += t.duration ?? 0;
  for (const s of results.suites ?? []) ms += duration(s);
  return ms;
}

/**
 * Per browser: the sum of its tests' durations, the sum of its files' wall times (from the session's start to its end:
 * the page's load, the imports, hooks and tests; what the run waits for), and the files that took longest.
 */
function slowest(sessions, wall, n = 6) {
  // WTR_SLOWEST_TESTS=N: also each browser's N slowest tests (to see where a slow file spends its time).
  const tests = Number(process.env.WTR_SLOWEST_TESTS) || 0;
  const by = new Map();
  for (const s of sessions) {
    const name = browserOf(s);
    if (!by.has(name)) by.set(name, { files: [], tests: [] });
    const file = fileOf(s);
    by.get(name).files.push({ tests: duration(s.testResults), wall: wall.get(s.id) ?? 0, file });
    const collect = (r, path) => {
      for (const t of r?.tests ?? []) by.get(name).tests.push([t.duration ?? 0, `${path} › ${t.name}`]);
      for (const sub of r?.suites ?? []) collect(sub, `${path} › ${sub.name}`);
    };
    if (tests) collect(s.testResults, file);
  }
  const seconds = (ms) => `${(ms / 1000).toFixed(0)} s`;
  const lines = [];
  for (const [browser, { files, tests: all }] of by) {
    if (tests) {
      all.sort((a, b) => b[0] - a[0]);
      lines.push(`${browser}: slowest tests:\n${all.slice(0, tests).map(([ms, name]) => `  ${(ms / 1000).toFixed(1)} s ${name}`).join('\n')}`);
    }
    const sum = (k) => files.reduce((a, f) => a + f[k], 0);
    files.sort((a, b) => b.wall - a.wall);
    const top = files.slice(0, n).map((f) => `${f.file} ${seconds(f.wall)} (tests ${seconds(f.tests)})`).join(', ');
    lines.push(`${browser}: files took ${seconds(sum('wall'))} in all, their tests ${seconds(sum('tests'))}; slowest files: ${top}`);
  }
  return lines.join('\n');
}

/** Counts a file's tests; each failed one is added to `acc.failures` as "browser file › suite › test: message". */
function count(results, acc, where) {
  if (!results) return acc;
  for (const t of results.tests ?? []) {
    if (t.skipped) acc.skipped++;
    else if (t.passed) acc.passed++;
    else {
      acc.failed++;
      acc.failures.push(`${where} › ${t.name}: ${firstLine(t.error?.message)}`);
    }
  }
  for (const s of results.suites ?? []) count(s, acc, `${where} › ${s.name}`);
  return acc;
}

const firstLine = (message) => String(message ?? '(no message)').split('\n')[0].slice(0, 300) || '(no message)';

export function countingReporter() {
  /** Session id → when it started, then how long it took (ms). */
  const began = new Map();
  const wall = new Map();
  return {
    start({ sessions }) {
      // (The first files may start before this listener is added: they count from here.)
      const start = Date.now();
      sessions.on('session-status-updated', (session) => {
        if (session.status === 'INITIALIZING') began.set(session.id, Date.now());
        else if (session.status === 'FINISHED') wall.set(session.id, Date.now() - (began.get(session.id) ?? start));
      });
    },
    onTestRunFinished({ sessions }) {
      const acc = { passed: 0, failed: 0, skipped: 0, failures: [] };
      for (const session of sessions) {
        const where = `${browserOf(session)} ${fileOf(session)}`;
        count(session.testResults, acc, where);
        // A file that failed as a whole (syntax error, failed import, a browser command that timed out) counts once,
        // with its errors: the default reporter printed them when the file ended, far up a long log.
        if (!session.passed && (session.errors?.length ?? 0) > 0) {
          acc.failed++;
          acc.failures.push(`${where}: the file failed: ${session.errors.map((e) => firstLine(e.message)).join(' | ')}`);
        }
      }
      const line = `${acc.passed} passed, ${acc.failed} failed${acc.skipped ? `, ${acc.skipped} skipped` : ''}`;
      mkdirSync(COUNT_FILE.replace(/\/[^/]+$/, ''), { recursive: true });
      writeFileSync(COUNT_FILE, line);
      const failures = acc.failures.length ? `\n\nFailed (${acc.failures.length}):\n${acc.failures.map((f) => `  ${f}`).join('\n')}` : '';
      writeFileSync(SUMMARY_FILE, slowest(sessions, wall) + failures);
      // Printed after the default reporter's last frame (when the process lives that long).
      if (!process.env.WTR_COUNT_BY_WRAPPER) setTimeout(() => process.stdout.write(`\n${line}\n`), 0);
    },
  };
}
