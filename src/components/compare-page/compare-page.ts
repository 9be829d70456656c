import { css, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { CompareElement } from '../../base/compare-element.js';
import type { Comparison } from '../../schema/comparison.js';
import { PLACEHOLDER_HEIGHT } from '../../styles/placeholders.js';
import { styleProps } from '../../base/fragments.js';

/**
 * The sections, in the reference page's order (its "Track this comparison"
 * box comes right after the verdict); `sections="…"` picks and orders them.
 */
export const SECTIONS = ['header', 'verdict', 'track', 'facts', 'highlights', 'table', 'chart', 'proscons', 'faq', 'resources', 'related'] as const;
export type Section = (typeof SECTIONS)[number];

/**
 * A `sections` value ("verdict facts", "verdict, facts", or a list) as names,
 * lower case: the known ones in their order without repeats, and the unknown
 * ones (for <compare-page>, the server renderer and `compare-kit embed` alike).
 */
export function readSections(value: string | readonly string[]): { known: Section[]; unknown: string[] } {
  const names = (typeof value === 'string' ? value.split(/[\s,]+/) : [...value]).map((s) => s.trim().toLowerCase()).filter(Boolean);
  const isSection = (s: string): s is Section => (SECTIONS as readonly string[]).includes(s);
  return { known: [...new Set(names.filter(isSection))], unknown: names.filter((s) => !isSection(s)) };
}

/**
 * The heading level of a section of a page whose title (the header) is at
 * `level`: the sections after the header are one below it, so the page's
 * outline has the comparison's title over its sections ("Python vs Rust" an
 * h2 over an h3 "Our Verdict"); the header, and sections before or without
 * it, are at `level`.
 */
export function sectionLevel(level: number, sections: readonly Section[], section: Section): number {
  const header = sections.indexOf('header');
  return header >= 0 && sections.indexOf(section) > header ? Math.min(6, level + 1) : level;
}

/** `unknown section "fact": one of header, verdict, …` */
export function unknownSectionsMessage(unknown: readonly string[]): string {
  return `unknown section${unknown.length > 1 ? 's' : ''} ${unknown.map((s) => `"${s}"`).join(', ')}: one of ${SECTIONS.join(', ')}`;
}

/**
 * A whole comparison page: every section element, fed from one data load
 * (one request for `src`), in the reference page's order or as `sections`
 * says. Structured data (JSON-LD) is on by default.
 *
 * @summary Every section of a comparison, from one data load.
 * @attr sections - space-separated section names to show, in that order: header verdict track facts highlights table chart proscons faq resources related (default: all, in that order).
 * @attr heading-level - level of the comparison's title (the header section; default 2); the sections after it are one level below, the others at it.
 * @attr structured-data - JSON-LD for crawlers; on by default here, "false" turns it off.
 * @attr baseline - passed to the facts section.
 * @attr scale - passed to the chart section ("auto", "linear", "log").
 * @attr vote-endpoint - passed to the verdict section.
 * @attr endpoint - passed to the track section.
 * @attr affiliate-disclosure - passed to the resources section.
 * @csspart section - the wrapper of each section; also `section-<name>`.
 * @slot track - filled by the page itself with its <compare-track> (kept in the light DOM so browsers' autofill sees the email field); style it as `compare-page > compare-track::part(…)`.
 * @csspart <name>-<part> - every part of a section's element, e.g. `verdict-heading`, `facts-table`; also unprefixed (`heading` styles every heading).
 * @cssproperty [--compare-page-gap=2.5rem] - space between sections.
 * @cssproperty [--compare-page-placeholder-height=auto] - least height kept while loading; the placeholder is one block per section shown, each as high as that section's own (`--compare-<section>-placeholder-height`).
 */
export class ComparePage extends CompareElement {
  static override styles = [
    ...CompareElement.styles,
    css`
      :host {
        --_placeholder: var(--compare-page-placeholder-height, auto);
      }
      .sections {
        display: flex;
        flex-direction: column;
        gap: var(--compare-page-gap, 2.5rem);
      }
      /*
       * Each section resets the text properties a page sets around it (see
       * :host in styles/tokens.ts); here the page's own are passed on, so a
       * reader's text spacing (WCAG 1.4.12) set on <compare-page> reaches them.
       */
      [part~='section'] > *,
      ::slotted(compare-track) {
        /* The page spaces its sections (the gap above). */
        margin-block: 0;
        letter-spacing: inherit;
        word-spacing: inherit;
        line-height: inherit;
      }
      /* A section with nothing to show (no FAQ in the data…) takes no space, not even a gap. */
      [part~='section']:has(> [state='empty']) {
        display: none;
      }
      /* "Last updated" once: in the key facts' footer, where the reference page has it, when the page shows them. */
      .sections:has(compare-facts[state='ready']) compare-header::part(updated) {
        display: none;
      }
    `,
  ];
  static override properties: PropertyDeclarations = {
    ...CompareElement.properties,
    sections: { type: String },
    baseline: { type: String },
    scale: { type: String },
    voteEndpoint: { type: String, attribute: 'vote-endpoint' },
    endpoint: { type: String },
    affiliateDisclosure: { type: String, attribute: 'affiliate-disclosure' },
  };

  declare sections: string | undefined;
  declare baseline: string | undefined;
  declare scale: string | undefined;
  declare voteEndpoint: string | undefined;
  declare endpoint: string | undefined;
  declare affiliateDisclosure: string | undefined;

  protected override structuredDataByDefault = true;

  protected override get showsFaq(): boolean {
    return this.sectionList.includes('faq');
  }

  /**
   * Empty when every section it shows is (sections="faq" and no FAQ): the page
   * then takes no space either, and says "empty", not "ready". Each section's
   * own test decides (the header and the track form are never empty).
   */
  protected override isEmpty(c: Comparison): boolean {
    type Section = { prototype: { isEmpty(c: Comparison): boolean } };
    return this.sectionList.every((s) => (customElements.get(`compare-${s}`) as unknown as Section | undefined)?.prototype.isEmpty.call(this, c));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Other sections may have something (or nothing) to show.
    const c = this.comparison;
    if (changed.has('sections') && c && (this.state === 'ready' || this.state === 'empty')) this.state = this.isEmpty(c) ? 'empty' : 'ready';
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // Sections announce their own loads; the page speaks for all of them.
    root.addEventListener('compare-load', stopInner);
    root.addEventListener('compare-error', stopInner);
    return root;
  }

  #track: HTMLElement | undefined;

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#syncTrack();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#track?.remove();
  }

  /** `compare-load` waits for the sections: the page has rendered when they have. */
  protected override innerRendered(): Promise<unknown> {
    const sections = [...this.renderRoot.querySelectorAll<CompareElement>('[part~="section"] > :not(slot)')];
    if (this.#track?.isConnected) sections.push(this.#track as CompareElement);
    return Promise.all(sections.map((el) => el.updateComplete));
  }

  /**
   * <compare-track> puts its email field in its own light DOM so autofill and
   * password managers see it; inside this element's shadow root they would
   * not. So the page keeps its track element in its own light DOM, slotted.
   */
  #syncTrack(): void {
    const c = this.state === 'ready' && this.sectionList.includes('track') ? this.comparison : undefined;
    if (!c) {
      this.#track?.remove();
      return;
    }
    const el = (this.#track ??= this.querySelector<HTMLElement>(':scope > compare-track[slot="track"]') ?? document.createElement('compare-track'));
    Object.assign(el, { data: c });
    const attrs: Record<string, string | undefined> = {
      slot: 'track',
      'heading-level': String(sectionLevel(this.level, this.sectionList, 'track')),
      theme: this.theme,
      endpoint: this.endpoint,
      lang: this.locale,
    };
    for (const [k, v] of Object.entries(attrs)) {
      if (v === undefined) el.removeAttribute(k);
      else if (el.getAttribute(k) !== v) el.setAttribute(k, v); // an unchanged value is not written again (observers see every write)
    }
    if (el.parentNode !== this) this.append(el);
    // A server-rendered track waits for its data (`defer-hydration`, see src/ssr/render.ts): it has it now.
    el.removeAttribute('defer-hydration');
  }

  /**
   * The sections to show: the attribute's known names in its order, or all
   * when it names none it knows (a typo must not leave an empty box). Unknown
   * names are reported once on the console.
   */
  get sectionList(): Section[] {
    if (!this.sections?.trim()) return [...SECTIONS];
    const { known, unknown } = readSections(this.sections);
    if (unknown.length && !warnedSections.has(this.sections)) {
      warnedSections.add(this.sections);
      console.warn(
        `compare-page: unknown section${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `"${u.slice(0, 40)}"`).join(', ')} in sections="${this.sections.slice(0, 200)}" (known: ${SECTIONS.join(', ')})${known.length ? '' : '; showing every section'}`,
      );
    }
    return known.length ? known : [...SECTIONS];
  }

  /** While loading: one placeholder per section to come, each of that section's height, so nothing jumps when they render. */
  protected override render() {
    if (this.state !== 'loading') return super.render();
    return html`<div part="placeholder" class="sections">
      ${this.sectionList.map(
        (s) =>
          html`<div class="placeholder" style=${styleProps({ 'min-block-size': `var(--compare-${s}-placeholder-height, var(--compare-placeholder-height, ${PLACEHOLDER_HEIGHT[s]}))` })}></div>`,
      )}
      <span class="visually-hidden">${this.t.loading}</span>
    </div>`;
  }

  protected override renderComparison(c: Comparison) {
    const list = this.sectionList;
    return html`<div class="sections">${list.map((s) => html`<div part="section section-${s}">${this.#section(s, c, sectionLevel(this.level, list, s))}</div>`)}</div>`;
  }

  #section(s: Section, c: Comparison, level: number) {
    const theme = this.theme ?? nothing;
    // Explicit, not inherited: a server renders each section on its own, with no tree to inherit from.
    const lang = this.locale;
    const parts = (tag: string) => exportParts(tag, s);
    switch (s) {
      case 'header':
        return html`<compare-header .data=${c} heading-level=${level} theme=${theme} lang=${lang} exportparts=${parts('compare-header')}></compare-header>`;
      case 'verdict':
        return html`<compare-verdict .data=${c} heading-level=${level} theme=${theme} lang=${lang} vote-endpoint=${this.voteEndpoint ?? nothing} exportparts=${parts('compare-verdict')}></compare-verdict>`;
      case 'facts':
        return html`<compare-facts .data=${c} heading-level=${level} theme=${theme} lang=${lang} baseline=${this.baseline ?? nothing} exportparts=${parts('compare-facts')}></compare-facts>`;
      case 'highlights':
        return html`<compare-highlights .data=${c} heading-level=${level} theme=${theme} lang=${lang} exportparts=${parts('compare-highlights')}></compare-highlights>`;
      case 'table':
        return html`<compare-table .data=${c} heading-level=${level} theme=${theme} lang=${lang} exportparts=${parts('compare-table')}></compare-table>`;
      case 'chart':
        return html`<compare-chart .data=${c} heading-level=${level} theme=${theme} lang=${lang} scale=${this.scale ?? nothing} exportparts=${parts('compare-chart')}></compare-chart>`;
      case 'proscons':
        return html`<compare-proscons .data=${c} heading-level=${level} theme=${theme} lang=${lang} exportparts=${parts('compare-proscons')}></compare-proscons>`;
      case 'faq':
        return html`<compare-faq .data=${c} heading-level=${level} theme=${theme} lang=${lang} exportparts=${parts('compare-faq')}></compare-faq>`;
      case 'resources':
        return html`<compare-resources .data=${c} heading-level=${level} theme=${theme} lang=${lang} affiliate-disclosure=${this.affiliateDisclosure ?? nothing} exportparts=${parts('compare-resources')}></compare-resources>`;
      case 'related':
        return html`<compare-related .data=${c} heading-level=${level} theme=${theme} lang=${lang} exportparts=${parts('compare-related')}></compare-related>`;
      case 'track':
        // The track form lives in the page's light DOM (see #syncTrack), slotted here.
        return html`<slot name="track"></slot>`;
    }
  }
}

const stopInner = (e: Event) => e.stopPropagation();

/** `sections` values already warned about: each once per page. */
const warnedSections = new Set<string>();

/** `heading, heading: verdict-heading, …` for every part the section's element documents. */
function exportParts(tag: string, section: string): string {
  const ctor = customElements.get(tag) as (CustomElementConstructor & { parts?: readonly string[] }) | undefined;
  const names = ctor?.parts ?? [];
  return names.flatMap((p) => [p, `${p}: ${section}-${p}`]).join(', ');
}

declare global {
  interface HTMLElementTagNameMap {
    'compare-page': ComparePage;
  }
}
