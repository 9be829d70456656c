import { css, unsafeCSS } from 'lit';

/**
 * Cards in even rows (the header's items, pros and cons, "Choose X if"): one
 * row when every card gets at least `--_min`; else two even rows (5 cards:
 * 3 + 2, not 4 + 1) when half of them fit; else as many per row as fit. The
 * rule sets `--_min` and `--_gap`; cardCounts() sets `--_n` (the cards) and
 * `--_half` (half of them, rounded up) from the grid's children.
 * --_row is a card's width in one row; --_two a card's width in two rows, or
 * 0 while one row fits.
 */
export const evenRows = css`
  --_row: calc((100% - (var(--_n) - 1) * var(--_gap)) / var(--_n));
  --_two: clamp(0px, (var(--_min) - var(--_row)) * 100000, (100% - (var(--_half) - 1) * var(--_gap)) / var(--_half));
  grid-template-columns: repeat(auto-fit, minmax(max(var(--_min), var(--_row), var(--_two)), 1fr));
  gap: var(--_gap);
`;

/**
 * `--_n` and `--_half` of a grid of 1 to 8 cards (a comparison has at most 8
 * items), read from its children in CSS: a style attribute would be blocked
 * by a Content-Security-Policy without 'unsafe-inline', and server-rendered
 * cards would stand one per row until the script ran. (`grid` is a selector
 * of ours, not data.)
 */
export const cardCounts = (grid: string) =>
  unsafeCSS([1, 2, 3, 4, 5, 6, 7, 8].map((n) => `${grid}:has(>:nth-child(${n}):last-child){--_n:${n};--_half:${Math.ceil(n / 2)}}`).join(''));
