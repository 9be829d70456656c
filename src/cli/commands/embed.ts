/**
 * `compare-kit embed <file> [--element compare-facts] [--wordpress] [--script] [--id ID] [--sections "…"]`
 *
 * Validates a comparison file and prints a snippet to paste into a page:
 *
 * - plain: the element with the JSON inside, in a child `<script type="application/json">`;
 * - `--wordpress`: the element with `for="ID"`, then `<pre class="compare-kit-json" id="ID">`
 *   holding the WordPress-safe one-line JSON (see src/cms/wordpress.ts). This is
 *   the form every role keeps on a site with the compare-kit plugin: authors and
 *   contributors lose every `<script>` when they save, a `<pre>` with a class
 *   and an id they keep, and the library hides that carrier itself;
 * - `--wordpress --script`: the WordPress-safe JSON in a child `<script>`, for
 *   administrators and editors of a site without the plugin (they keep scripts
 *   in a Custom HTML block; authors do not).
 *
 * Nothing here imports Node at load time, so the snippet builder runs (and is
 * tested) in a browser too; only `run` reads the file.
 */
import { parseComparison, readJson } from '../../schema/parse.js';
import { toWordPressJson } from '../../cms/wordpress.js';
import { readSections, unknownSectionsMessage } from '../../components/compare-page/compare-page.js';
import { reportInvalid, type CliIo } from '../io.js';

/** The tags, `compare-page` first (the default: the whole comparison). */
export const EMBED_ELEMENTS = [
  'compare-page', 'compare-header', 'compare-verdict', 'compare-facts', 'compare-highlights', 'compare-table',
  'compare-chart', 'compare-proscons', 'compare-faq', 'compare-resources', 'compare-related', 'compare-track',
] as const;
export type EmbedElement = (typeof EMBED_ELEMENTS)[number];

export interface EmbedOptions {
  /** Tag to print (`compare-facts`, or just `facts`); default `compare-page`. */
  element?: string;
  /** WordPress-safe JSON (one line, `[ ] < > &` and `Wordpress` escaped inside strings). */
  wordpress?: boolean;
  /** With `wordpress`: the JSON in a child script instead of the `for` + `<pre>` pair. */
  script?: boolean;
  /** Id of the `<pre>` carrier; default derived from the comparison's id and content. */
  id?: string;
  /** `sections` of `<compare-page>`. */
  sections?: string;
}

export const USAGE = `Usage: compare-kit embed <file.json> [options]

Validates the comparison and prints a snippet to paste into a page.

Options:
  --element <tag>     compare-page (default), compare-facts, compare-verdict, … (or just "facts")
  --sections "<…>"    with compare-page: the sections to show, in order ("verdict facts proscons")
  --wordpress         WordPress-safe: one line, [ ] < > & escaped inside strings, in a
                      <pre class="compare-kit-json"> named by for= (kept for every role with the plugin)
  --script            with --wordpress: the JSON in a child <script> instead (admins and editors
                      without the plugin; authors lose scripts)
  --id <id>           id of the <pre> (default: from the comparison's id and content)
  -h, --help          this text`;

/** `facts` → `compare-facts`; undefined for an unknown name. */
export function embedElement(name: string | undefined): EmbedElement | undefined {
  const n = (name ?? 'compare-page').trim().toLowerCase();
  const tag = n.startsWith('compare-') ? n : `compare-${n}`;
  return (EMBED_ELEMENTS as readonly string[]).includes(tag) ? (tag as EmbedElement) : undefined;
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** FNV-1a, base 36: a short id that changes with the content and is the same on every run. */
function contentHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/**
 * How deep a snippet's JSON may nest. The format's own fields nest a few levels; deeper is an x- extension, which the
 * elements ignore. Indented JSON grows with the square of its depth: 30,000 levels would be gigabytes (V8 and Firefox
 * give up early; WebKit worked for half a minute, then ran out of memory).
 */
const MAX_COPIED_DEPTH = 200;

/** Whether arrays and objects in `value` nest more than `limit` levels (walked without recursion). */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (!v || typeof v !== 'object') continue;
    if (depth >= limit) return true;
    for (const child of Object.values(v)) stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * The snippet for a comparison (the value as written in the file, not the
 * validated result, so nothing is added or reordered). Does not validate.
 */
export function embedSnippet(value: unknown, options: EmbedOptions = {}): string {
  const tag = embedElement(options.element);
  if (!tag) throw new RangeError(`unknown element "${options.element}": one of ${EMBED_ELEMENTS.join(', ')}`);
  const attrs = tag === 'compare-page' && options.sections?.trim() ? ` sections="${attr(options.sections.trim())}"` : '';
  if (!options.wordpress) {
    // Indented for people to edit; `<` escaped so `</script>` or `<!--` in a string cannot end the script.
    const json = JSON.stringify(value, null, 2).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
    return `<${tag}${attrs}>\n<script type="application/json">\n${json}\n</script>\n</${tag}>`;
  }
  const json = toWordPressJson(value);
  if (options.script) return `<${tag}${attrs}><script type="application/json">${json}</script></${tag}>`;
  const base = typeof (value as { id?: unknown })?.id === 'string' ? (value as { id: string }).id : 'comparison';
  const id = options.id ?? `compare-kit-${base.replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 40)}-${contentHash(json)}`;
  return `<${tag}${attrs} for="${attr(id)}"></${tag}>\n<pre class="compare-kit-json" id="${attr(id)}">${json}</pre>`;
}

interface Parsed {
  file?: string;
  options: EmbedOptions;
  help?: boolean;
  problem?: string;
}

function parseArgs(argv: string[]): Parsed {
  const p: Parsed = { options: {} };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '-h':
      case '--help':
        p.help = true;
        break;
      case '--wordpress':
        p.options.wordpress = true;
        break;
      case '--script':
        p.options.script = true;
        break;
      case '--element':
      case '--id':
      case '--sections': {
        const v = value();
        if (v === undefined || v === '') return { ...p, problem: `${flag} needs a value` };
        p.options[flag.slice(2) as 'element' | 'id' | 'sections'] = v;
        break;
      }
      default:
        if (a.startsWith('-') && a !== '-') return { ...p, problem: `unknown option ${a}` };
        if (p.file !== undefined) return { ...p, problem: `one file at a time (got "${p.file}" and "${a}")` };
        p.file = a;
    }
  }
  return p;
}

