/// <reference types="node" />
/**
 * `compare-kit`: the command-line tool (package `bin`).
 *
 *   compare-kit validate <file|folder|url>… [--json] [--locale …]
 *   compare-kit render <file|url> [--element compare-page] [--sections "…"] [--theme …] [--locale …]
 *   compare-kit schema
 *   compare-kit embed <file> [--element compare-facts] [--wordpress]
 *
 * Exit codes: 0 done, 1 a comparison has problems (or could not be read),
 * 2 wrong usage; 141 (as for SIGPIPE) when the reader stops early (`| head`).
 */
import { realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { COMMANDS } from './commands/index.js';
import { processIo, type CliIo } from './io.js';

function usage(): string {
  const names = Object.keys(COMMANDS);
  const width = Math.max(...names.map((n) => n.length));
  return `Usage: compare-kit <command> [options]

Commands:
${names.map((n) => `  ${n.padEnd(width)}  ${COMMANDS[n]!.summary}`).join('\n')}

"compare-kit <command> --help" tells more. Exit codes: 0 done, 1 problems in a comparison, 2 wrong usage.`;
}

/** The package's version: the nearest compare-kit package.json above this file (dist/node/cli.js → ../../). */
function version(): string {
  const require = createRequire(import.meta.url);
  for (let up = 1; up <= 4; up++) {
    try {
      const pkg = require(`${'../'.repeat(up)}package.json`) as { name?: string; version?: string };
      if (pkg.name === 'compare-kit' && pkg.version) return pkg.version;
    } catch {
      // not there: one level up
    }
  }
  return 'unknown';
}

/** Runs one command line (without `node` and the script); resolves to the exit code. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.err(usage());
    return 2;
  }
  if (name === '-h' || name === '--help' || name === 'help') {
    io.out(usage());
    return 0;
  }
  if (name === '-v' || name === '--version') {
    io.out(version());
    return 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.err(`compare-kit: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  return (await command.load()).run(rest, io);
}

/** True when Node runs this file (also through npm's bin symlink), not when it is imported. */
function isEntry(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(script)).href;
  } catch {
    return false;
  }
}

if (isEntry()) {
  // A reader that stops early (`compare-kit validate … | head -1`) closes the pipe: the next write fails with EPIPE,
  // which Node throws with a stack trace. End quietly, with the status of a program that SIGPIPE stopped (128 + 13).
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE') throw e;
      process.exit(141);
    });
  }
  main(process.argv.slice(2), processIo()).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`compare-kit: ${(e as Error)?.stack ?? String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
