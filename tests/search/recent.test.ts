/**
 * A very common phrase in a large archive: by relevance, the first phrase search runs on the
 * newest pages only (the merged index's recent filter, engine.ts COMMON_PAGES), and
 * SearchSession.loadRest adds the rest of the archive's candidates before the recall query's.
 */
import { describe, expect, it } from 'vitest';
import { COMMON_PAGES, preloadQuery, recallAddsNothing, startSearch, type PagefindApi, type PagefindResult } from '../../src/lib/search/engine.ts';
import { charWord } from '../../src/lib/search/han.ts';
import { PLAIN } from '../../src/lib/search/han.ts';
import { pageName } from '../../src/lib/search/sharded.ts';

const RECENT = { 'jiuwen-recent': 'newest' };

/** `pages` pages holding the phrase, the last `newest` of them in the recent filter; Pagefind finds all the words on `common` pages. */
function fake(pages: number, newest: number, common: number, calls: object[]): PagefindApi {
  const result = (n: number): PagefindResult => ({
    id: pageName(n),
    score: 1,
    words: [60],
    data: async () => ({ url: `/a/${n}/`, content: `${PLAIN}标题${n}。正文里的习近平同志。`, meta: { title: `标题${n}`, sort: `2019-01-${String(n % 28).padStart(2, '0')}` }, filters: {} }),
  });
  return {
    recent: RECENT,
    async search(term, options = {}) {
      calls.push({ term, ...options });
      const filters = (options.filters ?? {}) as Record<string, string>;
      const ids = Array.from({ length: pages }, (_, n) => n).filter((n) => !filters['jiuwen-recent'] || n >= pages - newest);
      return { results: ids.map(result), unfilteredResultCount: common, filters: {}, totalFilters: {} };
    },
  };
}

const request = { query: '习近平', filters: {}, sort: 'relevance' as const };

describe('a very common phrase in a large archive', () => {
  it('is searched on the newest pages first, then on all of them, with no candidate twice', async () => {
    const calls: { term?: string; filters?: object }[] = [];
    const session = (await startSearch(fake(300, 40, COMMON_PAGES + 1, calls), request, { filterCounts: false, deferRecall: true }))!;
    expect(calls).toHaveLength(1);
    expect(calls[0]!.filters).toEqual(RECENT);
    expect(session.phraseCount).toBe(40);
    expect(session.widenPending).toBe(true);
    expect(session.restEager).toBe(true);
    expect(session.countExact).toBe(false);
    expect(session.countEstimate).toBe(COMMON_PAGES + 1);
    const first = await session.next(10);
    expect(first.every((h) => h.exact && parseInt([...h.id].reverse().join(''), 36) >= 260)).toBe(true);

    await session.loadRest();
    // the whole archive's phrase search, then the recall query
    expect(calls.map((c) => c.filters)).toEqual([RECENT, {}, {}]);
    expect(calls[1]!.term).toBe(calls[0]!.term);
    expect(session.widenPending).toBe(false);
    expect(session.restPending).toBe(false);
    expect(session.phraseCount).toBe(300);
    expect(session.countExact).toBe(true);
    const rest = await session.next(1000);
    const ids = [...first, ...rest].map((h) => h.id);
    expect(new Set(ids).size).toBe(300);
    expect(ids).toHaveLength(300);
  });

  it('is searched on the whole archive at once when it is not that common', async () => {
    const calls: { filters?: object }[] = [];
    const session = (await startSearch(fake(300, 40, COMMON_PAGES - 1, calls), request, { filterCounts: false, deferRecall: true }))!;
    expect(calls.map((c) => c.filters)).toEqual([RECENT, {}]);
    expect(session.widenPending).toBe(false);
    expect(session.phraseCount).toBe(300);
    expect(session.countExact).toBe(true);
  });

  it('is searched on the whole archive at once when the newest pages hold too few of it, or sorted by date', async () => {
    const calls: { filters?: object }[] = [];
    expect((await startSearch(fake(300, 5, COMMON_PAGES + 1, calls), request, { filterCounts: false, deferRecall: true }))!.phraseCount).toBe(300);
    expect(calls.map((c) => c.filters)).toEqual([RECENT, {}]);
    calls.length = 0;
    expect((await startSearch(fake(300, 40, COMMON_PAGES + 1, calls), { ...request, sort: 'newest' }, { filterCounts: false, deferRecall: true }))!.phraseCount).toBe(300);
    expect(calls.map((c) => c.filters)).toEqual([{}]);
  });
});

