import { html, type PropertyValues } from 'lit';
import { CompareElement } from '../../base/compare-element.js';
import { heading } from '../../base/fragments.js';
import type { Comparison, Faq } from '../../schema/comparison.js';
import { renderRichText } from '../../rich-text/render.js';
import { styles } from './compare-faq.styles.js';

/** Longest slug (before the `faq-` prefix and any `-2` suffix). */
const MAX_SLUG = 60;

/**
 * The anchor ids of a list of questions, in order: `faq-` + the question's
 * slug. The slug is the question lowercased, accents dropped (NFKD),
 * every run of characters other than `a-z` and `0-9` turned into one `-`,
 * `-` trimmed from both ends, cut to 60 characters (and trimmed again).
 * A question with no such character (e.g. all CJK) gets its 1-based number.
 * Repeats get `-2`, `-3`, … in order of appearance.
 *
 * "Is Python or Rust better for web backends?" → `faq-is-python-or-rust-better-for-web-backends`
 */
export function faqAnchors(questions: readonly string[]): string[] {
  const used = new Set<string>();
  return questions.map((q, i) => {
    let slug = q
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, MAX_SLUG)
      .replace(/-+$/, '');
    if (!slug) slug = String(i + 1);
    let id = `faq-${slug}`;
    for (let n = 2; used.has(id); n++) id = `faq-${slug}-${n}`;
    used.add(id);
    return id;
  });
}

/**
 * "Frequently Asked Questions": each question a native `<details>` disclosure
 * (its `<summary>` is the question, the expanded state is exposed by the
 * browser), the answer as RichText.
 *
 * Links to a question: every question has an anchor id, `faq-<slug>` (see
 * `faqAnchors`: "Is MySQL still open source?" → `#faq-is-mysql-still-open-source`).
 * Ids inside a shadow root are not reachable by a URL fragment, so the
 * element handles the fragment itself: when it has rendered, and on every
 * `hashchange`, if `location.hash` is one of its questions' anchors, it opens
 * that question, scrolls it into view and focuses its summary.
 *
 * @summary Questions and answers as accessible disclosures that a `#faq-…` link opens.
 * @csspart heading - the "Frequently Asked Questions" heading.
 * @csspart list - the list of questions (`<ul>`).
 * @csspart item - one question and answer (the `<details>`, id `faq-<slug>`).
 * @csspart question - the question (the `<summary>`).
 * @csspart answer - the answer.
 * @csspart link - a link inside an answer.
 * @cssproperty [--compare-faq-border-color=var(--compare-color-border)] - lines between questions.
 * @cssproperty [--compare-faq-question-bg=transparent] - background of a question.
 * @cssproperty [--compare-faq-open-bg=var(--compare-color-subtle)] - background of an open question and its answer.
 * @cssproperty [--compare-faq-marker-color=var(--compare-color-accent)] - the open/closed chevron.
 * @cssproperty [--compare-faq-scroll-margin=1rem] - space kept above a question a `#faq-…` link scrolls to (e.g. under a sticky header).
 * @cssproperty [--compare-faq-placeholder-height=8.5rem] - height kept while loading.
 */
export class CompareFaq extends CompareElement {
  static override readonly parts = [...CompareElement.parts, 'heading', 'list', 'item', 'question', 'answer', 'link'];
  static override styles = [...CompareElement.styles, styles];

  #hashDoneFor: Comparison | undefined;
  readonly #onHashChange = () => this.openFromHash();
  /**
   * A link to the fragment the page is already at fires no hashchange: a
   * reader who closed that question and clicks the link again gets it opened
   * again (after the click, so the browser's own scroll comes first).
   */
  readonly #onClick = (e: MouseEvent) => {
    const link = e.composedPath().find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement);
    if (link && link.hash.startsWith('#faq-') && link.hash === location.hash && link.pathname === location.pathname) setTimeout(this.#onHashChange);
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.#onHashChange);
    document.addEventListener('click', this.#onClick);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#onHashChange);
    document.removeEventListener('click', this.#onClick);
    this.#hashDoneFor = undefined; // reconnecting looks at the fragment again
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Once per loaded comparison: the page may have been opened at #faq-….
    if (this.state === 'ready' && this.comparison && this.comparison !== this.#hashDoneFor) {
      this.#hashDoneFor = this.comparison;
      this.openFromHash();
    }
  }

  protected override get showsFaq(): boolean {
    return true;
  }

  protected override isEmpty(c: Comparison): boolean {
    return !c.faq?.length;
  }

  /**
   * Opens, scrolls to and focuses the question that `location.hash` names, if
   * it is one of this element's. Returns that `<details>`, or null.
   */
  openFromHash(): HTMLDetailsElement | null {
    if (this.state !== 'ready') return null;
    let id = location.hash.slice(1);
    try {
      id = decodeURIComponent(id);
    } catch {
      /* keep it as written */
    }
    if (!id.startsWith('faq-')) return null;
    const details = [...(this.renderRoot.querySelectorAll<HTMLDetailsElement>('details[part~="item"]') ?? [])].find((d) => d.id === id);
    if (!details) return null;
    details.open = true;
    details.scrollIntoView({ block: 'start' });
    details.querySelector<HTMLElement>('summary')?.focus({ preventScroll: true });
    return details;
  }

  protected override renderComparison(c: Comparison) {
    const faq = c.faq ?? [];
    const ids = faqAnchors(faq.map((f) => f.question));
    return html`
      ${heading(this.t.faq, this.level)}
      <ul part="list" class="list" lang=${this.langs.data}>
        ${faq.map((f, i) => this.#renderItem(f, ids[i]!))}
      </ul>
    `;
  }

  #renderItem(f: Faq, id: string) {
    return html`<li>
      <details part="item" class="item" id=${id}>
        <summary part="question" class="question"><span class="marker" aria-hidden="true"></span><span class="text">${f.question}</span></summary>
        <div part="answer" class="answer">${renderRichText(f.answer)}</div>
      </details>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'compare-faq': CompareFaq;
  }
}
