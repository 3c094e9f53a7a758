/**
 * Building by shard, joining shards built apart, and incremental builds
 * (scripts/build-site.ts, scripts/combine.ts), on the sample pages: shards
 * 2018, 2020 and 2022.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { combine } from '../../scripts/combine.ts';
import { loadPagefind } from '../search/support/pagefind-node.ts';

const ROOT = join(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'jiuwen-shards-'));
const content = join(work, 'content');
const sources = join(content, 'sources');

function tsx(script: string, args: string[], env: Record<string, string> = {}): string {
  return execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, script), ...args], {
    cwd: ROOT,
    env: { ...process.env, JIUWEN_CONTENT: content, ...env },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}
const ingest = () => tsx('scripts/ingest.ts', ['--in', sources, '--out', content]);
/** A build into `out` with its own Astro cache. */
const build = (out: string, args: string[] = []) => tsx('scripts/build-site.ts', ['--out', join(work, out), ...args], { JIUWEN_CACHE_DIR: join(work, `cache-${out}`) });

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .filter((f) => f !== '.jiuwen-build.json')
    .sort();
}

async function searchUrls(site: string, term: string): Promise<string[]> {
  const { pagefind } = await loadPagefind(site);
  const r = await pagefind.search(term, {});
  return Promise.all((r?.results ?? []).map(async (x) => (await x.data()).url));
}

beforeAll(() => {
  cpSync(join(ROOT, 'content', 'sources'), sources, { recursive: true });
  ingest();
  build('full');
  build('part-a', ['--shards', '2020']);
  build('part-b', ['--shards', '2018,2022']);
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('shards built apart and joined', () => {
  it('a part holds only its shards’ issue and article pages, plus the whole-archive pages', () => {
    const a = files(join(work, 'part-a'));
    expect(a.some((f) => f.startsWith('jintan-shibao/2020-07/'))).toBe(true);
    expect(a.some((f) => f.startsWith('kaifaqu-zhuankan/2018'))).toBe(false);
    expect(a).toContain('index.html');
    expect(a).toContain('jintan-shibao/index.html');
    expect(JSON.parse(readFileSync(join(work, 'part-a', 'pagefind', 'shards.json'), 'utf8')).shards.map((s: { name: string }) => s.name)).toEqual(['2020']);
  });

  it('joined, they are the same site as one full build, with one search over every shard', async () => {
    const r = await combine(join(work, 'joined'), [join(work, 'part-a'), join(work, 'part-b')]);
    expect(r.shards).toEqual(['2018', '2020', '2022']);
    expect(r.differing).toEqual([]);
    const joined = files(join(work, 'joined'));
    const full = files(join(work, 'full'));
    // Pagefind's file names are content hashes: the same index gives the same names.
    expect(joined).toEqual(full);
    for (const f of ['index.html', 'jintan-shibao/2020-07/index.html', 'kaifaqu-zhuankan/2018-01/index.html', 'pagefind/shards.json']) {
      expect(readFileSync(join(work, 'joined', f), 'utf8'), f).toBe(readFileSync(join(work, 'full', f), 'utf8'));
    }
    const urls = await searchUrls(join(work, 'joined'), '开发区');
    expect(urls.some((u) => u.startsWith('/kaifaqu-zhuankan/2018'))).toBe(true);
    expect(urls.some((u) => u.startsWith('/jintan-shibao/2020'))).toBe(true);
  });

  it('refuses parts built from different code or settings', async () => {
    const odd = join(work, 'part-odd');
    cpSync(join(work, 'part-b'), odd, { recursive: true });
    const state = JSON.parse(readFileSync(join(odd, '.jiuwen-build.json'), 'utf8'));
    writeFileSync(join(odd, '.jiuwen-build.json'), JSON.stringify({ ...state, site: 'another-commit' }));
    await expect(combine(join(work, 'bad'), [join(work, 'part-a'), odd])).rejects.toThrow(/different code or settings/);
  });

  it('refuses parts with the same shard', async () => {
    await expect(combine(join(work, 'bad'), [join(work, 'part-a'), join(work, 'part-a')])).rejects.toThrow(/shard 2020 is in both/);
  });
});

describe('incremental builds', () => {
  const added = '样报/2021-05-01/01.txt';

  it('a second build with nothing changed rebuilds only the whole-archive pages', () => {
    const out = build('full');
    expect(out).toMatch(/incremental: 0 changed, 0 removed, 0 issue\(s\) to build/);
  });

  it('a new issue: its pages and its shard’s index are built, the rest kept', async () => {
    const before = files(join(work, 'full'));
    const untouched = before.find((f) => /^jintan-shibao\/2020-\d\d\/[^/]+\/index\.html$/.test(f))!;
    const stamp = readFileSync(join(work, 'full', untouched), 'utf8');
    mkdirSync(join(sources, '样报', '2021-05-01'), { recursive: true });
    cpSync(join(sources, '001_3082b797bd202168.txt'), join(sources, added));
    ingest();
    const out = build('full');
    expect(out).toMatch(/incremental: 1 changed, 0 removed/);
    const after = files(join(work, 'full'));
    const fresh = after.filter((f) => !before.includes(f));
    expect(fresh.some((f) => /^yang-bao\/2021-05-01\/1\/[a-z0-9-]+\/index\.html$/.test(f))).toBe(true);
    expect(fresh).toContain('pagefind/2021/pagefind-entry.json');
    expect(readFileSync(join(work, 'full', untouched), 'utf8')).toBe(stamp);
    expect(readFileSync(join(work, 'full', 'yang-bao', 'index.html'), 'utf8')).toContain('2021');
    const urls = await searchUrls(join(work, 'full'), '开发区');
    expect(urls.some((u) => u.startsWith('/yang-bao/2021-05-01/'))).toBe(true);
  });

  it('a removed issue: its pages and its shard go', () => {
    rmSync(join(sources, '样报'), { recursive: true });
    ingest();
    const out = build('full');
    expect(out, out).toMatch(/incremental: \d+ changed, 1 removed/);
    // Its article URLs stay: the permalink ledger sends them on (redirect pages), nothing else is left.
    const left = files(join(work, 'full')).filter((f) => f.startsWith('yang-bao/'));
    expect(left.length).toBeGreaterThan(0);
    for (const f of left) expect(readFileSync(join(work, 'full', f), 'utf8'), f).toContain('http-equiv="refresh"');
    expect(existsSync(join(work, 'full', 'pagefind', '2021')), 'shard index').toBe(false);
    const shards = JSON.parse(readFileSync(join(work, 'full', 'pagefind', 'shards.json'), 'utf8')).shards.map((s: { name: string }) => s.name);
    expect(shards).toEqual(['2018', '2020', '2022']);
  });
});
