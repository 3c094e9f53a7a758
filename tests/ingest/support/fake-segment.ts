/**
 * A tiny, predictable segmenter for pipeline/corrections tests (so they do not
 * depend on the real one): blank-line blocks; a block starting with `T|` opens
 * an article titled by the rest; `B|` is a byline, `H|` a heading, `Q|` a
 * pull quote; blocks before the first title are furniture.
 */
import type { ArticleBlock, SegmentedArticle, SegmentedItem, SegmentedPage, SourceLine } from '../../../scripts/ingest/types.ts';

export function fakeSegment(lines: SourceLine[]): SegmentedPage {
  const blocks: { text: string; lines: [number, number] }[] = [];
  let cur: SourceLine[] = [];
  const flush = () => {
    if (cur.length > 0) blocks.push({ text: cur.map((l) => l.text).join('\n'), lines: [cur[0]!.no, cur[cur.length - 1]!.no] });
    cur = [];
  };
  for (const l of lines) (l.text.trim() === '' ? flush() : cur.push(l));
  flush();
  const items: SegmentedItem[] = [];
  let art: SegmentedArticle | null = null;
  for (const b of blocks) {
    const tag = b.text.slice(0, 2);
    const text = b.text.slice(2);
    if (tag === 'T|') {
      art = { title: text, sections: [], pullQuotes: [], credits: [], continuations: [], blocks: [{ role: 'title', text, lines: b.lines }], lines: b.lines, review: [] };
      items.push({ type: 'article', article: art });
      continue;
    }
    if (!art) {
      items.push({ type: 'furniture', kind: 'other', text: b.text, lines: b.lines });
      continue;
    }
    const role: ArticleBlock['role'] = tag === 'B|' ? 'byline' : tag === 'H|' ? 'heading' : tag === 'Q|' ? 'pullquote' : 'paragraph';
    const block: ArticleBlock = { role, text: role === 'paragraph' ? b.text : text, lines: b.lines };
    art.blocks.push(block);
    if (role === 'byline') art.byline = text;
    if (role === 'heading') art.sections.push(text);
    if (role === 'pullquote') art.pullQuotes.push(text);
    art.lines = [art.lines[0], b.lines[1]];
  }
  return { items, review: [] };
}
