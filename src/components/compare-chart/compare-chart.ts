import { html, nothing, svg, type PropertyDeclarations } from 'lit';
import { CompareElement } from '../../base/compare-element.js';
import { dataLocaleOf } from '../../base/locale.js';
import { amountFirst, bestBadge, heading, itemColor, missing, styleProps, swatchName, type Langs } from '../../base/fragments.js';
import type { Comparison, Item } from '../../schema/comparison.js';
import { chartRow, chartRows, scaleMode, type ChartBar, type ChartRow } from '../../values/chart.js';
import { styles } from './compare-chart.styles.js';
import type { Strings } from '../../base/strings.js';

/**
 * "Visual Comparison": for every attribute whose values are comparable
 * quantities (same dimension, at least two items, not `compare: false`), one
 * bar per item on a common axis, the values as written beside the bars, the
 * better direction in words and the best value marked "best". A row whose
 * largest/smallest ratio exceeds 20 is drawn on a logarithmic scale and says
 * so, its decades labelled under the bars ("1", "10", "100", "1K"…, in the
 * comparison's locale and unit; every second one where the axis is narrow). A range ("2-5 MB") draws its midpoint as the bar and the range as a
 * whisker. The bars are SVG and hidden from assistive technology; a visually
 * hidden table carries the same labels, values, directions and winners.
 *
 * @summary Bars per item for every comparable numeric attribute, as SVG, with a table as text alternative.
 * @attr scale - "auto" (default: log when a row's largest/smallest ratio exceeds 20), "linear" or "log"
 *   (log needs positive values; other rows stay linear). Any other value acts like "auto".
 * @csspart heading - the "Visual Comparison" heading.
 * @csspart intro - the sentence under the heading.
 * @csspart legend - the list of items and their colours.
 * @csspart legend-item - one item of the legend.
 * @csspart chart - the drawn chart (all rows); hidden from assistive technology, see `sr-table`.
 * @csspart row - one attribute: its label and its bars.
 * @csspart row-label - the attribute's label, unit, direction and scale note.
 * @csspart unit - the attribute's unit ("seconds").
 * @csspart direction - "higher is better" / "lower is better".
 * @csspart scale-note - "logarithmic scale", on rows drawn in log scale.
 * @csspart bar-line - one item's line in a row: name, bar, value; `bar-line winner` on the best one.
 * @csspart item-name - the item's name on its line.
 * @csspart bar-track - the SVG of one bar (the whole axis).
 * @csspart bar - the bar (SVG rect, filled with the item's colour).
 * @csspart range - the whisker of a range value, from its min to its max.
 * @csspart value-label - the value as written in the data; `value-label winner` on the best one.
 * @csspart winner - the visible "best" marker.
 * @csspart missing - the "—" of a value that is not available.
 * @csspart sr-table - the visually hidden table with the same numbers, for screen readers.
 * @cssproperty [--compare-chart-bar-height=0.875rem] - thickness of a bar.
 * @cssproperty [--compare-chart-track-color=var(--compare-color-subtle)] - the axis behind a bar.
 * @cssproperty [--compare-chart-range-color=var(--compare-color-text)] - the whisker of a range.
 * @cssproperty [--compare-chart-gap=1rem] - space between attribute rows.
 * @cssproperty [--compare-chart-label-width=fit-content(clamp(8rem, 25cqi, 16rem))] - width of the item names beside the bars (wide layout: the longest name, up to a quarter of the box, 8 to 16rem).
 * @cssproperty [--compare-chart-value-width=fit-content(14rem)] - width of the value labels beside the bars (wide layout: the attribute's widest value, up to 14rem; 14rem in a chart of over 300 bars).
 * @cssproperty [--compare-chart-placeholder-height=71rem] - height kept while loading.
 */
export class CompareChart extends CompareElement {
  static override readonly parts = [...CompareElement.parts, 'heading', 'intro', 'legend', 'legend-item', 'chart', 'row', 'row-label', 'unit', 'direction', 'scale-note', 'bar-line', 'item-name', 'bar-track', 'bar', 'range', 'value-label', 'winner', 'missing', 'sr-table'];
  static override styles = [...CompareElement.styles, styles];
  static override properties: PropertyDeclarations = { ...CompareElement.properties, scale: { type: String } };

