/**
 * RichText: `**bold**`, `*italic*` and `[text](url)`; everything else is
 * literal text. As in Markdown, a marker opens emphasis only before a
 * character that is not whitespace, and closes it only after one: in
 * "2 * 3 * 4" or "a ** b" the stars are text. Never HTML. Pure and
 * linear-time: a search that found nothing is remembered, so a long run of
 * unmatched markers cannot go quadratic.
 */
export type RichNode =
  | { type: 'text'; text: string }
  | { type: 'bold' | 'italic'; children: RichNode[] }
  | { type: 'link'; url: string; children: RichNode[] };

/**
 * `indexOf` that remembers its last answer per needle: a result found searching
 * from `from` also answers any later search from a point between `from` and it
 * (and a miss answers every later search), so scanning stays linear.
 */
function makeFinder(s: string) {
  const memo = new Map<string, readonly [from: number, at: number]>();
  const find = (needle: string, from: number): number => {
    const m = memo.get(needle);
    if (m && m[0] <= from && (m[1] === -1 || from <= m[1])) return m[1];
    const at = s.indexOf(needle, from);
    memo.set(needle, [from, at]);
    return at;
  };
  /**
   * The first marker at or after `from` that can close emphasis: `**`, or a
   * `*` that is not part of `**`, right after a character that is not
   * whitespace ("a ** b" closes nothing). Positions are listed once per
   * string and searched by halving: linear however many markers fail.
   */
  const closers = new Map<string, number[]>();
  find.closer = (marker: '**' | '*', from: number): number => {
    let list = closers.get(marker);
    if (!list) {
      list = [];
      for (let p = s.indexOf('*', 1); p !== -1; p = s.indexOf('*', p + 1)) {
        if (SPACE.test(s[p - 1]!)) continue;
        if (marker === '**' ? s[p + 1] === '*' : s[p + 1] !== '*' && s[p - 1] !== '*') list.push(p);
      }
      closers.set(marker, list);
    }
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]! < from) lo = mid + 1;
      else hi = mid;
    }
    return lo < list.length ? list[lo]! : -1;
  };
  /**
   * Where a scan for a link's `)` from each point stops (see linkEnd), made in one pass from the end, so that
   * "[a]([a]([a](…" costs one step per "](", not one per character after it: a `)` or whitespace stops it there; a
   * `(` skips to its `)` and on (-1 when its own scan stopped at whitespace or found none); another character, the next.
   */
  let stops: Int32Array | undefined;
  find.linkEnd = (from: number, end: number): number => {
    if (!stops) {
      stops = new Int32Array(s.length + 1).fill(-1);
      for (let i = s.length; i--; ) {
        const c = s[i]!;
        const next = stops[i + 1]!;
        stops[i] = c === ')' || c <= ' ' ? i : c !== '(' ? next : s[next] === ')' ? stops[next + 1]! : -1;
      }
    }
    return linkEnd(s, from, end, stops);
  };
  return find;
}

type Finder = ReturnType<typeof makeFinder>;

export function parseRichText(source: string): RichNode[] {
  return parseRange(source, 0, source.length, makeFinder(source), true);
}

