/** Shared helpers for the segmentation tests: loading a page as the pipeline would, and comparing text. */
import { pageLines, readPageFile } from '../../../scripts/ingest/read-page.ts';
import type { SegmentedPage, SourceLine } from '../../../scripts/ingest/types.ts';
import { classifyBlocks } from '../../../scripts/ingest/segment/classify-blocks.ts';
import { groupArticles } from '../../../scripts/ingest/segment/group-articles.ts';
import { splitBlocks } from '../../../scripts/ingest/segment/split-blocks.ts';
import { joinColumnBreaks } from '../../../scripts/ingest/segment/join-column-breaks.ts';

/** Reads a page file as the ingest does before segmenting (read-page.ts). */
export function loadLines(path: string): SourceLine[] {
  return readPageFile(path);
}

/** Turns page text into normalised numbered lines, as the ingest after decoding. */
export function textToLines(raw: string): SourceLine[] {
  return pageLines(raw);
}

/**
 * Width folding for comparisons with the hand readings: the gold JSON was typed with
 * half-width `, : ; ( ) ! ?` where normalisation makes them full-width, so both sides are
 * folded to half-width, and whitespace runs are collapsed to one space.
 */
export function fold(s: string): string {
  return s
    .replace(/[，：；（）！？]/g, (c) => ({ '，': ',', '：': ':', '；': ';', '（': '(', '）': ')', '！': '!', '？': '?' })[c]!)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Folded and without any whitespace or bold marks: for containment checks. */
export function compact(s: string): string {
  return fold(s).replace(/\s+/g, '').replace(/\*\*/g, '');
}

/** Every printed piece of a segmented page with its first source line, in item order. */
export function pieces(page: SegmentedPage): { line: number; text: string }[] {
  return page.items.flatMap((it) =>
    it.type === 'article' ? it.article.blocks.map((b) => ({ line: b.lines[0], text: b.text })) : [{ line: it.lines[0], text: it.text }],
  );
}

/** The page's non-whitespace text, rebuilt from the segmentation in source-line order. */
export function rebuiltText(page: SegmentedPage): string {
  return pieces(page)
    .map((p, i) => ({ ...p, i }))
    .sort((a, b) => a.line - b.line || a.i - b.i)
    .map((p) => p.text)
    .join('')
    .replace(/\s+/g, '');
}

/** The page's own non-whitespace text. */
export function sourceText(lines: SourceLine[]): string {
  return lines.map((l) => l.text).join('').replace(/\s+/g, '');
}

/** Titles of the articles the grouping makes of a page given as blank-line separated paragraphs. */
export function titles(paragraphs: string[]): string[] {
  const lines = paragraphs.join('\n\n').split('\n').map((text, i) => ({ no: i + 1, text }));
  return groupArticles(classifyBlocks(splitBlocks(lines))).flatMap((d) => (d.type === 'article' ? [d.draft.blocks.find((b) => b.role === 'title')?.text ?? ''] : []));
}

/** A paragraph of running text long enough to read as body text, opening with `s`. */
export const para = (s: string) => `${s}这是一段足够长的正文，用来模拟报纸上的段落，其中有逗号，也有句号。`;

/** Groups a page written as text (blank-line blocks, column joins, classified) and summarises the items as `type:role=text` strings. */
export function summary(text: string): string[][] {
  const blocks = classifyBlocks(joinColumnBreaks(splitBlocks(text.split('\n').map((t, i) => ({ no: i + 1, text: t })))));
  return groupArticles(blocks).map((item) => (item.type === 'article' ? ['article', ...item.draft.blocks.map((b) => `${b.role}=${b.text}`)] : [item.type, item.text]));
}
