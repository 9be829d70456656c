/**
 * Reads the leading quantity of a value string ("530,000+ packages",
 * "~2-10x slower", "$1.2B", "<1 ms (no GC)") and keeps the rest as a note.
 * Pure, never throws, linear time: a cursor walks the first 200 characters
 * with small anchored (sticky) regexes that cannot backtrack badly.
 *
 * Decisions:
 * - Numbers: `,` groups of exactly 3 digits (`2,594,006`), or groups after
 *   a no-break, narrow no-break or thin space (`1\u00a0000`; a plain space
 *   does not group); `.` is the decimal point. `1.234,5` (dot groups, then a
 *   decimal comma) is read as 1234.5. Anything else ambiguous is not a
 *   quantity: `1,5`, `12,34,567`, `1.2.3`. In a language that writes a
 *   decimal comma (the comparison's `locale`: de, fr, es…) `,` and `.` swap
 *   roles: `1,5` is 1.5 and `1.500` is 1500. Written in Switzerland, where an apostrophe groups, a lone comma is a
 *   decimal one too (`6,1 Mio.`; `1,299` is neither), and a dot after apostrophe groups is a decimal point in any
 *   language (`CHF 1'234.50`).
 * - `B` after a number means billion with money (`$1.2B`), before a word
 *   (`1.2B users`) or after decimals (`1.5B`: no half bytes); otherwise bytes (`512 B`, `7B`, `12 B (gzip)`; a row
 *   reads `7B` as billions beside counts of millions, rows.ts). `m`
 *   means million with money (`$5m`); otherwise it stays a count's word, as
 *   "5m" is as often minutes or metres.
 * - Beyond the format's units: physical measures that convert within their
 *   kind (GHz/MHz, kg/g/lb, km/metres/mi, kW/W, kWh, mAh, V, L…), bits
 *   (`Mbps` is a data rate), money per time (`$9.99/mo` and `$5/user/month`
 *   compare with `$60/yr`; cents, `8.49¢/kWh`, are hundredths), and the built-in languages' words for time, data
 *   and magnitudes (`14 Stunden`, `5 Go`, `1,2 Mio.`, `3億`, `2 crore`), in a
 *   comparison written in that language only ("12 Mo" stays a count in
 *   English); digits of other scripts (`١٢٣`, `१२८`, `１２３`), South Asian
 *   grouping (`12,34,567` in Hindi, rupees or taka, `১২,৩৪,৫৬৭` in Bengali) and space grouping (`12 000`
 *   in French) in the languages that write them.
 * - Invisible format characters (U+200E/200F marks, bidi embeddings and
 *   isolates, zero-width space, BOM, soft hyphen) are skipped: "\u200f$38,000"
 *   is $38,000, as the reader sees it.
 * - Not quantities: versions (`1.2.3`, `3.13.x`, `v1.0`), dates
 *   (`2026-06-01`, `12/25/2024`, `3 Jan 2026`, and Friday's `Fr. 5. Mai`, not francs), times of day (`10:30`),
 *   ordinals (`3rd`) and generations (`5G`, `4G LTE`), numbers glued to ids (`A1`, `5x4`), leading zeros (`007`).
 * - A video's lines (3 or 4 digits glued to a `p`: `1080p`, `720p`) are a kind of their own, compared only with each
 *   other. ("4K" is 4,000, a magnitude as the format says: beside "1080p" neither is the best.)
 * - A bare number ("500,000+ (PyPI)") takes the fallback (attribute) unit when
 *   that is a unit ("MB", "seconds", "%", "/10", "USD", "millions");
 *   words like "packages" or "scale 1-10" are labels, so it stays a count.
 */
import { numberFormat } from './formats.js';
import { remembered } from './memo.js';
import { BIT_RATES, CODES, CURRENCY_WORDS, SYMBOLS, baseOf, boundWords, everyUnitDef, hasWords, intlLocale, magnitudeOf, perUnitDef, unitDef, wordless, wordsLanguage, wordsRevision, type BoundWords, type Dimension, type UnitDef } from './units.js';

export type Bound = 'exact' | 'atLeast' | 'atMost' | 'above' | 'below';

export interface Quantity {
  /** Equal unless a range; magnitudes applied (12.0 million → 12e6); in `unit`. */
  min: number;
  max: number;
  bound: Bound;
  approximate: boolean;
  /** 1, 1e3, 1e6, 1e9, 1e12 as written. */
  magnitude: number;
  dimension: Dimension;
  /** Canonical: 's', 'ms', 'week', 'MB', 'KiB', 'USD', '%', 'x', '/10', 'req/s', '' (count; in a language with no words, its word). */
  unit: string;
  /** A count's word ("packages"); not a unit. */
  label?: string;
  /** The conditions of a test before its result ("0-100 km/h", "10-80%"): results of other conditions do not compare. */
  condition?: string;
  /** The rest of the text, trimmed. */
  note: string;
}

interface Unit {
  dimension: Dimension;
  unit: string;
  label?: string;
}

interface Side {
  num: string; // decimal digits with an optional sign and point
  exp: number; // magnitude as a power of ten
  cur?: string;
  /** "$", "¥": a dollar or yen that a code after the amount may name ("$59.99 CAD"). */
  bare?: boolean;
  plus: boolean;
  /** "1.299": three decimals, or a German thousand; an amount of money so written is not read. */
  amb?: boolean;
  /** "€1.299": the same for a plain amount ("€1.899/l", fuel, has three decimals). */
  ambAmount?: boolean;
}

const MAX = 200;
const PREFIX =
  /\s*(~|≈|∼|≤|⩽|<=|≥|⩾|>=|<|>|about\b|approx(?:imately\b|\.|\b)|around\b|roughly\b|circa\b|ca\.|at least\b|at most\b|up to\b|more than\b|less than\b|over\b|under\b|below\b|above\b|from\b|starting (?:at|from)\b|starts at\b)\s*/iy;
const BOUNDS: ReadonlyArray<readonly [Bound, RegExp]> = [
  ['atMost', /^(≤|⩽|<=|at most|up to)$/],
  // "from $0.74/hr" is that price or more. Other languages' words ("bis zu", "ab", "от") are in their tables (src/i18n).
  ['atLeast', /^(≥|⩾|>=|at least|from|starting at|starting from|starts at)$/],
  ['below', /^(<|less than|under|below)$/],
  ['above', /^(>|more than|over|above)$/],
];
const SPACE = /\s*/y;
// (Other languages' words, "zwischen … und", "10 és 20 között", are in their tables, src/i18n: a `from` bound, `and`, an
// `exact` word after a number.)
const BETWEEN = /between\s+/iy;
const AND = /\s*and\s+/y;
// The conditions of a test before its result: "0-100 km/h in 7.2 s", "0–60 mph: 3.1 s", and with a word or colon
// before the result, "50-70 mph in 3.2 s", "0-60 in 3.1s", "10-80% in 18 min", "20–80 %: 30 min" (charging). A range
// of other things is no condition ("2-3 in 10 people", "5-10: 15 min"). Also "0-100 км/ч за 7,2 с", "10-80%で18分",
// "0-100km/h加速7.2秒", "0-100 km/sa 7,2 sn" (Turkish); with no word, before a time only: "10-80% 18분" (see parse). Also
// with a tilde, as Chinese, Japanese and Korean write a range: "0~100km/h加速7.2秒" (was a distance, 0 to 100 km).
const CONDITIONS =
  /(?:(?:von|de|van|da)\s*)?(?:0\s*(?:[-‐‑–—~～〜]|à|a|to|auf|tot|naar)\s*(?:60|62|100|200)\s*(?:mph|km\/h|kmh|kph|km\/(?:u|sa?)|км\/ч)\s*(?:(?:in|em|en|za|på|w|за)(?!\p{L})|で|加速|:|,|=)?\s*|(?:\d{1,3}\s?%?\s*(?:[-‐‑–—~～〜]|to)\s*\d{1,3}\s?(?:%|mph|km\/h|kmh|kph|km\/(?:u|sa?)|км\/ч)|0\s*[-‐‑–—~～〜]\s*(?:60|62|100|200))(?:\s*(?:(?:in|em|en|za|på|w|за)(?!\p{L})|で|加速|:)|(\s))\s*(?=[\d~≈<]))/iuy;
