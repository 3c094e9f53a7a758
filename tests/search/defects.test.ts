/**
 * The defects of issue 13, each on a small archive made for it: articles
 * (front matter from the sample, text made up) → search records (records.ts) →
 * Pagefind indexes, one per part → one merged index (merge-index.ts) → the
 * search engine (engine.ts) through Pagefind's JS API in Node, as the search
 * page runs it.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSearch, type Hit } from '../../src/lib/search/engine.ts';
import { article, buildArchive, type TestArticle } from './support/archive.ts';
import type { MergeReport } from '../../src/lib/search/merge-index.ts';
import type { LoadedPagefind } from './support/pagefind-node.ts';

const SITE = join(tmpdir(), `jiuwen-defects-${process.pid}`);
let pf: LoadedPagefind['pagefind'];
let requests: LoadedPagefind['requests'];
let merged: MergeReport;

const filler = '会议强调，要坚持稳中求进工作总基调，扎实做好各项工作，推动经济社会持续健康发展，确保各项任务落到实处。';
const PARTS: TestArticle[][] = [
  [
    article('2019-09-30', 1, { title: '网络建设提速' }, `本市推进VR+5G应用。${filler}`),
    article('2019-09-30', 2, { title: '通信资费下调' }, `运营商表示4G&5G套餐同步下调。${filler}`),
    article('2019-09-30', 3, { title: '网络回顾' }, `从2G/3G/4G/5G一路走来。${filler}`),
    article('2019-09-30', 4, { title: '便民热线' }, `市民可拨打12345热线反映问题。${filler}`),
    article('2019-09-30', 5, { title: '法律援助' }, `法律服务热线12348全天开通，全年完成投资121.47亿元。${filler}`),
  ],
  [
    // One story printed in full on pages 1 and 3 of one issue.
    article('2019-10-01', 1, { title: '大湾区建设全面提速' }, `粤港澳大湾区建设取得新进展，${filler}${filler}`),
    article('2019-10-01', 3, { title: '大湾区建设全面提速' }, `粤港澳大湾区建设取得新进展，${filler}${filler}`),
    // 国庆: elsewhere (three times), in the first paragraph, in the subtitle, in the title.
    article('2019-10-01', 4, { title: '城市交通平稳有序' }, `${filler}\n\n${filler}国庆期间客流增加。国庆假期运力充足。国庆出行提示。`),
    article('2019-10-01', 5, { title: '市场供应充足' }, `节日市场繁荣，国庆消费旺盛。\n\n${filler}`),
    article('2019-10-01', 6, { title: '各地举行升旗仪式', subtitle: '庆祝国庆' }, `${filler}\n\n${filler}`),
    article('2019-10-01', 7, { title: '国庆盛典隆重举行' }, `${filler}\n\n${filler}`),
  ],
];

async function search(query: string): Promise<{ exact: Hit[]; partial: Hit[]; countExact: boolean; phraseCount: number }> {
  const session = await startSearch(pf, { query, filters: {}, sort: 'relevance' }, { filterCounts: false });
  if (!session) return { exact: [], partial: [], countExact: false, phraseCount: 0 };
  const hits = await session.next(session.candidateCount);
  return { exact: hits.filter((h) => h.exact), partial: hits.filter((h) => !h.exact), countExact: session.countExact, phraseCount: session.phraseCount };
}
const titles = (hits: Hit[]) => hits.map((h) => h.title);

beforeAll(async () => {
  rmSync(SITE, { recursive: true, force: true });
  // With the filter of the newest pages a large archive's index has (here at most 6 pages, and at
  // most 40 % of the archive's: its newest 4 of 10 pages).
  ({ pf, requests, merged } = await buildArchive(SITE, PARTS, 50, { pages: 6, share: 0.4, from: 1 }));
}, 60_000);

afterAll(() => rmSync(SITE, { recursive: true, force: true }));

describe('Latin and numbers glued by punctuation', () => {
  it('finds 5G inside VR+5G, 4G&5G and 2G/3G/4G/5G', async () => {
    expect(titles((await search('5G')).exact).sort()).toEqual(['通信资费下调', '网络回顾', '网络建设提速'].sort());
    expect(titles((await search('4G')).exact).sort()).toEqual(['通信资费下调', '网络回顾'].sort());
  });

  it('finds the whole token as typed', async () => {
    expect(titles((await search('4G&5G')).exact)).toEqual(['通信资费下调']);
    expect(titles((await search('VR+5G')).exact)).toEqual(['网络建设提速']);
  });
});

describe('a number and its partial matches', () => {
  it('finds 12345 exactly, with no fragment of another number listed as partial', async () => {
    const r = await search('12345');
    expect(titles(r.exact)).toEqual(['便民热线']);
    expect(titles(r.partial)).toEqual([]);
  });
});

describe('duplicates', () => {
  it('shows the same text printed on two pages as one hit, with the other printing', async () => {
    const r = await search('粤港澳大湾区');
    expect(titles(r.exact)).toEqual(['大湾区建设全面提速']);
    expect(r.exact[0]!.page).toBe('第1版');
    expect(r.exact[0]!.also.map((a) => a.page)).toEqual(['第3版']);
    expect(r.exact[0]!.also[0]!.url).toMatch(/\/test-daily\/2019-10-01\/3\/a\d+\/$/);
  });
});

describe('ranking', () => {
  it('ranks title > kicker/subtitle > first paragraph > elsewhere, before the number of hits', async () => {
    const r = await search('国庆');
    expect(titles(r.exact)).toEqual(['国庆盛典隆重举行', '各地举行升旗仪式', '市场供应充足', '城市交通平稳有序']);
    expect(r.exact.map((h) => h.tier)).toEqual([0, 1, 2, 3]);
    expect(r.countExact).toBe(true);
    expect(r.phraseCount).toBe(4);
  });
});

describe('a very common phrase', () => {
  it('has the newest pages\' filter loaded ahead of the first search there (preloadRecent), which then fetches no filter', async () => {
    expect(merged.recent?.pages).toBe(4);
    expect(pf.recent).toEqual({ [merged.recent!.filter]: merged.recent!.value });
    const before = requests.length;
    await pf.preloadRecent!();
    expect(requests.slice(before).filter((r) => r.url.endsWith('.pf_filter'))).toHaveLength(1);
    const at = requests.length;
    const newest = await pf.search('"稳中 中求 求进"', { filters: pf.recent });
    expect(newest?.results).toHaveLength(4);
    expect(newest?.unfilteredResultCount).toBe(10);
    expect(requests.slice(at).filter((r) => r.url.endsWith('.pf_filter'))).toEqual([]);
  });

  it('is searched on the newest pages first, then on all of them (real Pagefind, the merged index\'s recent filter)', async () => {
    const request = { query: '稳中求进', filters: {}, sort: 'relevance' as const };
    // Every page holds it; "very common" lowered to this archive's size.
    const session = (await startSearch(pf, request, { filterCounts: false, deferRecall: true, common: { pages: 10, newest: 2 } }))!;
    expect(session.widenPending).toBe(true);
    expect(session.phraseCount).toBe(4);
    expect(session.countEstimate).toBe(10);
    const newest = await session.next(4);
    expect(newest.map((h) => h.sortKey.slice(0, 10))).toEqual(['2019-10-01', '2019-10-01', '2019-10-01', '2019-10-01']);
    await session.loadRest();
    expect(session.widenPending).toBe(false);
    expect(session.phraseCount).toBe(10);
    expect(session.countExact).toBe(true);
    const rest = await session.next(100);
    const all = [...newest, ...rest].filter((h) => h.exact);
    expect(all).toHaveLength(10);
    expect(new Set(all.map((h) => h.url)).size).toBe(10);
    // The same phrase, not very common by the default measure: the whole archive at once.
    const plain = (await startSearch(pf, request, { filterCounts: false, deferRecall: true }))!;
    expect(plain.widenPending).toBe(false);
    expect(plain.phraseCount).toBe(10);
  });
});
