import type { LineRange, SourceLine } from '../types.ts';

/**
 * A block: consecutive non-blank lines (or several such runs joined across a
 * column break). `text` is the exact concatenation of the lines' text, with
 * '\n' between lines except where a column-break join put nothing.
 */
export interface Block {
  text: string;
  lines: LineRange;
  /** Source lines, in order. */
  source: SourceLine[];
  /** Blank lines before / after the block in the source (a gap of 2+ separates layout regions). */
  gapBefore: number;
  gapAfter: number;
  /** Column-break joins made inside the block, as `before|after` snippets. */
  joins: string[];
  /** Joins made on weak evidence (a short piece, or a piece that does not finish the sentence). */
  uncertainJoins?: string[];
  /** The block was set between a lone opening and a lone closing quotation mark (a pull quote). */
  quotedAlone?: boolean;
  /** One paragraph of a hard-wrapped page, its column lines joined (join-wrapped-lines.ts). */
  unwrapped?: boolean;
}

/** Up to n characters at the end of a string, for join snippets. */
export function tail(text: string, n = 12): string {
  const chars = Array.from(text);
  return chars.slice(Math.max(0, chars.length - n)).join('');
}

/** Up to n characters at the start of a string, for join snippets. */
export function head(text: string, n = 12): string {
  return Array.from(text).slice(0, n).join('');
}
