/**
 * One search over several Pagefind indexes. The index is built per shard
 * (a year of the archive; scripts/build/search-index.ts), and a year in parts of
 * at most so many articles, each a contiguous date range (parts.ts), so that
 * indexing memory stays bounded and shards can be built apart; here every
 * part of every year (a "bundle" below, an entry of shards.json) is searched
 * as one.
 *
 * The first bundle is Pagefind's primary index and the others are merged in
 * (Pagefind's multisite `mergeIndex`), each tagged with a synthetic `shard`
 * filter (its name). By relevance, Pagefind's own merge orders results by
 * score. Sorted by date, Pagefind's merge would re-order by score, so each
 * bundle is searched on its own (filtered to it) and, bundles holding disjoint
 * date ranges (years never overlap, lib/shards.ts; parts of a year are cut
 * between dates), their date-ordered results are concatenated in date order.
 */
import type { PagefindApi, PagefindResponse } from './engine';

export interface ShardInfo {
  /** Unique among the bundles, the value of the synthetic `shard` filter (`2019/1`). */
  name: string;
  /** Folder under pagefind/ (`2019/1`). */
  path: string;
  articles: number;
  /** Earliest and latest date sort keys (YYYY-MM-DD, unknown parts 00). */
  from: string;
  to: string;
  /** The shard (year, or `undated`) this bundle is a part of, and which part (1, 2, … in date order). */
  shard?: string;
  part?: number;
}
export interface ShardManifest {
  version: number;
  shards: ShardInfo[];
  /**
   * The one index every part is merged into at build time (merge-index.ts):
   * its folder, and how its pages are numbered (`date`: in date order, named
   * by their number, `pageName`). When present, the browser searches it alone.
   */
  index?: {
    path: string;
    pages: number;
    order: 'date';
    /** The filter holding the newest pages (merge-index.ts `RecentPages`), in a large archive. */
    recent?: { filter: string; value: string; pages: number };
    /** The index has a character word for every Han character (han.ts `charWord`). */
    charWords?: boolean;
  };
}

type Counts = Record<string, Record<string, number>>;

export function mergeCounts(all: Counts[]): Counts {
  const out: Counts = {};
  for (const counts of all) {
    for (const [key, values] of Object.entries(counts)) {
      const into = (out[key] ??= {});
      for (const [value, n] of Object.entries(values)) into[value] = (into[value] ?? 0) + n;
    }
  }
  return out;
}

function sortDirection(options?: { sort?: object }): 'asc' | 'desc' | undefined {
  const dir = (options?.sort as Record<string, string> | undefined)?.date;
  return dir === 'asc' || dir === 'desc' ? dir : undefined;
}

/**
 * Bundles in date order (`undated` sorts first: its dates are 0000). Parts of
 * one date too large for a part have the same from and to: their part number
 * orders them.
 */
export function shardsInDateOrder(shards: ShardInfo[], dir: 'asc' | 'desc'): ShardInfo[] {
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...shards].sort(
    (a, b) =>
      (dir === 'asc' ? 1 : -1) *
      (cmp(a.from, b.from) || cmp(a.to, b.to) || cmp(a.shard ?? a.name, b.shard ?? b.name) || (a.part ?? 0) - (b.part ?? 0) || cmp(a.name, b.name)),
  );
}

/**
 * A PagefindApi over Pagefind's merged indexes (`api`: the primary shard plus
 * the others merged in, each tagged with the synthetic filter `shard`).
 * Relevance: Pagefind's own merge. Sorted by date: one search per shard
 * (filtered to it), concatenated in shard date order.
 */
export function shardedSearch(api: PagefindApi, shards: ShardInfo[]): PagefindApi {
  if (shards.length < 2) return api;
  return {
    async search(term, options) {
      const dir = sortDirection(options);
      if (!dir) return api.search(term, options);
      const base = (options?.filters ?? {}) as Record<string, unknown>;
      const responses = await Promise.all(shardsInDateOrder(shards, dir).map((s) => api.search(term, { ...options, filters: { ...base, shard: s.name } })));
      const got = responses.filter((r): r is PagefindResponse => r !== null);
      if (!got.length) return null;
      const strip = (c: Counts) => Object.fromEntries(Object.entries(c).filter(([k]) => k !== 'shard'));
      return {
        results: got.flatMap((r) => r.results),
        unfilteredResultCount: got[0]!.unfilteredResultCount,
        filters: strip(mergeCounts(got.map((r) => r.filters))),
        totalFilters: strip(got[0]!.totalFilters),
      };
    },
    filters: api.filters && (() => api.filters!()),
  };
}

/**
 * The merged index's name of its page `n` (merge-index.ts): the number in base
 * 36, least significant digit first (`pageName(36) === '01'`). The metadata file
 * every first search loads lists every page's name; written this way, 100,000
 * names gzip to about half of what the usual digit order does (neighbouring
 * names differ in their first character, and the rest repeats).
 */
