// Runs web-test-runner with the given arguments and ends the output with its
// plain "N passed, N failed" line (written by test/server/counting-reporter.mjs),
// whatever way the runner exits. Exits with the runner's code.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { COUNT_FILE, SUMMARY_FILE } from '../test/server/counting-reporter.mjs';

rmSync(COUNT_FILE, { force: true });
rmSync(SUMMARY_FILE, { force: true });
const child = spawn('npx', ['web-test-runner', '--config', 'test/web-test-runner.config.mjs', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, WTR_COUNT_BY_WRAPPER: '1' },
});
child.on('exit', (code, signal) => {
  if (existsSync(SUMMARY_FILE)) process.stdout.write(`\n${readFileSync(SUMMARY_FILE, 'utf8')}\n`);
  const line = existsSync(COUNT_FILE) ? readFileSync(COUNT_FILE, 'utf8').trim() : '0 passed, 1 failed';
  process.stdout.write(`\n${line}\n`);
  process.exit(code ?? (signal ? 1 : 0));
});
