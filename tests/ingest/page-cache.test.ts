/**
 * The page cache (scripts/ingest/page-cache.ts): keys, entries, corrupt
 * entries, pruning, and that an ingest through the cache gives exactly the
 * result of one without it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest, preparePage, sortSourceFiles, type SourceFile } from '../../scripts/ingest/pipeline.ts';
import { ingestParallel } from '../../scripts/ingest/parallel.ts';
import { decodeEntry, encodeEntry, ingestCodeHash, pageCacheKey, PageCache } from '../../scripts/ingest/page-cache.ts';
import { fakeSegment } from './support/fake-segment.ts';

const ROOT = process.cwd();
const FIXTURES = join(ROOT, 'content/sources');
const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'jiuwen-page-cache-'));
  made.push(d);
  return d;
};

const enc = (s: string) => new TextEncoder().encode(s);
/** The sample pages, plus re-dated copies under dated folders (more pages, more issues). */
function samplePages(): SourceFile[] {
  const names = readdirSync(FIXTURES).filter((n) => n.endsWith('.txt')).sort();
  const files: SourceFile[] = names.map((n) => ({ path: n, bytes: readFileSync(join(FIXTURES, n)) }));
  names.slice(1, 3).forEach((n, i) => files.push({ path: `金坛时报/2021-03-0${i + 1}/01.txt`, bytes: readFileSync(join(FIXTURES, n)) }));
  return files;
}
const catalogue = JSON.parse(readFileSync(join(FIXTURES, 'catalogue.json'), 'utf8')) as unknown;
const CODE = 'code-hash-for-tests';

describe('cache keys', () => {
  const page: SourceFile = { path: 'a/01.txt', bytes: enc('人民日报\n\n正文') };
  const key = pageCacheKey(CODE, page);

  it('are hex SHA-256 and the same for the same path, bytes and code', () => {
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(pageCacheKey(CODE, { path: 'a/01.txt', bytes: enc('人民日报\n\n正文') })).toBe(key);
  });

  it('change with the bytes, the path and the code hash', () => {
    expect(pageCacheKey(CODE, { ...page, bytes: enc('人民日报\n\n正文。') })).not.toBe(key);
    expect(pageCacheKey(CODE, { ...page, path: 'a/02.txt' })).not.toBe(key);
    expect(pageCacheKey(`${CODE}x`, page)).not.toBe(key);
    // the separator keeps path and bytes apart
    expect(pageCacheKey(CODE, { path: 'a', bytes: enc('b') })).not.toBe(pageCacheKey(CODE, { path: 'ab', bytes: enc('') }));
  });

  it('the code hash changes with any ingest source file and the schema, and with no environment variable', () => {
    const root = tmp();
    cpSync(join(ROOT, 'scripts/ingest'), join(root, 'scripts/ingest'), { recursive: true });
    mkdirSync(join(root, 'src/content'), { recursive: true });
    cpSync(join(ROOT, 'src/content/schema.ts'), join(root, 'src/content/schema.ts'));
    cpSync(join(ROOT, 'package-lock.json'), join(root, 'package-lock.json'));
    const base = ingestCodeHash(root);
    expect(ingestCodeHash(root)).toBe(base);

    const seg = join(root, 'scripts/ingest/segment/patterns.ts');
    const original = readFileSync(seg);
    writeFileSync(seg, `${original}\n// changed\n`);
    expect(ingestCodeHash(root)).not.toBe(base);
    writeFileSync(seg, original);
    expect(ingestCodeHash(root)).toBe(base);

    writeFileSync(join(root, 'src/content/schema.ts'), `${readFileSync(join(ROOT, 'src/content/schema.ts'), 'utf8')}\n`);
    expect(ingestCodeHash(root)).not.toBe(base);
  });
});

describe('cache entries', () => {
  const page: SourceFile = { path: 'x/01.txt', bytes: readFileSync(join(FIXTURES, '001_3082b797bd202168.txt')) };
  const prepared = preparePage(page);

  it('round-trip a prepared page exactly (undefined fields included)', () => {
    const key = pageCacheKey(CODE, page);
    const back = decodeEntry(encodeEntry(key, prepared), key);
    expect(back).toStrictEqual(prepared);
    const withUndefined = { ok: true as const, encoding: 'utf-8' as const, lines: [], segmented: { items: [{ type: 'teaser' as const, kicker: undefined, title: 't', text: 'x', page: null, lines: [1, 1] as [number, number] }], review: [] }, lossNotes: [] };
    const back2 = decodeEntry(encodeEntry(key, withUndefined), key)!;
    expect(back2.ok && Object.keys(back2.segmented.items[0]!)).toContain('kicker');
  });

  it('are deterministic', () => {
    const key = pageCacheKey(CODE, page);
    expect(encodeEntry(key, prepared).equals(encodeEntry(key, preparePage(page)))).toBe(true);
  });

  it('a corrupt, truncated, foreign or empty entry is ignored and recomputed, never an error', async () => {
    const dir = tmp();
    const writer = new PageCache(dir, CODE);
    writer.set(page, prepared);
    await writer.flush();
    const key = pageCacheKey(CODE, page);
    const path = join(dir, `${key}.v8`);
    const good = readFileSync(path);
    expect(new PageCache(dir, CODE).get(page)).toStrictEqual(prepared);

    // one character of the page text changed (的 → 白): still a well-formed payload, caught by the digest
    const flipped = Buffer.from(good);
    const at = flipped.indexOf(Buffer.from('的', 'utf16le'), 32);
    expect(at).toBeGreaterThan(32);
    flipped[at]! ^= 0x01;
    const other: SourceFile = { path: 'x/02.txt', bytes: page.bytes };
    const variants = [flipped, good.subarray(0, good.length - 7), good.subarray(0, 10), Buffer.alloc(0), Buffer.from('not a cache entry'), encodeEntry(pageCacheKey(CODE, other), prepared), encodeEntry(key, { ok: true } as unknown as typeof prepared)];
    for (const bytes of variants) {
      writeFileSync(path, bytes);
      const cache = new PageCache(dir, CODE);
      expect(cache.get(page)).toBeUndefined();
      expect(cache.stats).toMatchObject({ hits: 0, misses: 1, corrupt: 1 });
      // an ingest through it recomputes the page and repairs the entry
      const r = ingest({ files: [page] }, { cache });
      expect(r.ok).toBe(true);
      await cache.flush();
      expect(cache.stats.written).toBe(1);
      expect(readFileSync(path).equals(good)).toBe(true);
    }
    // an entry that is a folder (unreadable) is a miss too
    rmSync(path);
    mkdirSync(path);
    const cache = new PageCache(dir, CODE);
    expect(cache.get(page)).toBeUndefined();
    expect(() => ingest({ files: [page] }, { cache })).not.toThrow();
  });

  it('a read-only cache (--check) reads but never writes or prunes', async () => {
    const dir = tmp();
    const writer = new PageCache(dir, CODE);
    writer.set(page, prepared);
    await writer.flush();
    writeFileSync(join(dir, `${'0'.repeat(64)}.v8`), 'old');
    const ro = new PageCache(dir, CODE, true);
    expect(ro.get(page)).toStrictEqual(prepared);
    ro.set({ ...page, path: 'y.txt' }, prepared);
    await ro.flush();
    expect(ro.prune()).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([`${'0'.repeat(64)}.v8`, `${pageCacheKey(CODE, page)}.v8`].sort());
  });
});

