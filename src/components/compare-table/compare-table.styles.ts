import { css } from 'lit';
import { authorText } from '../../styles/bidi.js';
import { placeholderHeight } from '../../styles/placeholders.js';

export const styles = css`
  :host {
    --_placeholder: ${placeholderHeight('table')};
    --_border-color: var(--compare-table-border-color, var(--_border));
    --_header-bg: var(--compare-table-header-bg, var(--_subtle));
    --_group-bg: var(--compare-table-group-bg, var(--_subtle));
    --_tb-border: var(--_border-color);
    --_tb-header-bg: var(--_header-bg);
  }
  /* The wrapper scrolls (both ways when --compare-table-max-height is set); the host never overflows. */
  .scroll {
    overflow: auto;
    max-block-size: var(--compare-table-max-height, none);
    overscroll-behavior-inline: contain;
  }
  /* Above the table in its box (no <caption>: a table's caption that is not its name is its description, and the
     toggle's words would be read in it): it stays in view while the table scrolls sideways. */
  .caption-inner {
    position: sticky;
    inset-inline-start: 0;
    max-inline-size: calc(100cqi - 2px);
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: calc(var(--_space) * 0.5) var(--_space);
    padding: calc(var(--_space) * 0.75) calc(var(--_space) * 0.75) calc(var(--_space) * 0.5);
  }
  .caption-inner .heading {
    margin: 0;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
  }
  .toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    cursor: pointer;
    font-size: 0.9em;
  }
  /* (Sized by the label's text, not the browser's 13.33 px for inputs.) */
  .toggle input {
    font: inherit;
    flex: none;
    inline-size: 1.1em;
    block-size: 1.1em;
    margin: 0;
    accent-color: var(--_accent);
  }
  .toggle input:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  th,
  td {
    overflow-wrap: break-word;
  }
  /* One tbody per group: every group keeps its last line. */
  tbody tr:last-child > * {
    border-block-end: 1px solid var(--_tb-border);
  }
  /* Capped: a value or item name longer than that (a pasted URL, a model number) wraps rather than pushing the other items out of view. */
  td,
  thead th {
    max-inline-size: 16rem;
  }
  td {
    min-inline-size: 7rem;
  }
  /* Header row: sticks to the top when the wrapper scrolls vertically (--compare-table-max-height). */
  thead th {
    position: sticky;
    inset-block-start: 0;
    z-index: 2;
    border-block-end-width: 2px;
  }
  /* First column: sticks to the start when the table scrolls sideways. */
  th[scope='row'],
  thead th:first-child {
    position: sticky;
    inset-inline-start: 0;
    min-inline-size: 9rem;
    max-inline-size: 18rem;
    border-inline-end: 1px solid var(--_border-color);
  }
  /* The start shadow (stuckLabels) begins past this border, not on it. */
  th::before {
    margin-inline-start: 1px;
  }
  th[scope='row'] {
    z-index: 1;
    font-weight: 500;
    background: var(--_bg);
  }
  th[scope='row']:focus {
    outline: none;
  }
  th[scope='row']:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: -2px;
  }
  thead th:first-child {
    z-index: 3;
  }
  @container (max-width: 30rem) {
    th[scope='row'],
    thead th:first-child {
      min-inline-size: 7.5rem;
    }
    td {
      min-inline-size: 6.5rem;
    }
  }
  /* Phone widths: tighter cells so two items fit without scrolling; the sticky labels take at most half the box, so the values scrolling under them show. */
  @container (max-width: 24rem) {
    th,
    td {
      padding-inline: calc(var(--_space) * 0.5);
    }
    th[scope='row'],
    thead th:first-child {
      min-inline-size: 6rem;
      max-inline-size: 50cqi;
    }
    td {
      min-inline-size: 5rem;
    }
  }
  .group-header {
    background: var(--_group-bg);
    font-weight: 700;
  }
  /* Group labels, notes and buttons span the whole table: their content stays in view. */
  .stick {
    position: sticky;
    inset-inline-start: calc(var(--_space) * 0.75);
    display: inline-block;
    max-inline-size: calc(100cqi - var(--_space) * 1.5 - 2px);
  }
  .unit,
  .note,
  .value-note {
    display: block;
    color: var(--_muted);
    font-size: 0.85em;
    font-weight: 400;
  }
  td.winner {
    background: var(--compare-table-winner-bg, var(--_winner-bg));
  }
  .badge {
    margin-inline-start: 0.25em;
  }
  .no-differences {
    color: var(--_muted);
    font-style: italic;
  }
  .more-cell {
    padding-block: calc(var(--_space) * 0.5);
  }
  .more {
    font: inherit;
    font-size: 0.9em;
    font-weight: 600;
    color: var(--_accent);
    background: var(--_bg);
    border: 1px solid var(--_border-color);
    border-radius: var(--_radius);
    padding: 0.3em 0.8em;
    cursor: pointer;
  }
  .more:hover {
    border-color: var(--_accent);
  }
  .more:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  /* A chevron drawn with borders: decorative, no text for screen readers to read. */
  .more-icon {
    display: inline-block;
    inline-size: 0.45em;
    block-size: 0.45em;
    margin-inline-end: 0.55em;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: translateY(-0.2em) rotate(45deg);
    transition: transform 0.15s;
  }
  .more[aria-expanded='true'] .more-icon {
    transform: translateY(0.05em) rotate(225deg);
  }
  /* The borders are on the other side in right-to-left text: turn the other way to point down (up when expanded). */
  .more:dir(rtl) .more-icon {
    transform: translateY(-0.2em) rotate(-45deg);
  }
  .more[aria-expanded='true']:dir(rtl) .more-icon {
    transform: translateY(0.05em) rotate(135deg);
  }
  @media (prefers-reduced-motion: reduce) {
    .more-icon {
      transition: none;
    }
  }
  tbody:last-of-type tr:last-child > * {
    border-block-end: 0;
  }
  /*
   * On paper: the rows behind "Show N more" too (nobody can press it there; in CSS, so server-rendered HTML
   * prints them without a script, and window.print() needs no update first), no buttons or toggle.
   */
  @media print {
    tr[data-more] {
      display: table-row;
    }
    .controls,
    .more-cell {
      display: none;
    }
  }
  ${authorText('.label, .group-header .stick', "td[part~='value'], .unit, .note, .value-note")}
`;
