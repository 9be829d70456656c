import { LitElement, html, isServer, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Comparison } from '../schema/comparison.js';
import { ComparisonLoadError, type LoadErrorDetail } from '../data/errors.js';
import { DEFAULT_TIMEOUT_MS } from '../data/fetch-comparison.js';
import { findInput, inputKey, resolveNow, resolveSrc } from '../data/source.js';
import { emit } from './events.js';
import type { Strings } from './strings.js';
import { isRtl, stringsFor } from '../i18n/index.js';
import { localeOf } from './locale.js';
import { comparisonJsonLd, scriptJson } from '../structured-data/json-ld.js';
import { base, tokens } from '../styles/tokens.js';

export type LoadState = 'loading' | 'ready' | 'error' | 'empty';

/**
 * What every compare-kit element shares: the four data inputs, validation,
 * the loading / error / empty states, the load events and the host styles.
 * An element extends it and implements `renderComparison()` (and `isEmpty()`).
 *
 * @attr src - URL of the comparison JSON.
 * @attr for - id of an element on the page whose text is the comparison JSON.
 * @attr timeout - milliseconds to wait for `src` (default 10000).
 * @attr theme - "light" (default), "dark", "auto" or "host".
 * @attr heading-level - level of the element's heading, 1 to 6 (default 2).
 * @attr structured-data - add the comparison as schema.org JSON-LD (a `<script type="application/ld+json">` child); "false" turns it off.
 * @attr state - reflected, read-only: "loading", "ready", "error" or "empty".
 * @csspart placeholder - the block that keeps the element's space while loading.
 * @csspart error - the error block (role="alert").
 * @cssproperty [--compare-placeholder-height=12rem] - height kept while loading.
 * @event compare-load - data validated and rendered; detail `{ comparison }`.
 * @event compare-error - loading or validation failed; detail `{ kind, message, status?, issues? }`.
 */
export abstract class CompareElement extends LitElement {
  static override styles = [tokens, base];

