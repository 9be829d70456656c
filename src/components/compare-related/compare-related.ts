import { html, nothing } from 'lit';
import { CompareElement } from '../../base/compare-element.js';
import type { Comparison, Link } from '../../schema/comparison.js';
import { disclosure, linkCategory, linkDescription, renderLink } from '../../base/links.js';
import { styles } from './compare-related.styles.js';

/** `related` split in two, document order kept: kind "comparison", and the rest (articles). */
export function splitRelated(links: readonly Link[]): { comparisons: Link[]; articles: Link[] } {
  return {
    comparisons: links.filter((l) => l.kind === 'comparison'),
    articles: links.filter((l) => l.kind !== 'comparison'),
  };
}

/**
 * "Related Comparisons" and "Related Articles": the comparison's `related`
 * links as a grid of cards (side by side when the element is wide, stacked
 * when narrow), each with its `category` ("software") beside the title and
 * its `description` under it when given.
 *
 * Links of kind `comparison` are related comparisons; every other link
 * (`article`, no kind, …) is a related article. The two groups sit in a
 * `<nav>` labelled "Related"; each group's heading is at the element's
 * `heading-level` (they are peers, as on the reference page). Link `rel` and
 * `target` follow the same rules as <compare-resources> (external: new tab,
 * `noopener noreferrer`; affiliate: `sponsored nofollow noopener`). The whole
 * card is clickable; the link's name is just the title.
 *
 * @summary Related comparisons and articles as cards with category and description.
 * @csspart nav - the `<nav>` around both groups.
 * @csspart heading - a group heading (also `group-heading`).
 * @csspart group - one group; also `comparisons` or `articles`.
 * @csspart comparisons - the "Related Comparisons" group (beside `group`).
 * @csspart articles - the "Related Articles" group (beside `group`).
 * @csspart group-heading - "Related Comparisons" / "Related Articles".
 * @csspart list - the cards of a group (`<ul>`).
 * @csspart card - one card (`<li>`).
 * @csspart link - the link (the title).
 * @csspart category - the category beside the title ("software").
 * @csspart description - the description under it.
 * @csspart disclosure - the affiliate disclosure above a group holding an affiliate link.
 * @cssproperty [--compare-related-card-bg=var(--compare-color-surface)] - card background.
 * @cssproperty [--compare-related-card-border-color=var(--compare-color-border)] - card border.
 * @cssproperty [--compare-related-card-hover-border-color=var(--compare-color-accent)] - card border on hover and focus.
 * @cssproperty [--compare-related-card-min-width=15rem] - narrowest card before the grid drops a column (articles: 1.5×).
 * @cssproperty [--compare-related-placeholder-height=15.5rem] - height kept while loading.
 */
export class CompareRelated extends CompareElement {
  static override readonly parts = [...CompareElement.parts, 'nav', 'heading', 'group', 'comparisons', 'articles', 'group-heading', 'list', 'card', 'link', 'category', 'description', 'disclosure'];
  static override styles = [...CompareElement.styles, styles];

  protected override isEmpty(c: Comparison): boolean {
    return !c.related?.length;
  }

  protected override renderComparison(c: Comparison) {
    const s = this.t;
    const { comparisons, articles } = splitRelated(c.related ?? []);
    return html`<nav part="nav" aria-label=${s.related}>
      ${this.#renderGroup('comparisons', s.relatedComparisons, comparisons)} ${this.#renderGroup('articles', s.relatedArticles, articles)}
    </nav>`;
  }

  #renderGroup(name: 'comparisons' | 'articles', title: string, links: Link[]) {
    if (!links.length) return nothing;
    const langs = this.langs;
    return html`<div part="group ${name}" class="group ${name}">
      <div part="heading group-heading" class="heading" role="heading" aria-level=${this.level}>${title}</div>
      ${links.some((l) => l.kind === 'affiliate') ? disclosure(this.t.affiliateDisclosure) : nothing}
      <ul part="list" class="list" lang=${langs.data}>
        ${links.map(
          (l) => html`<li part="card" class="card">
            <span class="title">${renderLink(l, this.t, langs.ui)}${linkCategory(l)}</span>
            ${linkDescription(l)}
          </li>`,
        )}
      </ul>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'compare-related': CompareRelated;
  }
}
