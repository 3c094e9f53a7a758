/**
 * One search over several shards' indexes (src/lib/search/sharded.ts), against
 * fake Pagefind indexes; how a year is cut into index parts (src/lib/search/parts.ts).
 */
import { describe, expect, it } from 'vitest';
import type { PagefindApi, PagefindResponse, PagefindResult } from '../../src/lib/search/engine.ts';
import { dateOrderedSearch, mergeCounts, pageName, pageNumber, shardedSearch, shardsInDateOrder, type ShardInfo } from '../../src/lib/search/sharded.ts';
import { DEFAULT_PART_SIZE, partSizeFrom, planParts } from '../../src/lib/search/parts.ts';

const shards: ShardInfo[] = [
  { name: '2018', path: '2018', articles: 2, from: '2018-01-01', to: '2018-12-31' },
  { name: 'undated', path: 'undated', articles: 1, from: '0000-00-00', to: '0000-00-00' },
  { name: '2019', path: '2019', articles: 2, from: '2019-01-01', to: '2019-06-01' },
];

interface Doc { id: string; shard: string; date: string; score: number; publication: string }
const allDocs: Doc[] = [
  { id: 'a18', shard: '2018', date: '2018-03-01', score: 0.2, publication: '甲报' },
  { id: 'b18', shard: '2018', date: '2018-11-01', score: 0.9, publication: '乙报' },
  { id: 'u', shard: 'undated', date: '0000-00-00', score: 0.5, publication: '甲报' },
  { id: 'a19', shard: '2019', date: '2019-01-05', score: 0.7, publication: '甲报' },
  { id: 'b19', shard: '2019', date: '2019-05-05', score: 0.1, publication: '乙报' },
];

/** A fake of Pagefind's merged API: filters (incl. the synthetic `shard`), date sort, merge by score. */
function fakeMerged(calls: object[], docs: Doc[] = allDocs): PagefindApi {
  return {
    async search(_term, options = {}) {
      calls.push(options);
      const filters = (options.filters ?? {}) as Record<string, string>;
      const sort = (options.sort ?? {}) as Record<string, string>;
      let hits = docs.filter((d) => (!filters.shard || d.shard === filters.shard) && (!filters.publication || d.publication === filters.publication));
      // Sorted, each index scores its results by rank (n, n-1, …; checked against Pagefind 1.6);
      // then Pagefind's merge orders all results by score, so shards interleave.
      if (sort.date) {
        const byShard = new Map<string, Doc[]>();
        for (const d of hits) byShard.set(d.shard, [...(byShard.get(d.shard) ?? []), d]);
        hits = [...byShard.values()].flatMap((list) =>
          [...list].sort((x, y) => (sort.date === 'asc' ? 1 : -1) * x.date.localeCompare(y.date)).map((d, i) => ({ ...d, score: list.length - i })),
        );
      }
      hits = [...hits].sort((x, y) => y.score - x.score);
      const counts = { publication: Object.fromEntries(['甲报', '乙报'].map((p) => [p, hits.filter((h) => h.publication === p).length])), shard: { x: 1 } };
      const response: PagefindResponse = {
        results: hits.map((h): PagefindResult => ({ id: h.id, score: h.score, data: async () => ({ url: `/${h.id}/`, content: '', meta: {}, filters: {} }) })),
        unfilteredResultCount: docs.length,
        filters: counts,
        totalFilters: counts,
      };
      return response;
    },
    filters: async () => ({}),
  };
}

