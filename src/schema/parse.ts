/**
 * From JSON text or a value to a validated Comparison, or to every problem
 * with its path. Never throws.
 */
import { en } from '../base/strings.js';
import { hex, jsonErrorPlace } from './json-error.js';
import type * as z from 'zod/mini';
import { ComparisonSchema, SLUG, SLUG_RULE, type Comparison } from './comparison.js';
import { isObject, pathToString, references, shapeRules, type Path } from './rules.js';

export interface ComparisonIssue {
  /**
   * Where in the document: `items[1].name`; `(document)` for the whole. A key is as in the document, its invisible
   * characters too (`pros["zz\u202E"]`), which the error box and the CLI show as `<U+202E>`.
   */
  path: string;
  /** What is wrong, in words: `expected a string, got a number`. */
  message: string;
}

export type ParseResult =
  | { ok: true; comparison: Comparison }
  | { ok: false; kind: 'parse' | 'schema'; message: string; issues: ComparisonIssue[] };

/**
 * The largest JSON text accepted, in UTF-8 bytes, whichever way it comes (`src`,
 * inline script, `for`, a `data` string): a real comparison is a few kilobytes.
 */
export const MAX_DOCUMENT_BYTES = 2_000_000;

/** "larger than 2 MB (2,345,678 bytes): …", to follow "<where> is". */
export function tooLargeMessage(size?: string): string {
  return `larger than ${MAX_DOCUMENT_BYTES / 1_000_000} MB${size ? ` (${size})` : ''}: a comparison should be far smaller`;
}

/**
 * How big JSON text is when it is over MAX_DOCUMENT_BYTES in UTF-8 ("2,345,678
 * bytes"), else undefined; counts only when it must. An escaped ASCII
 * character (`\u003c`: how compare-kit writes `<` into a page, and `[ ] > &`
 * for WordPress) counts as the one character it stands for, so a document
 * within the limit stays within it once put into a page.
 */
export function oversize(s: string): string | undefined {
  if (s.length * 3 <= MAX_DOCUMENT_BYTES) return undefined; // at most three bytes per UTF-16 unit
  // (Counted by what removing them removes: a list of 1.8 million matches took seconds.)
  const escapes = ((s.length - s.replace(ESCAPED_ASCII, '').length) / 6) * 5;
  const chars = s.length - escapes > MAX_DOCUMENT_BYTES; // at least one byte each: too large whatever they are
  const n = (chars ? s.length : new TextEncoder().encode(s).length) - escapes;
  return n > MAX_DOCUMENT_BYTES ? `${n.toLocaleString('en-US')} ${chars ? 'characters' : 'bytes'}` : undefined;
}

const ESCAPED_ASCII = /\\u00[0-7][0-9a-fA-F]/g;

/** Validates a comparison given as JSON text or as an already-parsed value. */
export function parseComparison(input: unknown): ParseResult {
  let value = input;
  const twice: Twice[] = [];
  if (typeof input === 'string') {
    const size = oversize(input);
    if (size) {
      const message = tooLargeMessage(size);
      return { ok: false, kind: 'parse', message, issues: [{ path: '(document)', message }] };
    }
    const json = readJson(input, twice);
    if ('error' in json) return { ok: false, kind: 'parse', message: json.error, issues: [{ path: '(document)', message: json.error }] };
    value = json.value;
  }
  return check(value, twice);
}

/**
 * JSON text as a value, or what is wrong with it and where ("not valid JSON:
 * line 3, column 17: a comma before `]`…"), the same way in every engine
 * (theirs differ, and some say nothing of where). A byte-order mark (a file
 * read from disk by Node, pasted into a CMS) is no mistake. For every reader
 * of comparison text: parseComparison, server rendering, the CLI.
 */
export function readJson(text: string, twice?: Twice[]): { value: unknown } | { error: string } {
  const json = text.replace(/^\uFEFF/, '');
  try {
    const value: unknown = JSON.parse(json);
    // (Not in an extension: "x-comment" twice is ignored anyway. But an item's id in a map keyed by item id is no
    // extension, "x-ray" as any other: its first value is lost.)
    if (twice) {
      const ids = itemIds(value);
      const extension = (k: string | number, j: number, path: Path) =>
        typeof k === 'string' && k.startsWith('x-') && !(ids.has(k) && ITEM_MAP.test(path.slice(0, j).join('\0')));
      jsonErrorPlace(json, (path) => path.some(extension) || twice.push({ path, message: 'duplicate key: only its last value is read (keep one)' }));
    }
    return { value };
  } catch (e) {
    return { error: `not valid JSON: ${jsonErrorPlace(json) ?? (e as Error).message}` };
  }
}