export const pageName = (n: number): string => [...n.toString(36)].reverse().join('');
/** The page number of a merged index's page name (`pageName`'s inverse). */
export const pageNumber = (name: string): number => parseInt([...name].reverse().join(''), 36);

/**
 * A PagefindApi over the merged index, whose pages are numbered in date order
 * (result ids are the numbers, `pageName`): sorted by date, the results of an
 * unsorted search are put in page order, oldest or newest first — exact, and
 * without a sort list in the index's metadata.
 */
export function dateOrderedSearch(api: PagefindApi): PagefindApi {
  return {
    async search(term, options) {
      const dir = sortDirection(options);
      if (!dir) return api.search(term, options);
      const response = await api.search(term, { ...options, sort: {} });
      if (!response) return null;
      const sign = dir === 'asc' ? 1 : -1;
      return { ...response, results: [...response.results].sort((a, b) => sign * (pageNumber(a.id) - pageNumber(b.id))) };
    },
    filters: api.filters && (() => api.filters!()),
    preload: api.preload && ((term) => api.preload!(term)),
  };
}

/**
 * Starts Pagefind as for a page in language `und`. Pagefind takes the
 * language from `<html lang>` when it starts, and for Chinese it cuts the
 * query into words with the browser's segmenter, which would cut the index's
 * bigrams (金科 科园) apart; the records are `und` (records.ts), and so must
 * the query be. The page's own lang is put back at once (Pagefind reads it
 * synchronously when `init` is called).
 */
async function initAsUnd(runtime: PagefindRuntime): Promise<void> {
  const html = typeof document !== 'undefined' ? document.documentElement : null;
  const lang = html?.getAttribute('lang') ?? null;
  html?.setAttribute('lang', 'und');
  let started: Promise<void> | undefined;
  try {
    started = runtime.init?.();
  } finally {
    if (html) {
      if (lang === null) html.removeAttribute('lang');
      else html.setAttribute('lang', lang);
    }
  }
  await started;
}

/** The parts of a loaded pagefind.js module used to open shards. */
export interface PagefindRuntime extends PagefindApi {
  /** A `null` term searches by filters alone (Pagefind's filtering without a query). */
  search(term: string | null, options?: { filters?: object; sort?: object }): Promise<PagefindResponse | null>;
  options(options: object): Promise<void>;
  init?(): Promise<void>;
  mergeIndex?(indexPath: string, options?: object): Promise<void>;
}

/**
 * Opens the shards listed in `<bundle>shards.json` with the runtime at
 * `<bundle>pagefind.js`: the first shard is Pagefind's primary index, the
 * others are merged in (Pagefind loads its WebAssembly once, for the primary).
 * A bundle without shards.json (one plain Pagefind index) is used as it is.
 */
export async function openShards(
  bundle: string,
  load: { runtime: () => Promise<PagefindRuntime>; manifest: () => Promise<ShardManifest | null> },
  options: object,
): Promise<PagefindApi> {
  const [runtime, manifest] = await Promise.all([load.runtime(), load.manifest()]);
  if (manifest?.index) {
    await runtime.options({ ...options, basePath: `${bundle}${manifest.index.path}/` });
    await initAsUnd(runtime);
    const api = manifest.index.order === 'date' ? dateOrderedSearch(runtime) : runtime;
    const { recent, charWords } = manifest.index;
    if (!recent && !charWords) return api;
    return {
      search: (term, o) => api.search(term, o),
      filters: api.filters && (() => api.filters!()),
      preload: api.preload && ((term) => api.preload!(term)),
      ...(recent
        ? {
            recent: { [recent.filter]: recent.value },
            // A search for no term with a value the filter does not have: Pagefind loads the
            // filter's file and finds nothing.
            preloadRecent: async () => void (await runtime.search(null, { filters: { [recent.filter]: `${recent.value}-preload` } })),
          }
        : {}),
      ...(charWords ? { charWords: true } : {}),
    };
  }
  const shards = manifest?.shards.filter((s) => s.articles > 0) ?? [];
  if (!manifest || !runtime.mergeIndex || !shards.length) {
    await runtime.options(options);
    await initAsUnd(runtime);
    return manifest && !shards.length ? { search: async () => null, filters: async () => ({}) } : runtime;
  }
  const [first, ...rest] = shards;
  await runtime.options({ ...options, basePath: `${bundle}${first!.path}/`, mergeFilter: { shard: first!.name } });
  await initAsUnd(runtime);
  for (const s of rest) await runtime.mergeIndex(`${bundle}${s.path}/`, { ...options, mergeFilter: { shard: s.name } });
  return shardedSearch(runtime, shards);
}
