/**
 * The phrase layer on top of Pagefind: decides whether a page really
 * contains the query (every term as a contiguous phrase, compared folded and
 * whitespace-insensitively), orders exact matches before partial ones and
 * cuts highlighted excerpts. Pure: used by the search page and by the tests.
 */
import { foldChar } from './fold';
import { IGNORABLE, type QueryTerm } from './query';

/** Text folded and stripped of whitespace, with a map back to the original. */
export interface CompactText {
  compact: string;
  /** For each UTF-16 unit of `compact`: the [start, end) UTF-16 offsets in the original. */
  starts: number[];
  ends: number[];
}

/**
 * Folds and compacts `text`, remembering where every kept character came from.
 * Whitespace is dropped, and so is a full stop directly followed by
 * whitespace: Pagefind joins the blocks of a page with ". ", and a phrase cut
 * by a paragraph break (a column break the ingest could not join) still counts.
 */
export function compactText(text: string): CompactText {
  let compact = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  while (offset < text.length) {
    const ch = codePointAt(text, offset);
    const next = offset + ch.length;
    const folded = compactForm(ch);
    // A full stop before whitespace (or last) joins two blocks: dropped like the whitespace.
    if (folded && !(ch === '.' && (next === text.length || isIgnorable(codePointAt(text, next))))) {
      compact += folded;
      for (let k = 0; k < folded.length; k++) {
        starts.push(offset);
        ends.push(next);
      }
    }
    offset = next;
  }
  return { compact, starts, ends };
}

/** The code point of `text` at UTF-16 offset `at`, as a string. */
function codePointAt(text: string, at: number): string {
  const unit = text.charCodeAt(at);
  if (unit < 0xd800 || unit > 0xdbff) return text[at]!;
  const low = text.charCodeAt(at + 1);
  return low >= 0xdc00 && low <= 0xdfff ? text.slice(at, at + 2) : text[at]!;
}

/** A code point folded (`foldChar`), or '' when it is ignorable before or after folding; cached (pages repeat their characters). */
const COMPACT = new Map<string, string>();
function compactForm(ch: string): string {
  let folded = COMPACT.get(ch);
  if (folded === undefined) {
    folded = isIgnorable(ch) ? '' : foldChar(ch);
    if (isIgnorable(folded)) folded = '';
    COMPACT.set(ch, folded);
  }
  return folded;
}

function isIgnorable(ch: string): boolean {
  IGNORABLE.lastIndex = 0;
  return IGNORABLE.test(ch);
}

/** A [start, end) range of UTF-16 offsets in the original text. */
export type Range = [number, number];

/** Every occurrence of `key` (already compacted) in `text`, as ranges of the original text. */
export function findAll(text: CompactText, key: string): Range[] {
  const ranges: Range[] = [];
  if (!key) return ranges;
  let at = text.compact.indexOf(key);
  while (at >= 0) {
    ranges.push([text.starts[at]!, text.ends[at + key.length - 1]!]);
    at = text.compact.indexOf(key, at + key.length);
  }
  return ranges;
}

export interface TermMatch {
  term: QueryTerm;
  ranges: Range[];
}

export interface PhraseMatch {
  /** Every term occurs as a phrase. */
  exact: boolean;
  /** Number of occurrences of all terms. */
  count: number;
  /** Offset of the first occurrence of any term, or null. */
  first: number | null;
  terms: TermMatch[];
}

/** Checks `text` for every term as a phrase. */
export function matchPhrases(text: string | CompactText, terms: QueryTerm[]): PhraseMatch {
  const ct = typeof text === 'string' ? compactText(text) : text;
  const matches = terms.map((term) => ({ term, ranges: findAll(ct, term.key) }));
  const firsts = matches.flatMap((m) => (m.ranges[0] ? [m.ranges[0][0]] : []));
  return {
    exact: terms.length > 0 && matches.every((m) => m.ranges.length > 0),
    count: matches.reduce((n, m) => n + m.ranges.length, 0),
    first: firsts.length ? Math.min(...firsts) : null,
    terms: matches,
  };
}

/**
 * Ranges worth marking in a partial match: the longest pieces (two
 * characters or more, or a one-character term) of each term that the text
 * does contain.
 */
export function partialRanges(text: CompactText, terms: QueryTerm[]): Range[] {
  const ranges: Range[] = [];
  for (const { key } of terms) {
    const chars = [...key];
    let i = 0;
    while (i < chars.length) {
      let best = 0;
      for (let j = chars.length; j > i; j--) {
        const piece = chars.slice(i, j).join('');
        if ((j - i >= 2 || chars.length === 1) && text.compact.includes(piece)) {
          ranges.push(...findAll(text, piece));
          best = j - i;
          break;
        }
      }
      i += Math.max(best, 1);
    }
  }
  return ranges;
}

