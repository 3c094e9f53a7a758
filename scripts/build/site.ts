/**
 * `npm run build` after the ingest: the Astro build and the search index,
 * full or incremental, whole or by shard (a year of the archive, src/lib/shards.ts).
 *
 *   tsx scripts/build/site.ts [--out dist] [--full] [--shards 2018,2019] [--batch 20000] [--jobs N] [--sequential] [--report FILE]
 *   tsx scripts/build/site.ts --list-shards FILE    the shards (years) of the content as a JSON list, nothing built
 *
 * - First build (or --full, or after the site's code or settings changed):
 *   everything. An archive larger than --batch articles is built in several
 *   Astro runs of whole shards (each run keeps every article's front matter
 *   but renders only its own shards' bodies), so memory follows the batch,
 *   not the archive.
 * - Later builds: only the issues whose files changed (digest of the issue
 *   entry and its article files), the issues next to them (their prev/next
 *   links change), and the pages about the whole archive; pages of issues that
 *   are gone are removed; only the shards with changed issues are re-indexed.
 * Astro, the data files (scripts/build/data-files.ts) and the search index (made
 * from the content, not the pages) run side by side.
 * - --shards: only those shards' pages and index, plus the whole-archive
 *   pages (to build shards on separate machines; `npm run combine` joins them).
 *
 * The state of the last build is kept in <out>/.jiuwen-build.json.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { shardOf } from '../../src/lib/shards.ts';
import { buildDay } from '../../src/lib/dates.ts';
import { siteOrigin } from '../../src/lib/site-settings.ts';
import { strictArgs } from '../lib/cli-args.ts';
import { recoverOutput } from '../ingest/write.ts';
import { acquireLock, LockBusy, type HeldLock } from '../ingest/lock.ts';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
const STATE = '.jiuwen-build.json';
const STATE_VERSION = 1;

export interface BuildState {
  version: number;
  site: string;
  /** Issue id → digest of its entry and article files. */
  issues: Record<string, string>;
  /** Shards built (undefined: all). */
  shards?: string[];
  /** The build day (the data files' "accessed" dates): the export of another day is not reused. */
  day?: string;
}

interface IssueInfo {
  id: string;
  shard: string;
  publication: string;
  sortKey: string;
  articles: number;
  digest: string;
}

function walk(dir: string, ext: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, ext, out);
    else if (name.endsWith(ext)) out.push(p);
  }
  return out;
}

/** Every issue with its shard and a digest of its issue entry and article files. */
export function readIssues(content: string): IssueInfo[] {
  const articlesDir = join(content, 'articles');
  const issues: IssueInfo[] = [];
  for (const file of walk(join(content, 'issues'), '.json')) {
    const text = readFileSync(file, 'utf8');
    const issue = JSON.parse(text) as { id: string; publication: { slug: string }; date: { value: string | null } };
    const hash = createHash('sha256').update(text);
    const articleFiles = walk(join(articlesDir, issue.id), '.mdx');
    for (const a of articleFiles) hash.update(relative(articlesDir, a)).update(readFileSync(a));
    issues.push({
      id: issue.id,
      shard: shardOf(issue.id),
      publication: issue.publication.slug,
      sortKey: issue.date.value ?? '',
      articles: articleFiles.length,
      digest: hash.digest('hex').slice(0, 16),
    });
  }
  return issues;
}

/** What decides how every page looks, apart from the content: the site's code and build settings. */
export function siteDigest(): string {
  const h = createHash('sha256');
  for (const f of [...walk(join(ROOT, 'src'), ''), join(ROOT, 'astro.config.mjs'), join(ROOT, 'package-lock.json')]) {
    if (existsSync(f)) h.update(relative(ROOT, f)).update(readFileSync(f));
  }
  for (const k of ['JIUWEN_SITE', 'JIUWEN_BASE', 'JIUWEN_TODAY', 'JIUWEN_CONTENT']) h.update(`${k}=${process.env[k] ?? ''}\n`);
  return h.digest('hex').slice(0, 16);
}

