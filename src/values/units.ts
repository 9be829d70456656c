/**
 * Unit tables. Units of one kind convert within it: time (base `s`), data
 * sizes (base `B`; bits are an eighth of a byte), and physical measures
 * (frequency, mass, length, area, power, energy, charge, voltage, current, volume:
 * each its own base). Everything else compares only with the very same unit.
 * Beside English, the words of the built-in languages for time, data and
 * magnitudes ("Stunden", "Go", "秒", "Mio.", "万"), read only in a comparison
 * written in that language: "12 Mo" is 12 MB in French and 12 months in
 * English, "2 std" 2 hours in German only.
 */
import { remembered } from './memo.js';

export type Dimension = 'time' | 'data' | 'measure' | 'rate' | 'money' | 'percent' | 'multiplier' | 'score' | 'count';

export interface UnitDef {
  dimension: 'time' | 'data' | 'measure';
  unit: string;
  factor: number;
  /** What it converts to: `s`, `B`, or a measure's base (`Hz`, `g`, `m`, `W`…). */
  base: string;
  /** Added after the factor: temperatures (°F to °C). */
  offset?: number;
}

/** Units by their canonical symbol ("ms", "MB", "GHz"): what a quantity's `unit` holds. */
const CANONICAL = new Map<string, UnitDef>();
/** The English symbols and words read as a unit: the canonical symbols, aliases and plurals. */
const UNITS = new Map<string, UnitDef>();
/** The words of one language (by language subtag): word → unit. */
const WORDS = new Map<string, Map<string, UnitDef>>();
/** …and those read only after a slash ("/月"), and after an amount ("miesięcznie"). */
const PER_WORDS = new Map<string, Map<string, UnitDef>>();
const EVERY_WORDS = new Map<string, Map<string, UnitDef>>();

