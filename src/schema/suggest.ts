/** Keys written for others that no edit distance finds: `lang` for `locale`, `q` for `question`. */
// The keys people type for ours (written without "_" or "-", in lower case: "last_updated", "keyDifferences").
const SYNONYMS: Record<string, string> = {
  lang: 'locale',
  language: 'locale',
  q: 'question',
  a: 'answer',
  href: 'url',
  link: 'url',
  website: 'url',
  logo: 'image',
  img: 'image',
  description: 'summary',
  lastupdated: 'updated',
  date: 'updated',
  keydifferences: 'highlights',
  differences: 'highlights',
  links: 'resources',
  type: 'kind',
  higherisbetter: 'better',
  direction: 'better',
};

/** "Did you mean" for unknown keys: a known synonym, or the closest known key within a small edit distance. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const w = word.toLowerCase();
  const plain = w.replace(/[-_]/g, '');
  const synonym = Object.hasOwn(SYNONYMS, plain) ? SYNONYMS[plain] : undefined;
  if (synonym && candidates.includes(synonym)) return synonym;
  let best: string | undefined;
  // Short words get no suggestion: "c" is not a typo of "a".
  let bestDistance = Math.min(w.length, Math.max(1, Math.floor(w.length / 3)) + 1);
  for (const c of candidates) {
    const d = distance(w, c.toLowerCase(), bestDistance);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/** The table of distance(), reused (it made six arrays for each pair of words, for each of 10,000 unknown keys). */
const table = new Uint8Array(65 * 65);

/** Damerau–Levenshtein (optimal string alignment), giving up past `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit || a.length > 64 || b.length > 64) return limit;
  // Row i of the table starts at i * 65.
  for (let i = 0; i <= a.length; i++) table[i * 65] = i;
  for (let j = 1; j <= b.length; j++) table[j] = j;
  // No later value is below a row's least or one more than the last row's least: once both reach `limit`, stop.
  for (let i = 1, last = 0; i <= a.length; i++) {
    let least = i;
    for (let j = 1; j <= b.length; j++) {
      const at = i * 65 + j;
      let d = Math.min(table[at - 65]! + 1, table[at - 1]! + 1, table[at - 66]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, table[at - 132]! + 1);
      table[at] = d;
      least = Math.min(least, d);
    }
    if (Math.min(least, last + 1) >= limit) return limit;
    last = least;
  }
  return table[a.length * 65 + b.length]!;
}
