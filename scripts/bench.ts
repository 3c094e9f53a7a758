/**
 * `npm run bench` — how the whole pipeline scales with the number of articles.
 *
 * For each size (default about 1,000, 5,000 and 10,000 articles) it lays out
 * source pages (../shared/corpus when present, with re-dated copies — the
 * same pages a year earlier, two years earlier… — to reach the size; without
 * it, re-dated copies of the sample pages), then, in a fresh folder each run:
 *   ingest          npm run ingest (scripts/ingest.ts)
 *   build           scripts/build/site.ts --full: astro build, the data files and the sharded
 *                   Pagefind index (scripts/build/search-index.ts) side by side
 * timing each (and Astro and the index within the build), with the peak
 * memory of each step's whole process tree (summed RSS, sampled every 0.2 s). The same articles are also built as
 * plain .md through a bare Astro site with its default processor, as a
 * baseline. For the largest size it then adds one issue and rebuilds
 * incrementally (scripts/build/site.ts), the ratio to a full build.
 *
 * Prints a table (medians of --runs runs) and writes the rows to
 * scripts/bench/results.json (or --out FILE).
 *
 *   npm run bench -- [--sizes 1000,5000,10000] [--runs 3] [--corpus DIR] [--no-baseline] [--no-incremental] [--out FILE] [--json]
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure, median, type Measured } from './bench/measure.ts';
import { strictArgs } from './lib/cli-args.ts';
import { splitArticleFile } from '../src/content/article-file.ts';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const { values } = strictArgs(
  { args: process.argv.slice(2), options: { sizes: { type: 'string' }, runs: { type: 'string' }, corpus: { type: 'string' }, out: { type: 'string' }, 'no-baseline': { type: 'boolean' }, 'no-incremental': { type: 'boolean' }, json: { type: 'boolean' } } },
  'Usage: npm run bench -- [--sizes 1000,5000,10000] [--runs 3] [--corpus DIR] [--out FILE] [--no-baseline] [--no-incremental] [--json]',
);
const option = (name: 'sizes' | 'runs' | 'corpus' | 'out', fallback: string) => values[name] || fallback;
const sizes = option('sizes', '1000,5000,10000').split(',').map(Number).filter((n) => n > 0);
const runs = Math.max(1, Number(option('runs', '3')));
const corpus = resolve(ROOT, option('corpus', process.env.JIUWEN_BENCH_CORPUS ?? '../shared/corpus'));
const outFile = resolve(ROOT, option('out', 'scripts/bench/results.json'));
const baseline = !values['no-baseline'];
const incremental = !values['no-incremental'];
const asJson = values.json === true;
const log = (s: string) => (asJson ? process.stderr : process.stdout).write(`${s}\n`);

/** One issue's pages: the folder `PUB/DATE` and its page files. */
interface SourceIssue {
  pub: string;
  date: string;
  files: string[];
  from: string;
}

function listIssues(dir: string): SourceIssue[] {
  const out: SourceIssue[] = [];
  for (const pub of readdirSync(dir).sort()) {
    if (!statSync(join(dir, pub)).isDirectory()) continue;
    for (const date of readdirSync(join(dir, pub)).sort()) {
      const d = join(dir, pub, date);
      if (!statSync(d).isDirectory()) continue;
      const files = readdirSync(d).filter((f) => f.endsWith('.txt')).sort();
      if (files.length) out.push({ pub, date, files, from: d });
    }
  }
  return out;
}

/** The sample pages as one-page issues of a made-up daily, 2000-01-01 onwards. */
function sampleIssues(): SourceIssue[] {
  const dir = join(ROOT, 'content', 'sources');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  return files.map((f, i) => ({ pub: '样报', date: `2000-01-${String(i + 1).padStart(2, '0')}`, files: [f], from: dir }));
}

const useCorpus = existsSync(corpus);
const base = useCorpus ? listIssues(corpus) : sampleIssues();
const baseYear = Math.max(...base.map((i) => Number(i.date.slice(0, 4))));

/** The k-th issue of the endless sequence: the base issues, then copies dated a year earlier each round. */
function issueAt(k: number): SourceIssue & { to: string } {
  const round = Math.floor(k / base.length);
  const b = base[k % base.length]!;
  if (useCorpus) return { ...b, to: `${b.pub}/${Number(b.date.slice(0, 4)) - round}${b.date.slice(4)}` };
  // samples: a new day for every copy
  const day = new Date(Date.UTC(baseYear, 0, 1 + k)).toISOString().slice(0, 10);
  return { ...b, to: `${b.pub}/${day}` };
}

