/**
 * Builds the site's search index: per shard (a year of the archive,
 * src/lib/shards.ts), in parts of at most --part-size articles, each a
 * contiguous date range cut between dates (src/lib/search/parts.ts), and one
 * Pagefind index per part, each built in a child process, so that indexing
 * memory follows the size of a part, not of a year or of the archive, and parts
 * index in parallel (--jobs). The browser searches every part of every shard as
 * one (src/lib/search/sharded.ts).
 *
 * Records are made from the content collection (src/lib/search/records.ts:
 * the text the article page shows, prepared for the per-character Chinese
 * index), not from built pages, so indexing can run while Astro builds.
 * Layout written under <site>/pagefind/:
 *   <shard-slug>/<k>/      part k (1, 2, … in date order) of a shard: a Pagefind bundle
 *                          + jiuwen-shard.json (name, shard, part, articles, from/to dates, input digest)
 *   shards.json            the list the search page reads (rewritten from the part folders present)
 *   pagefind.js, …         the Pagefind runtime, copied from a part's bundle
 *
 *   tsx scripts/build/search-index.ts [--site dist] [--content content] [--shards 2018,2019] [--jobs N] [--then-jobs M]
 *                                 [--part-size 1500] [--manifest-only]
 *
 * Incremental: a part whose input (its article files, by path and content,
 * and the index code and Pagefind version) has the digest recorded in its
 * jiuwen-shard.json is kept as it is; part folders of an indexed shard that
 * the current content no longer makes are removed. The parts are made from the
 * current content alone, so re-indexing after a change gives the same files as
 * a clean index of the same content.
 *
 * --shards indexes only those shards and keeps the others (a partial build);
 * --manifest-only only rewrites shards.json and the runtime (after shard
 * folders from several machines were copied into one site). The part size is
 * also read from JIUWEN_INDEX_PART_SIZE (default 1,500).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { availableParallelism, tmpdir } from 'node:os';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { shardOf, shardSlug } from '../../src/lib/shards.ts';
import { dateSortKey } from '../../src/lib/dates.ts';
import { planParts, partSizeFrom } from '../../src/lib/search/parts.ts';
import type { ShardInfo } from '../../src/lib/search/sharded.ts';
import type { RecentFilter } from '../../src/lib/search/merge-index.ts';
import { directorySize } from '../lib/directory-size.ts';
import { strictArgs } from '../lib/cli-args.ts';
import { splitArticleFile } from '../../src/content/article-file.ts';

/** One bundle as listed in shards.json: a part of a shard. */
export interface ShardManifestEntry extends ShardInfo {
  shard: string;
  part: number;
}
/** jiuwen-shard.json in a part folder. */
interface PartMeta extends ShardManifestEntry {
  /** Digest of the part's input (see partDigest). */
  digest: string;
}

const SHARD_META = 'jiuwen-shard.json';
/** Runtime files the search page and the article highlighter load from pagefind/. */
const RUNTIME = /^(pagefind\.js|pagefind-worker\.js|pagefind-highlight\.js|wasm\..+\.pagefind)$/;
/** Bump to re-index every part whatever the digest says (a change of the layout or meta format). */
const PARTS_VERSION = 2;

