import type { ArticleBlock } from '../types.ts';
import { isNameList } from './patterns.ts';

/** The last character of TRAILING_NAME (the last two code units hold it, a surrogate pair included). */
const ENDS_IN_NAME = /[\p{Script=Han}·]$/u;
const TRAILING_NAME = /^([\s\S]*[。！？!?…”」』）)])([ \u3000]+)([\p{Script=Han}·]{2,4}(?:[ \u3000]+[\p{Script=Han}·]{1,4}){0,3})$/u;

/**
 * Splits a byline printed after the last sentence on the same line
 * (`…做出积极贡献。 马晓璇`) off a paragraph. Returns the paragraph and the
 * byline blocks, or null when the paragraph does not end in a name.
 */
export function splitTrailingByline(block: ArticleBlock): [ArticleBlock, ArticleBlock] | null {
  // Most paragraphs end in punctuation: a look at the last character spares TRAILING_NAME's scan of the whole text.
  if (!ENDS_IN_NAME.test(block.text.slice(-2))) return null;
  const m = TRAILING_NAME.exec(block.text);
  if (!m || !isNameList(m[3]!)) return null;
  const last = block.lines[1];
  return [
    { ...block, text: m[1]! },
    { role: 'byline', text: m[3]!, lines: [last, last] },
  ];
}

/**
 * The byline as a field: the printed credit as printed, brackets included
 * (（刘颖 马吉） stays so: nothing of the source text is lost), its line
 * breaks as spaces. Readers of author names strip the brackets
 * (src/lib/citation.ts bylineAuthors).
 */
export function bylineValue(text: string): string {
  return text.trim().replace(/\s*\n\s*/g, ' ');
}
