/**
 * The commands of `compare-kit`, each loaded only when it runs (so
 * `validate` never loads the server renderer). Adding one is one line here
 * and a module `./<name>.ts` exporting `run(argv, io): Promise<number>`
 * (0 done, 1 the content has problems, 2 wrong usage).
 */
import type { CliIo } from '../io.js';

export interface Command {
  run(argv: string[], io: CliIo): Promise<number>;
}

export const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  validate: { summary: 'check comparison files, folders or URLs; every problem with its path', load: () => import('./validate.js') },
  render: { summary: 'print the server-rendered HTML of an element (crawlable, hydrates in the browser)', load: () => import('./render.js') },
  schema: { summary: 'print the JSON Schema of the format, for editors that validate while typing', load: () => import('./schema.js') },
  embed: { summary: 'print a snippet to paste into a page (--wordpress: WordPress-safe)', load: () => import('./embed.js') },
};