/** The issues before and after each of `ids` in its publication (their prev/next links change with it). */
export function withNeighbours(all: IssueInfo[], ids: Set<string>, removed: { id: string; publication: string; sortKey: string }[] = []): Set<string> {
  const out = new Set(ids);
  const byPub = new Map<string, { id: string; sortKey: string; gone?: boolean }[]>();
  for (const i of [...all, ...removed.map((r) => ({ ...r, gone: true }))]) {
    const list = byPub.get(i.publication) ?? [];
    list.push(i);
    byPub.set(i.publication, list);
  }
  const removedIds = new Set(removed.map((r) => r.id));
  for (const list of byPub.values()) {
    list.sort((a, b) => a.sortKey.localeCompare(b.sortKey) || a.id.localeCompare(b.id));
    list.forEach((i, k) => {
      if (!ids.has(i.id) && !removedIds.has(i.id)) return;
      // nearest living issue on each side
      for (const step of [-1, 1]) {
        for (let j = k + step; j >= 0 && j < list.length; j += step) {
          if (!list[j]!.gone) {
            out.add(list[j]!.id);
            break;
          }
        }
      }
    });
  }
  for (const r of removedIds) out.delete(r);
  return out;
}

/** Groups shards (in order) into batches of at most `limit` articles (a bigger shard is a batch alone). */
export function batches(shards: { name: string; articles: number }[], limit: number): string[][] {
  const out: string[][] = [];
  let cur: string[] = [];
  let n = 0;
  for (const s of shards) {
    if (cur.length && n + s.articles > limit) {
      out.push(cur);
      cur = [];
      n = 0;
    }
    cur.push(s.name);
    n += s.articles;
  }
  if (cur.length) out.push(cur);
  return out;
}

function run(cmd: string, args: string[], env: Record<string, string | undefined>, stdin?: Promise<unknown>): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: [stdin ? 'pipe' : 'inherit', 'inherit', 'inherit'], env: { ...process.env, ...env } });
    // `stdin` settled: its stdin ends (the search index then takes more parts at a time).
    void stdin?.finally(() => child.stdin?.end()).catch(() => {});
    child.stdin?.on('error', () => {}); // the child may be gone already
    child.on('error', fail);
    child.on('exit', (code, signal) => (code === 0 ? done() : fail(new Error(`${cmd} ${args.join(' ')} failed (exit ${code ?? signal})`))));
  });
}

/** One Astro run. Astro must not empty outDir: this script cleans it, and the search index is written there meanwhile. */
const timings = { astroSeconds: 0, searchSeconds: 0, dataSeconds: 0 };
const timed = async (key: keyof typeof timings, work: Promise<void>) => {
  const t0 = performance.now();
  await work;
  timings[key] += (performance.now() - t0) / 1000;
};

function astroBuild(out: string, env: Record<string, string | undefined>): Promise<void> {
  // `node` first on PATH under npm is the project's Node 24 (see README).
  // JIUWEN_DATA_FILES: the data files are written by writeDataFiles, not by Astro's routes.
  return run(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out], { JIUWEN_KEEP_OUTDIR: '1', JIUWEN_DATA_FILES: 'separate', ...env });
}

/** issue.json, source.txt, article.json and the export (scripts/build/data-files.ts), for the same selection as the Astro run. */
function writeDataFiles(out: string, content: string, env: Record<string, string | undefined>, reuseExport = false): Promise<void> {
  const args = ['--import', 'tsx', join(ROOT, 'scripts/build/data-files.ts'), '--out', out, '--content', content];
  if (reuseExport) args.push('--reuse-export');
  return run(process.execPath, args, env);
}

/**
 * The search index, from the content (so it runs beside Astro). Beside other
 * work (`besides`), one part at a time (memory: Astro's plus one part's), then
 * two once that work is done (both cores); `--jobs N` fixes the number.
 */
function indexSearch(out: string, content: string, shards: string[] | undefined, jobs: string | undefined, besides?: Promise<unknown>): Promise<void> {
  const args = ['--import', 'tsx', join(ROOT, 'scripts/build/search-index.ts'), '--site', out, '--content', content];
  if (shards) args.push('--shards', shards.join(','));
  if (jobs) args.push('--jobs', jobs);
  else if (besides) args.push('--jobs', '1', '--then-jobs', String(Math.min(2, availableParallelism())));
  else args.push('--jobs', String(Math.min(2, availableParallelism())));
  return run(process.execPath, args, {}, jobs ? undefined : besides);
}

