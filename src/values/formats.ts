/**
 * The Intl formatters of the views, one per locale and kind. Making one costs
 * more than formatting a thousand values, and the first one a page makes
 * loads the engine's locale data: about 15 ms in Chromium on a fresh page
 * (bench/RESULTS.md). `warmUpFormats` makes a language's formatters ahead,
 * while the page is idle after the script loaded (usually while the data is
 * still on its way), so a first render does not pay for them.
 */
const numbers = new Map<string, Intl.NumberFormat>();
const percents = new Map<string, Intl.NumberFormat>();
const months = new Map<string, Intl.DateTimeFormat>();

const PERCENT: Intl.NumberFormatOptions = { style: 'percent', signDisplay: 'exceptZero', maximumFractionDigits: 0, useGrouping: false };

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

/** Signed whole percents (the Diff column): "+165%", "-5%". */
export function percentFormat(locale: string | undefined): Intl.NumberFormat {
  const key = locale ?? '';
  let f = percents.get(key);
  if (!f) percents.set(key, (f = make(() => new Intl.NumberFormat(locale, PERCENT), () => new Intl.NumberFormat(undefined, PERCENT))));
  return f;
}

/** "Jun 2026": month and year, in UTC (dates in the format have no time). */
export function monthFormat(locale: string): Intl.DateTimeFormat {
  let f = months.get(locale);
  if (!f) {
    const options: Intl.DateTimeFormatOptions = { month: 'short', year: 'numeric', timeZone: 'UTC' };
    months.set(locale, (f = make(() => new Intl.DateTimeFormat(locale, options), () => new Intl.DateTimeFormat('en', options))));
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
