/**
 * The defects of issue 13, each on a small archive made for it: articles
 * (front matter from the sample, text made up) → search records (records.ts) →
 * Pagefind indexes, one per part → one merged index (merge-index.ts) → the
 * search engine (engine.ts) through Pagefind's JS API in Node, as the search
 * page runs it.
 */
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleSchema, type Article } from '../../src/content/schema.ts';
import { searchRecords } from '../../src/lib/search/records.ts';
import { mergeIndexes, plainFragments } from '../../src/lib/search/merge-index.ts';
import { startSearch, type Hit } from '../../src/lib/search/engine.ts';
import { loadPagefind, type LoadedPagefind } from './support/pagefind-node.ts';

const SITE = join(tmpdir(), `jiuwen-defects-${process.pid}`);
let pf: LoadedPagefind['pagefind'];

/** A sample article's front matter as the template (as the ingest writes it; the tests override what they need). */
const template = articleSchema.parse({
  id: 'jintan-shibao/2020-12/1/121c0b50',
  slug: '121c0b50',
  issue: 'jintan-shibao/2020-12',
  publication: { name: '金坛时报', slug: 'jintan-shibao', source: 'catalogue' },
  date: { value: '2020-12', precision: 'month', source: 'catalogue' },
  page: 1,
  pageKey: '1',
  order: 2,
  title: '我区部署集中宣讲工作',
  byline: '马晓璇',
  sections: [],
  pullQuotes: [],
  continuations: [],
  captions: [],
  excerpt: '本报讯 昨天下午，我区召开学习贯彻党的十九届五中全会精神宣讲工作动员会。',
  length: 528,
  source: { file: '001_3082b797bd202168.txt', lines: [47, 59] },
  aliases: [],
  review: [],
});

let n = 0;
function article(day: string, page: number, fields: Partial<Article>, body: string): { article: Article; body: string } {
  n += 1;
  const id = `test-daily/${day}/${page}/a${n}`;
  return {
    article: { ...template, id, slug: `a${n}`, issue: `test-daily/${day}`, page, pageKey: String(page), date: { value: day, precision: 'day', source: 'catalogue' }, captions: [], byline: undefined, kicker: undefined, subtitle: undefined, editorsNote: undefined, ...fields },
    body,
  };
}

const filler = '会议强调，要坚持稳中求进工作总基调，扎实做好各项工作，推动经济社会持续健康发展，确保各项任务落到实处。';
const PARTS: { article: Article; body: string }[][] = [
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
  const parts: string[] = [];
  for (const [k, part] of PARTS.entries()) {
    const { index } = await pagefind.createIndex({});
    for (const record of searchRecords(part)) await index!.addCustomRecord(record);
    const dir = join(SITE, 'pagefind', '2019', String(k + 1));
    await index!.writeFiles({ outputPath: dir });
    plainFragments(dir);
    parts.push(dir);
  }
  await pagefind.close();
  // With the filter of the newest pages a large archive's index has (here its newest 4 of 10 pages).
  const merged = mergeIndexes(parts, join(SITE, 'pagefind', 'all'), 50, { pages: 4, from: 1 });
  for (const f of readdirSync(parts[0]!)) {
    if (/^(pagefind\.js|pagefind-worker\.js|wasm\..+\.pagefind)$/.test(f)) {
      cpSync(join(parts[0]!, f), join(SITE, 'pagefind', f));
      cpSync(join(parts[0]!, f), join(SITE, 'pagefind', 'all', f));
    }
  }
  mkdirSync(join(SITE, 'pagefind'), { recursive: true });
  writeFileSync(join(SITE, 'pagefind', 'shards.json'), JSON.stringify({ version: 3, shards: [], index: { path: 'all', pages: 10, order: 'date', recent: merged.recent } }));
  ({ pagefind: pf } = await loadPagefind(SITE));
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
