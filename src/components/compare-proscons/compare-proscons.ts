import { html, nothing } from 'lit';
import { CompareElement } from '../../base/compare-element.js';
import { heading, itemColor, swatchName } from '../../base/fragments.js';
import { forItem, type Comparison, type Item } from '../../schema/comparison.js';
import { renderRichText } from '../../rich-text/render.js';
import { styles } from './compare-proscons.styles.js';

/** Decorative marks; the visible "Pros" / "Cons" headings carry the meaning. */
const check = html`<svg part="icon" class="icon" aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="16" height="16">
  <path fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" d="M3 8.5l3.2 3.2L13 4.8" />
</svg>`;
const cross = html`<svg part="icon" class="icon" aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="16" height="16">
  <path fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" d="M4 4l8 8M12 4l-8 8" />
</svg>`;

/**
 * "Pros & Cons": for each item that has any (in item order), its name, then a
 * "Pros" list and a "Cons" list. Items sit side by side when the element is
 * wide enough and stack when it is not.
 *
 * @summary Pros and cons of each item, as labelled lists.
 * @csspart heading - the "Pros & Cons" heading.
 * @csspart items - the block holding the item columns.
 * @csspart item - one item's pros and cons (its accent is the item's `color`).
 * @csspart item-name - the item's name (a heading one level below).
 * @csspart pros-heading - the "Pros" heading of an item (two levels below).
 * @csspart cons-heading - the "Cons" heading of an item (two levels below).
 * @csspart pros - the `<ul>` of pros.
 * @csspart cons - the `<ul>` of cons.
 * @csspart pro - one pro.
 * @csspart con - one con.
 * @csspart icon - the decorative ✓ / ✗ marks.
 * @csspart link - a link inside an entry.
 * @cssproperty [--compare-proscons-card-bg=var(--compare-color-surface)] - background of an item.
 * @cssproperty [--compare-proscons-border-color=var(--compare-color-border)] - border of an item.
 * @cssproperty [--compare-proscons-pro-color=var(--compare-color-diff-up)] - colour of the ✓ marks and the "Pros" heading.
 * @cssproperty [--compare-proscons-con-color=var(--compare-color-diff-down)] - colour of the ✗ marks and the "Cons" heading.
 * @cssproperty [--compare-proscons-item-min-width=13rem] - narrowest an item gets before the items wrap (in even rows, as the header's cards).
 * @cssproperty [--compare-proscons-placeholder-height=20rem] - height kept while loading.
 */
export class CompareProscons extends CompareElement {
  static override readonly parts = [...CompareElement.parts, 'heading', 'items', 'item', 'item-name', 'pros-heading', 'cons-heading', 'pros', 'cons', 'pro', 'con', 'icon', 'link'];
  static override styles = [...CompareElement.styles, styles];

  protected override isEmpty(c: Comparison): boolean {
    return !c.items.some((item) => hasProsOrCons(c, item));
  }

  protected override renderComparison(c: Comparison) {
    const shown = c.items.map((item, index) => ({ item, index })).filter(({ item }) => hasProsOrCons(c, item));
    return html`
      ${heading(this.t.prosAndCons, this.level)}
      <div part="items" class="items">
        ${shown.map(({ item, index }) => this.#renderItem(c, item, index))}
      </div>
    `;
  }

  #renderItem(c: Comparison, item: Item, index: number) {
    const s = this.t;
    const sub = Math.min(6, this.level + 1);
    const subsub = Math.min(6, this.level + 2);
    const pros = forItem(c.pros, item.id) ?? [];
    const cons = forItem(c.cons, item.id) ?? [];
    const id = `i${index}`;
    const lang = this.langs.data;
    return html`<div part="item" class="item stripe" style=${itemColor(item, index)}>
      <div part="item-name" class="name" role="heading" aria-level=${sub} lang=${lang}>${swatchName(item.name)}</div>
      ${pros.length
        ? html`<div class="group pros">
            <div part="pros-heading" class="group-heading" role="heading" aria-level=${subsub} id="${id}-pros">${s.pros}</div>
            <ul part="pros" class="list" aria-labelledby="${id}-pros" lang=${lang}>
              ${pros.map((text) => html`<li part="pro" class="entry">${check}<span class="text">${renderRichText(text)}</span></li>`)}
            </ul>
          </div>`
        : nothing}
      ${cons.length
        ? html`<div class="group cons">
            <div part="cons-heading" class="group-heading" role="heading" aria-level=${subsub} id="${id}-cons">${s.cons}</div>
            <ul part="cons" class="list" aria-labelledby="${id}-cons" lang=${lang}>
              ${cons.map((text) => html`<li part="con" class="entry">${cross}<span class="text">${renderRichText(text)}</span></li>`)}
            </ul>
          </div>`
        : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'compare-proscons': CompareProscons;
  }
}

const hasProsOrCons = (c: Comparison, item: Item): boolean => Boolean(forItem(c.pros, item.id)?.length || forItem(c.cons, item.id)?.length);
