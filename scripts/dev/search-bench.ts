/**
 * `npm run search:bench` — what a search costs on the site as `npm run build`
 * makes it, at archive scale.
 *
 * For each size (default about 10,000 and 100,000 articles) it lays out source
 * pages from the 人民日报 development corpus (../shared/corpus, 892 pages, about
 * 3,876 articles a year of it) copied into earlier years (the same pages a
 * year earlier, two years earlier…, as `npm run bench` does), ingests them
 * (scripts/ingest.ts), builds the site (scripts/build/site.ts --full: Astro, the
 * data files and the search index side by side, timed with the peak memory of
 * the whole process tree) and measures the real search page in headless
 * Chromium over loopback (a static server that gzips text as a host would):
 *
 *   cold   a fresh browser page per query: the first search's bytes and requests
 *          under /pagefind/ and the time from pressing Enter to the first results;
 *   warm   a second, different query in the same page: its time (the network meter is off by
 *          then: recording a request costs round trips to Playwright inside the time measured).
 *
 * Times are taken from before typing the query to the results as Playwright sees them
 * (coldMs, warmMs), and inside the page from the form's submit event to the results
 * (coldPageMs, warmPageMs: without typing, key press and Playwright's polling).
 *
 * Prints one line per query and writes everything to scripts/bench/search-results.json
 * (or --out FILE).
 *
 *   npm run search:bench -- [--sizes 10000,100000] [--queries a,b,…] [--work DIR] [--keep] [--out FILE]
 *   npm run search:bench -- --site DIR [--label NAME]     measure an already built site (e.g. a baseline)
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { measure, median, type Measured } from '../bench/measure.ts';
import { serveStatic } from '../../tests/search/support/server.ts';
import { CHROMIUM_ARGS, meterNetwork } from '../../tests/search/support/browser.ts';
import { strictArgs } from '../lib/cli-args.ts';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
const { values } = strictArgs(
  { args: process.argv.slice(2), options: { sizes: { type: 'string' }, corpus: { type: 'string' }, work: { type: 'string' }, out: { type: 'string' }, site: { type: 'string' }, queries: { type: 'string' }, label: { type: 'string' }, keep: { type: 'boolean' } } },
  'Usage: npm run search:bench -- [--sizes 10000,100000] [--corpus DIR] [--work DIR] [--out FILE] [--site DIR [--label NAME]] [--queries a,b,…] [--keep]',
);
const opt = (name: 'sizes' | 'corpus' | 'work' | 'out' | 'site' | 'queries' | 'label') => values[name];
const SIZES = (opt('sizes') ?? '10000,100000').split(',').map(Number).filter((n) => n > 0);
const CORPUS = resolve(ROOT, opt('corpus') ?? '../shared/corpus');
const WORK = resolve(opt('work') ?? '/tmp/jiuwen-search-bench');
const OUT = resolve(ROOT, opt('out') ?? 'scripts/bench/search-results.json');
const SITE = opt('site');
/** Common and rare terms, names and phrases, Latin and numbers (the issue's set, and its defects). */
const QUERIES = (opt('queries') ?? '习近平,粤港澳大湾区,新能源汽车,一带一路,国庆,张富清,塔米姆,5G,4G&5G,12345').split(',');

interface QueryRow {
  query: string;
  /** Bytes, requests and time of the first search in a fresh page (only requests under /pagefind/). */
  kib: number;
  requests: number;
  coldMs: number;
  /** The same, inside the page: from the submit event to the results (runQuery). */
  coldPageMs: number;
  /** A second, different query in the same page. */
  warmQuery: string;
  warmMs: number;
  warmPageMs: number;
  /** Inside the page, from the submit event to the page of ten results (or, with fewer, to the search settled). */
  coldFullPageMs: number;
  warmFullPageMs: number;
  status: string;
  shown: number;
  kinds: Record<string, string>;
}

interface Stats {
  kib: number;
  requests: number;
  coldMs: number;
  warmMs: number;
  coldPageMs: number;
  warmPageMs: number;
  coldFullPageMs: number;
  warmFullPageMs: number;
}

interface SizeRow {
  label: string;
  articles?: number;
  issues?: number;
  ingestSeconds?: number;
  buildSeconds?: number;
  buildPeakRssMB?: number;
  indexFiles?: number;
  indexMiB?: number;
  queries: QueryRow[];
  median: Stats;
  max: Stats;
}

const node = process.execPath;
const tsx = (script: string, a: string[]) => [node, ['--import', 'tsx', join(ROOT, script), ...a]] as const;

/** Every issue folder of the corpus, copied `copies` times into earlier years. */
function layOut(sources: string, copies: number): number {
  let issues = 0;
  for (const pub of readdirSync(CORPUS)) {
    if (!statSync(join(CORPUS, pub)).isDirectory()) continue;
    for (const day of readdirSync(join(CORPUS, pub)).sort()) {
      for (let c = 0; c < copies; c++) {
        const to = join(sources, pub, `${Number(day.slice(0, 4)) - c}${day.slice(4)}`);
        mkdirSync(to, { recursive: true });
        cpSync(join(CORPUS, pub, day), to, { recursive: true });
        issues += 1;
      }
    }
  }
  return issues;
}

