/**
 * Where an element's comparison comes from, in the contract's order of
 * precedence: the `data` property, a child <script type="application/json">,
 * `for="id"` (the text of that element), then `src`.
 */
import type { Comparison } from '../schema/comparison.js';
import { parseComparison } from '../schema/parse.js';
import { ComparisonLoadError } from './errors.js';
import { fetchComparison } from './fetch-comparison.js';

export type ComparisonInput =
  | { from: 'data'; value: unknown }
  | { from: 'inline'; text: string }
  | { from: 'for'; id: string; text: string | null }
  | { from: 'src'; url: string }
  /**
   * A `src` the browser cannot read as a URL ("http://[", a port past 65535), or will not fetch: with a user name or
   * password (which fetch refuses), or of another scheme than http:, https:, data: or blob: (`javascript:`, `file:`).
   */
  | { from: 'bad-src'; src: string }
  | { from: 'none' };

export interface SourceHost {
  data?: unknown;
  src?: string | null | undefined;
  for?: string | null | undefined;
}

/** Reads what the element was given: DOM reads only (and hides a JSON carrier, see below); no parsing, no fetching. */
export function findInput(host: SourceHost & HTMLElement): ComparisonInput {
  // An empty string is no data either (a template that had nothing to put there): the other inputs decide.
  if (host.data !== undefined && host.data !== null && !(typeof host.data === 'string' && !host.data.trim())) return { from: 'data', value: host.data };
  for (const child of host.children) {
    if (child.localName === 'script' && (child as HTMLScriptElement).type.trim().toLowerCase() === 'application/json') {
      return { from: 'inline', text: child.textContent ?? '' };
    }
  }
  if (host.for) {
    const root = host.getRootNode() as Document | ShadowRoot;
    const target = root.getElementById?.(host.for) ?? host.ownerDocument.getElementById(host.for);
    // Every carrier of that id, not only the first: one snippet pasted twice, or two elements of one comparison
    // (`embed` names the carrier by its content), give the page two; the second showed as raw JSON.
    if (target) for (const el of (target.getRootNode() as ParentNode).querySelectorAll('.compare-kit-json')) if (el.id === host.for) hideJsonCarrier(el);
    return { from: 'for', id: host.for, text: target ? (target.textContent ?? '') : null };
  }
  const src = host.src?.trim();
  if (src) {
    try {
      const url = new URL(src, host.ownerDocument.baseURI);
      // Not with a user name or password ("https://me:pw@example.com/"), nor javascript: or file: (a page opened from
      // disk: serve it); any other scheme the page's fetch may load (an app's capacitor:, an extension's
      // chrome-extension:, data:, blob:) goes.
      if (!url.username && !url.password && !/^(javascript|file):$/.test(url.protocol)) return { from: 'src', url: url.href };
    } catch {
      // below
    }
    return { from: 'bad-src', src };
  }
  return { from: 'none' };
}

/**
 * The one write: a `for` target marked `class="compare-kit-json"` carries the
 * JSON as page text (a `<pre>`, what WordPress keeps for authors, who lose
 * `<script>`, `style` and `hidden`), so it is hidden once found. Opt-in by that
 * class only: any other element named by `for` (a visible code sample, an
 * editor's textarea) stays as the page made it.
 */
function hideJsonCarrier(target: Element): void {
  if (!target.classList.contains('compare-kit-json') || !(target instanceof HTMLElement)) return;
  if (!target.hidden) target.hidden = true;
  // A theme's `pre { display: block }` would beat the [hidden] rule of the UA style sheet.
  if (target.style.display !== 'none') target.style.display = 'none';
}

/** Inputs that need no network resolve at once (synchronously validated). */
export function resolveNow(input: Exclude<ComparisonInput, { from: 'src' } | { from: 'none' }>): Comparison {
  let result;
  let where: string;
  if (input.from === 'bad-src') {
    // Never a password, in the page or in a report: "https://…@example.com/x".
    const src = input.src.replace(/\/\/[^/?#]*@/, '//…@');
    const shown = src.length > 80 ? `${src.slice(0, 79)}…` : src;
    throw new ComparisonLoadError({ kind: 'network', message: `src="${shown}" is not a valid URL: check the address (http:// or https://, no password)` });
  }
  if (input.from === 'data') {
    result = parseComparison(input.value);
    where = 'the data property';
  } else if (input.from === 'inline') {
    result = parseComparison(input.text);
    where = 'the inline <script type="application/json">';
  } else {
    if (input.text === null) {
      throw new ComparisonLoadError({ kind: 'parse', message: `for="${input.id}": no element with id "${input.id}" on this page` });
    }
    result = parseComparison(input.text);
    where = `the element with id "${input.id}"`;
  }
  if (result.ok) return result.comparison;
  throw new ComparisonLoadError({
    kind: result.kind,
    // Lines of text in the page count from the line of its opening tag: a blogger looks for them in the page's source.
    message: result.kind === 'parse' ? `${where} is ${result.message}${input.from !== 'data' && /\bline \d/.test(result.message) ? '; line 1 is the line of its opening tag' : ''}` : `${where}: ${result.message}`,
    issues: result.issues,
  });
}

export function resolveSrc(url: string, options: { signal: AbortSignal; timeout: number }): Promise<Comparison> {
  return fetchComparison(url, options);
}

/** A stable key of an input, to skip reloading when nothing changed. */
export function inputKey(input: ComparisonInput): unknown {
  switch (input.from) {
    case 'data':
      return input.value;
    case 'inline':
    case 'for':
      return `${input.from}:${input.text ?? '\u0000missing'}`;
    case 'src':
      return `src:${input.url}`;
    case 'bad-src':
      return `bad-src:${input.src}`;
    default:
      return 'none';
  }
}