  /** "auto", "linear" or "log"; anything else acts like "auto". */
  declare scale: string;

  constructor() {
    super();
    this.scale = 'auto';
  }

  protected override isEmpty(c: Comparison): boolean {
    // Whether one attribute is chartable (the scale mode never decides that); the rows are made when rendering.
    const locale = dataLocaleOf(this, c);
    return !(c.attributes ?? []).some((a) => chartRow(a, c.items, locale) !== null);
  }

  protected override renderComparison(c: Comparison) {
    const s = this.t;
    const rows = chartRows(c, dataLocaleOf(this, c), scaleMode(this.scale));
    const langs = this.langs;
    const n = c.items.length;
    // Over 300 bars: a long chart, whose rows lay out when scrolled near (see the styles).
    return html`
      <div id="title">${heading(s.visualComparison, this.level)}</div>
      <p part="intro" class="intro">${s.chartIntro}</p>
      <div part="chart" class="chart ${rows.length * n > 300 ? 'long' : ''}" style=${styleProps({ '--_n': `${n}` })} aria-hidden="true" lang=${langs.data}>
        <ul part="legend" class="legend">
          ${c.items.map((item, i) => html`<li part="legend-item" style=${itemColor(item, i)}>${swatchName(item.name)}</li>`)}
        </ul>
        ${rows.map((row) => this.#renderRow(row, c.items, langs.ui))}
      </div>
      ${this.#renderTable(rows, c.items, langs)}
    `;
  }

