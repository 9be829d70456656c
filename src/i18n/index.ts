/**
 * The interface in other languages: one table per language, merged over the
 * built-in English so that a key a table lacks still reads in English.
 *
 * English is built in. The other tables are loaded on demand: each is its own
 * small module (in dist/, a `compare-kit.<lang>-<hash>.js` file beside
 * compare-kit.js, about 2 KB gzip), fetched the first time an element
 * speaks that language, so a page in English downloads none of them. An
 * element waits for its table before it shows the comparison (its
 * placeholder stays), so no English flashes first. Server rendering and the
 * CLI register every table at once (./all.ts); a page or an app can add its
 * own language with `registerStrings`.
 */
import { en, type Strings } from '../base/strings.js';
import { remembered } from '../values/memo.js';
import { awaitedWords, hasWords, intlLocale, languageOf, registerWords, type WordTable } from '../values/units.js';

type Table = Partial<Strings>;
type Loose = Record<string, unknown>;

/**
 * Each language's module (./<lang>.ts), imported when first needed: the
 * words values are written with in it ("14 Stunden", "1,2 Mio.", "2000万円"),
 * and for the languages in INTERFACE its interface table too, exported under
 * the language's name, so one file serves both.
 */
const MODULES: Readonly<Record<string, () => Promise<Loose>>> = {
  de: () => import('./de.js'),
  fr: () => import('./fr.js'),
  es: () => import('./es.js'),
  ja: () => import('./ja.js'),
  ar: () => import('./ar.js'),
  zh: () => import('./zh.js'),
  // Traditional Chinese ("zh-TW", "zh-Hant", "zh-HK": tableOf): an interface table only, exported as 'zh-Hant';
  // its values read with zh's words (value words go by the language subtag).
  'zh-Hant': () => import('./zh-Hant.js'),
  ko: () => import('./ko.js'),
  hi: () => import('./hi.js'),
  ru: () => import('./ru.js'),
  pt: () => import('./pt.js'),
  it: () => import('./it.js'),
  nl: () => import('./nl.js'),
  pl: () => import('./pl.js'),
  tr: () => import('./tr.js'),
  sv: () => import('./sv.js'),
  da: () => import('./da.js'),
  nb: () => import('./nb.js'),
  no: () => import('./nb.js'),
  fi: () => import('./fi.js'),
  cs: () => import('./cs.js'),
  sk: () => import('./sk.js'),
  uk: () => import('./uk.js'),
  bg: () => import('./bg.js'),
  hr: () => import('./hr.js'),
  // (Bosnian reads Croatian: hr.ts gives its table under 'bs' too.)
  bs: () => import('./hr.js'),
  // Serbian: in Cyrillic, and in Latin letters ("sr-Latn", "sr-ME": tableOf), an interface table only, as 'zh-Hant' is;
  // its values read with sr's words, which are in both scripts.
  sr: () => import('./sr.js'),
  'sr-Latn': () => import('./sr-Latn.js'),
  el: () => import('./el.js'),
  hu: () => import('./hu.js'),
  ro: () => import('./ro.js'),
  vi: () => import('./vi.js'),
  id: () => import('./id.js'),
  ms: () => import('./id.js'),
  th: () => import('./th.js'),
  he: () => import('./he.js'),
  fa: () => import('./fa.js'),
  ca: () => import('./ca.js'),
  lt: () => import('./lt.js'),
  bn: () => import('./bn.js'),
};
/** The languages whose module has an interface table: every one but Malay, which reads Indonesian's value words only. */
const INTERFACE = Object.keys(MODULES).filter((l) => l !== 'ms');

/** The languages with a table, English first. */
export const LANGUAGES: readonly string[] = /* @__PURE__ */ Object.freeze(['en', ...INTERFACE]);

const KEYS = Object.keys(en) as (keyof Strings)[];
/** Tables registered (loaded or given by the page), by language subtag. */
const TABLES = new Map<string, Table>();
/** Loads under way (or failed: settled, the language then reads in English). */
const LOADING = new Map<string, Promise<void>>();
const cache = new Map<string, Strings>();
let revision = 0;
/** How long an element waits for its language's table before it shows English. */
const LOAD_TIMEOUT_MS = 10_000;

/**
 * Adds (or replaces) the table of a language, by its subtag ("it", "pt"):
 * elements in that language use it from their next render. Keys it lacks read
 * in English. Also how the built-in tables arrive.
 */
export function registerStrings(language: string, table: Partial<Strings>): void {
  const lang = tableOf(language);
  if (!lang || !isRecord(table)) return;
  TABLES.set(lang, table);
  cache.delete(lang);
  revision++;
}

