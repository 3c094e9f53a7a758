/**
 * The page cache through the CLI: the same sequence of runs (cold, warm, one
 * issue added, one page removed) with a cache and with --no-cache must leave
 * byte-identical output folders after every step; --check touches neither the
 * output nor the cache.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { defaultCacheDir } from '../../scripts/ingest/page-cache.ts';
import { ROOT, runIngest, snapshot as snapshotAs } from './support/cli.ts';

const FIXTURES = join(ROOT, 'content/sources');
const cli = (...args: string[]) => runIngest(args);

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

/** Every file under `dir` → its bytes (base64, so a difference in any byte shows). */
const snapshot = (dir: string) => snapshotAs(dir, 'base64');

describe('ingest --cache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jiuwen-cache-cli-'));
  made.push(dir);
  const cache = join(dir, 'cache');
  const A = { src: join(dir, 'a/sources'), out: join(dir, 'a/content') };
  const B = { src: join(dir, 'b/sources'), out: join(dir, 'b/content') };
  for (const w of [A, B]) cpSync(FIXTURES, w.src, { recursive: true });
  const pages = readdirSync(FIXTURES).filter((n) => n.endsWith('.txt')).sort();

  /** One step on both folders: A through the cache, B without; their outputs must be identical. */
  const step = (change?: (src: string) => void) => {
    for (const w of [A, B]) change?.(w.src);
    const a = cli('--in', A.src, '--out', A.out, '--cache', cache);
    const b = cli('--in', B.src, '--out', B.out, '--no-cache');
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    expect(b.stdout).not.toMatch(/Page cache/);
    const sa = snapshot(A.out);
    expect(Object.keys(sa).length).toBeGreaterThan(10);
    expect(sa).toEqual(snapshot(B.out));
    return a.stdout;
  };
  const entries = () => readdirSync(cache).filter((n) => n.endsWith('.v8'));
  const fromCache = (stdout: string) => /Page cache: (\d+) of (\d+) pages from the cache/.exec(stdout)?.slice(1).map(Number);

  it('cold, warm, one issue added, one page removed: byte-identical to runs without a cache', () => {
    const cold = step();
    expect(fromCache(cold)).toEqual([0, pages.length]);
    expect(entries()).toHaveLength(pages.length);

    const warm = step();
    expect(fromCache(warm)).toEqual([pages.length, pages.length]);
    expect(warm).toMatch(/Wrote 0 files/);

    const added = step((src) => {
      mkdirSync(join(src, '金坛时报/2021-03-05'), { recursive: true });
      cpSync(join(src, pages[1]!), join(src, '金坛时报/2021-03-05/01.txt'));
      cpSync(join(src, pages[3]!), join(src, '金坛时报/2021-03-05/02.txt'));
    });
    expect(fromCache(added)).toEqual([pages.length, pages.length + 2]);
    expect(snapshot(A.out)['issues/jintan-shibao/2021-03-05.json']).toBeDefined();
    // …and its articles and issues are those of a cold run over the same pages
    const C = { src: join(dir, 'c/sources'), out: join(dir, 'c/content') };
    cpSync(A.src, C.src, { recursive: true });
    expect(cli('--in', C.src, '--out', C.out, '--no-cache').code).toBe(0);
    const generated = (s: Record<string, string>) => Object.fromEntries(Object.entries(s).filter(([k]) => /^(articles|issues)\//.test(k)));
    expect(generated(snapshot(A.out))).toEqual(generated(snapshot(C.out)));

    const before = Object.keys(snapshot(A.out));
    const removed = step((src) => rmSync(join(src, '金坛时报/2021-03-05/02.txt')));
    expect(fromCache(removed)).toEqual([pages.length + 1, pages.length + 1]);
    expect(removed).toMatch(/[1-9]\d* stale removed/);
    expect(Object.keys(snapshot(A.out)).length).toBeLessThan(before.length);
    // the removed page's entry is pruned
    expect(entries()).toHaveLength(pages.length + 1);
  }, 240_000);

  it('--check reads the cache but writes neither output nor cache', () => {
    cpSync(join(A.src, pages[0]!), join(A.src, '金坛时报/2021-03-05/03.txt'));
    const out = snapshot(A.out);
    const cached = snapshot(cache);
    const r = cli('--in', A.src, '--out', A.out, '--cache', cache, '--check');
    expect(r.code, r.stderr).toBe(0);
    expect(fromCache(r.stdout)).toEqual([pages.length + 1, pages.length + 2]);
    expect(snapshot(A.out)).toEqual(out);
    expect(snapshot(cache)).toEqual(cached);
  }, 60_000);

  it('--no-cache neither reads nor writes a cache; a usage error for --no-cache=x', () => {
    const other = join(dir, 'unused-cache');
    const r = cli('--in', A.src, '--out', join(dir, 'd'), '--no-cache', '--cache', other);
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(other)).toBe(false);
    expect(cli('--no-cache=1').code).toBe(2);
  }, 60_000);

  it('by default each input folder has a cache folder of its own: ingesting another folder keeps the first one\'s entries', () => {
    const C = { src: join(dir, 'archive/sources'), out: join(dir, 'archive/content') };
    const D = { src: join(dir, 'trial/sources'), out: join(dir, 'trial/content') };
    cpSync(FIXTURES, C.src, { recursive: true });
    mkdirSync(D.src, { recursive: true });
    cpSync(join(FIXTURES, pages[0]!), join(D.src, pages[0]!));
    const cacheC = defaultCacheDir(C.src);
    const cacheD = defaultCacheDir(D.src);
    made.push(cacheC, cacheD);
    expect(cacheC).not.toBe(cacheD);
    expect(defaultCacheDir(relative(process.cwd(), C.src))).toBe(cacheC);
    expect(cli('--in', C.src, '--out', C.out).code).toBe(0);
    const kept = snapshot(cacheC);
    expect(Object.keys(kept).filter((n) => n.endsWith('.v8'))).toHaveLength(pages.length);
    const d = cli('--in', D.src, '--out', D.out);
    expect(d.code, d.stderr).toBe(0);
    expect(d.stdout).toMatch(/0 of 1 pages from the cache/);
    expect(snapshot(cacheC)).toEqual(kept);
    expect(fromCache(cli('--in', C.src, '--out', C.out).stdout)).toEqual([pages.length, pages.length]);
    // the cache folder of an input folder that is gone is removed by the next run, the others stay
    rmSync(D.src, { recursive: true });
    expect(existsSync(cacheD)).toBe(true);
    expect(cli('--in', C.src, '--out', C.out).code).toBe(0);
    expect(existsSync(cacheD)).toBe(false);
    expect(snapshot(cacheC)).toEqual(kept);
  }, 60_000);
});
