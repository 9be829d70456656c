import { html, nothing, type PropertyDeclarations } from 'lit';
import { CompareElement } from '../../base/compare-element.js';
import { dataLocaleOf, formatMonth } from '../../base/locale.js';
import { heading, itemColor, lastUpdated, named, swatchName, valueCell, type Langs } from '../../base/fragments.js';
import { ScrollStop } from '../../base/scroll-stop.js';
import { disclosure, sourceLink } from '../../base/links.js';
import type { Strings } from '../../base/strings.js';
import type { Comparison, Item } from '../../schema/comparison.js';
import { attributeRow, rowDiff, type AttributeRow } from '../../values/rows.js';
import { comparable, formatDiff, showsAsZero } from '../../values/diff.js';
import { styles } from './compare-facts.styles.js';
import { stuckLabels, tableBase } from '../../styles/table.js';

/**
 * "Key Facts & Figures": the attributes marked `key`, items as columns, the
 * best value of each row marked, and a Diff column: first item against the
 * second when there are two items, or every item against `baseline`.
 *
 * @summary The key facts of a comparison as a table, with a Diff column.
 * @attr baseline - item id to diff the other items against (default: the second of two items).
 * @csspart scroll - the box around the table that scrolls sideways when it is too wide (a labelled region).
 * @csspart table - the `<table>`.
 * @csspart caption - the table caption ("Key Facts & Figures").
 * @csspart item-header - a column header naming an item.
 * @csspart label - a row header (attribute label, unit, note and source).
 * @csspart unit - the attribute's unit, under its label.
 * @csspart note - the attribute's note, under its label.
 * @csspart source - the small link to an attribute's source (its citation), under its label.
 * @csspart disclosure - the affiliate disclosure under the table, when a source is an affiliate link.
 * @csspart value - a value cell; `value winner` on the best one.
 * @csspart value-note - the note of a single value (`{ "value": 4, "note": "measured" }`).
 * @csspart winner - the visible "best" marker.
 * @csspart missing - the "—" of a value that is not available.
 * @csspart diff-header - the header of a Diff column; with a `baseline`, also the "Diff vs ‹baseline›" header over those columns.
 * @csspart diff - a Diff cell.
 * @csspart heading - the title inside the caption.
 * @csspart footer - the sources note and the "Last updated" date.
 * @cssproperty [--compare-facts-border-color=var(--compare-color-border)] - table border.
 * @cssproperty [--compare-facts-header-bg=var(--compare-color-subtle)] - header row background.
 * @cssproperty [--compare-facts-winner-bg=var(--compare-color-winner-bg)] - background of the best value.
 * @cssproperty [--compare-facts-placeholder-height=28rem] - height kept while loading.
 */
export class CompareFacts extends CompareElement {
  static override styles = [...CompareElement.styles, tableBase, stuckLabels, styles];
  /** The scroll box is a Tab stop only while it scrolls. */
  readonly #scrollStop = new ScrollStop(this);
  static override properties: PropertyDeclarations = { ...CompareElement.properties, baseline: { type: String } };
  static override readonly parts = [...CompareElement.parts, 'scroll', 'table', 'caption', 'heading', 'item-header', 'diff-header', 'label', 'unit', 'note', 'source', 'disclosure', 'value', 'value-note', 'winner', 'missing', 'diff', 'footer'];

  /** Item id the Diff column compares against. */
  declare baseline: string | undefined;

  protected override isEmpty(c: Comparison): boolean {
    return !c.attributes?.some((a) => a.key);
  }

