/**
 * How a year's search index is cut into parts (scripts/build/search-index.ts).
 *
 * Pagefind's memory while it indexes grows with the size of the index, so a
 * year of the archive is indexed as parts of at most `size` articles, each a
 * Pagefind bundle of its own. A part is a contiguous date range: the year's
 * articles in date order, cut only between two dates (all issues of one date,
 * every publication, stay together), so parts never overlap in time and a
 * search sorted by date is exact when the parts' results are concatenated in
 * date order (sharded.ts). A single date with more than `size` articles is cut
 * anyway, into runs of `size` in file order.
 *
 * The cut is greedy from the year's first date: a part takes whole dates while
 * they fit. It depends only on the current content (a clean index and an
 * incremental one make the same parts); adding issues at the end of a year
 * changes only its last part, adding one earlier changes its part and may move
 * the cuts of the parts after it.
 */

/** Articles per part unless told otherwise (`--part-size`, JIUWEN_INDEX_PART_SIZE). */
export const DEFAULT_PART_SIZE = 1200;

export interface PartItem {
  /** The article file (any stable, unique key). */
  file: string;
  /** Its date sort key (YYYY-MM-DD, unknown parts 00: lib/dates.ts dateSortKey). */
  date: string;
}

/** Cuts items into parts of at most `size` (see the module comment); parts and their items in date, then file order. */
export function planParts<T extends PartItem>(items: T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`part size must be a positive whole number, not ${size}`);
  const sorted = [...items].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const parts: T[][] = [];
  let cur: T[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j < sorted.length && sorted[j]!.date === sorted[i]!.date) j++;
    const day = sorted.slice(i, j);
    i = j;
    if (cur.length && cur.length + day.length > size) {
      parts.push(cur);
      cur = [];
    }
    // A date larger than a part: full runs of `size`, the rest stays open for the next dates.
    let k = 0;
    for (; day.length - k > size; k += size) parts.push(day.slice(k, k + size));
    cur.push(...day.slice(k));
  }
  if (cur.length) parts.push(cur);
  return parts;
}

/** The part size from the command line (`--part-size`) or the environment, else the default. */
export function partSizeFrom(arg: string | undefined, env: NodeJS.ProcessEnv = process.env): number {
  const raw = arg ?? env.JIUWEN_INDEX_PART_SIZE?.trim() ?? '';
  if (raw === '') return DEFAULT_PART_SIZE;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`part size must be a positive whole number, not "${raw}"`);
  return n;
}
