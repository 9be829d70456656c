import { css } from 'lit';
import { authorText } from '../../styles/bidi.js';
import { placeholderHeight } from '../../styles/placeholders.js';

export const styles = css`
  :host {
    --_placeholder: ${placeholderHeight('facts')};
    --_tb-header-bg: var(--compare-facts-header-bg, var(--_subtle));
  }
  .scroll {
    border-color: var(--compare-facts-border-color, var(--_border));
  }
  /*
   * Columns take the room their words need, up to a cap: a word longer than
   * its cell (a pasted URL, a model number, a long item name) wraps inside it,
   * so it cannot push the other items out of view.
   */
  th,
  td {
    overflow-wrap: break-word;
  }
  th[scope='colgroup'] {
    border-block-end: 1px solid var(--_border);
  }
  /* With a baseline the header is two rows; the headers above the empty cell read as one with it. */
  .over > th:not([scope='colgroup']) {
    border-block-end: 0;
  }
  .under > td {
    background: linear-gradient(var(--_tb-header-bg) 0 0), var(--_bg);
  }
  /*
   * An item's name over its Diff column, whose figures are short ("−42% worse"): wide enough that a long name
   * takes two or three lines, not one per word, and no wider (at 10rem the Diffs took the values' room).
   */
  .under > th {
    min-inline-size: 6.5rem;
    font-size: 0.9em;
  }
  td,
  thead th {
    max-inline-size: 16rem;
  }
  td {
    min-inline-size: 6rem;
  }
  /* The labels' column sticks (in the header: the label header, and the empty cell under it with a baseline). */
  th[scope='row'],
  thead tr > :first-child {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
  }
  th[scope='row'] {
    font-weight: 500;
    background: var(--_bg);
    min-inline-size: 10rem;
    max-inline-size: 18rem;
  }
  /*
   * Narrow (a phone, or zoomed text): the sticky label column takes at most
   * half the box, so the values scrolling under it can be seen.
   */
  @container (max-width: 30rem) {
    th[scope='row'] {
      min-inline-size: min(6rem, 40cqi);
      max-inline-size: 50cqi;
    }
    td {
      min-inline-size: min(5rem, 40cqi);
    }
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
    background: var(--compare-facts-winner-bg, var(--_winner-bg));
  }
  .badge {
    margin-inline-start: 0.25em;
  }
  td.diff {
    white-space: nowrap;
    font-weight: 600;
  }
  .tone {
    font-size: 0.8em;
    font-weight: 500;
  }
  .diff.up {
    color: var(--_up);
  }
  .diff.down {
    color: var(--_down);
  }
  .diff.neutral {
    color: var(--_fg);
  }
  .footer {
    margin: calc(var(--_space) * 0.5) 0 0;
    overflow-wrap: anywhere;
    color: var(--_muted);
    font-size: 0.85em;
  }
  ${authorText('.label', "td[part~='value'], .unit, .note, .value-note")}
`;