/** A piece of an excerpt; `mark` pieces are the searched words. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** Merges overlapping or touching ranges. */
export function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/**
 * An excerpt of about `length` characters around the first occurrence of the
 * query, with every occurrence inside it marked. Partial matches mark the
 * pieces of the query that occur. `ct` and `match`: the text compacted and
 * matched already (`compactText`, `matchPhrases`).
 */
export function makeExcerpt(text: string, terms: QueryTerm[], length = 96, ct: CompactText = compactText(text), match: PhraseMatch = matchPhrases(ct, terms)): ExcerptPart[] {
  const exactRanges = match.terms.flatMap((m) => m.ranges);
  const ranges = mergeRanges(exactRanges.length ? [...exactRanges, ...(match.exact ? [] : partialRanges(ct, terms))] : partialRanges(ct, terms));
  const anchor = ranges.length ? (match.first ?? ranges[0]![0]) : 0;
  let start = Math.max(0, anchor - Math.floor(length / 3));
  let end = Math.min(text.length, start + length);
  start = Math.max(0, Math.min(start, end - length));
  // Do not cut a surrogate pair or a marked range in two.
  for (const [s, e] of ranges) {
    if (s < start && e > start) start = s;
    if (s < end && e > end) end = e;
  }
  if (/[\udc00-\udfff]/u.test(text[start] ?? '')) start -= 1;
  if (/[\ud800-\udbff]/u.test(text[end - 1] ?? '')) end += 1;
  const parts: ExcerptPart[] = [];
  const push = (t: string, mark: boolean) => {
    if (t) parts.push({ text: t, mark });
  };
  if (start > 0) push('…', false);
  let at = start;
  for (const [s, e] of ranges) {
    if (e <= start || s >= end) continue;
    push(text.slice(at, s), false);
    push(text.slice(s, e), true);
    at = e;
  }
  push(text.slice(at, end), false);
  if (end < text.length) push('…', false);
  return parts;
}

/** A search candidate once its text is known. */
export interface Classified<T> {
  item: T;
  match: PhraseMatch;
  /** Position in Pagefind's order (relevance or the requested sort). */
  order: number;
}

/**
 * Exact matches first, then partial ones, each group in Pagefind's order
 * (which is relevance, or date when a sort was asked for).
 */
export function splitByMatch<T>(items: Classified<T>[]): { exact: Classified<T>[]; partial: Classified<T>[] } {
  const byOrder = [...items].sort((a, b) => a.order - b.order);
  return { exact: byOrder.filter((c) => c.match.exact), partial: byOrder.filter((c) => !c.match.exact) };
}

/**
 * Relevance of an exact match, from the phrase itself (Pagefind scores
 * phrase matches all alike): occurrences with BM25-style saturation for the
 * article's length, and a bonus when the title contains every term.
 */
export function phraseScore(match: PhraseMatch, textLength: number, titleMatches: boolean, averageLength = 1500): number {
  const k = 1.2;
  const b = 0.5;
  const tf = match.count;
  const saturated = (tf * (k + 1)) / (tf + k * (1 - b + (b * textLength) / averageLength));
  return saturated + (titleMatches ? 1.5 : 0);
}

/** Where the phrase is, best first: 0 title, 1 kicker or subtitle, 2 first paragraph, 3 elsewhere. */
export type FieldTier = 0 | 1 | 2 | 3;

/**
 * The tier of an exact match: the field holding every term's first occurrence
 * (`fieldEnds`: where title, kicker/subtitle and first paragraph end in the
 * record's text, records.ts), or 3 when unknown.
 */
export function matchTier(match: PhraseMatch, fieldEnds: number[]): FieldTier {
  if (!match.exact || fieldEnds.length < 3) return 3;
  const at = Math.max(...match.terms.map((m) => m.ranges[0]![1] - 1));
  const tier = fieldEnds.findIndex((end) => at < end);
  return (tier < 0 ? 3 : tier) as FieldTier;
}

/** Relevance order of exact matches: tier, then number of occurrences, then newest first. */
export function compareRelevance(a: { tier: FieldTier; match: PhraseMatch; sortKey: string }, b: { tier: FieldTier; match: PhraseMatch; sortKey: string }): number {
  return a.tier - b.tier || b.match.count - a.match.count || (a.sortKey < b.sortKey ? 1 : a.sortKey > b.sortKey ? -1 : 0);
}
