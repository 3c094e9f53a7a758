/**
 * `npm run ingest` — the CLI: arguments, file reading, progress, summary and
 * exit codes. All logic lives in scripts/ingest/pipeline.ts; the only writer is
 * scripts/ingest/write.ts (writeOutput).
 *
 * Exit codes: 0 done (warnings allowed), 1 bad input (nothing written), 2 usage error,
 * 3 another ingest or build holds the output folder (nothing done).
 */
import { existsSync, readFileSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import cliProgress from 'cli-progress';
import { ingest, type IngestReport, type Problem, type SourceFile } from './ingest/pipeline.ts';
import { LEDGER } from './ingest/render.ts';
import { planOutput, recoverOutput, writeOutput, WriteError, type WriteResult } from './ingest/write.ts';
import { acquireLock, LockBusy, type HeldLock } from './ingest/lock.ts';
import { ingestParallel } from './ingest/parallel.ts';
import { claimDefaultCacheDir, defaultCacheDir, PageCache } from './ingest/page-cache.ts';
import { SOURCES_POINTER } from '../src/lib/content-dir.ts';
import { fsReason, readSideFile, readSources } from './ingest/sources.ts';
import { explainPage, findSource, parseExplainTarget } from './ingest/explain.ts';
import { thinEvidence } from './ingest/profile.ts';
import { SECTION_MODEL } from './ingest/segment/section-or-title.ts';

const HELP = `Usage: npm run ingest -- [options]

Turns newspaper page text files into the site's content collections.

Options:
  --in DIR            sources folder (default: content/sources); *.txt files, plus catalogue.json
  --out DIR           content folder (default: content); writes articles/, issues/, permalinks.json
  --corrections FILE  editor's corrections (default: <out>/corrections.json)
  --check             validate everything, write nothing
  --json              print the full report as JSON on stdout
  --report FILE       also save the full JSON report to FILE (for editors)
  --jobs N            decode and segment pages on N worker threads (default 1); same output.
                      Helps only on idle multi-core machines: measure with npm run bench
  --cache DIR         keep each page's decoded and segmented result in DIR and reuse it while the
                      page, its path and the ingest code are unchanged (default: a folder per --in
                      under node_modules/.cache/jiuwen/ingest); same output. --check reads it, never
                      writes it; entries of pages no longer in --in are removed
  --no-cache          prepare every page afresh, touch no cache
  --explain FILE[:LINE]
                      print how the page FILE (its path under --in) was segmented, decision by decision:
                      each block's kind, each headline stack's outcome and what decided it (a rule, or the
                      section model's margin and weightiest cues), the items written; writes nothing
  --help              show this help

Exit codes: 0 success (warnings allowed), 1 bad input or a write error (all problems listed, nothing
written), 2 usage error, 3 another ingest or build is using the output folder (nothing done).
See docs/ingest.md for the folder layout, the file formats and the report codes.`;

interface Args {
  in: string;
  out: string;
  corrections?: string;
  report?: string;
  jobs?: number;
  cache?: string;
  noCache: boolean;
  explain?: string;
  check: boolean;
  json: boolean;
  help: boolean;
}

function parseArgs(argv: string[]): Args | string {
  const args: Args = { in: 'content/sources', out: 'content', noCache: false, check: false, json: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new Error(`${flag} needs a value`);
      return v;
    };
    try {
      if (flag === '--in') args.in = value();
      else if (flag === '--out') args.out = value();
      else if (flag === '--corrections') args.corrections = value();
      else if (flag === '--report') args.report = value();
      else if (flag === '--jobs') {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 1 || n > 64) return '--jobs needs a whole number from 1 to 64';
        args.jobs = n;
      }
      else if (flag === '--cache') args.cache = value();
      else if (flag === '--no-cache' && inline === undefined) args.noCache = true;
      else if (flag === '--explain') args.explain = value();
      else if (flag === '--check') args.check = true;
      else if (flag === '--json') args.json = true;
      else if (flag === '--help' || flag === '-h') args.help = true;
      else return `unknown option ${a}`;
    } catch (e) {
      return (e as Error).message;
    }
  }
  return args;
}