/**
 * Comparisons this module produced. <compare-page> hands its validated
 * comparison to every section: they need not validate it again. (A result is
 * treated as immutable: set a new object to change the data.)
 */
const validated = new WeakSet<object>();

/** A name given twice in an object of JSON text (readJson), which its value lost the first of. */
type Twice = { path: Path; message: string };

export function validateComparison(value: unknown): ParseResult {
  return check(value, []);
}

/** validateComparison, and the names its JSON text gave twice (readJson). */
function check(value: unknown, twice: Twice[]): ParseResult {
  try {
    return validate(value, twice);
  } catch (e) {
    // An exotic object given as the `data` property: a proxy or a getter that throws.
    const message = `cannot be read as a comparison: ${e instanceof Error ? e.message : String(e)}`;
    return { ok: false, kind: 'schema', message, issues: [{ path: '(document)', message }] };
  }
}

function validate(value: unknown, twice: Twice[]): ParseResult {
  if (typeof value === 'object' && value !== null && validated.has(value)) return { ok: true, comparison: value as Comparison };
  const input = withoutMapExtensions(value);
  const result = ComparisonSchema.safeParse(input, { reportInput: true });
  const found: Found[] = [];
  if (!result.success) for (const i of result.error.issues) describe(i, [], found);
  for (const i of [...shapeRules(ComparisonSchema, input), ...references(value), ...twice]) {
    found.push({ path: pathToString(i.path), message: i.message, at: i.path });
  }
  if (result.success && found.length === 0) {
    validated.add(result.data);
    return { ok: true, comparison: result.data };
  }
  const unique = dedupe(inDocumentOrder(value, found));
  return { ok: false, kind: 'schema', message: summary(unique), issues: unique };
}

/** An issue with the path it was found at, to put it in order. */
type Found = ComparisonIssue & { at: Path };

/**
 * The issues in the order of the document, top to bottom (the schema's, the
 * unknown keys and the references were found in three passes), so a blogger
 * mends them in reading order. A missing key comes after its object's others.
 */
function inDocumentOrder(doc: unknown, found: Found[]): ComparisonIssue[] {
  // Each object's key positions, listed once: not Object.keys() searched per issue (10,000 unknown keys in one object
  // took 40 s, quadratic).
  const positions = new Map<object, Map<string, number>>();
  const position = (node: object, key: string): number => {
    let keys = positions.get(node);
    if (!keys) positions.set(node, (keys = new Map(Object.keys(node).map((k, i) => [k, i]))));
    return keys.get(key) ?? -1;
  };
  const place = (at: Path): number[] => {
    let node = doc;
    return at.map((key) => {
      const i = Array.isArray(node) ? Number(key) : isObject(node) ? position(node, String(key)) : -1;
      node = isObject(node) || Array.isArray(node) ? (node as Record<PropertyKey, unknown>)[key] : undefined;
      return i < 0 ? Infinity : i;
    });
  };
  const ranked = found.map((f) => ({ f, p: place(f.at) }));
  ranked.sort((a, b) => {
    for (let k = 0; k < Math.min(a.p.length, b.p.length); k++) if (a.p[k] !== b.p[k]) return a.p[k]! - b.p[k]!;
    return a.p.length - b.p.length;
  });
  // Author text in the message (an id, a key, a URL) with its invisible characters shown; the path as in the document
  // (shown so where it is printed: the summary, the error box, the CLI).
  return ranked.map(({ f }) => ({ path: f.path, message: visible(f.message) }));
}

/**
 * The document as the schema sees it: without the `x-` keys of the maps keyed
 * by item id (`values`, `chooseIf`, `pros`, `cons`, a highlight's `values`),
 * which are extensions there as anywhere, unless an item has that id ("x-ray").
 * Copies only what it changes; the input is never modified.
 */
