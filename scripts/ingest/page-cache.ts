/**
 * page-cache: the prepared result of each page (decode → normalise → segment
 * → nothing-lost check, `preparePage`) kept on disk between runs, so a re-run
 * only prepares the pages that changed. Collation across pages, ids and rendering
 * still run over every page.
 *
 * A page's result depends only on its path, its bytes and the ingest code
 * (catalogue, corrections and the ledger are applied later, in `assemble`).
 * The key is a SHA-256 of exactly those: the path, the bytes and `codeHash`
 * (every file under scripts/ingest/, src/content/schema.ts, the lockfile and the
 * Node version), so any code change invalidates everything. No environment
 * variable changes a page's result, so none is part of the key.
 *
 * One file per page, `<dir>/<key>.v8`: a SHA-256 of the payload, then the
 * payload (v8.serialize of `{ key, prepared }`, the structured clone worker
 * threads use, so `undefined` fields survive as they do with --jobs; the
 * page's lines as one string). An entry
 * that is unreadable, truncated, altered or of another key is ignored and
 * recomputed, never an error. Entries are written in the background (`flush()`
 * waits for them). `prune()` removes entries no page of this run used, so the
 * cache holds one entry per current page (each input folder has its own
 * default cache folder, `defaultCacheDir`).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { join, relative, resolve, sep } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { PreparedPage, SourceFile } from './types.ts';

/** Bump when the entry format changes. */
const FORMAT = 'jiuwen-ingest-page-cache/2';
const ENTRY = /^[0-9a-f]{64}\.v8$/;
const TMP = /^[0-9a-f]{64}\.v8\.tmp-\d+$/;
const DIGEST = 32;
/** The writer thread: writes each { path, data } it is sent; `null` asks how many were written. */
const WRITER = `
const { parentPort } = require('node:worker_threads');
const { writeFileSync } = require('node:fs');
let written = 0;
parentPort.on('message', (m) => {
  if (m === null) return parentPort.postMessage(written);
  try { writeFileSync(m.path, m.data); written++; } catch {}
});`;

/** What ingest needs from a cache (pipeline.ts stays free of I/O). */
export interface PreparedPageCache {
  get(file: SourceFile): PreparedPage | undefined;
  set(file: SourceFile, prepared: PreparedPage): void;
}

export interface PageCacheStats {
  /** Pages whose prepared result came from the cache. */
  hits: number;
  /** Pages prepared this run (no entry, or an unusable one). */
  misses: number;
  /** Entries present but unusable (corrupt, other key), ignored and rewritten. */
  corrupt: number;
  /** Entries written. */
  written: number;
  /** Entries removed by prune(). */
  pruned: number;
}

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * A hash of everything besides a page's own path and bytes that decides its
 * prepared result: the ingest code, the content schema, the lockfile, the Node
 * version. `root` is the project root (tests pass a copy).
 */
export function ingestCodeHash(root: string = ROOT): string {
  const h = createHash('sha256');
  h.update(`${FORMAT}\0node ${process.version}\0`);
  const files: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.push(full);
    }
  };
  walk(join(root, 'scripts/ingest'));
  files.push(join(root, 'src/content/schema.ts'), join(root, 'package-lock.json'));
  for (const f of files) {
    let bytes: Buffer | string;
    try {
      bytes = readFileSync(f);
    } catch {
      bytes = '(missing)';
    }
    h.update(`${relative(root, f).split(sep).join('/')}\0${bytes.length}\0`);
    h.update(bytes);
  }
  return h.digest('hex');
}

/** The cache key of one page: its (normalised) path, its bytes and the code hash. */
export function pageCacheKey(codeHash: string, file: SourceFile): string {
  return createHash('sha256').update(`${codeHash}\0${file.path}\0${file.bytes.length}\0`).update(file.bytes).digest('hex');
}

/**
 * The default cache folder of an input folder: node_modules/.cache/jiuwen/ingest/<hash of its absolute path>
 * under the project root (ignored by git). One folder per input, so that ingesting another folder (an
 * archivist trying a few pages) does not prune the entries of the archive's own pages.
 */
