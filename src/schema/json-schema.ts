import * as z from 'zod/mini';
import { ComparisonSchema } from './comparison.js';
import { LINK_URL, RESOURCE_URL } from './url.js';

/**
 * A JSON Schema `pattern` has no flags: the URL patterns' schemes, which the
 * allow-list reads in any case (`HTTPS://`), are spelled out as `[hH][tT]…`.
 */
const caseless = (pattern: string) =>
  pattern.replace(/https\?|mailto/g, (word) => word.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`));
const URL_PATTERNS = new Set([LINK_URL.source, RESOURCE_URL.source]);

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
      if (typeof js['pattern'] === 'string' && URL_PATTERNS.has(js['pattern'])) js['pattern'] = caseless(js['pattern']);
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
      'One comparison of 2 to 8 items. Also enforced by compare-kit (not expressible here): item ids referenced in values, pros, cons, chooseIf and winner must be ids of items; ids are unique; RichText link URLs follow the URL allow-list; in those maps an x- key is an extension unless an item has that id.',
  };
}