describe('search over shards', () => {
  it('orders shards by date, undated first when oldest first', () => {
    expect(shardsInDateOrder(shards, 'asc').map((s) => s.name)).toEqual(['undated', '2018', '2019']);
    expect(shardsInDateOrder(shards, 'desc').map((s) => s.name)).toEqual(['2019', '2018', 'undated']);
  });

  it('by relevance: Pagefind’s own merge (by score)', async () => {
    const api = shardedSearch(fakeMerged([]), shards);
    const r = await api.search('x', {});
    expect(r!.results.map((x) => x.id)).toEqual(['b18', 'a19', 'u', 'a18', 'b19']);
  });

  it('newest first: exact date order across shards, one filtered search per shard', async () => {
    const calls: object[] = [];
    const api = shardedSearch(fakeMerged(calls), shards);
    const r = await api.search('x', { sort: { date: 'desc' }, filters: { publication: '甲报' } });
    expect(r!.results.map((x) => x.id)).toEqual(['a19', 'a18', 'u']);
    expect(calls).toHaveLength(3);
    expect(calls.map((c) => (c as { filters: Record<string, string> }).filters)).toEqual([
      { publication: '甲报', shard: '2019' },
      { publication: '甲报', shard: '2018' },
      { publication: '甲报', shard: 'undated' },
    ]);
    // counts are summed over the shards and the synthetic filter is hidden
    expect(r!.filters).toEqual({ publication: { 甲报: 3, 乙报: 0 } });
  });

  it('oldest first', async () => {
    const r = await shardedSearch(fakeMerged([]), shards).search('x', { sort: { date: 'asc' } });
    expect(r!.results.map((x) => x.id)).toEqual(['u', 'a18', 'b18', 'a19', 'b19']);
  });

  it('(what Pagefind alone would do: interleave the shards by rank)', async () => {
    const r = await fakeMerged([]).search('x', { sort: { date: 'desc' } });
    expect(r!.results.map((x) => x.id)).not.toEqual(['b19', 'a19', 'b18', 'a18', 'u']);
  });

  it('one shard is Pagefind itself', () => {
    const api = fakeMerged([]);
    expect(shardedSearch(api, shards.slice(0, 1))).toBe(api);
  });

  it('parts of years: date order across parts and years, part numbers ordering one split date', async () => {
    // 2018 in two parts; 2019 in five, parts 8–10 one date too large for a part.
    const parts: ShardInfo[] = [
      { name: '2019/10', path: '2019/10', shard: '2019', part: 10, articles: 1, from: '2019-07-01', to: '2019-07-01' },
      { name: '2018/2', path: '2018/2', shard: '2018', part: 2, articles: 1, from: '2018-06-01', to: '2018-12-01' },
      { name: '2019/11', path: '2019/11', shard: '2019', part: 11, articles: 2, from: '2019-07-01', to: '2019-09-01' },
      { name: '2019/1', path: '2019/1', shard: '2019', part: 1, articles: 2, from: '2019-01-01', to: '2019-05-01' },
      { name: '2018/1', path: '2018/1', shard: '2018', part: 1, articles: 2, from: '2018-01-01', to: '2018-03-01' },
      { name: '2019/9', path: '2019/9', shard: '2019', part: 9, articles: 1, from: '2019-07-01', to: '2019-07-01' },
      { name: '2019/8', path: '2019/8', shard: '2019', part: 8, articles: 1, from: '2019-07-01', to: '2019-07-01' },
    ];
    expect(shardsInDateOrder(parts, 'asc').map((s) => s.name)).toEqual(['2018/1', '2018/2', '2019/1', '2019/8', '2019/9', '2019/10', '2019/11']);
    expect(shardsInDateOrder(parts, 'desc').map((s) => s.name)).toEqual(['2019/11', '2019/10', '2019/9', '2019/8', '2019/1', '2018/2', '2018/1']);
    const docs: Doc[] = [
      { id: 'a', shard: '2018/1', date: '2018-01-01', score: 0.1, publication: '甲报' },
      { id: 'b', shard: '2018/1', date: '2018-03-01', score: 0.8, publication: '甲报' },
      { id: 'c', shard: '2018/2', date: '2018-12-01', score: 0.3, publication: '甲报' },
      { id: 'd', shard: '2019/1', date: '2019-01-01', score: 0.6, publication: '甲报' },
      { id: 'e', shard: '2019/1', date: '2019-05-01', score: 0.2, publication: '甲报' },
      { id: 'f', shard: '2019/8', date: '2019-07-01', score: 0.9, publication: '甲报' },
      { id: 'g', shard: '2019/9', date: '2019-07-01', score: 0.4, publication: '甲报' },
      { id: 'h', shard: '2019/10', date: '2019-07-01', score: 0.5, publication: '甲报' },
      { id: 'i', shard: '2019/11', date: '2019-07-01', score: 0.5, publication: '甲报' },
      { id: 'j', shard: '2019/11', date: '2019-09-01', score: 0.7, publication: '甲报' },
    ];
    const calls: object[] = [];
    const desc = await shardedSearch(fakeMerged(calls, docs), parts).search('x', { sort: { date: 'desc' } });
    expect(desc!.results.map((x) => x.id)).toEqual(['j', 'i', 'h', 'g', 'f', 'e', 'd', 'c', 'b', 'a']);
    expect(calls).toHaveLength(7);
    const asc = await shardedSearch(fakeMerged([], docs), parts).search('x', { sort: { date: 'asc' } });
    expect(asc!.results.map((x) => x.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']);
  });

  it('sums filter counts', () => {
    expect(mergeCounts([{ year: { '2018': 2 } }, { year: { '2018': 1, '2019': 4 }, page: { 第1版: 1 } }])).toEqual({ year: { '2018': 3, '2019': 4 }, page: { 第1版: 1 } });
  });
});

describe('a year cut into index parts', () => {
  const item = (date: string, file: string) => ({ date, file });
  // 2020: one article on 01-05, four on 07-01, five on 12-01, two on 12-31
  const year = [
    item('2020-12-01', 'z/5'), item('2020-07-01', 'a/1'), item('2020-12-01', 'a/3'), item('2020-01-05', 'b/1'),
    item('2020-07-01', 'b/2'), item('2020-12-31', 'a/9'), item('2020-12-01', 'z/1'), item('2020-07-01', 'c/1'),
    item('2020-12-01', 'b/4'), item('2020-07-01', 'a/2'), item('2020-12-01', 'a/1'), item('2020-12-31', 'b/9'),
  ];
  const show = (parts: { date: string; file: string }[][]) => parts.map((p) => p.map((i) => `${i.date.slice(5)} ${i.file}`));

  it('takes whole dates while they fit, in date then file order', () => {
    expect(show(planParts(year, 6))).toEqual([
      ['01-05 b/1', '07-01 a/1', '07-01 a/2', '07-01 b/2', '07-01 c/1'],
      ['12-01 a/1', '12-01 a/3', '12-01 b/4', '12-01 z/1', '12-01 z/5'],
      ['12-31 a/9', '12-31 b/9'],
    ]);
    expect(planParts(year, 100)).toHaveLength(1);
    expect(planParts(year, 12)).toHaveLength(1);
    expect(planParts([], 5)).toEqual([]);
  });

  it('never puts one date in two parts unless the date alone is larger than a part', () => {
    for (let size = 1; size <= 13; size++) {
      const parts = planParts(year, size);
      expect(parts.flat().length, `size ${size}`).toBe(year.length);
      for (const p of parts) expect(p.length, `size ${size}`).toBeLessThanOrEqual(size);
      for (let k = 1; k < parts.length; k++) {
        const last = parts[k - 1]!.at(-1)!.date;
        const first = parts[k]![0]!.date;
        expect(first >= last, `size ${size}`).toBe(true);
        if (first === last) expect(year.filter((i) => i.date === first).length, `size ${size}: ${first} cut`).toBeGreaterThan(size);
      }
    }
  });

  it('cuts a date larger than a part into runs of the part size, the rest open for the next dates', () => {
    expect(show(planParts(year, 4))).toEqual([
      ['01-05 b/1'],
      ['07-01 a/1', '07-01 a/2', '07-01 b/2', '07-01 c/1'],
      ['12-01 a/1', '12-01 a/3', '12-01 b/4', '12-01 z/1'],
      ['12-01 z/5', '12-31 a/9', '12-31 b/9'],
    ]);
    // the same whatever order the files were listed in
    expect(show(planParts([...year].reverse(), 4))).toEqual(show(planParts(year, 4)));
  });

  it('part size: option, then JIUWEN_INDEX_PART_SIZE, then 1,200', () => {
    expect(partSizeFrom(undefined, {})).toBe(DEFAULT_PART_SIZE);
    expect(DEFAULT_PART_SIZE).toBe(1200);
    expect(partSizeFrom(undefined, { JIUWEN_INDEX_PART_SIZE: '300' })).toBe(300);
    expect(partSizeFrom('20', { JIUWEN_INDEX_PART_SIZE: '300' })).toBe(20);
    expect(() => partSizeFrom('0', {})).toThrow(/positive whole number/);
    expect(() => partSizeFrom(undefined, { JIUWEN_INDEX_PART_SIZE: '1.5' })).toThrow(/positive whole number/);
    expect(() => planParts(year, 0)).toThrow(/positive whole number/);
  });
});

describe('page names of the merged index', () => {
  it('are the page number in base 36, least significant digit first, and read back', () => {
    expect([0, 9, 35, 36, 37, 1295, 1296, 96823].map(pageName)).toEqual(['0', '9', 'z', '01', '11', 'zz', '001', 'jp22']);
    for (const n of [0, 1, 35, 36, 1000, 46655, 46656, 96823, 1_000_000]) expect(pageNumber(pageName(n))).toBe(n);
  });

  it('order a date sort (pages are numbered in date order)', async () => {
    const ids = [1296, 35, 36, 2, 96823].map(pageName);
    const api: PagefindApi = {
      search: async () => ({ results: ids.map((id) => ({ id, score: 1, data: async () => ({ url: id, content: '', meta: {}, filters: {} }) })), unfilteredResultCount: 5, filters: {}, totalFilters: {} }),
    };
    const order = async (date: string) => (await dateOrderedSearch(api).search('x', { sort: { date } }))!.results.map((r) => pageNumber(r.id));
    expect(await order('asc')).toEqual([2, 35, 36, 1296, 96823]);
    expect(await order('desc')).toEqual([96823, 1296, 36, 35, 2]);
  });
});
