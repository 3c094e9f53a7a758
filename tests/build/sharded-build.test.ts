/**
 * Building by shard, joining shards built apart, and incremental builds
 * (scripts/build/site.ts, scripts/combine.ts), on the sample pages: shards
 * 2018, 2020 and 2022; the search index in parts (scripts/build/search-index.ts)
 * of at most 4 articles, so that 2020 (1 article in January, 4 in July, 5 in
 * December) is indexed as 4 parts, one of them a cut through December.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { combine } from '../../scripts/combine.ts';
import { loadPagefind } from '../search/support/pagefind-node.ts';
import type { ShardInfo } from '../../src/lib/search/sharded.ts';
import { dateSortKey } from '../../src/lib/dates.ts';
import { parseQuery, recallQuery } from '../../src/lib/search/query.ts';

const ROOT = join(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'jiuwen-shards-'));
const content = join(work, 'content');
const sources = join(content, 'sources');

const PART_SIZE = '4';
function tsx(script: string, args: string[], env: Record<string, string> = {}): string {
  return execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, script), ...args], {
    cwd: ROOT,
    env: { ...process.env, JIUWEN_CONTENT: content, JIUWEN_INDEX_PART_SIZE: PART_SIZE, ...env },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}
const ingest = () => tsx('scripts/ingest.ts', ['--in', sources, '--out', content]);
/** A build into `out` with its own Astro cache. */
const build = (out: string, args: string[] = []) => tsx('scripts/build/site.ts', ['--out', join(work, out), ...args], { JIUWEN_CACHE_DIR: join(work, `cache-${out}`) });
/** The export a full pass of scripts/build/data-files.ts makes of the current content (no reuse). */
const freshExport = (name: string) => {
  tsx('scripts/build/data-files.ts', ['--out', join(work, name), '--content', content]);
  return readFileSync(join(work, name, 'export', 'archive.jsonl'), 'utf8');
};

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .filter((f) => f !== '.jiuwen-build.json')
    .sort();
}

async function searchUrls(site: string, term: string, options: object = {}): Promise<string[]> {
  const { pagefind } = await loadPagefind(site);
  // The words the search page sends for the term (the index holds Han bigrams).
  const r = await pagefind.search(recallQuery(parseQuery(term)), options);
  return Promise.all((r?.results ?? []).map(async (x) => (await x.data()).url));
}

const manifest = (site: string): ShardInfo[] => JSON.parse(readFileSync(join(site, 'pagefind', 'shards.json'), 'utf8')).shards;
const shardNames = (site: string): string[] => [...new Set(manifest(site).map((s) => s.shard!))];

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
    expect(shardNames(join(work, 'part-a'))).toEqual(['2020']);
    expect(manifest(join(work, 'part-a')).map((s) => s.path)).toEqual(['2020/1', '2020/2', '2020/3', '2020/4']);
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

  it('as the CI workflow does it (.github/workflows/build.yml): the shards listed, then `npm run combine`', () => {
    tsx('scripts/build/site.ts', ['--list-shards', join(work, 'shards.json')]);
    expect(JSON.parse(readFileSync(join(work, 'shards.json'), 'utf8'))).toEqual(['2018', '2020', '2022']);
    execFileSync('npm', ['run', '-s', 'combine', '--', '--out', join(work, 'joined-cli'), join(work, 'part-a'), join(work, 'part-b')], { cwd: ROOT, stdio: 'pipe' });
    expect(files(join(work, 'joined-cli'))).toEqual(files(join(work, 'full')));
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
    expect(fresh).toContain('pagefind/2021/1/pagefind-entry.json');
    expect(readFileSync(join(work, 'full', untouched), 'utf8')).toBe(stamp);
    expect(readFileSync(join(work, 'full', 'yang-bao', 'index.html'), 'utf8')).toContain('2021');
    const urls = await searchUrls(join(work, 'full'), '开发区');
    expect(urls.some((u) => u.startsWith('/yang-bao/2021-05-01/'))).toBe(true);
    // The export: unchanged issues' lines copied from the last one, the new issue's made, in order.
    expect(out).toMatch(/\[data\] \d+ data files .*\(export: [1-9]\d* issue\(s\) copied/);
    const exported = readFileSync(join(work, 'full', 'export', 'archive.jsonl'), 'utf8');
    expect(exported).toContain('"id":"yang-bao/2021-05-01"');
    expect(exported).toBe(freshExport('export-added'));
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
    expect(shardNames(join(work, 'full'))).toEqual(['2018', '2020', '2022']);
    const exported = readFileSync(join(work, 'full', 'export', 'archive.jsonl'), 'utf8');
    expect(exported).not.toContain('"id":"yang-bao/2021-05-01"');
    expect(exported).toBe(freshExport('export-removed'));
  });
});

