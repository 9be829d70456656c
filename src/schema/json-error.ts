/**
 * Where JSON text stops being JSON, said the same way in every browser: V8
 * gives no position for a trailing comma and WebKit never gives one, so a
 * blogger with a 300-line file could not find the mistake. Run after
 * `JSON.parse` failed; or, with `twice`, after it did not, for the names an
 * object has more than once (`JSON.parse` keeps the last and says nothing).
 * A scan, not a parser (nothing is built).
 */
const WS = /[ \t\n\r]*/y;
// A text's run of plain characters, and one escape: read in turns by `string()` (one pattern for the whole text,
// (?:plain|escape)*, overflowed the regular expression's stack on a long text of escapes, "\u003c" 100,000 times).
const PLAIN = /[^"\\\u0000-\u001f]*/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[\da-fA-F]{4})/y;
const SCALAR = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

/**
 * "line 3, column 26, at `x }`", "line 3, column 17: a comma before `]` (remove it)", "it ends too soon (line 12)";
 * undefined when the text nests too deep to scan. `twice` hears the path of each name given again in its object
 * (`["items", 1, "name"]`).
 */
export function jsonErrorPlace(text: string, twice?: (path: (string | number)[]) => void): string | undefined {
  let i = 0;
  const path: (string | number)[] = [];
  /** Stopped where a name was expected (`{ version: 1 }`), not a value. */
  let atName = false;
  /** Stopped after a value, where a list (`[`) or an object (`{`) wanted a comma or its end; after a name (`:`), where it wanted a colon. */
  let after = '';
  const eat = (re: RegExp): boolean => {
    re.lastIndex = i;
    const ok = re.test(text);
    if (ok) i = re.lastIndex;
    return ok;
  };
  /** A text in double quotes, read past; else false, where it began. */
  const string = (): boolean => {
    if (text[i] !== '"') return false;
    const from = i++;
    for (;;) {
      eat(PLAIN);
      if (text[i] === '"') return ++i > 0;
      if (!eat(ESCAPE)) return (i = from), false;
    }
  };
  const value = (depth: number): boolean => {
    eat(WS);
    const open = text[i];
    if (open !== '{' && open !== '[') return string() || eat(SCALAR);
    if (depth > 200) throw depth;
    const close = open === '{' ? '}' : ']';
    i++;
    eat(WS);
    if (text[i] === close) return ++i > 0;
    const names = new Set<string>();
    for (let n = 0; ; n++) {
      let key: string | number = n;
      if (open === '{') {
        eat(WS);
        const from = i;
        if (!string()) return !(atName = true);
        if (twice) {
          key = JSON.parse(text.slice(from, i)) as string;
          if (names.has(key)) twice([...path, key]);
          names.add(key);
        }
        eat(WS);
        if (text[i] !== ':') return !(after = ':');
        i++;
      }
      path.push(key);
      if (!value(depth + 1)) return false;
      path.pop();
      eat(WS);
      if (text[i] !== ',') return text[i] === close ? ++i > 0 : !(after = open);
      i++;
    }
  };
  try {
    if (value(0) && eat(WS) && i === text.length) return undefined;
  } catch {
    return undefined;
  }
  const where = (k: number): string => {
    const before = text.slice(0, k);
    return `line ${before.split('\n').length}, column ${k - before.lastIndexOf('\n')}`;
  };
  if (!text.trim()) return 'it is empty';
  if (i >= text.length) return `it ends too soon (${where(i).split(',')[0]})`;
  // What went wrong, where it is plain: a comma before the end of a list or an object (the commonest slip), a text
  // with a line break in it or never closed.
  let k = i;
  while (k > 0 && /\s/.test(text[k - 1]!)) k--;
  if ((text[i] === ']' || text[i] === '}') && text[k - 1] === ',') return `${where(k - 1)}: a comma before \`${text[i]}\` (remove it)`;
  const at = `${where(i)}, at \`${text.slice(i, i + 12).split(/[\r\n]/)[0]}\``;
  // A value written as a person writes a number: right after digits (2026-06-01, 01, 50%, 5.), a group of three after
  // a space (1 299), digits where a name goes (1,299 in an object), a sign JSON has not ($5, +5, .5, -Infinity).
  const number = /^(\d[\d.%+-]|\d\s+\d{3}\b|[,{]\s*\d|\D?\s*[-+.$€£]+[\dI])/.test(text.slice(k && k - 1, i + 4));
  // After a value, a whole next one, apart from it (in an object, a name and its colon): the comma between them is
  // missing. Not a number run on (1-2, 2026-06-01), a word (NaN) or a second document. In a list "1 299" may be two
  // numbers or one (a range's [1 299, 1 499]): both are said. After a name, a whole value: its colon is missing.
  const j = i;
  const whole = () =>
    after === '{' ? string() && eat(WS) && text[i] === ':' : /[[{]/.test(text[i]!) || ((string() || eat(SCALAR)) && /[\s,\]}]|^$/.test(text[i] ?? ''));
  if (after && /\D/.test(text[i - 1]!) && whole()) return `${at}: a ${after === ':' ? 'colon' : 'comma'} missing before it${number ? ', or a number JSON does not have' : ''}`;
  i = j;
  if (number) return `${at}: a text without double quotes, or a number JSON does not have`;
  if (text[i] === '"' && !string()) return `${where(i)}: a text with a line break or a tab in it, or not closed (write a line break as \\n)`;
  // What editors and word processors put in: a no-break or zero-width space (invisible in the snippet), comments,
  // curly or single quotes, a name without quotes.
  if (/[\p{Cf}\p{Z}]/u.test(text[i]!)) return `${at}: an invisible character (${hex(text[i]!)}), where JSON has only spaces and line breaks (type a space instead)`;
  const hint = HINTS.find(([re]) => re.test(text.slice(i, i + 2)));
  return hint ? `${at}: ${hint[1]}` : /\p{L}/u.test(text[i]!) ? `${at}: ${atName ? 'a name' : 'a text'} without double quotes${atName || after === '{' ? '' : ', or a word JSON does not have (it has true, false and null)'}` : at;
}

/** A character's code point, as messages name it: "U+00A0". */
export const hex = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

const HINTS: [RegExp, string][] = [
  [/^\/[/*]/, 'a comment (JSON has none: remove it, or keep it as an "x-comment" key)'],
  [/^[“”„‘’]/, 'curly quotes (JSON needs straight double quotes: ")'],
  [/^'/, 'single quotes (JSON needs double quotes: ")'],
];
