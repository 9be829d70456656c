/**
 * Every built-in table at once, for code that renders without waiting: the
 * server renderer and the CLI (Node, where bytes do not matter). Browsers
 * load a table when an element first needs it (./index.ts).
 */
import { registerStrings } from './index.js';
import { ar } from './ar.js';
import { de } from './de.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { ja } from './ja.js';

/** Registers every built-in table (a function, not an import for its effect: bundlers drop those). */
export function registerAllStrings(): void {
  for (const [lang, table] of Object.entries({ de, fr, es, ja, ar })) registerStrings(lang, table);
}
