/**
 * Builds the site's search index, one Pagefind index per shard (a year of
 * the archive, src/lib/shards.ts), so that indexing memory follows the size of a
 * shard, not of the archive, and shards index in parallel. The browser
 * searches all shards as one (src/lib/search/sharded.ts).
 *
 * Records are made from the content collection (src/lib/search/records.ts:
 * the text the article page shows, prepared for the per-character Chinese
 * index), not from built pages, so indexing can run while Astro builds.
 * Layout written under <site>/pagefind/:
 *   <shard-slug>/          one Pagefind bundle per shard (+ jiuwen-shard.json: name, articles, dates)
 *   shards.json            the list the search page reads (rewritten from the shard folders present)
 *   pagefind.js, …         the Pagefind runtime, copied from a shard bundle
 *
 *   tsx scripts/pagefind-index.ts [--site dist] [--content content] [--shards 2018,2019] [--jobs N] [--manifest-only]
 *
 * --shards re-indexes only those shards and keeps the others (a partial
 * build); --manifest-only only rewrites shards.json and the runtime (after
 * shard folders from several machines were copied into one site).
 */
import { execFile } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { shardOf, shardSlug } from '../src/lib/shards.ts';
import { directorySize } from './directory-size.ts';

export interface ShardManifestEntry {
  /** The year (or `undated`) */
  name: string;
  /** Folder under pagefind/ */
  path: string;
  articles: number;
  /** Earliest and latest date sort keys (YYYY-MM-DD, unknown parts 00). */
  from: string;
  to: string;
}

const SHARD_META = 'jiuwen-shard.json';
/** Runtime files the search page and the article highlighter load from pagefind/. */
const RUNTIME = /^(pagefind\.js|pagefind-worker\.js|pagefind-highlight\.js|wasm\..+\.pagefind)$/;

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

/** Indexes one shard's articles into <site>/pagefind/<slug>/ (runs in its own process). */
async function indexShard(site: string, content: string, shard: string): Promise<void> {
  const pagefind = await import('pagefind');
  const { articleSearchRecord } = await import('../src/lib/search/records.ts');
  const { splitArticleFile } = await import('../src/content/articles-loader.ts');
  const { articleSchema } = await import('../src/content/schema.ts');
  const files = articleFilesByShard(content, new Set([shard])).get(shard) ?? [];
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: could not create an index: ${errors.join('; ')}`);
  let from = '9999-99-99';
  let to = '0000-00-00';
  const adding: Promise<{ errors: string[] }>[] = [];
  for (const file of files) {
    const { data, body } = splitArticleFile(await readFile(file, 'utf8'), file);
    const parsed = articleSchema.safeParse(data);
    if (!parsed.success) throw new Error(`${file}: front matter: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    const record = articleSearchRecord(parsed.data, body);
    if (record.sort.date! < from) from = record.sort.date!;
    if (record.sort.date! > to) to = record.sort.date!;
    adding.push(index.addCustomRecord(record));
  }
  for (const added of await Promise.all(adding)) if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
  const outputPath = join(site, 'pagefind', shardSlug(shard));
  await rm(outputPath, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`pagefind: writing ${shard} failed: ${written.errors.join('; ')}`);
  await pagefind.close();
  const articles = files.length;
  const meta: ShardManifestEntry = { name: shard, path: shardSlug(shard), articles, from: articles ? from : '', to: articles ? to : '' };
  await writeFile(join(outputPath, SHARD_META), `${JSON.stringify(meta)}\n`);
}

/** Rewrites pagefind/shards.json from the shard folders present, and the runtime files beside it. */
export async function writeManifest(site: string): Promise<ShardManifestEntry[]> {
  const root = join(site, 'pagefind');
  await mkdir(root, { recursive: true });
  const shards: ShardManifestEntry[] = [];
  for (const d of await readdir(root, { withFileTypes: true })) {
    const meta = join(root, d.name, SHARD_META);
    if (d.isDirectory() && existsSync(meta)) shards.push(JSON.parse(await readFile(meta, 'utf8')) as ShardManifestEntry);
  }
  // Oldest first; the search page orders by date itself.
  shards.sort((a, b) => a.from.localeCompare(b.from) || a.name.localeCompare(b.name));
  await writeFile(join(root, 'shards.json'), `${JSON.stringify({ version: 1, shards }, null, 2)}\n`);
  const donor = shards.find((s) => s.articles > 0) ?? shards[0];
  if (donor) {
    for (const f of await readdir(join(root, donor.path))) {
      if (RUNTIME.test(f)) await copyFile(join(root, donor.path, f), join(root, f));
    }
  }
  return shards;
}

function runChild(site: string, content: string, shard: string): Promise<void> {
  const script = fileURLToPath(import.meta.url);
  return new Promise((done, fail) => {
    execFile(process.execPath, [...process.execArgv, script, '--site', site, '--content', content, '--one', shard], { maxBuffer: 64 << 20 }, (error, _out, err) => {
      if (error) fail(new Error(`${shard}: ${err.trim() || error.message}`));
      else done();
    });
  });
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const opt = (name: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const site = resolve(opt('site') ?? 'dist');
  const content = resolve(opt('content') ?? process.env.JIUWEN_CONTENT ?? 'content');
  const one = opt('one');
  if (one) {
    await indexShard(site, content, one);
    return 0;
  }
  const started = Date.now();
  if (!args.includes('--manifest-only')) {
    const only = opt('shards') ? new Set(opt('shards')!.split(',').filter(Boolean)) : undefined;
    const found = [...articleFilesByShard(content, only).keys()].sort();
    const wanted = only ? [...only].sort() : found;
    if (!only) {
      // A full index: shard folders of shards that no longer exist go.
      const keep = new Set(wanted.map(shardSlug));
      for (const d of existsSync(join(site, 'pagefind')) ? await readdir(join(site, 'pagefind'), { withFileTypes: true }) : []) {
        if (d.isDirectory() && !keep.has(d.name)) await rm(join(site, 'pagefind', d.name), { recursive: true, force: true });
      }
    }
    const jobs = Math.max(1, Number(opt('jobs') ?? availableParallelism()));
    const queue = [...wanted];
    const failures: string[] = [];
    await Promise.all(
      Array.from({ length: Math.min(jobs, queue.length) }, async () => {
        for (let s = queue.shift(); s !== undefined; s = queue.shift()) {
          if (!found.includes(s)) {
            await rm(join(site, 'pagefind', shardSlug(s)), { recursive: true, force: true });
            continue;
          }
          await runChild(site, content, s).catch((e: Error) => failures.push(e.message));
        }
      }),
    );
    if (failures.length) {
      for (const f of failures) console.error(`pagefind: ${f}`);
      return 1;
    }
  }
  const shards = await writeManifest(site);
  const size = await directorySize(join(site, 'pagefind'));
  const articles = shards.reduce((n, s) => n + s.articles, 0);
  console.log(
    `pagefind: ${articles} articles in ${shards.length} shard(s) under ${join(site, 'pagefind')}: ` +
      `${size.files} files, ${(size.bytes / 1024).toFixed(0)} KiB, in ${((Date.now() - started) / 1000).toFixed(1)} s`,
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
