/**
 * The query set through Pagefind's own JavaScript API, against the built
 * index, in Node: recall (top 3, and every article containing the phrase),
 * precision (every exact hit contains the query) and the phrase-ranking rule.
 */
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSearch, type Hit, type SearchRequest } from '../../src/lib/search/engine.ts';
import { NO_PHRASE_QUERIES, QUERY_SET } from './query-set.ts';
import { loadPagefind, type LoadedPagefind } from './support/pagefind-node.ts';
import { ensureSearchSite, ROOT, SITE_DIR } from './support/site.ts';
import * as OpenCC from 'opencc-js';

let pf: LoadedPagefind['pagefind'];

/** The articles' own text, read from the built pages: the oracle for "contains". */
const articleText = new Map<string, string>();

/** Independent of src/lib/search: OpenCC's own converter, whitespace removed, lower case. */
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
const oracleKey = (s: string) => toSimplified(s).replace(/\s+/g, '').toLowerCase();

/** Every article page of the built site: its title → its folded visible text. */
function readArticles(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) readArticles(`${dir}/${entry.name}`);
    else if (entry.name === 'index.html') {
      const html = readFileSync(`${dir}/index.html`, 'utf8');
      const body = html.match(/<(\w+)[^>]*data-pagefind-body[^>]*>([\s\S]*?)<\/article>/)?.[2];
      const title = html.match(/data-pagefind-meta="title"[^>]*>([^<]*)</)?.[1];
      if (!body || !title) continue;
      const visible = body
        .replace(/<(\w+)[^>]*\bhidden\b[^>]*>[\s\S]*?<\/\1>/g, '')
        .replace(/<(\w+)[^>]*\bdata-pagefind-ignore\b[^>]*>[\s\S]*?<\/\1>/g, '')
        .replace(/<[^>]+>/g, '');
      articleText.set(decode(title), oracleKey(decode(visible)));
    }
  }
}

const decode = (s: string) => s.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&amp;', '&');
const idOf = (hit: Hit) => hit.title;
const contains = (id: string, query: string) => articleText.get(id)!.includes(oracleKey(query));

async function searchAll(query: string, more: Partial<SearchRequest> = {}) {
  const session = await startSearch(pf, { query, filters: {}, sort: 'relevance', ...more });
  if (!session) return { exact: [], partial: [], phraseCount: 0 };
  const hits = await session.next(session.candidateCount);
  return { exact: hits.filter((h) => h.exact), partial: hits.filter((h) => !h.exact), phraseCount: session.phraseCount };
}

const report: string[] = [];

beforeAll(async () => {
  await ensureSearchSite();
  readArticles(SITE_DIR);
  ({ pagefind: pf } = await loadPagefind(SITE_DIR));
});