export const defaultCacheDir = (input: string, root: string = ROOT) =>
  join(defaultCacheRoot(root), createHash('sha256').update(resolve(input)).digest('hex').slice(0, 16));

const defaultCacheRoot = (root: string) => join(root, 'node_modules/.cache/jiuwen/ingest');
/** The file in a default cache folder that names its input folder. */
const INPUT_NOTE = 'input-folder.txt';

/**
 * Readies the default cache folder of `input` for a run that writes it: records which folder it serves,
 * and removes the default cache folders of input folders that no longer exist (temporary folders, a moved
 * archive) and the entries of the earlier one-folder layout, so the cache does not grow without bound.
 * Returns the folder.
 */
export function claimDefaultCacheDir(input: string, root: string = ROOT): string {
  const dir = defaultCacheDir(input, root);
  const top = defaultCacheRoot(root);
  mkdirSync(dir, { recursive: true });
  // written whole or not at all, for runs that look at it at the same time
  const tmp = join(dir, `${INPUT_NOTE}.tmp-${process.pid}`);
  writeFileSync(tmp, `${resolve(input)}\n`);
  renameSync(tmp, join(dir, INPUT_NOTE));
  for (const name of readdirSync(top)) {
    const path = join(top, name);
    try {
      if (ENTRY.test(name) || TMP.test(name)) unlinkSync(path);
      else if (/^[0-9a-f]{16}$/.test(name) && path !== dir) {
        // (a folder without its note is being made by another run: left alone)
        const served = readFileSync(join(path, INPUT_NOTE), 'utf8').trim();
        if (served && !existsSync(served)) rmSync(path, { recursive: true, force: true });
      }
    } catch {
      // another run got there first
    }
  }
  return dir;
}

export class PageCache implements PreparedPageCache {
  readonly stats: PageCacheStats = { hits: 0, misses: 0, corrupt: 0, written: 0, pruned: 0 };
  private readonly used = new Set<string>();
  private readonly keys = new WeakMap<SourceFile, string>();
  private madeDir = false;
  private worker: Worker | null | undefined;
  private queued = 0;

  /** `readOnly`: read entries, never write or prune (for --check). */
  constructor(
    readonly dir: string,
    private readonly codeHash: string = ingestCodeHash(),
    private readonly readOnly = false,
  ) {}

  private keyOf(file: SourceFile): string {
    let k = this.keys.get(file);
    if (k === undefined) {
      k = pageCacheKey(this.codeHash, file);
      this.keys.set(file, k);
    }
    return k;
  }

  get(file: SourceFile): PreparedPage | undefined {
    const key = this.keyOf(file);
    this.used.add(key);
    let buf: Buffer;
    try {
      buf = readFileSync(join(this.dir, `${key}.v8`));
    } catch {
      this.stats.misses++;
      return undefined;
    }
    const prepared = decodeEntry(buf, key);
    if (prepared === undefined) {
      this.stats.corrupt++;
      this.stats.misses++;
      return undefined;
    }
    this.stats.hits++;
    return prepared;
  }

  set(file: SourceFile, prepared: PreparedPage): void {
    if (this.readOnly) return;
    const key = this.keyOf(file);
    this.used.add(key);
    let data: Buffer;
    try {
      if (!this.madeDir) mkdirSync(this.dir, { recursive: true });
      this.madeDir = true;
      data = encodeEntry(key, prepared);
    } catch {
      return; // a cache that cannot be written only costs time on the next run
    }
    // Written in place: a torn or interleaved write fails the digest and is recomputed next time.
    const path = join(this.dir, `${key}.v8`);
    const writer = this.writer();
    if (writer) {
      writer.postMessage({ path, data });
      this.queued++;
    } else {
      try {
        writeFileSync(path, data);
        this.stats.written++;
      } catch {
        // as above
      }
    }
  }

  /**
   * Entries are written on a worker thread, so that writing (which the system
   * may throttle) overlaps preparing the next pages; the event loop need not run.
   */
  private writer(): Worker | null {
    if (this.worker === undefined) {
      try {
        this.worker = new Worker(WRITER, { eval: true });
        this.worker.on('error', () => undefined);
        this.worker.unref(); // never keeps a process alive: without flush() the cache only misses entries
      } catch {
        this.worker = null;
      }
    }
    return this.worker;
  }

