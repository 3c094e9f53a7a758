/**
 * Turns what a reader typed into search terms, and terms into the query
 * strings sent to Pagefind's per-character index.
 */
import { foldText } from './fold';
import { charWord, isHanPiece, pieces } from './han';

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

/**
 * How Pagefind's bigram index (han.ts `indexWords`) holds a term, word by word:
 *
 * - `exact`: the words at consecutive positions, each matched whole in a
 *   quoted phrase: the bigrams of its Han runs, a Han character followed by
 *   other text (a word of its own in the index too), Latin and number pieces;
 * - `loose`: the words worth sending unquoted (Pagefind ANDs them and matches
 *   each as a prefix), for partial matches: bigrams covering each Han run
 *   without overlap and the Latin pieces — all among the exact words, so they
 *   cost no index chunk more; a single Han character only when the term has
 *   nothing else (a one-character query): with `charWords` (the merged index)
 *   its character word (han.ts `charWord`: every page holding the character),
 *   otherwise the character, matched as the prefix of every bigram it starts
 *   (complete only where one index chunk holds all those words).
 *
 * The last Han character of a run is covered by the bigram before it; a last
 * character with no Han character before it (`5G网`) cannot be matched whole
 * (the index holds it as the start of a bigram), so it is left to the phrase
 * check (rank.ts): `complete` is false then.
 */
export interface TermWords {
  exact: string[];
  loose: string[];
  /** The exact words find exactly the pages that contain the term. */
  complete: boolean;
}

export function termWords(term: QueryTerm, charWords = false): TermWords {
  const ps = pieces(term.key);
  const exact: string[] = [];
  const loose: string[] = [];
  let complete = true;
  let run: string[] = [];
  // A Han run's loose words: bigrams that cover it without overlap (the last one overlaps when
  // the run is odd): 粤港澳大湾区 → 粤港 澳大 湾区. A page holding them all holds every piece of it.
  const endRun = () => {
    for (let i = 0; i + 1 < run.length; i += 2) loose.push(run[i]! + run[i + 1]!);
    if (run.length > 2 && run.length % 2 === 1) loose.push(run.at(-2)! + run.at(-1)!);
    run = [];
  };
  ps.forEach((p, i) => {
    const next = ps[i + 1];
    const prev = ps[i - 1];
    if (isHanPiece(p)) {
      run.push(p);
      if (next !== undefined && isHanPiece(next)) exact.push(p + next);
      else if (next !== undefined) exact.push(p);
      else if (prev === undefined || !isHanPiece(prev)) complete = false; // a lone last character
      return;
    }
    endRun();
    if (NOT_A_WORD.test(p)) return;
    exact.push(p);
    loose.push(p);
  });
  endRun();
  if (!loose.length) {
    // Nothing else to send: the Han characters themselves, as prefixes, or, in an index that has
    // them (`charWords`), their character words (merge-index.ts): Pagefind loads only the index
    // chunk whose bounds hold a query word, and a character's words fill many chunks of a large
    // index, so its prefix finds the pages of one of them.
    loose.push(...ps.filter(isHanPiece).map((c) => (charWords ? charWord(c) : c)));
    // One character is the start of a word wherever it occurs: its prefix search finds every page.
    complete = ps.length === 1;
  }
  return { exact, loose: [...new Set(loose)], complete };
}

/** How Pagefind will see a term: its index words (bigrams; 18.9 is `18` `.9`, 5G stays whole). */
export function pagefindWords(term: QueryTerm): string[] {
  return termWords(term).exact;
}

/**
 * The recall query: every term's loose words, unquoted. Pagefind ANDs words,
 * so this finds every page that contains all the bigrams and Latin pieces of
 * the query, wherever they are — a superset of the pages containing the
 * phrases, fetched with the same index chunks as the phrase query.
 */
export function recallQuery(terms: QueryTerm[], charWords = false): string {
  return [...new Set(terms.flatMap((t) => termWords(t, charWords).loose))].join(' ');
}

/**
 * The phrase query: the term with the most exact words quoted (Pagefind
 * supports one quoted phrase per query), the other terms' loose words
 * unquoted. Returns null when no term has more than one exact word (then it
 * equals the recall query).
 */
export function phraseQuery(terms: QueryTerm[], charWords = false): string | null {
  const words = terms.map((t) => termWords(t, charWords));
  let longest = -1;
  words.forEach((w, i) => {
    if (w.exact.length > 1 && (longest < 0 || w.exact.length > words[longest]!.exact.length)) longest = i;
  });
  if (longest < 0) return null;
  return words
    .map((w, i) => (i === longest ? `"${w.exact.join(' ')}"` : w.loose.join(' ')))
    .filter(Boolean)
    .join(' ');
}

/**
 * True when Pagefind's answer to the phrase query (or, without one, the
 * recall query) is exactly the set of pages containing the query: one term,
 * matched whole. Then its count is exact before any result is read.
 */
export function countIsExact(terms: QueryTerm[]): boolean {
  if (terms.length !== 1) return false;
  const w = termWords(terms[0]!);
  if (!w.complete) return false;
  // Unquoted, one bigram, Latin or number word matches as a prefix: every such page contains it too.
  return w.exact.length > 1 || w.loose.length === 1;
}

/**
 * The Latin and number runs of a term (between its Han characters, joiners
 * included: `4g&5g`, `12345`): a partial match must contain each of them
 * whole — a fragment of a number or a word is no part of it.
 */
export function solidRuns(term: QueryTerm): string[] {
  return term.key.split(/\p{Script=Han}+/u).filter((r) => !NOT_A_WORD.test(r));
}

/**
 * What a page must hold, in folded text, to be listed as a partial match of a
 * term: each Latin or number run whole, and each Han run's covering bigrams
 * (粤港 澳大 湾区; a one-character run itself). Pagefind's unquoted search
 * ranks pages holding only some of the words too, so this is checked on the
 * page's text.
 */
export function partialPieces(term: QueryTerm): string[] {
  const han = term.key.match(/\p{Script=Han}+/gu) ?? [];
  const cover = han.flatMap((run) => {
    const cs = [...run];
    if (cs.length === 1) return cs;
    const out: string[] = [];
    for (let i = 0; i + 1 < cs.length; i += 2) out.push(cs[i]! + cs[i + 1]!);
    if (cs.length > 2 && cs.length % 2 === 1) out.push(cs.at(-2)! + cs.at(-1)!);
    return out;
  });
  return [...solidRuns(term), ...cover];
}
