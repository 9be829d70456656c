import { waitUntil } from '@open-wc/testing';
import type { CompareElement, LoadState } from '../../src/base/compare-element.js';
import type { ComparePage } from '../../src/components/compare-page/compare-page.js';
import { whenIdle } from '../../src/base/idle.js';

/** Chromium: the one engine whose DevTools protocol the runner drives (print and forced-colour emulation, coverage). */
export const inChromium = /Chrome\//.test(navigator.userAgent);

/**
 * How many of `n` cases a many-case check (a fuzz, every language) runs here: all in Chromium, a share in Firefox and
 * WebKit, where what the check adds is their engine, not more of the same JavaScript's cases (the three-engine run
 * stays well under 20 minutes: WebKit's fuzz of 300 documents took 78 s of it).
 */
export const share = (n: number, elsewhere = 1 / 3): number => (inChromium ? n : Math.ceil(n * elsewhere));

/** Waits until an element reaches a state (events may have fired before a test listens). */
export async function settled<T extends CompareElement>(el: T, state: LoadState | LoadState[] = ['ready', 'error', 'empty'], timeout = 5000): Promise<T> {
  const states = Array.isArray(state) ? state : [state];
  await waitUntil(() => states.includes(el.state), `state stayed "${el.state}", expected ${states.join(' or ')}`, { timeout });
  await el.updateComplete;
  return el;
}

export async function loadFixture(name: string): Promise<any> {
  const res = await fetch(`/test/fixtures/${name}`);
  if (!res.ok) throw new Error(`fixture ${name}: HTTP ${res.status}`);
  return res.json();
}

/**
 * The three-databases fixture for the interface in a language: no `locale` (the month in the page's language), and
 * groups that hide 1, 2 and 7 rows ("Show 1 more", "Show 2 more", "Show 7 more": each plural form).
 */
export async function collapsingFixture(): Promise<any> {
  const doc = await loadFixture('three-databases.json');
  delete doc.locale;
  doc.groups = doc.groups.map((g: any) => ({ ...g, collapseAfter: { limits: 3, performance: 1, history: 0 }[g.id as string] }));
  const history = doc.attributes.find((a: any) => a.group === 'history');
  for (let i = 0; i < 5; i++) doc.attributes.push({ ...history, id: `${history.id}-${i}`, label: `${history.label} ${i}` });
  return doc;
}

export async function loadDemo(): Promise<any> {
  const res = await fetch('/demo/data/python-vs-rust.json');
  return res.json();
}

/** Visible-ish text of a shadow root, whitespace collapsed. */
export function textOf(node: Element | ShadowRoot | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x));

/**
 * A failing chai assertion whose value is a DOM node can hang or crash the
 * test browser while chai formats the node: compare presence as booleans.
 */
export const none = (node: Node | null | undefined, what = 'node') => {
  if (node) throw new Error(`expected no ${what}, found <${(node as Element).localName ?? node.nodeName}>`);
};
export const some = (node: Node | null | undefined, what = 'node') => {
  if (!node) throw new Error(`expected ${what}, found none`);
};

/**
 * Resolves once the page has been idle: after what elements leave for then
 * (their JSON-LD, written while the page is idle after a render).
 */
export function idle(): Promise<void> {
  return new Promise((resolve) => whenIdle(() => setTimeout(resolve, 0)));
}

/** The section elements of a <compare-page>, in order (the track form is slotted from its light DOM). */
export function sectionsOf(page: Element): CompareElement[] {
  return [...page.shadowRoot!.querySelectorAll<Element>('[part~="section"] > *')].flatMap((el) =>
    el.localName === 'slot' ? ((el as HTMLSlotElement).assignedElements() as CompareElement[]) : [el as CompareElement],
  );
}

/** Waits until a <compare-page> and every one of its sections have settled. */
export async function pageSettled<T extends ComparePage>(page: T): Promise<T> {
  await settled(page);
  for (const el of sectionsOf(page)) await settled(el);
  return page;
}

/**
 * What a screen reader meets in a subtree, in order: its texts (whitespace collapsed), and names given in words
 * (`aria-label`, an SVG's `<title>`), through shadow roots and slots; not what is hidden from it (`aria-hidden="true"`, `hidden`,
 * `display: none`). A name taken from other text by `aria-labelledby` is that text, met once. A check for words read
 * twice (a caption repeating a heading), not an accessibility tree.
 */
export function spoken(root: Node): string[] {
  const out: string[] = [];
  const walk = (n: Node): void => {
    if (n.nodeType === Node.TEXT_NODE) {
      const t = n.textContent!.replace(/\s+/g, ' ').trim();
      if (t) out.push(t);
      return;
    }
    if (n instanceof Element) {
      // (An SVG's <title> is its name, though never shown.)
      if (n instanceof SVGTitleElement && n.getAttribute('aria-hidden') !== 'true') return void out.push(textOf(n));
      if (n.getAttribute('aria-hidden') === 'true' || n.hasAttribute('hidden') || ['style', 'script', 'template'].includes(n.localName) || getComputedStyle(n).display === 'none') return;
      const label = n.getAttribute('aria-label')?.trim();
      if (label) out.push(label);
      if (n.shadowRoot) return walk(n.shadowRoot);
      if (n instanceof HTMLSlotElement && n.assignedNodes().length) return n.assignedNodes().forEach(walk);
    }
    n.childNodes.forEach(walk);
  };
  walk(root);
  return out;
}

/** How many times a screen reader meets words in a subtree (see spoken()). */
export const timesSpoken = (root: Node, words: string): number => spoken(root).filter((t) => t.includes(words)).length;

/** The accessible name an element takes from `aria-labelledby` (ids in its own root): the texts it points at. */
export function labelledBy(el: Element): string {
  const root = el.getRootNode() as Document | ShadowRoot;
  return (el.getAttribute('aria-labelledby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => textOf(root.getElementById(id)))
    .join(' ');
}
