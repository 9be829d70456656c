import * as z from 'zod/mini';
import { BETTER, BOUNDS, ComparisonSchema, LINK_KINDS } from './comparison.js';
import { LINK_URL, RESOURCE_URL } from './url.js';

/**
 * A JSON Schema `pattern` has no flags: the URL patterns' schemes, which the
 * allow-list reads in any case (`HTTPS://`), are spelled out as `[hH][tT]…`.
 */
const caseless = (pattern: string) =>
  pattern.replace(/https\?|mailto/g, (word) => word.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`));
const URL_PATTERNS = new Set([LINK_URL.source, RESOURCE_URL.source]);
/**
 * What the Zod schema checks with code, as patterns JSON Schema validators
 * (editors) can apply: a language of two or three letters; a text with
 * something visible (not only spaces, invisible or bidi characters; ranges
 * spelled out, as not every validator knows \p{…}).
 */
const LOCALE = '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$';
const VISIBLE = '[^\\s\\u200B-\\u200F\\u2060-\\u2064\\uFEFF\\u202A-\\u202E\\u2066-\\u2069]';
/** The fields of a few values (oneOf() in comparison.ts), as z.literal() and z.enum() write them. */
const ONE_OF: Record<string, Record<string, unknown>> = {
  version: { type: 'number', const: 1 },
  better: { type: 'string', enum: [...BETTER] },
  kind: { type: 'string', enum: [...LINK_KINDS] },
};

/**
 * The published JSON Schema (dist/comparison.schema.json), generated from the
 * Zod schema. Objects refuse unknown keys except `x-` extensions, as the
 * format does; checks JSON Schema cannot express (references, unique ids,
 * RichText link URLs) are described, and enforced by compare-kit itself.
 */
export function comparisonJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ComparisonSchema, {
    target: 'draft-2020-12',
    unrepresentable: 'any',
    override: (ctx) => {
      const js = ctx.jsonSchema as Record<string, unknown>;
      const key = ctx.path.at(-1);
      if (ctx.zodSchema._zod.def.type === 'custom' && typeof key === 'string' && ONE_OF[key]) Object.assign(js, ONE_OF[key]);
      if (typeof js['pattern'] === 'string' && URL_PATTERNS.has(js['pattern'])) js['pattern'] = caseless(js['pattern']);
      if (js['type'] === 'string' && key === 'locale') js['pattern'] = LOCALE;
      if (js['type'] === 'string' && key === 'updated') js['format'] = 'date';
      // A whole number ≥ 0 (count() in comparison.ts), as z.int().check(z.gte(0)) writes it.
      if (js['type'] === 'number' && key === 'collapseAfter') Object.assign(js, { type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER });
      if (js['type'] === 'string' && js['minLength'] === 1 && !js['pattern']) js['pattern'] = VISIBLE;
      // A list's bounds, checked beside the schema (BOUNDS in comparison.ts).
      const bounds = BOUNDS.get(ctx.zodSchema);
      if (bounds) Object.assign(js, bounds[0] ? { minItems: bounds[0] } : {}, { maxItems: bounds[1] });
      // A value's range, checked as a list of two numbers through a pipe (comparison.ts), is the pair it is.
      if (ctx.zodSchema._zod.def.type === 'pipe') {
        delete js['items'];
        Object.assign(js, { prefixItems: [{ type: 'number' }, { type: 'number' }], items: false, minItems: 2, maxItems: 2 });
      }
      // A map keyed by item id (byItem() in comparison.ts, an object with a catchall): any key, as z.record() writes it.
      if (js['type'] === 'object' && (ctx.zodSchema._zod.def as { catchall?: unknown }).catchall) {
        const { additionalProperties } = js;
        delete js['properties'];
        delete js['additionalProperties'];
        Object.assign(js, { propertyNames: { type: 'string' }, additionalProperties });
      }
      if (js['type'] === 'object' && js['properties']) {
        js['additionalProperties'] = false;
        js['patternProperties'] = { '^x-': {} };
      } else if (js['type'] === 'object' && js['additionalProperties']) {
        // A map keyed by item id: an `x-` key is an extension there too.
        js['patternProperties'] = { '^x-': {} };
      }
    },
  }) as Record<string, unknown>;
  return {
    ...schema,
    title: 'compare-kit comparison, format version 1',
    description:
      'One comparison of 2 to 8 items. Also enforced by compare-kit (not expressible here): item ids referenced in values, pros, cons, chooseIf and winner must be ids of items; ids are unique; RichText link URLs follow the URL allow-list and have no spaces; an http(s) URL has a host and port a browser can read (not :99999); a value range [min, max] has min ≤ max; a date is a real one; a locale names a language; in those maps an x- key is an extension unless an item has that id; in JSON text, a key is not given twice in one object (but inside x- extensions).',
  };
}