describe('the search index in parts', () => {
  // Its own content and sites, apart from the builds above (which change the content).
  const pcontent = join(work, 'parts-content');
  const psources = join(pcontent, 'sources');
  const index = (site: string, args: string[] = []) =>
    tsx('scripts/build/search-index.ts', ['--site', join(work, site), '--content', pcontent, '--jobs', '2', '--part-size', PART_SIZE, ...args]);
  /** Every file under pagefind/ → a hash of its bytes. */
  const indexFiles = (site: string) =>
    Object.fromEntries(
      readdirSync(join(work, site, 'pagefind'), { withFileTypes: true, recursive: true })
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name))
        .map((f) => [relative(join(work, site, 'pagefind'), f).split(sep).join('/'), createHash('sha256').update(readFileSync(f)).digest('hex')])
        .sort(([a], [b]) => a!.localeCompare(b!)),
    );
  const mtimes = (site: string, part: string) =>
    readdirSync(join(work, site, 'pagefind', part)).map((f) => [f, statSync(join(work, site, 'pagefind', part, f)).mtimeMs]);
  /** Article URL → its date sort key, from the content. */
  const articles = () => {
    const out = new Map<string, string>();
    for (const e of readdirSync(join(pcontent, 'articles'), { withFileTypes: true, recursive: true })) {
      if (!e.isFile() || !e.name.endsWith('.mdx')) continue;
      const fm = JSON.parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(e.parentPath, e.name), 'utf8'))![1]!);
      out.set(`/${fm.id}/`, dateSortKey(fm.date));
    }
    return out;
  };

  beforeAll(() => {
    cpSync(join(ROOT, 'content', 'sources'), psources, { recursive: true });
    tsx('scripts/ingest.ts', ['--in', psources, '--out', pcontent]);
    index('idx');
  }, 120_000);

  it('each year is cut between dates into parts of at most the part size, listed with their date ranges', () => {
    const parts = manifest(join(work, 'idx'));
    expect(parts.map((p) => [p.path, p.articles, p.from, p.to])).toEqual([
      ['2018/1', 1, '2018-01-00', '2018-01-00'],
      ['2020/1', 1, '2020-01-00', '2020-01-00'],
      ['2020/2', 4, '2020-07-00', '2020-07-00'],
      ['2020/3', 4, '2020-12-00', '2020-12-00'],
      ['2020/4', 1, '2020-12-00', '2020-12-00'],
      ['2022/1', 1, '2022-01-00', '2022-01-00'],
    ]);
    expect(parts.reduce((n, p) => n + p.articles, 0)).toBe(articles().size);
    // The site's build (same part size) made the same parts.
    expect(manifest(join(work, 'part-a')).map((p) => p.path)).toEqual(['2020/1', '2020/2', '2020/3', '2020/4']);
  });

  it('one search finds the articles of every part', async () => {
    const { pagefind } = await loadPagefind(join(work, 'idx'));
    const all = articles();
    for (const [url] of all) {
      const title = JSON.parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(pcontent, 'articles', ...url.slice(1, -1).split('/')) + '.mdx', 'utf8'))![1]!).title as string;
      const chars = [...title.matchAll(/\p{Script=Han}/gu)].map((m) => m[0]).slice(0, 6);
      const r = await pagefind.search(chars.join(' '), {});
      const urls = await Promise.all((r?.results ?? []).map(async (x) => (await x.data()).url));
      expect(urls, `${url} (${title})`).toContain(url);
    }
  });

  it('sorted by date, results run in exact date order across parts and years', async () => {
    const dates = articles();
    for (const dir of ['desc', 'asc'] as const) {
      const sorted = await searchUrls(join(work, 'idx'), '的', { sort: { date: dir } });
      const byScore = await searchUrls(join(work, 'idx'), '的');
      expect(new Set(sorted)).toEqual(new Set(byScore));
      const keys = sorted.map((u) => dates.get(u)!);
      expect(keys, dir).toEqual([...keys].sort((a, b) => (dir === 'asc' ? 1 : -1) * a.localeCompare(b)));
      // it spans parts: the 2020 ones, and other years
      const parts = manifest(join(work, 'idx')).filter((p) => keys.some((k) => k >= p.from && k <= p.to));
      expect(parts.length, dir).toBeGreaterThanOrEqual(4);
    }
  });

  it('indexing again keeps parts whose articles did not change', () => {
    const before = indexFiles('idx');
    const stamps = mtimes('idx', '2020/2');
    const out = index('idx');
    expect(out).toMatch(/indexed 0 part\(s\); kept 6 unchanged; removed 0/);
    expect(mtimes('idx', '2020/2')).toEqual(stamps);
    expect(indexFiles('idx')).toEqual(before);
  });

  it('after a new issue, an incremental index is file for file a clean index of the same content', () => {
    const stamps = mtimes('idx', '2020/2');
    const first = indexFiles('idx');
    mkdirSync(join(psources, '样报', '2020-09-01'), { recursive: true });
    cpSync(join(psources, '001_3082b797bd202168.txt'), join(psources, '样报', '2020-09-01', '01.txt'));
    tsx('scripts/ingest.ts', ['--in', psources, '--out', pcontent]);
    const out = index('idx', ['--shards', '2020']);
    // 2020: January and July keep their parts; September (5 articles) takes two, December moves along.
    expect(out).toMatch(/indexed 4 part\(s\): 2020\/3, 2020\/4, 2020\/5, 2020\/6; kept 2 unchanged; removed 0\)/);
    expect(mtimes('idx', '2020/2')).toEqual(stamps);
    index('idx-clean');
    expect(indexFiles('idx')).toEqual(indexFiles('idx-clean'));
    expect(indexFiles('idx')).not.toEqual(first);

    // and back: the parts no longer made go
    rmSync(join(psources, '样报'), { recursive: true });
    tsx('scripts/ingest.ts', ['--in', psources, '--out', pcontent]);
    const back = index('idx', ['--shards', '2020']);
    expect(back).toMatch(/indexed 2 part\(s\): 2020\/3, 2020\/4; kept 2 unchanged; removed 2\)/);
    expect(existsSync(join(work, 'idx', 'pagefind', '2020', '5'))).toBe(false);
    expect(existsSync(join(work, 'idx', 'pagefind', '2020', '6'))).toBe(false);
    // (December's articles now name the removed copies as aliases: the content is not what it was at first)
    rmSync(join(work, 'idx-clean'), { recursive: true });
    index('idx-clean');
    expect(indexFiles('idx')).toEqual(indexFiles('idx-clean'));
    const folders = (files: Record<string, string>) => [...new Set(Object.keys(files).map((f) => f.split('/').slice(0, 2).join('/')))];
    expect(folders(indexFiles('idx'))).toEqual(folders(first));
  });

  it('a change to an article re-indexes its part only', () => {
    const dec = [...articles()].filter(([, d]) => d === '2020-12-00').map(([u]) => u).sort();
    const file = join(pcontent, 'articles', ...dec.at(-1)!.slice(1, -1).split('/')) + '.mdx';
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\n---\n/, '\n---\n新增一段文字。\n\n'));
    const out = index('idx', ['--shards', '2020']);
    expect(out).toMatch(/indexed 1 part\(s\): 2020\/4; kept 3 unchanged; removed 0/);
  });
});