/** Node's readFile, imported when the command runs (the module itself stays browser-safe); UTF-8 only, as the element. */
const readText = async (path: string): Promise<string> => {
  const specifier = 'node:fs/promises';
  const fs = (await import(/* @vite-ignore */ specifier)) as { readFile(p: string): Promise<Uint8Array> };
  const bytes = await fs.readFile(path);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new Error('not UTF-8 text: save the JSON file as UTF-8');
  }
};

/**
 * The command: `argv` are the arguments after `embed`. Returns the exit code:
 * 0 printed, 1 the file cannot be read or is not a valid comparison, 2 wrong usage.
 */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv);
  if (args.help) {
    io.out(USAGE);
    return 0;
  }
  if (args.problem || args.file === undefined) {
    io.err(`compare-kit embed: ${args.problem ?? 'which file? Give the comparison JSON file'}\n\n${USAGE}`);
    return 2;
  }
  const { options } = args;
  if (!embedElement(options.element)) {
    io.err(`compare-kit embed: unknown element "${options.element}"; one of: ${EMBED_ELEMENTS.join(', ')}`);
    return 2;
  }
  if (options.script && !options.wordpress) {
    io.err('compare-kit embed: --script goes with --wordpress (without it the JSON is always in a child script)');
    return 2;
  }
  if (options.id !== undefined && !/^[A-Za-z][A-Za-z0-9_-]*$/.test(options.id)) {
    io.err(`compare-kit embed: --id "${options.id}": use a letter, then letters, digits, "-" or "_"`);
    return 2;
  }
  if (options.sections !== undefined && embedElement(options.element) !== 'compare-page') {
    io.err('compare-kit embed: --sections is for --element compare-page');
    return 2;
  }
  const { unknown } = readSections(options.sections ?? '');
  if (unknown.length) {
    io.err(`compare-kit embed: ${unknownSectionsMessage(unknown)}`);
    return 2;
  }
  let text: string;
  try {
    text = await (io.readFile ?? readText)(args.file);
  } catch (e) {
    io.err(`compare-kit embed: cannot read ${args.file}: ${(e as Error).message}`);
    return 1;
  }
  // (A UTF-8 byte-order mark, which editors on Windows add, is no mistake: parseComparison and readJson drop it.)
  const result = parseComparison(text);
  if (!result.ok) {
    reportInvalid(io, 'embed', args.file, result.kind, result.issues);
    return 1;
  }
  let snippet: string;
  try {
    // (Read again as written, x- extensions and all: valid, as parseComparison just said.)
    const asWritten = (readJson(text) as { value: unknown }).value;
    if (nestsDeeperThan(asWritten, MAX_COPIED_DEPTH)) throw new RangeError('nested too deep');
    snippet = embedSnippet(asWritten, options);
  } catch {
    // Nested too deep to copy: only x- extensions can be (the schema bounds the rest), and they are ignored. Past
    // MAX_COPIED_DEPTH, or where JSON.stringify gives up (a RangeError in V8, "too much recursion" in Firefox).
    snippet = embedSnippet(result.comparison, options);
    io.err(`compare-kit embed: ${args.file}: x- extensions nested too deep to copy are left out of the snippet (compare-kit ignores them anyway)`);
  }
  io.out(snippet);
  return 0;
}