const MARKUP = /[*[]/;
/** Whitespace next to a marker: an emphasis opens before, and closes after, a character that is not. */
const SPACE = /\s/;
const parsed = new Map<string, readonly RichNode[]>();
/** The characters of the strings in `parsed`. */
let kept = 0;

/**
 * parseRichText for this module's readers (the validator, the views, JSON-LD),
 * which never change the nodes: text without `*` or `[` is not parsed at all,
 * and a string is parsed once however many readers want it (the validator
 * twice, then the element and its JSON-LD, on a first render). At most 500
 * strings and 2 million characters are kept: a long FAQ answer too, all of a
 * document of the largest size.
 */
export function richNodes(source: string): readonly RichNode[] {
  if (!MARKUP.test(source)) return source ? [{ type: 'text', text: source }] : [];
  let nodes = parsed.get(source);
  if (!nodes) {
    nodes = parseRichText(source);
    if (parsed.size >= 500 || (kept += source.length) > 2e6) {
      parsed.clear();
      kept = source.length;
    }
    parsed.set(source, nodes);
  }
  return nodes;
}

function parseRange(s: string, start: number, end: number, find: Finder, links: boolean): RichNode[] {
  const out: RichNode[] = [];
  let text = '';
  let i = start;
  const flush = () => {
    if (text) out.push({ type: 'text', text });
    text = '';
  };
  while (i < end) {
    const c = s[i];
    if (c !== '*' && c !== '[') {
      // A run of plain text at once, not a character at a time.
      let j = i + 1;
      while (j < end && s[j] !== '*' && s[j] !== '[') j++;
      text += s.slice(i, j);
      i = j;
      continue;
    }
    if (c === '*' && s[i + 1] === '*') {
      // Opens only before a character that is not whitespace ("2 ** 3" is text), as in Markdown.
      const close = i + 2 < end && !SPACE.test(s[i + 2]!) ? find.closer('**', i + 2) : -1;
      if (close > i + 2 && close + 2 <= end) {
        flush();
        out.push({ type: 'bold', children: parseRange(s, i + 2, close, find, links) });
        i = close + 2;
        continue;
      }
      // An unclosed `**` is literal text, both stars: the second must not open an italic.
      text += '**';
      i += 2;
      continue;
    } else if (c === '*') {
      const close = i + 1 < end && !SPACE.test(s[i + 1]!) ? find.closer('*', i + 1) : -1;
      if (close > i + 1 && close < end) {
        flush();
        out.push({ type: 'italic', children: parseRange(s, i + 1, close, find, links) });
        i = close + 1;
        continue;
      }
    } else if (c === '[' && links) {
      const mid = find('](', i + 1);
      // (A link needs words: "[ ](url)" or an invisible one would be a link with no name.)
      if (mid > i + 1 && mid < end && !s.slice(i + 1, mid).includes('[') && /[^\s\p{Cf}]/u.test(s.slice(i + 1, mid))) {
        const close = find.linkEnd(mid + 2, end);
        if (close > mid + 2 && s.slice(mid + 2, close).trim()) {
          flush();
          out.push({ type: 'link', url: linkUrl(s.slice(mid + 2, close)), children: parseRange(s, i + 1, mid, find, false) });
          i = close + 1;
          continue;
        }
      }
    }
    text += c;
    i++;
  }
  flush();
  return out;
}

/**
 * The `)` that closes a link URL starting at `from`: parentheses inside the URL
 * must balance (`https://en.wikipedia.org/wiki/Rust_(programming_language)`).
 * As in Markdown, spaces may stand around the URL and a title may follow it
 * (`[docs]( https://x.org "Docs")`: see linkUrl); any other whitespace ends the
 * attempt. At most 2048 characters on. `stops`: see makeFinder.
 */
function linkEnd(s: string, from: number, end: number, stops: Int32Array): number {
  const stop = Math.min(end, from + 2048);
  while (s[from] === ' ') from++;
  const j = stops[from]!;
  if (j < 0 || j >= stop) return -1;
  if (s[j] === ')') return j;
  TAIL.lastIndex = j;
  return TAIL.test(s) && TAIL.lastIndex <= end ? TAIL.lastIndex - 1 : -1;
}

/** After a link's URL: spaces, a title in quotes, the `)`. */
// (Spaces on one side of the title only, so a run of them is tried one way: linear.)
const TAIL = / +(?:(?:"[^"\n]*"|'[^'\n]*') *)?\)/y;

/** The URL between a link's `(` and `)`, without the spaces and title around it. */
const linkUrl = (inside: string): string => inside.trim().replace(/\s+["'][^]*$/, '');

/** Every link URL of a RichText string (for validation). */
export function richTextLinks(source: string): string[] {
  const urls: string[] = [];
  const visit = (nodes: readonly RichNode[]) => {
    for (const n of nodes) {
      if (n.type === 'link') urls.push(n.url);
      if (n.type !== 'text') visit(n.children);
    }
  };
  visit(richNodes(source));
  return urls;
}

/** Plain text of a RichText string (for aria labels, JSON-LD, titles). */
export function richTextPlain(source: string): string {
  const parts: string[] = [];
  const visit = (nodes: readonly RichNode[]) => {
    for (const n of nodes) n.type === 'text' ? parts.push(n.text) : visit(n.children);
  };
  visit(richNodes(source));
  return parts.join('');
}
