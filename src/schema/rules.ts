/**
 * The rules of the format that span the document, checked on the raw input
 * (whatever its shape) so they report alongside the schema's own errors:
 * unknown keys (with a suggestion; `x-` keys are extensions), the length of
 * each list, item ids referenced anywhere, attribute groups, and unique ids.
 */
import type * as z from 'zod/mini';
import { BOUNDS, SLUG } from './comparison.js';
import { closest } from './suggest.js';

export type Path = (string | number)[];
export interface RuleIssue {
  path: Path;
  message: string;
}

type AnySchema = z.ZodMiniType;
type Def = { type: string; shape?: Record<string, AnySchema>; catchall?: AnySchema; element?: AnySchema; innerType?: AnySchema; options?: AnySchema[] };

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const def = (s: AnySchema) => (s as unknown as { _zod: { def: Def } })._zod.def;

/**
 * What the walk needs of a schema, made once per schema: for an object, each
 * key's walker, or null where the value can hold neither an object nor a
 * list (a string, a number…), so the walk does not visit the thousands of
 * plain values of a document at all; for a list, its bounds.
 */
type Walker =
  | { kind: 'object'; shape: Map<string, Walker | null> }
  | { kind: 'list'; of: Walker | null; bounds?: readonly [number, number, string] }
  | { kind: 'record'; of: Walker }
  | { kind: 'union'; objects: Walker[] };
const walkers = new WeakMap<AnySchema, Walker | null>();

function walkerOf(schema: AnySchema): Walker | null {
  let w = walkers.get(schema);
  if (w !== undefined) return w;
  const d = def(schema);
  switch (d.type) {
    case 'optional':
    case 'nullable':
      w = walkerOf(d.innerType!);
      break;
    case 'union': {
      // Only the object branch of a union can have unknown keys.
      const objects = d.options!.filter((o) => def(o).type === 'object').map((o) => walkerOf(o)!);
      w = objects.length ? { kind: 'union', objects } : null;
      break;
    }
    case 'array': {
      const of = walkerOf(d.element!);
      const bounds = BOUNDS.get(schema);
      w = of || bounds ? { kind: 'list', of, bounds } : null;
      break;
    }
    case 'object': {
      // A map keyed by item id (byItem() in comparison.ts): any key, each value of one schema.
      if (d.catchall) {
        const of = walkerOf(d.catchall);
        w = of && { kind: 'record', of };
        break;
      }
      const shape = d.shape!;
      w = { kind: 'object', shape: new Map(Object.keys(shape).map((k) => [k, walkerOf(shape[k]!)])) };
      break;
    }
    default:
      w = null;
  }
  walkers.set(schema, w);
  return w;
}

/** Walks the input beside the schema and reports keys no object of the schema knows, and lists of a length out of their bounds. */
export function shapeRules(schema: AnySchema, input: unknown, path: Path = [], out: RuleIssue[] = []): RuleIssue[] {
  const w = walkerOf(schema);
  if (w) walk(w, input, path, out);
  return out;
}

/** `path` is one array pushed and popped on the way down; a copy is made only for a key that is reported. */
function walk(w: Walker, input: unknown, path: Path, out: RuleIssue[]): void {
  if (w.kind === 'list') {
    if (!Array.isArray(input)) return;
    const [min, max, what] = w.bounds ?? [0, Infinity];
    const n = input.length;
    if (n < min || n > max) out.push({ path: [...path], message: `expected at ${n < min ? `least ${min}` : `most ${max}`} ${what} (got ${n})` });
    if (!w.of) return;
    for (let i = 0; i < n; i++) {
      path.push(i);
      walk(w.of, input[i], path, out);
      path.pop();
    }
    return;
  }
  if (!isObject(input)) return;
  if (w.kind === 'union') {
    for (const o of w.objects) walk(o, input, path, out);
    return;
  }
  for (const k of Object.keys(input)) {
    // In a map keyed by item id (a record) an `x-` key left is an item's id ("x-ray"): parse.ts drops the extensions there first.
    if (w.kind === 'object' && k.startsWith('x-')) continue;
    const child = w.kind === 'record' ? w.of : w.shape.get(k);
    if (child === undefined && w.kind === 'object') {
      const hint = closest(k, [...w.shape.keys()]);
      out.push({ path: [...path, k], message: `unknown key${hint ? `, did you mean "${hint}"?` : ''}` });
    } else if (child) {
      path.push(k);
      walk(child, input[k], path, out);
      path.pop();
    }
  }
}

const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const ids = (v: unknown): unknown[] => arr(v).map((x) => (isObject(x) ? x['id'] : undefined));

