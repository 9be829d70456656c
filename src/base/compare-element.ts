import { LitElement, adoptStyles, html, isServer, nothing, render, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import type { Comparison } from '../schema/comparison.js';
import { ComparisonLoadError, type LoadErrorDetail } from '../data/errors.js';
import { visible } from '../schema/parse.js';
import { DEFAULT_TIMEOUT_MS } from '../data/fetch-comparison.js';
import { findInput, inputKey, resolveNow, resolveSrc } from '../data/source.js';
import { emit } from './events.js';
import { SAME_LANGUAGE, type Langs } from './fragments.js';
import type { Strings } from './strings.js';
import { isRtl, loadStrings, loadWords, sameLanguage, stringsFor, stringsLanguage, stringsRevision } from '../i18n/index.js';
import { dataLocaleOf, inheritedLang, localeOf } from './locale.js';
import { whenIdle } from './idle.js';
import { hydration, hydrationInstalled } from './hydrate-support.js';
import { warmUpFormats } from '../values/formats.js';
import { syncHostTheme, unwatchHostTheme } from './host-theme.js';
import { comparisonJsonLd, scriptJson } from '../structured-data/json-ld.js';
import { base, tokens } from '../styles/tokens.js';

export type LoadState = 'loading' | 'ready' | 'error' | 'empty';

/** What the element's own observer watches: its children (inline JSON) and their text. */
const OWN_CONTENT: MutationObserverInit = { childList: true, subtree: true, characterData: true };

/**
 * One page-wide observer of `lang` attributes, for the elements on the page:
 * an element's language may come from an ancestor (`<html lang>`), which a
 * page can switch. An element's own `lang` is an observed attribute.
 */
const langWatchers = new Set<CompareElement>();
let langObserver: MutationObserver | undefined;
function watchPageLang(el: CompareElement): void {
  langWatchers.add(el);
  if (!langObserver) {
    langObserver = new MutationObserver((records) => {
      // Only a real change (setAttribute with the same value is reported too) of
      // another element's lang: an element's own lang (set by an author, by
      // <compare-page>, or by #syncLang) is its attributeChangedCallback's.
      const changed = (r: MutationRecord) => !langWatchers.has(r.target as CompareElement) && r.oldValue !== (r.target as Element).getAttribute('lang');
      if (records.some(changed)) for (const w of langWatchers) w.requestUpdate();
    });
    observeLang(document.documentElement);
  }
  // And the shadow roots the element sits in (an app's components), which the page's subtree does not reach into.
  for (let root = el.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) observeLang(root);
}
function observeLang(node: Node): void {
  langObserver!.observe(node, { attributes: true, attributeFilter: ['lang'], attributeOldValue: true, subtree: true });
}
function unwatchPageLang(el: CompareElement): void {
  langWatchers.delete(el);
  if (langWatchers.size === 0) {
    langObserver?.disconnect();
    langObserver = undefined;
  }
}

// While the page is idle after this script ran (an element's data is usually
// still on its way): the formatters of the page's language, whose first one
// loads the browser's locale data (~15 ms on a fresh page), so that a first
// render does not wait for them. See src/values/formats.ts.
if (!isServer) whenIdle(() => warmUpFormats(localeOf(document.documentElement)));

/** Elements whose direction is read from their layout in the next frame, each with the parent whose direction is read. */
const dirQueue = new Map<CompareElement, Element>();
/** What an element's direction comes from: its parent, or the host of the shadow root it is in (not itself: its own `dir` would be read back). */
const layoutParent = (el: Element): Element => el.parentElement ?? (el.parentNode as ShadowRoot | null)?.host ?? el;

/**
 * What every compare-kit element shares: the four data inputs, validation,
 * the loading / error / empty states, the load events and the host styles.
 * An element extends it and implements `renderComparison()` (and `isEmpty()`).
 *
 * @attr src - URL of the comparison JSON.
 * @attr for - id of an element on the page whose text is the comparison JSON.
 * @attr timeout - milliseconds to wait for `src`, and for the vote's or the subscription's POST (default 10000).
 * @attr theme - "light" (default), "dark", "auto" or "host".
 * @attr heading-level - level of the element's heading, 1 to 6 (default 2).
 * @attr lang - language of the interface words (else an ancestor's `lang`, else the comparison's `locale`); watched, like an ancestor's, so a page can switch.
 * @attr structured-data - add the comparison as schema.org JSON-LD (a `<script type="application/ld+json">` child); "false" turns it off.
 * @attr state - reflected, read-only: "loading", "ready", "error" or "empty".
 * @attr defer-hydration - set by server rendering on an element that waits for its parent: it hydrates when the parent removes it (Lit SSR). Not for authors.
 * @csspart placeholder - the block that keeps the element's space while loading.
 * @csspart error - the error block (role="alert").
 * @cssproperty [--compare-placeholder-height=12rem] - height kept while loading.
 * @cssproperty [--compare-color-text=light-dark(#1a1d23, #e8eaee)] - text (system token; the dark value applies with `theme="dark"`, or `"auto"` in a dark scheme).
 * @cssproperty [--compare-color-muted=light-dark(#5b6270, #a4abb8)] - secondary text: units, notes, dates.
 * @cssproperty [--compare-color-surface=light-dark(#ffffff, #16181d)] - cards, sticky table cells, the dark theme's background.
 * @cssproperty [--compare-color-background=var(--compare-color-surface)] - the element's own background (`theme="host"`: transparent).
 * @cssproperty [--compare-color-border=light-dark(#d8dce3, #3a3f4a)] - borders and rules.
 * @cssproperty [--compare-color-subtle=light-dark(#f3f5f8, #20232a)] - tinted areas: header rows, the placeholder, chart tracks.
 * @cssproperty [--compare-color-accent=light-dark(#1f5fbf, #7fb0ff)] - links, buttons, focus.
 * @cssproperty [--compare-color-winner=light-dark(#116b3a, #7ddca0)] - the "best" marker.
 * @cssproperty [--compare-color-winner-bg=light-dark(#e3f4e9, #173526)] - background of a winning value.
 * @cssproperty [--compare-color-diff-up=light-dark(#116b3a, #7ddca0)] - a Diff in the better direction.
 * @cssproperty [--compare-color-diff-down=light-dark(#a8321d, #ff9d87)] - a Diff in the worse direction.
 * @cssproperty [--compare-color-error=light-dark(#a8321d, #ff9d87)] - the error block's edge and title, form errors.
 * @cssproperty [--compare-color-error-bg=light-dark(#fdf0ed, #3a1d17)] - the error block's background.
 * @cssproperty [--compare-color-series-1=light-dark(#1f5fbf, #7fb0ff)] - colour of the 1st item when it has no `color` (also -2 … -8).
 * @cssproperty [--compare-color-series-2=light-dark(#b3400b, #ffa270)] - colour of the 2nd item without `color`.
 * @cssproperty [--compare-color-series-3=light-dark(#137a4b, #6fd6a0)] - colour of the 3rd item without `color`.
 * @cssproperty [--compare-color-series-4=light-dark(#7b3fb8, #c9a2ff)] - colour of the 4th item without `color`.
 * @cssproperty [--compare-color-series-5=light-dark(#a11d5e, #ff8cc3)] - colour of the 5th item without `color`.
 * @cssproperty [--compare-color-series-6=light-dark(#0b6f7c, #5fd3e0)] - colour of the 6th item without `color`.
 * @cssproperty [--compare-color-series-7=light-dark(#8a6100, #f2c14e)] - colour of the 7th item without `color`.
 * @cssproperty [--compare-color-series-8=light-dark(#4a5468, #b4bfd3)] - colour of the 8th item without `color`.
 * @cssproperty [--compare-font=system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif] - font family (`theme="host"`: the page's).
 * @cssproperty [--compare-font-size=1rem] - base font size (`theme="host"`: the page's).
 * @cssproperty [--compare-heading-size=1.25em] - size of the element's heading.
 * @cssproperty [--compare-radius=0.5rem] - corner radius of cards, tables and buttons.
 * @cssproperty [--compare-space=1rem] - the spacing unit (paddings and gaps are multiples of it).
 * @cssproperty [--compare-margin-block=1.5rem] - space above and below the element (none for the sections inside `<compare-page>`, which its gap spaces); a page's own `margin` on the element wins.
 * @cssproperty [--compare-frame-padding=min(var(--compare-space), 3vw)] - space inside the element's edges when its surface stands out from the page behind it (a dark block on a light page); none when the two match, with `theme="host"`, while loading and on paper.
 * @event compare-load - data validated and rendered; detail `{ comparison }`.
 * @event compare-error - loading or validation failed; detail `{ kind, message, status?, issues? }`.
 */
export abstract class CompareElement extends LitElement {
  static override styles = [tokens, base];

  /** The element's documented parts; <compare-page> forwards them (exportparts). */
  static readonly parts: readonly string[] = ['placeholder', 'error'];

  static override properties: PropertyDeclarations = {
    data: { attribute: false, noAccessor: true },
    // Set again to the same URL (setAttribute, or the property) after a failure: a retry (see willUpdate).
    src: { type: String, hasChanged: () => true },
    for: { type: String },
    timeout: { type: Number },
    theme: { type: String, reflect: true },
    // Blank is the default (2), not 0 as Number('') would make it.
    headingLevel: { attribute: 'heading-level', converter: { fromAttribute: (v: string | null) => (v?.trim() ? Number(v) : NaN) } },
    structuredData: {
      attribute: 'structured-data',
      converter: { fromAttribute: (v: string | null) => v !== null && !/^(false|off|no|0)$/i.test(v.trim()) },
    },
    strings: { attribute: false },
    comparison: { state: true },
    error: { state: true },
    state: { type: String, reflect: true },
  };

  /** The comparison as an object or a JSON string; wins over every other input. */
  get data(): unknown {
    return this.#data;
  }
  set data(value: unknown) {
    const old = this.#data;
    this.#data = value;
    this.#dataGiven = true;
    this.requestUpdate('data', old);
  }
  #data: unknown;
  /**
   * Whether `data` was ever set, even to nothing: an app's (`.data=${x}` while
   * its fetch is on its way). With no input at all, such an element waits
   * (loading) instead of reporting that it was given nothing.
   */
  #dataGiven = false;
  declare src: string | undefined;
  declare for: string | undefined;
  declare timeout: number;
  declare theme: string | undefined;
  /** Adds schema.org JSON-LD of the comparison to the light DOM; `structured-data="false"` turns it off. */
  declare structuredData: boolean | undefined;
  /** Level of the element's own heading (1–6), to fit the host page's outline. */
  declare headingLevel: number;
  /** The validated comparison being shown, once loaded. */
  declare comparison: Comparison | undefined;
  /** Why nothing is shown, when loading failed. */
  declare error: LoadErrorDetail | undefined;
  declare state: LoadState;

  /** Overrides of the interface words for this element (`{ best: 'Top pick' }`); the rest follow its language. */
  declare strings: Partial<Strings> | undefined;

  #key: unknown = undefined;
  #abort: AbortController | undefined;
  #announced: unknown = undefined;
  #observer: MutationObserver | undefined;
  #jsonLd: HTMLScriptElement | undefined;
  #jsonLdOf: { c: Comparison; href: string; faq: boolean } | undefined;
  #jsonLdPending = false;
  #words: { locale: string; overrides: unknown; revision: number; value: Strings } | undefined;
  #autoDir = false;
  #autoLang = false;
  #hydrating = false;
  /** What the observer watches besides the element itself: a `for` target, or the page while it has none. */
  #watched: Node | undefined;
  /** While there is a `for` target: watches the page for another element taking its id (a CMS preview swapping it). */
  #replaced: MutationObserver | undefined;

  /** Whether structured data is on when the attribute is absent (on for <compare-page>). */
  protected structuredDataByDefault = false;

  constructor() {
    super();
    this.timeout = DEFAULT_TIMEOUT_MS;
    this.headingLevel = 2;
    this.state = 'loading';
  }

  /** `lang` is watched too: a page that switches language re-renders its elements in it. */
  static override get observedAttributes(): string[] {
    // defer-hydration: observed from the start, as Lit's hydration support (loaded later, if at all) needs it.
    return [...super.observedAttributes, 'lang', 'defer-hydration'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    // Not for the lang #syncLang writes: the comparison's own, which the render already used.
    if (name === 'lang' && old !== value && !this.#writingLang) this.requestUpdate();
  }

  /** True while #syncLang writes the host's lang. */
  #writingLang = false;

  #internals: ElementInternals | undefined;
  /** Connected before Lit's hydration support has loaded: it connects when it has (see connectedCallback). */
  #awaitingHydration = false;
  /** Rendered on a server: its layout is the server's (no frame added, nothing moves on hydration). */
  #serverRendered = false;

  /**
   * Its surface stands out from the page behind it (see base/host-theme.ts): `:host(:state(framed))` keeps the text
   * off its edges. A page's reset took its own box (`unset`): `:host(:state(unset))` takes the page's colours.
   */
  #framed = (framed: boolean, unset: boolean): void => {
    try {
      const states = (this.#internals ??= this.attachInternals()).states;
      // (An engine without custom states, or an app's subclass with its own internals, shows no frame.)
      if (states && framed !== states.has('framed') && !this.#serverRendered) framed ? states.add('framed') : states.delete('framed');
      if (states) unset ? states.add('unset') : states.delete('unset');
    } catch {
      /* no frame */
    }
  };

  override connectedCallback(): void {
    // A shadow root before the first render is server-rendered HTML (declarative shadow DOM) to hydrate, once Lit's
    // hydration support has loaded (meanwhile the language's words load too). Without the support (its file failed to
    // load) it is rendered afresh, in place of the server's.
    const root: ShadowRoot | null = !this.hasUpdated && !this.renderRoot ? this.shadowRoot : null;
    if (root) {
      if (hydrationInstalled === undefined) {
        if (!isServer) loadStrings(this.locale);
        // (Once: an element moved meanwhile connects again, once, when the support is there.)
        if (!this.#awaitingHydration) void hydration().then(() => ((this.#awaitingHydration = false), this.isConnected && this.connectedCallback()));
        this.#awaitingHydration = true;
        return;
      }
      if (hydrationInstalled) {
        this.#hydrating = this.#serverRendered = true;
        // A Content-Security-Policy without 'unsafe-inline' in style-src (and no nonce on them) blocks the server's
        // <style>s, which then have no sheet: the element's own style sheets style it (adopted sheets are allowed).
        if ([...root.querySelectorAll('style')].some((s) => !s.sheet)) adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
      } else root.replaceChildren();
    }
    super.connectedCallback();
    // A CMS or framework may write the inline JSON after the element exists.
    this.#observer ??= new MutationObserver(() => this.#load());
    this.#observer.observe(this, OWN_CONTENT);
    this.#watched = undefined;
    if (!isServer) watchPageLang(this);
    this.#load();
    // Back on the page (moved, or removed and put back): render again, so what
    // depends on where it is (the host page's theme, a vote given meanwhile,
    // the URL's fragment, <compare-page>'s track form) is brought up to date.
    // The first time, updated() does all this.
    if (this.hasUpdated) {
      this.#syncJsonLd();
      this.requestUpdate();
    }
    // Fetch the language's words now, beside the data; the placeholder re-renders in them.
    if (!isServer) loadStrings(this.locale)?.then(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
    this.#replaced?.disconnect();
    this.#jsonLd?.remove();
    unwatchHostTheme(this);
    unwatchPageLang(this);
    // Failed: putting it back tries again (it may have been the network).
    // Removed while loading: the request is dropped, and putting it back
    // starts again; but an element only moved (put back in the same task)
    // keeps its request.
    if (this.state === 'error') this.#key = undefined;
    else if (this.state === 'loading') {
      queueMicrotask(() => {
        if (this.isConnected) return;
        this.#abort?.abort();
        this.#key = undefined;
      });
    }
  }

  /**
   * `for="id"`: the element with that id is watched, so an edit of its JSON
   * shows, and so is the page, for another element taking the id (an
   * `innerHTML` swap); while there is none, the page is watched for one to appear.
   */
  #watchFor(id: string | undefined): void {
    if (!this.#observer) return;
    const root = this.getRootNode() as Document | ShadowRoot;
    const find = () => (id ? (root.getElementById?.(id) ?? this.ownerDocument.getElementById(id)) : null);
    const target = find();
    const watch = id ? (target ?? root) : undefined;
    if (watch === this.#watched) return;
    this.#observer.disconnect();
    this.#replaced?.disconnect();
    this.#observer.observe(this, OWN_CONTENT);
    if (watch) this.#observer.observe(watch, target ? OWN_CONTENT : { childList: true, subtree: true });
    // (A lookup by id per change of the page, no more: the target's text is read only when it is another element.)
    // (The tree the target is in: the page's, when the element sits in a shadow root and its JSON in the document.)
    if (target) (this.#replaced = new MutationObserver(() => find() !== target && this.#load())).observe(target.getRootNode(), { childList: true, subtree: true });
    this.#watched = watch;
  }

  /** The time to wait for `src` (and for a vote or a subscription): the `timeout` attribute when it is a positive number (at most 2³¹ − 1 ms, what a timer takes), else 10 s. */
  protected get timeoutMs(): number {
    const t = Number(this.timeout);
    return Number.isFinite(t) && t > 0 ? Math.min(t, 2 ** 31 - 1) : DEFAULT_TIMEOUT_MS;
  }

  /**
   * Waits for the words of the element's language (a table loaded on demand,
   * see src/i18n) before showing anything but the first placeholder, so a
   * German page never flashes English. English and loaded languages: no wait.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const words = this.hasUpdated || this.state !== 'loading' ? this.#wordsFor(this.comparison) : null;
    return words ? words.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /**
   * What showing `c` waits for, or null: the interface's words in the
   * element's language, and the words the comparison's values are written
   * with ("14 Stunden"), each a file loaded on demand (src/i18n).
   */
  #wordsFor(c: Comparison | undefined): Promise<unknown> | null {
    const waits = [loadStrings(localeOf(this, c)), c ? loadWords(dataLocaleOf(this, c)) : null].filter((w) => w);
    return waits.length ? Promise.all(waits) : null;
  }

  /**
   * Server HTML that something changed on its way (a CMS's auto-paragraphs, WordPress's wpautop, put `<p>`s in the
   * shadow root's markup) cannot be hydrated: Lit throws ("could not find node for attribute parts") and the element
   * was left dead. Rendered afresh in its place instead, with its own style sheets, as without hydration support.
   */
  protected override update(changed: PropertyValues<this>): void {
    try {
      super.update(changed);
    } catch (e) {
      if (!this.#hydrating) throw e;
      const root = this.renderRoot as ShadowRoot;
      root.replaceChildren();
      adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
      render(this.render(), root, this.renderOptions);
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data') || changed.has('src') || changed.has('for') || changed.has('timeout')) {
      if (changed.has('src') && this.state === 'error') this.#key = undefined;
      this.#load();
    }
  }

  protected override updated(_changed: PropertyValues<this>): void {
    this.#syncJsonLd();
    this.#syncLang();
    this.#syncDir();
    if (!isServer) syncHostTheme(this, this.#framed);
    if (this.state === 'loading') this.setAttribute('aria-busy', 'true');
    else this.removeAttribute('aria-busy');
    // Announce each outcome once, after it has rendered.
    const outcome = this.state === 'error' ? this.error : this.state === 'loading' ? undefined : this.comparison;
    if (outcome && outcome !== this.#announced) {
      this.#announced = outcome;
      if (this.state === 'error') emit(this, 'compare-error', this.error!);
      else {
        // "Validated and rendered": an element made of others (<compare-page>) waits for them.
        const announce = () => this.comparison === outcome && emit(this, 'compare-load', { comparison: outcome });
        const inner = this.innerRendered();
        if (inner) void inner.then(announce, announce);
        else announce();
      }
    }
    // Hydration rendered exactly what the server did; now what only the browser knows (a remembered vote).
    if (this.#hydrating) {
      this.#hydrating = false;
      void this.updateComplete.then(() => this.requestUpdate());
    }
  }

  /**
   * True during the first render over server-rendered HTML, which must match
   * the server's output (same templates), so it must not depend on what only
   * the browser knows (localStorage, the URL); the next render may.
   */
  protected get hydrating(): boolean {
    return this.#hydrating;
  }

  /**
   * One JSON-LD script in the light DOM (crawlers don't read shadow roots):
   * created once (or adopted when server-rendered), updated with the data,
   * removed with the element or when turned off. It is written while the page
   * is idle after the render that needs it (it is for crawlers, which wait for
   * the page to settle; a reader need not wait for it); it goes at once.
   */
  #syncJsonLd(): void {
    if (isServer || !this.isConnected) return;
    const c = this.#jsonLdComparison();
    if (!c) {
      this.#jsonLd?.remove();
      return;
    }
    if (this.#jsonLd?.parentNode === this && this.#jsonLdDescribes(c, location.href)) return;
    if (this.#jsonLdPending) return;
    this.#jsonLdPending = true;
    whenIdle(() => {
      this.#jsonLdPending = false;
      const now = this.isConnected ? this.#jsonLdComparison() : undefined;
      if (now) this.#writeJsonLd(now);
    });
  }

  /** Whether the script was made for this comparison at this page address. */
  #jsonLdDescribes(c: Comparison, href: string): boolean {
    return this.#jsonLdOf?.c === c && this.#jsonLdOf.href === href && this.#jsonLdOf.faq === this.showsFaq;
  }

  /** Whether the element shows the FAQ, so its structured data may describe it (an FAQPage). */
  protected get showsFaq(): boolean {
    return false;
  }

  /** The comparison to describe, when structured data is on and one is shown. */
  #jsonLdComparison(): Comparison | undefined {
    const on = this.structuredData ?? this.structuredDataByDefault;
    return on && this.state === 'ready' ? this.comparison : undefined;
  }

  #writeJsonLd(c: Comparison): void {
    this.#jsonLd ??= this.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"][data-compare-kit]') ?? undefined;
    // Made again only for another comparison or page address (not on every update).
    const href = location.href;
    if (!this.#jsonLd || !this.#jsonLdDescribes(c, href)) {
      const text = scriptJson(comparisonJsonLd(c, href, { faq: this.showsFaq }));
      if (this.#jsonLd?.textContent !== text) {
        const next = jsonLdScript(text);
        if (this.#jsonLd?.parentNode === this) this.#jsonLd.replaceWith(next);
        this.#jsonLd = next;
      }
      this.#jsonLdOf = { c, href, faq: this.showsFaq };
    }
    if (this.#jsonLd.parentNode !== this) this.append(this.#jsonLd);
  }

  /**
   * A page that says no language (no `lang` on the element or above it) gets
   * the comparison's on the element, so assistive technology reads its words
   * in it (WCAG 3.1.1); removed again when it no longer applies.
   */
  #syncLang(): void {
    if (this.hasAttribute('lang') && !this.#autoLang) return;
    const want = this.state === 'ready' && this.comparison?.locale && !inheritedLang(this) ? dataLocaleOf(this, this.comparison) : undefined;
    if (want && this.getAttribute('lang') !== want) {
      // Written for the first time, it is the language the render already used (nothing inherited: the comparison's):
      // no render again. Replacing another comparison's, it is not.
      this.#writingLang = !this.hasAttribute('lang');
      this.setAttribute('lang', want);
      this.#writingLang = false;
    } else if (!want && this.#autoLang) this.removeAttribute('lang');
    this.#autoLang = !!want;
  }

  /**
   * Right-to-left languages lay out right to left even when the page did not
   * say so: `dir="rtl"` on the host unless the author set `dir` themselves.
   * So does a page laid out right to left by CSS alone (`direction: rtl`, no
   * `dir`), whose direction the styles' `:dir(rtl)` would not see; and the
   * reverse, a block laid out left to right by CSS (`direction: ltr`, a
   * `.ltr` class) on a `dir="rtl"` page gets `dir="ltr"`.
   */
  #syncDir(): void {
    if (this.hasAttribute('dir') && !this.#autoDir) return;
    const ready = this.state === 'ready';
    // A right-to-left language: at once, as the render speaks it. A direction set by CSS alone is read with every
    // element's, once a frame before it is painted: each read is a style recalculation, and made at each update
    // (twelve in <compare-page>'s first render) it took that render from ×1.5 to ×2.5 of the static limit.
    if (!ready || isRtl(this.locale)) return this.#setDir(ready && getComputedStyle(layoutParent(this)).direction !== 'rtl' && 'rtl');
    if (!dirQueue.size)
      requestAnimationFrame(() => {
        const queued = [...dirQueue];
        dirQueue.clear();
        for (const [el, p] of queued) {
          // Still as it was queued (the direction CSS gives its layout, where its styles' `:dir()` would not see it).
          if (el.state !== 'ready' || (el.hasAttribute('dir') && !el.#autoDir) || isRtl(el.locale)) continue;
          // (Every engine this supports has :dir() in selectors, as the styles use it.)
          const d = getComputedStyle(p).direction;
          el.#setDir(p.matches(':dir(rtl)') !== (d === 'rtl') && d);
        }
      });
    dirQueue.set(this, layoutParent(this));
  }

  #setDir(want: string | false): void {
    if (want && this.getAttribute('dir') !== want) this.setAttribute('dir', want);
    else if (!want && this.#autoDir) this.removeAttribute('dir');
    this.#autoDir = !!want;
  }

  /** Reads the inputs and, if they changed, validates or fetches. */
  #load(): void {
    if (isServer) {
      // Server rendering (@lit-labs/ssr): no DOM, so only the `data` property, validated at once.
      if (this.data === undefined || this.data === null || this.data === this.#key) return;
      this.#key = this.data;
      try {
        this.#show(resolveNow({ from: 'data', value: this.data }), undefined);
      } catch (e) {
        this.#fail(e);
      }
      return;
    }
    if (!this.isConnected) return;
    const input = findInput(this);
    this.#watchFor(input.from === 'for' ? input.id : undefined);
    const key = inputKey(input);
    if (key === this.#key) return;
    this.#key = key;
    this.#abort?.abort();
    this.#abort = undefined;

    // Not given anything yet (an app may set `data` in a moment), or `for`
    // names an element the parser has not reached: wait for the page, then
    // look again. Only then is it an error.
    if (input.from === 'none' || (input.from === 'for' && input.text === null)) {
      const waitFor = input.from === 'none' ? (document.readyState === 'complete' ? null : 'load') : document.readyState === 'loading' ? 'DOMContentLoaded' : null;
      if (waitFor) {
        this.#show(undefined, undefined);
        // Removed when the inputs change or the element leaves the page (both abort it), so
        // elements created and dropped while the page loads are not kept alive until `load`.
        const wait = (this.#abort = new AbortController());
        (waitFor === 'load' ? window : document).addEventListener(waitFor, () => this.#reloadIf(key), { once: true, signal: wait.signal });
        return;
      }
      if (input.from === 'none') {
        if (this.#dataGiven) this.#show(undefined, undefined);
        else {
          this.#fail(new ComparisonLoadError({ kind: 'parse', message: this.t.noData }));
          // Shown in the words of the element's language, also when its table arrives after this.
          this.#noData = this.error;
        }
        return;
      }
    }
    if (input.from !== 'src') {
      try {
        this.#show(resolveNow(input), undefined);
      } catch (e) {
        this.#fail(e);
      }
      return;
    }
    const abort = (this.#abort = new AbortController());
    this.#show(undefined, undefined);
    resolveSrc(input.url, { signal: abort.signal, timeout: this.timeoutMs }).then(
      (c) => {
        if (!abort.signal.aborted) this.#show(c, undefined);
      },
      (e) => {
        if (!abort.signal.aborted) this.#fail(e);
      },
    );
  }

  /** Loads again if the inputs are still those seen when a wait began. */
  #reloadIf(key: unknown): void {
    if (this.#key !== key) return;
    this.#key = undefined;
    this.#load();
  }

  #show(comparison: Comparison | undefined, error: LoadErrorDetail | undefined, waited = false): void {
    // A comparison waits for the words of its languages before it shows, a comparison shown meanwhile staying (else the
    // placeholder): whether it is empty may depend on them (a chart of "в 2 раза" against "3x" has a row only once
    // Russian's words are there), and one read during an update (an app's `data`, set after the element went on the
    // page) is past scheduleUpdate()'s wait. (Once: words that failed to load are not waited for again.)
    if (comparison && !waited && !isServer) {
      const words = this.#wordsFor(comparison);
      if (words) {
        const key = this.#key;
        void words.then(() => this.#key === key && this.#show(comparison, error, true));
        if (this.state !== 'ready') [this.comparison, this.error, this.state] = [undefined, undefined, 'loading'];
        return;
      }
    }
    this.comparison = comparison;
    this.error = error;
    this.state = error ? 'error' : !comparison ? 'loading' : this.isEmpty(comparison) ? 'empty' : 'ready';
  }

  #fail(e: unknown): void {
    const detail =
      e instanceof ComparisonLoadError
        ? e.toDetail()
        : { kind: 'network' as const, message: `could not load the comparison: ${(e as Error)?.message ?? String(e)}` };
    this.#show(undefined, detail);
  }

  /**
   * The language the element speaks: `lang` on it or an ancestor (across
   * shadow roots), else the comparison's `locale`, else English.
   */
  protected get locale(): string {
    return localeOf(this, this.comparison);
  }

  /**
   * Language of parts (WCAG 3.1.2). When the comparison's `locale` is another
   * language than the interface words' (a German comparison on an English
   * page), `data` is its tag, for `lang` on what shows the comparison's own
   * text, and `ui` the interface's, for the interface words inside such a
   * part ("best", "not available"). Both `nothing` (no attribute) otherwise,
   * which is the usual case.
   */
  protected get langs(): Langs {
    const c = this.comparison;
    const ui = this.uiLang ?? this.locale;
    if (!c?.locale && ui === this.locale) return SAME_LANGUAGE;
    const data = dataLocaleOf(this, c);
    return sameLanguage(data, ui) ? SAME_LANGUAGE : { data, ui };
  }

  /**
   * The language of the interface words when it is not the element's own: a
   * page in a language compare-kit has no table for ("ur") reads them in
   * English, marked so (the render is wrapped in `lang="en"`). Else undefined.
   */
  protected get uiLang(): string | undefined {
    const locale = this.locale;
    const words = stringsLanguage(locale);
    return words === locale ? undefined : words;
  }

  /** The interface words in the element's language, with its `strings` overrides. */
  protected get t(): Strings {
    const locale = this.locale;
    const w = this.#words;
    const revision = stringsRevision();
    if (w && w.locale === locale && w.overrides === this.strings && w.revision === revision) return w.value;
    const value = stringsFor(locale, this.strings);
    this.#words = { locale, overrides: this.strings, revision, value };
    return value;
  }

  /** The heading level to use, clamped to 1–6 whatever the attribute says. */
  protected get level(): number {
    const n = Math.round(Number(this.headingLevel));
    return Number.isFinite(n) ? Math.min(6, Math.max(1, n)) : 2;
  }

  /**
   * For an element made of other elements: resolves once they have rendered
   * too, so `compare-load` means what it says. None by default.
   */
  protected innerRendered(): Promise<unknown> | undefined {
    return undefined;
  }

  /** True when the comparison has nothing for this element (it then takes no space). */
  protected isEmpty(_comparison: Comparison): boolean {
    return false;
  }

  /** The element's own view of a loaded, valid comparison. */
  protected abstract renderComparison(comparison: Comparison): TemplateResult | typeof nothing;

  protected override render() {
    const content = this.#content();
    // One box around it all, the container its layout answers (`.root` in styles/tokens.ts), marked with the
    // interface's language when it is not the element's (English on a page in a language without a table).
    return content === nothing ? content : html`<div class="root" lang=${this.uiLang ?? nothing}>${content}</div>`;
  }

  #content() {
    switch (this.state) {
      case 'ready':
        return this.renderComparison(this.comparison!);
      case 'error':
        return this.renderError(this.error!);
      case 'empty':
        return nothing;
      default:
        return html`<div part="placeholder" class="placeholder"><span class="visually-hidden">${this.t.loading}</span></div>`;
    }
  }

  /** The "no data" error, whose words are the element's language's (see renderError). */
  #noData: LoadErrorDetail | undefined;

  protected renderError(error: LoadErrorDetail): TemplateResult {
    const issues = error.issues ?? [];
    const shown = issues.slice(0, 20);
    // Each line isolated in its own direction (<bdi>): the details are in English (and say so, for a screen
    // reader's voice on a page in another language), and on a right-to-left page "required (a string)." keeps
    // its brackets and full stop where they belong.
    // Author text in a message (a JSON snippet, an id, a URL) with its invisible characters named ("<U+202E>"), as
    // the CLI prints it: one that turns the line around would turn the message around.
    return html`<div part="error" class="error" role="alert">
      <strong><bdi>${this.t.errorTitle}</bdi></strong>
      ${issues.length > 1 || (issues.length === 1 && error.kind === 'schema')
        ? html`<bdi lang="en">${source(visible(error.message))}</bdi><bdi>${this.t.problems(issues.length)}</bdi>
            <ul>
              ${shown.map((i) => html`<li><bdi lang="en"><code>${visible(i.path)}</code>: ${i.message}</bdi></li>`)}
              ${issues.length > shown.length ? html`<li><bdi>${this.t.moreIssues(issues.length - shown.length)}</bdi></li>` : nothing}
            </ul>`
        : error === this.#noData
          ? html`<bdi>${this.t.noData}</bdi>`
          : html`<bdi lang="en">${visible(error.message)}</bdi>`}
    </div>`;
  }
}

/**
 * A new `<script type="application/ld+json" data-compare-kit>` holding `json`.
 * Made from markup through Lit's template (and so Lit's Trusted Types policy),
 * because on a page that enforces Trusted Types (`require-trusted-types-for
 * 'script'`, only the `lit-html` policy allowed) a script's text cannot be set
 * from script at all, JSON included: `textContent`, `text` or an appended text
 * node need a TrustedScript and are blocked. A script parsed from markup is not.
 * The markup is safe by construction: `json` is JSON (scriptJson()) with every
 * `<` escaped as `\u003c`, so it cannot end the script or open a tag; the
 * replace below keeps that true whatever the caller passes. (Lit keeps one
 * template per distinct text: one per comparison and page address shown.)
 */
function jsonLdScript(json: string): HTMLScriptElement {
  const fragment = document.createDocumentFragment();
  render(staticHtml`<script type="application/ld+json" data-compare-kit>${unsafeStatic(json.replace(/</g, '\\u003c'))}</script>`, fragment);
  return fragment.querySelector('script')!;
}

/**
 * Where the data came from ("the data property: "), before its count of problems, which the error box says in the
 * element's language (the count is `en.problems()`, as src/schema/parse.ts writes it).
 */
function source(message: string): string {
  const at = message.search(/\d+ problems? in the comparison data/);
  return at === -1 ? message : message.slice(0, at);
}
