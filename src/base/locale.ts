import type { Comparison } from '../schema/comparison.js';

/** The language to format in: `lang` on the element or an ancestor, else the comparison's `locale`, else English. */
export function localeOf(el: Element, comparison?: Comparison): string {
  const lang = el.closest('[lang]')?.getAttribute('lang')?.trim();
  const candidate = lang || comparison?.locale || 'en';
  try {
    return Intl.getCanonicalLocales(candidate)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** "Jun 2026" for "2026-06-01", in the locale. */
export function formatMonth(date: string, locale: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(d);
}
