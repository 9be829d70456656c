/**
 * Server rendering (Node only): a comparison to finished HTML. The element
 * comes out with its shadow root as declarative shadow DOM
 * (`<template shadowrootmode="open">`), so every word of the verdict, the
 * tables and the FAQ is in the HTML before any script runs; with it go the
 * comparison as inline JSON (the element's data when the script loads) and
 * the schema.org JSON-LD for crawlers. When `compare-kit.js` loads, the
 * elements hydrate: Lit adopts the HTML instead of rendering it again.
 *
 * Built on `@lit-labs/ssr`: the elements run their own `render()` on the
 * server (in Lit's DOM shim; they take their data from the `data` property,
 * which is set here), so the server and the browser produce the same
 * templates.
 *
 * The browser must run the same build of the elements as the server:
 * hydration matches templates by a digest of their (minified) strings.
 */
import { render, html as serverHtml } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { nothing } from 'lit';
import { html, unsafeStatic } from 'lit/static-html.js';
import { defineElement } from '../base/define.js';
import { registerAllStrings } from '../i18n/all.js';
import { isRtl, stringsFor } from '../i18n/index.js';
import { ComparisonLoadError } from '../data/errors.js';
import { oversize, parseComparison, readJson, tooLargeMessage } from '../schema/parse.js';
import { languageTag, type Comparison } from '../schema/comparison.js';
import { comparisonJsonLd, scriptJson } from '../structured-data/json-ld.js';
import { ComparePage, SECTIONS, readSections, sectionLevel, unknownSectionsMessage, type Section } from '../components/compare-page/compare-page.js';
import { CompareHeader } from '../components/compare-header/compare-header.js';
import { CompareVerdict } from '../components/compare-verdict/compare-verdict.js';
import { CompareFacts } from '../components/compare-facts/compare-facts.js';
import { CompareHighlights } from '../components/compare-highlights/compare-highlights.js';
import { CompareTable } from '../components/compare-table/compare-table.js';
import { CompareChart } from '../components/compare-chart/compare-chart.js';
import { CompareProscons } from '../components/compare-proscons/compare-proscons.js';
import { CompareFaq } from '../components/compare-faq/compare-faq.js';
import { CompareResources } from '../components/compare-resources/compare-resources.js';
import { CompareRelated } from '../components/compare-related/compare-related.js';
import { CompareTrack } from '../components/compare-track/compare-track.js';

/**
 * Every tag, registered in the server's custom element registry (Lit's shim)
 * so that <compare-page>'s sections render too. The classes, not the
 * `define/` modules: those load the browser's hydration support.
 */
// Every language at once: rendering here does not wait for a table to load.
registerAllStrings();

const ELEMENT_CLASSES = {
  'compare-page': ComparePage,
  'compare-header': CompareHeader,
  'compare-verdict': CompareVerdict,
  'compare-facts': CompareFacts,
  'compare-highlights': CompareHighlights,
  'compare-table': CompareTable,
  'compare-chart': CompareChart,
  'compare-proscons': CompareProscons,
  'compare-faq': CompareFaq,
  'compare-resources': CompareResources,
  'compare-related': CompareRelated,
  'compare-track': CompareTrack,
} as const;
for (const [tag, ctor] of Object.entries(ELEMENT_CLASSES)) defineElement(tag, ctor);

export type ElementTag = keyof typeof ELEMENT_CLASSES;

/** The tags renderToString can render, `compare-page` first. */
export const ELEMENTS = Object.keys(ELEMENT_CLASSES) as readonly ElementTag[];

