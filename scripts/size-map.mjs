// What each part of a bundle costs, from its source map: every byte of the
// minified file is attributed to the source file it came from (the mapping
// segment it lies in), source files are put in groups (a dependency, an
// element, a folder of src/), and each group is measured three ways:
//   min       its minified bytes
//   gzip      its bytes gzipped on their own (over-counts: no shared context)
//   saved     gzip of the whole bundle minus gzip of the bundle without the
//             group's bytes: what leaving the group out would save
// Used by scripts/size.mjs. No dependencies: the VLQ mappings are decoded here.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const B64 = new Map([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));

/** Decodes source-map v3 mappings: per generated line, segments [column, sourceIndex]. */
function decode(mappings) {
  const lines = [];
  let source = 0;
  let origLine = 0;
  let origCol = 0;
  let name = 0;
  for (const line of mappings.split(';')) {
    const segs = [];
    let col = 0;
    if (line) {
      for (const seg of line.split(',')) {
        if (!seg) continue;
        const vals = [];
        let value = 0;
        let shift = 0;
        for (const ch of seg) {
          const d = B64.get(ch);
          value += (d & 31) << shift;
          if (d & 32) shift += 5;
          else {
            vals.push(value & 1 ? -(value >>> 1) : value >>> 1);
            value = 0;
            shift = 0;
          }
        }
        col += vals[0];
        if (vals.length >= 4) {
          source += vals[1];
          origLine += vals[2];
          origCol += vals[3];
          if (vals.length >= 5) name += vals[4];
          segs.push([col, source]);
        } else segs.push([col, -1]);
      }
    }
    lines.push(segs);
  }
  return lines;
}

/** Source path as a readable key: "lit-html/lit-html.js", "src/values/rows.ts". */
export function sourceKey(source) {
  const s = source.replace(/\\/g, '/');
  const nm = s.lastIndexOf('node_modules/');
  if (nm !== -1) return s.slice(nm + 'node_modules/'.length);
  const src = s.indexOf('src/');
  return src !== -1 ? s.slice(src) : s.replace(/^(\.\.\/)+/, '');
}

/** Bytes of the bundle per source file (unmapped bytes under "(unmapped)"). */
export function bytesBySource(file) {
  const code = readFileSync(file, 'utf8');
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  const sources = map.sources.map(sourceKey);
  const lines = code.split('\n');
  const decoded = decode(map.mappings);
  const parts = new Map(); // key -> array of string pieces
  const add = (k, text) => {
    if (!text) return;
    let a = parts.get(k);
    if (!a) parts.set(k, (a = []));
    a.push(text);
  };
  lines.forEach((line, li) => {
    const segs = decoded[li] ?? [];
    if (!segs.length) return add('(unmapped)', line);
    add('(unmapped)', line.slice(0, segs[0][0]));
    segs.forEach(([col, src], i) => {
      const end = i + 1 < segs.length ? segs[i + 1][0] : line.length;
      add(src === -1 ? '(unmapped)' : sources[src], line.slice(col, end));
    });
  });
  return { code, parts: new Map([...parts].map(([k, v]) => [k, v.join('')])) };
}

/** Which group a source belongs to (a dependency, an element, a part of src/). */
export function groupOf(key) {
  let m;
  if ((m = /^(@lit-labs\/[^/]+|@lit\/[^/]+|lit-html|lit-element|lit)\//.exec(key))) return `dep: ${m[1]}`;
  if (key.startsWith('zod/')) {
    if ((m = /^zod\/v4\/(core|mini|locales)\/([^/.]+)/.exec(key))) return `dep: zod (${m[1]}/${m[2]})`;
    return 'dep: zod (other)';
  }
  if ((m = /^src\/components\/([^/]+)\//.exec(key))) return `element: <${m[1]}>${key.endsWith('.styles.ts') ? ' styles' : ''}`;
  if ((m = /^src\/i18n\/([a-z]{2})\.ts$/.exec(key))) return `i18n: ${m[1]}`;
  if ((m = /^src\/([^/]+)\//.exec(key))) return `src/${m[1]}/`;
  if (key.startsWith('src/')) return 'src/ (entry)';
  if ((m = /^((?:@[^/]+\/)?[^/]+)\//.exec(key))) return `dep: ${m[1]}`;
  return key;
}

const gz = (s) => gzipSync(s, { level: 9 }).length;

/**
 * Rows of [group, min bytes, gzip alone, gzip saved without it] for a bundle, biggest first,
 * and the totals. `saved` removes the group's bytes from the bundle text (not valid JS; a size estimate).
 */
export function costTable(file, group = groupOf) {
  const { code, parts } = bytesBySource(file);
  const groups = new Map();
  for (const [k, text] of parts) {
    const g = group(k);
    groups.set(g, (groups.get(g) ?? '') + text);
  }
  // The bundle rebuilt without one group: drop that group's pieces in order.
  const total = gz(code);
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  const sources = map.sources.map(sourceKey);
  const decoded = decode(map.mappings);
  const lines = code.split('\n');
  const without = (g) => {
    let out = '';
    lines.forEach((line, li) => {
      const segs = decoded[li] ?? [];
      if (!segs.length) {
        if (group('(unmapped)') !== g) out += line;
      } else {
        if (group('(unmapped)') !== g) out += line.slice(0, segs[0][0]);
        segs.forEach(([col, src], i) => {
          const end = i + 1 < segs.length ? segs[i + 1][0] : line.length;
          if (group(src === -1 ? '(unmapped)' : sources[src]) !== g) out += line.slice(col, end);
        });
      }
      out += '\n';
    });
    return out;
  };
  const rows = [...groups].map(([g, text]) => [g, Buffer.byteLength(text), gz(text), total - gz(without(g))]);
  rows.sort((a, b) => b[3] - a[3] || b[1] - a[1]);
  return { rows, total: { min: Buffer.byteLength(code), gzip: total } };
}