/** Article files under <content>/articles/<publication>/<date>/…, grouped by shard. */
export function articleFilesByShard(content: string, only?: Set<string>): Map<string, string[]> {
  const root = join(content, 'articles');
  const byShard = new Map<string, string[]>();
  if (!existsSync(root)) return byShard;
  for (const pub of readdirSync(root, { withFileTypes: true })) {
    if (!pub.isDirectory()) continue;
    for (const date of readdirSync(join(root, pub.name), { withFileTypes: true })) {
      if (!date.isDirectory()) continue;
      const shard = shardOf(`${pub.name}/${date.name}`);
      if (only && !only.has(shard)) continue;
      const files = readdirSync(join(root, pub.name, date.name), { withFileTypes: true, recursive: true })
        .filter((e) => e.isFile() && e.name.endsWith('.mdx'))
        .map((e) => join(e.parentPath, e.name));
      if (!byShard.has(shard)) byShard.set(shard, []);
      byShard.get(shard)!.push(...files);
    }
  }
  for (const files of byShard.values()) files.sort();
  return byShard;
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
let codeVersion: string | undefined;
/**
 * What decides a part's index apart from its articles: this script and every
 * local module it loads (followed through relative imports: the record, the
 * loader, the schema, the folding…), the versions of the packages those load
 * (Pagefind, the OpenCC tables…) and PARTS_VERSION.
 */
export function indexCodeVersion(): string {
  if (codeVersion) return codeVersion;
  const h = createHash('sha256').update(`parts ${PARTS_VERSION}\n`);
  const seen = new Set<string>();
  const packages = new Set<string>(['pagefind']);
  const queue = [fileURLToPath(import.meta.url)];
  for (let f = queue.shift(); f !== undefined; f = queue.shift()) {
    if (seen.has(f)) continue;
    seen.add(f);
    const text = readFileSync(f, 'utf8');
    h.update(relative(ROOT, f).split(sep).join('/')).update('\0').update(text).update('\0');
    for (const m of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]/g)) {
      const spec = m[1]!;
      if (spec.startsWith('.')) {
        const base = resolve(dirname(f), spec);
        const found = [base, `${base}.ts`, `${base}.js`, `${base}.mjs`, join(base, 'index.ts')].find((c) => existsSync(c) && statSync(c).isFile());
        if (found) queue.push(found);
      } else if (!spec.startsWith('node:')) packages.add(spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/'));
    }
  }
  // The packages they load (Pagefind, the OpenCC tables…), by version.
  for (const name of [...packages].sort()) {
    const pkg = join(ROOT, 'node_modules', name, 'package.json');
    if (existsSync(pkg)) h.update(`${name}@${(JSON.parse(readFileSync(pkg, 'utf8')) as { version?: string }).version}\n`);
  }
  return (codeVersion = h.digest('hex').slice(0, 16));
}

interface ArticleInput {
  /** Absolute path. */
  file: string;
  /** Path under <content>/articles, with `/`. */
  rel: string;
  date: string;
  hash: string;
}

/** An article's date sort key, from its front matter (article-file.ts: JSON as the ingest writes it, or YAML). */
function articleDate(text: string, file: string): string {
  const { data } = splitArticleFile(text, file);
  return data.date && typeof data.date === 'object' ? dateSortKey(data.date as Parameters<typeof dateSortKey>[0]) : '0000-00-00';
}

/** A shard's articles with their date sort keys and content hashes (front matter read, not validated: the child does that). */
async function readArticles(content: string, files: string[]): Promise<ArticleInput[]> {
  const root = join(content, 'articles');
  const out: ArticleInput[] = [];
  for (const file of files) {
    const text = await readFile(file);
    const date = articleDate(text.toString('utf8'), file);
    out.push({ file, rel: relative(root, file).split(sep).join('/'), date, hash: createHash('sha256').update(text).digest('hex') });
  }
  return out;
}

/** Digest of a part's input: its files (path under articles/ and content hash, in order) and the index code. */
export function partDigest(items: { rel: string; hash: string }[], code = indexCodeVersion()): string {
  const h = createHash('sha256').update(`${code}\n`);
  for (const i of items) h.update(`${i.rel}\0${i.hash}\n`);
  return h.digest('hex').slice(0, 32);
}

/** What the parent hands a child: one part to index. */
interface PartJob {
  shard: string;
  part: number;
  files: string[];
  digest: string;
}