export interface RenderOptions {
  /** The element: a tag (`compare-facts`) or its short name (`facts`); default `compare-page`. */
  element?: string;
  /** With compare-page: the sections to show, in order (`"verdict facts faq"` or an array). */
  sections?: string | readonly string[];
  /** `theme` attribute: "light" (default), "dark", "auto" or "host". */
  theme?: string;
  /**
   * The language of the interface words and number formats (BCP 47, e.g. "de").
   * Default: the comparison's `locale`, else English. Written as `lang` on the
   * element, so the browser hydrates in the same language: pass your page's
   * language, or the element says "Key Facts & Figures" on a German page.
   */
  locale?: string;
  /** `heading-level` (1–6) of the element's headings, to fit the page outline (default 2). */
  headingLevel?: number;
  /** schema.org JSON-LD for crawlers; default on for compare-page, off for the others (as the elements do). */
  structuredData?: boolean;
  /** The page's URL, for the JSON-LD `@id`s (the browser puts its own in when the script runs). */
  url?: string;
  /** `baseline` of compare-facts (or compare-page): the item id the Diff column compares against. */
  baseline?: string;
  /** `scale` of compare-chart (or compare-page): "auto", "linear" or "log". */
  scale?: string;
  /** `vote-endpoint` of compare-verdict (or compare-page). */
  voteEndpoint?: string;
  /** `endpoint` of compare-track (or compare-page). */
  endpoint?: string;
  /** `affiliate-disclosure` of compare-resources (or compare-page). */
  affiliateDisclosure?: string;
  /**
   * The page's Content-Security-Policy nonce (its `style-src 'nonce-…'`), written on every `<style>` of the shadow
   * roots, so a page with a strict policy shows the elements styled before any script runs. (Without it such a page
   * blocks them, and each element takes its own style sheets when it hydrates.) One per response, as nonces are.
   */
  nonce?: string;
}

/** `facts` → `compare-facts`; undefined for an unknown name. */
export function elementTag(name: string | undefined): ElementTag | undefined {
  const n = (name ?? 'compare-page').trim().toLowerCase();
  const tag = n.startsWith('compare-') ? n : `compare-${n}`;
  return Object.hasOwn(ELEMENT_CLASSES, tag) ? (tag as ElementTag) : undefined;
}

/**
 * The comparison (an object, or JSON text) as server-rendered HTML of one
 * element. Throws a `ComparisonLoadError` (with `issues`, each with its path)
 * when the comparison is not valid, and a `RangeError` for an unknown element
 * or section or a heading level outside 1–6.
 *
 * @example
 *   import { renderToString } from 'compare-kit/ssr';
 *   const html = renderToString(comparison, { sections: 'verdict facts faq', locale: 'en' });
 */
