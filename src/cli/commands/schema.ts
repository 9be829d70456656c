/// <reference types="node" />
/**
 * `compare-kit schema`: prints the JSON Schema of the comparison format
 * (draft 2020-12, generated from the Zod schema; the same as the package's
 * comparison.schema.json), for editors that validate while typing:
 * `compare-kit schema > comparison.schema.json`, then the editor's JSON schema
 * settings, by file pattern (a `"$schema"` key is unknown to the format).
 */
import { parseArgs } from 'node:util';
import { comparisonJsonSchema } from '../../schema/json-schema.js';
import type { CliIo } from '../io.js';

export const USAGE = `Usage: compare-kit schema

Prints the JSON Schema of the comparison format (draft 2020-12), for editors
that validate while typing:  compare-kit schema > comparison.schema.json

Some rules are not expressible in JSON Schema (item ids referenced in values,
unique ids, link URLs): "compare-kit validate" checks those too.`;

export async function run(argv: string[], io: CliIo): Promise<number> {
  let help: boolean | undefined;
  try {
    ({ values: { help } } = parseArgs({ args: argv, options: { help: { type: 'boolean', short: 'h' } } }));
  } catch (e) {
    io.err(`compare-kit schema: ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (help) {
    io.out(USAGE);
    return 0;
  }
  io.out(JSON.stringify(comparisonJsonSchema(), null, 2));
  return 0;
}
