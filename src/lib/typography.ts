/**
 * Typography limits of the article body.
 *
 * Justified text (`text-align: justify`, global.css) costs Chromium time that
 * grows much faster than a paragraph's length: a one-line 5 MB Latin page
 * took over 60 s to lay out justified, 4 s unjustified (2 MB: 19 s against
 * 0.9 s). Real articles are far below the limit; a body longer than it is set
 * ragged (`.article-body--ragged`), which reads the same.
 */
export const JUSTIFY_LIMIT = 50_000;

/** The class list of an article body of `length` characters (the article's `length` field). */
export function articleBodyClass(length: number): string {
  return length > JUSTIFY_LIMIT ? 'article-body article-body--ragged' : 'article-body';
}

/**
 * The print view holds an issue whole only up to this many characters of
 * article text: a 63 MB issue made a print page no browser could lay out.
 */
export const PRINT_LIMIT = 1_000_000;

/**
 * How many of an issue's articles, in reading order, the print view shows
 * whole: those whose bodies together stay within `limit` characters (the
 * articles' `length`). The rest are listed by title, linked to their pages.
 */
export function printedWhole(lengths: readonly number[], limit = PRINT_LIMIT): number {
  let total = 0;
  for (let i = 0; i < lengths.length; i++) {
    total += lengths[i]!;
    if (total > limit) return i;
  }
  return lengths.length;
}