export function renderToString(comparison: unknown, options: RenderOptions = {}): string {
  const tag = elementTag(options.element);
  if (!tag) throw new RangeError(`unknown element "${options.element}": one of ${ELEMENTS.join(', ')}`);
  // JSON text as the element reads it, its size first (as validate and embed: the browser refuses a larger one).
  const result = parseComparison(comparison);
  if (!result.ok) throw new ComparisonLoadError({ kind: result.kind, message: result.message, issues: result.issues });
  const c = result.comparison;
  const value = typeof comparison === 'string' ? (readJson(comparison) as { value: unknown }).value : comparison;

  const sections = sectionList(options.sections);
  if (sections && tag !== 'compare-page') throw new RangeError('sections are for compare-page');
  const level = options.headingLevel;
  if (level !== undefined && !(Number.isInteger(level) && level >= 1 && level <= 6)) {
    throw new RangeError(`heading level ${level}: a whole number from 1 to 6`);
  }
  const nonce = options.nonce;
  if (nonce !== undefined && !/^[\w+/-]+={0,2}$/.test(nonce)) throw new RangeError(`nonce "${nonce}": letters, digits, +, /, - and _, as a CSP nonce is written`);
  const lang = options.locale !== undefined ? canonicalLocale(options.locale) : canonicalLocale(c.locale, 'en');
  const page = tag === 'compare-page';
  const structured = options.structuredData ?? page;

  const attrs: Attrs = {
    lang,
    // What the element does itself in the browser, so nothing moves when it does.
    dir: isRtl(lang) ? 'rtl' : undefined,
    theme: options.theme,
    'heading-level': level === undefined ? undefined : String(level),
    sections: sections?.join(' '),
    'structured-data': structured === page ? undefined : structured ? '' : 'false',
    baseline: tag === 'compare-facts' || page ? options.baseline : undefined,
    scale: tag === 'compare-chart' || page ? options.scale : undefined,
    'vote-endpoint': tag === 'compare-verdict' || page ? options.voteEndpoint : undefined,
    endpoint: tag === 'compare-track' || page ? options.endpoint : undefined,
    'affiliate-disclosure': tag === 'compare-resources' || page ? options.affiliateDisclosure : undefined,
  };

  // The element's light DOM: its data for the browser, the JSON-LD for crawlers, the track form's
  // email field (it lives in the light DOM for autofill), and compare-page's own <compare-track>.
  const json = inlineJson(value, c);
  // An object too: the browser refuses inline JSON over the limit, and the page would not hydrate.
  const size = oversize(json);
  if (size) throw new ComparisonLoadError({ kind: 'parse', message: tooLargeMessage(size), issues: [{ path: '(document)', message: tooLargeMessage(size) }] });
  let light = `<script type="application/json">${json}</script>`;
  // An FAQPage only where the FAQ shows, as in the browser (CompareElement's showsFaq).
  const faq = tag === 'compare-faq' || (page && (sections ?? SECTIONS).includes('faq'));
  if (structured) light += `<script type="application/ld+json" data-compare-kit>${scriptJson(comparisonJsonLd(c, options.url, { faq }))}</script>`;
  if (tag === 'compare-track') light += trackLight(c, lang);
  if (page && (sections ?? SECTIONS).includes('track')) {
    light += renderElement('compare-track', c, {
      // As ComparePage's #syncTrack sets them; it adopts this element and lifts `defer-hydration`.
      slot: 'track',
      'heading-level': String(sectionLevel(level ?? 2, sections ?? SECTIONS, 'track')),
      theme: options.theme,
      endpoint: options.endpoint,
      lang,
      'defer-hydration': '',
    }, trackLight(c, lang, 'page-track'), nonce);
  }
  return renderElement(tag, c, attrs, light, nonce);
}

type Attrs = Record<string, string | undefined>;

/** Attributes, in this order; those a tag does not get stay `undefined`. */
const ATTRIBUTES = [
  'slot', 'lang', 'dir', 'theme', 'heading-level', 'sections', 'structured-data', 'baseline', 'scale', 'vote-endpoint',
  'endpoint', 'affiliate-disclosure', 'defer-hydration',
] as const;

/** One template per tag (static-html caches by strings: twelve entries, never more). */
function elementTemplate(tag: ElementTag, c: Comparison, a: Attrs) {
  const t = unsafeStatic(tag);
  const v = (name: (typeof ATTRIBUTES)[number]) => a[name] ?? nothing;
  return html`<${t} .data=${c} slot=${v('slot')} lang=${v('lang')} dir=${v('dir')} theme=${v('theme')} heading-level=${v('heading-level')} sections=${v('sections')} structured-data=${v('structured-data')} baseline=${v('baseline')} scale=${v('scale')} vote-endpoint=${v('vote-endpoint')} endpoint=${v('endpoint')} affiliate-disclosure=${v('affiliate-disclosure')} defer-hydration=${v('defer-hydration')}></${t}>`;
}

/**
 * The element with its declarative shadow root, and `light` (trusted markup
 * built here) as its light DOM. The template's own markers, which only
 * matter for hydrating the template around the element (nothing does), are
 * left out; those inside the shadow root stay (the element hydrates with them).
 * With a `nonce`, each shadow root's `<style>` carries it.
 */
