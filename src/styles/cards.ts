import { css } from 'lit';

/**
 * Cards in even rows (the header's items, pros and cons, "Choose X if"): one
 * row when every card gets at least `--_min`; else two even rows (5 cards:
 * 3 + 2, not 4 + 1) when half of them fit; else as many per row as fit. The
 * rule sets `--_min` and `--_gap`; the template sets `--_n` (the cards) and
 * `--_half` (half of them, rounded up) with evenRowsOf() (base/fragments.ts).
 * --_row is a card's width in one row; --_two a card's width in two rows, or
 * 0 while one row fits.
 */
export const evenRows = css`
  --_row: calc((100% - (var(--_n) - 1) * var(--_gap)) / var(--_n));
  --_two: clamp(0px, (var(--_min) - var(--_row)) * 100000, (100% - (var(--_half) - 1) * var(--_gap)) / var(--_half));
  grid-template-columns: repeat(auto-fit, minmax(max(var(--_min), var(--_row), var(--_two)), 1fr));
  gap: var(--_gap);
`;
