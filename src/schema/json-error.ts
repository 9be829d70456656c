/**
 * Where JSON text stops being JSON, said the same way in every browser: V8
 * gives no position for a trailing comma and WebKit never gives one, so a
 * blogger with a 300-line file could not find the mistake. Run only after
 * `JSON.parse` failed; a scan, not a parser (nothing is built).
 */
const WS = /[ \t\n\r]*/y;
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[\da-fA-F]{4}))*"/y;
const SCALAR = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

/** "line 3, column 26, at `] }`", or "it ends too soon (line 12)"; undefined when the text nests too deep to scan. */
export function jsonErrorPlace(text: string): string | undefined {
  let i = 0;
  const eat = (re: RegExp): boolean => {
    re.lastIndex = i;
    const ok = re.test(text);
    if (ok) i = re.lastIndex;
    return ok;
  };
  const value = (depth: number): boolean => {
    eat(WS);
    const open = text[i];
    if (open !== '{' && open !== '[') return eat(STRING) || eat(SCALAR);
    if (depth > 200) throw depth;
    const close = open === '{' ? '}' : ']';
    i++;
    eat(WS);
    if (text[i] === close) return ++i > 0;
    for (;;) {
      if (open === '{') {
        eat(WS);
        if (!eat(STRING)) return false;
        eat(WS);
        if (text[i] !== ':') return false;
        i++;
      }
      if (!value(depth + 1)) return false;
      eat(WS);
      if (text[i] !== ',') return text[i] === close && ++i > 0;
      i++;
    }
  };
  try {
    if (value(0) && eat(WS) && i === text.length) return undefined;
  } catch {
    return undefined;
  }
  const before = text.slice(0, i);
  const line = before.split('\n').length;
  if (i >= text.length) return `it ends too soon (line ${line})`;
  return `line ${line}, column ${i - before.lastIndexOf('\n')}, at \`${text.slice(i, i + 12).split('\n')[0]}\``;
}