/** Item-id references, group references and unique ids. */
export function references(doc: unknown): RuleIssue[] {
  const out: RuleIssue[] = [];
  if (!isObject(doc)) return out;
  const itemIds = ids(doc['items']).filter((x): x is string => typeof x === 'string');
  const itemSet = new Set(itemIds);
  const itemList = itemIds.length ? ` (items are ${[...itemSet].map((i) => `"${clip(i)}"`).join(', ')})` : '';

  const checkId = (value: unknown, path: Path) => {
    if (typeof value === 'string' && itemIds.length && !itemSet.has(value) && !nearBad(value, itemIds)) {
      out.push({ path, message: `unknown item id "${clip(value)}"${suggestIn(value, itemIds) ?? itemList}` });
    }
  };
  const checkKeys = (record: unknown, path: Path) => {
    if (!isObject(record)) return;
    // A Map or a class instance (an app's `data`) would be read as its enumerable keys: a Map as no entries at all.
    const proto = Object.getPrototypeOf(record);
    if (proto && Object.getPrototypeOf(proto)) out.push({ path, message: `expected an object, got a ${proto.constructor?.name || 'class instance'}` });
    for (const k of Object.keys(record)) if (!k.startsWith('x-')) checkId(k, [...path, k]);
  };

  unique(ids(doc['items']), ['items'], 'item', out);
  unique(ids(doc['attributes']), ['attributes'], 'attribute', out);
  unique(ids(doc['groups']), ['groups'], 'group', out);
  if (isObject(doc['track'])) unique(ids(doc['track']['triggers']), ['track', 'triggers'], 'trigger', out);

  const groupIds = ids(doc['groups']).filter((x): x is string => typeof x === 'string');
  arr(doc['attributes']).forEach((a, i) => {
    if (!isObject(a)) return;
    checkKeys(a['values'], ['attributes', i, 'values']);
    const g = a['group'];
    if (typeof g === 'string' && !groupIds.includes(g) && !nearBad(g, groupIds)) {
      out.push({
        path: ['attributes', i, 'group'],
        message: groupIds.length ? `unknown group "${clip(g)}"${suggestIn(g, groupIds) ?? ` (groups are ${[...new Set(groupIds)].map((x) => `"${clip(x)}"`).join(', ')})`}` : `unknown group "${clip(g)}": add it to "groups"`,
      });
    }
  });
  arr(doc['highlights']).forEach((h, i) => {
    if (!isObject(h)) return;
    checkKeys(h['values'], ['highlights', i, 'values']);
    checkId(h['winner'], ['highlights', i, 'winner']);
  });
  if (isObject(doc['verdict'])) {
    checkKeys(doc['verdict']['chooseIf'], ['verdict', 'chooseIf']);
    checkId(doc['verdict']['winner'], ['verdict', 'winner']);
  }
  checkKeys(doc['pros'], ['pros']);
  checkKeys(doc['cons'], ['cons']);
  return out;
}

/** A known id that is no slug is never suggested: its own error is the cause, and suggests one (parse.ts). */
function suggestIn(value: string, known: string[]): string | undefined {
  const hint = closest(value, known.filter((k) => SLUG.test(k)));
  return hint ? `, did you mean "${hint}"?` : undefined;
}

/**
 * A reference close to an id that broke the id rule ("azure" beside an item
 * "Azure"): not reported, as the id's one error says what to write (one bad
 * id made a problem of every reference written right).
 */
const nearBad = (value: string, known: string[]) => closest(value, known.filter((k) => !SLUG.test(k)));

function unique(list: unknown[], path: Path, what: string, out: RuleIssue[]) {
  const seen = new Map<string, number>();
  list.forEach((id, i) => {
    if (typeof id !== 'string') return;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, i);
    else out.push({ path: [...path, i, 'id'], message: `duplicate ${what} id "${clip(id)}" (also ${pathToString([...path, first])})` });
  });
}

/** A key or id as shown in a message: long ones cut (a megabyte-long key makes no readable path). */
function clip(s: string): string {
  return s.length > 64 ? `${s.slice(0, 63)}…` : s;
}

/** `items[1].name`, `attributes[0].values["odd key"]`. */
export function pathToString(path: readonly PropertyKey[]): string {
  let s = '';
  for (const p of path) {
    if (typeof p === 'number') s += `[${p}]`;
    else if (typeof p === 'string' && p.length <= 64 && /^[A-Za-z_$][\w$-]*$/.test(p)) s += s ? `.${p}` : p;
    else s += `[${JSON.stringify(clip(String(p)))}]`;
  }
  return s || '(document)';
}