/** Indexes one part's articles into <site>/pagefind/<slug>/<part>/ (runs in its own process). */
async function indexPart(site: string, job: PartJob): Promise<void> {
  const pagefind = await import('pagefind');
  const { searchRecords } = await import('../../src/lib/search/records.ts');
  const { articleSchema } = await import('../../src/content/schema.ts');
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: could not create an index: ${errors.join('; ')}`);
  let from = '9999-99-99';
  let to = '0000-00-00';
  const inputs: Parameters<typeof searchRecords>[0] = [];
  for (const file of job.files) {
    const { data, body } = splitArticleFile(await readFile(file, 'utf8'), file);
    const parsed = articleSchema.safeParse(data);
    if (!parsed.success) throw new Error(`${file}: front matter: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    inputs.push({ article: parsed.data, body });
  }
  const adding: Promise<{ errors: string[] }>[] = [];
  for (const record of searchRecords(inputs)) {
    if (record.sort.date! < from) from = record.sort.date!;
    if (record.sort.date! > to) to = record.sort.date!;
    adding.push(index.addCustomRecord(record));
  }
  for (const added of await Promise.all(adding)) if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
  const path = `${shardSlug(job.shard)}/${job.part}`;
  const outputPath = join(site, 'pagefind', ...path.split('/'));
  await rm(outputPath, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`pagefind: writing ${path} failed: ${written.errors.join('; ')}`);
  await pagefind.close();
  // Results' data as text, not index words (about half the bytes of a shown result).
  (await import('../../src/lib/search/merge-index.ts')).plainFragments(outputPath);
  const articles = job.files.length;
  const meta: PartMeta = { name: path, path, articles, from: articles ? from : '', to: articles ? to : '', shard: job.shard, part: job.part, digest: job.digest };
  // Written last: a part folder without it is unfinished and is indexed again.
  await writeFile(join(outputPath, SHARD_META), `${JSON.stringify(meta)}\n`);
}

/** The part folders present: pagefind/<shard>/<k>/ with a jiuwen-shard.json. */
async function partsPresent(root: string): Promise<PartMeta[]> {
  const parts: PartMeta[] = [];
  for (const d of existsSync(root) ? await readdir(root, { withFileTypes: true }) : []) {
    if (!d.isDirectory()) continue;
    for (const p of await readdir(join(root, d.name), { withFileTypes: true })) {
      const meta = join(root, d.name, p.name, SHARD_META);
      if (p.isDirectory() && existsSync(meta)) parts.push(JSON.parse(await readFile(meta, 'utf8')) as PartMeta);
    }
  }
  return parts;
}

/** Folder (under pagefind/) of the one index the browser searches: every part merged (src/lib/search/merge-index.ts). */
export const MERGED = 'all';
/**
 * Positions per index chunk of the merged index of `articles` articles: JIUWEN_INDEX_CHUNK when set,
 * else by the archive's size (src/lib/search/README.md). A first search loads the metadata, which
 * lists every chunk, and one chunk per query word: the metadata's share falls as chunks grow, the
 * chunks' share rises, and their sum is least at a size that grows as the square root of the
 * archive (about 8,000 positions at 11,000 articles, 24,000 at 100,000).
 */
export function chunkBudget(articles: number, env: NodeJS.ProcessEnv = process.env): number {
  if (env.JIUWEN_INDEX_CHUNK) return Number(env.JIUWEN_INDEX_CHUNK);
  const budget = 8000 * Math.sqrt(Math.max(articles, 1) / 11_000);
  return Math.round(Math.min(40_000, Math.max(4000, budget)) / 1000) * 1000;
}

/**
 * Rewrites pagefind/shards.json from the part folders present, and the runtime
 * files beside it, and merges every part into the one index the browser
 * searches (pagefind/all/), unless the parts and the merge code are the same
 * as for the merged index present.
 */
