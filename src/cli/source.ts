/// <reference types="node" />
/**
 * Reading what the commands are given: a file, a folder (its .json files),
 * an http(s) URL, or `-` (standard input). Every failure is a message a
 * person can act on, never a stack trace.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliIo } from './io.js';

/** How long a URL may take, in milliseconds. */
export const FETCH_TIMEOUT_MS = 15_000;

export class SourceError extends Error {
  override name = 'SourceError';
}

/** A file, a URL or `-`: what `argument` names, without reading it. */
export type Source = { kind: 'file'; path: string } | { kind: 'url'; url: string } | { kind: 'stdin' };

/** `http(s)://…` is a URL; `file://…` a file; `-` standard input; another `scheme:` a mistake; the rest a path. */
export function sourceOf(argument: string): Source {
  if (argument === '-') return { kind: 'stdin' };
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(argument)?.[1]?.toLowerCase();
  if (scheme === undefined) return { kind: 'file', path: argument };
  let url: URL;
  try {
    url = new URL(argument);
  } catch {
    throw new SourceError(`"${argument}" is not a valid URL`);
  }
  if (scheme === 'file') return { kind: 'file', path: fileURLToPath(url) };
  if (scheme !== 'http' && scheme !== 'https') throw new SourceError(`"${argument}": only http:// and https:// URLs (or files) can be read, not ${scheme}:`);
  return { kind: 'url', url: url.href };
}

/**
 * The arguments as sources, in order, folders replaced by the .json files
 * inside them (recursively, sorted; node_modules and dot folders skipped).
 * An argument that cannot be used becomes an error entry, so the others
 * still run.
 */
export async function expandSources(args: readonly string[]): Promise<{ name: string; source?: Source; error?: string }[]> {
  const out: { name: string; source?: Source; error?: string }[] = [];
  for (const arg of args) {
    let source: Source;
    try {
      source = sourceOf(arg);
    } catch (e) {
      out.push({ name: arg, error: (e as Error).message });
      continue;
    }
    if (source.kind === 'file' && (await isDirectory(source.path))) {
      const files = await jsonFilesIn(source.path);
      if (!files.length) out.push({ name: arg, error: `the folder "${arg}" has no .json files` });
      for (const path of files) out.push({ name: path, source: { kind: 'file', path } });
      continue;
    }
    out.push({ name: arg, source });
  }
  return out;
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

async function jsonFilesIn(dir: string): Promise<string[]> {
  const found: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) found.push(...(await jsonFilesIn(path)));
    else if (e.isFile() && e.name.toLowerCase().endsWith('.json')) found.push(path);
  }
  return found;
}

/** The text of a source, or a SourceError saying why not. */
export async function readSource(source: Source, io: CliIo): Promise<string> {
  if (source.kind === 'stdin') return utf8Text(await readStdin(), 'standard input');
  if (source.kind === 'file') {
    let bytes: Buffer;
    try {
      if (io.readFile) return await io.readFile(source.path);
      bytes = await readFile(source.path);
    } catch (e) {
      throw new SourceError(fileMessage(source.path, e as NodeJS.ErrnoException));
    }
    return utf8Text(bytes, source.path);
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), FETCH_TIMEOUT_MS);
  try {
    const res = await (io.fetch ?? fetch)(source.url, { signal: controller.signal, headers: { Accept: 'application/json' }, redirect: 'follow' });
    if (!res.ok) {
      res.body?.cancel().catch(() => undefined);
      throw new SourceError(`${source.url}: HTTP ${res.status}`);
    }
    return utf8Text(new Uint8Array(await res.arrayBuffer()), source.url);
  } catch (e) {
    if (e instanceof SourceError) throw e;
    if (controller.signal.aborted) throw new SourceError(`${source.url}: no answer within ${FETCH_TIMEOUT_MS / 1000} s`);
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    const why = cause?.code === 'ENOTFOUND' ? 'no such host' : cause?.code === 'ECONNREFUSED' ? 'connection refused' : (cause?.message ?? (e as Error).message);
    throw new SourceError(`${source.url}: could not fetch (${why})`);
  } finally {
    clearTimeout(timer);
  }
}

function fileMessage(path: string, e: NodeJS.ErrnoException): string {
  switch (e.code) {
    case 'ENOENT':
      return `${path}: no such file`;
    case 'EACCES':
    case 'EPERM':
      return `${path}: permission denied`;
    case 'EISDIR':
      return `${path}: is a folder, not a file`;
    default:
      return `${path}: cannot read (${e.message})`;
  }
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Bytes as UTF-8 text, or the element's message: a file saved as Latin-1 or UTF-16 is refused, as the element
 * refuses it, not read with U+FFFD in place of its accents. (A byte-order mark stays, as the readers expect.)
 */
export function utf8Text(bytes: Uint8Array, name: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new SourceError(`${name} is not UTF-8 text: save the JSON file as UTF-8`);
  }
}

