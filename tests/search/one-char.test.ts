/**
 * One-character queries in an index whose chunks split the character's words
 * (Known limits before this test: Pagefind loads only the chunk whose bounds
 * hold the query word, so 国 found the pages of one of the chunks holding
 * 国家, 国庆, 国际…). The archive is made up, and merged with a chunk budget
 * small enough that the words starting with 国 span several chunks.
 */
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSearch, type Hit } from '../../src/lib/search/engine.ts';
import { foldText } from '../../src/lib/search/fold.ts';
import { readPagefindFile } from '../../src/lib/search/merge-index.ts';
import { decodeCbor, type Cbor } from '../../src/lib/search/cbor.ts';
import { article, buildArchive, type TestArticle } from './support/archive.ts';
import type { LoadedPagefind } from './support/pagefind-node.ts';

const SITE = join(tmpdir(), `jiuwen-one-char-${process.pid}`);
let pf: LoadedPagefind['pagefind'];
let requests: LoadedPagefind['requests'];
let index: string;

const fillerA = '会议强调，要坚持稳中求进工作总基调，扎实做好各项工作，推动经济社会持续健康发展。';
const fillerB = '春风拂面，田野里一片繁忙景象，农民们抢抓农时播种希望，处处生机勃勃。';
/** What follows 国 in the articles that hold it: bigrams, punctuation, Latin, the end. */
const AFTER = ['家', '庆', '际', '人', '务', '防', '土', '产', '内', '外', '旗', '歌', '企', '债', '画', '。', 'A', '宝', '籍', '民', '情', '策', '力', '门'];

const ARTICLES: TestArticle[] = [];
for (let i = 0; i < 48; i++) {
  // In date order: the parts below are contiguous date ranges, as the build cuts them.
  const day = `2019-${String(1 + Math.floor(i / 4)).padStart(2, '0')}-${String(1 + (i % 4) * 7).padStart(2, '0')}`;
  const filler = i % 2 ? fillerA : fillerB;
  let body: string;
  if (i % 4 === 3) body = `${filler}${filler}`; // no 国
  else if (i % 8 === 6) body = `${filler}文章里写着「中國${AFTER[i % AFTER.length]}」。`; // traditional 國
  else body = `${filler}这里说到国${AFTER[i % AFTER.length]}和国${AFTER[(i * 7 + 3) % AFTER.length]}的事。${filler}`;
  ARTICLES.push(article(day, 1 + (i % 8), { title: `第${i}篇报道` }, body));
}
const PARTS = [ARTICLES.slice(0, 20), ARTICLES.slice(20)];

/** The titles of the articles whose text holds every one of `keys` (folded). */
const truth = (...keys: string[]) =>
  ARTICLES.filter((a) => keys.every((k) => foldText(`${a.article.title}\n${a.body}`).includes(k)))
    .map((a) => a.article.title)
    .sort();

/** Every exact hit of a query, as the search page gets them (the recall query deferred) or all at once. */
async function search(query: string, deferRecall: boolean): Promise<{ exact: Hit[]; countExact: boolean; phraseCount: number }> {
  const session = (await startSearch(pf, { query, filters: {}, sort: 'relevance' }, { filterCounts: false, deferRecall }))!;
  const hits: Hit[] = [];
  while (session.hasMore) hits.push(...(await session.next(10)));
  return { exact: hits.filter((h) => h.exact), countExact: session.countExact, phraseCount: session.phraseCount };
}
const titles = (hits: Hit[]) => hits.map((h) => h.title).sort();

beforeAll(async () => {
  rmSync(SITE, { recursive: true, force: true });
  // With the filter of the newest pages a large archive's index has (here its newest 12 of 48).
  ({ pf, index, requests } = await buildArchive(SITE, PARTS, 12, { pages: 12, from: 1 }));
}, 60_000);

afterAll(() => rmSync(SITE, { recursive: true, force: true }));

