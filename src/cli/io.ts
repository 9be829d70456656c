/// <reference types="node" />
import { visible, type ComparisonIssue } from '../schema/parse.js';
/**
 * What a command may do to the outside world, so that commands can be run
 * (and tested) without a terminal: print results (`out`, stdout), print
 * messages and progress (`err`, stderr), read files, fetch URLs.
 */
export interface CliIo {
  /** One line or block of results (stdout; the caller ends it, like console.log). */
  out(s: string): void;
  /** One line or block of messages (stderr). */
  err(s: string): void;
  /**
   * A progress line that the next one replaces (stderr, on a terminal only;
   * absent or a no-op otherwise, so logs and pipes get results only).
   */
  progress?(s: string): void;
  /** Reads a text file (UTF-8). Default: node:fs. */
  readFile?(path: string): Promise<string>;
  /** Default: the global fetch. */
  fetch?: typeof fetch;
}

/** The process's own stdout and stderr. */
export function processIo(): CliIo {
  const tty = process.stderr.isTTY === true;
  let shown = false;
  const clear = () => {
    if (shown) process.stderr.write('\r\x1b[2K');
    shown = false;
  };
  return {
    out(s) {
      clear();
      process.stdout.write(`${s}\n`);
    },
    err(s) {
      clear();
      process.stderr.write(`${s}\n`);
    },
    progress: tty
      ? (s) => {
          const width = Math.max(20, (process.stderr.columns ?? 80) - 1);
          process.stderr.write(`\r\x1b[2K${s.length > width ? `${s.slice(0, width - 1)}…` : s}`);
          shown = s !== '';
          if (!shown) process.stderr.write('\r\x1b[2K');
        }
      : undefined,
  };
}

/**
 * Why a file is no comparison, the same for every command: "compare-kit render:
 * x.json is not valid JSON:" and its line and column, or "… is not a valid
 * comparison (2 problems):" and each problem's path.
 */
export function reportInvalid(io: CliIo, command: string, name: string, kind: string | undefined, issues: readonly ComparisonIssue[]): void {
  const n = issues.length;
  io.err(`compare-kit ${command}: ${visible(name)} is ${kind === 'parse' ? 'not valid JSON' : `not a valid comparison (${problemCount(n)})`}:`);
  for (const i of issues) io.err(`  ${problemLine(kind, i)}`);
}

/**
 * One problem as a line: a JSON mistake by its place ("line 3, column 17: …"),
 * the others by their path. Its invisible characters shown (`<U+202E>`): a
 * direction control from the document would turn the terminal's line around.
 */
export const problemLine = (kind: string | undefined, i: ComparisonIssue): string =>
  visible(kind === 'parse' ? i.message.replace(/^not valid JSON: /, '') : `${i.path}: ${i.message}`);

/** "1 problem", "3 problems". */
export const problemCount = (n: number): string => `${n} problem${n === 1 ? '' : 's'}`;
