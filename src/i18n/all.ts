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
import * as zhHant from './zh-Hant.js';
import * as tr from './tr.js';
import * as sv from './sv.js';
import * as da from './da.js';
import * as nb from './nb.js';
import * as fi from './fi.js';
import * as cs from './cs.js';
import * as uk from './uk.js';
import * as sk from './sk.js';
import * as bg from './bg.js';
import * as hr from './hr.js';
import * as sr from './sr.js';
import * as srLatn from './sr-Latn.js';
import * as el from './el.js';
import * as hu from './hu.js';
import * as ro from './ro.js';
import * as vi from './vi.js';
import * as id from './id.js';
import * as th from './th.js';
import * as he from './he.js';
import * as fa from './fa.js';
import * as ca from './ca.js';
import * as lt from './lt.js';
import * as bn from './bn.js';

/**
 * Registers every built-in table, the interface words and the words values
 * are written with (a function, not an import for its effect: bundlers drop those).
 */
export function registerAllStrings(): void {
  for (const [lang, table] of Object.entries({ de: de.de, fr: fr.fr, es: es.es, ja: ja.ja, ar: ar.ar, it: it.it, pt: pt.pt, nl: nl.nl, pl: pl.pl, ru: ru.ru, zh: zh.zh, 'zh-Hant': zhHant['zh-Hant'], ko: ko.ko, hi: hi.hi, sv: sv.sv, da: da.da, nb: nb.nb, no: nb.no, fi: fi.fi, el: el.el, vi: vi.vi, id: id.id, th: th.th, he: he.he, fa: fa.fa, cs: cs.cs, sk: sk.sk, uk: uk.uk, bg: bg.bg, hr: hr.hr, bs: hr.bs, sr: sr.sr, 'sr-Latn': srLatn['sr-Latn'], hu: hu.hu, ro: ro.ro, tr: tr.tr, ca: ca.ca, lt: lt.lt, bn: bn.bn })) registerStrings(lang, table);
  for (const [lang, m] of Object.entries({ de, fr, es, ja, ar, zh, ko, hi, ru, pt, it, nl, pl, tr, sv, da, nb, no: nb, fi, cs, sk, uk, bg, hr, bs: hr, sr, el, hu, ro, vi, id, ms: id, th, he, fa, ca, lt, bn })) {
    registerWords(lang, m.words);
  }
}
