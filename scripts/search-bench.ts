/**
 * Search at archive scale: builds a Pagefind index of ≥ 10,000 articles and
 * measures, in headless Chromium on the real search page, the requests and
 * bytes of a first query.
 *
 * The archive is made from the 人民日报 development corpus (../shared/corpus,
 * 892 pages, 3,898 articles split at the gold titles), copied with shifted
 * years (--copies, default 3 → ~11,700 articles). A full Astro build of that
 * many pages is too slow for this machine, so the article pages are synthetic
 * HTML with the same Pagefind markup as the site's article page, indexed with
 * the same preparation and Node API as `npm run search:index`. The search page
 * and its scripts come from a built site (--shell, default dist-search-test or dist).
 *
 *   tsx scripts/search-bench.ts [--copies 3] [--out /tmp/jiuwen-search-bench] [--baseline]
 *   tsx scripts/search-bench.ts --site dist      measure a site built by `npm run build` as it is
 *                                                 (its per-year indexes, merged in the browser)
 *
 * --baseline also indexes the unprepared pages with plain Pagefind (jieba
 * words) and measures the same queries with pagefind.search() for comparison.
 */
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { chromium } from 'playwright-core';
import { prepareHtmlForIndex } from '../src/lib/search/prepare-html.ts';
import { directorySize } from './directory-size.ts';
import { serveStatic } from '../tests/search/support/server.ts';
import { CHROMIUM_ARGS, meterNetwork } from '../tests/search/support/browser.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const COPIES = Number(option('copies', '3'));
const OUT = option('out', '/tmp/jiuwen-search-bench');
const CORPUS = option('corpus', '../shared/corpus');
const GOLD = option('gold', '../shared/corpus-gold');
const SHELL = option('shell', existsSync('dist-search-test/search/index.html') ? 'dist-search-test' : 'dist');
const BASELINE = args.includes('--baseline');
const BUILT = option('site', '');
const QUERIES = option('queries', '塔米姆,习近平,一带一路,新能源汽车,粤港澳大湾区,5G').split(',');

interface BenchArticle {
  url: string;
  title: string;
  paragraphs: string[];
  date: string;
  page: number;
}

const escapeHtml = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** Splits a corpus page into articles at the blocks that are gold titles. */
function splitPage(text: string, titles: string[]): { title: string; paragraphs: string[] }[] {
  const blocks = text.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
  const wanted = new Set(titles);
  const articles: { title: string; paragraphs: string[] }[] = [];
  for (const block of blocks) {
    if (wanted.has(block)) articles.push({ title: block, paragraphs: [] });
    else articles.at(-1)?.paragraphs.push(block);
  }
  return articles.filter((a) => a.paragraphs.length > 0);
}

async function readCorpus(): Promise<BenchArticle[]> {
  const out: BenchArticle[] = [];
  const pub = join(CORPUS, '人民日报');
  for (const day of (await readdir(pub)).sort()) {
    for (const file of (await readdir(join(pub, day))).sort()) {
      const text = await readFile(join(pub, day, file), 'utf8');
      const goldPath = join(GOLD, '人民日报', day, file.replace(/\.txt$/, '.json'));
      if (!existsSync(goldPath)) continue;
      const gold = JSON.parse(await readFile(goldPath, 'utf8')) as { articles: { title: string }[] };
      const page = Number(file.slice(0, 2));
      for (const a of splitPage(text, gold.articles.map((g) => g.title))) out.push({ url: '', title: a.title, paragraphs: a.paragraphs, date: day, page });
    }
  }
  return out;
}

