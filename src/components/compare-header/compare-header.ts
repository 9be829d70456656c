import { html, nothing } from 'lit';
import { CompareElement } from '../../base/compare-element.js';
import { dataLocaleOf, formatMonth } from '../../base/locale.js';
import { heading, itemColor, lastUpdated, type Langs } from '../../base/fragments.js';
import { linkRel } from '../../base/links.js';
import type { Comparison, Item } from '../../schema/comparison.js';
import { renderRichText } from '../../rich-text/render.js';
import { styles } from './compare-header.styles.js';

/** Intrinsic size given to item images so the card does not jump when they load. */
const IMAGE_SIZE = 64;

/**
 * The top of a comparison: its title and description, the items side by side
 * (name, linked to the item's site; logo; summary; who it is best for), the
 * "Short Answer" under them and the month of the last update, formatted in
 * the document's language. Never empty: a comparison always has a title and items.
 *
 * @summary Title, the items side by side, the short answer and the update month.
 * @csspart heading - the comparison title (a heading at `heading-level`).
 * @csspart description - the one-line subtitle.
 * @csspart items - the list of item cards.
 * @csspart item - one item card (its accent is the item's `color`).
 * @csspart item-name - the item's name (a heading one level below), a link when the item has a `url`.
 * @csspart item-link - the link of an item's name to its site (`<a>`), when it has a `url`.
 * @csspart item-image - the item's logo (`<img>`).
 * @csspart item-summary - the item's summary.
 * @csspart item-audience - "Best for …".
 * @csspart item-audience-label - the words "Best for".
 * @csspart short-answer - the "Short Answer" block.
 * @csspart short-answer-heading - its heading (one level below the title).
 * @csspart link - a link inside rich text.
 * @csspart updated - "Last updated Jun 2026."
 * @cssproperty [--compare-header-title-size=1.6em] - size of the comparison title.
 * @cssproperty [--compare-header-card-bg=var(--compare-color-surface)] - background of an item card.
 * @cssproperty [--compare-header-border-color=var(--compare-color-border)] - border of the cards and the short answer.
 * @cssproperty [--compare-header-accent-width=4px] - thickness of the item-coloured edge of a card.
 * @cssproperty [--compare-header-image-size=3rem] - box the item logo is fitted into (its height, and its width unless set below).
 * @cssproperty [--compare-header-image-width=var(--compare-header-image-size)] - the logo box's width: wordmarks need a wide box ("8rem"). A page sets it, as it knows its logos: the box stays fixed while they load, so nothing moves.
 * @cssproperty [--compare-header-card-min-width=13rem] - narrowest a card gets before the cards wrap.
 * @cssproperty [--compare-header-short-answer-bg=var(--compare-color-subtle)] - background of the short answer.
 * @cssproperty [--compare-header-placeholder-height=27.5rem] - height kept while loading.
 */
export class CompareHeader extends CompareElement {
  static override readonly parts = [...CompareElement.parts, 'heading', 'description', 'items', 'item', 'item-name', 'item-link', 'item-image', 'item-summary', 'item-audience', 'item-audience-label', 'short-answer', 'short-answer-heading', 'link', 'updated'];
  static override styles = [...CompareElement.styles, styles];

  protected override renderComparison(c: Comparison) {
    const s = this.t;
    const sub = Math.min(6, this.level + 1);
    const locale = dataLocaleOf(this, c);
    const langs = this.langs;
    return html`
      <div class="top" lang=${langs.data}>
        ${heading(c.title, this.level)}
        ${c.description ? html`<p part="description" class="description">${c.description}</p>` : nothing}
      </div>
      <ul part="items" class="items" lang=${langs.data}>
        ${c.items.map((item, i) => this.#renderItem(item, i, sub, langs))}
      </ul>
      ${c.shortAnswer
        ? html`<div part="short-answer" class="short-answer">
            <div part="short-answer-heading" class="subheading" role="heading" aria-level=${sub}>${s.shortAnswer}</div>
            <p lang=${langs.data}>${renderRichText(c.shortAnswer)}</p>
          </div>`
        : nothing}
      ${c.updated
        ? html`<p part="updated" class="updated"><time datetime=${c.updated}>${lastUpdated(s, formatMonth(c.updated, locale), langs.data)}</time></p>`
        : nothing}
    `;
  }

  #renderItem(item: Item, index: number, level: number, langs: Langs) {
    const s = this.t;
    return html`<li part="item" class="item stripe" style=${itemColor(item, index)}>
      <div class="title">
        ${item.image
          ? html`<img
              part="item-image"
              class="image"
              src=${item.image.src}
              alt=${item.image.alt}
              width=${IMAGE_SIZE}
              height=${IMAGE_SIZE}
              loading="lazy"
              decoding="async"
              @error=${hideBroken}
            />`
          : nothing}
        <div part="item-name" class="name" role="heading" aria-level=${level}>
          ${item.url ? html`<a part="item-link" href=${item.url} rel=${linkRel({ url: item.url }) ?? nothing}>${item.name}</a>` : item.name}
        </div>
      </div>
      ${item.summary ? html`<p part="item-summary" class="summary">${item.summary}</p>` : nothing}
      ${item.audience
        ? html`<p part="item-audience" class="audience">
            <span part="item-audience-label" class="label" lang=${langs.ui}>${s.bestFor}</span>
            <span class="audience-text">${item.audience}</span>
          </p>`
        : nothing}
    </li>`;
  }
}

/** A logo that fails to load leaves no broken-image icon or squeezed alt text: the name says which item it is. */
const hideBroken = (e: Event) => ((e.currentTarget as HTMLImageElement).hidden = true);

declare global {
  interface HTMLElementTagNameMap {
    'compare-header': CompareHeader;
  }
}