function writeIssue(dest: string, issue: SourceIssue & { to: string }): void {
  const d = join(dest, issue.to);
  mkdirSync(d, { recursive: true });
  for (const f of issue.files) cpSync(join(issue.from, f), join(d, useCorpus ? f : '01.txt'));
}

function countFiles(dir: string, ext: string): number {
  if (!existsSync(dir)) return 0;
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) if (e.isFile() && e.name.endsWith(ext)) n++;
  return n;
}

const node = process.execPath; // npm puts the project's Node 24 first on PATH
const tsx = (script: string, args: string[]) => [node, ['--import', 'tsx', join(ROOT, script), ...args]] as const;

async function ingest(sources: string, content: string): Promise<Measured> {
  // Cold: no page cache (a first ingest of these pages).
  const [cmd, args] = tsx('scripts/ingest.ts', ['--in', sources, '--out', content, '--no-cache']);
  return measure(cmd, [...args], { cwd: ROOT });
}
/** The site build as `npm run build` runs it after the ingest: Astro, the data files and the search index side by side. */
async function build(content: string, out: string, cache: string, report: string): Promise<Measured & { astroSeconds: number; searchSeconds: number; dataSeconds: number }> {
  const [cmd, args] = tsx('scripts/build/site.ts', ['--out', out, '--full', '--report', report]);
  const m = await measure(cmd, [...args], { cwd: ROOT, env: { ...process.env, JIUWEN_CONTENT: content, JIUWEN_CACHE_DIR: cache } });
  const r = JSON.parse(readFileSync(report, 'utf8')) as { astroSeconds: number; searchSeconds: number; dataSeconds?: number };
  return { ...m, astroSeconds: r.astroSeconds, searchSeconds: r.searchSeconds, dataSeconds: r.dataSeconds ?? 0 };
}

