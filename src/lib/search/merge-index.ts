/**
 * Joins Pagefind indexes (the parts of every year, scripts/build/search-index.ts)
 * into one Pagefind index, file format for file format, at build time:
 *
 * - one index for the whole archive: a first search loads one entry and one
 *   metadata file, and one index chunk per word, however many parts there are
 *   (Pagefind's `mergeIndex` in the browser costs every part's files on every
 *   query);
 * - smaller index chunks than Pagefind writes (`budget` positions a chunk, where
 *   Pagefind uses 20,000): a query loads the chunk of each of its words, so a rare
 *   word costs a few KB, not ~30 KB;
 * - a small page list: the metadata file lists every page, and is loaded before
 *   the first search; pages are named by their number (sharded.ts `pageName`:
 *   base 36, least significant digit first) and all have the same word count
 *   (`PAGE_WORDS`), which is what makes the list compress;
 * - fragments holding the text, not the index words (`plainFragments`, run on
 *   each part when it is indexed). Fragments are hard-linked, not copied.
 *
 * Memory stays bounded: the parts' words come in sorted order chunk by chunk and
 * are merged as they come (k-way), one chunk of each part in memory. Pagefind's files are gzip of
 * `pagefind_dcd` + CBOR (see cbor.ts): metadata `[version, pages [[name,
 * word_count, group?]], chunks [[from, to, name]], filters [[name, file]], sorts
 * [[name, page order]], meta keys]`; an index chunk `[[word, pages [[page delta,
 * positions, …]], …]]`; a filter `[name, [[value, pages]]]`.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { CborWriter, decodeCbor, type Cbor } from './cbor';
import { charWord, CHAR_MARK, isHan, plainContent } from './han';
import { pageName } from './sharded';

const SIGNATURE = Buffer.from('pagefind_dcd');

export function readPagefindFile(path: string): Uint8Array {
  const raw = gunzipSync(readFileSync(path));
  if (!raw.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new Error(`${path}: not a Pagefind file`);
  return raw.subarray(SIGNATURE.length);
}

/** Writes CBOR as a Pagefind file named by its content's hash; returns the name (`und_xxxxxxx`). */
function writePagefindFile(dir: string, ext: string, cbor: Uint8Array, lang: string, hashLength = 7, prefix = ''): string {
  const hash = `${lang}_${createHash('sha256').update(cbor).digest('hex').slice(0, hashLength)}`;
  writeFileSync(join(dir, `${prefix}${hash}.${ext}`), gzipSync(Buffer.concat([SIGNATURE, cbor]), { level: 9 }));
  return hash;
}

/** Code point order, as Rust orders strings (byte order of UTF-8). */
function compareWords(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x - y;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}

/** Pagefind's chunk bounds: the shortest prefixes that still tell two neighbouring chunks apart. */
function prefixes(a: string, b: string): [string, string] {
  const ac = [...a];
  const bc = [...b];
  let common = 0;
  while (common < ac.length && common < bc.length && ac[common] === bc[common]) common++;
  return [ac.slice(0, common + 1).join(''), bc.slice(0, common + 1).join('')];
}

/**
 * A chunk's upper bound: the shortest string at least `last` (the chunk's last word) and below
 * `next` (the next chunk's lower bound). Pagefind loads for a query word the chunk whose bounds hold
 * it (`from <= word <= to`), and only when no chunk does, every chunk whose bounds, cut to the
 * word's length, hold it. A bound cut from the last word (国际 → 国) left the chunk's later words
 * outside it: a query for one of them loaded a neighbouring chunk too (a character word, always
 * last of its character's words, loaded two chunks). This bound holds every word of the chunk.
 */
function upperBound(last: string, next: string): string {
  const cs = [...last];
  for (let i = 0; i < cs.length; i++) {
    const cp = cs[i]!.codePointAt(0)! + 1;
    if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) continue;
    const candidate = cs.slice(0, i).join('') + String.fromCodePoint(cp);
    if (compareWords(candidate, next) < 0) return candidate;
  }
  return last;
}

/**
 * A page's first position of a word, with the weight it has there (Pagefind's
 * positions: a negative number −(weight + 1) sets the weight of the positions
 * after it). Undefined when the list holds no position.
 */
function firstPosition(positions: number[]): [number, number] | undefined {
  let weight = -25;
  let best: [number, number] | undefined;
  for (const p of positions) {
    if (p < 0) weight = p;
    else if (!best || p < best[1]) best = [weight, p];
  }
  return best;
}

