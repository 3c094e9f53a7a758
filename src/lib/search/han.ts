/** Han (CJK ideograph) characters as search tokenises Chinese text: the class is the one of src/lib/han.ts. */
import { HAN as HAN_CLASS } from '../han';

/** Matches a Han ideograph anywhere in a string (the class of src/lib/han.ts: all CJK blocks and extensions). */
export const HAN = new RegExp(HAN_CLASS, 'u');

/** True when `ch` (a code point, or a piece of text) holds a Han ideograph. */
export function isHan(ch: string): boolean {
  return HAN.test(ch);
}

/**
 * The merged index's word for "every page holding this Han character" (merge-index.ts
 * `charWords`): the character followed by U+10FFFD, a private-use code point that sorts
 * after every character that can follow it in an index word, so the word comes right
 * after all the words starting with the character. A one-character query searches it
 * (query.ts `termWords`) instead of the character as a prefix.
 */
export const CHAR_MARK = '\u{10FFFD}';
export const charWord = (ch: string): string => ch + CHAR_MARK;

/** Zero-width space: separates Han characters in the index without changing how text reads. */
export const ZWSP = '\u200b';

/**
 * Puts `separator` on every boundary that touches a Han character (Han|Han,
 * Han|other, other|Han), except next to whitespace, so that every Han
 * character becomes a word of its own for Pagefind while Latin words and
 * numbers (5G, 18.9, 361service) stay whole.
 */
export function separateHan(text: string, separator: string): string {
  let out = '';
  let prev = '';
  for (const ch of text) {
    if (prev && (isHan(ch) || isHan(prev)) && !/\s/u.test(ch) && !/\s/u.test(prev) && ch !== separator && prev !== separator) {
      out += separator;
    }
    out += ch;
    prev = ch;
  }
  return out;
}

/** Removes the index separators again (for display of Pagefind's content and metadata). */
export function stripSeparators(text: string): string {
  return text.replaceAll(ZWSP, '');
}

/**
 * Marks a space of the text itself, as opposed to the spaces the index puts
 * between characters: U+2063 INVISIBLE SEPARATOR, attached to the word before
 * the space. Pagefind keeps it in the stored text and leaves it out of the
 * word it indexes (it is not a word character).
 */
export const SPACE_MARK = '\u2063';

/** Punctuation that joins Latin/number runs (VR+5G, 4G&5G, 2G/3G, x-ray, 18.9, a_b). */
const JOINER = /^[+&/\-._]$/u;
const ALNUM = /^[\p{L}\p{N}]$/u;

/**
 * The pieces of a run of text without whitespace, each of which takes one
 * position in the index: every Han character alone, and the other text cut at
 * Han boundaries and before a joiner (`+ & / - . _`) between two letters or
 * digits, so that `VR+5G` is the pieces `VR`, `+5G` (Pagefind indexes `+5G` as
 * `5g`): found whole as a phrase of its parts, and by each part.
 */
export function pieces(run: string): string[] {
  const chars = [...run];
  const out: string[] = [];
  let buf = '';
  chars.forEach((ch, i) => {
    if (isHan(ch)) {
      if (buf) out.push(buf);
      buf = '';
      out.push(ch);
      return;
    }
    const prev = chars[i - 1];
    const next = chars[i + 1];
    if (buf && JOINER.test(ch) && prev !== undefined && next !== undefined && ALNUM.test(prev) && ALNUM.test(next) && !isHan(prev) && !isHan(next)) {
      out.push(buf);
      buf = '';
    }
    buf += ch;
  });
  if (buf) out.push(buf);
  return out;
}

/** True when `piece` (a result of `pieces`) is a Han character. */
export const isHanPiece = (piece: string): boolean => isHan(piece);

/**
 * Text for the search records (lib/search/records.ts), as index words
 * separated by plain spaces — Pagefind splits words at whitespace, so no
 * segmenter runs at indexing (the records' language is not one Pagefind
 * segments) — one word per piece (`pieces`), so that positions follow the
 * text:
 *
 * - a Han character followed by another (whitespace between them ignored) is
 *   the bigram of the two (中国人 → 中国 国人 人): a query of n characters is a
 *   phrase of its n−1 bigrams, and the postings of a bigram are a small part of
 *   a common character's;
 * - a Han character followed by anything else, or last, is itself (a query of
 *   one character finds it, or any bigram it starts, by Pagefind's prefix
 *   matching);
 * - other pieces are themselves.
 *
 * The text's own whitespace, one space per run, is marked with SPACE_MARK
 * after the word before it, so that `textFromIndex` gives the text back.
 */
export function indexWords(text: string): string {
  const items: { piece: string; spaceAfter: boolean }[] = [];
  const runs = text.trim().split(/\s+/u).filter(Boolean);
  runs.forEach((run, r) => {
    const ps = pieces(run);
    ps.forEach((piece, i) => items.push({ piece, spaceAfter: i === ps.length - 1 && r < runs.length - 1 }));
  });
  return items
    .map(({ piece, spaceAfter }, i) => {
      const next = items[i + 1]?.piece;
      const word = isHan(piece) && next !== undefined && isHan(next) ? piece + next : piece;
      return spaceAfter ? word + SPACE_MARK : word;
    })
    .join(' ');
}

/**
 * The text back from what Pagefind stores of an `indexWords` text (its words
 * joined by single spaces): of a Han word its first character, other words
 * whole, the index's spaces removed and the marked ones kept.
 */
export function textFromIndex(content: string): string {
  if (content.startsWith(PLAIN)) return content.slice(PLAIN.length);
  return content
    .split(`${SPACE_MARK} `)
    .map((run) =>
      run
        .split(' ')
        .map((word) => {
          const w = word.replaceAll(SPACE_MARK, '');
          const first = String.fromCodePoint(w.codePointAt(0) ?? 32);
          return w && isHan(first) ? first : w;
        })
        .join(''),
    )
    .join(' ')
    .replaceAll(ZWSP, '');
}

/** Marks a fragment's content that is the text itself (merge-index.ts), not index words. */
export const PLAIN = '\u2064';

/** A fragment's content (index words) as the text, marked: what the merged index stores. */
export const plainContent = (content: string): string => (content.startsWith(PLAIN) ? content : PLAIN + textFromIndex(content));

/** The number of index words (positions) `indexWords` makes of `text`. */
export function indexWordCount(text: string): number {
  return text
    .trim()
    .split(/\s+/u)
    .filter(Boolean)
    .reduce((n, run) => n + pieces(run).length, 0);
}
