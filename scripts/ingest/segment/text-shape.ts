/**
 * Character classes and line shapes used by the segmentation steps.
 * Every test is punctuation-width agnostic: `,` and `，`, `(` and `（` … count the same,
 * so the rules work on normalised and raw text alike.
 */

/** A CJK ideograph. */
export function isHanChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const cp = ch.codePointAt(0)!;
  return (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0x20000 && cp <= 0x3134f) || cp === 0x3007;
}

/** Number of Han characters in a string. */
export function hanCount(text: string): number {
  let n = 0;
  for (const ch of text) if (isHanChar(ch)) n++;
  return n;
}

/** The text without any whitespace (the unit of the "nothing lost" invariant). */
export function stripSpace(text: string): string {
  return text.replace(/\s+/g, '');
}

/** Visible length: code points that are not whitespace. */
export function visibleLength(text: string): number {
  return Array.from(stripSpace(text)).length;
}

/** Whether the text has more Han characters than Latin letters (a Chinese line). */
export function isChineseText(text: string): boolean {
  const han = hanCount(text);
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  return han > 0 && han >= latin;
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

/** Count of sentence-final full stops and question/exclamation marks. */
export function sentenceStopCount(text: string): number {
  return (text.match(/[。！？!?]/g) ?? []).length;
}