/**
 * The word count the merged index gives every page. Pagefind uses it only for
 * length normalisation (BM25) in the score of an unquoted search (a phrase
 * search scores every page 1); the search page orders exact matches itself
 * (rank.ts) and reads candidates by where and how often the words occur
 * (engine.ts readingOrder). One value for all: the page list, loaded before the
 * first search, then compresses to about half.
 */
export const PAGE_WORDS = 1;

interface PartIndex {
  dir: string;
  lang: string;
  meta: Cbor[];
  offset: number;
  /** Page number in the part → page number in the merged index. */
  renumber?: number[];
}

type WordEntry = [string, Cbor[][], Cbor[]];

/** A part's words in order, one chunk file in memory at a time. */
function* partWords(part: PartIndex): Generator<WordEntry> {
  for (const chunk of part.meta[2] as Cbor[][]) {
    const words = (decodeCbor(readPagefindFile(join(part.dir, 'index', `${chunk[2] as string}.pf_index`))).value as Cbor[][])[0] as Cbor[][];
    for (const w of words) yield w as unknown as WordEntry;
  }
}

export interface MergeReport {
  pages: number;
  words: number;
  /** Of `words`, the character words (han.ts `charWord`), one per Han character starting a word. */
  charWords: number;
  chunks: number;
  metaBytes: number;
  /** The filter holding the newest pages, when the index has one (see `RecentPages`). */
  recent?: RecentFilter;
}

/** A filter of the merged index whose one value holds its newest `pages` pages. */
export interface RecentFilter {
  filter: string;
  value: string;
  pages: number;
}

/**
 * The newest pages as a filter of their own, written when the index has at
 * least `from` pages: the search page's first phrase search for a very common
 * term runs on the newest `pages` pages only (engine.ts `startSearch`), because
 * Pagefind's time for a search grows with the number of result pages times the
 * number of postings of the query's words (23,686 pages for 习近平 at 100,000
 * articles: 1.2 s of WebAssembly).
 */
export interface RecentPages {
  /** At most this many pages… */
  pages: number;
  /** …and at most this share of the archive's pages (default: no limit). */
  share?: number;
  from: number;
}
export const RECENT_PAGES: RecentPages = { pages: 10_000, share: 0.25, from: 8_000 };
/** The name and value of that filter (not one of the search page's filters: it never shows). */
const RECENT_FILTER = { filter: 'jiuwen-recent', value: 'newest' };

/**
 * Merges the Pagefind bundles in `dirs` (in date order: page order and the date
 * sort follow it) into `out` (emptied first). `budget`: positions per index chunk.
 */
