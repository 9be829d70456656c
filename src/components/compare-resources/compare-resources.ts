import { html, nothing, type PropertyDeclarations } from 'lit';
import { CompareElement } from '../../base/compare-element.js';
import { heading } from '../../base/fragments.js';
import type { Comparison, Link, LinkKind } from '../../schema/comparison.js';
import { disclosure, linkCategory, linkDescription, renderLink } from '../../base/links.js';
import { styles } from './compare-resources.styles.js';

/** Order of the groups under "Resources & Learn More". */
const KIND_ORDER = ['reference', 'article', 'video', 'comparison'] as const satisfies readonly LinkKind[];

export interface LinkGroup {
  /** The link kind of the group: "affiliate" for "Where to Buy". */
  kind: LinkKind;
  links: Link[];
}

/**
 * The groups of `resources`, in display order: "Where to Buy" (affiliate
 * links) first, as on the reference page, then reference, article, video,
 * comparison. Links without a kind join the first of those groups (after its
 * own links); when there is no such group they form one, headed like a
 * reference group. Empty groups are left out; order within a group is the
 * document's.
 */
export function groupResources(links: readonly Link[]): LinkGroup[] {
  const affiliate = links.filter((l) => l.kind === 'affiliate');
  const groups: LinkGroup[] = KIND_ORDER.map((kind) => ({ kind, links: links.filter((l) => l.kind === kind) })).filter((g) => g.links.length);
  const unkinded = links.filter((l) => !l.kind);
  if (unkinded.length) {
    if (groups[0]) groups[0].links.push(...unkinded);
    else groups.push({ kind: 'reference', links: unkinded });
  }
  return affiliate.length ? [{ kind: 'affiliate', links: affiliate }, ...groups] : groups;
}

/**
 * "Resources & Learn More": the comparison's `resources` as lists of links,
 * grouped by kind, and "Where to Buy" for affiliate links with the affiliate
 * disclosure.
 *
 * Groups: "Where to Buy" (kind `affiliate`) first, then Reference, Articles,
 * Videos, Comparisons; links without a kind join the first of those groups.
 *
 * Links: external (`http:`/`https:`) links open in a new tab
 * (`target="_blank" rel="noopener noreferrer"`) and say so to screen readers
 * ("(opens in a new tab)", with a decorative ↗). Affiliate links get exactly
 * `rel="sponsored nofollow noopener"` (no `noreferrer`: some affiliate
 * programs need the Referer; they still open in a new tab when external).
 * Relative and `mailto:` links open in place.
 *
 * @summary Resources grouped by kind, and "Where to Buy" affiliate links with their disclosure.
 * @attr affiliate-disclosure - the disclosure shown above affiliate links (default: "As an affiliate, we may earn a commission…"). An empty value keeps the default: the disclosure cannot be removed.
 * @csspart heading - the "Resources & Learn More" heading.
 * @csspart intro - the line under it ("Dive deeper with these curated resources").
 * @csspart group - one group of links; also `affiliate` on "Where to Buy".
 * @csspart affiliate - the "Where to Buy" group (beside `group`).
 * @csspart group-heading - the heading of a group ("Where to Buy", "Reference", "Articles", …).
 * @csspart list - the list of links of a group (`<ul>`).
 * @csspart link - a link (`<a>`).
 * @csspart category - a link's category, when given.
 * @csspart description - a link's description, when given.
 * @csspart disclosure - the affiliate disclosure.
 * @cssproperty [--compare-resources-border-color=var(--compare-color-border)] - border of a group.
 * @cssproperty [--compare-resources-group-bg=transparent] - background of a group.
 * @cssproperty [--compare-resources-affiliate-bg=var(--compare-color-subtle)] - background of the "Where to Buy" group.
 * @cssproperty [--compare-resources-link-color=var(--compare-color-accent)] - link colour.
 * @cssproperty [--compare-resources-placeholder-height=15rem] - height kept while loading.
 */
export class CompareResources extends CompareElement {
  static override readonly parts = [...CompareElement.parts, 'heading', 'intro', 'group', 'affiliate', 'group-heading', 'list', 'link', 'category', 'description', 'disclosure'];
  static override styles = [...CompareElement.styles, styles];
  static override properties: PropertyDeclarations = {
    ...CompareElement.properties,
    affiliateDisclosure: { type: String, attribute: 'affiliate-disclosure' },
  };

  /** Replaces the default affiliate disclosure text (an empty string keeps the default). */
  declare affiliateDisclosure: string | undefined;

  protected override isEmpty(c: Comparison): boolean {
    return !c.resources?.length;
  }

  protected override renderComparison(c: Comparison) {
    const s = this.t;
    const groups = groupResources(c.resources ?? []);
    return html`
      ${heading(s.resources, this.level)}
      <p part="intro" class="intro">${s.resourcesIntro}</p>
      <div class="groups">${groups.map((g) => this.#renderGroup(g))}</div>
    `;
  }

  #renderGroup(g: LinkGroup) {
    const s = this.t;
    const affiliate = g.kind === 'affiliate';
    const title = affiliate ? s.whereToBuy : (s.linkKinds[g.kind] ?? g.kind);
    const langs = this.langs;
    return html`<div part=${affiliate ? 'group affiliate' : 'group'} class="group ${affiliate ? 'affiliate' : ''}">
      <div part="group-heading" class="group-heading" role="heading" aria-level=${Math.min(6, this.level + 1)}>${title}</div>
      ${affiliate ? disclosure(this.affiliateDisclosure?.trim() || s.affiliateDisclosure) : nothing}
      <ul part="list" class="list" lang=${langs.data}>
        ${g.links.map(
          (l) => html`<li class="entry">
            ${renderLink(l, s, langs.ui)}${linkCategory(l)}
            ${linkDescription(l)}
          </li>`,
        )}
      </ul>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'compare-resources': CompareResources;
  }
}