/** A bare Astro site that renders the same articles from plain .md (default processor). */
const MD_SITE = join(ROOT, '.bench-md');
function writeMdSite(): void {
  rmSync(MD_SITE, { recursive: true, force: true });
  mkdirSync(join(MD_SITE, 'src', 'pages'), { recursive: true });
  writeFileSync(join(MD_SITE, 'astro.config.mjs'), `import { defineConfig } from 'astro/config';\nexport default defineConfig({ cacheDir: process.env.BENCH_MD_CACHE });\n`);
  writeFileSync(
    join(MD_SITE, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nimport { z } from 'astro/zod';\n` +
      `export const collections = { articles: defineCollection({ loader: glob({ pattern: '**/*.md', base: process.env.BENCH_MD_CONTENT }), schema: z.object({ title: z.string() }) }) };\n`,
  );
  writeFileSync(
    join(MD_SITE, 'src', 'pages', '[...id].astro'),
    `---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() {\n  return (await getCollection('articles')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));\n}\n` +
      `const { entry } = Astro.props;\nconst { Content } = await render(entry);\n---\n<html lang="zh-CN"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head><body><h1>{entry.data.title}</h1><Content /></body></html>\n`,
  );
}
function writeMdContent(content: string, md: string): void {
  const articles = join(content, 'articles');
  for (const e of readdirSync(articles, { withFileTypes: true, recursive: true })) {
    if (!e.isFile() || !e.name.endsWith('.mdx')) continue;
    const p = join(e.parentPath, e.name);
    const { data, body } = splitArticleFile(readFileSync(p, 'utf8'), p);
    const to = join(md, relative(articles, p).replace(/\.mdx$/, '.md'));
    mkdirSync(dirname(to), { recursive: true });
    writeFileSync(to, `---\ntitle: ${JSON.stringify(data.title)}\n---\n\n${body}\n`);
  }
}
async function astroMd(md: string, out: string, cache: string): Promise<Measured> {
  return measure(node, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', MD_SITE, '--outDir', out], {
    cwd: ROOT,
    env: { ...process.env, BENCH_MD_CONTENT: md, BENCH_MD_CACHE: cache },
  });
}

export interface BenchRow {
  articles: number;
  pages: number;
  issues: number;
  runs: number;
  ingestSeconds: number;
  /** Astro, the data files and the search index, run side by side (scripts/build/site.ts). */
  buildSeconds: number;
  astroSeconds: number;
  /** scripts/build/data-files.ts (issue.json, article.json, source.txt, the export) */
  dataSeconds: number;
  searchSeconds: number;
  /** ingest + build, wall time */
  totalSeconds: number;
  /** Peak summed RSS of the larger step (ingest, then the build with Astro and Pagefind together). */
  peakRssMB: number;
  ingestPeakRssMB: number;
  buildPeakRssMB: number;
  msPerArticle: number;
  htmlFiles: number;
  baselineMdAstroSeconds?: number;
  baselineMdPeakRssMB?: number;
  /** astroSeconds / baselineMdAstroSeconds */
  astroVsMd?: number;
  /** fullSeconds: the smaller of the first build before it and the median full build above. */
  incremental?: { addedArticles: number; seconds: number; fullSeconds: number; firstBuildSeconds: number; ratio: number };
}

const leftovers: string[] = [];

async function main(): Promise<void> {
  // Articles per issue, to lay out about the wanted number of articles.
  const work = mkdtempSync(join(tmpdir(), 'jiuwen-bench-'));
  const rows: BenchRow[] = [];
  try {
    const probe = join(work, 'probe');
    for (let k = 0; k < base.length; k++) writeIssue(join(probe, 'sources'), issueAt(k));
    await ingest(join(probe, 'sources'), join(probe, 'content'));
    const basePages = base.reduce((n, i) => n + i.files.length, 0);
    const perPage = countFiles(join(probe, 'content', 'articles'), '.mdx') / basePages;
    rmSync(probe, { recursive: true, force: true });
    log(`bench: ${useCorpus ? corpus : 'sample pages (no corpus found)'}; ${base.length} base issues, ~${perPage.toFixed(2)} articles per page; ${runs} run(s) per size`);
    if (baseline) writeMdSite();

    for (const size of sizes) {
      // whole issues, until their pages hold about `size` articles
      const sources = join(work, `sources-${size}`);
      let issues = 0;
      for (let expected = 0; expected < size; issues++) {
        const issue = issueAt(issues);
        writeIssue(sources, issue);
        expected += issue.files.length * perPage;
      }
      const pages = countFiles(sources, '.txt');
      const m: { ingest: Measured; build: Awaited<ReturnType<typeof build>>; md?: Measured }[] = [];
      let articles = 0;
      let htmlFiles = 0;
      for (let r = 0; r < runs; r++) {
        const dir = join(work, `run-${size}-${r}`);
        const content = join(dir, 'content');
        cpSync(sources, join(content, 'sources'), { recursive: true });
        const i = await ingest(join(content, 'sources'), content);
        const b = await build(content, join(dir, 'dist'), join(dir, 'cache'), join(dir, 'build.json'));
        articles = countFiles(join(content, 'articles'), '.mdx');
        htmlFiles = countFiles(join(dir, 'dist'), '.html');
        let md: Measured | undefined;
        if (baseline) {
          writeMdContent(content, join(dir, 'md'));
          md = await astroMd(join(dir, 'md'), join(dir, 'dist-md'), join(dir, 'cache-md'));
        }
        m.push({ ingest: i, build: b, md });
        // Deleting a tree of tens of thousands of files slows the disk for the next run: done at the end.
        leftovers.push(dir);
        log(
          `  ${articles} articles, run ${r + 1}: ingest ${i.seconds.toFixed(1)} s, build ${b.seconds.toFixed(1)} s (astro ${b.astroSeconds.toFixed(1)} s, data ${b.dataSeconds.toFixed(1)} s, search ${b.searchSeconds.toFixed(1)} s side by side), ` +
            `peak ${Math.max(i.peakRssMB, b.peakRssMB)} MB` + (md ? `, .md baseline ${md.seconds.toFixed(1)} s` : ''),
        );
      }
      const med = (f: (x: (typeof m)[number]) => number) => median(m.map(f));
      const row: BenchRow = {
        articles,
        pages,
        issues,
        runs,
        ingestSeconds: round(med((x) => x.ingest.seconds)),
        buildSeconds: round(med((x) => x.build.seconds)),
        astroSeconds: round(med((x) => x.build.astroSeconds)),
        dataSeconds: round(med((x) => x.build.dataSeconds)),
        searchSeconds: round(med((x) => x.build.searchSeconds)),
        totalSeconds: round(med((x) => x.ingest.seconds + x.build.seconds)),
        peakRssMB: med((x) => Math.max(x.ingest.peakRssMB, x.build.peakRssMB)),
        ingestPeakRssMB: med((x) => x.ingest.peakRssMB),
        buildPeakRssMB: med((x) => x.build.peakRssMB),
        msPerArticle: 0,
        htmlFiles,
      };
      row.msPerArticle = round((row.totalSeconds * 1000) / Math.max(1, articles));
      if (baseline) {
        row.baselineMdAstroSeconds = round(med((x) => x.md!.seconds));
        row.baselineMdPeakRssMB = med((x) => x.md!.peakRssMB);
        row.astroVsMd = round(row.astroSeconds / row.baselineMdAstroSeconds);
      }
      if (incremental && size === Math.max(...sizes)) row.incremental = await incrementalRun(work, sources, issues, row.totalSeconds);
      rows.push(row);
      leftovers.push(sources);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
    rmSync(MD_SITE, { recursive: true, force: true });
  }
  report(rows);
}

/** Full build with scripts/build/site.ts, then one more issue: ingest + incremental build. */
async function incrementalRun(work: string, sources: string, issues: number, fullMedian: number): Promise<BenchRow['incremental']> {
  const dir = join(work, 'incremental');
  const content = join(dir, 'content');
  cpSync(sources, join(content, 'sources'), { recursive: true });
  const env = { ...process.env, JIUWEN_CONTENT: content, JIUWEN_CACHE_DIR: join(dir, 'cache') };
  // As a user's builds go: the first ingest fills the page cache, the next one reads it.
  const [icmd, iargs] = tsx('scripts/ingest.ts', ['--in', join(content, 'sources'), '--out', content, '--cache', join(dir, 'ingest-cache')]);
  const [bcmd, bargs] = tsx('scripts/build/site.ts', ['--out', join(dir, 'dist')]);
  const fi = await measure(icmd, [...iargs], { cwd: ROOT, env });
  const fb = await measure(bcmd, [...bargs], { cwd: ROOT, env });
  const before = countFiles(join(content, 'articles'), '.mdx');
  writeIssue(join(content, 'sources'), issueAt(issues)); // the next issue of the sequence
  const ii = await measure(icmd, [...iargs], { cwd: ROOT, env });
  const ib = await measure(bcmd, [...bargs], { cwd: ROOT, env });
  const added = countFiles(join(content, 'articles'), '.mdx') - before;
  const firstSeconds = fi.seconds + fb.seconds;
  const seconds = ii.seconds + ib.seconds;
  // The ratio is to the smaller of this pair's first build and the size's median full build (cold, no page cache).
  const fullSeconds = Math.min(firstSeconds, fullMedian);
  log(`  incremental: +${added} articles (one issue) in ${seconds.toFixed(1)} s after a first build of ${firstSeconds.toFixed(1)} s (median full build ${fullMedian.toFixed(1)} s)`);
  leftovers.push(dir);
  return { addedArticles: added, seconds: round(seconds), fullSeconds: round(fullSeconds), firstBuildSeconds: round(firstSeconds), ratio: round(seconds / fullSeconds) };
}

const round = (x: number) => Math.round(x * 100) / 100;

function report(rows: BenchRow[]): void {
  mkdirSync(dirname(outFile), { recursive: true });
  const doc = {
    machine: 'see README: 2 cores, 24 GB',
    goals: { articles: 10000, totalSeconds: 45, peakRssMB: 2048, incrementalRatio: 0.3 },
    corpus: useCorpus ? relative(ROOT, corpus) : 'sample pages (re-dated copies)',
    rows,
  };
  writeFileSync(outFile, `${JSON.stringify(doc, null, 2)}\n`);
  if (asJson) {
    process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
    return;
  }
  const first = rows[0]!;
  console.log('\n(build = Astro, the data files and the search index side by side; times are medians)');
  console.log('articles  ingest s  astro s  data s  search s  total s  peak MB  ms/article  per-article ×  .md astro s  astro/.md');
  for (const r of rows) {
    console.log(
      [
        String(r.articles).padStart(8),
        r.ingestSeconds.toFixed(1).padStart(9),
        r.astroSeconds.toFixed(1).padStart(8),
        r.dataSeconds.toFixed(1).padStart(7),
        r.searchSeconds.toFixed(1).padStart(9),
        r.totalSeconds.toFixed(1).padStart(8),
        String(r.peakRssMB).padStart(8),
        r.msPerArticle.toFixed(2).padStart(11),
        (r.msPerArticle / first.msPerArticle).toFixed(2).padStart(14),
        (r.baselineMdAstroSeconds?.toFixed(1) ?? '—').padStart(12),
        (r.astroVsMd?.toFixed(2) ?? '—').padStart(10),
      ].join(' '),
    );
  }
  for (const r of rows) {
    if (r.incremental) console.log(`\nadding one issue (+${r.incremental.addedArticles} articles) to ${r.articles}: ${r.incremental.seconds} s, ${(r.incremental.ratio * 100).toFixed(0)} % of a full build (${r.incremental.fullSeconds} s)`);
  }
  console.log(`\ngoals at 10,000 articles: total ≤ 45 s, peak ≤ 2,048 MB, incremental ≤ 30 %. Rows written to ${relative(ROOT, outFile)}`);
}

await main();
