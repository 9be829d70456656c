/**
 * Small view pieces every element uses the same way, so a missing value, a
 * winner or an item's colour look and read alike everywhere.
 */
import { html, nothing } from 'lit';
import type { Item } from '../schema/comparison.js';
import type { Strings } from './strings.js';

/** "—", read as "not available". */
export const missing = (s: Strings) =>
  html`<span part="missing" class="missing"><span aria-hidden="true">—</span><span class="visually-hidden">${s.notAvailable}</span></span>`;

/** The visible "best" marker of a winner (words, not only colour or an icon). */
export const bestBadge = (s: Strings) => html` <span part="winner" class="badge">${s.best}</span>`;

/** Inline style giving an item's colour to `--_item-color` (theme colour when absent). */
export const itemColor = (item: Item, index: number) => `--_item-color:${item.color ?? `var(--_series-${index % 8})`}`;

/** A dot in the item's colour, decorative. */
export const swatch = () => html`<span class="swatch" aria-hidden="true"></span>`;

/** A section heading at the element's `heading-level` (role + aria-level: no dynamic tags needed). */
export const heading = (text: string, level: number, extra: unknown = nothing) =>
  html`<div part="heading" class="heading" role="heading" aria-level=${level}>${text}${extra}</div>`;
