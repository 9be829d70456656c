/**
 * The `rel` and `target` of a comparison link, shared by <compare-resources>,
 * <compare-related>, a table's sources, the header's item links and RichText
 * links (pure functions, no DOM). The last three open in place.
 *
 * - An external link (`http:` / `https:`) opens in a new tab: `target="_blank"`
 *   and `rel="noopener noreferrer"`, and the element adds a visually hidden
 *   "(opens in a new tab)".
 * - An affiliate link (`kind: "affiliate"`) gets exactly
 *   `rel="sponsored nofollow noopener"`, as the format says, whether or not
 *   it is external. `noreferrer` is left out on purpose: some affiliate
 *   programs attribute the sale by the Referer, and `noopener` already cuts
 *   the opener. An external affiliate link still opens in a new tab.
 * - A relative or `mailto:` link opens in place and has no `rel`.
 *
 * URLs reach here already validated by the schema (allow-list); `safeHref`
 * checks again so a link can only render with an allowed URL.
 * `renderLink` puts these together (text through Lit bindings only).
 */
import { html, nothing } from 'lit';
import type { Strings } from './strings.js';
import type { Langs } from './fragments.js';
import type { Link } from '../schema/comparison.js';
import { isAllowedLink } from '../schema/url.js';

/** `http:` or `https:` (the only absolute URLs that open a new tab). */
export function isExternal(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

/** Opens in a new tab: external links, affiliate or not. */
export function opensInNewTab(link: Pick<Link, 'url'>): boolean {
  return isExternal(link.url);
}

/** The `rel` of a link, or undefined when it needs none. */
export function linkRel(link: Pick<Link, 'url' | 'kind'>): string | undefined {
  if (link.kind === 'affiliate') return 'sponsored nofollow noopener';
  return isExternal(link.url) ? 'noopener noreferrer' : undefined;
}

/** `_blank` for links that open in a new tab, else undefined. */
export function linkTarget(link: Pick<Link, 'url'>): '_blank' | undefined {
  return opensInNewTab(link) ? '_blank' : undefined;
}

/** The URL when it passes the allow-list (it always should: the schema checked it), else undefined. */
export function safeHref(url: string): string | undefined {
  return isAllowedLink(url) ? url : undefined;
}

/** A link's category beside it ("software") and its description under it, as resources and related show them. */
export const linkCategory = (link: Link) => (link.category ? html` <span part="category" class="category">${link.category}</span>` : nothing);
export const linkDescription = (link: Link) =>
  link.description ? html`<p part="description" class="description">${link.description}</p>` : nothing;

/** A row's citation under its label (key facts, full table): a small link, `rel` by its kind. */
export const sourceLink = (source: Link) => html`<a part="source" class="source" href=${source.url} rel=${linkRel(source) ?? nothing}>${source.title}</a>`;

/** The affiliate disclosure that goes with affiliate links (resources, related, a table's sources). */
export const disclosure = (text: string) => html`<p part="disclosure" class="disclosure"><bdi>${text}</bdi></p>`;

/**
 * A link of a comparison: allowed URL only, rel/target by kind, "(opens in a
 * new tab)" for screen readers (in the interface's language, `ui`, when the
 * link's own text is in another: see CompareElement's `langs`).
 */
export function renderLink(link: Link, s: Strings, ui: Langs['ui'] = nothing) {
  const href = safeHref(link.url);
  if (!href) return html`<span part="link" class="link">${link.title}</span>`;
  const newTab = opensInNewTab(link);
  return html`<a part="link" class="link" href=${href} rel=${linkRel(link) ?? nothing} target=${linkTarget(link) ?? nothing}
    >${link.title}${newTab
      ? html`<span class="visually-hidden" lang=${ui}> ${s.opensInNewTab}</span><span class="new-tab" aria-hidden="true">↗</span>`
      : nothing}</a
  >`;
}