export async function writeManifest(site: string): Promise<ShardManifestEntry[]> {
  const root = join(site, 'pagefind');
  await mkdir(root, { recursive: true });
  const present = await partsPresent(root);
  const shards: ShardManifestEntry[] = present.map(({ digest: _digest, ...entry }) => entry);
  // Oldest first: the merged index numbers its pages in date order.
  const order = (a: ShardManifestEntry, b: ShardManifestEntry) =>
    (a.from < b.from ? -1 : a.from > b.from ? 1 : 0) || (a.to < b.to ? -1 : a.to > b.to ? 1 : 0) || (a.shard < b.shard ? -1 : a.shard > b.shard ? 1 : 0) || a.part - b.part;
  shards.sort(order);
  const donor = shards.find((s) => s.articles > 0) ?? shards[0];
  if (donor) {
    const from = join(root, ...donor.path.split('/'));
    for (const f of await readdir(from)) {
      if (RUNTIME.test(f)) await copyFile(join(from, f), join(root, f));
    }
  }
  const merged = join(root, MERGED);
  const withPages = shards.filter((s) => s.articles > 0);
  let index: { path: string; pages: number; order: 'date'; recent?: RecentFilter; charWords?: boolean; digest: string } | undefined;
  if (withPages.length) {
    const digests = new Map(present.map((p) => [p.path, p.digest]));
    const budget = chunkBudget(withPages.reduce((n, s) => n + s.articles, 0));
    const digest = createHash('sha256')
      .update(`${indexCodeVersion()}\n${budget}\n`)
      .update(withPages.map((s) => `${s.path}\0${digests.get(s.path)}`).join('\n'))
      .digest('hex')
      .slice(0, 32);
    const statePath = join(merged, 'jiuwen-index.json');
    const old = existsSync(statePath) ? (JSON.parse(await readFile(statePath, 'utf8')) as typeof index) : undefined;
    if (old?.digest === digest) index = old;
    else {
      const { mergeIndexes } = await import('../../src/lib/search/merge-index.ts');
      const report = mergeIndexes(
        withPages.map((s) => join(root, ...s.path.split('/'))),
        merged,
        budget,
      );
      // The primary index loads Pagefind's WebAssembly and web worker from its own folder.
      for (const f of await readdir(root)) if (/^(wasm\..+\.pagefind|pagefind-worker\.js)$/.test(f)) await copyFile(join(root, f), join(merged, f));
      index = { path: MERGED, pages: report.pages, order: 'date', ...(report.recent ? { recent: report.recent } : {}), charWords: true, digest };
      await writeFile(statePath, `${JSON.stringify(index)}\n`);
    }
  } else await rm(merged, { recursive: true, force: true });
  await writeFile(join(root, 'shards.json'), `${JSON.stringify({ version: 3, shards, ...(index ? { index: { path: index.path, pages: index.pages, order: index.order, ...(index.recent ? { recent: index.recent } : {}), ...(index.charWords ? { charWords: true } : {}) } } : {}) }, null, 2)}\n`);
  return shards;
}

/**
 * Child processes that index parts one after another: each part's Pagefind
 * service is closed when the part is written (its memory goes with it), while
 * the child's Node and modules stay loaded for the next part (starting a
 * process per part cost about 0.6 s each).
 */
class PartWorkers {
  private idle: ChildProcess[] = [];
  private all: ChildProcess[] = [];
  constructor(private readonly site: string) {}

