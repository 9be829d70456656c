// The WordPress plugin's share of `npm run build`: copies the bundle into
// wordpress/compare-kit/assets/ (not committed: .gitignore) and writes
// dist/compare-kit-wordpress.zip, the file site owners upload under
// Plugins → Add New → Upload Plugin. A small zip writer (deflate from
// node:zlib) so no `zip` program is needed.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { deflateRawSync } from 'node:zlib';

const PLUGIN = 'wordpress/compare-kit';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A zip archive of `files` ([name, Buffer]), deflated, dated 1980-01-01 so the same input gives the same bytes. */
export function zip(files) {
  const local = [];
  const central = [];
  let offset = 0;
  for (const [name, data] of files) {
    const nameBuf = Buffer.from(name, 'utf8');
    const deflated = deflateRawSync(data, { level: 9 });
    const stored = deflated.length >= data.length;
    const body = stored ? data : deflated;
    const crc = crc32(data);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4); // version needed
    head.writeUInt16LE(0x0800, 6); // UTF-8 names
    head.writeUInt16LE(stored ? 0 : 8, 8);
    head.writeUInt16LE(0, 10); // time
    head.writeUInt16LE(0x21, 12); // date: 1980-01-01
    head.writeUInt32LE(crc, 14);
    head.writeUInt32LE(body.length, 18);
    head.writeUInt32LE(data.length, 22);
    head.writeUInt16LE(nameBuf.length, 26);
    head.writeUInt16LE(0, 28);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(0x0314, 4); // made by: Unix, 2.0
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x0800, 8);
    dir.writeUInt16LE(stored ? 0 : 8, 10);
    dir.writeUInt16LE(0, 12);
    dir.writeUInt16LE(0x21, 14);
    dir.writeUInt32LE(crc, 16);
    dir.writeUInt32LE(body.length, 20);
    dir.writeUInt32LE(data.length, 24);
    dir.writeUInt16LE(nameBuf.length, 28);
    dir.writeUInt32LE(((0o100644 << 16) >>> 0), 38); // external attributes: a regular file, rw-r--r--
    dir.writeUInt32LE(offset, 42);
    local.push(head, nameBuf, body);
    central.push(dir, nameBuf);
    offset += head.length + nameBuf.length + body.length;
  }
  const centralBuf = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(centralBuf.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, centralBuf, end]);
}

function walk(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
}

/** Copies the bundle into the plugin and zips the plugin; returns what it wrote. */
export function packWordPressPlugin({ dist = 'dist' } = {}) {
  const assets = join(PLUGIN, 'assets');
  mkdirSync(assets, { recursive: true });
  // The bundle and the files it loads on demand (compare-kit.<lang>-<hash>.js, Lit's hydration support);
  // tables of an older build are removed.
  const shipped = (name) => /^compare-kit(\.[\w-]+)?\.js(\.map)?$/.test(name);
  for (const file of readdirSync(assets)) if (shipped(file)) rmSync(join(assets, file));
  for (const file of readdirSync(dist)) if (shipped(file)) copyFileSync(join(dist, file), join(assets, file));
  // Not the test harness, which lives beside the plugin (wordpress/test/).
  const files = walk(PLUGIN).map((path) => [`compare-kit/${relative(PLUGIN, path).split(sep).join('/')}`, readFileSync(path)]);
  const out = join(dist, 'compare-kit-wordpress.zip');
  writeFileSync(out, zip(files));
  return { out, files: files.length, bytes: statSync(out).size };
}