// Rows are "canonical factor alias…"; lowercase words of 3+ letters also get a plural `s`.
function define(dimension: UnitDef['dimension'], table: string, base = dimension === 'time' ? 's' : 'B'): void {
  for (const row of table.split('|')) {
    const [unit = '', factor, ...aliases] = row.split(' ');
    const def: UnitDef = { dimension, unit, factor: Number(factor), base };
    CANONICAL.set(unit, def);
    for (const a of [unit, ...aliases]) {
      UNITS.set(a, def);
      if (/^[a-z]{3,}$/.test(a)) UNITS.set(`${a}s`, def);
    }
  }
}
// (A night, as hotels price it, is a day: "€145/night" beside "€900/week".)
define(
  'time',
  'ns 1e-9 nanosecond|µs 1e-6 μs us microsecond|ms .001 msec millisecond|s 1 sec second|min 60 minute' +
    '|h 3600 hr hrs hour|day 86400 night|week 604800 wk wks|month 2630016 mo mos mth mnth|year 31557600 yr yrs annum',
);
// 1000-based KB…PB and 1024-based KiB…TiB. Lowercase `mb` etc. are read as bytes too. Bits ("Mbit", German "MBit"): not a bare "bit" ("64-bit").
define(
  'data',
  'B 1 byte|KB 1e3 kB kb kilobyte|MB 1e6 mb megabyte|GB 1e9 gb gigabyte|TB 1e12 tb terabyte|PB 1e15 pb petabyte' +
    '|KiB 1024 kib|MiB 1048576 mib|GiB 1073741824 gib|TiB 1099511627776 tib' +
    '|kbit 125 Kbit kBit KBit|Mbit 125000 MBit|Gbit 1.25e8 GBit|Tbit 1.25e11 TBit',
);
// Physical measures, each converting within its base. Symbols match in their own case only (mW is not MW).
define('measure', 'Hz 1 hertz|kHz 1e3 kilohertz|MHz 1e6 megahertz|GHz 1e9 gigahertz|THz 1e12 terahertz', 'Hz');
// Not "pound" (also money).
define('measure', 'µg 1e-6 μg mcg microgram|mg .001 milligram|g 1 gram gramme|kg 1e3 kilogram kilo|tonne 1e6|oz 28.349523125 ounce|lb 453.59237 lbs', 'g');
define(
  'measure',
  'nm 1e-9 nanometre nanometer|µm 1e-6 μm micron micrometre micrometer|mm .001 millimetre millimeter|cm .01 centimetre centimeter' +
    '|m 1 metre meter|km 1e3 kilometre kilometer|inch .0254 inches|ft .3048 feet foot|mi 1609.344 mile',
  'm',
);
// (Horsepower: mechanical hp, and the metric PS, ch, cv.)
define('measure', 'mW .001 milliwatt|W 1 watt|kW 1e3 kilowatt|MW 1e6 megawatt|GW 1e9 gigawatt|hp 745.69987 HP bhp horsepower|PS 735.49875', 'W');
// Energy, in joules: electricity (Wh) and food (kcal; on food a "cal" or "Cal" is a kcal).
define('measure', 'J 1 joule|kJ 1e3 kilojoule|kcal 4184 Cal cal calorie kilocalorie|mWh 3.6|Wh 3600|kWh 3.6e6|MWh 3.6e9|GWh 3.6e12', 'J');
define('measure', 'm² 1 sqm|km² 1e6|ft² .09290304 sqft', 'm²');
define('measure', 'MP 1 megapixel', 'MP');
define('measure', 'mAh .001|Ah 1', 'Ah');
define('measure', 'mV .001 millivolt|V 1 volt|kV 1e3 kilovolt', 'V');
define('measure', 'mA .001 milliamp milliampere|amp 1 ampere', 'A');
define('measure', 'mL .001 ml millilitre milliliter|cL .01 cl|L 1 l litre liter|m³ 1e3|ft³ 28.316846592', 'L');
// Temperatures, in °C: a °F is 5/9 of one, from −160/9 °C. Written "°C", "℃", "°F", "℉" (see TEMPERATURE in quantity.ts) or as words.
define('measure', '°C 1 celsius|°F .5555555555555556 fahrenheit', '°C');
CANONICAL.get('°F')!.offset = -160 / 9;
// A bare "m" is read as no unit: "5m" is minutes, millions or metres as often as not. Metres are "metre(s)", "meter(s)".
UNITS.delete('m');

/**
 * A language's words for units and magnitudes, read only in a comparison
 * written in that language. They ship in the language's own module
 * (src/i18n/<lang>.ts), loaded on demand beside the interface words (see
 * `loadWords` in src/i18n), so a page in English downloads none of them.
 */
