/**
 * Character classes and line shapes used by the segmentation steps.
 * Every test is punctuation-width agnostic: `,` and `，`, `(` and `（` … count the same,
 * so the rules work on normalised and raw text alike.
 */
import { hanCount as countHan, isHan } from '../../../src/lib/han.ts';

/** A Han character (the one class, src/lib/han.ts: \p{Script=Han}, all CJK extensions). */
export function isHanChar(ch: string | undefined): boolean {
  return isHan(ch);
}

/** Number of Han characters in a string. */
export function hanCount(text: string): number {
  return countHan(text);
}

/** A code unit matched by the regular expression `\s` (the BMP has all of them). */
function isSpaceCode(c: number): boolean {
  return (
    c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * Visible length (code points that are not whitespace), counted no further than one past `cap`: a hot
 * path of the segmenter, counted in place instead of building the stripped string.
 */
function visibleLengthUpTo(text: string, cap: number): number {
  let n = 0;
  let pairOpen = false; // the last non-space code unit was a high surrogate still waiting for its low half
  for (let i = 0; i < text.length && n <= cap; i++) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) continue;
    // the low half of a surrogate pair belongs to the code point already counted
    if (pairOpen && c >= 0xdc00 && c <= 0xdfff) {
      pairOpen = false;
      continue;
    }
    pairOpen = c >= 0xd800 && c <= 0xdbff;
    n++;
  }
  return n;
}

/** Visible length: code points that are not whitespace. */
export function visibleLength(text: string): number {
  return visibleLengthUpTo(text, Infinity);
}

/** Whether visibleLength(text) > max, without counting past max (for long running text tested against a small limit). */
export function visibleLengthExceeds(text: string, max: number): boolean {
  return visibleLengthUpTo(text, max) > max;
}

/** Whether the text has more Han characters than Latin letters (a Chinese line). */
export function isChineseText(text: string): boolean {
  const han = hanCount(text);
  if (han === 0) return false;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 0x20; // ASCII letters folded to lower case
    if (c >= 0x61 && c <= 0x7a) latin++;
  }
  return han >= latin;
}

const CLOSERS = '”’」』》）)】〕"\'*';
const SENTENCE_END = '。！？!?…；;';

/** Whether the text ends a sentence: 。！？…； possibly followed by closing quotes/brackets. */
export function endsSentence(text: string): boolean {
  const t = text.trimEnd();
  let i = t.length - 1;
  while (i >= 0 && CLOSERS.includes(t[i]!)) i--;
  if (i < 0) return false;
  if (SENTENCE_END.includes(t[i]!)) return true;
  // A period inside closing quotes after Latin text, e.g. English OCR.
  return t[i] === '.' && i < t.length - 1;
}

/**
 * Whether a block's end is a real paragraph end, not a column cut:
 * sentence-final punctuation, a colon (introduces what follows), a closing
 * bracket (markers such as （下转第二版） or a byline in brackets) or a dash lead-in.
 */
export function endsParagraph(text: string): boolean {
  const t = text.trimEnd();
  if (endsSentence(t)) return true;
  return /[：:）)】〕》—]$/.test(t) || /[。！？!?][”’」』]$/.test(t) || /\.$/.test(t);
}

/** Count of sentence-internal punctuation (commas, enumeration commas, semicolons, colons). */
export function clausePunctuationCount(text: string): number {
  return (text.match(/[，,、；;：:]/g) ?? []).length;
}

/** A poem's stanza (or a figure over its label, a list) set line by line: two lines or more, each short (at most 16 characters). */
export function isStanza(text: string): boolean {
  const lines = text.split('\n');
  return lines.length >= 2 && lines.every((l) => l.trim() !== '' && !visibleLengthExceeds(l.trim(), 16));
}

/**
 * Whether line `i` of `n` can be a line of a headline set on several lines of one block: short (32 characters at most),
 * or the last of two or three, a deck under the title; and not ending a sentence. (Its headline shape is the caller's
 * to test: the classifier and the column-break joiner read it a little differently.)
 */
export function fitsHeadlineLine(line: string, i: number, n: number): boolean {
  return (visibleLength(line) <= 32 || (i > 0 && i === n - 1)) && !/[。；;]$/.test(line);
}