const SIGN = /[-−+]/y;
const FRACTIONS = { '½': 0.5, '¼': 0.25, '¾': 0.75, '⅓': 1 / 3, '⅔': 2 / 3 };
const FRACTION = /[½¼¾⅓⅔]/y;
/** Currencies written with letters before an amount ("Rp 15.000", "RM12", "Rs. 500", "रु 500", "Fr. 999.–", "TSh 15,000"): also what rows.ts `unreadNumber` knows. */
export const LETTER_CURRENCY = 'Rp|RM|Rs|रु|S?Fr|[TK]Sh';
const SYMBOL = new RegExp(`(?:US|CA?|AU?|R|HK|NZ|S|MX|NT)?\\$|[€£¥₹₩₪₽₺₫฿₱₴₦৳]|((?:${LETTER_CURRENCY})\\.?)(?=\\s?\\d)`, 'uy');
// A day of the month after "Fr." (Friday in German and English): "5. Mai", "5.5.", "5 May", "19 Uhr".
const FRIDAY = /(?:0?[1-9]|[12]\d|3[01])(?:\.\s*(?:(?:0?[1-9]|1[0-2])\.(?!\d)|\p{L})|\s?(?:uhr|jan|feb|mä?r|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|de[cz]))/iuy;
const CODE_BEFORE = /[A-Z]{3}(?=\s?[-−+]?\.?\d)/y;
const CODE_AFTER = /\s?([A-Z]{3})(?![\p{L}\d])/uy;
const NUM = /\d+(?:[.,\u00a0\u202f\u2009]\d+)*|\.\d+/y;
// In a language that groups digits with a space (fr, ru, sv…), a plain space may group too: "12 000".
const NUM_SPACED = /\d+(?:[., \u00a0\u202f\u2009]\d{3}(?!\d)|[.,]\d+)*|\.\d+/y;
// Right after a number: "3.13.x", "10:30", "1 000" with a plain space.
const BAD_AFTER_NUM = /[.:,]\w|\s+\d|['’′"″]\d/y;
// Right after the whole quantity: "2026-6-1", "12/25/2024"; not a distance, as a warranty's "10 years/100,000 miles" is.
const BAD_AFTER = /[-‐‑‒–—−/.:,]\d(?![\d,.]*[\s-]?(?:mi(?:les?)?|km)(?!\p{L}))/uy;
// (A tilde after a number, as Chinese, Japanese and Korean write a range, in any language: "5~10 GB"; before one it is "about".)
const RANGE = /\s*(?:[-‐‑‒–—−~～〜]|to\b)\s*/y;
// A word: letters with their combining marks (Devanagari vowel signs, a nukta).
// (Hebrew abbreviations have a gershayim inside: ש״ח; Arabic ones a dot: ر.س, the riyal. Areas end in ², volumes in ³: m², m³.)
const WORD = /\s*(-?)(\p{L}[\p{L}\p{M}]*(?:[״"][\u05d0-\u05ea]+|\.[\u0621-\u064a]|[²³])?)/uy;
// ("per" in other languages too: "pro Sekunde", "par seconde", "por segundo", "в секунду", "na sekundę", "za sekundu",
// "ανά δευτερόλεπτο".)
const PER_WORDS = 'per|pro|par|por|в|на|na|za|ανά';
const PER = new RegExp(`\\s*(?:\\/|(?:${PER_WORDS})\\s)\\s*(\\p{L}[\\p{L}\\p{M}]*)`, 'uy');
// What follows a magnitude, after the dot of an abbreviation or a joining word ("de", "di", "d'"): a currency symbol or a word.
const NEXT_WORD = /(?:(?<!\p{L}{6})\.)?(?:\s+(?:d[ei]\s|d['’]))?\s*(\p{Sc}|\p{L}+)/uy;
// After an amount of money: "/mo", "per month", "a month", "pro Monat", "im Monat", "par mois", "le mois", "por mes", "al mes", "la noche", "ao mês", "all'anno",
// "a l'any", "i månaden", "om måneden", "pr. måned", "в месяц", "na miesiąc", "ανά μήνα", "τον μήνα", "प्रति माह", per user or
// seat first.
const PERSONS = 'users?|seats?|members?|persons?|people|agents?|editors?|devices?|hosts?|licen[cs]es?|developers?|collaborators?|creators?|employees?|admins?|viewers?|students?|learners?|contributors?|guests?|accounts?';
const PERSON = new RegExp(`^(?:${PERSONS})$`, 'i');
const MONEY_PER = new RegExp(`\\.?\\s*(?:\\/\\s*|a(?:l|\\s+)l['’]\\s*|(?:${PER_WORDS}|al|an?|ao|la|le|el|im|i|om|pr\\.|τον|प्रति)\\s+)(?:(?:${PERSONS})\\s*(?:\\/\\s*|per\\s+))?(\\p{L}[\\p{L}\\p{M}]*[²³]?)`, 'iuy');
// Currencies whose countries write "1.299" for 1299.
const DOT_GROUPED = /^(?:EUR|IDR|BRL|TRY|VND|ARS|CLP|COP|DKK|RON)$/;
// (Between, what is measured: "32 g CO2/km".) Per 10, 100 or 1000 of anything too: "52 kWh/100 cycles", "5 g/100 g".
const PER_DISTANCE = /\s*(?:CO[2₂]\s*)?\/\s*(?:(\d+)\s?)?(?:(km|mi|км)|(?<=\/\s*10{1,3}\s?)(\p{L}[\p{L}\p{M}]*²?))(?!\p{L})/uy;
// After a time: the number of a smaller unit ("1 h 30 min", "2 Std. 15 Min.", "1 hour and 30 minutes", "1 Stunde und 30 Minuten", "1 hodina a 30 minút", "1 sat i 30 minuta", "1 óra és 30 perc").
const HALF = /\s?(?:半|반(?![\p{L}\p{M}]))/uy;
// The languages that write a time of day "10 h 30" or "10:30 h".
const CLOCKS = /^(?:fr|es|it|pt|ca)$/;
const HOURS_MINUTES = /(?<![.,]\d+):([0-5]\d)(?=\s?(\p{L}+))/uy;
const BARE = /\s*(?:$|[(,;]|d['’]|d[ei]\s)/y;
const COMPOUND = /\.?\s*(?:(?:and|und|et|y|e|a|i|en|och|og|ja|és|ve|și|ir|και|и|і)\s+)?(\d+)([½¼¾⅓⅔]?)(?![.,]\d)/y;
// A price per a time in a word, at the end of the value or before punctuation ("$96 billed yearly"; not "$500 daily limit").
const EVERY = /\s*(?:billed\s+)?(\p{L}[\p{L}\p{M}]*)(?=\s*(?:$|[(),;.]))/uy;
// "£9.99 p.m.", "£9.99 p/m", "£9.99pm", "£850 pcm" (per calendar month), "€120 p.a.": after an amount of money only.
// Undotted in lower case only ("$5 PA system", "$120k PM" are something else), and not before a dash or a time zone
// ("$5 pm-7 pm", "$5 p.m. ET": an hour).
const PER_ABBREVIATION = /\s*(?:[pP](?:\s?[./]\s?)([maMA])\.?|p([ma])|(pcm))(?![\p{L}\d.]|\s*[-–]|\s+(?:[A-Z]{1,4}T|GMT|UTC)\b)/uy;
const SCORE = /\s*(?:\/|out of\s)\s*(\d+(?:\.\d+)?)/y;
const AFTER_SYMBOL = /\s*(%|×|(?:US|CA?|AU?|R|HK|NZ|S|MX)?\$|[€£¥₹₩₪₽₺₫฿₱₴₦৳¢])/y;
// "20 °C", "68°F", "20 ℃" (a masculine ordinal º is often typed for the degree sign).
// 6.1" (a screen), 27″
const INCH = /\s?["″](?!\w)/y;
const TEMPERATURE = /\s*(?:[°º]\s?([CF])(?!\p{L})|([℃℉]))/uy;
// Words after a number that make it an ordinal, a date or a time of day ("19 Uhr", "19.30 Uhr"), not a count.
const NOT_LABEL = /^(st|nd|rd|th|uhr|jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)$/i;
const PERCENT: Unit = { dimension: 'percent', unit: '%' };
// The lines of a video ("1080p"): a kind of their own, compared only with each other.
const LINES: Unit = { dimension: 'measure', unit: 'p' };
const TIMES: Unit = { dimension: 'multiplier', unit: 'x' };
// A ratio to one ("3000:1", a contrast; "19:1", students to a teacher): a kind of its own, as the lines of a video are.
const RATIO: Unit = { dimension: 'measure', unit: ':1' };

/**
 * "2,594,006" → "2594006"; null when ambiguous or malformed. See the decisions
 * above. With `decimalComma` (a comparison in German, French, Spanish…) the
 * roles swap: `,` is the decimal separator and `.` groups by three ("1.500"
 * is 1500, "1,5" is 1.5); a dot that cannot be grouping ("1.5") is still a
 * decimal point.
 */
function digits(raw: string, decimalComma = false, indian = false, swiss = false): string | null {
  // South Asian grouping (a comparison in Hindi, Bengali, en-IN…, or rupees and taka): "1,50,000", "12,34,567.5".
  if (indian && !decimalComma && /^\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?$/.test(raw)) return raw.replaceAll(',', '');
  const parts = raw.split(/(\D)/);
  const n = parts.length;
  const last = parts[n - 2];
  let dec: string;
  // "1,299" may be 1.299 or (English written on this page) 1299: neither, as English reads "1,5". (In Switzerland too,
  // where a comma is a decimal one, in "6,1 Mio.", or English.)
  if ((decimalComma || swiss) && n === 3 && last === ',' && parts[2]!.length === 3 && !/^0/.test(parts[0]!)) return null;
  if (decimalComma) {
    // A last dot not followed by 3 digits cannot group ("1.5", Swiss "1'234.50"): a decimal point. Commas, then a dot
    // ("$1,299.99"): written the English way, which reads one way only.
    dec = last === '.' && (parts[n - 1]!.length !== 3 || parts.includes(',')) ? '.' : ',';
  } else {
    // A final comma not followed by a group of 3, after other separators, or alone where a comma never groups (in
    // Switzerland, "6,1 Mio."): decimal comma.
    dec = last === ',' && (n > 3 ? parts[n - 1]!.length !== 3 : swiss) ? ',' : '.';
  }
  const first = parts[0] ?? '';
  // A lone 0 is never followed by a group: "0,089 €" (English page) and "0.089" (German) are decimals; "0,089,000" is
  // nothing.
  if (first === '0' && n > 1 && parts[1] !== dec) {
    if (n > 3 || !/[.,]/.test(last!)) return null;
    dec = last!;
  }
  if (/^0\d/.test(first) || (n > (last === dec ? 3 : 1) && first.length > 3)) return null;
  let out = first || '0';
  for (let k = 1; k < n; k += 2) {
    const sep = parts[k];
    const part = parts[k + 1] ?? '';
    if (sep === dec && k === n - 2) out += `.${part}`;
    else if (sep !== dec && part.length === 3) out += part;
    else return null;
  }
  return out;
}

// A price of nothing in any currency, and no limit, in a few languages.
// (Other languages' words for them are in their files, src/i18n: read in a comparison written in that language.)
// ("Included" alone, breakfast or a fee: nothing to pay; "Included with Prime" is text.)
const FREE = /^\s*(?:free|gratis|incl(?:uded|\.)(?=\s*(?:$|\()))(?!\p{L})/iu;
const UNLIMITED = /^\s*(?:unlimited|∞|no limit|infinite)(?!\p{L})/iu;
const LIFETIME = /^\s*(?:lifetime|life-?long)(?!\p{L})/iu;

/**
 * "Free" is $0 in whatever currency its row is priced in (unit `*`), and
 * "Unlimited" (∞) is more than any number of its row: both join their row's
 * values (see rowKeys in diff.ts). "Lifetime" (a warranty, updates) is longer
 * than any time, and a time only: beside prices it is of another kind. Anything
 * else without a digit is text.
 */
function special(s: string, text: string, own?: BoundWords): Quantity | null {
  const free = FREE.exec(s) ?? own?.free?.exec(s);
  const life = free ? null : (LIFETIME.exec(s) ?? own?.lifetime?.exec(s));
  const m = free ?? life ?? UNLIMITED.exec(s) ?? own?.unlimited?.exec(s);
  if (!m) return null;
  const n = free ? 0 : Infinity;
  return { min: n, max: n, bound: 'exact', approximate: false, magnitude: 1, dimension: free ? 'money' : life ? 'time' : 'count', unit: free ? '*' : life ? 'year' : '', note: text.slice(m[0].length).trim() };
}

/** The rate's "X" lightly normalised, so "requests", "request" and "req" match. */
function rateLabel(w: string): string {
  const x = w.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '');
  return x.startsWith('req') ? 'req' : x === 'op' || x.startsWith('operation') ? 'ops' : x;
}

/** A test's conditions as one text, however written: "0–100 km/h", "0 à 100 km/h", "von 0 auf 100 km/h" are "0-100 km/h"; "10 to 80 %" is "10-80%". */
function condition(c: string): string {
  const [, a, b] = /(\d+)\D+?(\d+)/.exec(c)!;
  // (0-62 mph is 0-100 km/h, as British magazines write it.)
  const mph = /mph/i.test(c);
  return mph && b === '62' ? `${a}-100 km/h` : `${a}-${b}${c.includes('%') ? '%' : mph ? ' mph' : /[kк]/i.test(c) ? ' km/h' : ''}`;
}

/** `locale`: the language the text is written in (the comparison's); it says which of `,` and `.` is the decimal separator. */
export function parseQuantity(text: string, fallbackUnit?: string, locale?: string): Quantity | null {
  try {
    return typeof text === 'string' ? parse(text, fallbackUnit, styleOf(locale)) : null;
  } catch {
    return null; // not expected; the contract is "never throws"
  }
}

/** The unit a fallback (attribute) unit names, or null when it is only a label. Remembered: every value of the attribute asks. */
function unitOf(unit: string | undefined, { language, dollar = '' }: NumberStyle): Quantity | null {
  return unit ? namedUnit(`${language}\u0000${unit}\u0000${wordsRevision()}\u0000${dollar}`) : null;
}
const namedUnit = remembered((key: string): Quantity | null => {
  const [language = '', unit = '', , dollar] = key.split('\u0000');
  // One of it: "$m", "€k", a currency symbol with a magnitude, read as "$1m"; "ct/kWh", "¢/kWh" as "1 ct/kWh", a
  // hundredth (`min`: what a number in that unit is worth). (A "$" the region's dollar, as in values.)
  const q = parse(unit[0] === '¢' ? `1${unit}` : /^\p{Sc}/u.test(unit) ? `${unit[0]}1${unit.slice(1)}` : `1 ${unit}`, undefined, language ? { ...PLAIN, language, dollar } : PLAIN);
  return q && (q.dimension !== 'count' || q.magnitude !== 1) ? q : null;
}, 500);

/** How a language writes numbers: the parts of the parser that depend on it. */
interface NumberStyle {
  /** One and a half is "1,5" (de, fr, es…). */
  comma: boolean;
  /** Groups with a space: "12 000" (fr, ru, sv…). */
  spaced: boolean;
  /** Groups in twos above the thousands: "12,34,567" (hi, en-IN…). */
  indian: boolean;
  /** The language subtag, whose words for units and magnitudes count ("Stunden", "Mio."). */
  language: string;
  /** Japanese, Chinese or Korean: words written without spaces ("2倍速い", "1日2時間", "15万9800円"). */
  cjk?: boolean;
  /** What 元 and 圓 are: the yuan, or the Taiwan or Hong Kong dollar in a comparison written there. */
  yuan: string;
  /** Written in Switzerland or Liechtenstein: "1'049.–", an apostrophe groups. */
  swiss?: boolean;
  /** What "$" is: the region's dollar or peso ("1 299 $" in fr-CA is CAD), else USD. */
  dollar?: string;
}
const PLAIN: NumberStyle = { comma: false, spaced: false, indian: false, language: '', yuan: 'CNY' };

function styleOf(locale: string | undefined): NumberStyle {
  return locale ? numberStyle(locale) : PLAIN;
}
const numberStyle = remembered((locale: string): NumberStyle => {
  const f = numberFormat(locale);
  // (The region: "CA" of "fr-CA", "CH" of "de-Latn-CH"; not of an extension, "en-u-ca-gregory".)
  const region = intlLocale(locale)?.region ?? '-';
  const group = f.formatToParts(12345).find((p) => p.type === 'group')?.value ?? ',';
  return {
    comma: f.formatToParts(1.5).find((p) => p.type === 'decimal')?.value === ',',
    spaced: /^\s$/.test(group),
    // (In the locale's digits: "১২,৩৪,৫৬৭" in Bengali.)
    indian: /^\D*\d{2}\D\d{2}\D\d{3}$/.test(asciiDigits(f.format(1234567).replace(/\p{Cf}/gu, ''))),
    language: wordsLanguage(locale),
    cjk: /^(?:ja|zh|ko)$/.test(wordsLanguage(locale)),
    yuan: /HK|TW/.test(region) ? `${region}D` : /^zh-hant$/i.test(locale) ? 'TWD' : 'CNY',
    swiss: /CH|LI/.test(region),
    dollar: DOLLARS.find((c) => c.startsWith(region)),
  };
}, 100);

/** The dollars and pesos written "$" in their region (CA, AU…): see NumberStyle. */
const DOLLARS = 'CAD AUD NZD SGD HKD TWD MXN ARS CLP COP'.split(' ');

/** A decimal digit of another script (Arabic-Indic, Devanagari, fullwidth…), and the Arabic and fullwidth separators and percent signs. */
const OTHER_DIGIT = /(?![0-9])\p{Nd}/gu;
const DIGIT = /\p{Nd}/u;

/**
 * "١٢٣" → "123", "१२८" → "128", "１２３" → "123", "٣٠٪" → "30%". Unicode keeps each script's
 * digits in a run from 0 to 9, so a digit's value is its distance from the
 * start of its run.
 */
function asciiDigits(s: string): string {
  return s
    .replace(OTHER_DIGIT, (c) => {
      if (c.length > 1) return c; // outside the first plane (mathematical digits): left as they are, so the text keeps its length
      let code = c.codePointAt(0)!;
      let n = 0;
      while (DIGIT.test(String.fromCodePoint(code - 1))) code--, n++;
      return String(n % 10);
    })
    .replace(/[٫．]/g, '.')
    .replace(/[٬，]/g, ',')
    .replace(/[٪％]/g, '%');
}

/** Invisible format characters (bidi marks and isolates, zero-width space, BOM, soft hyphen): not part of what a value says. */
const INVISIBLE = /\p{Cf}/gu;
const IS_INVISIBLE = /\p{Cf}/u;

/** Where position `i` of the text read (invisible characters dropped) is in the text as written. */
function originalIndex(text: string, i: number): number {
  let k = 0;
  for (let seen = 0; k < text.length && (seen < i || IS_INVISIBLE.test(text[k]!)); k++) if (!IS_INVISIBLE.test(text[k]!)) seen++;
  return k;
}

function parse(text: string, fallbackUnit?: string, style: NumberStyle = PLAIN, result = false): Quantity | null {
  const cut = text.slice(0, MAX);
  // Most values are plain ASCII: nothing to drop or translate, and positions are the text's own.
  const ascii = !/[^\x00-\x7f]/.test(cut);
  // The words of the comparison's language around a number (src/i18n), if it has any.
  const own = boundWords(style.language);
  // (Its numbers in words, "ألفان", become digits, and its joining words spaces, "20 de ore": see WordTable's `read`. Plain
  // ASCII text too: Romanian's is.)
  let s = (own?.read ?? String)(ascii ? cut : asciiDigits(cut.replace(INVISIBLE, '')));
  // Pictographs before a value ("🔋 5000 mAh", "✅ Unlimited", "⭐ 4.8"): read as spaces, keeping the text's length.
  s = s.replace(/^[\s\p{Extended_Pictographic}\ufe0f]+/u, (m) => ' '.repeat(m.length));
  // Swiss francs, or a comparison written in Switzerland: an apostrophe before three digits groups ("1'049.–",
  // "1’750’000"), a no-break space as read here (feet and inches stay: 5'10").
  if (style.swiss || /CHF|Fr\b/.test(s)) s = s.replace(/(?<=\d)['’](?=\d{3}(?!\d))/g, '\u00a0');
  const comma = style.comma;
  // A quantity has a digit, but for "Free" and "Unlimited" (also in the comparison's language); "—", "Yes", "N/A" need no more work.
  if (!/\d/.test(s)) return special(s, text, own);
  let i = 0;
  let bad = false;
  /** A percent sign before the number, as Turkish writes it: "%18", "%20-25". */
  let percentFirst = false;
  const at = (re: RegExp): RegExpExecArray | null => {
    re.lastIndex = i;
    const m = re.exec(s);
    if (m) i = re.lastIndex;
    return m;
  };
  const sees = (re: RegExp): boolean => {
    re.lastIndex = i;
    return re.test(s);
  };
  const fallback = unitOf(fallbackUnit, style);

  let bound: Bound = 'exact';
  let approximate = false;
  at(SPACE);
  // "0-100 km/h in 7.2 s", "10-80% in 18 min": the speeds or charge levels name the test (kept: `condition`); the time
  // is the value.
  const c = at(CONDITIONS);
  let test = c ? condition(c[0]) : '';
  if (c?.[1] && !result) {
    // (No word between: "10-80% 18분" is the time; "10-20% 5 users" a range of percents. Read once: `result`.)
    const q = parse(text.slice(ascii ? i : originalIndex(cut, i)), fallbackUnit, style, true);
    if (q?.dimension === 'time') return (q.condition = test), q;
    i = 0;
    test = '';
  }
  for (let k = 0, m; k < 4 && (m = at(PREFIX)); k++) {
    const p = (m[1] ?? '').toLowerCase();
    const b = BOUNDS.find(([, re]) => re.test(p));
    if (b) bound = b[0];
    else approximate = true;
  }
  // "between 6 and 7 hours" (and the language's "zwischen 6 und 7 Stunden", "между 6 и 7 часами"): a range, or nothing.
  let from = !!at(BETWEEN);
  // The comparison's language's words: "bis zu 18 Std.", "environ 5 Go", "約1億".
  const ownWords = () => {
    for (let k = 0, m; own?.re && k < 2 && (m = at(own.re)); k++) {
      const b = own.of.get((m[1] ?? '').toLowerCase());
      if (b === 'about') approximate = true;
      else if (b === 'from') from = true;
      else bound = b as Bound;
    }
  };
  ownWords();
  // "月額1,000円", "월 12,000원": a price per the time named before it; the language's words may follow ("年収約1000万円").
  const perBefore = own?.before ? own.per.get(at(own.before)?.[1] ?? '')?.unit : undefined;
  if (perBefore) ownWords();

  /** A currency symbol's currency: "¥" is the yuan in a comparison written in Chinese, "$" the dollar of its region. */
  const symbolCurrency = (c: string): string | undefined => (c === '$' && style.dollar) || (c === '¥' && style.language === 'zh' ? 'CNY' : SYMBOLS.get(c));

  /** The currency a word after an amount names ("USD", "円", "kr" in Swedish), if any. */
  // ("dollars", "cents": the region's, as "$" is.)
  const currencyOf = (w: string): string | undefined =>
    CODES.has(w) ? w : /^[元圓]$/.test(w) ? style.yuan : (CURRENCY_WORDS.get(w)?.replace('USD', style.dollar || 'USD') ?? own?.money.get(w));

  /** The number being read has decimals: "1.5B" is a billion and a half (there are no half bytes). */
  let decimals = false;
  /** The number is a ratio to one: "3000:1". */
  let ratio = false;
  /** The denominator of a fraction of a unit: "1/8000 s". */
  let divide = 0;

  /** `chained`: a second magnitude after a first ("mil millones"): whole words only, not "B" of "B2B" or "M" of "M&A". */
  const magnitude = (money: boolean, chained = false): number => {
    const start = i;
    const m = at(WORD);
    const w = m?.[2];
    if (chained && (!w || w.length < 3 || sees(/[\p{L}\p{N}&]/uy))) return (i = start), 0;
    // "m" is a million with money only ("$5m"); "5m" may as well be minutes or metres.
    const e = !w ? 0 : w === 'B' ? (money || decimals || sees(/\+?\s*\p{L}/uy) ? 9 : 0) : w === 'm' ? (money ? 6 : 0) : magnitudeOf(w, style.language);
    // Chinese, Japanese and Korean write no space after a magnitude: "2000万円", "3억원", "1億2000万"; a Korean word
    // after a space is a word ("100 조회" is a hundred views, not 10¹⁴); a Chinese one may follow a space ("50 萬個").
    // A unit is no magnitude ("5千克" is 5 kg).
    if (!e && !chained && w && w.length > 1 && (m![0].length === w.length || /^[万萬億亿兆千]/.test(w)) && /^[万萬億亿兆千만억조천]/.test(w) && !unitDef(w, style.language)) {
      // Two of them make one ("4.4万亿元" is 4.4 × 10¹²), else the first.
      const two = w.length > 2 ? magnitudeOf(w.slice(0, 2), style.language) : 0;
      i -= w.length - (two ? 2 : 1);
      return two || magnitudeOf(w[0]!, style.language) || ((i = start), 0);
    }
    // ("2 M2 slots", "5 K2": a name glued to a digit, not a magnitude.)
    if (!e || (/^[a-z]+$/i.test(w!) && sees(/\d/y))) return (i = start), 0;
    return e;
  };

  const side = (money: boolean): Side | null => {
    // A sign before or after the currency: "-$5", "$-5", "+22%".
    let sign = at(SIGN)?.[0];
    // "%20" (in any language); "% 25" with a space where the language writes the sign first, as CLDR has it (Turkish,
    // Basque, Kurdish: a list, as not every engine has Basque's formats to ask).
    if (at(/%(?=\d)/y) || (/^(?:tr|eu|ku)$/.test(style.language) && at(/%\s(?=\d)/y))) percentFirst = true;
    let cur: string | undefined;
    let m = at(SYMBOL);
    const symbol = m?.[0];
    const letters = m?.[1];
    if (m) cur = symbolCurrency(m[0].replace('.', ''));
    else if ((m = at(CODE_BEFORE))) {
      if (!CODES.has(m[0])) return null;
      cur = m[0];
    }
    if (cur) {
      at(SPACE);
      sign ??= at(SIGN)?.[0];
    }
    // "Fr. 5. Mai", "Fr. 5.5.", "Fr 5 May", "Fr. 19 Uhr": a Friday, not francs ("Fr. 5.–", "Fr. 49.90" are).
    if (letters?.startsWith('Fr') && sees(FRIDAY)) return (bad = true), null;
    m = at(style.spaced ? NUM_SPACED : NUM);
    if (!m) return null;
    let d = digits(m[0].replace(/ /g, '\u00a0'), comma, style.indian || /INR|BDT/.test(cur ?? ''), style.swiss);
    // "4:30 h", "1:45 Std.": hours and minutes before a unit of hours (not a time of day, "10:30"; nor "10:30 h" where
    // clocks are written so: see moreTime).
    const hm = at(HOURS_MINUTES);
    if (hm && d) unitDef(hm[2]!, style.language)?.unit === 'h' && !(d.length > 1 && CLOCKS.test(style.language)) ? (d = String(+d + +hm[1]! / 60)) : (i -= hm[0].length);
    // "3000:1": a ratio (see RATIO; not "16:9", nor "10:30").
    if (at(/:1(?![\d.,:])/y)) ratio = true;
    // Malformed, cut off by the 200-character cap, or followed by a version/time part.
    if (d === null || (i === s.length && text.length > cut.length) || sees(BAD_AFTER_NUM)) {
      bad = true;
      return null;
    }
    decimals = d.includes('.');
    // "17,- €", "17,– €", Swiss "CHF 65.–": the dash of no cents. Alone, in Swedish "12 999:-" is kronor, as "499,-" is
    // in Danish, Norwegian and Czech (their tables' money: ":-", ",-").
    // (Not before a currency: "499,- kr", "17,- €".)
    const dash = at(/([,:.])[-–—]{1,2}(?!\d)(?=\s*(\p{Sc}|\p{L}*))/uy);
    if (dash && !SYMBOLS.has(dash[2]!) && !currencyOf(dash[2]!)) cur ??= own?.money.get(`${dash[1]}-`);
    // "2½ hours"
    const f = at(FRACTION);
    if (f) d = String(Number(d) + FRACTIONS[f[0] as keyof typeof FRACTIONS]);
    let exp = 0;
    let plus = false;
    // "10+ million", "2.2 million+", "$1.2B"
    for (let k = 0; k < 2; k++) {
      if (s[i] === '+') {
        i++;
        plus = true;
      } else if (exp || !(exp = magnitude(money || !!cur))) break;
    }
    // "1,5 mil millones", "2 Tausend Milliarden": magnitudes in a row multiply.
    for (let e; exp && (e = magnitude(money || !!cur, true)); ) exp += e;
    // A symbol of letters glued to a number glued to a word that is no magnitude ("RM850x", a power supply): no amount.
    // ("Rp500rb", "Rs 12k", "Rp12jt/bln" are.)
    if (letters && sees(/\p{L}/uy)) return (bad = true), null;
    // The dot of an abbreviated magnitude (of 5 letters at most: "tūkst.") before a currency or a unit ("1,2 Mio. €",
    // "1,35 mil. Kč", "1,5 Mio. km"; not "1.2 million. Then", "2 million. Hours of video"), and the word that joins a
    // magnitude to what it counts, before anything: "2.000 millones de euros", "2 milliards d'euros", "12 millions de
    // développeurs" (a count of développeurs), "25 de milioane de utilizatori".
    if (exp) {
      NEXT_WORD.lastIndex = i;
      const [n = '', c = ''] = NEXT_WORD.exec(s) ?? [];
      if (/\p{Sc}/u.test(c) || currencyOf(c) || unitDef(c, style.language) || /^\s+d(?:[ei]\s|['’])/.test(n)) i = NEXT_WORD.lastIndex - c.length;
    }
    // "$59.99 CAD", "$1,299 MXN", "¥7999 CNY": the code says which dollar or yen; "US$ 20 CAD" is neither.
    let num = (sign && sign !== '+' ? '-' : '') + d;
    // "1억 1,200만", "1億2000万", "1 crore 20 lakh": a smaller magnitude after a large one adds to it.
    if (exp >= 4) {
      const start = i;
      const more = at(/\s?(\d+(?:,\d{3})*)/y);
      const e = more ? magnitude(false) : 0;
      // ("15万9800円": a plain number under the magnitude adds to it too, in Japanese, Chinese and Korean; after a space
      // only glued to its word, "15万 9800円", not "3万 2 users".)
      const plain = Number(more?.[1]!.replaceAll(',', ''));
      if (more && e ? e < exp : plain < 10 ** exp && (more?.[0] === more?.[1] || sees(/\p{L}/uy)) && style.cjk) {
        num = String(Number(num) * 10 ** exp + plain * 10 ** e);
        exp = 0;
      } else i = start;
    }
    // "1.299 €" (a currency after the number, as where a dot groups thousands): a German thousand or three decimals?
    // Not "$1.008/hr" or "USD 1.299" (written the English way), nor "$2.500M".
    // (Rupiah have no cents: "Rp 15.000" written the English way is as ambiguous; so is "€1.299", which a German,
    // Italian or Spanish writer means as 1299, as with the other currencies whose countries group with a dot.)
    const three = !exp && !comma && /^[1-9]\d{0,2}\.\d{3}$/.test(m[0]);
    return { num, exp, cur, bare: symbol === '$' || symbol === '¥', plus, amb: three && (!cur || cur === 'IDR'), ambAmount: three && !!cur && DOT_GROUPED.test(cur) };
  };

  /**
   * The time unit of "/s", "per month" (`re`: how the "per" is written), or
   * with `data` a data unit too ("$0.09 per GB"); '' with the cursor left
   * where it was.
   */
  const perTime = (re: RegExp, data = false): string => {
    const start = i;
    const m = at(re);
    const w = m?.[1];
    const t = w ? perUnitDef(w, style.language) : undefined;
    // (Money per a measure too, in its canonical unit: "4,98 €/kg", "£1.45/litre" against "£1.52/l".)
    if (t?.dimension === 'time' || (data && (t?.dimension === 'data' || t?.dimension === 'measure'))) return t!.unit;
    // Money per a word after a slash that is no unit ("€/mēn." in a language whose words are unknown, "$0.10/click"):
    // per that word, comparable only with money per the same word, never taken for a plain amount. Not per a person
    // ("$8/user": prices per person compare as prices), nor words after "per", "a"… ("$5 a piece", "10 € par défaut").
    // (In a language whose words are shipped, its own per-words are in them: an unknown one is left as a note.)
    const lang = style.language;
    if (data && w && m![0].includes('/') && !PERSON.test(w) && !magnitudeOf(w, lang) && !(lang && lang !== 'en' && hasWords(lang))) return w.toLowerCase();
    i = start;
    return '';
  };
  const per = () => perTime(PER);

  /**
   * An amount of a currency, or per a time: a rate, so $60/yr and $9.99/mo
   * compare. "$9.99/mo", "$20 a month", "10 €/Monat", "30 € par mois", and per
   * user or seat first ("$5/user/month", "$12 per seat per month": prices per
   * person compare as prices).
   */
  const money = (currency: string): Unit => {
    // "8.49¢", "8,49 snt/kWh": hundredths of the currency ("¢EUR" in a language's money words), read in it (`cents`).
    cents = currency[0] === '¢' ? 2 : 0;
    currency = currency.replace('¢', '');
    // ("$145,000 gross per year", "145.000 € brutto/Jahr", "15 000 zł brutto miesięcznie": gross or net before the time.)
    const start = i;
    at(/\s*(?:gross|netto|net|brutto|bruto|brut|neto)(?!\p{L})(?=\s*[/\p{L}])/iuy);
    let t = perTime(MONEY_PER, true) || every() || abbreviated();
    if (!t) i = start;
    // "$0.20/GB/month", "$0.023 per GB per month", "$0.02/GB-month": per a size (a measure, a word), then per a time.
    const u = t && unitDef(t)?.dimension !== 'time' && (perTime(MONEY_PER) || perTime(/-(\p{L}+)/uy) || every());
    if (u) t += `/${u}`;
    return t ? { dimension: 'rate', unit: `${currency}/${t}` } : { dimension: 'money', unit: currency };
  };
  /** "£9.99 p.m.", "€120 p.a.": the time it is per, or ''. */
  const abbreviated = (): string => {
    const m = at(PER_ABBREVIATION);
    return !m ? '' : (m[1] ?? m[2])?.toLowerCase() === 'a' ? 'year' : 'month';
  };
  /** "$96 billed yearly", "29,99 zł miesięcznie": the time it is per, or ''. */
  const every = (): string => {
    const start = i;
    const w = at(EVERY)?.[1];
    const d = w ? everyUnitDef(w, style.language) : undefined;
    if (d) return d.unit;
    i = start;
    return '';
  };

  /**
   * "1 h 30 min", "2 hours and 15 minutes", "1h30", "1時間30分", "11시간 10분",
   * "6 ft 2 in": smaller units of the same kind add to the first (`extra`, in
   * `first`'s unit).
   * Whether any did.
   */
  let extra = 0;
  /** Hundredths: 2 after a cent's sign or word (see money), as a power of ten. */
  let cents = 0;
  /** The word of a metric horsepower that may be something else ("3 ch"): read as power from 20 on. */
  let few = '';
  const moreTime = (first: UnitDef): boolean => {
    // "1日2時間", "1일 2시간": two hours a day.
    if (first.unit === 'day' && style.cjk) return false;
    let last = first;
    for (let start = i, m; (m = at(COMPOUND)); start = i) {
      // (A bare number may end the value or come before "de", "di", "d'": "1 h 30 de trajet", "2 h 15 d'attente".)
      const w = sees(BARE) ? '' : at(WORD)?.[2];
      let d: UnitDef | undefined;
      // "1h 30m": "m" is minutes there; "6 ft 2 in": "in" is inches.
      if (w) d = w === 'm' && last.unit === 'h' ? unitDef('min') : w === 'in' && last.unit === 'ft' ? unitDef('inch') : unitDef(w, style.language);
      // "1h30", "1 h 30", "1 hour 30", "4 min 30": the next smaller unit, but for a time of day (below). Any other
      // number after an hour or a minute is not read ("1 h 30 - 2 h", "2 h 5").
      else if (last.unit === 'h' || last.unit === 'min') {
        // (A time of day: "10h30" anywhere; "10 h 30" where clocks are written so, in French, Spanish, Italian and
        // Portuguese. "11 h 40" of a flight elsewhere is a duration.)
        const clock = /(?<!\d)(\d{2})(\s?)h$/i.exec(s.slice(0, start));
        const timeOfDay = clock && Number(clock[1]) < 24 && (!clock[2] || CLOCKS.test(style.language));
        const next = (m[0] === m[1] || sees(BARE)) && /^[0-5]\d$/.test(m[1] ?? '') && !timeOfDay;
        if (!next) return (bad = true), false;
        d = unitDef(last.unit === 'h' ? 'min' : 's');
      }
      // (Less than one of the larger: "7 days 24 hours" is round the clock, not 8 days.)
      // ("29 ft 4¼ in": with a fraction.)
      const n = Number(m[1]) + (FRACTIONS[m[2] as keyof typeof FRACTIONS] ?? 0);
      if (!d || d.base !== first.base || d.dimension !== first.dimension || n * d.factor >= last.factor || sees(/\d/y)) {
        i = start;
        break;
      }
      extra += (n * d.factor) / first.factor;
      last = d;
    }
    return last !== first;
  };

  const unit = (): Unit | null => {
    extra = 0;
    few = '';
    if (ratio) return RATIO;
    let m = at(AFTER_SYMBOL);
    if (m) {
      const c = m[1] ?? '';
      if (c === '×' && sees(/\s*\d/y)) return (bad = true), null;
      return c === '%' ? PERCENT : c === '×' ? TIMES : money(symbolCurrency(c) ?? (c === '¢' ? `¢${style.dollar || 'USD'}` : 'USD'));
    }
    if ((m = at(TEMPERATURE))) return unitDef(m[1] ? `°${m[1]}` : m[2] === '℃' ? '°C' : '°F')!;
    if (at(INCH)) return unitDef('inch')!;
    if ((m = at(SCORE))) {
      WORD.lastIndex = i;
      const after = WORD.exec(s)?.[2];
      const def = after && unitDef(after, style.language);
      const d = Number(digits(m[1] ?? '', comma) ?? NaN);
      // "1/8000 s", "1/2 hour": a fraction of a unit (a shutter speed), its slash bare. "256 / 512 GB", "1/2 TB" are two
      // sizes, not a score of 256 out of 512 nor half a terabyte; "1 out of 2 hours" is no fraction.
      if (def && d > 1 && def.dimension !== 'data' && /^\/\d/.test(m[0]) && /(?<![\d.,])1$/.test(s.slice(0, m.index))) return (i = WORD.lastIndex), (divide = d), def;
      if (def) return (bad = true), null;
      return d > 0 ? { dimension: 'score', unit: `/${d}` } : ((bad = true), null);
    }
    let t = per();
    if (t) return { dimension: 'rate', unit: `/${t}` };
    // The language's "percent": "25 Prozent", "20 por ciento".
    if (own?.percent && at(own.percent)) return PERCENT;
    // A bound word after the number ("500 से अधिक"): no unit.
    if ((own?.after && sees(own.after)) || !(m = at(WORD))) return null;
    let w = m[2] ?? '';
    // A bound word glued to the unit ("時間以上"): the unit ends there. Right after the number ("100以上"): no unit.
    const k = own?.within ? w.search(own.within) : -1;
    if (k === 0) return (i -= w.length), null;
    if (k > 0) (i -= w.length - k), (w = w.slice(0, k));
    // A range word glued to a unit or a currency, before a number ("128GB至1TB", "3小时到5小时", "100元至200元"): the unit
    // ends there (it was one word, no unit). Not an "and" read after a word for "between" only: "a" ends "1 hodina 30 min".
    for (let j = w.length, p; own?.to && --j > 0; ) {
      own.to.lastIndex = i - w.length + j;
      if (own.to.exec(s)?.[1] && (unitDef((p = w.slice(0, j)), style.language) || currencyOf(p))) {
        (i -= w.length - j), (w = p);
        break;
      }
    }
    // "2時間半": two and a half hours; "2个半小时" (with a measure word) too.
    if (/.[半반]$/.test(w) && unitDef(w.slice(0, -1), style.language)?.dimension === 'time') i--, (w = w.slice(0, -1));
    const halved = /^[个個]半./.test(w) && unitDef(w.slice(2), style.language)?.dimension === 'time';
    if (halved) w = w.slice(2);
    // "35 m2", "12 ft3": m², ft³ written without the superscript.
    if (/^(?:k?m|ft)$/.test(w) && at(/[23](?![\p{L}\p{N}.,])/uy)) w += s[i - 1] === '2' ? '²' : '³';
    // "3-5 business days", "2 working days": days.
    if (/^(?:business|working|calendar)$/i.test(w) && at(/\s+days?(?!\p{L})/iuy)) w = 'day';
    if (sees(/\d/y)) {
      const d = unitDef(w, style.language);
      return d?.dimension === 'time' && moreTime(d) ? d : ((bad = true), null);
    }
    if (NOT_LABEL.test(w)) return (bad = true), null;
    // Names, not counts: "5G" alone (a generation: an ordinal, as "3rd" is) is text; "1080p" (a video's lines) its own kind.
    // (The usual lines only: "150p" is pence. A generation alone or before LTE/NR: "8G RAM" is a count.)
    if (sees(/(?<=(?<![\d.])(?:240|360|480|576|720|1080|1440|2160|4320)p)/y)) return LINES;
    if (sees(/(?<=(?<![\d.])[2-6]G)(?=$|\s*[(,;/]|\s+(?:LTE|NR)\b)/y)) return (bad = true), null;
    if (w === 'x' || w === 'X') return sees(/\s*\d/y) ? ((bad = true), null) : TIMES; // "3024 x 1964" is a size
    // The language's "times": "2 fois", "2-mal", "2krát", "в 2 раза"; glued to the number and what follows where words are
    // not spaced ("2倍速い"; not "2 배포 환경", two deployment environments).
    const times = own?.times?.exec(w)?.[0];
    if (times && (times.length === w.length || (style.cjk && m[0] === w))) return (i -= w.length - times.length), TIMES;
    if (/^percent$/i.test(w)) return PERCENT;
    // "160 mph", "250 kph" (and "250 km/h", a distance per a time): speeds.
    if (/^(?:mph|kph|kmh)$/i.test(w)) return { dimension: 'rate', unit: /^m/i.test(w) ? 'mi/h' : 'km/h' };
    const currency = currencyOf(w);
    if (currency) return money(currency);
    const bits = BIT_RATES.get(w);
    if (bits) return { dimension: 'rate', unit: `${bits}/s` };
    // Russian "г" and "л" are grams and litres, but "2024 г." and "1998 г выпуска" are years and "150 л.с." (Ukrainian
    // "к.с.") horsepower.
    if (/^[глк]$/.test(w) && (s[i] === '.' || (w === 'г' && /(?<!\d)(?:1[89]|20)\d\d\s*г$/.test(s.slice(0, i)))))
      return at(/\.\s?с\./y) ? unitDef('PS')! : { dimension: 'count', unit: '', label: w };
    // "27.2 cu ft": cubic feet; "22 sq m", "350 sq. ft.": square.
    if (w === 'cu' && at(/\.? ?ft\b\.?/y)) w = 'ft³';
    const square = w === 'sq' && at(/\.? ?(ft|k?m)\b\.?/y);
    if (square) w = `${square[1]}²`;
    // "50 Mb/s", "128 kb/s": megabits, kilobits a second, as "50 Mbps", "128 kbps" ("Mb" alone may be a megabyte written
    // loosely: a count's word).
    if (/^[kKMGT]b$/.test(w) && sees(/\s?\/\s?s(?!\p{L})/uy)) w += 'it';
    const def = unitDef(w, style.language);
    if ((t = per())) return { dimension: 'rate', unit: `${def ? def.unit : rateLabel(w)}/${t}` };
    if (def) {
      // (French "ch" and Italian or Spanish "CV" under 20 are rooms or a tax class: "3 ch." is three bedrooms. See below.)
      if (def.unit === 'PS' && /^(?:ch|cv)$/i.test(w)) few = w;
      // "75 kW·h", "75 кВт·ч": energy.
      const d = (def.base === 'W' && at(/\s?[·⋅*]\s?[hч](?!\p{L})/uy) && unitDef(`${def.unit}h`)) || def;
      // "16.5 kWh/100 km", "6,5 l/100 km", "52 kWh/100 cycles": per a distance or per 100 of a count, comparable with the
      // same per only, or per a unit of its kind ("34 kWh/100 mi", "160 Wh/km": see baseOf).
      if ((m = at(PER_DISTANCE)))
        return { dimension: 'rate', unit: `${d.unit}/${m[1] ? `${m[1]} ` : ''}${m[3] ? (unitDef(m[3], style.language)?.unit ?? rateLabel(m[3])) : m[2] === 'mi' ? 'mi' : 'km'}` };
      // "2時間半", "2시간 반", "2个半小时": and a half. "6 ft 2 in", "1 lb 4 oz": smaller units of a measure add up too.
      if (halved) extra = 0.5;
      else if ((d.dimension === 'time' && !(at(HALF) && (extra = 0.5))) || d.dimension === 'measure') moreTime(d);
      return d;
    }
    // "6.1 in", "6.3 in." (not "5 in stock")
    if (w === 'in' && sees(/\.?\s*(?:$|\()/y)) return unitDef('inch')!;
    // "3-day" is a unit; "4-star", "384-bit", "8-core" a count; "1.0-beta" is a version, not a count of betas.
    if (m[1] && decimals) return (bad = true), null;
    // "4.2M weekly", "2M daily", "500 000 par mois": a count per that time, as "25M/week" is (a word before more words,
    // "2M weekly downloads", is the count's label).
    const each = everyUnitDef(w, style.language);
    if (each && sees(/\s*(?:$|[(),;.])/y)) return { dimension: 'rate', unit: `/${each.unit}` };
    return { dimension: 'count', unit: '', label: w };
  };

  const moneyFallback = fallback?.dimension === 'money' || (fallback?.dimension === 'rate' && CODES.has(fallback.unit.split('/')[0]!));
  const a = side(moneyFallback);
  if (!a || bad) return null;

  // A range: "1-2", "1 to 2", "5~10", "$10-$20", "5% - 10%", "1 ms - 2 s".
  const single = i;
  // (A range word glued to the number, "5至10小时", is no unit.)
  let u1 = a.cur || (own?.to && sees(own.to)) ? null : unit();
  const extra1 = extra;
  const cents1 = cents;
  if (u1?.label !== undefined) {
    u1 = null; // a count's word: "5 apples - 10" is no range
    i = single;
  }
  let b: Side | null = null;
  // …and in the comparison's language: "10 bis 20", "от 10 до 20".
  // (After a unit and its abbreviation's dot, only to a number with a unit of the same kind, "3 Std. bis 5 Std.",
  // "256GB〜2TB"; after an amount or a percent, of the same currency: "10 € à 20 €", "١٥٪ إلى ٢٠٪" are ranges, but
  // "6,5 l la 100 km" is 6.5 L for 100 km, "100 kr til 2 personer" 100 kr for two, "9,99 € bis 31.03.2026" 9,99 € until then.)
  const wordAfterMoney = u1?.dimension === 'money' || u1 === PERCENT;
  // (The language's "and" after a word for "between", "zwischen 6 und 7", is no range word of its own: `to` matches it
  // uncaptured.)
  let byWord: RegExpExecArray | null | undefined;
  if (!bad && (at(RANGE) || (u1 && at(/\.(?=\s)/y), from && at(AND)) || (own?.to && (byWord = at(own.to)) && (byWord[1] || from)))) b = side(moneyFallback || !!a.cur);
  if (byWord?.[1] && u1) {
    const end = i;
    const u2 = bad || !b ? null : unit();
    // ("de 9h à 18h", opening hours after "de", stays text.)
    if (!u2 || from || (wordAfterMoney ? u2.unit !== u1.unit : u2.label !== undefined || baseOf(u2.dimension, u2.unit)[2] !== baseOf(u1.dimension, u1.unit)[2])) (b = null), (bad = false);
    i = end;
  }
  if (bad) return null;
  if (!b) {
    // "de 4 a 8 semanas"; "de" before anything else is "of".
    if (from) return null;
    i = single;
    u1 = null;
  }

  let cur = a.cur ?? b?.cur;
  if (a.cur && b?.cur && a.cur !== b.cur) return null;
  // "$59.99 CAD", "$10-20 MXN", "¥7999 CNY": the code says which dollar or yen; "US$ 20 CAD" is neither.
  const start = i;
  const code = cur && at(CODE_AFTER)?.[1];
  if (code && CODES.has(code)) {
    if (code !== cur && !(a.cur ? a.bare : b!.bare)) return null;
    cur = code;
  } else i = start;
  let u: Unit | null = cur ? money(cur) : percentFirst ? PERCENT : unit();
  if (bad || sees(BAD_AFTER)) return null;
  // "$15" in a "USD/month" attribute is $15 a month.
  if (u?.dimension === 'money' && fallback?.dimension === 'rate' && fallback.unit.startsWith(`${u.unit}/`)) u = fallback;
  if (s[i] === '+') {
    i++; // "95%+"
    a.plus = true;
  }
  // The comparison's language's words after a number: "18時間以上", "3년 이상".
  const after = own?.after && at(own.after);
  if (after) bound = own!.of.get(after[1]!) as Bound;
  // "$5 + tax", "0,59 snt/kWh + pörssihinta": a price and more, not read (as "2 × 500 Wh" is not); "450,000+ packages" is.
  if (/(?:^|\s)\+\s*\p{L}/u.test(s.slice(i))) return null;

  const last = b ?? a;
  a.exp ||= last.exp; // "10-20k": the magnitude is shared
  u ??= u1;
  if (!u && fallback) {
    u = fallback;
    if (!a.exp && !last.exp) a.exp = last.exp = Math.round(Math.log10(fallback.min));
  }
  u ??= { dimension: 'count', unit: '' };
  if (perBefore) {
    // ("월 12회", twelve times a month, is no plain count.)
    if (u.dimension !== 'money') return null;
    u = { dimension: 'rate', unit: `${u.unit}/${perBefore}` };
  }
  // "1.299 €" (a German thousand, or a price to a tenth of a cent?): not read.
  if ((a.amb || last.amb) && (u.dimension === 'money' || (u.dimension === 'rate' && CODES.has(u.unit.split('/')[0]!)))) return null;
  // ("€1.299/year" too; "€1.899/l", fuel, has three decimals.)
  if (a.ambAmount || last.ambAmount) {
    const perTimeRate = u.dimension === 'rate' && unitDef(u.unit.split('/')[1] ?? '')?.dimension === 'time';
    if ((u.dimension === 'money' && !sees(/\s*(?:\/|per\s)/y)) || perTimeRate) return null;
  }
  // ("49¢ to $1": each end in its own.)
  let min = Number(`${a.num}e${a.exp - (u1 ? cents1 : cents)}`);
  let max = Number(`${last.num}e${last.exp - cents}`);
  // "1 h 30 min"; not in a range ("1 h 30 - 2 h").
  if (extra || (b && extra1)) {
    if (b || sees(RANGE) || (own?.to && sees(own.to)) || a.num.includes('.')) return null;
    min = max += extra;
  }
  if (divide) {
    if (b) return null;
    min = max /= divide;
  }
  if (u1) {
    // "1 ms - 2 s": the first end into the second one's unit.
    const [f1, , k1, o1] = baseOf(u1.dimension, u1.unit);
    const [f2, , k2, o2] = baseOf(u.dimension, u.unit);
    if (k1 !== k2) return null;
    min = (min * f1 + o1 - o2) / f2;
  }
  if (!(min <= max) || !Number.isFinite(min) || !Number.isFinite(max)) return null;
  if (few && u.unit === 'PS' && max < 20) u = { dimension: 'count', unit: '', label: few };
  if (u.dimension === 'score' && !(min >= 0 && max <= Number(u.unit.slice(1)))) return null;

  // "from 10 to 20", "ab 5–8 €": a range from a floor is that range; so is one up to its end, "10から20まで", "10에서 20까지".
  if (b && (bound === 'atLeast' || (bound === 'atMost' && after && byWord?.[1]))) bound = 'exact';
  if (a.plus || last.plus) bound = 'atLeast';
  const q: Quantity = {
    min,
    max,
    bound,
    approximate,
    magnitude: 10 ** last.exp,
    dimension: u.dimension,
    unit: u.unit,
    // The rest of the text as written; the dot of an abbreviation ("9 Std.", "1,2 Mio.") is no note.
    note: text
      .slice(ascii ? i : originalIndex(cut, i))
      .replace(/^\.(?!\S)/, '')
      .trim(),
  };
  if (u.label !== undefined && u !== fallback) {
    q.label = u.label;
    // In a language with no words, a word after a number may be a magnitude or a unit ("900 tis." beside "2,4 mio." in Slovenian,
    // "45 мин" beside "1,5 ч" in Macedonian): counts of other words are of other kinds. (Its first six letters: "lietotāju" and
    // "lietotājs" are one word. The attribute's unit is none.)
    if (wordless(style.language) && u.label !== fallbackUnit) q.unit = word(u.label);
  }
  if (test) q.condition = test;
  return q;
}

/** A count's word as its unit, in a language with no words: see parse. */
const word = (label: string): string => label.toLowerCase().slice(0, 6);

/**
 * The quantity of a comparison Value: a number is that number in the attribute's
 * unit; an object's `value`/`unit` win over parsing its `text`; a string is parsed.
 */
export function quantityOfValue(value: unknown, attributeUnit?: string, locale?: string): Quantity | null {
  try {
    if (typeof value === 'string') return parseQuantity(value, attributeUnit, locale);
    if (typeof value === 'number') return fromNumbers(value, value, attributeUnit, null, false, locale);
    if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
    const v = value as { text?: unknown; value?: unknown; unit?: unknown; note?: unknown };
    const own = typeof v.unit === 'string' ? v.unit : undefined;
    const parsed = typeof v.text === 'string' ? parseQuantity(v.text, own ?? attributeUnit, locale) : null;
    const [lo, hi] = Array.isArray(v.value) ? v.value : [v.value, v.value];
    const q =
      typeof lo === 'number' && typeof hi === 'number'
        ? fromNumbers(lo, hi, own ?? attributeUnit, parsed, own !== undefined, locale)
        : v.value === undefined
          ? parsed
          : null;
    return q && typeof v.note === 'string' ? { ...q, note: v.note } : q;
  } catch {
    return null;
  }
}

/**
 * An explicit number or [min, max] in `unit` (the value's own, else the
 * attribute's), or in the unit of `like` (the parsed text) when there is none,
 * as a plain number is in the attribute's unit. The text still gives the bound
 * and the approximation ("about 5", "500,000+").
 */
function fromNumbers(min: number, max: number, unit: string | undefined, like: Quantity | null, ownUnit: boolean, locale?: string): Quantity | null {
  if (!Number.isFinite(min) || !Number.isFinite(max) || min > max) return null;
  const fromText = unit === undefined && like !== null;
  // The unit read in the comparison's language, as a string value's fallback unit is ("Stunden" in German).
  const spec = fromText ? like : unitOf(unit, styleOf(locale));
  // (What one of the unit is worth: a magnitude, "$m", or a hundredth, "ct/kWh".)
  const f = fromText ? 1 : (spec?.min ?? 1);
  const q: Quantity = {
    min: min * f,
    max: max * f,
    bound: like?.bound ?? 'exact',
    approximate: like?.approximate ?? false,
    magnitude: fromText ? 1 : (spec?.magnitude ?? 1),
    dimension: spec?.dimension ?? 'count',
    unit: spec?.unit ?? '',
    note: like?.note ?? '',
  };
  // 1e303 "millions" is past what a double holds: no quantity rather than Infinity.
  if (!Number.isFinite(q.min) || !Number.isFinite(q.max)) return null;
  const label = fromText ? like.label : ownUnit && !spec ? unit : undefined;
  if (label !== undefined) q.label = label;
  if (like?.condition) q.condition = like.condition;
  // (A unit that is a word, in a language with no words: as in text, see parse.)
  if (!fromText && label && wordless(styleOf(locale).language)) q.unit = word(label);
  if (q.dimension === 'score' && !(q.min >= 0 && q.max <= Number(q.unit.slice(1)))) return null;
  return q;
}