export interface WordTable {
  /** Rows of "unit word…", the unit one of the canonical symbols above ("h stunde stunden std|…"). Matched as written or in lower case. */
  units?: string;
  /** Magnitude words as powers of ten: { mio: 6, "万": 4 }. */
  magnitudes?: Record<string, number>;
  /**
   * Words before a number that make it a bound or an approximation: { atMost: ['bis zu'], about: ['etwa'] }; `from`:
   * only before a range ("de 4 a 8", not "de 3 meses"), as a word for "between" is ("zwischen 4 und 8", "между 4 и 8").
   */
  bounds?: Partial<Record<'atMost' | 'atLeast' | 'above' | 'below' | 'about' | 'from', string[]>>;
  /** Words between the ends of a range: "10 bis 20", "от 10 до 20", "5〜10時間"; also glued to a unit, "128GB至1TB". */
  to?: string[];
  /**
   * "And" between the ends of a range: after a `from` word ("zwischen 10 und 20", "между 10 и 20"); in a language with
   * `exact` words after a number, before one of them instead ("10 és 20 között", "10と20の間").
   */
  and?: string[];
  /**
   * Words for "times" after a number, as "x" is ("2 fois plus rapide", "2-mal", "2krát", "2倍", "2배"). (Those before one,
   * "פי 2", "gấp 2 lần", and the "в" of "в 2 раза", are the language's `read`.)
   */
  times?: string[];
  /** Words for "percent" after a number, as "%" is ("25 Prozent", "92 процента", "20 por ciento"). */
  percent?: string[];
  /** Words after a number (and its unit) that make it a bound: "18時間以上", "3년 이상"; `exact`: a word for "between" after a range ("10 és 20 között"). */
  after?: Partial<Record<'atMost' | 'atLeast' | 'above' | 'below' | 'exact', string[]>>;
  /** Currencies written as a word after the amount in this language: { kr: 'SEK' }; their hundredths with a "¢": { öre: '¢SEK' }. */
  money?: Record<string, string>;
  /** Words for a price of nothing and for no limit: "Ücretsiz", "Sınırsız"; a word ending in "*" is a stem. */
  free?: string[];
  unlimited?: string[];
  /** Words for a lifetime ("livstid", "à vie"): no limit, of a time (a warranty, updates). */
  lifetime?: string[];
  /** Rows like `units`, read only after a slash ("980円/月"): where the word after a number is something else ("3月" is March). */
  per?: string;
  /** Rows like `units`: words after an amount of money that make it a price per that time ("29,99 zł miesięcznie"). */
  every?: string;
  /** Rows like `units`: words before an amount of money that make it a price per that time ("月額1,000円", "월 12,000원"). */
  before?: string;
  /**
   * Rewrites what the parser would not read, keeping the text's length, before a value is read: numbers written as words
   * into digits ("ألفا طالب" → "2ألف طالب"), a joining word into spaces ("20 de ore" → "20    ore").
   */
  read?: (s: string) => string;
}

/** A language's words around a number: bounds before it and after it (sticky patterns) and what each means, range words, currencies. */
export interface BoundWords {
  re?: RegExp;
  of: Map<string, string>;
  /** The range words, sticky: `to` (captured; also `and` before a word for "between") and `and` after a `from` word only (not captured). */
  to?: RegExp;
  money: Map<string, string>;
  /** The words after a number: sticky, and anywhere in a word ("時間以上": where the unit ends). */
  after?: RegExp;
  within?: RegExp;
  /** A value that is only a word for free, or for no limit. */
  free?: RegExp;
  unlimited?: RegExp;
  lifetime?: RegExp;
  /** Words before an amount that price it per a time (sticky), and the time each names. */
  before?: RegExp;
  per: Map<string, UnitDef>;
  /** The words for "times" after a number (at a word's start); for "percent" (sticky). */
  times?: RegExp;
  percent?: RegExp;
  read?: (s: string) => string;
}
const BOUND_WORDS = new Map<string, BoundWords>();

/** The bound and approximation words of a registered language ("bis zu", "etwa"). */
export const boundWords = (language: string): BoundWords | undefined => BOUND_WORDS.get(language);

/**
 * A BCP 47 tag as an Intl.Locale, canonical ("iw-IL" → "he-IL"), or null when it is no valid tag. (Canonicalised
 * first: WebKit's Intl.Locale gives "iw" as the language of "iw", "he" as its baseName.)
 */
export function intlLocale(locale: unknown): Intl.Locale | null {
  try {
    return typeof locale === 'string' && locale.trim() ? new Intl.Locale(Intl.getCanonicalLocales(locale.trim())[0]!) : null;
  } catch {
    return null;
  }
}

/**
 * The language subtag of a BCP 47 tag as Intl canonicalises it, lower case ("de-AT" → "de", "iw" → "he", "in" →
 * "id"), or undefined for an invalid tag: the one key of a language's words here and of its interface table
 * (src/i18n), so a tag's words, its table and whether its words are awaited always agree. Remembered: every element
 * asks on every update, and an Intl.Locale is not free.
 */
export const languageOf = remembered((locale: unknown): string | undefined => intlLocale(locale)?.language.toLowerCase(), 200);

/** The key of a locale's words in these tables: its language (`languageOf`; none for an invalid tag). */
export const wordsLanguage = (locale: string): string => languageOf(locale) ?? '';

let revision = 0;

