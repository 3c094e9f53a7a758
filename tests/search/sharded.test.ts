/** One search over several shards' indexes (src/lib/search/sharded.ts), against fake Pagefind indexes. */
import { describe, expect, it } from 'vitest';
import type { PagefindApi, PagefindResponse, PagefindResult } from '../../src/lib/search/engine.ts';
import { mergeCounts, shardedSearch, shardsInDateOrder, type ShardInfo } from '../../src/lib/search/sharded.ts';

const shards: ShardInfo[] = [
  { name: '2018', path: '2018', articles: 2, from: '2018-01-01', to: '2018-12-31' },
  { name: 'undated', path: 'undated', articles: 1, from: '0000-00-00', to: '0000-00-00' },
  { name: '2019', path: '2019', articles: 2, from: '2019-01-01', to: '2019-06-01' },
];

interface Doc { id: string; shard: string; date: string; score: number; publication: string }
const docs: Doc[] = [
  { id: 'a18', shard: '2018', date: '2018-03-01', score: 0.2, publication: '甲报' },
  { id: 'b18', shard: '2018', date: '2018-11-01', score: 0.9, publication: '乙报' },
  { id: 'u', shard: 'undated', date: '0000-00-00', score: 0.5, publication: '甲报' },
  { id: 'a19', shard: '2019', date: '2019-01-05', score: 0.7, publication: '甲报' },
  { id: 'b19', shard: '2019', date: '2019-05-05', score: 0.1, publication: '乙报' },
];

/** A fake of Pagefind's merged API: filters (incl. the synthetic `shard`), date sort, merge by score. */
function fakeMerged(calls: object[]): PagefindApi {
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

  it('sums filter counts', () => {
    expect(mergeCounts([{ year: { '2018': 2 } }, { year: { '2018': 1, '2019': 4 }, page: { 第1版: 1 } }])).toEqual({ year: { '2018': 3, '2019': 4 }, page: { 第1版: 1 } });
  });
});