describe('pruning', () => {
  it('removes the entries (and left-over temporary files) no page of the run used, and nothing else', async () => {
    const dir = tmp();
    const files = sortSourceFiles(samplePages());
    const first = new PageCache(dir, CODE);
    ingest({ files, catalogue }, { cache: first });
    await first.flush();
    expect(readdirSync(dir)).toHaveLength(files.length);
    writeFileSync(join(dir, `${'a'.repeat(64)}.v8.tmp-123`), 'x');
    writeFileSync(join(dir, 'README.txt'), 'not ours');

    const kept = files.slice(0, 4);
    const cache = new PageCache(dir, CODE);
    ingest({ files: kept, catalogue }, { cache });
    expect(cache.stats).toMatchObject({ hits: 4, misses: 0, written: 0 });
    expect(cache.prune()).toBe(files.length - 4 + 1);
    expect(readdirSync(dir).sort()).toEqual([...kept.map((f) => `${pageCacheKey(CODE, f)}.v8`), 'README.txt'].sort());

    // a new code hash: every old entry is unused and goes
    const next = new PageCache(dir, `${CODE}-2`);
    ingest({ files: kept, catalogue }, { cache: next });
    await next.flush();
    expect(next.stats).toMatchObject({ hits: 0, misses: 4, written: 4 });
    expect(next.prune()).toBe(4);
    expect(readdirSync(dir)).toHaveLength(5);
  });
});

describe('ingest through the cache', () => {
  const files = samplePages();
  const plain = ingest({ files, catalogue });
  const same = (r: ReturnType<typeof ingest>) => {
    expect([...r.files]).toEqual([...plain.files]);
    expect([...r.persistent]).toEqual([...plain.persistent]);
    expect(r.report).toEqual(plain.report);
  };

  it('cold, then warm: the same files and report as without a cache', async () => {
    expect(plain.ok).toBe(true);
    const dir = tmp();
    const cold = new PageCache(dir, CODE);
    same(ingest({ files, catalogue }, { cache: cold }));
    await cold.flush();
    expect(cold.stats).toMatchObject({ hits: 0, misses: files.length, written: files.length });
    const warm = new PageCache(dir, CODE);
    same(ingest({ files, catalogue }, { cache: warm }));
    expect(warm.stats).toMatchObject({ hits: files.length, misses: 0, written: 0 });
  });

  it('uses the cached result instead of preparing the page again', async () => {
    const dir = tmp();
    const page = files[1]!;
    const writer = new PageCache(dir, CODE);
    writer.set({ ...page }, preparePage({ path: files[0]!.path, bytes: files[0]!.bytes }));
    await writer.flush();
    // the entry of page 1 now holds page 0's result: a warm run must show it
    const r = ingest({ files: [page] }, { cache: new PageCache(dir, CODE) });
    expect(r.report.pages[0]!.articles).not.toEqual(ingest({ files: [page] }).report.pages[0]!.articles);
  });

  it('with worker threads and part of the pages cached: the same result', async () => {
    const dir = tmp();
    const first = new PageCache(dir, CODE);
    ingest({ files: files.slice(2), catalogue }, { cache: first });
    await first.flush();
    const cache = new PageCache(dir, CODE);
    const r = await ingestParallel({ files, catalogue }, { jobs: 2, cache });
    same(r);
    await cache.flush();
    expect(cache.stats).toMatchObject({ hits: files.length - 2, misses: 2, written: 2 });
  });

  it('is not used with an injected segmenter', () => {
    const dir = tmp();
    const cache = new PageCache(dir, CODE);
    ingest({ files, catalogue }, { cache, segment: fakeSegment });
    expect(cache.stats).toMatchObject({ hits: 0, misses: 0, written: 0 });
    expect(existsSync(dir) ? readdirSync(dir) : []).toEqual([]);
  });
});