/** Rows of "unit word…" (a WordTable's `units`, `per`, `every`): word → unit. */
function unitRows(units = ''): Map<string, UnitDef> {
  const map = new Map<string, UnitDef>();
  for (const [unit = '', ...aliases] of units.split('|').map((row) => row.split(' '))) {
    const def = CANONICAL.get(unit);
    if (def) for (const a of aliases) map.set(a, def);
  }
  return map;
}

/**
 * The languages whose words were asked for (src/i18n `loadWords`) and have not come: loading, failed, or late. Their
 * values read as in English ("2 Stunden" a count of 2, below "90 Minuten"), so no row in them shows a "best".
 */
export const awaitedWords = new Set<string>();

/** Adds (or replaces) the words of a language, by its subtag ("de"; or a tag: "iw" is "he"): values parsed from then on read them. */
export function registerWords(tag: string, table: WordTable): void {
  const language = languageOf(tag) ?? tag;
  awaitedWords.delete(language);
  WORDS.set(language, unitRows(table.units));
  PER_WORDS.set(language, unitRows(table.per));
  EVERY_WORDS.set(language, unitRows(table.every));
  LANGUAGE_MAGNITUDES.set(language, new Map(Object.entries(table.magnitudes ?? {})));
  // What each bound word means; the words before a number, and those after it.
  const of = new Map<string, string>();
  const read = (bounds: WordTable['bounds']) =>
    Object.entries(bounds ?? {}).flatMap(([bound, list]) => (list ?? []).map((w) => (of.set(w.toLowerCase(), bound), w.toLowerCase())));
  const pattern = (list: string[]) => list.sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const words = pattern(read(table.bounds));
  const after = pattern(read(table.after));
  // The range words: `to`, captured, and `and`: before a word for "between" within a few words, "10 és 20 között", as
  // `to`; else uncaptured, a range word after a `from` word only ("zwischen 10 und 20"; "10 und 20" is none).
  const between = pattern([...(table.after?.exact ?? [])]);
  const and = pattern([...(table.and ?? [])]);
  const to = (between && and && `(?:${and})(?=[^]{0,40}?(?:${between}))|`) + (pattern([...(table.to ?? [])]) || '(?!)');
  const per = unitRows(table.before);
  const before = pattern([...per.keys()]);
  // (A word ending in "*" is a stem: "безлимитн*" is "безлимитный", "безлимитное"…)
  const whole = (list?: string[]) =>
    list?.length ? new RegExp(`^\\s*(?:${pattern([...list]).replaceAll('\\*', '[\\p{L}\\p{M}]*')})(?![\\p{L}\\p{M}])`, 'iu') : undefined;
  BOUND_WORDS.set(language, {
    re: words ? new RegExp(`\\s*(${words})(?=[\\s\\d\\p{Sc}~≈])\\s*`, 'iuy') : undefined,
    of,
    // (Before a number or a currency: "10 a 20", "R$ 10 a R$ 20", "CHF 10 bis CHF 20".)
    to: new RegExp(`\\s*(?:(${to})|${(!between && and) || '(?!)'})\\s*(?=[-−]?(?:[\\d\\p{Sc}]|[A-Z]{1,3}\\$|[A-Z]{3}\\s?\\d))`, 'iuy'),
    money: new Map(Object.entries(table.money ?? {})),
    // (Not before a Han character: 内 is "within" in "15 分钟内", a word's first half in "16GB内存", memory.)
    after: after ? new RegExp(`\\s*(${after})(?!\\p{sc=Han})`, 'uy') : undefined,
    within: after ? new RegExp(`(?:${after})(?!\\p{sc=Han})`, 'u') : undefined,
    free: whole(table.free),
    unlimited: whole(table.unlimited),
    lifetime: whole(table.lifetime),
    // (Or before a bound word: "年収約1000万円", "havi kb. 2990 Ft".)
    before: before ? new RegExp(`\\s*(${before})\\s*(?=[\\d\\p{Sc}]${words && `|(?:${words})[\\s\\d\\p{Sc}~≈]`})`, 'iuy') : undefined,
    per,
    times: table.times?.length ? new RegExp(`^(?:${pattern([...table.times])})`, 'iu') : undefined,
    percent: table.percent?.length ? new RegExp(`\\s*(?:${pattern([...table.percent])})(?![\\p{L}\\p{M}])`, 'iuy') : undefined,
    read: table.read,
  });
  revision++;
}