function countFiles(dir: string, ext: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  if (!existsSync(dir)) return { files, bytes };
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile() || !e.name.endsWith(ext)) continue;
    files += 1;
    bytes += statSync(join(e.parentPath, e.name)).size;
  }
  return { files, bytes };
}

/**
 * Types `query` into the search box, presses Enter and waits for the results. Returns the time
 * from before typing to the results as the harness sees it (`ms`: what the figures have always
 * been), the time inside the page from the form's submit event to the search page's state
 * saying the search is done (`pageMs`: without Playwright's typing, key press and polling), and
 * from the submit event to the page of ten results, or with fewer, to the search settled
 * (`fullPageMs`; the page shows its first five results first).
 */
async function runQuery(page: Page, query: string): Promise<{ ms: number; pageMs: number; fullPageMs: number }> {
  const done = Number((await page.locator('[data-search-page]').getAttribute('data-done')) ?? 0);
  await page.evaluate((n) => {
    const root = document.querySelector<HTMLElement>('[data-search-page]')!;
    const w = window as unknown as { benchTimes?: { submit?: number; done?: number; full?: number } };
    const times: { submit?: number; done?: number; full?: number } = {};
    w.benchTimes = times;
    document.addEventListener('submit', () => (times.submit = performance.now()), { capture: true, once: true });
    const observer = new MutationObserver(() => {
      if (times.done === undefined && root.dataset.state !== 'loading' && Number(root.dataset.done ?? 0) > n) times.done = performance.now();
      if (times.done === undefined) return;
      const settled = root.dataset.settled === undefined || root.dataset.settled === root.dataset.done;
      if (document.querySelectorAll('#search-results .result').length >= 10 || settled) {
        times.full = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(root, { attributes: true, childList: true, subtree: true });
  }, done);
  const started = Date.now();
  await page.locator('#search-q').fill(query);
  await page.locator('#search-q').press('Enter');
  await page.waitForFunction((n) => {
    const root = document.querySelector<HTMLElement>('[data-search-page]');
    return root && root.dataset.state !== 'loading' && Number(root.dataset.done ?? 0) > n;
  }, done);
  const ms = Date.now() - started;
  await page.waitForFunction(() => (window as unknown as { benchTimes: { full?: number } }).benchTimes.full !== undefined);
  const times = await page.evaluate(() => (window as unknown as { benchTimes: { submit?: number; done?: number; full?: number } }).benchTimes);
  const since = (t?: number) => (times.submit !== undefined && t !== undefined ? Math.round(t - times.submit) : NaN);
  return { ms, pageMs: since(times.done), fullPageMs: since(times.full) };
}

/**
 * Waits until the search shown has done what follows its first results (the page's
 * `data-settled`) and no request has started or ended for 500 ms.
 */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const root = document.querySelector<HTMLElement>('[data-search-page]');
    // (A page from before data-settled: the quiet network alone.)
    return root && (root.dataset.settled === undefined || root.dataset.settled === root.dataset.done);
  });
  let inFlight = 0;
  let last = Date.now();
  const started = () => ((inFlight += 1), (last = Date.now()));
  const ended = () => ((inFlight = Math.max(0, inFlight - 1)), (last = Date.now()));
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  try {
    while (inFlight > 0 || Date.now() - last < 500) await new Promise((r) => setTimeout(r, 50));
  } finally {
    page.off('request', started);
    page.off('requestfinished', ended);
    page.off('requestfailed', ended);
  }
}

