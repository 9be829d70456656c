/**
 * The interface in other languages: one table per language, merged over the
 * built-in English so that a key a table lacks still reads in English.
 */
import { en, type Strings } from '../base/strings.js';
import { ar } from './ar.js';
import { de } from './de.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { ja } from './ja.js';

type Table = Partial<Strings>;
type Loose = Record<string, unknown>;

const TABLES: Readonly<Record<string, Table>> = { de, fr, es, ja, ar };

/** The languages with a table, English first. */
export const LANGUAGES: readonly string[] = Object.freeze(['en', 'de', 'fr', 'es', 'ja', 'ar']);

const KEYS = Object.keys(en) as (keyof Strings)[];
const cache = new Map<string, Strings>();

/** A BCP 47 tag as an Intl.Locale (its `language` is lower case: "de-AT" → "de"), or null when it is no valid tag. */
function parse(locale: unknown): Intl.Locale | null {
  if (typeof locale !== 'string' || !locale.trim()) return null;
  try {
    return new Intl.Locale(locale.trim());
  } catch {
    return null;
  }
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
      if (!Object.prototype.hasOwnProperty.call(table, key)) continue;
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
  const lang = Object.prototype.hasOwnProperty.call(TABLES, language) ? language : 'en';
  let strings = cache.get(lang);
  if (!strings) {
    strings = completeStrings(TABLES[lang] ?? {});
    cache.set(lang, strings);
  }
  return strings;
}

/**
 * The strings for a BCP 47 tag, by its language subtag ("de-AT" → German;
 * no table or an invalid tag → English), with `overrides` applied on top:
 * only keys of the English table, only values of the English value's type
 * (records are merged key by key). The result is frozen.
 */
export function stringsFor(locale: string, overrides?: Partial<Strings> | null): Strings {
  const base = tableFor(parse(locale)?.language.toLowerCase() ?? 'en');
  return isRecord(overrides) ? merge(base, overrides) : base;
}

const RTL_LANGUAGES = new Set(['ar', 'arc', 'azb', 'bal', 'ckb', 'dv', 'fa', 'glk', 'he', 'iw', 'ji', 'khw', 'ks', 'lrc', 'mzn', 'nqo', 'pnb', 'prs', 'ps', 'sd', 'skr', 'syr', 'ug', 'ur', 'yi']);
const RTL_SCRIPTS = new Set(['Adlm', 'Arab', 'Aran', 'Hebr', 'Mand', 'Mend', 'Nkoo', 'Rohg', 'Samr', 'Syrc', 'Thaa', 'Yezi']);
const LTR_SCRIPTS = new Set(['Latn', 'Cyrl', 'Grek', 'Deva', 'Hans', 'Hant', 'Jpan', 'Kore', 'Armn', 'Geor', 'Beng', 'Taml', 'Thai']);

type TextInfo = { direction?: string };
type WithTextInfo = Intl.Locale & { getTextInfo?: () => TextInfo; textInfo?: TextInfo };

/** Whether a BCP 47 tag is written right to left ("ar", "he-IL", "ku-Arab"; not "en", "ja", "az-Latn"). */
export function isRtl(locale: string): boolean {
  const loc = parse(locale) as WithTextInfo | null;
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
}