/** Whether a language's words are registered. */
export const hasWords = (language: string): boolean => WORDS.has(language);

/** A language other than English with no words registered ("sl", "mk"): what a word after a number means is not known. */
export const wordless = (language: string): boolean => !!language && language !== 'en' && !hasWords(language);

/** Changes each time a language's words are registered: what caches of parsed values compare to know they are stale. */
export const wordsRevision = (): number => revision;

// English's, in any language: "$96 billed yearly", "€9 monthly".
const ENGLISH_EVERY = unitRows('month monthly|year yearly annually|week weekly|day daily nightly|h hourly');

/** The time a word after an amount prices it per ("monthly", "miesięcznie"). */
export const everyUnitDef = (word: string, language: string): UnitDef | undefined => {
  const w = word.toLowerCase();
  return ENGLISH_EVERY.get(w) ?? EVERY_WORDS.get(language)?.get(w);
};

/** A unit after a slash: any unit, or a word of the language read only there ("/月"). */
export const perUnitDef = (word: string, language: string): UnitDef | undefined => unitDef(word, language) ?? PER_WORDS.get(language)?.get(word);

/** Bits per second, a rate of data: "100 Mbps" is 12.5 MB/s. */
export const BIT_RATES = new Map(Object.entries({ kbps: 'kbit', Kbps: 'kbit', Mbps: 'Mbit', mbps: 'Mbit', Gbps: 'Gbit', gbps: 'Gbit', Tbps: 'Tbit' }));

/**
 * A time, data or measure unit by symbol or word; English words of 3+ letters
 * match in any case ("Seconds"). `language`: the comparison's, whose own words
 * count too ("Stunden" in German, "Mo" in French).
 */
export function unitDef(word: string, language?: string): UnitDef | undefined {
  const own = language ? WORDS.get(language) : undefined;
  // (A letter as written only: "m" is a metre in German, "M" a million.)
  return own?.get(word) ?? (word.length > 1 ? own?.get(word.toLowerCase()) : undefined) ?? UNITS.get(word) ?? (word.length > 2 ? UNITS.get(word.toLowerCase()) : undefined);
}

/**
 * Currency symbols ("Rp", "Fr" also with a dot). `$` is USD and `¥` is JPY; write the ISO code for others. (In a
 * comparison written in Canada, Australia, Mexico… `$` is that region's dollar or peso, and `¥` in Chinese the yuan:
 * see quantity.ts.)
 */
export const SYMBOLS = new Map(
  Object.entries({
    $: 'USD', US$: 'USD', C$: 'CAD', CA$: 'CAD', A$: 'AUD', AU$: 'AUD', R$: 'BRL', HK$: 'HKD', NZ$: 'NZD', S$: 'SGD', MX$: 'MXN', NT$: 'TWD',
    Rp: 'IDR', RM: 'MYR', Rs: 'INR', रु: 'INR', Fr: 'CHF', SFr: 'CHF', TSh: 'TZS', KSh: 'KES', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₩': 'KRW', '₪': 'ILS', '₽': 'RUB', '₺': 'TRY', '₫': 'VND', '฿': 'THB', '₱': 'PHP', '₴': 'UAH', '₦': 'NGN', '৳': 'BDT',
  }),
);

/** Currencies written as a word after the amount: "49,800円", "99 元". */
export const CURRENCY_WORDS = new Map(
  Object.entries({ 円: 'JPY', 元: 'CNY', 圓: 'CNY', 원: 'KRW', yen: 'JPY', euro: 'EUR', euros: 'EUR', Euro: 'EUR', dollars: 'USD', cents: '¢USD', zł: 'PLN', Kč: 'CZK', руб: 'RUB', грн: 'UAH' }),
);

