/**
 * The Intl formatters of the views, one per locale and kind. Making one costs
 * more than formatting a thousand values, and the first one a page makes
 * loads the engine's locale data: about 15 ms in Chromium on a fresh page
 * (bench/RESULTS.md). `warmUpFormats` makes a language's formatters ahead,
 * while the page is idle after the script loaded (usually while the data is
 * still on its way), so a first render does not pay for them.
 */
import { CODES, SYMBOLS } from './units.js';

const numbers = new Map<string, Intl.NumberFormat>();
const percents = new Map<string, Intl.NumberFormat>();
const months = new Map<string, Intl.DateTimeFormat>();

const PERCENT: Intl.NumberFormatOptions = { style: 'percent', signDisplay: 'exceptZero', maximumFractionDigits: 0, useGrouping: false };
/** Past a million percent ("+99999999999800%" says nothing digit by digit): compact, "+1T%". */
const HUGE_PERCENT: Intl.NumberFormatOptions = { ...PERCENT, notation: 'compact', maximumFractionDigits: 1 };

/**
 * Numbers as the views show them: the locale's digits and grouping, up to 6
 * decimals. `grouping: false` for numbers that are names rather than amounts
 * (the years and versions of a `compare: false` row): 1991, not 1,991.
 */
export function numberFormat(locale: string, grouping = true): Intl.NumberFormat {
  const key = grouping ? locale : `${locale}\u0000plain`;
  let f = numbers.get(key);
  if (!f) {
    const options: Intl.NumberFormatOptions = { maximumFractionDigits: 6, useGrouping: grouping };
    numbers.set(key, (f = make(() => new Intl.NumberFormat(locale, options), () => new Intl.NumberFormat('en', options))));
  }
  return f;
}

/** A number 6 decimals and the digits show as it is: 0, or from 0.001 to under 10^15. */
export const readable = (n: number): boolean => n === 0 || (Math.abs(n) >= 0.001 && Math.abs(n) < 1e15);

/**
 * A number as the views show it: numberFormat(), except that a number too
 * small for 6 decimals keeps 6 significant digits (0.0000004, not 0), and one
 * under 10^-9 or of 10^15 or more is written in the locale's scientific
 * notation (1E300, not 301 digits; 5E-324, not 323 zeros; "1,5×10^−20" in Swedish).
 */
export function formatNumber(n: number, locale: string, grouping = true): string {
  const size = Math.abs(n);
  if (readable(n)) return numberFormat(locale, grouping).format(n);
  // Too small for 6 decimals: 6 significant digits, down to 10^-9 ("0.00000000123457"). Else scientific ("large").
  const kind = size < 1 && size >= 1e-9 ? 'small' : 'large';
  const key = `${locale}\u0000${kind}`;
  let f = numbers.get(key);
  if (!f) {
    const options: Intl.NumberFormatOptions = { maximumSignificantDigits: 6, ...(kind === 'large' ? { notation: 'scientific' } : {}) };
    numbers.set(key, (f = make(() => new Intl.NumberFormat(locale, options), () => new Intl.NumberFormat('en', options))));
  }
  return f.format(n);
}

/**
 * A value object's number in its unit where the locale has a way to write the two: a percent ("99.95%", "99,95 %" in
 * German) and an amount of a currency, by its code or symbol ("52.990.000 ₫" in Vietnamese, "5 €" in German). Else undefined.
 */
export function unitFormat(locale: string, unit: string): Intl.NumberFormat | undefined {
  // A code as Intl writes it where the locale would mistake it ("CA$100", "A$100"); a sign of one character as
  // written ("$" in Canada too); a longer sign ("A$", "HK$") is left as written, after the number.
  const code = CODES.has(unit);
  const currency = code ? unit : unit.length < 2 ? SYMBOLS.get(unit) : undefined;
  // (Not \u0000: the keys of numberFormat and formatNumber end so, "\u0000plain", and a unit could be called "plain".)
  const key = `${locale}\u0001${unit}`;
  let f = numbers.get(key);
  if (!f && (currency || unit === '%')) {
    // (A whole amount without cents: "$100", not "$100.00".)
    const options = { style: currency ? 'currency' : 'unit', currency, unit: 'percent', currencyDisplay: code ? 'symbol' : 'narrowSymbol', maximumFractionDigits: 6, trailingZeroDisplay: 'stripIfInteger' } as Intl.NumberFormatOptions;
    numbers.set(key, (f = make(() => new Intl.NumberFormat(locale, options), () => new Intl.NumberFormat('en', options))));
  }
  return f;
}

/**
 * The decades of a log axis in `unit` (a quantity's: "USD", "h", "month", "USD/month", ""), short, in the locale:
 * "100K", "$1K", "1 Mio. €", "10 days", "10 Tg.", "1K h", "$10/month". Intl writes the currencies, percents and
 * the words of time (short, as on an axis); other units are symbols, after the number.
 */
export function decadeFormat(locale: string, unit: string): (n: number) => string {
  // (Before the slash, if any: no slash is 2³² − 1, past the end.)
  const k = unit.indexOf('/') >>> 0;
  const head = unit.slice(0, k);
  const own = CODES.has(head) || /^(%|day|week|month|year|inch)$/.test(head);
  const key = `${locale}\u0002${own ? head : ''}`;
  let f = numbers.get(key);
  if (!f) {
    const options = { notation: 'compact', ...(own && (CODES.has(head) ? { style: 'currency', currency: head } : { style: 'unit', unit: head === '%' ? 'percent' : head })) } as Intl.NumberFormatOptions;
    numbers.set(key, (f = make(() => new Intl.NumberFormat(locale, options), () => new Intl.NumberFormat('en', options))));
  }
  // (A ratio glued: "10K:1".)
  return (n) => f.format(n) + (own || !head ? '' : `${head[0] === ':' ? '' : '\u00a0'}${head}`) + unit.slice(k);
}

/** Signed whole percents (the Diff column): "+165%", "-5%"; `huge` (past a million percent): compact. */
export function percentFormat(locale: string | undefined, huge = false): Intl.NumberFormat {
  const key = huge ? `${locale ?? ''}\u0000huge` : (locale ?? '');
  const options = huge ? HUGE_PERCENT : PERCENT;
  let f = percents.get(key);
  if (!f) percents.set(key, (f = make(() => new Intl.NumberFormat(locale, options), () => new Intl.NumberFormat(undefined, options))));
  return f;
}

/**
 * "Jun 2026": month and year, in UTC (dates in the format have no time). The
 * month is in full but in English: other languages' short months are often
 * unclear ("mar 2026" in Italian and Polish, "mrt 2026" in Dutch) or only a
 * number ("2026-03" in Lithuanian).
 */
export function monthFormat(locale: string): Intl.DateTimeFormat {
  let f = months.get(locale);
  if (!f) {
    const options: Intl.DateTimeFormatOptions = { month: /^en\b/i.test(locale) ? 'short' : 'long', year: 'numeric', timeZone: 'UTC' };
    f = make(() => new Intl.DateTimeFormat(locale, options), () => new Intl.DateTimeFormat('en', { ...options, month: 'short' }));
    months.set(locale, f);
  }
  return f;
}

/** The formatter, or the fallback when the locale tag is not one Intl accepts. */
function make<T>(formatter: () => T, fallback: () => T): T {
  try {
    return formatter();
  } catch {
    return fallback();
  }
}

/** Makes every formatter of a locale now (see above); a tag Intl refuses is ignored. */
export function warmUpFormats(locale: string): void {
  numberFormat(locale);
  percentFormat(locale);
  monthFormat(locale);
}