/** An article page with the site's Pagefind markup (see src/components/ArticleView.astro, PagefindFields.astro). */
function articleHtml(a: BenchArticle): string {
  const [y, m, d] = a.date.split('-');
  const dateZh = `${y}年${Number(m)}月${Number(d)}日`;
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(a.title)} · 旧闻</title></head><body>
<header class="site-header"><a href="/">旧闻</a><nav><a href="/">首页</a></nav><form role="search" action="/search/"><input name="q"></form></header>
<main id="main"><article class="article"><div id="article-body" data-pagefind-body>
<header class="article-header"><h1 id="article-title" data-pagefind-meta="title">${escapeHtml(a.title)}</h1>
<p class="article-meta" data-pagefind-ignore>人民日报 · ${dateZh} · 第${a.page}版</p>
<div hidden data-pagefind-ignore data-pagefind-sort="date:${a.date}">
<span data-pagefind-filter="publication">人民日报</span><span data-pagefind-filter="year">${y}</span><span data-pagefind-filter="month">${y}-${m}</span><span data-pagefind-filter="page">第${a.page}版</span>
<span data-pagefind-meta="publication">人民日报</span><span data-pagefind-meta="date">${dateZh}</span><span data-pagefind-meta="page">第${a.page}版</span></div></header>
<div class="article-body">${a.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}</div>
</div></article></main><footer>旧闻</footer></body></html>`;
}


async function buildIndex(articles: BenchArticle[], outputPath: string, prepare: boolean): Promise<number> {
  const started = Date.now();
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(errors.join('; '));
  for (const a of articles) {
    const html = articleHtml(a);
    const added = await index.addHTMLFile({ url: a.url, content: prepare ? prepareHtmlForIndex(html) : html });
    if (added.errors.length) throw new Error(`${a.url}: ${added.errors.join('; ')}`);
  }
  await rm(outputPath, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(written.errors.join('; '));
  await index.deleteIndex();
  return Date.now() - started;
}

async function main() {
  if (BUILT) return measure(BUILT, undefined, { site: BUILT });
  const base = await readCorpus();
  const articles: BenchArticle[] = [];
  for (let copy = 0; copy < COPIES; copy++) {
    for (const [i, a] of base.entries()) {
      const year = Number(a.date.slice(0, 4)) - copy;
      const date = `${year}${a.date.slice(4)}`;
      articles.push({ ...a, date, url: `/renmin-ribao/${date}/${a.page}/a${copy}-${i}/` });
    }
  }
  const characters = articles.reduce((n, a) => n + a.title.length + a.paragraphs.join('').length, 0);
  console.log(`bench archive: ${articles.length} articles (${base.length} × ${COPIES} re-dated copies), ${(characters / 1e6).toFixed(1)} M characters`);

  const site = join(OUT, 'site');
  await rm(OUT, { recursive: true, force: true });
  await mkdir(OUT, { recursive: true });
  await cp(SHELL, site, { recursive: true });
  const ms = await buildIndex(articles, join(site, 'pagefind'), true);
  const size = await directorySize(join(site, 'pagefind'));
  console.log(`per-character index: ${size.files} files, ${(size.bytes / 1024 / 1024).toFixed(1)} MiB, built in ${(ms / 1000).toFixed(0)} s`);
  let baselineSite: string | undefined;
  if (BASELINE) {
    baselineSite = join(OUT, 'baseline');
    await cp(SHELL, baselineSite, { recursive: true });
    const msB = await buildIndex(articles, join(baselineSite, 'pagefind'), false);
    const sizeB = await directorySize(join(baselineSite, 'pagefind'));
    console.log(`plain Pagefind index (jieba words): ${sizeB.files} files, ${(sizeB.bytes / 1024 / 1024).toFixed(1)} MiB, built in ${(msB / 1000).toFixed(0)} s`);
  }
  await pagefind.close();
  return measure(site, baselineSite, { articles: articles.length, index: size });
}

async function measure(site: string, baselineSite: string | undefined, about: Record<string, unknown>) {
  const server = await serveStatic(site);
  const baselineServer = baselineSite ? await serveStatic(baselineSite) : undefined;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const rows: Record<string, unknown>[] = [];
  try {
    for (const query of QUERIES) {
      const page = await browser.newPage();
      await page.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
      const net = await meterNetwork(page);
      await page.goto(`${server.url}/search/`);
      await page.waitForLoadState('networkidle');
      const pageBytes = net.totalBytes();
      const pageRequests = net.requests.length;
      net.reset();
      const started = Date.now();
      await page.locator('#search-q').fill(query);
      await page.locator('#search-q').press('Enter');
      await page.waitForFunction(() => ['results', 'none', 'error'].includes(document.querySelector<HTMLElement>('[data-search-page]')?.dataset.state ?? ''));
      const elapsed = Date.now() - started;
      await page.waitForLoadState('networkidle');
      const status = await page.locator('#search-status').textContent();
      const shown = await page.locator('#search-results .result').count();
      const kinds: Record<string, { n: number; bytes: number }> = {};
      for (const r of net.requests) {
        const kind = /\.pf_index/.test(r.url) ? 'index' : /\.pf_fragment/.test(r.url) ? 'fragment' : /\.pf_filter/.test(r.url) ? 'filter' : 'code+meta';
        kinds[kind] = { n: (kinds[kind]?.n ?? 0) + 1, bytes: (kinds[kind]?.bytes ?? 0) + r.bytes };
      }
      const row: Record<string, unknown> = {
        query,
        requests: net.requests.length,
        kib: +(net.totalBytes() / 1024).toFixed(1),
        ms: elapsed,
        shown,
        status,
        breakdown: Object.fromEntries(Object.entries(kinds).map(([k, v]) => [k, `${v.n} req, ${(v.bytes / 1024).toFixed(1)} KiB`])),
        searchPage: `${pageRequests} req, ${(pageBytes / 1024).toFixed(1)} KiB`,
      };
      await page.close();
      if (baselineServer) {
        const p = await browser.newPage();
        await p.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
        const n = await meterNetwork(p);
        await p.goto(`${baselineServer.url}/search/`);
        await p.waitForLoadState('networkidle');
        n.reset();
        const count = await p.evaluate(async (q) => {
          const bundle = '/pagefind/pagefind.js';
          const pf = await import(/* @vite-ignore */ bundle);
          await pf.options({ baseUrl: '/' });
          const r = await pf.search(q);
          await Promise.all(r.results.slice(0, 10).map((x: { data: () => Promise<unknown> }) => x.data()));
          return r.results.length;
        }, query);
        await p.waitForLoadState('networkidle');
        row.baseline = `${n.requests.length} req, ${(n.totalBytes() / 1024).toFixed(1)} KiB, ${count} results`;
        await p.close();
      }
      rows.push(row);
      console.log(JSON.stringify(row));
    }
  } finally {
    await browser.close();
    await server.close();
    await baselineServer?.close();
  }
  await mkdir(OUT, { recursive: true });
  await writeFile(join(OUT, 'results.json'), JSON.stringify({ ...about, rows }, null, 2));
  console.log(`written ${join(OUT, 'results.json')}`);
}

await main();