  /** The element's documented parts; <compare-page> forwards them (exportparts). */
  static readonly parts: readonly string[] = ['placeholder', 'error'];

  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    src: { type: String },
    for: { type: String },
    timeout: { type: Number },
    theme: { type: String, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
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
  declare data: unknown;
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
  #words: { locale: string; overrides: unknown; value: Strings } | undefined;
  #autoDir = false;

  /** Whether structured data is on when the attribute is absent (on for <compare-page>). */
  protected structuredDataByDefault = false;

  constructor() {
    super();
    this.timeout = DEFAULT_TIMEOUT_MS;
    this.headingLevel = 2;
    this.state = 'loading';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A CMS or framework may write the inline JSON after the element exists.
    this.#observer ??= new MutationObserver(() => this.#load());
    this.#observer.observe(this, { childList: true, subtree: true, characterData: true });
    this.#load();
    this.#syncJsonLd();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
    this.#jsonLd?.remove();
    if (this.state === 'loading') {
      this.#abort?.abort();
      this.#key = undefined; // reconnecting starts again
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data') || changed.has('src') || changed.has('for') || changed.has('timeout')) this.#load();
  }

  protected override updated(_changed: PropertyValues<this>): void {
    this.#syncJsonLd();
    this.#syncDir();
    if (this.state === 'loading') this.setAttribute('aria-busy', 'true');
    else this.removeAttribute('aria-busy');
    // Announce each outcome once, after it has rendered.
    const outcome = this.state === 'error' ? this.error : this.state === 'loading' ? undefined : this.comparison;
    if (outcome && outcome !== this.#announced) {
      this.#announced = outcome;
      if (this.state === 'error') emit(this, 'compare-error', this.error!);
      else emit(this, 'compare-load', { comparison: this.comparison! });
    }
  }

  /**
   * One JSON-LD script in the light DOM (crawlers don't read shadow roots):
   * created once (or adopted when server-rendered), updated with the data,
   * removed with the element or when turned off.
   */
  #syncJsonLd(): void {
    if (isServer || !this.isConnected) return;
    const on = this.structuredData ?? this.structuredDataByDefault;
    const c = on && this.state === 'ready' ? this.comparison : undefined;
    if (!c) {
      this.#jsonLd?.remove();
      return;
    }
    this.#jsonLd ??=
      this.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"][data-compare-kit]') ??
      Object.assign(document.createElement('script'), { type: 'application/ld+json' });
    this.#jsonLd.dataset['compareKit'] = '';
    const text = scriptJson(comparisonJsonLd(c, location.href));
    if (this.#jsonLd.textContent !== text) this.#jsonLd.textContent = text;
    if (this.#jsonLd.parentNode !== this) this.append(this.#jsonLd);
  }

  /**
   * Right-to-left languages lay out right to left even when the page did not
   * say so: `dir="rtl"` on the host unless the author set `dir` themselves.
   */
  #syncDir(): void {
    if (this.hasAttribute('dir') && !this.#autoDir) return;
    const rtl = this.state === 'ready' && isRtl(this.locale) && getComputedStyle(this.parentElement ?? this).direction !== 'rtl';
    if (rtl && this.getAttribute('dir') !== 'rtl') this.setAttribute('dir', 'rtl');
    else if (!rtl && this.#autoDir) this.removeAttribute('dir');
    this.#autoDir = rtl;
  }

  /** Reads the inputs and, if they changed, validates or fetches. */
  #load(): void {
    if (isServer || !this.isConnected) return;
    const input = findInput(this);
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
        (waitFor === 'load' ? window : document).addEventListener(waitFor, () => this.#reloadIf(key), { once: true });
        return;
      }
      if (input.from === 'none') {
        this.#fail(new ComparisonLoadError({ kind: 'parse', message: this.t.noData }));
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
    resolveSrc(input.url, { signal: abort.signal, timeout: this.timeout || DEFAULT_TIMEOUT_MS }).then(
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

  #show(comparison: Comparison | undefined, error: LoadErrorDetail | undefined): void {
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

  /** The interface words in the element's language, with its `strings` overrides. */
  protected get t(): Strings {
    const locale = this.locale;
    const w = this.#words;
    if (w && w.locale === locale && w.overrides === this.strings) return w.value;
    const value = stringsFor(locale, this.strings);
    this.#words = { locale, overrides: this.strings, value };
    return value;
  }

  /** The heading level to use, clamped to 1–6 whatever the attribute says. */
  protected get level(): number {
    const n = Math.round(Number(this.headingLevel));
    return Number.isFinite(n) ? Math.min(6, Math.max(1, n)) : 2;
  }

  /** True when the comparison has nothing for this element (it then takes no space). */
  protected isEmpty(_comparison: Comparison): boolean {
    return false;
  }

  /** The element's own view of a loaded, valid comparison. */
  protected abstract renderComparison(comparison: Comparison): TemplateResult | typeof nothing;

  protected override render() {
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

  protected renderError(error: LoadErrorDetail): TemplateResult {
    const issues = error.issues ?? [];
    const shown = issues.slice(0, 20);
    return html`<div part="error" class="error" role="alert">
      <strong>${this.t.errorTitle}</strong>
      ${issues.length > 1 || (issues.length === 1 && error.kind === 'schema')
        ? html`<span>${headline(error.message)}</span>
            <ul>
              ${shown.map((i) => html`<li><code>${i.path}</code>: ${i.message}</li>`)}
              ${issues.length > shown.length ? html`<li>${this.t.moreIssues(issues.length - shown.length)}</li>` : nothing}
            </ul>`
        : html`<span>${error.message}</span>`}
    </div>`;
  }
}

/** "…: 3 problems in the comparison data" without the inline list that follows it. */
function headline(message: string): string {
  const at = message.indexOf(' in the comparison data');
  return at === -1 ? message : `${message.slice(0, at + ' in the comparison data'.length)}:`;
}