function withoutMapExtensions(doc: unknown): unknown {
  if (!isObject(doc)) return doc;
  const ids = itemIds(doc);
  const clean = (map: unknown): unknown => {
    if (!isObject(map)) return map;
    let out: Record<string, unknown> | undefined;
    for (const k of Object.keys(map)) {
      if (k.startsWith('x-') && !ids.has(k)) delete (out ??= { ...map })[k];
    }
    return out ?? map;
  };
  let d = doc;
  const set = (key: string, value: unknown) => {
    if (value === d[key]) return;
    if (d === doc) d = { ...doc };
    d[key] = value;
  };
  set('pros', clean(doc['pros']));
  set('cons', clean(doc['cons']));
  const verdict = doc['verdict'];
  if (isObject(verdict)) {
    const chooseIf = clean(verdict['chooseIf']);
    if (chooseIf !== verdict['chooseIf']) set('verdict', { ...verdict, chooseIf });
  }
  for (const list of ['attributes', 'highlights']) {
    const entries = doc[list];
    if (!Array.isArray(entries)) continue;
    let copy: unknown[] | undefined;
    entries.forEach((e, i) => {
      if (!isObject(e)) return;
      const values = clean(e['values']);
      if (values !== e['values']) (copy ??= [...entries])[i] = { ...e, values };
    });
    if (copy) set(list, copy);
  }
  return d;
}

/** The ids of a document's items, to look a key up in. */
const itemIds = (doc: unknown) => new Set(isObject(doc) && Array.isArray(doc['items']) ? doc['items'].map((i) => (isObject(i) ? i['id'] : undefined)) : []);

/** The paths of the maps keyed by item id, joined by NUL: `pros`, `cons`, `verdict.chooseIf`, an attribute's or a highlight's `values`. */
const ITEM_MAP = /^(?:pros|cons|verdict\0chooseIf|(?:attributes|highlights)\0\d+\0values)$/;

/** "3 problems in the comparison data: items[1].name: expected a string; …" */
function summary(issues: ComparisonIssue[]): string {
  return `${en.problems(issues.length)} ${issues.slice(0, 3).map((i) => `${visible(i.path)}: ${i.message}`).join('; ')}${issues.length > 3 ? '; …' : ''}`;
}