describe('a very common character in a large archive', () => {
  it('is searched on the newest pages first, then on all of them, with no recall query after', async () => {
    const calls: { term?: string; filters?: object }[] = [];
    const api = { ...fake(300, 40, COMMON_PAGES + 1, calls), charWords: true };
    const session = (await startSearch(api, { ...request, query: '的' }, { filterCounts: false, deferRecall: true }))!;
    expect(calls).toEqual([{ term: charWord('的'), filters: RECENT, sort: {} }]);
    expect(session.widenPending).toBe(true);
    expect(session.phraseCount).toBe(40);
    expect(session.countExact).toBe(false);
    // not as soon as the first results are shown: once the newest pages' 40 candidates are read
    expect(session.restEager).toBe(false);
    await session.next(40);
    expect(calls).toHaveLength(1);
    await session.next(10);
    expect(calls.map((c) => c.filters)).toEqual([RECENT, {}]);
    expect(session.restPending).toBe(false);
    expect(session.phraseCount).toBe(300);
    expect(session.countExact).toBe(true);
  });

  it('leaves a query without a phrase that is no character alone to one search of the whole archive', async () => {
    const calls: { term?: string; filters?: object }[] = [];
    const api = { ...fake(300, 40, COMMON_PAGES + 1, calls), charWords: true };
    const session = (await startSearch(api, { ...request, query: '国庆' }, { filterCounts: false, deferRecall: true }))!;
    expect(calls.map((c) => c.filters)).toEqual([{}]);
    expect(session.restPending).toBe(false);
    expect(session.phraseCount).toBe(300);
  });
});

describe('a search given up for a newer one', () => {
  it('runs none of its deferred searches once cancelled, before or between them', async () => {
    const calls: { filters?: object }[] = [];
    const session = (await startSearch(fake(300, 40, COMMON_PAGES + 1, calls), request, { filterCounts: false, deferRecall: true }))!;
    expect(session.restPending).toBe(true);
    session.cancel();
    await session.loadRest();
    expect(calls).toHaveLength(1); // the first search only: neither the whole archive's nor the recall query

    // Cancelled while the whole archive's search runs: the recall query is not started after it.
    calls.length = 0;
    const api = fake(300, 40, COMMON_PAGES + 1, calls);
    const second = (await startSearch(api, request, { filterCounts: false, deferRecall: true }))!;
    const search = api.search.bind(api);
    api.search = async (term, options) => {
      second.cancel();
      return search(term, options);
    };
    await second.loadRest();
    expect(calls.map((c) => c.filters)).toEqual([RECENT, {}]);
  });
});

describe('preloading as the query is typed', () => {
  it('asks Pagefind for the chunks of the phrase and recall queries\' words, unquoted', async () => {
    const preloaded: string[] = [];
    const api: PagefindApi = { search: async () => null, preload: async (term) => void preloaded.push(term), charWords: true };
    await preloadQuery(api, '粤港澳 国');
    await preloadQuery(api, '  ');
    // the phrase query `"粤港 港澳" 国…` and the recall query `粤港 港澳 国…`; nothing for an empty query
    expect(preloaded).toEqual([`粤港 港澳  ${charWord('国')} 粤港 港澳 ${charWord('国')}`]);
  });
});

describe('the recall query', () => {
  const response = (results: number, unfiltered: number) => ({ results: Array.from({ length: results }, (_, n) => ({ id: String(n), score: 1, data: async () => ({ url: '', content: '', meta: {}, filters: {} }) })), unfilteredResultCount: unfiltered, filters: {}, totalFilters: {} });

  it('is not run when it sends the phrase\'s own Han bigrams and Pagefind found the phrase on every page holding them', () => {
    expect(recallAddsNothing('"习近 近平"', '习近 近平', response(5, 5), {})).toBe(true);
    // a page holds both bigrams but not the phrase: a partial match to find
    expect(recallAddsNothing('"习近 近平"', '习近 近平', response(5, 6), {})).toBe(false);
    // fewer words than the phrase (粤港 澳大 湾区 of 粤港 港澳 澳大 大湾 湾区): more pages
    expect(recallAddsNothing('"粤港 港澳 澳大 大湾 湾区"', '粤港 澳大 湾区', response(5, 5), {})).toBe(false);
    // a Latin or number word is matched as a prefix by the recall query (12345 → 123456)
    expect(recallAddsNothing('"12345 号"', '12345 号', response(5, 5), {})).toBe(false);
    // with a filter, Pagefind's unfiltered count is not the filtered pages'
    expect(recallAddsNothing('"习近 近平"', '习近 近平', response(5, 5), { year: '2019' })).toBe(false);
  });
});
