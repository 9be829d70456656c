/**
 * Every built-in table at once, for code that renders without waiting: the
 * server renderer and the CLI (Node, where bytes do not matter). Browsers
 * load a table when an element first needs it (./index.ts).
 */
import { registerWords } from '../values/units.js';
import { registerStrings } from './index.js';
import * as ar from './ar.js';
import * as de from './de.js';
import * as es from './es.js';
import * as fr from './fr.js';
import * as hi from './hi.js';
import * as it from './it.js';
import * as ja from './ja.js';
import * as ko from './ko.js';
import * as nl from './nl.js';
import * as pl from './pl.js';
import * as pt from './pt.js';
import * as ru from './ru.js';
import * as zh from './zh.js';

/**
 * Registers every built-in table, the interface words and the words values
 * are written with (a function, not an import for its effect: bundlers drop those).
 */
export function registerAllStrings(): void {
  for (const [lang, table] of Object.entries({ de: de.de, fr: fr.fr, es: es.es, ja: ja.ja, ar: ar.ar })) registerStrings(lang, table);
  for (const [lang, m] of Object.entries({ de, fr, es, ja, ar, zh, ko, hi, ru, pt, it, nl, pl })) registerWords(lang, m.words);
}
