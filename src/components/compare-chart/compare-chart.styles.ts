import { css } from 'lit';
import { placeholderHeight } from '../../styles/placeholders.js';

export const styles = css`
  :host {
    --_placeholder: ${placeholderHeight('chart')};
    --_bar-height: var(--compare-chart-bar-height, 0.875rem);
  }
  .intro {
    margin: calc(var(--_space) * -0.5) 0 calc(var(--_space) * 0.75);
    color: var(--_muted);
  }
  .chart {
    display: grid;
    gap: var(--compare-chart-gap, var(--_space));
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.9em;
  }
  .legend li {
    overflow-wrap: anywhere;
  }
  .row {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    padding-block-start: calc(var(--compare-chart-gap, var(--_space)) * 0.75);
    border-block-start: 1px solid var(--_border);
  }
  .row-label {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.15rem 0.75rem;
  }
  .title {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  /* Author text keeps its own direction inside a right-to-left page ("450,000+ packages"). */
  .label,
  .name,
  .value {
    unicode-bidi: plaintext;
  }
  /* An item's name aligns with the layout, not with its own direction: at the start of its line (.clamped, src/styles/tokens.ts). */
  .unit {
    color: var(--_muted);
    font-weight: 400;
  }
  .notes {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.15rem 0.5rem;
    color: var(--_muted);
    font-size: 0.85em;
  }
  .scale-note {
    padding: 0 0.45em;
    border: 1px dashed currentColor;
    border-radius: 999px;
  }
  .bars {
    display: grid;
    gap: calc(var(--_space) * 0.6);
  }
  /* Narrow: name and value on one line, the bar under them. */
  .line {
    display: grid;
    /* The value takes at most half the line: a long value wraps, the name keeps its words whole. */
    grid-template-columns: minmax(0, 1fr) fit-content(50%);
    grid-template-areas: 'name value' 'track track';
    align-items: center;
    gap: 0.15rem 0.75rem;
    font-variant-numeric: tabular-nums;
  }
  .name {
    grid-area: name;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  /* Its amount whole (amountFirst()): "$3,703,703.67" never breaks after the point; long text breaks where it must. */
  .value {
    grid-area: value;
    min-inline-size: 0;
    max-inline-size: 60cqi;
    overflow-wrap: break-word;
  }
  /* Aligned with the layout, not with the value's own direction (plaintext): at the end of the line here. */
  .value:dir(ltr) {
    text-align: right;
  }
  .value:dir(rtl) {
    text-align: left;
  }
  .line.winner .value {
    font-weight: 600;
  }
  .off-axis {
    color: var(--_muted);
  }
  .badge {
    margin-inline-start: 0.35em;
  }
  /* Beside the name the value has at most half the line: a long amount may wrap there (unbroken it would overflow). */
  @container (min-width: 16rem) and (max-width: 36rem) {
    .amount {
      white-space: normal;
    }
  }
  /* Very narrow (a phone with text zoomed to 200 %): name, value and bar each on a line of their own, so an amount need not break. */
  @container (max-width: 16rem) {
    .line {
      grid-template-columns: minmax(0, 1fr);
      grid-template-areas: 'name' 'value' 'track';
    }
  }
  /*
   * Wide: name | bar | value, the same three columns on every line of every attribute (subgrids of the
   * chart's grid), so all the bars start and end at one place. The names' column is as wide as the longest
   * name, up to a quarter of the box (8 to 16rem: long names took five lines at 1,280 px); the values' is as
   * wide as the widest value, up to 14rem (a fixed 14rem left 90 px empty beside "$145,000").
   */
  @container (min-width: 36rem) {
    .chart {
      column-gap: 0.75rem;
      grid-template-columns: var(--compare-chart-label-width, fit-content(clamp(8rem, 25cqi, 16rem))) minmax(0, 1fr) var(--compare-chart-value-width, fit-content(14rem));
    }
    .chart > *,
    .row > * {
      grid-column: 1 / -1;
    }
    .row,
    .bars,
    .line {
      grid-template-columns: subgrid;
      column-gap: 0.75rem;
    }
    .bars {
      row-gap: calc(var(--_space) * 0.4);
    }
    .line {
      grid-column: 1 / -1;
      grid-template-areas: 'name track value';
    }
    .line.text .track {
      display: none;
    }
    .line.text .value {
      grid-column: 2 / -1;
    }
    .row > .decades {
      grid-column: 2;
    }
  }
  /*
   * A long chart (over 300 bars; 8 items × 1,000 attributes took 9 s to show): a row off screen is laid out when
   * scrolled near. Such a row lays out on its own, no longer in the chart's columns: the same columns in each
   * (the names are the same in every row; the values' a fixed 14rem), so the bars still start and end at one place.
   * On paper, every row as in a short chart.
   */
  @media screen {
    .long > .row {
      content-visibility: auto;
      contain-intrinsic-size: auto calc(var(--_n) * 2rem + 3rem);
    }
    @container (min-width: 36rem) {
      .long > .row {
        grid-template-columns: var(--compare-chart-label-width, fit-content(clamp(8rem, 25cqi, 16rem))) minmax(0, 1fr) var(--compare-chart-value-width, 14rem);
      }
    }
  }
  /* The value on a line of its own, or beside the end of the bar: at the start. */
  @container (max-width: 16rem) or (min-width: 36rem) {
    .value {
      max-inline-size: none;
    }
    .value:dir(ltr) {
      text-align: left;
    }
    .value:dir(rtl) {
      text-align: right;
    }
  }
  .track {
    grid-area: track;
    display: block;
    inline-size: 100%;
    block-size: var(--_bar-height);
    border-radius: calc(var(--_bar-height) / 4);
    overflow: hidden;
  }
  /* The axis runs from the start edge: mirrored in right-to-left text. */
  .track:dir(rtl) {
    transform: scaleX(-1);
  }
  .axis {
    fill: var(--compare-chart-track-color, var(--_subtle));
  }
  /* An edge where the item's colour would vanish on the surface, a white bar on a light theme (itemColor() in base/fragments.ts). */
  .bar {
    fill: var(--_item-color, var(--_accent));
    stroke: var(--_item-edge);
    stroke-width: 1px;
    vector-effect: non-scaling-stroke;
  }
  /* The bar's start, the only mark of a bar of zero length: the colour, or its edge where it would vanish. */
  .base {
    stroke: oklch(from var(--_item-edge) l c h / 1);
    stroke-width: 2px;
  }
  /*
   * Under a log scale's bars, its decades' labels, each centred on its grid line (at --_t of the axis, a fraction),
   * but moved in from an end it would cross (one near an end, with text at 200 % on a phone, would stick out of the
   * element): --_x is its start's offset, clamped between the axis' start and its end less the label's width. Every
   * second one where the axis is narrow.
   */
  .decades {
    position: relative;
    container-type: inline-size;
    block-size: 1.4em;
    color: var(--_muted);
    font-size: 0.75em;
  }
  .decades span {
    --_x: clamp(0px, calc(var(--_t) * 100cqi - 50%), calc(100cqi - 100%));
    position: absolute;
    inset-inline-start: 0;
    white-space: nowrap;
    translate: var(--_x);
  }
  .decades span:dir(rtl) {
    translate: calc(-1 * var(--_x));
  }
  @container (max-width: 22rem) {
    .decades span:nth-child(even) {
      display: none;
    }
  }
  /* A log scale's powers of ten: grid lines behind the bars (drawn over them, they cut the bars into pieces). */
  .tick {
    stroke: var(--_border);
    stroke-width: 1px;
  }
  /* The zero line, when a row has negative values. */
  .zero {
    stroke: var(--_fg);
    stroke-width: 1.5px;
  }
  .range line {
    stroke: var(--compare-chart-range-color, var(--_fg));
    stroke-width: 1.5px;
  }
  /*
   * Forced colours: the bars keep their item colours (the legend's key), outlined in the text colour; the
   * track is the page's colour with an edge, so an empty track (a missing value) no longer reads as a full bar.
   */
  @media (forced-colors: active) {
    .track {
      forced-color-adjust: none;
    }
    .axis {
      fill: Canvas;
      stroke: GrayText;
      stroke-width: 1px;
      vector-effect: non-scaling-stroke;
    }
    .bar {
      stroke: CanvasText;
    }
    .tick {
      stroke: GrayText;
    }
    .zero,
    .range line {
      stroke: CanvasText;
    }
  }
`;