export const CODES = new Set(
  'USD EUR GBP JPY CHF CAD AUD NZD CNY INR KRW SGD HKD SEK NOK DKK PLN CZK HUF BRL MXN ZAR TRY RUB ILS AED SAR VND THB PHP IDR MYR TWD UAH NGN EGP KES ARS CLP COP ISK RON IRR BDT RSD BGN TZS UGX'.split(' '),
);

/** Magnitude words and letters after a number, as powers of ten. `B` is decided by the parser. */
const MAGNITUDES = new Map(
  // South Asian English too: a lakh is 100,000, a crore ten million.
  Object.entries({ k: 3, K: 3, thousand: 3, M: 6, mn: 6, million: 6, b: 9, bn: 9, billion: 9, tn: 12, trillion: 12, lakh: 5, lakhs: 5, crore: 7, crores: 7 }),
);
for (const w of ['thousand', 'million', 'billion', 'trillion']) MAGNITUDES.set(`${w}s`, MAGNITUDES.get(w) ?? 0);

/** The magnitude words of the registered languages (registerWords). */
const LANGUAGE_MAGNITUDES = new Map<string, Map<string, number>>();

export function magnitudeOf(word: string, language?: string): number {
  const own = language ? LANGUAGE_MAGNITUDES.get(language) : undefined;
  return own?.get(word) ?? own?.get(word.toLowerCase()) ?? MAGNITUDES.get(word) ?? MAGNITUDES.get(word.toLowerCase()) ?? 0;
}

/**
 * Factor to the base unit, the base unit, the comparison key of a unit (two
 * quantities compare when their keys are equal), and what to add after the
 * factor (0 but for temperatures).
 */
export function baseOf(dimension: Dimension, unit: string): [factor: number, base: string, key: string, offset: number] {
  switch (dimension) {
    case 'time':
    case 'data':
      return [CANONICAL.get(unit)?.factor ?? 1, dimension === 'time' ? 's' : 'B', dimension, 0];
    case 'measure': {
      const def = CANONICAL.get(unit);
      const base = def?.base ?? unit;
      return [def?.factor ?? 1, base, `measure:${base}`, def?.offset ?? 0];
    }
    case 'rate': {
      // `X/t`: X is a label ("req"), a currency, or a time, data or measure unit; t is a time unit,
      // or a data unit after a currency ("USD/GB"), which compares only with money per data, or a measure per 10, 100
      // or 1000 of a unit ("kWh/100 km" compares with "kWh/100 mi" and "Wh/km") or of a word ("kWh/100 cycle").
      // Money per a size, then per a time ("USD/GB/month"): both convert ("$6/TB/month" beside "$0.023/GB/month").
      const k = unit.lastIndexOf('/');
      const x = unit.slice(0, k);
      const conv = CANONICAL.get(x);
      const nested = x.includes('/');
      const [fx, bx] = nested ? baseOf('rate', x) : [conv?.factor ?? 1, conv ? conv.base : x];
      const [, n = 1, t = ''] = /^(?:(\d+) )?(.*)/.exec(unit.slice(k + 1))!;
      const per = CANONICAL.get(t);
      // Per a word that is no unit ("USD/click"): per that word.
      const by = per?.base ?? (k < 0 ? 's' : unit.slice(k + 1) || 's');
      return [fx / (per ? per.factor * +n : 1), `${bx}/${by}`, by === 's' && !nested ? `rate:${bx}` : `rate:${bx}/${by}`, 0];
    }
    case 'money':
      return [1, unit, `money:${unit}`, 0];
    case 'score':
      return [1, unit, `score:${unit.slice(1)}`, 0];
    default:
      // (A count of a word, in a language with no words, compares only with counts of that word: see parse.)
      return [1, unit, dimension === 'count' && unit ? `count:${unit}` : dimension, 0];
  }
}
