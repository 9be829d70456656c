/**
 * The rules of the format that span the document, checked on the raw input
 * (whatever its shape) so they report alongside the schema's own errors:
 * unknown keys (with a suggestion; `x-` keys are extensions), item ids
 * referenced anywhere, attribute groups, and unique ids.
 */
import type * as z from 'zod/mini';
import { closest } from './suggest.js';

export type Path = (string | number)[];
export interface RuleIssue {
  path: Path;
  message: string;
}

type AnySchema = z.ZodMiniType;
type Def = { type: string; shape?: Record<string, AnySchema>; element?: AnySchema; valueType?: AnySchema; innerType?: AnySchema; options?: AnySchema[] };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const def = (s: AnySchema) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Walks the input beside the schema and reports keys no object of the schema knows. */
export function unknownKeys(schema: AnySchema, input: unknown, path: Path = [], out: RuleIssue[] = []): RuleIssue[] {
  const d = def(schema);
  switch (d.type) {
    case 'optional':
    case 'nullable':
      return unknownKeys(d.innerType!, input, path, out);
    case 'union':
      // Only the object branch of a union can have unknown keys.
      if (isObject(input)) for (const o of d.options!) if (def(o).type === 'object') unknownKeys(o, input, path, out);
      return out;
    case 'array':
      if (Array.isArray(input)) input.forEach((v, i) => unknownKeys(d.element!, v, [...path, i], out));
      return out;
    case 'record':
      if (isObject(input)) for (const [k, v] of Object.entries(input)) if (!k.startsWith('x-')) unknownKeys(d.valueType!, v, [...path, k], out);
      return out;
    case 'object': {
      if (!isObject(input)) return out;
      const shape = d.shape!;
      const known = Object.keys(shape);
      for (const [k, v] of Object.entries(input)) {
        if (k.startsWith('x-')) continue;
        if (Object.hasOwn(shape, k)) unknownKeys(shape[k]!, v, [...path, k], out);
        else {
          const hint = closest(k, known);
          out.push({ path: [...path, k], message: `unknown key${hint ? `, did you mean "${hint}"?` : ''}` });
        }
      }
      return out;
    }
    default:
      return out;
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
    if (typeof value === 'string' && itemIds.length && !itemSet.has(value)) {
      out.push({ path, message: `unknown item id "${clip(value)}"${suggestIn(value, itemIds) ?? itemList}` });
    }
  };
  const checkKeys = (record: unknown, path: Path) => {
    if (!isObject(record)) return;
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
    if (typeof g === 'string' && !groupIds.includes(g)) {
      out.push({
        path: ['attributes', i, 'group'],
        message: groupIds.length ? `unknown group "${clip(g)}"${suggestIn(g, groupIds) ?? ` (groups are ${groupIds.map((x) => `"${clip(x)}"`).join(', ')})`}` : `unknown group "${clip(g)}": add it to "groups"`,
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

function suggestIn(value: string, known: string[]): string | undefined {
  const hint = closest(value, known);
  return hint ? `, did you mean "${hint}"?` : undefined;
}

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