  /** The `baseline` item, if the attribute names one (an unknown id is said once on the console). */
  #baselineItem(items: readonly Item[]): Item | undefined {
    const id = this.baseline?.trim();
    const base = id ? items.find((i) => i.id === id) : undefined;
    if (id && !base && !warnedBaselines.has(id)) {
      warnedBaselines.add(id);
      console.warn(`compare-facts: baseline="${id.slice(0, 64)}" is no item of the comparison (items: ${items.map((i) => i.id).join(', ')}); no Diff against it`);
    }
    return base;
  }

  protected override renderComparison(c: Comparison) {
    const locale = dataLocaleOf(this, c);
    const s = this.t;
    const rows = (c.attributes ?? []).filter((a) => a.key).map((a) => attributeRow(a, c.items, locale));
    // Pairs [item, against] that get a Diff column: every item against the baseline, or the first of two against the second.
    const against = this.#baselineItem(c.items);
    const pairs: [Item, Item][] = against ? c.items.filter((i) => i !== against).map((i) => [i, against]) : c.items.length === 2 ? [[c.items[0]!, c.items[1]!]] : [];
    const langs = this.langs;
    // What a Diff column compares, for screen readers: "Diff ‹item› vs ‹other›".
    const diffOf = (item: Item, other: Item) => named(s.diffOf, langs.data, item.name, other.name);
    return html`
      <div part="scroll" class="scroll" tabindex="0" role="region" aria-labelledby="caption">
        <table part="table" class=${c.items.length + pairs.length > 4 ? 'many' : ''}>
          <caption part="caption" id="caption">${heading(s.keyFacts, this.level)}</caption>
          <thead>
            <tr class=${against ? 'over' : ''}>
              <th scope="col">${s.metric}</th>
              ${c.items.map((item, i) => html`<th scope="col" part="item-header" style=${itemColor(item, i)} lang=${langs.data}>${swatchName(item.name)}</th>`)}
              ${against
                ? // Against a baseline: "Diff vs ‹baseline›" once, over a column per item (not its name in every header).
                  html`<th scope="colgroup" colspan=${pairs.length} part="diff-header">${named(s.diffAgainst, langs.data, against.name)}</th>`
                : pairs.map(([item, other]) => {
                    // "Diff" to the eye; what it compares, for screen readers.
                    return html`<th scope="col" part="diff-header"><span aria-hidden="true">${s.diff}</span><span class="visually-hidden">${diffOf(item, other)}</span></th>`;
                  })}
            </tr>
            ${against
              ? // Empty cells under the others, not rowspan="2" above them (nor colspan): Firefox then gives the cells below the wrong headers.
                html`<tr class="under">
                  <td></td>
                  ${c.items.map(() => html`<td></td>`)}
                  ${pairs.map(
                    // The item's name to the eye; what the column compares, whole, for screen readers (Firefox gives the
                    // second and later columns no share of the "Diff vs" header above).
                    ([item]) =>
                      html`<th scope="col" part="diff-header"><span class="clamped" dir="auto" aria-hidden="true" lang=${langs.data}>${item.name}</span><span class="visually-hidden">${diffOf(item, against)}</span></th>`,
                  )}
                </tr>`
              : nothing}
          </thead>
          <tbody lang=${langs.data}>
            ${rows.map((row) => this.#renderRow(row, pairs, locale, s, langs.ui))}
          </tbody>
        </table>
      </div>
      ${rows.some((r) => r.attribute.source?.kind === 'affiliate') ? disclosure(s.affiliateDisclosure) : nothing}
      ${c.sourcesNote || c.updated
        ? html`<p part="footer" class="footer">${c.sourcesNote ? html`<bdi lang=${langs.data}>${c.sourcesNote}</bdi>` : ''}${c.sourcesNote && c.updated && !/[。．！？]$/.test(c.sourcesNote) ? ' ' : ''}${c.updated ? lastUpdated(s, formatMonth(c.updated, locale), langs.data) : ''}</p>`
        : nothing}
    `;
  }

  #renderRow(row: AttributeRow, pairs: [Item, Item][], locale: string, s: Strings, ui: Langs['ui']) {
    const a = row.attribute;
    const cells = row.cells.map((cell) => valueCell(cell, s, ui));
    const diffs = pairs.map(([item, against]) => renderDiff(row, item, against, locale, s, ui));
    // One template per row for the usual label cells (label alone, or with a unit).
    if (a.note || a.source) {
      return html`<tr>
        <th scope="row" part="label">
          <span class="label">${a.label}</span>${a.unit ? html`<span part="unit" class="unit">${a.unit}</span>` : nothing}${a.note
            ? html`<span part="note" class="note">${a.note}</span>`
            : nothing}${a.source ? sourceLink(a.source) : nothing}
        </th>
        ${cells} ${diffs}
      </tr>`;
    }
    return a.unit
      ? html`<tr>
          <th scope="row" part="label"><span class="label">${a.label}</span><span part="unit" class="unit">${a.unit}</span></th>
          ${cells} ${diffs}
        </tr>`
      : html`<tr>
          <th scope="row" part="label"><span class="label">${a.label}</span></th>
          ${cells} ${diffs}
        </tr>`;
  }
}

/** Unknown `baseline` ids already reported. */
const warnedBaselines = new Set<string>();

function renderDiff(row: AttributeRow, item: Item, against: Item, locale: string, s: Strings, ui: Langs['ui']) {
  const ratio = rowDiff(row, item.id, against.id);
  if (ratio === null) {
    // missing() inline: one template per cell (same markup as missing()). Both values there but of different
    // kinds (or text), or one without end ("Lifetime", "Unlimited"): "not comparable"; a value missing, or a Diff
    // against 0 ("Free"): "not available".
    const [a, b] = [item, against].map((i) => row.cells.find((c) => c.itemId === i.id));
    const said = !a?.text || !b?.text || (comparable(a.quantity, b.quantity) && a.quantity!.max + b.quantity!.max < Infinity) ? s.notAvailable : s.notComparable;
    return html`<td part="diff" class="diff"><span part="missing" class="missing" lang=${ui}><span aria-hidden="true">—</span><span class="visually-hidden">${said}</span></span></td>`;
  }
  const better = row.attribute.better;
  // A Diff that shows as 0 % is neither better nor worse ("99.90%" against "99.91%").
  const tone = !better || showsAsZero(ratio) ? 'neutral' : (ratio > 0) === (better === 'higher') ? 'up' : 'down';
  // dir="auto": "+30%" keeps its sign in front on a right-to-left page; an Arabic "؜+٣٠٪" (with its mark) reads right to left.
  // Better or worse in words too, not only in colour (WCAG 1.4.1): small beside the number.
  return html`<td part="diff" class="diff ${tone}"><span dir="auto">${formatDiff(ratio, locale)}</span>${tone === 'neutral' ? nothing : html`<span class="tone" lang=${ui}><span class="visually-hidden">,</span> ${tone === 'up' ? s.diffBetter : s.diffWorse}</span>`}</td>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'compare-facts': CompareFacts;
  }
}
