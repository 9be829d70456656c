import { unsafeCSS, type CSSResult } from 'lit';

/**
 * The height each element keeps while its data loads: its height at 1024 px
 * with a typical comparison (test/fixtures/three-databases.json), so the page
 * does not jump when the data arrives. One table for the elements' styles, <compare-page>'s placeholder
 * (one block per section it shows) and, by hand, compare-kit.css
 * (`:not(:defined)`); test/theming.test.ts checks that all three agree.
 */
export const PLACEHOLDER_HEIGHT = {
  header: '27.5rem',
  verdict: '20rem',
  facts: '28rem',
  highlights: '18rem',
  table: '56rem',
  chart: '71rem',
  proscons: '20rem',
  faq: '8.5rem',
  resources: '15rem',
  related: '15.5rem',
  track: '20.5rem',
} as const;

export type PlaceholderSection = keyof typeof PLACEHOLDER_HEIGHT;

/** `--_placeholder` for an element: its own token, else the shared one, else the table's height. A constant, never data. */
export function placeholderHeight(section: PlaceholderSection): CSSResult {
  return unsafeCSS(`var(--compare-${section}-placeholder-height, var(--compare-placeholder-height, ${PLACEHOLDER_HEIGHT[section]}))`);
}
