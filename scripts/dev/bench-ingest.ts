/**
 * `npm run bench:ingest` — ingest throughput in MB/s of page text (goal: ≥ 10 MB/s).
 *
 * Corpus: ../shared/corpus (892 pages of 人民日报, 17 MB) when present, else
 * the sample pages in content/sources re-dated into copies (~8 MB).
 * Files are read into memory first; each run is the whole pure pipeline
 * (decode → normalise → metadata → segment → ids → render + validate), then
 * one more run also writes to a temporary folder. Reports the median of the
 * runs and peak memory. Options: --runs N (default 5), --copies N (re-dated
 * copies of the samples when there is no shared corpus, default 200), --json.
 * JIUWEN_BENCH_CORPUS=DIR benchmarks another folder of pages instead.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ingest, type SourceFile } from '../ingest/pipeline.ts';
import { writeOutput } from '../ingest/write.ts';
import { ingestParallel } from '../ingest/parallel.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const argv = process.argv.slice(2);
const runs = argv.includes('--runs') ? Math.max(1, Number(argv[argv.indexOf('--runs') + 1]) || 5) : 5;
const asJson = argv.includes('--json');
const copies = argv.includes('--copies') ? Math.max(1, Number(argv[argv.indexOf('--copies') + 1]) || 200) : 200;

function listTxt(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (n.endsWith('.txt')) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

function loadCorpus(): { name: string; files: SourceFile[] } {
  const shared = process.env.JIUWEN_BENCH_CORPUS ? resolve(process.env.JIUWEN_BENCH_CORPUS) : resolve(ROOT, '../shared/corpus');
  if (existsSync(shared)) {
    const files = listTxt(shared).map((p) => ({ path: relative(shared, p).split(sep).join('/'), bytes: readFileSync(p) }));
    if (files.length > 0) return { name: `../shared/corpus (${files.length} pages)`, files };
  }
  const samples = listTxt(join(ROOT, 'content/sources')).map((p) => readFileSync(p));
  const files: SourceFile[] = [];
  // 200 re-dated copies of the 5 samples ≈ 1,000 pages.
  for (let day = 0; day < copies; day++) {
    const date = new Date(Date.UTC(2020, 0, 1 + day)).toISOString().slice(0, 10);
    samples.forEach((bytes, i) => files.push({ path: `样本日报/${date}/${String(i + 1).padStart(2, '0')}.txt`, bytes }));
  }
  return { name: `replicated sample pages (${files.length} pages; ${shared} not found)`, files };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

const { name, files } = loadCorpus();
const bytes = files.reduce((n, f) => n + f.bytes.length, 0);
const mb = bytes / 1e6;
let peakRss = 0;
let peakHeap = 0;
const sample = () => {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
};

const times: number[] = [];
const cpuTimes: number[] = [];
let last: ReturnType<typeof ingest> | null = null;
for (let i = 0; i < runs + 1; i++) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  last = ingest({ files }, { onPage: (done) => done % 100 === 0 && sample() });
  const dt = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(c0);
  sample();
  if (i > 0) {
    // the first run warms up the JIT and caches
    times.push(dt);
    cpuTimes.push((c.user + c.system) / 1e6);
  }
  if (!asJson) process.stderr.write(`run ${i}${i === 0 ? ' (warm-up)' : ''}: ${dt.toFixed(2)} s, ${(mb / dt).toFixed(1)} MB/s\n`);
}

// The same with the per-page work on worker threads (`npm run ingest -- --jobs N`).
const jobs = Math.min(4, cpus().length);
const parallelTimes: number[] = [];
if (jobs > 1) {
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await ingestParallel({ files }, { jobs });
    const dt = (performance.now() - t0) / 1000;
    sample();
    parallelTimes.push(dt);
    if (!asJson) process.stderr.write(`parallel run ${i + 1} (${jobs} workers): ${dt.toFixed(2)} s, ${(mb / dt).toFixed(1)} MB/s\n`);
  }
}

const out = mkdtempSync(join(tmpdir(), 'jiuwen-bench-'));
const tw = performance.now();
const result = ingest({ files });
writeOutput(out, result.files, result.persistent);
const withWrite = (performance.now() - tw) / 1000;
sample();
rmSync(out, { recursive: true, force: true });

const med = median(times);
const figures = {
  corpus: name,
  pages: files.length,
  megabytes: Number(mb.toFixed(2)),
  articles: last?.articles.length ?? 0,
  errors: last?.report.errors.length ?? 0,
  runs,
  medianSeconds: Number(med.toFixed(3)),
  mbPerSecond: Number((mb / med).toFixed(1)),
  /** Best single run: closest to the machine's real speed when other processes compete for the CPU. */
  mbPerSecondBest: Number((mb / Math.min(...times)).toFixed(1)),
  /** By CPU time (user + system) rather than wall time; GC threads can push it below the wall figure. */
  mbPerCpuSecond: Number((mb / median(cpuTimes)).toFixed(1)),
  /** Median with --jobs (worker threads), null on a single CPU. */
  mbPerSecondParallel: parallelTimes.length > 0 ? Number((mb / median(parallelTimes)).toFixed(1)) : null,
  jobs,
  loadAverage: Number(loadavg()[0]!.toFixed(2)),
  cpus: cpus().length,
  mbPerSecondWithWrite: Number((mb / withWrite).toFixed(1)),
  peakRssMB: Math.round(peakRss / 1e6),
  peakHeapMB: Math.round(peakHeap / 1e6),
  goalMbPerSecond: 10,
};

if (asJson) process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
else {
  console.log(`\nIngest benchmark — ${name}`);
  console.log(`  ${figures.pages} pages, ${figures.megabytes} MB, ${figures.articles} articles, ${figures.errors} errors`);
  console.log(`  median of ${runs} runs: ${figures.medianSeconds} s → ${figures.mbPerSecond} MB/s (goal ≥ 10 MB/s: ${figures.mbPerSecond >= 10 ? 'met' : 'NOT met'})`);
  console.log(`  best run: ${figures.mbPerSecondBest} MB/s; by CPU time: ${figures.mbPerCpuSecond} MB/s (load average ${figures.loadAverage} on ${figures.cpus} CPUs)`);
  if (figures.mbPerSecondParallel !== null) console.log(`  with --jobs ${jobs} (worker threads): median ${figures.mbPerSecondParallel} MB/s`);
  console.log(`  including writing all files: ${withWrite.toFixed(2)} s → ${figures.mbPerSecondWithWrite} MB/s`);
  console.log(`  peak memory: ${figures.peakRssMB} MB RSS, ${figures.peakHeapMB} MB heap`);
}