  private start(): ChildProcess {
    const child = fork(fileURLToPath(import.meta.url), ['--site', this.site, '--part-worker'], { execArgv: process.execArgv, stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
    Object.defineProperty(child, 'jiuwenStderr', { get: () => stderr });
    this.all.push(child);
    return child;
  }

  run(jobFile: string, label: string): Promise<void> {
    const child = this.idle.pop() ?? this.start();
    return new Promise((done, fail) => {
      const onMessage = (m: { ok: boolean; error?: string }) => {
        child.off('exit', onExit);
        this.idle.push(child);
        if (m.ok) done();
        else fail(new Error(`${label}: ${m.error}`));
      };
      const onExit = (code: number | null, signal: string | null) => {
        child.off('message', onMessage);
        const stderr = (child as unknown as { jiuwenStderr: string }).jiuwenStderr.trim();
        fail(new Error(`${label}: ${stderr || `the indexing process ended (${code ?? signal})`}`));
      };
      child.once('message', onMessage);
      child.once('exit', onExit);
      child.send({ jobFile });
    });
  }

  close(): void {
    for (const child of this.all) if (child.connected) child.disconnect();
  }
}

/** A part worker's side: index each part it is sent, answer when done. */
function servePartJobs(site: string): void {
  process.on('message', (m: { jobFile: string }) => {
    readFile(m.jobFile, 'utf8')
      .then((text) => indexPart(site, JSON.parse(text) as PartJob))
      .then(
        () => process.send!({ ok: true }),
        (e: Error) => process.send!({ ok: false, error: e.message }),
      );
  });
}

export interface IndexReport {
  /** Parts indexed, and parts kept as they were (unchanged input), as `shard/k`. */
  indexed: string[];
  kept: string[];
  /** Part or shard folders removed. */
  removed: string[];
}

/**
 * Plans the parts of the shards asked for (all found, or `only`), indexes those
 * whose input changed (in child processes, `jobs` at a time), removes the
 * folders no longer made, and rewrites the manifest.
 */
/** A limit on how many parts index at once, which can be raised while they run. */
export class Slots {
  private used = 0;
  private waiting: (() => void)[] = [];
  constructor(private size: number) {}
  async take(): Promise<void> {
    while (this.used >= this.size) await new Promise<void>((wake) => this.waiting.push(wake));
    this.used += 1;
  }
  give(): void {
    this.used -= 1;
    this.waiting.shift()?.();
  }
  resize(size: number): void {
    this.size = Math.max(1, size);
    for (let free = this.size - this.used; free > 0 && this.waiting.length; free--) this.waiting.shift()!();
  }
}

export async function indexSite(opts: { site: string; content: string; only?: Set<string>; jobs: number | Slots; partSize: number }): Promise<IndexReport> {
  const { site, content, only, jobs, partSize } = opts;
  const root = join(site, 'pagefind');
  const report: IndexReport = { indexed: [], kept: [], removed: [] };
  const byShard = articleFilesByShard(content, only);
  const wanted = only ? [...only].sort() : [...byShard.keys()].sort();
  await mkdir(root, { recursive: true });
  const remove = async (rel: string) => {
    report.removed.push(rel);
    await rm(join(root, ...rel.split('/')), { recursive: true, force: true });
  };
  if (!only) {
    // A full index: folders of shards that no longer exist go.
    const keep = new Set([...wanted.map(shardSlug), MERGED]);
    for (const d of await readdir(root, { withFileTypes: true })) if (d.isDirectory() && !keep.has(d.name)) await remove(d.name);
  }
  const present = new Map((await partsPresent(root)).map((p) => [p.path, p]));
  const code = indexCodeVersion();
  const queue: PartJob[] = [];
  for (const shard of wanted) {
    const slug = shardSlug(shard);
    const files = byShard.get(shard);
    if (!files?.length) {
      if (existsSync(join(root, slug))) await remove(slug);
      continue;
    }
    const parts = planParts(await readArticles(content, files), partSize);
    const made = new Set<string>();
    parts.forEach((items, k) => {
      const job: PartJob = { shard, part: k + 1, files: items.map((i) => i.file), digest: partDigest(items, code) };
      const path = `${slug}/${job.part}`;
      made.add(String(job.part));
      const old = present.get(path);
      if (old && old.digest === job.digest && old.shard === shard && old.part === job.part) report.kept.push(path);
      else queue.push(job);
    });
    // Everything else in the shard's folder (parts no longer made, unfinished ones, files of another layout) goes.
    for (const e of await readdir(join(root, slug), { withFileTypes: true }).catch(() => [])) {
      if (!(e.isDirectory() && made.has(e.name))) await remove(`${slug}/${e.name}`);
    }
  }
  const tmp = queue.length ? await mkdtemp(join(tmpdir(), 'jiuwen-index-')) : '';
  const workers = new PartWorkers(site);
  try {
    const failures: string[] = [];
    // Parts start in date order, as many at a time as the slots allow (raised by --then-jobs).
    const slots = typeof jobs === 'number' ? new Slots(jobs) : jobs;
    const running: Promise<void>[] = [];
    for (const [n, job] of queue.entries()) {
      await slots.take();
      const path = `${shardSlug(job.shard)}/${job.part}`;
      const jobFile = join(tmp, `${n}.json`);
      await writeFile(jobFile, JSON.stringify(job));
      running.push(
        workers
          .run(jobFile, path)
          .then(
            () => void report.indexed.push(path),
            (e: Error) => void failures.push(e.message),
          )
          .finally(() => slots.give()),
      );
    }
    await Promise.all(running);
    if (failures.length) throw new Error(failures.join('\n'));
  } finally {
    workers.close();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  }
  for (const list of Object.values(report) as string[][]) list.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return report;
}

async function main(): Promise<number> {
  const { values } = strictArgs(
    {
      args: process.argv.slice(2),
      options: {
        site: { type: 'string' },
        content: { type: 'string' },
        shards: { type: 'string' },
        jobs: { type: 'string' },
        'then-jobs': { type: 'string' },
        'part-size': { type: 'string' },
        'manifest-only': { type: 'boolean' },
        'part-worker': { type: 'boolean' },
      },
    },
    'Usage: npm run search:index -- [--site dist] [--content content] [--shards 2018,2019] [--jobs N] [--part-size N] [--manifest-only]',
  );
  const opt = (name: 'site' | 'content' | 'shards' | 'jobs' | 'then-jobs' | 'part-size') => values[name];
  const site = resolve(opt('site') ?? 'dist');
  const content = resolve(opt('content') ?? process.env.JIUWEN_CONTENT ?? 'content');
  if (values['part-worker']) {
    servePartJobs(site);
    return 0;
  }
  const started = Date.now();
  let note = '';
  if (!values['manifest-only']) {
    const only = opt('shards') ? new Set(opt('shards')!.split(',').filter(Boolean)) : undefined;
    const slots = new Slots(Math.max(1, Number(opt('jobs') ?? availableParallelism())));
    // --then-jobs N: N parts at a time once a line arrives on stdin or stdin ends (scripts/build/site.ts
    // starts with one part beside Astro and asks for more when Astro is done).
    const then = opt('then-jobs');
    if (then) {
      process.stdin.on('data', () => slots.resize(Number(then)));
      process.stdin.on('end', () => slots.resize(Number(then)));
    }
    const r = await indexSite({ site, content, only, jobs: slots, partSize: partSizeFrom(opt('part-size')) }).finally(() => {
      if (then) process.stdin.destroy();
    });
    note = ` (indexed ${r.indexed.length} part(s)${r.indexed.length ? `: ${r.indexed.join(', ')}` : ''}; kept ${r.kept.length} unchanged; removed ${r.removed.length})`;
  }
  const shards = await writeManifest(site);
  const size = await directorySize(join(site, 'pagefind'));
  const articles = shards.reduce((n, s) => n + s.articles, 0);
  console.log(
    `pagefind: ${articles} articles in ${new Set(shards.map((s) => s.shard)).size} shard(s), ${shards.length} part(s) under ${join(site, 'pagefind')}: ` +
      `${size.files} files, ${(size.bytes / 1024).toFixed(0)} KiB, in ${((Date.now() - started) / 1000).toFixed(1)} s${note}`,
  );
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    (code) => (process.exitCode = code),
    (error: Error) => {
      console.error(`pagefind: ${error.message}`);
      process.exitCode = 1;
    },
  );
}
