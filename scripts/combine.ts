/**
 * `npm run combine` — joins sites built shard by shard (on separate machines
 * or CI jobs) into one site with one search.
 *
 *   npm run combine -- --out dist part-a/ part-b/ …
 *
 * Each part is the output of `npm run build -- --shards …` (scripts/build/site.ts)
 * made from the same content folder and the same code: it holds the pages of
 * its shards, its shards' search indexes under pagefind/<shard>/ (one bundle
 * per part: pagefind/<shard>/<k>/), and the pages
 * about the whole archive (identical in every part). The parts are copied into
 * --out; then pagefind/shards.json is rewritten to list every shard, so the
 * search page searches them all. Parts that overlap in shards, or were built
 * from different code or settings, are refused; whole-archive pages that
 * differ between parts (e.g. built on different days) are reported, and the
 * last part's copy is kept.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildState } from './build/site.ts';
import { writeManifest } from './build/search-index.ts';
import { strictArgs } from './lib/cli-args.ts';
import { shardOf } from '../src/lib/shards.ts';

export interface CombineResult {
  parts: number;
  shards: string[];
  files: number;
  /** Files outside pagefind/ that two parts both had, with different content. */
  differing: string[];
}

function files(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) out.push(relative(dir, join(e.parentPath, e.name)).split(sep).join('/'));
  }
  return out.sort();
}

export async function combine(out: string, parts: string[]): Promise<CombineResult> {
  if (parts.length === 0) throw new Error('combine: name the built parts to join');
  const states = parts.map((p) => {
    const f = join(p, '.jiuwen-build.json');
    if (!existsSync(f)) throw new Error(`combine: ${p} is not a site built by npm run build (no .jiuwen-build.json)`);
    return JSON.parse(readFileSync(f, 'utf8')) as BuildState;
  });
  const sites = new Set(states.map((s) => s.site));
  if (sites.size > 1) throw new Error('combine: the parts were built from different code or settings (JIUWEN_SITE, JIUWEN_BASE…); rebuild them from the same commit');
  const owner = new Map<string, string>();
  states.forEach((s, i) => {
    const shards = s.shards ?? [...new Set(Object.keys(s.issues).map(shardOf))];
    for (const shard of shards) {
      if (owner.has(shard)) throw new Error(`combine: shard ${shard} is in both ${owner.get(shard)} and ${parts[i]}`);
      owner.set(shard, parts[i]!);
    }
  });
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const seen = new Map<string, string>();
  const differing: string[] = [];
  for (const part of parts) {
    for (const f of files(part)) {
      if (f === '.jiuwen-build.json' || (f.startsWith('pagefind/') && !f.slice('pagefind/'.length).includes('/'))) continue; // runtime and manifest are rewritten
      const from = join(part, f);
      const prev = seen.get(f);
      if (prev !== undefined && !f.startsWith('pagefind/')) {
        const a = readFileSync(join(prev, f));
        const b = readFileSync(from);
        if (!a.equals(b)) differing.push(f);
      }
      seen.set(f, part);
    }
    cpSync(part, out, { recursive: true, filter: (src) => !src.endsWith(`${sep}.jiuwen-build.json`) });
  }
  const shards = await writeManifest(out);
  return { parts: parts.length, shards: [...new Set(shards.map((s) => s.shard))].sort(), files: files(out).length, differing };
}

async function main(): Promise<number> {
  const { values, positionals } = strictArgs({ args: process.argv.slice(2), options: { out: { type: 'string' } }, allowPositionals: true }, 'Usage: npm run combine -- --out dist PART_DIR PART_DIR …');
  const out = resolve(values.out ?? 'dist');
  const parts = positionals.map((p) => resolve(p));
  for (const p of parts) if (!existsSync(p) || !statSync(p).isDirectory()) throw new Error(`combine: no such folder: ${p}`);
  const r = await combine(out, parts);
  console.log(`combine: ${r.parts} parts, shards ${r.shards.join(', ')}, ${r.files} files → ${relative(process.cwd(), out) || '.'}`);
  if (r.differing.length) {
    console.warn(`combine: ${r.differing.length} whole-archive file(s) differ between parts (kept the last part's): ${r.differing.slice(0, 5).join(', ')}${r.differing.length > 5 ? ', …' : ''}`);
  }
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    (code) => (process.exitCode = code),
    (error: Error) => {
      console.error(error.message);
      process.exitCode = 1;
    },
  );
}
