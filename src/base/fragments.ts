/**
 * Small view pieces every element uses the same way, so a missing value, a
 * winner or an item's colour look and read alike everywhere.
 */
import { html, noChange, nothing, type AttributePart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';
import type { Item } from '../schema/comparison.js';
import type { Cell } from '../values/rows.js';
import type { Strings } from './strings.js';

/**
 * The `lang` of the two languages an element may show (CompareElement's
 * `langs`): `data` on what shows the comparison's own text, `ui` on the
 * interface words inside it. `nothing` (no attribute) when they are the same.
 */
export interface Langs {
  readonly data: string | typeof nothing;
  readonly ui: string | typeof nothing;
}
export const SAME_LANGUAGE: Langs = Object.freeze({ data: nothing, ui: nothing });

/** "—", read as "not available". (Copied into missingValueCell() and the facts' Diff cell: change them alike.) */
export const missing = (s: Strings, ui: Langs['ui'] = nothing) =>
  html`<span part="missing" class="missing" lang=${ui}><span aria-hidden="true">—</span><span class="visually-hidden">${s.notAvailable}</span></span>`;

/**
 * A value cell holding only missing(): one template instead of a cell and a
 * nested missing() (tables have many). Keep the inner markup as missing()'s.
 */
export const missingValueCell = (s: Strings, ui: Langs['ui'] = nothing) =>
  html`<td part="value"><span part="missing" class="missing" lang=${ui}><span aria-hidden="true">—</span><span class="visually-hidden">${s.notAvailable}</span></span></td>`;

/**
 * A value cell of a table (key facts, full comparison): the value as written with its amount kept whole,
 * the "best" marker on the winner's, and the value's own note under it; a missing value with a note
 * ({ "note": "not yet released" }) shows the note beside its "—".
 */
export function valueCell(cell: Cell, s: Strings, ui: Langs['ui']) {
  const note = cell.note ? html`<span part="value-note" class="value-note">${cell.note}</span>` : null;
  if (cell.text === null) return note ? html`<td part="value">${missing(s, ui)}${note}</td>` : missingValueCell(s, ui);
  const text = amountFirst(cell.text, breakable);
  // (One template per kind, the plain one with a single binding: a 1,000-row table has 3,000 of them.)
  if (cell.winner) return html`<td part="value winner" class="winner">${text}${bestBadge(s, ui)}${note ?? nothing}</td>`;
  return note ? html`<td part="value">${text}${note}</td>` : html`<td part="value">${text}</td>`;
}

/**
 * Text with a line-break opportunity after each "/", so "TensorFlow/PyTorch/Scikit-learn"
 * or "requests/second" wrap in a narrow column instead of widening the table.
 * Still text only: the pieces go through Lit bindings.
 */
export function breakable(text: string): unknown {
  if (!text.includes('/')) return text;
  return text.split('/').map((part, i) => (i === 0 ? part : html`/<wbr />${part}`));
}

/**
 * A value's leading amount with its unit ("16.2 kWh/100 km", "1 299,99 €", "1-2 weeks", "$12.50/month"): where
 * it holds a space or a slash, a line must not break inside it (a reader takes "16.2" alone for the value). The
 * rest of the text wraps as text does. Display only: the text is the value as written.
 */
const NUM = String.raw`\d+(?:[.,'’\u00a0\u202f\u2009]\d+| \d{3}(?!\d))*`;
// Roughly, and for display only: a currency or sign, or one or two lowercase words before the number ("более 100 млн",
// "bis zu 18 Std."; not "Best for 1-5 developers"); the number or a range; a word of up to six characters after it,
// the unit ("€", "kWh/100 km", "/month"; a count's longer word, "450,000+ / packages", may break from its number: it
// cannot be misread); a second part of a duration ("1 мин 30 с"). It may take a few words that are no amount
// ("iOS 17 or"): harmless, they only stay on one line.
const LEAD = new RegExp(
  String.raw`^(?:[^\s\d\p{Ll}]{1,4} ?|\p{Ll}[\p{L}.]{1,9} (?:\p{Ll}{1,4} )?)?[-−+~≈<>≤≥]? ?${NUM}(?: ?[-–—] ?${NUM})?\+?(?: ?[^\s\d(][^\s(]{0,5}?(?:\/\d+ \p{L}{1,4})?(?: \d{1,2} ?\p{L}{1,8})?(?=\s|$))?`,
  'u',
);
export function amountFirst(text: string, rest: (text: string) => unknown = (t) => t): unknown {
  const lead = LEAD.exec(text)?.[0];
  // (Up to 20 characters: longer, it would widen a phone's column more than a break harms it.)
  return lead && lead.length <= 20 && /[\s/]/.test(lead) ? html`<span class="amount">${lead}</span>${rest(text.slice(lead.length))}` : rest(text);
}

/** The visible "best" marker of a winner (words, not only colour or an icon). */
export const bestBadge = (s: Strings, ui: Langs['ui'] = nothing) => html` <span part="winner" class="badge" lang=${ui}>${s.best}</span>`;

/** "Your vote could not be sent (HTTP 500).": the status inside the sentence, before its full stop, never on a line of its own. */
export const failedWith = (sentence: string, status: string | false | 0 | undefined) =>
  status ? sentence.replace(/([.。!！]?)$/, `\u00a0(${status.replace(/ /g, '\u00a0')})$1`) : sentence;

/**
 * Custom properties on one element, for `style=${styleProps({ '--_n': '3' })}`.
 * In the browser they are set through the CSSOM (`style.setProperty`), never
 * as a `style` attribute: a page whose Content-Security-Policy has no
 * 'unsafe-inline' in style-src blocks style attributes (Lit's `styleMap`
 * writes the attribute on first render), not the CSSOM. Server rendering
 * (which calls `render()`) writes the attribute.
 */
class StyleProps extends Directive {
  #shown = new Map<string, string>();

  constructor(info: PartInfo) {
    super(info);
    // Only `style=${…}`: with text around it, Lit would write the attribute.
    if (info.type !== PartType.ATTRIBUTE || info.name !== 'style' || (info.strings && (info.strings.length > 2 || info.strings.join('') !== ''))) {
      throw new Error('styleProps() must be the whole value of a style attribute');
    }
  }

  render(props: Readonly<Record<string, string>>): string {
    return Object.entries(props)
      .map(([name, value]) => `${name}:${value}`)
      .join(';');
  }

  override update(part: AttributePart, [props]: [Readonly<Record<string, string>>]) {
    const style = (part.element as HTMLElement | SVGElement).style;
    for (const name of this.#shown.keys()) {
      if (!(name in props)) {
        style.removeProperty(name);
        this.#shown.delete(name);
      }
    }
    for (const [name, value] of Object.entries(props)) {
      if (this.#shown.get(name) === value) continue;
      style.setProperty(name, value);
      this.#shown.set(name, value);
    }
    return noChange;
  }
}
export const styleProps = directive(StyleProps);

/**
 * Gives an item's colour to `--_item-color` (theme colour when absent): `style=${itemColor(item, i)}`. An author's
 * colour is picked for a light page; on a dark scheme its oklch lightness is lifted to .7 + l/4 (from .7 for black, hue
 * and chroma kept; above .93 as given), so a black or navy brand colour still shows as a bar, a border or a dot on a
 * dark surface, and two colours keep their order of lightness: black and dark grey, navy and a mid blue stay apart.
 *
 * And `--_item-edge`, the edge of a mark filled with that colour (a stripe, a bar, a dot): where the colour is too
 * pale for a light surface (oklch lightness over .6: white, yellow, "#fff59d") or too dark for a dark one (under .6: a
 * page's dark series token), the colour at lightness .6, opaque, at least 3:1 on the themes' surfaces (WCAG 1.4.11:
 * about 3.9:1 on white, 4.5:1 on the dark surface); otherwise the same colour, transparent, so the mark looks as
 * before. The fill stays the item's colour (the brand's). `oklch(from var(--_item-edge) l c h / 1)` is the colour
 * itself where it shows, else its edge: for a line that is the mark (an underline, a bar's start).
 */
// (The alpha, 0 where the colour shows, 1 where it does not, is clamped to 0…1 by the browser: no clamp() needed.)
const EDGE = 'light-dark(oklch(from var(--_item-color) min(l,.6) c h/calc((l - .6)*99)),oklch(from var(--_item-color) max(l,.6) c h/calc((.6 - l)*99)))';
export const itemColor = ({ color: c }: Item, index: number) =>
  styleProps({ '--_item-color': c ? `light-dark(${c}, oklch(from ${c} max(l, .7 + l / 4) c h))` : `var(--_series-${index % 8})`, '--_item-edge': EDGE });

/**
 * "Last updated ‹month›": the interface's words, the month in the comparison's
 * language (as the format says), marked with its `lang` when the two differ,
 * so a screen reader says "Februar" in a German voice on an English page.
 */
export function lastUpdated(s: Strings, month: string, data: Langs['data']) {
  if (data === nothing) return html`<bdi>${s.lastUpdated(month)}</bdi>`;
  let [before = '', after = ''] = s.lastUpdated('\u0000').split('\u0000');
  // (A month that ends in a dot, "январь 2026 г.", ends the sentence itself.)
  if (month.endsWith('.') && after.startsWith('.')) after = after.slice(1);
  return html`<bdi>${before}<span lang=${data}>${month}</span>${after}</bdi>`;
}

/**
 * Names put into a sentence of the interface ("Choose ‹name› if", "Diff ‹a› vs ‹b›"), each in a `<bdi>`:
 * isolated from the sentence for the bidi algorithm, so an Arabic name in an English sentence, an English one
 * in an Arabic sentence, or a name with stray direction controls ("Alpha\u202Eevil") cannot reorder the words
 * around it. Markup, not U+2068…U+2069 around the name: those characters end up in the accessible name (a
 * heading's, a column header's), where some screen readers say them and a spoken command no longer matches.
 * The names are the comparison's: marked with its language (`lang`, Langs' `data`) when the interface's differs.
 */
export const named = (say: (...names: string[]) => string, lang: Langs['data'], ...names: string[]) =>
  html`<bdi>${say(...names.map((_, i) => `\0${i}\0`))
    .split('\0')
    // Embeddings, overrides and isolates inside a name go: one of them (U+2069) could close the isolate early.
    .map((part, i) => (i % 2 ? html`<bdi lang=${lang}>${names[+part]!.replace(/[\u202a-\u202e\u2066-\u2069]/g, '')}</bdi>` : part))}</bdi>`;

/** A dot in the item's colour, decorative. */
export const swatch = () => html`<span class="swatch" aria-hidden="true"></span>`;

/**
 * An item's dot and name. The name is isolated in its own direction (an
 * English name on an Arabic page, an Arabic one on an English page): the dot
 * stays at the start of the layout, its gap between it and the name.
 */
// (The dot is placed in the name's start padding: a line never breaks after it, leaving it alone above the name.)
export const swatchName = (name: string) => html`<span class="swatched"><span class="swatch" aria-hidden="true"></span><span class="item-name" dir="auto">${name}</span></span>`;

/** A section heading at the element's `heading-level` (role + aria-level: no dynamic tags needed). */
export const heading = (text: string, level: number, extra: unknown = nothing) =>
  html`<div part="heading" class="heading" role="heading" aria-level=${level}>${text}${extra}</div>`;
