import { isServer } from 'lit';
import type { Comparison } from '../schema/comparison.js';
import { monthFormat } from '../values/formats.js';
import { remembered } from '../values/memo.js';

/**
 * The language to format in: `lang` on the element or an ancestor, else the comparison's `locale`, else English.
 * On the server (no document tree) only the element's own `lang` counts: server rendering sets it on the
 * element, and <compare-page> on its sections, so the browser hydrates in the same language.
 */
export function localeOf(el: Element, comparison?: Comparison): string {
  const lang = isServer ? el.getAttribute('lang')?.trim() || undefined : closestLang(el);
  return canonicalLocale(lang || comparison?.locale || 'en');
}

/**
 * The language of the comparison's own text, to format and read its numbers
 * and dates in ("1.234,5", "Juni 2026"): its `locale`, else the element's
 * language (the format's default is the host page's `lang`). The interface
 * words follow localeOf(): on an English page a German comparison keeps
 * English headings and German numbers.
 */
export function dataLocaleOf(el: Element, comparison?: Comparison): string {
  return comparison?.locale ? canonicalLocale(comparison.locale) : localeOf(el, comparison);
}

/** A tag canonicalised ("EN-us" → "en-US"), English for an invalid one. Remembered: every render asks, often many times. */
const canonicalLocale = remembered((candidate: string): string => {
  try {
    return Intl.getCanonicalLocales(candidate)[0] ?? 'en';
  } catch {
    return 'en';
  }
}, 100);

/** "Jun 2026" for "2026-06-01", in the locale. */
export function formatMonth(date: string, locale: string): string {
  return monthFormat(locale).format(new Date(`${date}T00:00:00Z`));
}

/** `lang` of the nearest ancestor (not the element's own), looking out of shadow roots too. */
export function inheritedLang(el: Element): string | undefined {
  const parent = el.parentElement ?? ((el.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
  return parent ? closestLang(parent) : undefined;
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