async function measureSite(site: string, label: string, about: Partial<SizeRow> = {}): Promise<SizeRow> {
  const server = await serveStatic(site);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const queries: QueryRow[] = [];
  try {
    for (const [i, query] of QUERIES.entries()) {
      const page = await browser.newPage();
      await page.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
      const net = await meterNetwork(page);
      await page.goto(`${server.url}/search/`);
      await page.waitForLoadState('networkidle');
      net.reset();
      const { ms: coldMs, pageMs: coldPageMs, fullPageMs: coldFullPageMs } = await runQuery(page, query);
      // Every request of the search counts: those after its first results too (the rest of the
      // page, the recall query, a filter loaded while idle).
      await settled(page);
      const index = net.requests.filter((r) => new URL(r.url).pathname.startsWith('/pagefind/'));
      const kinds: Record<string, { n: number; bytes: number }> = {};
      for (const r of index) {
        const path = new URL(r.url).pathname;
        const kind = /\.pf_index$/.test(path) ? 'index' : /\.pf_fragment$/.test(path) ? 'fragment' : /\.pf_filter$/.test(path) ? 'filter' : /\.pf_meta$/.test(path) ? 'meta' : /wasm/.test(path) ? 'wasm' : 'js+json';
        kinds[kind] = { n: (kinds[kind]?.n ?? 0) + 1, bytes: (kinds[kind]?.bytes ?? 0) + r.bytes };
      }
      const status = (await page.locator('#search-status').textContent()) ?? '';
      const shown = await page.locator('#search-results .result').count();
      const warmQuery = QUERIES[(i + 1) % QUERIES.length]!;
      // The warm query's bytes are not counted: recording them (three round trips to Playwright per
      // request) would only add work to the time measured.
      net.stop();
      const { ms: warmMs, pageMs: warmPageMs, fullPageMs: warmFullPageMs } = await runQuery(page, warmQuery);
      const row: QueryRow = {
        query,
        kib: +(index.reduce((n, r) => n + r.bytes, 0) / 1024).toFixed(1),
        requests: index.length,
        coldMs,
        coldPageMs,
        warmQuery,
        warmMs,
        warmPageMs,
        coldFullPageMs,
        warmFullPageMs,
        status,
        shown,
        kinds: Object.fromEntries(Object.entries(kinds).map(([k, v]) => [k, `${v.n} req, ${(v.bytes / 1024).toFixed(1)} KiB`])),
      };
      queries.push(row);
      console.log(`${label}  ${query}: ${row.kib} KiB, ${row.requests} req, cold ${coldMs} ms (in page ${coldPageMs}, page of ten ${coldFullPageMs}), warm (${warmQuery}) ${warmMs} ms (in page ${warmPageMs}, page of ten ${warmFullPageMs}) — ${status}`);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const pick = (f: (q: QueryRow) => number) => queries.map(f);
  const stat = (g: (xs: number[]) => number): Stats => ({
    kib: g(pick((q) => q.kib)),
    requests: g(pick((q) => q.requests)),
    coldMs: g(pick((q) => q.coldMs)),
    warmMs: g(pick((q) => q.warmMs)),
    coldPageMs: g(pick((q) => q.coldPageMs)),
    warmPageMs: g(pick((q) => q.warmPageMs)),
    coldFullPageMs: g(pick((q) => q.coldFullPageMs)),
    warmFullPageMs: g(pick((q) => q.warmFullPageMs)),
  });
  return { label, ...about, queries, median: stat(median), max: stat((xs) => Math.max(...xs)) };
}

async function buildSize(size: number): Promise<SizeRow> {
  const perYear = 3876;
  const copies = Math.max(1, Math.round(size / perYear));
  const dir = join(WORK, `size-${size}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // The sources inside the content folder, as `npm run build` has them (the data files copy them).
  const issues = layOut(join(dir, 'content', 'sources'), copies);
  const [icmd, iargs] = tsx('scripts/ingest.ts', ['--in', join(dir, 'content', 'sources'), '--out', join(dir, 'content'), '--no-cache']);
  const ingest: Measured = await measure(icmd, [...iargs], { cwd: ROOT });
  const articles = countFiles(join(dir, 'content', 'articles'), '.mdx').files;
  const [bcmd, bargs] = tsx('scripts/build/site.ts', ['--out', join(dir, 'site'), '--full']);
  const build: Measured = await measure(bcmd, [...bargs], { cwd: ROOT, env: { ...process.env, JIUWEN_CONTENT: join(dir, 'content'), JIUWEN_CACHE_DIR: join(dir, 'cache') } });
  const index = join(dir, 'site', 'pagefind', 'all');
  const files = countFiles(index, '');
  console.log(`${articles} articles (${issues} issues): ingest ${ingest.seconds.toFixed(0)} s, build ${build.seconds.toFixed(0)} s, peak ${build.peakRssMB} MB; merged index ${files.files} files, ${(files.bytes / 2 ** 20).toFixed(1)} MiB`);
  return measureSite(join(dir, 'site'), `${size}`, {
    articles,
    issues,
    ingestSeconds: +ingest.seconds.toFixed(1),
    buildSeconds: +build.seconds.toFixed(1),
    buildPeakRssMB: build.peakRssMB,
    indexFiles: files.files,
    indexMiB: +(files.bytes / 2 ** 20).toFixed(1),
  });
}

async function main(): Promise<void> {
  const rows: SizeRow[] = [];
  if (SITE) rows.push(await measureSite(resolve(SITE), opt('label') ?? SITE));
  else {
    if (!existsSync(CORPUS)) throw new Error(`no corpus at ${CORPUS}`);
    for (const size of SIZES) {
      rows.push(await buildSize(size));
      if (!values.keep) rmSync(join(WORK, `size-${size}`), { recursive: true, force: true });
    }
  }
  const previous = existsSync(OUT) ? (JSON.parse(readFileSync(OUT, 'utf8')) as { rows?: SizeRow[] }) : {};
  // Rows of other sizes or sites measured before are kept; a row of the same label is replaced.
  const kept = (previous.rows ?? []).filter((r) => !rows.some((n) => n.label === r.label));
  writeFileSync(OUT, `${JSON.stringify({ queries: QUERIES, rows: [...kept, ...rows] }, null, 2)}\n`);
  for (const r of rows) console.log(`${r.label}: median ${r.median.kib} KiB, ${r.median.requests} req, cold ${r.median.coldMs} ms, warm ${r.median.warmMs} ms (in page ${r.median.warmPageMs}); max ${r.max.kib} KiB, cold ${r.max.coldMs} ms, warm ${r.max.warmMs} ms (in page ${r.max.warmPageMs})`);
  console.log(`written ${OUT}`);
}

await main();