  /** The attribute's unit, after its label. */
  #unitOf(row: ChartRow) {
    // The space inside the unit's span: between two inline boxes a screen reader's name can lose it ("per table(columns)").
    return row.unit ? html`<span part="unit" class="unit">${' '}(${row.unit})</span>` : nothing;
  }

  /** The direction and scale, in words (", higher is better, log scale"): one text. */
  #notes(row: ChartRow, s: Strings): string {
    let notes = '';
    if (row.better) notes += `, ${row.better === 'higher' ? s.higherIsBetter : s.lowerIsBetter}`;
    if (row.scale === 'log') notes += `, ${s.logScale}`;
    return notes;
  }

  #renderRow(row: ChartRow, items: readonly Item[], ui: Langs['ui']) {
    const s = this.t;
    return html`<section part="row" class="row" data-attribute=${row.id} data-scale=${row.scale}>
      <div part="row-label" class="row-label">
        <span class="title"><span class="label">${row.label}</span>${this.#unitOf(row)}</span>
        ${row.better || row.scale === 'log'
          ? html`<span class="notes" lang=${ui}>
              ${row.better
                ? html`<span part="direction" class="direction"
                    ><span class="arrow" aria-hidden="true">${row.better === 'higher' ? '↑' : '↓'}</span> ${row.better === 'higher'
                      ? s.higherIsBetter
                      : s.lowerIsBetter}</span
                  >`
                : nothing}
              ${row.scale === 'log' ? html`<span part="scale-note" class="scale-note">${s.logScale}</span>` : nothing}
            </span>`
          : nothing}
      </div>
      <div class="bars">${row.bars.map((bar) => this.#renderBar(row, bar, items[bar.index]!, ui))}</div>
      ${row.labels.some(Boolean) ? html`<div class="decades">${row.labels.map((l, k) => (l ? html`<span style=${styleProps({ '--_t': `${row.ticks[k]!}` })}>${l}</span>` : nothing))}</div>` : nothing}
    </section>`;
  }

  #renderBar(row: ChartRow, bar: ChartBar, item: Item, ui: Langs['ui']) {
    const s = this.t;
    const drawn = bar.value !== null && bar.start !== null && bar.fraction !== null;
    const x0 = drawn ? Math.min(bar.start!, bar.fraction!) * 100 : 0;
    const x1 = drawn ? Math.max(bar.start!, bar.fraction!) * 100 : 0;
    const text = bar.text === null ? null : amountFirst(bar.text);
    const value =
      text === null
        ? missing(s, ui)
        : bar.winner
          ? html`${text}${bestBadge(s, ui)}`
          : drawn || bar.unbounded
            ? text
            : html`<span class="off-axis">${text}</span>`;
    // "Unlimited": a bar to the end of the axis, past the finite values' room (see chartRow).
    const z = row.zero * 100;
    // A text with no bar ("Varies by plan") takes the bar's room too, so it does not widen the values' column of every line.
    // (No white space between the tags, here and in the whisker: a chart of 8,000 lines had 90,000 empty text nodes.)
    return html`<div part=${bar.winner ? 'bar-line winner' : 'bar-line'} class="line ${bar.winner ? 'winner' : ''} ${text !== null && !drawn && !bar.unbounded ? 'text' : ''}" style=${itemColor(item, bar.index)} data-item=${bar.itemId}
      ><span part="item-name" class="name clamped" dir="auto">${item.name}</span
      ><svg part="bar-track" class="track" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false"
        ><rect class="axis" x="0" y="0" width="100" height="10"></rect
        >${row.ticks.map((t) => svg`<line class="tick" x1=${t * 100} x2=${t * 100} y1="0" y2="10" vector-effect="non-scaling-stroke"></line>`)}${drawn
          ? svg`<rect part="bar" class="bar" x=${x0} y="0" width=${x1 - x0} height="10" data-fraction=${bar.fraction!}></rect
              ><line class="base" x1=${bar.start! * 100} x2=${bar.start! * 100} y1="0" y2="10" vector-effect="non-scaling-stroke"></line>`
          : bar.unbounded
            ? svg`<rect part="bar" class="bar" x=${z} y="0" width=${100 - z} height="10"></rect>`
            : nothing}${row.zero > 0 ? svg`<line class="zero" x1=${row.zero * 100} x2=${row.zero * 100} y1="0" y2="10" vector-effect="non-scaling-stroke"></line>` : nothing}${bar.rangeStart !== null && bar.rangeEnd !== null ? this.#whisker(bar.rangeStart * 100, bar.rangeEnd * 100) : nothing}</svg
      ><span part=${bar.winner ? 'value-label winner' : 'value-label'} class="value">${value}</span></div
    >`;
  }

  #whisker(a: number, b: number) {
    return svg`<g part="range" class="range"
      ><line x1=${a} x2=${b} y1="5" y2="5" vector-effect="non-scaling-stroke"></line
      ><line x1=${a} x2=${a} y1="2" y2="8" vector-effect="non-scaling-stroke"></line
      ><line x1=${b} x2=${b} y1="2" y2="8" vector-effect="non-scaling-stroke"></line
    ></g>`;
  }

  /** The text alternative: the same labels, values, directions and winners as a table. */
  #renderTable(rows: ChartRow[], items: readonly Item[], { data, ui }: Langs) {
    const s = this.t;
    // (Named by the heading, not by a caption of the same words: they would be read twice.)
    return html`<div class="visually-hidden"><table part="sr-table" aria-labelledby="title">
      <thead>
        <tr>
          <th scope="col">${s.attribute}</th>
          ${items.map((item) => html`<th scope="col" lang=${data}>${item.name}</th>`)}
        </tr>
      </thead>
      <tbody lang=${data}>
        ${rows.map(
          (row) => html`<tr data-attribute=${row.id}>
            <th scope="row"><span class="label">${row.label}</span>${this.#unitOf(row)}<span lang=${ui}>${this.#notes(row, s)}</span></th>
            ${row.bars.map((bar) => html`<td>${bar.text === null ? missing(s, ui) : bar.text}${bar.winner ? html`<span lang=${ui}>, ${s.best}</span>` : nothing}</td>`)}
          </tr>`,
        )}
      </tbody>
    </table></div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'compare-chart': CompareChart;
  }
}
