import type { Comparison } from '../schema/comparison.js';

/** The language to format in: `lang` on the element or an ancestor, else the comparison's `locale`, else English. */
export function localeOf(el: Element, comparison?: Comparison): string {
  const lang = closestLang(el);
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

/** `lang` of the element or its nearest ancestor, looking out of shadow roots too (inside <compare-page>). */
function closestLang(el: Element): string | undefined {
  let node: Element | null = el;
  while (node) {
    const found: Element | null = node.closest('[lang]');
    if (found) return found.getAttribute('lang')?.trim() || undefined;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}