/** Parses JSON bytes; a broken file is an error (guessing around it could publish wrong facts). */
function parseJson(bytes: Buffer | undefined, file: string, errors: Problem[]): unknown {
  if (bytes === undefined) return undefined;
  try {
    return JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch (e) {
    errors.push({ code: 'json-invalid', file, message: `not valid JSON: ${(e as Error).message}` });
    return undefined;
  }
}

/** Reads an optional JSON file outside the sources folder (corrections, ledger); a file-system error names the file. */
function readJson(path: string, errors: Problem[]): unknown {
  if (!existsSync(path)) return undefined;
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    errors.push({ code: 'source-unreadable', file: path, message: `cannot be read: ${fsReason(e)}` });
    return undefined;
  }
  return parseJson(bytes, path, errors);
}

/** `file (line 3, byte 120): ` — where a problem is, for people. */
function where(p: Problem): string {
  const at = [p.line !== undefined ? `line ${p.line}` : undefined, p.byte !== undefined ? `byte ${p.byte}` : undefined].filter(Boolean);
  if (p.file === undefined) return '';
  return `${p.file}${at.length > 0 ? ` (${at.join(', ')})` : ''}: `;
}

/**
 * Control characters (terminal escapes in a file name or a value) shown as
 * `\x1B`: a report must not drive the reader's terminal.
 */