/**
 * The build reads content/ under the ingest's lock (scripts/ingest/lock.ts):
 * never while an ingest writes it, and after completing or discarding the
 * write of an ingest that was killed (write.ts, recoverOutput).
 */
async function main(): Promise<void> {
  const content = resolve(process.env.JIUWEN_CONTENT ?? join(ROOT, 'content'));
  let lock: HeldLock | undefined;
  try {
    lock = acquireLock(content, 'build');
  } catch (e) {
    if (e instanceof LockBusy) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'EACCES' && code !== 'EROFS' && code !== 'EPERM') throw e;
    console.warn(`[build] ${content} is read-only: building without the ingest lock`);
  }
  try {
    if (lock) {
      const recovered = recoverOutput(content);
      if (recovered) console.log(`[build] an ingest was stopped mid-write: its output was ${recovered === 'replayed' ? 'completed' : 'discarded'} first`);
    }
    await build();
  } finally {
    lock?.release();
  }
}

async function build(): Promise<void> {
  const { values } = strictArgs(
    {
      args: process.argv.slice(2),
      options: {
        out: { type: 'string' },
        full: { type: 'boolean' },
        shards: { type: 'string' },
        'list-shards': { type: 'string' },
        batch: { type: 'string' },
        jobs: { type: 'string' },
        sequential: { type: 'boolean' },
        report: { type: 'string' },
      },
    },
    'Usage: npm run build -- [--out dist] [--full] [--shards 2018,2019] [--list-shards FILE] [--batch N] [--jobs N] [--sequential] [--report FILE]',
  );
  const opt = (name: 'out' | 'shards' | 'list-shards' | 'batch' | 'jobs' | 'report') => values[name];
  const out = resolve(opt('out') ?? 'dist');
  const content = resolve(process.env.JIUWEN_CONTENT ?? join(ROOT, 'content'));
  const batchLimit = Number(opt('batch') ?? process.env.JIUWEN_BATCH ?? 20000);
  const jobs = opt('jobs');
  // --sequential: the search index after Astro, not beside it: slower, but peak memory is the larger of the two, not their sum.
  const sequential = values.sequential === true;
  const only = opt('shards') ? opt('shards')!.split(',').filter(Boolean).sort() : undefined;
  const started = Date.now();

  const issues = readIssues(content);
  // --list-shards FILE: write the archive's shards (years) as a JSON list and build nothing
  // (the CI workflow makes its matrix of shard jobs from it).
  const listTo = opt('list-shards');
  if (listTo) {
    writeFileSync(resolve(listTo), `${JSON.stringify([...new Set(issues.map((i) => i.shard))].sort())}\n`);
    return;
  }
  const site = siteDigest();
  const statePath = join(out, STATE);
  const previous: BuildState | undefined = existsSync(statePath) ? (JSON.parse(readFileSync(statePath, 'utf8')) as BuildState) : undefined;
  const wanted = only ? issues.filter((i) => only.includes(i.shard)) : issues;
  const sameScope = JSON.stringify(previous?.shards) === JSON.stringify(only);
  const full = values.full === true || !previous || previous.version !== STATE_VERSION || previous.site !== site || !sameScope;

  const shardSizes = new Map<string, number>();
  for (const i of wanted) shardSizes.set(i.shard, (shardSizes.get(i.shard) ?? 0) + i.articles);
  const shardList = [...shardSizes.keys()].sort();
  const tmp = join(tmpdir(), `jiuwen-build-${process.pid}`);
  mkdirSync(tmp, { recursive: true });
  try {
    if (full) {
      rmSync(out, { recursive: true, force: true });
      const groups = batches(shardList.map((name) => ({ name, articles: shardSizes.get(name)! })), batchLimit);
      console.log(`[build] full build: ${wanted.length} issues, ${shardList.length} shard(s), ${groups.length} Astro run(s)`);
      mkdirSync(out, { recursive: true });
      const pages = (async () => {
        if (!only && groups.length <= 1) await astroBuild(out, {});
        else for (const g of groups.length ? groups : [[]]) await astroBuild(out, { JIUWEN_SHARDS: g.join(',') || 'none' });
      })();
      const data = timed('dataSeconds', writeDataFiles(out, content, { JIUWEN_SHARDS: only?.join(',') }));
      const astro = timed('astroSeconds', pages);
      if (sequential) {
        await astro;
        await data;
        await timed('searchSeconds', indexSearch(out, content, only, jobs ?? '1'));
      } else await Promise.all([astro, data, timed('searchSeconds', indexSearch(out, content, only, jobs, Promise.allSettled([astro, data])))]);
    } else {
      const before = previous!.issues;
      const now = new Map(wanted.map((i) => [i.id, i]));
      const changed = new Set(wanted.filter((i) => before[i.id] !== i.digest).map((i) => i.id));
      const removed = Object.keys(before)
        .filter((id) => !now.has(id))
        .map((id) => ({ id, publication: id.split('/')[0]!, sortKey: id.split('/')[1]! }));
      const rebuild = withNeighbours(wanted, changed, removed);
      console.log(`[build] incremental: ${changed.size} changed, ${removed.length} removed, ${rebuild.size} issue(s) to build`);
      // Pages of issues that are gone or changed (articles may have left them) go first.
      for (const id of [...changed, ...removed.map((r) => r.id)]) rmSync(join(out, ...id.split('/')), { recursive: true, force: true });
      // A publication with no issue left loses its page too.
      const living = new Set(wanted.map((i) => i.publication));
      for (const pub of new Set(removed.map((r) => r.publication))) if (!living.has(pub)) rmSync(join(out, pub), { recursive: true, force: true });
      const list = join(tmp, 'issues.txt');
      writeFileSync(list, [...rebuild].sort().join('\n') + '\n');
      const touched = [...new Set([...changed].map((id) => now.get(id)!.shard).concat(removed.map((r) => shardOf(r.id))))].sort();
      // No issue to build still rebuilds the pages about the whole archive.
      const astro = timed('astroSeconds', astroBuild(out, { JIUWEN_ISSUES: list }));
      // The export lines of unchanged issues are copied from the last build's export (same code, settings and day).
      const data = timed('dataSeconds', writeDataFiles(out, content, { JIUWEN_ISSUES: list }, previous!.day === buildDay().iso));
      await Promise.all([
        astro,
        data,
        timed('searchSeconds', touched.length ? indexSearch(out, content, touched, jobs, Promise.allSettled([astro, data])) : Promise.resolve()),
      ]);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  const state: BuildState = { version: STATE_VERSION, site, issues: Object.fromEntries(wanted.map((i) => [i.id, i.digest])), shards: only, day: buildDay().iso };
  mkdirSync(dirname(statePath), { recursive: true });
  writeFileSync(statePath, `${JSON.stringify(state)}\n`);
  const seconds = (Date.now() - started) / 1000;
  console.log(`[build] done in ${seconds.toFixed(1)} s (Astro ${timings.astroSeconds.toFixed(1)} s, data files ${timings.dataSeconds.toFixed(1)} s, search index ${timings.searchSeconds.toFixed(1)} s, side by side) → ${relative(process.cwd(), out) || '.'}${sep}`);
  const report = opt('report');
  if (report) writeFileSync(report, JSON.stringify({ full, seconds, ...timings }));
  const note = siteNote();
  if (note) console.log(note);
}

/**
 * Said at the end of a build without JIUWEN_SITE: the pages then name no host
 * (citations, canonical links and the feed use host-relative paths), which a
 * reader's browser completes, but a feed reader or crawler may not.
 */
export function siteNote(env: NodeJS.ProcessEnv = process.env): string | null {
  if (siteOrigin(env)) return null;
  return (
    '[build] note: JIUWEN_SITE is not set, so the site names no host: canonical links, permanent links, citations,\n' +
    '[build]       the feed and the sitemap use host-relative paths (/…/), completed in the reader\'s browser.\n' +
    '[build]       Build with JIUWEN_SITE=https://your.host to publish absolute URLs.'
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: Error) => {
    console.error(`[build] ${error.message}`);
    process.exitCode = 1;
  });
}