describe('a one-character query in an index whose chunks split its words', () => {
  it('is set up so: the words starting with 国 span several chunks', () => {
    const metaFile = readdirSync(index).find((f) => f.endsWith('.pf_meta'))!;
    const chunks = (decodeCbor(readPagefindFile(join(index, metaFile))).value as Cbor[])[2] as [string, string, string][];
    const holding = chunks.filter(([, , name]) => {
      const words = ((decodeCbor(readPagefindFile(join(index, 'index', `${name}.pf_index`))).value as Cbor[])[0] as Cbor[][]).map((w) => w[0] as string);
      return words.some((w) => w.startsWith('国'));
    });
    expect(holding.length).toBeGreaterThanOrEqual(4);
    expect(truth('国').length).toBeGreaterThanOrEqual(30);
    expect(readFileSync(join(SITE, 'pagefind', 'shards.json'), 'utf8')).toContain('"all"');
  });

  it('has chunk bounds that hold every word of their chunk, in order', () => {
    const metaFile = readdirSync(index).find((f) => f.endsWith('.pf_meta'))!;
    const chunks = (decodeCbor(readPagefindFile(join(index, metaFile))).value as Cbor[])[2] as [string, string, string][];
    // Code point order, as Pagefind (Rust) compares strings.
    const cmp = (a: string, b: string) => {
      const x = [...a].map((c) => c.codePointAt(0)!);
      const y = [...b].map((c) => c.codePointAt(0)!);
      for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
      return x.length - y.length;
    };
    chunks.forEach(([from, to, name], k) => {
      const words = ((decodeCbor(readPagefindFile(join(index, 'index', `${name}.pf_index`))).value as Cbor[])[0] as Cbor[][]).map((w) => w[0] as string);
      for (const w of words) expect(cmp(from, w) <= 0 && cmp(w, to) <= 0, `${w} in [${from}, ${to}]`).toBe(true);
      if (k + 1 < chunks.length) expect(cmp(to, chunks[k + 1]![0]) < 0).toBe(true);
    });
  });

  it('loads the character word\'s chunk alone, not every chunk holding a word that starts with it', async () => {
    const from = requests.length;
    await search('国', true);
    const chunks = requests.slice(from).filter((r) => r.url.endsWith('.pf_index'));
    expect(chunks).toHaveLength(1);
  });

  for (const deferRecall of [true, false]) {
    it(`finds every article holding the character, with an exact count (recall query ${deferRecall ? 'deferred' : 'at once'})`, async () => {
      const r = await search('国', deferRecall);
      expect(titles(r.exact)).toEqual(truth('国'));
      expect(r.countExact).toBe(true);
      expect(r.phraseCount).toBe(truth('国').length);
    });
  }

  it('folds 繁 and 简: 國 finds what 国 finds', async () => {
    expect(titles((await search('國', true)).exact)).toEqual(truth('国'));
  });

  it('finds every article holding the character beside another term', async () => {
    expect(truth('国', '稳中求进').length).toBeGreaterThan(5);
    expect(titles((await search('国 稳中求进', true)).exact)).toEqual(truth('国', '稳中求进'));
    expect(titles((await search('稳中求进 国', false)).exact)).toEqual(truth('国', '稳中求进'));
    expect(titles((await search('国 田野', true)).exact)).toEqual(truth('国', '田野'));
  });

  it('shows a very common character\'s newest pages first, then all of them, exactly', async () => {
    // "Very common" lowered to this archive's size.
    const session = (await startSearch(pf, { query: '国', filters: {}, sort: 'relevance' }, { filterCounts: false, deferRecall: true, common: { pages: 10, newest: 2 } }))!;
    expect(session.widenPending).toBe(true);
    const newest = ARTICLES.slice(-12).filter((a) => truth('国').includes(a.article.title)).length;
    expect(session.phraseCount).toBe(newest);
    expect(session.countEstimate).toBe(truth('国').length);
    // The whole archive's search waits until the newest pages' candidates are read.
    expect(session.lazyWiden).toBe(true);
    expect(session.restEager).toBe(false);
    const first = await session.next(newest);
    expect(first.every((h) => h.exact && ARTICLES.slice(-12).some((a) => a.article.title === h.title))).toBe(true);
    expect(session.hasMore).toBe(true);
    const rest: Hit[] = [];
    while (session.hasMore) rest.push(...(await session.next(10)));
    expect(session.widenPending).toBe(false);
    expect(session.countExact).toBe(true);
    expect(session.phraseCount).toBe(truth('国').length);
    expect(titles([...first, ...rest].filter((h) => h.exact))).toEqual(truth('国'));
  });

  it('finds every article holding two one-character terms', async () => {
    expect(titles((await search('国 春', true)).exact)).toEqual(truth('国', '春'));
  });
});
