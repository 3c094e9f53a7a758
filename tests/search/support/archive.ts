/**
 * A small made-up archive through the whole search pipeline: articles (front
 * matter from the sample, text made up) → search records (records.ts) →
 * Pagefind indexes, one per part → one merged index (merge-index.ts), opened
 * through Pagefind's JS API in Node as the search page opens it.
 */
import { cpSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { articleSchema, type Article } from '../../../src/content/schema.ts';
import { searchRecords } from '../../../src/lib/search/records.ts';
import { mergeIndexes, plainFragments, type MergeReport, type RecentPages } from '../../../src/lib/search/merge-index.ts';
import { loadPagefind, type LoadedPagefind } from './pagefind-node.ts';

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
  pullQuotes: [], credits: [],
  continuations: [],
  captions: [],
  excerpt: '本报讯 昨天下午，我区召开学习贯彻党的十九届五中全会精神宣讲工作动员会。',
  length: 528,
  source: { file: '001_3082b797bd202168.txt', lines: [47, 59] },
  aliases: [],
  review: [],
});

export interface TestArticle {
  article: Article;
  body: string;
}

let n = 0;
/** An article of the made-up daily `test-daily`, dated `day`, on `page`. */
export function article(day: string, page: number, fields: Partial<Article>, body: string): TestArticle {
  n += 1;
  const id = `test-daily/${day}/${page}/a${n}`;
  return {
    article: { ...template, id, slug: `a${n}`, issue: `test-daily/${day}`, page, pageKey: String(page), date: { value: day, precision: 'day', source: 'catalogue' }, captions: [], byline: undefined, kicker: undefined, subtitle: undefined, editorsNote: undefined, ...fields },
    body,
  };
}

/**
 * Indexes `parts` (each a Pagefind index of its own, in date order) under `site`/pagefind/,
 * merges them with `budget` positions a chunk into `pagefind/all`, writes shards.json as the
 * build does, and opens the result.
 */
export async function buildArchive(site: string, parts: TestArticle[][], budget: number, recent?: RecentPages): Promise<{ pf: LoadedPagefind['pagefind']; requests: LoadedPagefind['requests']; merged: MergeReport; index: string }> {
  const dirs: string[] = [];
  for (const [k, part] of parts.entries()) {
    const { index } = await pagefind.createIndex({});
    for (const record of searchRecords(part)) await index!.addCustomRecord(record);
    const dir = join(site, 'pagefind', '2019', String(k + 1));
    await index!.writeFiles({ outputPath: dir });
    plainFragments(dir);
    dirs.push(dir);
  }
  await pagefind.close();
  const index = join(site, 'pagefind', 'all');
  const merged = mergeIndexes(dirs, index, budget, recent);
  for (const f of readdirSync(dirs[0]!)) {
    if (/^(pagefind\.js|pagefind-worker\.js|wasm\..+\.pagefind)$/.test(f)) {
      cpSync(join(dirs[0]!, f), join(site, 'pagefind', f));
      cpSync(join(dirs[0]!, f), join(index, f));
    }
  }
  mkdirSync(join(site, 'pagefind'), { recursive: true });
  writeFileSync(join(site, 'pagefind', 'shards.json'), JSON.stringify({ version: 3, shards: [], index: { path: 'all', pages: merged.pages, order: 'date', ...(merged.recent ? { recent: merged.recent } : {}), ...(merged.charWords ? { charWords: true } : {}) } }));
  const { pagefind: pf, requests } = await loadPagefind(site);
  return { pf, requests, merged, index };
}
