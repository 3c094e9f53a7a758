/**
 * Builds the site's search index, one Pagefind index per shard (a year of
 * the archive, src/lib/shards.ts), so that indexing memory follows the size of a
 * shard, not of the archive, and shards index in parallel. The browser
 * searches all shards as one (src/lib/search/sharded.ts).
 *
 * Every built article page (`data-pagefind-body`) is prepared for the
 * per-character Chinese index (src/lib/search/prepare-html.ts) and given to
 * Pagefind's Node API. Layout written under <site>/pagefind/:
 *   <shard-slug>/          one Pagefind bundle per shard (+ jiuwen-shard.json: name, articles, dates)
 *   shards.json            the list the search page reads (rewritten from the shard folders present)
 *   pagefind.js, …         the Pagefind runtime, copied from a shard bundle
 *
 *   tsx scripts/pagefind-index.ts [--site dist] [--shards 2018,2019] [--jobs N] [--manifest-only]
 *
 * --shards re-indexes only those shards and keeps the others (a partial
 * build); --manifest-only only rewrites shards.json and the runtime (after
 * shard folders from several machines were copied into one site).
 */
import { execFile } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
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

/** Article pages under <site>/<publication>/<date>/<page>/<article>/index.html, grouped by shard. */
export async function articlePagesByShard(site: string, only?: Set<string>): Promise<Map<string, string[]>> {
  const byShard = new Map<string, string[]>();
  for (const pub of await readdir(site, { withFileTypes: true })) {
    if (!pub.isDirectory() || pub.name === 'pagefind' || pub.name.startsWith('_')) continue;
    for (const date of await readdir(join(site, pub.name), { withFileTypes: true })) {
      if (!date.isDirectory()) continue;
      const shard = shardOf(`${pub.name}/${date.name}`);
      if (only && !only.has(shard)) continue;
      const dateDir = join(site, pub.name, date.name);
      for (const page of await readdir(dateDir, { withFileTypes: true })) {
        if (!page.isDirectory()) continue;
        for (const art of await readdir(join(dateDir, page.name), { withFileTypes: true })) {
          const file = join(dateDir, page.name, art.name, 'index.html');
          if (art.isDirectory() && existsSync(file)) {
            if (!byShard.has(shard)) byShard.set(shard, []);
            byShard.get(shard)!.push(file);
          }
        }
      }
    }
  }
  for (const files of byShard.values()) files.sort();
  return byShard;
}

/** Indexes one shard's pages into <site>/pagefind/<slug>/ (runs in its own process). */
async function indexShard(site: string, shard: string): Promise<void> {
  const pagefind = await import('pagefind');
  const { prepareHtmlForIndex } = await import('../src/lib/search/prepare-html.ts');
  const files = (await articlePagesByShard(site, new Set([shard]))).get(shard) ?? [];
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: could not create an index: ${errors.join('; ')}`);
  let from = '9999-99-99';
  let to = '0000-00-00';
  let articles = 0;
  for (const file of files) {
    const html = await readFile(file, 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const sort = /data-pagefind-sort="date:([\d-]+)"/.exec(html)?.[1];
    if (sort) {
      if (sort < from) from = sort;
      if (sort > to) to = sort;
    }
    const sourcePath = relative(site, file).split(sep).join('/');
    const added = await index.addHTMLFile({ sourcePath, content: prepareHtmlForIndex(html) });
    if (added.errors.length) throw new Error(`pagefind: ${sourcePath}: ${added.errors.join('; ')}`);
    articles += 1;
  }
  const outputPath = join(site, 'pagefind', shardSlug(shard));
  await rm(outputPath, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`pagefind: writing ${shard} failed: ${written.errors.join('; ')}`);
  await pagefind.close();
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

function runChild(site: string, shard: string): Promise<void> {
  const script = fileURLToPath(import.meta.url);
  return new Promise((done, fail) => {
    execFile(process.execPath, [...process.execArgv, script, '--site', site, '--one', shard], { maxBuffer: 64 << 20 }, (error, _out, err) => {
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
  const one = opt('one');
  if (one) {
    await indexShard(site, one);
    return 0;
  }
  const started = Date.now();
  if (!args.includes('--manifest-only')) {
    const only = opt('shards') ? new Set(opt('shards')!.split(',').filter(Boolean)) : undefined;
    const found = [...(await articlePagesByShard(site, only)).keys()].sort();
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
          await runChild(site, s).catch((e: Error) => failures.push(e.message));
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
    `pagefind: ${articles} article pages in ${shards.length} shard(s) under ${join(site, 'pagefind')}: ` +
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
