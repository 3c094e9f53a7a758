/** Han (CJK ideograph) character classes used to tokenise Chinese text for search. */

/** Matches one Han ideograph (any CJK Unified / Compatibility block). */
export const HAN = /\p{Script=Han}/u;

/** True when the single code point `ch` is a Han ideograph. */
export function isHan(ch: string): boolean {
  return HAN.test(ch);
}

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

/**
 * Text for the search records (lib/search/records.ts): every Han character a
 * word of its own, separated by plain spaces — Pagefind splits words at
 * whitespace, so no segmenter runs at indexing (the records' language is not
 * one Pagefind segments) — and the text's own whitespace, one space per run,
 * marked with SPACE_MARK so that `textFromIndex` can tell it apart.
 */
export function indexWords(text: string): string {
  return separateHan(text.trim().replace(/\s+/gu, '\n'), ' ').replaceAll('\n', `${SPACE_MARK} `);
}

/**
 * The text back from what Pagefind stores of an `indexWords` text (its words
 * joined by single spaces): the index's spaces removed, the marked ones kept.
 */
export function textFromIndex(content: string): string {
  return content
    .split(`${SPACE_MARK} `)
    .map((run) => run.replaceAll(' ', '').replaceAll(SPACE_MARK, ''))
    .join(' ')
    .replaceAll(ZWSP, '');
}