describe('query set (Pagefind JS API in Node, built index)', () => {
  it('has at least 40 queries, all taken from their articles', () => {
    expect(QUERY_SET.length).toBeGreaterThanOrEqual(40);
    expect(articleText.size).toBeGreaterThanOrEqual(12);
    for (const c of QUERY_SET) expect(contains(c.article, c.query), `${c.query} in ${c.article}`).toBe(true);
  });

  it('finds every query’s article in the top 3, only presents articles that contain the query, and misses none that do', async () => {
    let top3 = 0;
    let presented = 0;
    let presentedCorrect = 0;
    let relevant = 0;
    let relevantFound = 0;
    const failures: string[] = [];
    for (const c of QUERY_SET) {
      const { exact } = await searchAll(c.query);
      const ids = exact.map(idOf);
      if (ids.slice(0, 3).includes(c.article)) top3 += 1;
      else failures.push(`${c.query}: top 3 = ${ids.slice(0, 3).join(', ')}`);
      presented += ids.length;
      for (const id of ids) {
        if (contains(id, c.query)) presentedCorrect += 1;
        else failures.push(`${c.query}: presented ${id}, which does not contain it`);
      }
      for (const id of articleText.keys()) {
        if (!contains(id, c.query)) continue;
        relevant += 1;
        if (ids.includes(id)) relevantFound += 1;
        else failures.push(`${c.query}: missed ${id}`);
      }
    }
    const line =
      `query set: ${QUERY_SET.length} queries; top-3 ${top3}/${QUERY_SET.length}; ` +
      `recall ${relevantFound}/${relevant} = ${(relevantFound / relevant).toFixed(3)}; ` +
      `precision ${presentedCorrect}/${presented} = ${(presentedCorrect / presented).toFixed(3)}`;
    report.push(line);
    expect(failures).toEqual([]);
    expect(top3).toBe(QUERY_SET.length);
  });

  it('finds traditional-character queries in simplified text', async () => {
    for (const c of QUERY_SET.filter((q) => q.kind === 'traditional')) {
      const { exact } = await searchAll(c.query);
      expect(exact.map(idOf), c.query).toContain(c.article);
    }
  });

  it('ranks the phrase 金坛时报 above pages that only contain 金坛', async () => {
    const { exact, partial } = await searchAll('金坛时报');
    expect(exact.map(idOf)).toEqual(['《政风热线》直播预告']);
    for (const hit of partial) expect(contains(idOf(hit), '金坛时报')).toBe(false);
  });

  it('lists apart, as partial matches, pages holding the pieces of the phrase but not the phrase', async () => {
    // Partial: every bigram of a cover of the query (金坛 + 经济) somewhere, not the phrase itself.
    const { exact, partial } = await searchAll('金坛经济');
    expect(exact.length).toBeGreaterThan(0);
    for (const hit of exact) expect(contains(idOf(hit), '金坛经济')).toBe(true);
    expect(partial.length).toBeGreaterThan(0);
    for (const hit of partial) {
      expect(contains(idOf(hit), '金坛经济')).toBe(false);
      expect(contains(idOf(hit), '金坛') && contains(idOf(hit), '经济'), idOf(hit)).toBe(true);
    }
  });

  it('presents no article as a match when the phrase occurs nowhere', async () => {
    for (const query of NO_PHRASE_QUERIES) {
      expect([...articleText.keys()].filter((title) => contains(title, query)), query).toEqual([]);
      const { exact } = await searchAll(query);
      expect(exact, query).toEqual([]);
    }
  });

  it('never loses a page that contains a quoted phrase', async () => {
    for (const c of QUERY_SET) {
      const { exact } = await searchAll(`"${c.query}"`);
      const withPhrase = [...articleText.keys()].filter((title) => contains(title, c.query));
      expect(exact.map(idOf).sort(), `"${c.query}"`).toEqual(withPhrase.sort());
    }
  });

});

describe('the same query set with plain Pagefind (what the phrase layer fixes)', () => {
  it('misses articles and presents false matches without the per-character index', async () => {
    // Pagefind's own CLI on the unprepared pages (jieba words), queried as typed.
    rmSync(`${SITE_DIR}/pagefind-plain`, { recursive: true, force: true });
    execFileSync('npx', ['pagefind', '--site', SITE_DIR, '--output-path', `${SITE_DIR}/pagefind-plain`], { cwd: ROOT, stdio: 'pipe' });
    const { pagefind: plain } = await loadPagefind(SITE_DIR, 'pagefind-plain');
    const titlesFor = async (q: string) => Promise.all((await plain.search(q))!.results.map(async (r) => (await r.data()).meta.title!));
    let top3 = 0, presented = 0, correct = 0, relevant = 0, found = 0, quotedFound = 0;
    for (const c of QUERY_SET) {
      const titles = await titlesFor(c.query);
      const quoted = await titlesFor(`"${c.query}"`);
      if (titles.slice(0, 3).includes(c.article)) top3 += 1;
      presented += titles.length;
      correct += titles.filter((t) => contains(t, c.query)).length;
      for (const title of articleText.keys()) {
        if (!contains(title, c.query)) continue;
        relevant += 1;
        if (titles.includes(title)) found += 1;
        if (quoted.includes(title)) quotedFound += 1;
      }
    }
    report.push(
      `plain Pagefind, same set: top-3 ${top3}/${QUERY_SET.length}; recall ${found}/${relevant} = ${(found / relevant).toFixed(3)}; ` +
        `precision ${correct}/${presented} = ${(correct / presented).toFixed(3)}; quoted-phrase recall ${quotedFound}/${relevant}`,
    );
    expect(found).toBeLessThan(relevant);
    expect(correct).toBeLessThan(presented);
  });
});

afterAll(() => {
  if (report.length) console.log(report.join('\n'));
});