function dedupe(issues: ComparisonIssue[]): ComparisonIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const k = `${i.path}\u0000${i.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

type Issue = z.core.$ZodIssue;

function describe(issue: Issue, base: Path, out: Found[]): void {
  const path = [...base, ...(issue.path as Path)];
  if (issue.code === 'invalid_union') {
    // Report the branch whose type matched (an object value with a bad field),
    // otherwise say which types were expected.
    const matched =
      issue.errors.find((branch) => branch.length > 0 && branch.every((i) => i.path.length > 0)) ??
      // The type matched but a check failed (a string value too long): that branch says why.
      issue.errors.find((branch) => branch.length > 0 && branch.every((i) => i.code !== 'invalid_type'));
    if (matched) {
      for (const i of matched) describe(i, path, out);
      return;
    }
    // (The one list a union takes is a value's range: "expected a number or a list [min, max]".)
    const expected = issue.errors.flatMap((b) => b.filter((i) => i.code === 'invalid_type').map((i) => typeName((i as { expected: string }).expected, 'a list [min, max]')));
    out.push({ path: pathToString(path), message: `expected ${orList([...new Set(expected)])}, got ${got(issue.input)}`, at: path });
    return;
  }
  out.push({ path: pathToString(path), message: messageFor(issue), at: path });
}

function messageFor(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `required (${typeName(issue.expected)})`;
      return `expected ${typeName(issue.expected)}, got ${got(issue.input)}`;
    case 'invalid_value': {
      const one = issue.values.length === 1 && JSON.stringify(issue.values[0]);
      if (issue.input === undefined && one) return `required (${typeof issue.values[0] === 'number' ? 'the number ' : ''}${one})`;
      return `expected ${one || `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`}, got ${got(issue.input)}`;
    }
    default:
      // What was written, where a rule's words do not say it: "(got 9)" items, the URL or id as written.
      return `${issue.message || 'invalid value'}${Array.isArray(issue.input) && /^expected at/.test(issue.message) ? ` (got ${issue.input.length})` : issue.code === 'invalid_format' && typeof issue.input === 'string' ? ` (got ${quoted(issue.input)}${edge(issue.input)}${/^not an allowed/.test(issue.message) ? urlHint(issue.input) : ''})${issue.message === SLUG_RULE ? slugHint(issue.input) : ''}` : ''}`;
  }
}

/** `, did you mean "google-cloud"?` for an id "Google Cloud", "google_cloud", "Node.js" or "Škoda": lower case, a hyphen for a space, "_" or ".", no accents. */
function slugHint(id: string): string {
  const s = id.normalize('NFD').replace(/\p{M}/gu, '').trim().toLowerCase().replace(/[\s_.]+/g, '-');
  return SLUG.test(s) ? `, did you mean "${s}"?` : '';
}

const TYPE_NAMES: Record<string, string> = {
  string: 'a string', number: 'a number', int: 'a whole number', boolean: 'true or false', object: 'an object',
  array: 'a list', null: 'null', record: 'an object',
};
/** `list`: the name of a list where another is meant. */
const typeName = (t: string, list?: string) => (t === 'array' && list ? list : (TYPE_NAMES[t] ?? t));

function got(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return v.length > 40 ? 'a string' : JSON.stringify(v);
  if (typeof v === 'number') return Number.isInteger(v) || !Number.isFinite(v) ? String(v) : `${v}`;
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'object') return 'an object';
  return typeof v;
}

/** A text as written, for a message: at most 40 characters (whole emoji); its invisible characters are shown later (inDocumentOrder). */
function quoted(s: string): string {
  const chars = [...s];
  return JSON.stringify(chars.length > 40 ? `${chars.slice(0, 39).join('')}…` : chars.join(''));
}


/**
 * Format characters and controls as `<U+200B>`, for a message or a terminal
 * that shows author text: none looks like nothing ("<U+200B>https://…"), nor
 * turns the line around (U+202E). But not a zero-width non-joiner or joiner
 * within a word, where Persian, Hindi and others write them ("می‌خواهم",
 * "क्‍ष"), or within an emoji ("👩‍💻"): only at an edge, or alone.
 */
export const visible = (s: string): string =>
  // (The letter before is matched, not looked behind for: WebKit's lookbehind misses an emoji.)
  // (Not after a Latin, Cyrillic or Greek letter, which never take one: "ru<U+200D>st" is shown.)
  s.replace(/((?![\p{sc=Latn}\p{sc=Cyrl}\p{sc=Grek}])[\p{L}\p{M}\p{ExtPict}\p{EMod}][\u200c\u200d](?=[\p{L}\p{ExtPict}]))|[\p{Cf}\p{Cc}]/gu, (c, joined?: string) => joined ?? `<${hex(c)}>`);

/** ", which ends with a space (U+00A0)": what a value pasted from Word or a CMS has at an end, and its quotes hide. */
function edge(s: string): string {
  const m = /^[\s\p{Cf}]|[\s\p{Cf}]$/u.exec(s);
  const c = m?.[0];
  return c ? `, which ${m.index ? 'ends' : 'starts'} with ${c === ' ' ? 'a space' : `${/\p{Cf}/u.test(c) ? 'an invisible character' : 'a space'} (${hex(c)})`}` : '';
}

/**
 * What a refused URL that starts as the rule asks has wrong, or what one lacks: `, which has a space in it`
 * ("/img/my photo.png"), `, which has an invisible character (U+200B) in it`; `, did you mean "https://www.example.com"?`.
 */
function urlHint(s: string): string {
  const t = s.replace(/^[\s\p{Cf}]+|[\s\p{Cf}]+$/gu, '');
  const c = /^(https?:|mailto:|\.{0,2}\/)/i.test(t) && /[\s\p{Cc}\p{Cf}]/u.exec(t)?.[0];
  if (c) return `${edge(s) ? ' and' : ', which'} has ${c === ' ' ? 'a space' : `${/[\p{Cc}\p{Cf}]/u.test(c) ? 'an invisible character' : 'a space'} (${hex(c)})`} in it`;
  return /^(www\.[^/]|[\p{L}\d-]+(\.[\p{L}\d-]+)+\/)/u.test(s) ? `, did you mean ${quoted(`https://${s}`)}?` : '';
}

function orList(xs: string[]): string {
  if (xs.length <= 1) return xs[0] ?? 'another type';
  return `${xs.slice(0, -1).join(', ')} or ${xs[xs.length - 1]}`;
}
