import { css } from 'lit';

/**
 * System tokens: every element reads these, with these defaults, so a page can
 * set `--compare-*` once on any ancestor. Per-element tokens fall back to them.
 * `theme="dark"` / `theme="auto"` swap the colour defaults through `color-scheme`.
 */
export const tokens = css`
  :host {
    color-scheme: light;
    --_bg: var(--compare-color-surface, light-dark(#ffffff, #16181d));
    --_fg: var(--compare-color-text, light-dark(#1a1d23, #e8eaee));
    --_muted: var(--compare-color-muted, light-dark(#5b6270, #a4abb8));
    --_border: var(--compare-color-border, light-dark(#d8dce3, #3a3f4a));
    --_subtle: var(--compare-color-subtle, light-dark(#f3f5f8, #20232a));
    --_accent: var(--compare-color-accent, light-dark(#1f5fbf, #7fb0ff));
    --_winner: var(--compare-color-winner, light-dark(#116b3a, #7ddca0));
    --_winner-bg: var(--compare-color-winner-bg, light-dark(#e3f4e9, #173526));
    --_up: var(--compare-color-diff-up, light-dark(#116b3a, #7ddca0));
    --_down: var(--compare-color-diff-down, light-dark(#a8321d, #ff9d87));
    --_error: var(--compare-color-error, light-dark(#a8321d, #ff9d87));
    --_error-bg: var(--compare-color-error-bg, light-dark(#fdf0ed, #3a1d17));
    /* Item colours when an item has no \`color\`: distinct, AA against the surface in both schemes. */
    --_series-0: var(--compare-color-series-1, light-dark(#1f5fbf, #7fb0ff));
    --_series-1: var(--compare-color-series-2, light-dark(#b3400b, #ffa270));
    --_series-2: var(--compare-color-series-3, light-dark(#137a4b, #6fd6a0));
    --_series-3: var(--compare-color-series-4, light-dark(#7b3fb8, #c9a2ff));
    --_series-4: var(--compare-color-series-5, light-dark(#a11d5e, #ff8cc3));
    --_series-5: var(--compare-color-series-6, light-dark(#0b6f7c, #5fd3e0));
    --_series-6: var(--compare-color-series-7, light-dark(#8a6100, #f2c14e));
    --_series-7: var(--compare-color-series-8, light-dark(#4a5468, #b4bfd3));
    --_font: var(--compare-font, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    --_size: var(--compare-font-size, 1rem);
    --_radius: var(--compare-radius, 0.5rem);
    --_space: var(--compare-space, 1rem);
  }
  /*
   * light-dark() picks by color-scheme: the theme only sets the scheme. Light on paper, which is white
   * (backgrounds do not print): the dark variants, made for a dark surface, were pale on it ("best" 1.6:1).
   */
  @media screen {
    :host([theme='dark']) {
      color-scheme: dark;
    }
    :host([theme='auto']) {
      color-scheme: light dark;
    }
  }
  /*
   * theme="host": the page's text colour; muted text, borders and tints mixed
   * from it; no surface of its own. The light or dark variant of the other
   * colours (color-scheme) and --_page-bg, an opaque copy of the page's
   * background for sticky cells, are measured from the page: base/host-theme.ts.
   * Any theme, when a page's reset (* { all: unset }) took the element's own
   * surface and colours (unset): the page's then, as here (custom properties,
   * which the reset leaves).
   */
  :host(:is([theme='host'], :state(unset))) {
    --_bg: var(--compare-color-surface, var(--_page-bg, Canvas));
    --_fg: var(--compare-color-text, currentColor);
    --_muted: var(--compare-color-muted, color-mix(in srgb, currentColor 85%, transparent));
    --_border: var(--compare-color-border, color-mix(in srgb, currentColor 25%, transparent));
    --_subtle: var(--compare-color-subtle, color-mix(in srgb, currentColor 6%, transparent));
    --_winner-bg: var(--compare-color-winner-bg, color-mix(in srgb, var(--_winner) 12%, transparent));
    --_error-bg: var(--compare-color-error-bg, color-mix(in srgb, var(--_error) 10%, transparent));
  }
`;

