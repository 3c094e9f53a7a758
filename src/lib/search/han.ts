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
