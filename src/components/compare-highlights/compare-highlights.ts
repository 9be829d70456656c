import { html } from 'lit';
import { CompareElement } from '../../base/compare-element.js';
import { bestBadge, heading, itemColor, missing, swatchName, type Langs } from '../../base/fragments.js';
import { ScrollStop } from '../../base/scroll-stop.js';
import { forItem, type Comparison, type Highlight, type Item } from '../../schema/comparison.js';
import { renderRichText } from '../../rich-text/render.js';
import { styles } from './compare-highlights.styles.js';
import { tableBase } from '../../styles/table.js';

/** Star drawn in place of the reference page's winner emoji; decorative (the word "best" says it). */
const star = html`<svg part="winner-icon" class="star" aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="14" height="14">
  <path fill="currentColor" d="M8 .9l2.2 4.5 4.9.7-3.6 3.5.9 4.9L8 12.2l-4.4 2.3.9-4.9L.9 6.1l4.9-.7z" />
</svg>`;

/**
 * "Key Differences": one row per highlight topic, one claim per item, and the
 * topic's winner marked with a star and the word "best". A real table (caption,
 * a column header per item, a row header per topic); on a narrow element each
 * row becomes a card whose claims stack, each labelled with its item, while the
 * table semantics stay. How wide "narrow" is grows with the number of items.
 *
 * @summary Key differences: one claim per item per topic, the winner marked.
 * @csspart heading - the "Key Differences" heading (inside the caption).
 * @csspart scroll - the box around the table that scrolls sideways when it is too wide (a labelled region).
 * @csspart table - the `<table>`.
 * @csspart topic-header - the header of the topic column ("Topic").
 * @csspart item-header - a column header naming an item.
 * @csspart topic - a row header: the topic of a highlight.
 * @csspart claim - an item's claim for a topic; `claim winner` on the topic's winner.
 * @csspart claim-item - the item name shown inside a claim when rows are cards (hidden from screen readers, who get the column header).
 * @csspart winner - the visible "best" marker.
 * @csspart winner-icon - the star beside it (decorative).
 * @csspart missing - the "—" of an item with no claim for a topic.
 * @csspart link - a link inside a claim.
 * @cssproperty [--compare-highlights-border-color=var(--compare-color-border)] - borders of the table and the cards.
 * @cssproperty [--compare-highlights-header-bg=var(--compare-color-subtle)] - background of the header row.
 * @cssproperty [--compare-highlights-winner-bg=var(--compare-color-winner-bg)] - background of a winning claim.
 * @cssproperty [--compare-highlights-winner-color=var(--compare-color-winner)] - colour of the winner's star and edge.
 * @cssproperty [--compare-highlights-placeholder-height=18rem] - height kept while loading.
 */
export class CompareHighlights extends CompareElement {
  static override readonly parts = [...CompareElement.parts, 'heading', 'scroll', 'table', 'topic-header', 'item-header', 'topic', 'claim', 'claim-item', 'winner', 'winner-icon', 'missing', 'link'];
  static override styles = [...CompareElement.styles, tableBase, styles];
  /** The scroll box is a Tab stop only while it scrolls. */
  readonly #scrollStop = new ScrollStop(this);

  protected override isEmpty(c: Comparison): boolean {
    return !c.highlights?.length;
  }

  protected override renderComparison(c: Comparison) {
    const s = this.t;
    const n = c.items.length;
    const size = n <= 2 ? 's' : n <= 4 ? 'm' : n <= 6 ? 'l' : 'xl';
    const langs = this.langs;
    return html`
      <div part="scroll" class="scroll size-${size}" tabindex="0" role="region" aria-labelledby="caption">
        <table part="table">
          <caption id="caption">${heading(s.keyDifferences, this.level)}</caption>
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader" part="topic-header" class="topic-header">${s.topic}</th>
              ${c.items.map(
                (item, i) =>
                  html`<th scope="col" role="columnheader" part="item-header" class="item-header" style=${itemColor(item, i)} lang=${langs.data}>${swatchName(item.name)}</th>`,
              )}
            </tr>
          </thead>
          <tbody role="rowgroup" lang=${langs.data}>
            ${(c.highlights ?? []).map((h) => this.#renderRow(h, c.items, langs.ui))}
          </tbody>
        </table>
      </div>
    `;
  }

  #renderRow(h: Highlight, items: readonly Item[], ui: Langs['ui']) {
    return html`<tr role="row">
      <th scope="row" role="rowheader" part="topic" class="topic">${h.topic}</th>
      ${items.map((item, i) => this.#renderClaim(h, item, i, ui))}
    </tr>`;
  }

  #renderClaim(h: Highlight, item: Item, index: number, ui: Langs['ui']) {
    const s = this.t;
    const claim = forItem(h.values, item.id);
    const label = html`<span part="claim-item" class="claim-item" aria-hidden="true">${swatchName(item.name)}</span>`;
    if (!claim) return html`<td role="cell" part="claim" class="claim" style=${itemColor(item, index)}>${label}${missing(s, ui)}</td>`;
    return h.winner === item.id
      ? html`<td role="cell" part="claim winner" class="claim winner" style=${itemColor(item, index)}>
          ${label}<span class="text">${renderRichText(claim)}</span> <span class="mark">${star}${bestBadge(s, ui)}</span>
        </td>`
      : html`<td role="cell" part="claim" class="claim" style=${itemColor(item, index)}>${label}<span class="text">${renderRichText(claim)}</span></td>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'compare-highlights': CompareHighlights;
  }
}
