/// <reference types="node" />
/**
 * `compare-kit validate <file|folder|url>… [--json] [--locale <tag>]`: checks comparison
 * documents against format v1, as the elements do (schema, item-id
 * references, unique ids, URL allow-list), and reports every problem with
 * its path. For CI pipelines of content: exit 1 when any document has a
 * problem or cannot be read.
 */
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { parseComparison, visible, type ComparisonIssue } from '../../schema/parse.js';
import { problemCount, problemLine, type CliIo } from '../io.js';
import { comparisonNotes } from '../notes.js';
import { expandSources, readSource, type Source } from '../source.js';

export const USAGE = `Usage: compare-kit validate <file|folder|url>… [options]

Checks comparison documents (format v1) and prints every problem with its
path, e.g. "items[1].name: expected a string, got 42". A folder stands for
the .json files in it (recursively); "-" reads standard input.

A valid document may get notes: rows with "better" that will show no
"best", and why (values of different kinds, a number that cannot be read).

Options:
  --json          one JSON report on stdout, for machines
  --locale <tag>  the language of the page the comparisons are shown on: their values
                  are read in it when a document has no "locale" (default: en)
  --quiet, -q     print only the documents with problems and the summary
  -h, --help      this text

Exit code: 0 every document is valid, 1 one has problems or cannot be read, 2 wrong usage.`;

/** At most this many documents are read at once (URLs wait on the network). */
const PARALLEL = 8;

export interface FileReport {
  /** The file path or URL, as given (files found in a folder: their path). */
  source: string;
  ok: boolean;
  /** Why it is not valid: unreadable (`read`), not JSON (`parse`), not a comparison (`schema`). */
  kind?: 'read' | 'parse' | 'schema';
  /** The comparison's `id`, when valid. */
  id?: string;
  issues: ComparisonIssue[];
  /** Of a valid document: what will not show as its author may expect ("no best: values of different kinds"). */
  notes?: ComparisonIssue[];
  /** Milliseconds to read and check it. */
  ms: number;
}

export interface Report {
  ok: boolean;
  files: FileReport[];
  summary: { total: number; valid: number; invalid: number; problems: number; ms: number };
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  let values: { json?: boolean; quiet?: boolean; locale?: string; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { json: { type: 'boolean' }, quiet: { type: 'boolean', short: 'q' }, locale: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (e) {
    io.err(`compare-kit validate: ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  if (!positionals.length) {
    io.err(`compare-kit validate: which documents? Give files, folders or URLs\n\n${USAGE}`);
    return 2;
  }
  let locale: string | undefined;
  try {
    locale = values.locale === undefined ? undefined : Intl.getCanonicalLocales(values.locale)[0];
  } catch {
    io.err(`compare-kit validate: --locale "${values.locale}" is not a language tag ("nb", "de-CH", "pt-BR")`);
    return 2;
  }
  const report = await validateAll(positionals, io, (file, done, total) => {
    if (values.json) return;
    if (!file.ok || !values.quiet) io.out(describe(file));
    if (total > 1) io.progress?.(`[${done}/${total}] checked ${file.source}`);
  }, locale);
  io.progress?.('');
  if (values.json) {
    io.out(JSON.stringify(report, null, 2));
  } else {
    const { total, valid, invalid, problems, ms } = report.summary;
    const head = total === 1 ? '1 document' : `${total} documents`;
    const tail = invalid ? `${invalid} with problems (${problemCount(problems)})` : 'no problems';
    io.out(`${head}: ${valid} valid, ${tail}, in ${formatMs(ms)}${total > 1 ? ` (${formatMs(ms / total)} each)` : ''}`);
  }
  return report.ok ? 0 : 1;
}

/** Checks every argument; `onFile` hears about each document in the order given, as soon as it and those before it are done. */
export async function validateAll(
  args: readonly string[],
  io: CliIo,
  onFile: (file: FileReport, done: number, total: number) => void = () => undefined,
  /** The page's language, to read the values of a document without `locale` in (validate --locale). */
  locale?: string,
): Promise<Report> {
  const start = performance.now();
  const entries = await expandSources(args);
  const files: FileReport[] = new Array(entries.length);
  const finished = new Array<boolean>(entries.length).fill(false);
  let next = 0;
  let reported = 0;
  const worker = async () => {
    while (next < entries.length) {
      const i = next++;
      const entry = entries[i]!;
      files[i] = entry.source
        ? await check(entry.name, entry.source, io, locale)
        : { source: entry.name, ok: false, kind: 'read', issues: [{ path: '(document)', message: entry.error! }], ms: 0 };
      finished[i] = true;
      while (reported < entries.length && finished[reported]) {
        onFile(files[reported]!, reported + 1, entries.length);
        reported++;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, entries.length) }, worker));
  const invalid = files.filter((f) => !f.ok);
  return {
    ok: invalid.length === 0,
    files,
    summary: {
      total: files.length,
      valid: files.length - invalid.length,
      invalid: invalid.length,
      problems: invalid.reduce((n, f) => n + f.issues.length, 0),
      ms: Math.round(performance.now() - start),
    },
  };
}

async function check(name: string, source: Source, io: CliIo, locale?: string): Promise<FileReport> {
  const start = performance.now();
  const ms = () => Math.round((performance.now() - start) * 10) / 10;
  let text: string;
  try {
    text = (await readSource(source, io)).replace(/^\uFEFF/, '');
  } catch (e) {
    return { source: name, ok: false, kind: 'read', issues: [{ path: '(document)', message: (e as Error).message }], ms: ms() };
  }
  const result = parseComparison(text);
  if (result.ok) {
    const notes = comparisonNotes(result.comparison, locale);
    return { source: name, ok: true, id: result.comparison.id, issues: [], ...(notes.length && { notes }), ms: ms() };
  }
  // (A JSON mistake already says its line and column: parseComparison, src/schema/json-error.ts.)
  return { source: name, ok: false, kind: result.kind, issues: result.issues, ms: ms() };
}

/**
 * "✓ demo/x.json (2.1 ms)", or "✗ x.json: 2 problems" and the problems,
 * indented. What it quotes (a value in a note, a file's name) shows its
 * invisible characters (`<U+202E>`), which would turn the line around.
 */
function describe(f: FileReport): string {
  if (f.ok) return [`✓ ${f.source} (${formatMs(f.ms)})`, ...(f.notes ?? []).map((n) => `    note: ${n.path}: ${n.message}`)].map(visible).join('\n');
  if (f.kind === 'read') return visible(`✗ ${f.issues[0]?.message ?? f.source}`);
  const what = f.kind === 'parse' ? 'not valid JSON' : problemCount(f.issues.length);
  const lines = f.issues.map((i) => `    ${problemLine(f.kind, i)}`);
  return `${visible(`✗ ${f.source}: ${what}`)}\n${lines.join('\n')}`;
}

function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms`;
}
