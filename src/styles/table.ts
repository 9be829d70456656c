import { css } from 'lit';

/**
 * What the three tables (key facts, key differences, full comparison) share:
 * a bordered box that scrolls sideways, a separate-border table, its caption
 * and cells. An element sets `--_tb-border` and `--_tb-header-bg` from its own
 * tokens and adds what is its own after this sheet.
 */
export const tableBase = css`
  .scroll {
    /* Positioned, so visually hidden texts stay inside the scroll box and cannot widen the page. */
    position: relative;
    overflow-x: auto;
    border: 1px solid var(--_tb-border, var(--_border));
    border-radius: var(--_radius);
    /*
     * A shadow at an edge the table scrolls past, so a cut-off column does not
     * read as complete ("$39,9"): two shadows fixed to the box, each covered
     * by a patch of the background that scrolls with the table and sits over
     * it only when the table is scrolled to that end. No script.
     */
    --_edge: color-mix(in srgb, var(--_fg) 22%, transparent);
    background:
      linear-gradient(to right, var(--_bg) 40%, transparent) left / 2rem 100% no-repeat local,
      linear-gradient(to left, var(--_bg) 40%, transparent) right / 2rem 100% no-repeat local,
      radial-gradient(farthest-side at 0 50%, var(--_edge), transparent) left / 0.75rem 100% no-repeat scroll,
      radial-gradient(farthest-side at 100% 50%, var(--_edge), transparent) right / 0.75rem 100% no-repeat scroll;
  }
  /* Framed (see styles/tokens.ts): the frame is the box's edge, no box in the box. */
  :host(:state(framed)) .scroll {
    border-color: #0000;
  }

  /*
   * Where scroll-driven animations run (not Firefox ESR, which keeps the background above), the two
   * shadows are drawn above the cells instead: an opaque header, winner or sticky cell hid them. The box
   * is a grid of one column whose rows hold its content (compare-table's caption bar, then the table) and
   * two strips over them all, stuck to its edges; each strip shows by how far the box is scrolled. No
   * timeline (nothing to scroll, or on paper): no animation, opacity 0. Longhands: the build's minifier
   * folds "animation" and "animation-timeline" into one shorthand, which no engine reads.
   */
  @supports (animation-timeline: scroll()) {
    .scroll {
      display: grid;
      background: none;
      scroll-timeline: --edge inline;
    }
    .scroll > * {
      grid-area: 1 / 1;
    }
    .scroll > * + * {
      grid-row: 2;
    }
    .scroll::before,
    .scroll::after {
      content: '';
      grid-area: 1 / 1 / span 2;
      position: sticky;
      inset-inline: 0;
      /* Above the sticky cells (compare-table's corner cell: 3). */
      z-index: 4;
      inline-size: 0.75rem;
      pointer-events: none;
      opacity: 0;
      background: radial-gradient(farthest-side at 0, var(--_edge), transparent);
      animation-name: edge;
      animation-timeline: --edge;
    }
    /* The start shadow from 5 % of the scroll on, the end shadow until the last 5 %; the gradient turned to face its edge (stuckLabels' too, below). */
    .scroll::after {
      justify-self: end;
      animation-direction: reverse;
    }
    .scroll:dir(ltr)::after,
    .scroll:dir(rtl)::before {
      scale: -1;
    }
  }
  @keyframes edge {
    5%,
    to {
      opacity: 1;
    }
  }

  /* The box is a keyboard stop while it has something to scroll (src/base/scroll-stop.ts): its focus shows like the other controls'. */
  .scroll:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  table {
    inline-size: 100%;
    border-collapse: separate;
    border-spacing: 0;
    font-variant-numeric: tabular-nums;
  }
  caption {
    caption-side: top;
    text-align: start;
    padding: calc(var(--_space) * 0.75) calc(var(--_space) * 0.75) 0;
  }
  /* The caption is as wide as the table; its heading stays in view while the table scrolls sideways. */
  caption > .heading {
    position: sticky;
    inset-inline-start: calc(var(--_space) * 0.75);
    max-inline-size: calc(100cqi - 2px - var(--_space) * 1.5);
  }
  th,
  td {
    /* A word broken to fit a narrow column (zoomed text on a phone) gets a hyphen where the language has the rules. */
    hyphens: auto;
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    text-align: start;
    vertical-align: top;
    border-block-end: 1px solid var(--_tb-border, var(--_border));
  }
  tbody tr:last-child > * {
    border-block-end: 0;
  }
  /* A phone-wide box (or zoomed text): narrower gutters, so a column holds a whole word more often. */
  @container (max-width: 24rem) {
    th,
    td {
      padding-inline: calc(var(--_space) * 0.4);
    }
  }
  /* A row's citation, under its label (key facts, full table); the affiliate disclosure under the table. */
  .source {
    display: block;
    inline-size: fit-content;
    font-size: 0.8em;
    font-weight: 400;
  }
  .disclosure {
    margin: calc(var(--_space) * 0.5) 0 0;
  }
  /* The tint over the surface: opaque with theme="host" too (a tint of the page's text), so a sticky header cell hides what scrolls under it. */
  thead th {
    background: linear-gradient(var(--_tb-header-bg, var(--_subtle)) 0 0), var(--_bg);
    font-weight: 600;
  }
  /*
   * On paper nothing scrolls: the table takes the page's width, its columns share it and their words
   * break where they must (a scroll box cut off the last columns). Over the elements' own widths and
   * sticky cells, hence !important (relative, not static: a label cell still holds its shadow, stuckLabels).
   * Not a grid: Chromium's printed grid leaves out the header row repeated on each page, so a long table ran
   * out of its box over what follows.
   */
  @media print {
    .scroll {
      display: block;
      overflow: visible !important;
      background: none;
    }
    table {
      table-layout: fixed;
      font-size: 0.8em;
    }
    th,
    td {
      position: relative !important;
      min-inline-size: 0 !important;
      overflow-wrap: anywhere;
      padding: 0.3em 0.4em;
    }
    .amount {
      white-space: normal;
    }
    /* The labels' column a little wider than an item's. */
    thead tr:last-child > :first-child {
      inline-size: 20%;
    }
  }
`;

/**
 * The key facts' and the full table's sticky label column: the start shadow at the labels' end edge, where
 * the values slide under them (not over the labels at the box's edge). Only where scroll-driven animations
 * run: elsewhere (Firefox ESR) the box has no ::before strip, and this one's animation, with no timeline
 * and no duration, leaves it at opacity 0 (the box's background keeps its shadows there).
 */
export const stuckLabels = css`
  .scroll::before {
    display: none;
  }
  th[scope='row']::before,
  thead tr > :first-child::before {
    content: '';
    position: absolute;
    inset-block: 0;
    inset-inline-start: 100%;
    inline-size: 0.75rem;
    pointer-events: none;
    opacity: 0;
    background: linear-gradient(to right, var(--_edge), transparent);
    animation-name: edge;
    animation-timeline: --edge;
  }
  /* Over the row line above too, so the rows' strips join into one. */
  th[scope='row']::before {
    inset-block-start: -1px;
  }
  /* Right to left, turned to face its edge (as the box's strips); not another cell's ::before (a page's ::part() marker). */
  th[scope='row']:dir(rtl)::before,
  thead tr > :first-child:dir(rtl)::before {
    scale: -1;
  }
`;
