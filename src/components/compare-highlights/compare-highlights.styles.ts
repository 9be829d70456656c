import { css, unsafeCSS } from 'lit';
import { authorText } from '../../styles/bidi.js';
import { placeholderHeight } from '../../styles/placeholders.js';

/**
 * The rules that turn each table row into a card, for one size class (`.cards`
 * stands for it: a constant selector, so the build minifies this text). The
 * <table> itself keeps `display: table`, so it stays a table for assistive
 * technology in every engine; its rows and cells carry explicit ARIA roles,
 * so they keep theirs when their `display` changes. A constant string, never data.
 */
const CARDS = unsafeCSS(`
  .cards {
    overflow: visible;
    border: 0;
    border-radius: 0;
  }
  .cards table {
    table-layout: fixed;
  }
  .cards caption,
  .cards tbody,
  .cards tr,
  .cards th,
  .cards td {
    display: block;
  }
  .cards caption {
    padding: 0;
  }
  .cards thead {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .cards tbody {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .cards tbody tr {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
    gap: calc(var(--_space) * 0.5);
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_hl-border);
    border-radius: var(--_radius);
  }
  .cards tbody th,
  .cards tbody td {
    border-block-end: 0;
    min-inline-size: 0;
  }
  .cards .topic {
    grid-column: 1 / -1;
    max-inline-size: none;
    padding: 0;
    font-size: 1.05em;
    font-weight: 700;
  }
  .cards .claim {
    padding: 0.4em 0.75em;
    border-inline-start: 3px solid var(--_item-color, var(--_accent));
    border-radius: 0;
    border-start-end-radius: var(--_radius);
    border-end-end-radius: var(--_radius);
  }
  /* The item's stripe edged outside and in where its colour would vanish on the surface (itemColor() in base/fragments.ts). */
  .cards .claim:not(.winner) {
    box-shadow: -1px 0 var(--_item-edge), inset 1px 0 var(--_item-edge);
  }
  .cards .claim:not(.winner):dir(rtl) {
    box-shadow: 1px 0 var(--_item-edge), inset -1px 0 var(--_item-edge);
  }
  .cards .claim.winner {
    border-inline-start-color: var(--_hl-winner);
  }
  .cards .claim-item {
    display: block;
  }
`).cssText;
const cards = (p: string) => unsafeCSS(CARDS.replaceAll('.cards', p));

export const styles = css`
  :host {
    --_placeholder: ${placeholderHeight('highlights')};
    --_hl-border: var(--compare-highlights-border-color, var(--_border));
    --_hl-winner: var(--compare-highlights-winner-color, var(--_winner));
    --_tb-border: var(--_hl-border);
    --_tb-header-bg: var(--compare-highlights-header-bg, var(--_subtle));
  }
  .scroll {
    overflow-wrap: anywhere;
  }
  table {
    font-variant-numeric: normal;
  }
  thead th {
    overflow-wrap: normal;
  }
  /* A long item name wraps instead of widening its column past the others. */
  th[part~='item-header'] {
    max-inline-size: 16rem;
    overflow-wrap: break-word;
  }
  /*
   * A topic's words whole where the table has room for them beside its claims at their 9rem (the claims' "anywhere"
   * let a topic be squeezed to 8rem, "Complexidad|e" at 1024 px); a longer word wraps at that cap. The room is
   * counted for the most items of the size class, so no table scrolls sideways that did not.
   */
  .topic {
    font-weight: 600;
    min-inline-size: 8rem;
    max-inline-size: clamp(8rem, 100cqi - var(--_claims), 16rem);
    overflow-wrap: break-word;
  }
  .size-s {
    --_claims: 18.25rem;
  }
  .size-m {
    --_claims: 36.25rem;
  }
  .size-l {
    --_claims: 54.25rem;
  }
  .size-xl {
    --_claims: 72.25rem;
  }
  .claim {
    min-inline-size: 9rem;
  }
  .claim.winner {
    background: var(--compare-highlights-winner-bg, var(--_winner-bg));
  }
  .mark {
    white-space: nowrap;
    color: var(--_hl-winner);
  }
  .star {
    inline-size: 0.9em;
    block-size: 0.9em;
    vertical-align: -0.05em;
    margin-inline-start: 0.15em;
  }
  .mark .badge {
    margin-inline-start: 0.2em;
    color: var(--_hl-winner);
  }
  .claim-item {
    display: none;
    margin-block-end: 0.15em;
    font-size: 0.85em;
    font-weight: 600;
    color: var(--_muted);
  }
  /* Narrow element: rows become cards. The more items, the more room a table needs. */
  @container (width < 32rem) {
    ${cards('.size-s')}
  }
  @container (width < 44rem) {
    ${cards('.size-m')}
  }
  @container (width < 60rem) {
    ${cards('.size-l')}
  }
  /* 7 or 8 items need about 80rem as a table (8 claim columns and the topic's). */
  @container (width < 82rem) {
    ${cards('.size-xl')}
  }
  ${authorText('.claim .text', '.topic')}
`;