export function mergeIndexes(dirs: string[], out: string, budget = 4000, recentPages: RecentPages = RECENT_PAGES): MergeReport {
  rmSync(out, { recursive: true, force: true });
  for (const d of ['index', 'filter', 'fragment']) mkdirSync(join(out, d), { recursive: true });
  const parts: PartIndex[] = [];
  let offset = 0;
  let entry: { version: string; languages: Record<string, { hash: string; wasm: string | null; page_count: number }>; include_characters?: string[] } | undefined;
  for (const dir of dirs) {
    const e = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as NonNullable<typeof entry>;
    const langs = Object.keys(e.languages);
    if (langs.length !== 1) throw new Error(`${dir}: expected one language, found ${langs.join(', ')}`);
    const lang = langs[0]!;
    entry ??= e;
    if (Object.keys(entry.languages)[0] !== lang) throw new Error(`${dir}: language ${lang} differs from the first part's`);
    const meta = decodeCbor(readPagefindFile(join(dir, `pagefind.${e.languages[lang]!.hash}.pf_meta`))).value as Cbor[];
    parts.push({ dir, lang, meta, offset });
    offset += (meta[1] as Cbor[]).length;
  }
  if (!entry || !parts.length) throw new Error('no index to merge');
  const lang = parts[0]!.lang;

  // Pages in date order (the parts are in date order; within a part, Pagefind's own date sort
  // order), named by their number in base 36: the search sorts by date by that number
  // (sharded.ts), so the index needs no sort list. Fragments are hard-linked under the new names.
  const pages: Cbor[] = [];
  for (const part of parts) {
    const list = part.meta[1] as [string, number, string][];
    const sorts = part.meta[4] as [string, number[]][];
    const order = sorts.find(([name]) => name === 'date')?.[1] ?? list.map((_, i) => i);
    if (order.length !== list.length) throw new Error(`${part.dir}: the date sort does not list every page`);
    part.renumber = new Array<number>(list.length);
    order.forEach((old, rank) => (part.renumber![old] = part.offset + rank));
    for (const old of order) {
      const [hash, , group] = list[old]!;
      if (group) throw new Error(`${part.dir}: fragment groups are not supported`);
      const name = pageName(part.renumber[old]!);
      const from = join(part.dir, 'fragment', `${hash}.pf_fragment`);
      const to = join(out, 'fragment', `${name}.pf_fragment`);
      try {
        linkSync(from, to);
      } catch {
        copyFileSync(from, to);
      }
      // Without the (empty) fragment group: Pagefind reads a page entry of two items as one without.
      pages.push([name, PAGE_WORDS]);
    }
  }

  // Words: k-way merge of the parts' sorted words, written in chunks of about `budget` positions.
  // Chunks are named by a tag of the merge's input and their number: short (the metadata lists
  // every chunk), and new whenever the input changes (no stale chunk from a browser's cache).
  const tag = createHash('sha256')
    .update(`${budget}\n`)
    .update(parts.map((p) => readFileSync(join(p.dir, 'pagefind-entry.json'))).join('\n'))
    .digest('hex')
    .slice(0, 4);
  const streams = parts.map((p) => ({ part: p, it: partWords(p), head: undefined as WordEntry | undefined }));
  for (const s of streams) s.head = s.it.next().value ?? undefined;
  const chunks: [string, string, string][] = [];
  let words = 0;
  let current = new CborWriter();
  let count = 0;
  let size = 0;
  let first = '';
  let last = '';
  const flush = () => {
    if (!count) return;
    const w = new CborWriter();
    w.head(4, 1);
    w.head(4, count);
    w.raw(current.bytes());
    const name = `${tag}${pageName(chunks.length)}`;
    writeFileSync(join(out, 'index', `${name}.pf_index`), gzipSync(Buffer.concat([SIGNATURE, w.bytes()]), { level: 9 }));
    chunks.push([first, last, name]);
    current = new CborWriter();
    count = 0;
    size = 0;
  };
  const write = (word: string, entries: Cbor[][], extra: Cbor[]) => {
    if (!count) first = word;
    last = word;
    current.write([word, entries, extra]);
    count++;
    words++;
    if (size >= budget) flush();
  };
  // The character word (han.ts `charWord`) of the Han character the words in hand start with:
  // every page holding one of them, at the first position of any of them. The words starting
  // with a character come one after the other, and the character word sorts right after them.
  let lead: string | undefined;
  let charWordCount = 0;
  let firstAt = new Map<number, [number, number]>();
  const endLead = () => {
    if (lead === undefined) return;
    let prev = 0;
    const entries = [...firstAt].sort((a, b) => a[0] - b[0]).map(([n, [weight, position]]) => {
      const e = [n - prev, [weight, position], []];
      prev = n;
      return e;
    });
    size += entries.length * 2;
    charWordCount++;
    write(charWord(lead), entries, []);
    lead = undefined;
    firstAt = new Map();
  };
  for (;;) {
    let min: string | undefined;
    for (const s of streams) if (s.head && (min === undefined || compareWords(s.head[0], min) < 0)) min = s.head[0];
    const leading = min === undefined ? undefined : String.fromCodePoint(min.codePointAt(0)!);
    if (lead !== undefined && leading !== lead) endLead();
    if (min === undefined) break;
    if (leading !== undefined && isHan(leading)) {
      if (min.length > leading.length && min.codePointAt(leading.length)! >= CHAR_MARK.codePointAt(0)!) throw new Error(`index word ${JSON.stringify(min)} sorts after its character word`);
      lead = leading;
    }
    // The word's pages from every part holding it, renumbered, in page order, as deltas again.
    const merged: [number, Cbor[]][] = [];
    const extra: Cbor[] = [];
    for (const s of streams) {
      if (!s.head || s.head[0] !== min) continue;
      let abs = 0;
      for (const page of s.head[1]) {
        abs += page[0] as number;
        merged.push([s.part.renumber![abs]!, page.slice(1)]);
        size += (page[1] as Cbor[]).length + 1;
      }
      extra.push(...s.head[2]);
      s.head = s.it.next().value ?? undefined;
    }
    merged.sort((a, b) => a[0] - b[0]);
    let prev = 0;
    const entries = merged.map(([n, rest]) => {
      const e = [n - prev, ...rest];
      prev = n;
      return e;
    });
    if (lead !== undefined) {
      for (const [n, rest] of merged) {
        const at = firstPosition(rest[0] as number[]);
        const had = firstAt.get(n);
        if (at && (!had || at[1] < had[1])) firstAt.set(n, at);
      }
    }
    write(min, entries, extra);
  }
  flush();
  for (let i = 0; i + 1 < chunks.length; i++) {
    const [, from] = prefixes(chunks[i]![1], chunks[i + 1]![0]);
    chunks[i]![1] = upperBound(chunks[i]![1], from);
    chunks[i + 1]![0] = from;
  }

  // Filters: every value's pages, renumbered.
  const filterValues = new Map<string, Map<string, number[]>>();
  for (const part of parts) {
    for (const [name, hash] of part.meta[3] as [string, string][]) {
      const [, values] = decodeCbor(readPagefindFile(join(part.dir, 'filter', `${hash}.pf_filter`))).value as [string, [string, number[]][]];
      const into = filterValues.get(name) ?? new Map<string, number[]>();
      filterValues.set(name, into);
      for (const [value, ps] of values) into.set(value, [...(into.get(value) ?? []), ...ps.map((p) => part.renumber![p]!)]);
    }
  }
  let recent: RecentFilter | undefined;
  const newestCount = Math.min(recentPages.pages, Math.floor(pages.length * (recentPages.share ?? 1)));
  if (pages.length >= recentPages.from && newestCount > 0 && newestCount < pages.length) {
    // Pages are numbered in date order: the newest are the last numbers.
    recent = { ...RECENT_FILTER, pages: newestCount };
    const newest = Array.from({ length: recent.pages }, (_, i) => pages.length - recent!.pages + i);
    filterValues.set(recent.filter, new Map([[recent.value, newest]]));
  }
  const filters: Cbor[] = [];
  for (const [name, values] of [...filterValues].sort(([a], [b]) => compareWords(a, b))) {
    const cbor = new CborWriter();
    cbor.write([name, [...values].sort(([a], [b]) => compareWords(a, b)).map(([v, ps]) => [v, ps.sort((x, y) => x - y)])]);
    filters.push([name, writePagefindFile(join(out, 'filter'), 'pf_filter', cbor.bytes(), lang)]);
  }

  const metaKeys = [...new Set(parts.flatMap((p) => p.meta[5] as string[]))].sort(compareWords);
  const meta = new CborWriter();
  meta.write([parts[0]!.meta[0]!, pages, chunks, filters, [], metaKeys]);
  const metaBytes = meta.bytes();
  const metaHash = writePagefindFile(out, 'pf_meta', metaBytes, lang, 11, 'pagefind.');
  const langEntry = entry.languages[lang]!;
  writeFileSync(join(out, 'pagefind-entry.json'), JSON.stringify({ ...entry, languages: { [lang]: { ...langEntry, hash: metaHash, page_count: pages.length } } }));
  return { pages: pages.length, words, charWords: charWordCount, chunks: chunks.length, metaBytes: metaBytes.length, ...(recent ? { recent } : {}) };
}

/**
 * Rewrites the fragments of the Pagefind bundle in `dir` to hold the text
 * instead of the index words (han.ts plainContent; every Han character is
 * stored twice in the index words, in two bigrams): a result's data is about
 * half the bytes. Run on each part as it is indexed (scripts/build/search-index.ts).
 */
export function plainFragments(dir: string): void {
  const folder = join(dir, 'fragment');
  for (const f of readdirSync(folder)) {
    if (!f.endsWith('.pf_fragment')) continue;
    const fragment = JSON.parse(Buffer.from(readPagefindFile(join(folder, f))).toString('utf8')) as { content: string };
    fragment.content = plainContent(fragment.content);
    writeFileSync(join(folder, f), gzipSync(Buffer.concat([SIGNATURE, Buffer.from(JSON.stringify(fragment))])));
  }
}

/** True when `dir` holds a Pagefind bundle (its entry file). */
export const isBundle = (dir: string): boolean => existsSync(join(dir, 'pagefind-entry.json')) && readdirSync(dir).some((f) => f.endsWith('.pf_meta'));
