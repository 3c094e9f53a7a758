/**
 * `npm run bench:build` — how site build time and memory grow with the number of articles.
 *
 * For each size, takes the first N pages of a corpus laid out as
 * PUBLICATION/YYYY-MM-DD/PP.txt (default ../shared/corpus; without it, the
 * sample pages re-dated into copies), ingests them into a temporary content
 * folder, then runs `astro build` on it (JIUWEN_CONTENT) with a fresh
 * content-layer cache (JIUWEN_CACHE_DIR). Each step runs under /usr/bin/time for wall time and
 * peak resident memory. Reports articles, seconds, ms per article and peak MB,
 * and the ratio of each size to the smallest.
 *
 *   npm run bench:build -- [--pages 50,100,200] [--corpus DIR] [--json]
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const argv = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] ? argv[i + 1]! : fallback;
};
const sizes = option('pages', '50,100,200').split(',').map(Number).filter((n) => n > 0);
const corpus = resolve(ROOT, option('corpus', '../shared/corpus'));
const asJson = argv.includes('--json');

/** All .txt files under a folder, sorted, as paths relative to it. */
function listPages(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const n of readdirSync(d).sort()) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (n.endsWith('.txt')) out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out;
}

/** Writes `count` pages into `dest`: corpus pages, or re-dated copies of the samples. */
function makeSources(dest: string, count: number): void {
  if (existsSync(corpus)) {
    for (const rel of listPages(corpus).slice(0, count)) {
      mkdirSync(dirname(join(dest, rel)), { recursive: true });
      cpSync(join(corpus, rel), join(dest, rel));
    }
    return;
  }
  const samples = listPages(join(ROOT, 'content', 'sources'));
  for (let i = 0; i < count; i++) {
    const day = new Date(Date.UTC(2000, 0, 1 + Math.floor(i / samples.length))).toISOString().slice(0, 10);
    const page = String((i % samples.length) + 1).padStart(2, '0');
    const to = join(dest, '样报', day, `${page}.txt`);
    mkdirSync(dirname(to), { recursive: true });
    cpSync(join(ROOT, 'content', 'sources', samples[i % samples.length]!), to);
  }
}

/** Runs a command under GNU time; returns wall seconds and peak RSS in MB. */
function timed(cmd: string, args: string[], env: Record<string, string>): { seconds: number; peakMb: number } {
  const report = join(tmpdir(), `jiuwen-time-${process.pid}.txt`);
  execFileSync('/usr/bin/time', ['-f', '%e %M', '-o', report, cmd, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const [seconds, kb] = readFileSync(report, 'utf8').trim().split(/\s+/).map(Number);
  rmSync(report, { force: true });
  return { seconds: seconds!, peakMb: Math.round(kb! / 1024) };
}

interface Row {
  pages: number;
  articles: number;
  ingestSeconds: number;
  ingestPeakMb: number;
  buildSeconds: number;
  buildPeakMb: number;
  htmlFiles: number;
}

const rows: Row[] = [];
const work = mkdtempSync(join(tmpdir(), 'jiuwen-bench-build-'));
try {
  for (const pages of sizes) {
    const dir = join(work, String(pages));
    const content = join(dir, 'content');
    const sources = join(content, 'sources'); // the site links each page to its source text here
    const out = join(dir, 'dist');
    makeSources(sources, pages);
    // The node binary npm put first on PATH is the project's Node 24.
    const ingest = timed('node', ['--import', 'tsx', 'scripts/ingest.ts', '--in', sources, '--out', content, '--json'], {});
    const articles = countFiles(join(content, 'articles'), '.mdx');
    const build = timed('node', ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out], {
      JIUWEN_CONTENT: content,
      JIUWEN_CACHE_DIR: join(dir, 'cache'),
    });
    rows.push({
      pages,
      articles,
      ingestSeconds: ingest.seconds,
      ingestPeakMb: ingest.peakMb,
      buildSeconds: build.seconds,
      buildPeakMb: build.peakMb,
      htmlFiles: countFiles(out, '.html'),
    });
    rmSync(dir, { recursive: true, force: true });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

function countFiles(dir: string, ext: string): number {
  if (!existsSync(dir)) return 0;
  let n = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) n += countFiles(p, ext);
    else if (name.endsWith(ext)) n++;
  }
  return n;
}

if (asJson) {
  process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
} else {
  const first = rows[0]!;
  console.log(`site build scaling (${existsSync(corpus) ? corpus : 'sample copies'})`);
  console.log('pages  articles  html   ingest s  ingest MB  build s  build MB  ms/article  time ×  articles ×');
  for (const r of rows) {
    console.log(
      [
        String(r.pages).padStart(5),
        String(r.articles).padStart(9),
        String(r.htmlFiles).padStart(5),
        r.ingestSeconds.toFixed(2).padStart(9),
        String(r.ingestPeakMb).padStart(10),
        r.buildSeconds.toFixed(1).padStart(8),
        String(r.buildPeakMb).padStart(9),
        ((r.buildSeconds * 1000) / Math.max(1, r.articles)).toFixed(1).padStart(11),
        (r.buildSeconds / first.buildSeconds).toFixed(2).padStart(7),
        (r.articles / Math.max(1, first.articles)).toFixed(2).padStart(11),
      ].join(' '),
    );
  }
}
mkdirSync(join(ROOT, 'test-results'), { recursive: true });
writeFileSync(join(ROOT, 'test-results', 'bench-build.json'), JSON.stringify(rows, null, 2));