function renderElement(tag: ElementTag, c: Comparison, attrs: Attrs, light: string, nonce?: string): string {
  let out = collectResultSync(render(elementTemplate(tag, c, attrs)));
  // (Only Lit's own <style> tags match: it escapes `<` in text and in attribute values.)
  if (nonce) out = out.replaceAll('<style>', `<style nonce="${nonce}">`);
  const start = out.indexOf(`<${tag}`);
  const end = out.lastIndexOf(`</${tag}>`);
  if (start === -1 || end === -1) throw new Error(`server rendering produced no <${tag}>`);
  const open = out.indexOf('>', start) + 1; // attribute values have `>` escaped
  return `${tidyTag(out.slice(start, open))}${falseBooleans(out.slice(open, end))}${light}</${tag}>`;
}

/** `<compare-page      lang="en">` (the spaces of attributes left out) as `<compare-page lang="en">`. */
function tidyTag(openTag: string): string {
  const name = /^<[a-z-]+/.exec(openTag)![0];
  const attrs = [...openTag.slice(name.length).matchAll(/\s+([^\s=>"]+)(="[^"]*")?/g)].map((m) => ` ${m[1]}${m[2] ?? ''}`);
  return `${name}${attrs.join('')}>`;
}

/**
 * Lit's server renderer writes a property binding on a native element as an
 * attribute with the value as text: `.checked=${false}` becomes
 * `checked="false"`, which HTML reads as checked, so the box would show
 * ticked until the script runs. Boolean attributes that say "false" are
 * dropped. (Safe on rendered markup: Lit escapes `"` in text and in attribute
 * values, so the pattern only matches a whole attribute.)
 */
function falseBooleans(html: string): string {
  return html.replace(/ (checked|selected|disabled|hidden|open|required|multiple|readonly|indeterminate)="false"/g, '');
}

/**
 * The email label, input and message <compare-track> keeps in its light DOM
 * (see its #syncLight, which adopts these): rendered here so the form has its
 * field, and its height, before the script runs. `part`: "track", or "page-track" for compare-page's own, so a
 * page and a <compare-track> of the same comparison (a sidebar's sign-up) have no id in common before the script runs.
 */
function trackLight(c: Comparison, lang: string, part = 'track'): string {
  const s = stringsFor(lang);
  const id = `compare-kit-${c.id.replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 60)}-${part}`;
  return collectResultSync(
    render(
      serverHtml`<label slot="email-label" for=${`${id}-email`}>${s.emailLabel}</label><input slot="email" type="email" name="email" id=${`${id}-email`} autocomplete="email" inputmode="email" dir="ltr" enterkeyhint="send" required spellcheck="false" autocapitalize="off" form=${`${id}-own-form`} placeholder=${s.emailPlaceholder}><span slot="email-error" id=${`${id}-email-error`} role="alert" dir="auto"></span>`,
    ),
  );
}

/**
 * The data for the browser: the document as given, or, when it nests too deep
 * for JSON.stringify (only x- extensions can: the schema bounds the rest, and
 * they are ignored), the validated comparison without them.
 */
function inlineJson(value: unknown, c: Comparison): string {
  try {
    return scriptJson(value);
  } catch {
    // A RangeError in V8, "too much recursion" in Firefox.
    return scriptJson(c);
  }
}

function sectionList(sections: RenderOptions['sections']): Section[] | undefined {
  if (sections === undefined) return undefined;
  const { known, unknown } = readSections(sections);
  if (unknown.length) throw new RangeError(unknownSectionsMessage(unknown));
  return known.length ? known : undefined;
}

/** The locale as the elements canonicalise it (localeOf); `fallback` for an invalid one, or a RangeError without. */
function canonicalLocale(locale: string | undefined, fallback?: string): string {
  const tag = locale?.trim() || 'en';
  const known = languageTag(tag);
  if (known) return known;
  if (fallback) return fallback;
  const hint = tag.includes('_') ? ` (did you mean "${tag.replaceAll('_', '-')}"?)` : '';
  throw new RangeError(`locale "${locale}" is not a language tag (BCP 47, e.g. "en" or "de-AT")${hint}`);
}
