/**
 * The other themes bring a surface of their own. Where it stands out from
 * the page behind it (a dark block on a light blog, the light default on a
 * dark one) the element is told so (`framed`), and its text keeps off the
 * edges of that surface (`:host(:state(framed))` in styles/tokens.ts).
 *
 * `theme="host"`: the element takes the page's font and text colour through
 * CSS (`inherit`, `currentColor`, `color-mix()`; see styles/tokens.ts). Two
 * things CSS cannot read from the page are measured here:
 *
 * - whether the page is light or dark behind the element, which picks the
 *   light or dark variant of the accent, winner, diff and series colours
 *   (`color-scheme` on the host, so `light-dark()` picks), so they keep AA
 *   contrast on the page's own background;
 * - that background as an opaque colour (`--_page-bg`), for the few surfaces
 *   that must hide what scrolls under them (sticky table cells) or sit on an
 *   accent (button text). Everything else stays transparent.
 *
 * The same for an element of any theme whose own box a page's reset took
 * (`* { all: unset }`: its host is then an inline box; `unset`): it takes the
 * page's colours as theme="host" does, its scheme set on `.root` too.
 *
 * Measured when the element updates, and again whenever the page switches
 * its own theme: a class, `data-theme` (or `style`, `data-bs-theme`,
 * `data-mode`) change on `<html>` or `<body>`, a style sheet added, switched
 * or loaded later, a colour transition ending, or a change of
 * `prefers-color-scheme`. The result goes into a stylesheet
 * of the element's own shadow root: nothing is written to the page.
 */

/** RGBA, channels 0–255, alpha 0–1. */
type Rgba = [number, number, number, number];

/** Page attributes whose change usually means "the page switched its theme". */
const THEME_ATTRIBUTES = ['class', 'style', 'data-theme', 'data-bs-theme', 'data-mode', 'data-color-scheme'];

/** What an element is told: its surface stands out from the page (`framed`); a page's reset took its own box (`unset`). */
type Tell = (framed: boolean, unset: boolean) => void;
/** Each watched element: what to tell it, and its theme when last seen. */
const watched = new Map<HostThemed, { framed: Tell; theme: string | null }>();
const sheets = new WeakMap<HostThemed, { sheet: CSSStyleSheet; text: string }>();
let observer: MutationObserver | undefined;
let media: MediaQueryList | undefined;
let frame = 0;

/** An element that renders into an open shadow root (a CompareElement). */
export interface HostThemed extends HTMLElement {
  readonly shadowRoot: ShadowRoot | null;
  theme?: string | undefined;
}

/** Follows the page's colours (`theme="host"`), or whether its own surface stands out from them (`framed`). */
export function syncHostTheme(el: HostThemed, framed: Tell): void {
  if (!el.isConnected) return unwatchHostTheme(el);
  const theme = el.getAttribute('theme');
  const seen = watched.get(el);
  if (!seen) watch(el, { framed, theme });
  else if (seen.theme === theme && theme !== 'host') return;
  else seen.theme = theme;
  // theme="host" follows the page at each update; the other themes' frame is measured when an element comes or
  // changes its theme, with every other element's, once a frame before it is painted (measured at each update,
  // each measure a style recalculation of its own, <compare-page>'s first render took 25 ms more).
  if (theme === 'host') apply(el);
  else schedule();
}

/** Stops following the page (the element was removed). */
export function unwatchHostTheme(el: HostThemed): void {
  if (!watched.delete(el)) return;
  dropSheet(el);
  if (watched.size === 0) stopListening();
}

function dropSheet(el: HostThemed): void {
  const own = sheets.get(el);
  const root = el.shadowRoot;
  if (own && root) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== own.sheet);
  sheets.delete(el);
}

function watch(el: HostThemed, entry: { framed: Tell; theme: string | null }): void {
  watched.set(el, entry);
  if (observer) return;
  observer = new MutationObserver(schedule);
  observeRoots();
  document.addEventListener('transitionend', onTransitionEnd, true);
  document.addEventListener('load', onLoad, true);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', observeRoots, { once: true });
  media = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : undefined;
  media?.addEventListener('change', schedule);
}

function observeRoots(): void {
  for (const node of [document.documentElement, document.body]) {
    if (node) observer?.observe(node, { attributes: true, attributeFilter: THEME_ATTRIBUTES });
  }
  // Style sheets added, switched or loaded later (a theme switcher's <link>, CSS-in-JS, async CSS).
  if (document.head) observer?.observe(document.head, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['href', 'media', 'disabled'] });
}

function stopListening(): void {
  observer?.disconnect();
  observer = undefined;
  document.removeEventListener('transitionend', onTransitionEnd, true);
  document.removeEventListener('load', onLoad, true);
  document.removeEventListener('DOMContentLoaded', observeRoots);
  media?.removeEventListener('change', schedule);
  media = undefined;
}

/** A style sheet that came later (`<link rel="stylesheet">` loaded): images do not count. */
function onLoad(e: Event): void {
  if (e.target instanceof HTMLLinkElement) schedule();
}

/** A page that fades its colours has its final ones only when the transition ends. */
function onTransitionEnd(e: TransitionEvent): void {
  if (/color|background/.test(e.propertyName)) schedule();
}

/** One measurement per frame for every watched element, after the page's styles changed. */
function schedule(): void {
  if (frame) return;
  frame = requestAnimationFrame(() => {
    frame = 0;
    for (const el of watched.keys()) apply(el);
  });
}

