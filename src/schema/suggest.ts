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

/** Damerau–Levenshtein (optimal string alignment), giving up past `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit || a.length > 64 || b.length > 64) return limit;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i]!;
    const prev = rows[i - 1]!;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      row[j] = d;
    }
  }
  return rows[a.length]![b.length]!;
}
