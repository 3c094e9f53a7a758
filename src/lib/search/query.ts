/**
 * Turns what a reader typed into search terms, and terms into the query
 * strings sent to Pagefind's per-character index.
 */
import { foldText } from './fold';
import { separateHan } from './han';

/** A term the page must contain as a contiguous phrase (folded, without whitespace). */
export interface QueryTerm {
  /** As typed (trimmed), for display. */
  text: string;
  /** Folded and compacted: what is looked for in folded, compacted page text. */
  key: string;
}

const QUOTE_PAIRS: Record<string, string> = { '"': '"', '“': '”', '「': '」', '『': '』', "'": "'" };

/** Whitespace and the index separator (zero-width space) are not part of a phrase. */
export const IGNORABLE = /[\s\u200b\u200c\u200d\ufeff]/gu;

/** Folds text and drops whitespace: the form phrases are compared in. */
export function compactKey(text: string): string {
  return foldText(text).replace(IGNORABLE, '');
}

/**
 * Splits a query into terms: whitespace separates terms, quotes (ASCII or
 * Chinese) keep a phrase with spaces together. Every term must occur in a
 * page as a phrase for the page to be an exact match.
 */
export function parseQuery(raw: string): QueryTerm[] {
  const terms: QueryTerm[] = [];
  const push = (text: string) => {
    const key = compactKey(text);
    if (key && !terms.some((t) => t.key === key)) terms.push({ text: text.trim(), key });
  };
  const chars = [...raw];
  let i = 0;
  while (i < chars.length) {
    const ch = chars[i]!;
    const close = QUOTE_PAIRS[ch];
    if (close !== undefined) {
      const end = chars.indexOf(close, i + 1);
      if (end > i) {
        push(chars.slice(i + 1, end).join(''));
        i = end + 1;
        continue;
      }
      i += 1; // unmatched quote: ignore it
      continue;
    }
    if (/\s/u.test(ch)) {
      i += 1;
      continue;
    }
    let j = i;
    while (j < chars.length && !/\s/u.test(chars[j]!) && QUOTE_PAIRS[chars[j]!] === undefined) j += 1;
    push(chars.slice(i, j).join(''));
    i = j;
  }
  return terms;
}

/** A word with no letter, digit or ideograph: Pagefind drops it from queries and the index. */
const NOT_A_WORD = /^[^\p{L}\p{N}]*$/u;

/** How Pagefind will see a term: folded, one word per Han character (18.9 and 5G stay whole). */
export function pagefindWords(term: QueryTerm): string[] {
  return separateHan(term.key, ' ')
    .split(/\s+/u)
    .filter((w) => !NOT_A_WORD.test(w));
}

/**
 * The recall query: every word of every term, unquoted. Pagefind ANDs words,
 * so this finds every page that contains all the characters of the query,
 * wherever they are — a superset of the pages containing the phrases.
 */
export function recallQuery(terms: QueryTerm[]): string {
  return terms.flatMap(pagefindWords).join(' ');
}

/**
 * The phrase query: the longest multi-word term quoted (Pagefind supports
 * one quoted phrase per query), the other terms' words unquoted. Returns
 * null when no term has more than one word (then it equals the recall query).
 */
export function phraseQuery(terms: QueryTerm[]): string | null {
  const words = terms.map(pagefindWords);
  let longest = -1;
  words.forEach((w, i) => {
    if (w.length > 1 && (longest < 0 || w.length > words[longest]!.length)) longest = i;
  });
  if (longest < 0) return null;
  return words
    .map((w, i) => (i === longest ? `"${w.join(' ')}"` : w.join(' ')))
    .filter(Boolean)
    .join(' ');
}