function apply(el: HostThemed): void {
  const root = el.shadowRoot;
  if (!root || !('adoptedStyleSheets' in root)) return;
  const bg = pageBackground(el);
  const style = getComputedStyle(el);
  const tell = watched.get(el)?.framed;
  // A page's reset of the element (* { all: unset }, compare-facts { all: unset }) beats its :host rules: its box is
  // then inline, without its surface, its colours or its scheme. It takes the page's colours, as theme="host" does
  // (the tokens of :host(:state(unset)) in styles/tokens.ts; the scheme on .root, which the page's rule cannot reach).
  const unset = style.display == 'inline';
  if (el.getAttribute('theme') !== 'host' && !unset) {
    dropSheet(el);
    // Its surface over the page (it may be translucent) against the page: apart by more than a shade.
    const own = parseColor(style.backgroundColor);
    const seen = own && over(own, bg);
    tell?.(!!seen && seen.some((v, i) => i < 3 && Math.abs(v - bg[i]!) > 8), false);
    return;
  }
  tell?.(false, unset);
  const scheme = luminance(bg) < DARK_BELOW ? 'dark' : 'light';
  // On screen only: on paper the element is light (styles/tokens.ts), on the paper's white.
  const text = `@media screen{:host,.root{color-scheme:${scheme};--_page-bg:rgb(${bg.slice(0, 3).map(Math.round).join(' ')})}}`;
  let own = sheets.get(el);
  if (own?.text === text && root.adoptedStyleSheets.includes(own.sheet)) return;
  if (!own) {
    own = { sheet: new CSSStyleSheet(), text: '' };
    sheets.set(el, own);
  }
  own.sheet.replaceSync(text);
  own.text = text;
  if (!root.adoptedStyleSheets.includes(own.sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, own.sheet];
}

/**
 * Relative luminance under which a background counts as dark: where white
 * and black text have the same contrast on it (√(1.05 × 0.05) − 0.05).
 */
const DARK_BELOW = 0.179;

/**
 * The colour the page paints behind the element: the backgrounds of its
 * ancestors (across shadow roots and slots), composed until one is opaque,
 * over the canvas. The nearest that paints an image (a gradient, a photo)
 * ends the search too, as an opaque colour would: its colours cannot be read,
 * so the page's text tells, light text for a dark page (html {
 * background-image: linear-gradient(#0f172a, #1e293b); color: #eee } was white
 * behind; a dark gradient band on a light page was the page's white).
 */
export function pageBackground(el: Element): Rgba {
  const layers: Rgba[] = [];
  let image = false;
  for (let node = parentOf(el); node && !image; node = parentOf(node)) {
    const style = getComputedStyle(node);
    // (An image paints over its box's own colour.)
    image = style.backgroundImage != 'none';
    const c = !image && parseColor(style.backgroundColor);
    if (c && c[3] > 0) {
      layers.push(c);
      if (c[3] >= 1) break;
    }
  }
  const text = image && parseColor(getComputedStyle(parentOf(el)!).color);
  let out: Rgba = layers.at(-1)?.[3] === 1 ? layers.pop()! : text ? shade(luminance(text) > DARK_BELOW) : canvas();
  for (const layer of layers.reverse()) out = over(layer, out);
  return out;
}

/** The element its box is drawn in: the slot it is assigned to, its parent, or its shadow root's host. */
function parentOf(node: Element): Element | null {
  if (node.assignedSlot) return node.assignedSlot;
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** The page's canvas: dark when the root asks for a dark scheme (and, for "light dark", the reader prefers it). */
function canvas(): Rgba {
  const scheme = getComputedStyle(document.documentElement).colorScheme || 'normal';
  const words = scheme.split(/\s+/);
  return shade(words.includes('dark') && (!words.includes('light') || !!matchMedia?.('(prefers-color-scheme: dark)').matches));
}

const shade = (dark: boolean): Rgba => (dark ? [18, 18, 18, 1] : [255, 255, 255, 1]);

function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i]! * a + bottom[i]! * (1 - a)).concat(1) as Rgba;
}

/** WCAG relative luminance of an sRGB colour. */
function luminance([r, g, b]: Rgba): number {
  const lin = (v: number) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/**
 * A computed colour as RGBA: `rgb()`/`rgba()` and `color(srgb …)` read
 * directly; any other space (oklch, lab…) through a canvas. Null if unreadable.
 */
export function parseColor(value: string): Rgba | null {
  const v = value.trim().toLowerCase();
  if (v === 'transparent') return [0, 0, 0, 0];
  let m = /^rgba?\(([^)]+)\)$/.exec(v);
  if (m) {
    const n = m[1]!.split(/[\s,/]+/).filter(Boolean).map(Number);
    if (n.length >= 3 && n.every(Number.isFinite)) return [n[0]!, n[1]!, n[2]!, n[3] ?? 1];
  }
  m = /^color\(srgb\s+([^)]+)\)$/.exec(v);
  if (m) {
    const n = m[1]!.split(/[\s/]+/).filter(Boolean).map(Number);
    if (n.length >= 3 && n.every(Number.isFinite)) return [n[0]! * 255, n[1]! * 255, n[2]! * 255, n[3] ?? 1];
  }
  try {
    const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
    if (!ctx) return null;
    ctx.fillStyle = v;
    ctx.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
    return [r!, g!, b!, a! / 255];
  } catch {
    return null;
  }
}