/**
 * The language the interface words of a BCP 47 tag are in: the tag when its
 * language has a table (built in and loaded, or registered by the page),
 * else English, which the words fall back to ("ur" → "en").
 */
export function stringsLanguage(locale: string): string {
  const lang = tableOf(locale);
  return lang && (lang === 'en' || TABLES.has(lang)) ? locale : 'en';
}

/**
 * Changes each time a table is registered: what a cache of `stringsFor`
 * results compares to know it is stale.
 */
export function stringsRevision(): number {
  return revision;
}

/**
 * Loads the built-in table of a BCP 47 tag's language. Null when there is
 * nothing to wait for (English, a language without a built-in table, or one
 * already registered); otherwise a promise that settles once the table is
 * registered, or once loading failed (the language then reads in English; it
 * is not asked for again on this page).
 */
export function loadStrings(locale: string): Promise<void> | null {
  const lang = tableOf(locale);
  if (!lang || TABLES.has(lang) || !INTERFACE.includes(lang)) return null;
  const loading = loadModule(LOADING, lang, (m) => TABLES.has(lang) || registerStrings(lang, m[lang] as Table), 'strings could not be loaded; using English');
  return TABLES.has(lang) ? null : loading;
}

/**
 * Imports a language's module once per `loads` (strings, or value words) and
 * hands it to `take`. The promise settles once that is done, once loading
 * failed (said on the console: `failed`), or after 10 s: a request that hangs
 * must not keep the elements waiting (what it brings still counts if it comes).
 */
function loadModule(loads: Map<string, Promise<void>>, lang: string, take: (m: Loose) => unknown, failed: string): Promise<void> {
  let loading = loads.get(lang);
  if (!loading) {
    const load = MODULES[lang]!().then(take, (e: unknown) => console.warn(`compare-kit: the ${lang} ${failed}.`, e));
    loading = Promise.race([load.then(() => undefined), new Promise<void>((done) => setTimeout(done, LOAD_TIMEOUT_MS))]);
    loads.set(lang, loading);
  }
  return loading;
}

/** Loads of a language's value words under way (or settled). */
const WORDS_LOADING = new Map<string, Promise<void>>();

/**
 * Loads the words values are written with in a BCP 47 tag's language, for
 * a comparison written in it. Null when there is nothing to wait for
 * (English, a language without words, or words already registered);
 * otherwise a promise that settles once they are registered, or once loading
 * failed or took 10 s (values then read as in English, and no row shows a
 * "best": see `awaitedWords`).
 */
export function loadWords(locale: string): Promise<void> | null {
  const lang = languageOf(locale);
  if (!lang || hasWords(lang) || !Object.hasOwn(MODULES, lang)) return null;
  awaitedWords.add(lang);
  const loading = loadModule(WORDS_LOADING, lang, (m) => hasWords(lang) || registerWords(lang, m.words as WordTable), 'value words could not be loaded');
  return hasWords(lang) ? null : loading;
}

/**
 * The key of a BCP 47 tag's interface table: its language subtag, but
 * "zh-Hant" for Chinese in Traditional characters (the script Hant, or with
 * no script a region that writes it: "zh-TW", "zh-HK", "zh-MO", "zh-Hant-TW";
 * not "zh", "zh-CN", "zh-SG", "zh-Hans-TW") and "sr-Latn" for Serbian in
 * Latin letters (the script Latn, or with no script where Intl writes Serbian
 * so, as its dates then are: "sr-Latn", "sr-ME"; not "sr", "sr-RS", "sr-BA",
 * "sr-Cyrl-ME"). Remembered, as languageOf (values/units.ts).
 */
const tableOf = remembered((locale: unknown): string | undefined => {
  const loc = intlLocale(locale);
  const lang = loc?.language.toLowerCase();
  return lang === 'zh' && (loc!.script ? loc!.script === 'Hant' : /^(TW|HK|MO)$/.test(loc!.region ?? ''))
    ? 'zh-Hant'
    : lang === 'sr' && (loc!.script ?? loc!.maximize().script) === 'Latn'
      ? 'sr-Latn'
      : lang;
}, 200);

/** Whether two BCP 47 tags are the same language, and script for Chinese and Serbian ("de-AT" and "de"; not "de" and "en", nor "zh-TW" and "zh-CN", nor "sr-Latn" and "sr"). */
export function sameLanguage(a: string, b: string): boolean {
  return (tableOf(a) ?? a.toLowerCase()) === (tableOf(b) ?? b.toLowerCase());
}