function printable(s: string): string {
  return s.replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function printReport(report: IngestReport, rawLog: (s: string) => void): void {
  const log = (s: string) => rawLog(printable(s));
  const withNotes = report.pages.filter((p) => p.review.length > 0);
  if (withNotes.length > 0) {
    log(`\nTo review (${report.counts.reviewNotes} low-confidence decisions):`);
    for (const p of withNotes) {
      log(`  ${p.file}${p.issue ? ` → ${p.issue}/${p.pageKey}` : ''}`);
      for (const r of p.review) log(`    [${r.code}]${r.line !== undefined ? ` line ${r.line}:` : ''} ${r.message}${r.article ? ` (${r.article})` : ''}`);
    }
  }
  if (report.warnings.length > 0) {
    log(`\nWarnings (${report.warnings.length}):`);
    for (const w of report.warnings) log(`  [${w.code}] ${where(w)}${w.message}`);
  }
  for (const [slug, d] of Object.entries(report.profiles ?? {})) {
    if (d.profile.bylineOnTop) log(`\nHouse style of ${slug}: reporter or writer under the headline (${d.source === 'catalogue' ? 'stated in catalogue.json' : `${d.evidence.bylineOnTop} of ${d.evidence.pages} pages show it`}); a headline over a reporter's or writer's line opens an article.`);
    if (d.profile.headlineLinesAreParts) log(`\nHouse style of ${slug}: a headline's kicker, title and subtitle kept together on the lines of one block (${d.evidence.headlines.together} headlines so set, ${d.evidence.headlines.apart} with their parts apart); such lines are read as the parts. If a block of several lines is one title in this paper, state it in catalogue.json: "publications": { "<name>": { "profile": { "headlineLinesAreParts": false } } } (docs/ingest.md).`);
    if (d.profile.sectionBias !== undefined) log(`\nHouse style of ${slug}: a headline inside running text opens an article ${d.profile.sectionBias > 0 ? 'more' : 'less'} readily than on the section model's training pages (of the ${d.evidence.sections.decisions} the model weighed, about ${(d.evidence.sections.titleShare * 100).toFixed(0)} % open one, against ${((SECTION_MODEL.titleShare ?? 0) * 100).toFixed(0)} %); its scores are shifted by ${d.profile.sectionBias > 0 ? '+' : ''}${d.profile.sectionBias}.`);
    if (thinEvidence(d)) log(`${d.profile.bylineOnTop ? '' : `\nHouse style of ${slug}: the defaults (${d.evidence.bylineOnTop} of ${d.evidence.pages} pages show a reporter or writer under their first headline).\n`}  Decided on thin evidence: if the paper does (or does not) put the reporter or writer under every headline, state it in catalogue.json: "publications": { "<name>": { "profile": { "bylineOnTop": true } } } (docs/ingest.md).`);
  }
  const byCode = reviewCounts(report);
  if (byCode.length > 0) log(`\nReview notes by kind: ${byCode.map(([code, n]) => `${code} ${n}`).join(', ')}`);
  if (report.errors.length > 0) {
    log(`\nErrors (${report.errors.length}):`);
    for (const e of report.errors) log(`  [${e.code}] ${where(e)}${e.message}`);
  }
}

/** Review notes counted by code, most frequent first. */
function reviewCounts(report: IngestReport): [string, number][] {
  const counts = new Map<string, number>();
  for (const p of report.pages) for (const r of p.review) counts.set(r.code, (counts.get(r.code) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

async function main(): Promise<number> {
  const t0 = performance.now();
  const parsed = parseArgs(process.argv.slice(2));
  if (typeof parsed === 'string') {
    process.stderr.write(`ingest: ${parsed}\n\n${HELP}\n`);
    return 2;
  }
  const args = parsed;
  if (args.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const inDir = resolve(args.in);
  const outDir = resolve(args.out);
  if (!existsSync(inDir) || !statSync(inDir).isDirectory()) {
    process.stderr.write(`ingest: sources folder not found: ${args.in}\n`);
    return 2;
  }
  const log = (s: string) => (args.json ? process.stderr : process.stdout).write(`${s}\n`);

  if (args.explain !== undefined) {
    // Read-only: the sources as the ingest reads them, no lock, no cache, nothing written.
    const readErrors: Problem[] = [];
    const sources = readSources(inDir);
    const target = parseExplainTarget(args.explain);
    const file = findSource(sources.files, target.file);
    if (!file) {
      process.stderr.write(`ingest: --explain: no page ${target.file} under ${args.in}\n`);
      return 2;
    }
    const catalogue = parseJson(readSideFile(inDir, 'catalogue.json', readErrors), join(inDir, 'catalogue.json'), readErrors);
    process.stdout.write(explainPage({ files: sources.files, catalogue }, file, target.line));
    return 0;
  }

  // One writer at a time (lock.ts); --check writes nothing and takes no lock.
  const outExisted = existsSync(outDir);
  let lock: HeldLock | undefined;
  if (!args.check) {
    try {
      lock = acquireLock(outDir, 'ingest');
    } catch (e) {
      if (e instanceof LockBusy) {
        process.stderr.write(`ingest: ${e.message}\n`);
        return 3;
      }
      process.stderr.write(`ingest: cannot use the output folder ${args.out}: ${fsReason(e)}\n`);
      return 2;
    }
    if (lock.tookOverFrom !== undefined) log(`ingest: took over the lock left by process ${lock.tookOverFrom}, which is gone`);
    const recovered = recoverOutput(outDir);
    if (recovered === 'replayed') log('ingest: an earlier run was stopped after committing its output; its write was completed first');
    if (recovered === 'discarded') log('ingest: an earlier run was stopped before committing its output; its unfinished files were discarded (the content was untouched)');
  }
  const body = async (): Promise<number> => {
    const readErrors: Problem[] = [];
    const sources = readSources(inDir);
    readErrors.push(...sources.problems);
    const files: SourceFile[] = sources.files;
    const catalogue = parseJson(readSideFile(inDir, 'catalogue.json', readErrors), join(inDir, 'catalogue.json'), readErrors);
    const corrections = readJson(args.corrections ? resolve(args.corrections) : join(outDir, 'corrections.json'), readErrors);
    const ledger = readJson(join(outDir, LEDGER), readErrors);
    if (files.length === 0 && sources.problems.length === 0) readErrors.push({ code: 'no-pages', file: args.in, message: 'no *.txt page files found' });

    const useBar = process.stderr.isTTY === true && !args.json && files.length >= 20;
    const bar = useBar ? new cliProgress.SingleBar({ format: 'ingest [{bar}] {value}/{total} pages  {file}', hideCursor: true }, cliProgress.Presets.shades_classic) : null;
    bar?.start(files.length, 0, { file: '' });
    let lastQuarter = 0;
    const onPage = (done: number, total: number, file: string) => {
      if (bar) bar.update(done, { file: printable(file.length > 40 ? `…${file.slice(-39)}` : file) });
      else if (!args.json && total >= 100 && Math.floor((done * 4) / total) > lastQuarter) {
        lastQuarter = Math.floor((done * 4) / total);
        log(`ingest: ${done}/${total} pages`);
      }
    };
    const input = { files, catalogue, corrections, ledger };
    // Prepared pages of earlier runs; --check only reads them.
    const cache = args.noCache ? undefined : new PageCache(args.cache ? resolve(args.cache) : (args.check ? defaultCacheDir(inDir) : claimDefaultCacheDir(inDir)), undefined, args.check);
    // Worker threads are opt-in: on a busy 2-CPU machine copying pages to and
    // from them cost more than they saved (see npm run bench).
    const jobs = Math.min(args.jobs ?? 1, availableParallelism() * 2);
    const result = jobs > 1 ? await ingestParallel(input, { jobs, onPage, cache }) : ingest(input, { onPage, cache });
    bar?.stop();
    result.report.errors.unshift(...readErrors);
    result.report.counts.errors = result.report.errors.length;
    let ok = result.report.errors.length === 0;
    // Entries of pages this run did not see go (only after a sound run: a wrong --in must not empty the cache).
    await cache?.flush();
    if (ok && !args.check) cache?.prune();

    let written: WriteResult | null = null;
    let plan: WriteResult | null = null;
    if (ok && !args.check) {
      try {
        // Where these pages are, for the build's source.txt files (src/lib/content-dir.ts): written in the same
        // transaction as the content it describes.
        const persistent = new Map(result.persistent).set(SOURCES_POINTER, `${JSON.stringify({ sources: relative(outDir, inDir).split(sep).join('/') || '.' })}\n`);
        written = writeOutput(outDir, result.files, persistent);
      } catch (e) {
        if (!(e instanceof WriteError)) throw e;
        result.report.errors.push({ code: 'write-failed', file: join(args.out, e.file), message: e.message });
        result.report.counts.errors = result.report.errors.length;
        ok = false;
      }
    }
    if (ok && args.check) plan = planOutput(outDir, result.files, result.persistent);
    const seconds = (performance.now() - t0) / 1000;
    const c = result.report.counts;

    const full = {
      ok,
      check: args.check,
      seconds: Number(seconds.toFixed(3)),
      counts: c,
      reviewByCode: Object.fromEntries(reviewCounts(result.report)),
      written: written?.written ?? [],
      removed: written?.removed ?? [],
      ...(plan ? { wouldWrite: plan.written, wouldRemove: plan.removed } : {}),
      cache: cache ? { dir: cache.dir, ...cache.stats } : null,
      errors: result.report.errors,
      warnings: result.report.warnings,
      pages: result.report.pages,
    };
    if (args.report) writeFileSync(resolve(args.report), `${JSON.stringify(full, null, 2)}\n`);
    if (args.json) {
      process.stdout.write(`${JSON.stringify(full, null, 2)}\n`);
    } else {
      printReport(result.report, log);
      const mb = c.bytes / 1e6;
      log(
        `\n${ok ? (args.check ? 'Checked' : 'Ingested') : 'FAILED'}: ${c.pages} pages (${mb.toFixed(2)} MB), ${c.issues} issues, ${c.articles} articles, ${c.reviewNotes} to review, ${c.warnings} warnings, ${c.errors} errors in ${seconds.toFixed(2)} s`,
      );
      if (cache) {
        const s = cache.stats;
        log(`Page cache: ${s.hits} of ${c.pages} pages from the cache, ${s.misses} prepared${s.corrupt > 0 ? ` (${s.corrupt} unusable entries ignored)` : ''}${args.check ? '' : `, ${s.written} entries written, ${s.pruned} pruned`} (${relative(process.cwd(), cache.dir) || '.'})`);
      }
      if (written) log(`Wrote ${written.written.length} files (${written.unchanged} unchanged, ${written.removed.length} stale removed) under ${args.out}/`);
      else if (!ok) log('Nothing was written: fix the errors above and run again.');
      else if (plan) log(`--check: nothing written (a real run would write ${plan.written.length} files, leave ${plan.unchanged} unchanged, remove ${plan.removed.length} stale).`);
    }
    return ok ? 0 : 1;
  };
  try {
    return await body();
  } finally {
    lock?.release();
    if (!outExisted) {
      try {
        rmdirSync(outDir); // made only for the lock: a failed run leaves no trace
      } catch {
        // not empty: the run wrote
      }
    }
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    // Never a stack trace for users; set JIUWEN_DEBUG=1 to see one.
    process.stderr.write(`ingest: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    if (process.env.JIUWEN_DEBUG) console.error(e);
    process.exitCode = 1;
  },
);