  /** Waits until every entry set() queued is written. Call before prune() and before the process ends. */
  async flush(): Promise<void> {
    const worker = this.worker;
    if (!worker || this.queued === 0) return;
    this.worker = undefined;
    this.queued = 0;
    const written = await new Promise<number>((resolvePromise) => {
      worker.once('message', (n: number) => resolvePromise(n));
      worker.once('error', () => resolvePromise(0));
      worker.once('exit', () => resolvePromise(0));
      worker.ref(); // keep the process alive until it answers
      worker.postMessage(null);
    });
    this.stats.written += written;
    await worker.terminate();
  }

  /** Removes the entries (and temporary files of older versions) no page of this run used. Returns how many. Call after flush(). */
  prune(): number {
    if (this.readOnly) return 0;
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return 0;
    }
    for (const name of names) {
      const stale = (ENTRY.test(name) && !this.used.has(name.slice(0, 64))) || TMP.test(name);
      if (!stale) continue;
      try {
        unlinkSync(join(this.dir, name));
        this.stats.pruned++;
      } catch {
        // already gone (another run) or not ours to remove
      }
    }
    return this.stats.pruned;
  }
}

export function encodeEntry(key: string, prepared: PreparedPage): Buffer {
  // The page's lines as one string (a tenth of the time to read back as many small objects).
  let entry: Entry = { key, prepared };
  if (prepared.ok && Array.isArray(prepared.lines) && prepared.lines.length > 0 && prepared.lines.every((l, i) => l.no === i + 1 && !l.text.includes('\n'))) {
    const { lines, ...rest } = prepared;
    entry = { key, prepared: rest, lineText: lines.map((l) => l.text).join('\n') };
    const printed = lines.flatMap((l): [number, string][] => (l.printedMarks === undefined ? [] : [[l.no, l.printedMarks]]));
    if (printed.length) entry.printedMarks = printed;
  }
  const payload = serialize(entry);
  return Buffer.concat([createHash('sha256').update(payload).digest(), payload]);
}

interface Entry {
  key: string;
  /** Without `lines` when `lineText` is given. */
  prepared: PreparedPage | Omit<PreparedPage & { ok: true }, 'lines'>;
  /** The texts of `lines` (numbered from 1) joined with '\n'. */
  lineText?: string;
  /** With `lineText`: the lines' printed marks (SourceLine.printedMarks), by line number. */
  printedMarks?: [number, string][];
}

/** The entry's prepared page, or undefined when the bytes are not a sound entry for `key`. */
export function decodeEntry(buf: Buffer, key: string): PreparedPage | undefined {
  if (buf.length <= DIGEST) return undefined;
  const payload = buf.subarray(DIGEST);
  if (!createHash('sha256').update(payload).digest().equals(buf.subarray(0, DIGEST))) return undefined;
  try {
    const v = deserialize(payload) as Partial<Entry> | null;
    if (v === null || typeof v !== 'object' || v.key !== key) return undefined;
    let p: unknown = v.prepared;
    if (typeof v.lineText === 'string' && v.prepared !== null && typeof v.prepared === 'object') {
      const printed = new Map(Array.isArray(v.printedMarks) ? v.printedMarks : []);
      p = { ...v.prepared, lines: v.lineText.split('\n').map((text, i) => (printed.has(i + 1) ? { no: i + 1, text, printedMarks: printed.get(i + 1)! } : { no: i + 1, text })) };
    }
    return isPrepared(p) ? p : undefined;
  } catch {
    return undefined;
  }
}

function isPrepared(p: unknown): p is PreparedPage {
  if (p === null || typeof p !== 'object') return false;
  const o = p as Record<string, unknown>;
  if (o.ok === false) return typeof o.error === 'object' && o.error !== null;
  if (o.ok !== true) return false;
  const seg = o.segmented as { items?: unknown; review?: unknown } | null;
  return typeof o.encoding === 'string' && Array.isArray(o.lines) && Array.isArray(o.lossNotes) && typeof seg === 'object' && seg !== null && Array.isArray(seg.items) && Array.isArray(seg.review);
}