/** Host box, states, and the error block: shared by every element. */
export const base = css`
  :host {
    display: block;
    /* Space from what is before and after it on the page, as a paragraph has (two elements in a row do not touch). */
    margin-block: var(--compare-margin-block, 1.5rem);
    box-sizing: border-box;
    color: var(--_fg);
    /*
     * Every theme brings its surface, so a light block stays readable on a
     * dark page (a blog in dark mode); theme="host" takes the page's instead.
     */
    background: var(--compare-color-background, var(--_bg));
    font-family: var(--_font);
    font-size: var(--_size);
    line-height: 1.5;
    /*
     * The other inherited text properties at their initial values, so that
     * what a page sets on body or a wrapper (a theme's letter-spacing,
     * text-align: center, white-space: nowrap, a light font-weight…) does not
     * reach the shadow tree and change the layout. The page can still set
     * them on the element itself (compare-facts { letter-spacing: … }), as a
     * reader's text spacing does (WCAG 1.4.12). White space, indent and
     * alignment are on .root below: a page's reset cannot open those.
     */
    font-style: normal;
    font-weight: 400;
    font-variant: normal;
    font-stretch: normal;
    font-kerning: auto;
    font-feature-settings: normal;
    font-variation-settings: normal;
    font-size-adjust: none;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-shadow: none;
    text-rendering: auto;
    word-break: normal;
    overflow-wrap: normal;
    hyphens: manual;
    tab-size: 8;
    min-block-size: 0;
  }
  /* None at the edges of what holds it (a card's padding is space enough), as prose styles do. */
  :host(:first-child) {
    margin-block-start: 0;
  }
  :host(:last-child) {
    margin-block-end: 0;
  }
  /* Korean breaks lines between words (at spaces), not inside them. (Firefox gives the shadow tree no language of the host's: both.) */
  :host(:lang(ko)),
  :lang(ko) {
    word-break: keep-all;
  }
  /*
   * Its surface stands out from the page behind it (a dark block on a light blog): the text keeps off its edges,
   * less on a phone (a table keeps its width). Not while loading (the placeholder keeps the space compare-kit.css
   * reserved), nor on paper (backgrounds do not print). Important: a page's reset ("* { padding: 0 }", Tailwind's
   * preflight) beats a :host rule, and left the text on the frame's edges; the page sets it with the token.
   */
  @media screen {
    :host(:state(framed):not([state='loading'])) {
      padding: var(--compare-frame-padding, var(--_frame, min(var(--_space), 3vw))) !important;
      border-radius: var(--_radius);
    }
  }
  /* theme="host": the page's background, font and text colour. */
  :host([theme='host']) {
    background: var(--compare-color-background, transparent);
    font-family: var(--compare-font, inherit);
    font-size: var(--compare-font-size, inherit);
  }
  :host([hidden]),
  :host([state='empty']) {
    display: none;
  }
  :host([state='loading']) {
    min-block-size: var(--_placeholder, var(--compare-placeholder-height, 12rem));
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .placeholder {
    min-block-size: inherit;
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  .error {
    border: 1px solid var(--_error);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: var(--_error-bg);
    color: var(--_fg);
    padding: calc(var(--_space) * 0.75) var(--_space);
    overflow-wrap: anywhere;
  }
  .error strong {
    display: block;
    color: var(--_error);
  }
  .error ul {
    margin: 0.5em 0 0;
    padding-inline-start: 1.25em;
  }
  .error code {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 0.9em;
  }
  /* A word longer than the line (a heading's, in some languages, with text at 200 % on a phone) breaks, not the page's width. */
  .heading {
    font-size: var(--compare-heading-size, 1.25em);
    font-weight: 700;
    line-height: 1.3;
    margin: 0 0 calc(var(--_space) * 0.75);
    overflow-wrap: anywhere;
  }
  .missing {
    color: var(--_muted);
  }
  .badge {
    display: inline-block;
    padding: 0 0.45em;
    border-radius: 999px;
    border: 1px solid currentColor;
    color: var(--_winner);
    font-size: 0.75em;
    font-weight: 600;
    line-height: 1.5;
    white-space: nowrap;
    vertical-align: 0.1em;
  }
  /* An item's name beside its dot (swatchName()): the dot in the padding before it, at the start of the layout, a block
     of its own, so a name on two lines starts both after the dot (the chart's legend wrapped under it). */
  .swatched {
    display: inline-block;
    position: relative;
    padding-inline-start: 1.1em;
  }
  /* (Firefox: on its baseline, the last line cut off, the cell kept the room of the whole name.) */
  .swatched,
  .item-name,
  .clamped {
    /* No wider than its cell: a long word breaks inside it ("Kraftfahrzeughaftpflichtversicherung" painted over the next column). */
    max-inline-size: 100%;
    vertical-align: top;
  }
  /* The name in its own direction (dir="auto": isolated; the ellipsis at its end, past its box when its last line is
     short, drawn, not clipped), aligned with the layout: at the start of its line (as the chart's bars' names were).
     A long name (300 characters) stops after four lines, the rest shown on hover or focus: its whole text stays in the
     DOM, the accessible name of its column header or card unchanged. A table's column is narrow (84 px with seven
     items): its header stops after ten, so a name of 60 characters stays whole there. */
  .item-name,
  .clamped {
    display: -webkit-inline-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 4;
    overflow: visible clip;
  }
  :dir(ltr) > :is(.item-name, .clamped) {
    text-align: left;
  }
  :dir(rtl) > :is(.item-name, .clamped) {
    text-align: right;
  }
  :where(thead) :is(.item-name, .clamped) {
    -webkit-line-clamp: 10;
  }
  /* Whole on hover, and while the keyboard's focus is in the element (its scroll box, a link, a button). */
  :is(.item-name, .clamped):hover,
  :is(:focus-visible, :has(:focus-visible)) :is(.item-name, .clamped) {
    -webkit-line-clamp: none;
  }
  /* And on paper, where nothing hovers. */
  @media print {
    :is(.item-name, .clamped) {
      -webkit-line-clamp: none;
    }
  }
  .swatched > .swatch {
    position: absolute;
    inset-inline-start: 0;
    inset-block-start: calc(0.5lh - 0.35em);
  }
  .swatch {
    display: inline-block;
    inline-size: 0.7em;
    block-size: 0.7em;
    border-radius: 50%;
    margin-inline-end: 0.4em;
    background: var(--_item-color, var(--_accent));
    /* Its edge where the colour would vanish on the surface (itemColor() in base/fragments.ts). */
    box-shadow: inset 0 0 0 1px var(--_item-edge);
  }
  /*
   * An item's stripe, a border of its colour at the top (.stripe) or the start (.stripe-start) of a box: edged
   * outside and in where the colour would vanish on the surface (--_item-edge: itemColor() in base/fragments.ts).
   */
  .stripe {
    box-shadow: 0 -1px var(--_item-edge), inset 0 1px var(--_item-edge);
  }
  .stripe-start {
    box-shadow: -1px 0 var(--_item-edge), inset 1px 0 var(--_item-edge);
  }
  .stripe-start:dir(rtl) {
    box-shadow: 1px 0 var(--_item-edge), inset -1px 0 var(--_item-edge);
  }
  /* Forced colours drop backgrounds: the dot keeps its item colour (it is the key to the chart's bars). */
  @media (forced-colors: active) {
    .swatch {
      forced-color-adjust: none;
      border: 1px solid CanvasText;
    }
  }
  a {
    color: var(--_accent);
  }
  /* A value's amount and unit stay on one line (amountFirst() in src/base/fragments.ts). */
  .amount {
    white-space: nowrap;
  }
  /* Every link's focus shows like the buttons' (links in text had the browser's thin ring). */
  a:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
    border-radius: 2px;
  }
  /* The affiliate disclosure (disclosure() in base/links.ts); each element places it. */
  .disclosure {
    color: var(--_muted);
    font-size: 0.85em;
  }
  /*
   * The one box around everything the element shows (CompareElement.render): the container its layout answers,
   * rather than the host, whose box a page's reset (* { all: unset }, compare-facts { all: unset }) turns into an
   * inline box, which is no container: the layout was the narrowest at any width. It sizes its boxes from their
   * borders whatever the host's box-sizing (unset: content-box, so a box with padding overflowed its width).
   */
  .root {
    container-type: inline-size;
    box-sizing: border-box;
    min-block-size: inherit;
    /* (As the host's text properties, here: a page's body { white-space: nowrap } through a reset host broke every line out of its box.) */
    white-space: normal;
    text-indent: 0;
    text-align: start;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