const isRecord = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `value` if it can stand for the English `reference` (records merged shallowly over `current`), else undefined. */
function fit(reference: unknown, current: unknown, value: unknown): unknown {
  if (value === undefined || value === null) return undefined;
  if (typeof reference === 'function') return typeof value === 'function' ? value : undefined;
  if (typeof reference === 'string') return typeof value === 'string' ? value : undefined;
  if (isRecord(reference)) {
    if (!isRecord(value)) return undefined;
    const merged: Loose = { ...(current as Loose) };
    for (const [k, v] of Object.entries(value)) if (typeof v === 'string') merged[k] = v;
    return Object.freeze(merged);
  }
  return undefined;
}

function merge(base: Strings, table: Table | null | undefined): Strings {
  const out: Loose = { ...base };
  if (isRecord(table)) {
    for (const key of KEYS) {
      if (!Object.hasOwn(table, key)) continue;
      const value = fit(en[key], out[key], (table as Loose)[key]);
      if (value !== undefined) out[key] = value;
    }
  }
  return Object.freeze(out) as Strings;
}

/**
 * A language table completed from English: every key the table lacks (or
 * gives a value of the wrong type) reads in English, never as a key name.
 * What `stringsFor` does with each built-in table; also for a page's own language.
 */
export function completeStrings(table: Partial<Strings>): Strings {
  return merge(en, table);
}

function tableFor(language: string): Strings {
  const lang = TABLES.has(language) ? language : 'en';
  let strings = cache.get(lang);
  if (!strings) {
    strings = completeStrings(TABLES.get(lang) ?? {});
    cache.set(lang, strings);
  }
  return strings;
}

/**
 * The strings for a BCP 47 tag, by its language subtag ("de-AT" → German;
 * Chinese also by script: "zh-TW" → Traditional, see `tableOf`;
 * no table registered yet, or an invalid tag → English; see `loadStrings`), with `overrides` applied on top:
 * only keys of the English table, only values of the English value's type
 * (records are merged key by key). The result is frozen.
 */
export function stringsFor(locale: string, overrides?: Partial<Strings> | null): Strings {
  const lang = tableOf(locale) ?? 'en';
  const base = tableFor(lang);
  return isRecord(overrides) ? merge(base, overrides) : base;
}

const RTL_LANGUAGES = new Set(['ar', 'arc', 'azb', 'bal', 'ckb', 'dv', 'fa', 'glk', 'he', 'iw', 'ji', 'khw', 'ks', 'lrc', 'mzn', 'nqo', 'pnb', 'prs', 'ps', 'sd', 'skr', 'syr', 'ug', 'ur', 'yi']);
const RTL_SCRIPTS = new Set(['Adlm', 'Arab', 'Aran', 'Hebr', 'Mand', 'Mend', 'Nkoo', 'Rohg', 'Samr', 'Syrc', 'Thaa', 'Yezi']);
const LTR_SCRIPTS = new Set(['Latn', 'Cyrl', 'Grek', 'Deva', 'Hans', 'Hant', 'Jpan', 'Kore', 'Armn', 'Geor', 'Beng', 'Taml', 'Thai']);

type TextInfo = { direction?: string };
type WithTextInfo = Intl.Locale & { getTextInfo?: () => TextInfo; textInfo?: TextInfo };

/** Whether a BCP 47 tag is written right to left ("ar", "he-IL", "ku-Arab"; not "en", "ja", "az-Latn"). */
export function isRtl(locale: string): boolean {
  return rightToLeft(locale);
}

const rightToLeft = remembered(function rightToLeft(locale: string): boolean {
  const loc = intlLocale(locale) as WithTextInfo | null;
  if (!loc) return false;
  const script = loc.script;
  if (script && RTL_SCRIPTS.has(script)) return true;
  if (script && LTR_SCRIPTS.has(script)) return false;
  if (RTL_LANGUAGES.has(loc.language.toLowerCase())) return true;
  // Other languages: ask the engine (WebKit's data says "ltr" for Dhivehi, hence the list first).
  try {
    const info = typeof loc.getTextInfo === 'function' ? loc.getTextInfo() : loc.textInfo;
    if (info?.direction === 'rtl' || info?.direction === 'ltr') return info.direction === 'rtl';
  } catch {
    /* the engine does not know: use its likely script */
  }
  try {
    const likely = loc.maximize().script;
    return likely !== undefined && RTL_SCRIPTS.has(likely);
  } catch {
    return false;
  }
}, 200);
