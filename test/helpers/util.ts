import { waitUntil } from '@open-wc/testing';
import type { CompareElement, LoadState } from '../../src/base/compare-element.js';
import type { ComparePage } from '../../src/components/compare-page/compare-page.js';
import { whenIdle } from '../../src/base/idle.js';

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
