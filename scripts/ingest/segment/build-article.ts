import type { SegmentedArticle } from '../types.ts';
import type { DraftArticle } from './draft.ts';
import { bylineValue } from './extract-byline.ts';
import { collectContinuations } from './continuation.ts';
import { isCreditLine, isSignature } from './patterns.ts';

/** Derives an article's fields (kicker, title, byline, sections …) from its role-tagged blocks. */
export function buildArticle(draft: DraftArticle): SegmentedArticle {
  const blocks = draft.blocks;
  const first = (role: string) => blocks.find((b) => b.role === role)?.text;
  const review = [...draft.review];
  let title = first('title');
  if (title === undefined) {
    title = '';
    review.push({ code: 'title-missing', message: 'no headline found for this article', line: blocks[0]?.lines[0] });
  }
  // The byline field names the authors: layout/editor credits and quotation signatures are not bylines.
  const bylines = blocks
    .filter((b) => b.role === 'byline' && !isCreditLine(b.text) && !isSignature(b.text))
    .map((b) => bylineValue(b.text));
  if (bylines.length === 0) {
    const lead = reporterInDateline(blocks.find((b) => b.role === 'paragraph')?.text ?? '');
    if (lead) bylines.push(lead);
  }
  const article: SegmentedArticle = {
    title,
    sections: headingsForSections(draft),
    pullQuotes: blocks.filter((b) => b.role === 'pullquote').map((b) => b.text.replace(/^[“"「『]\s*|\s*[”"」』]$/g, '').trim()),
    continuations: collectContinuations(blocks),
    blocks,
    lines: [Math.min(...blocks.map((b) => b.lines[0])), Math.max(...blocks.map((b) => b.lines[1]))],
    review,
  };
  const kicker = first('kicker');
  const subtitle = first('subtitle');
  const note = first('editorsNote');
  if (kicker !== undefined) article.kicker = kicker;
  if (subtitle !== undefined) article.subtitle = subtitle;
  if (bylines.length) article.byline = bylines.join(' ');
  if (note !== undefined) article.editorsNote = note;
  return article;
}

/** The reporters named in a dateline: 本报讯（记者 王芳 通讯员 李明） → 记者 王芳 通讯员 李明. */
export function reporterInDateline(text: string): string | null {
  const m = /^(?:本报讯|[^，。\s]{0,24}?电)\s*[（(]((?:本报|新华社)?(?:特约)?(?:记者|通讯员)[^（()）]{1,60})[）)]/.exec(text.trim());
  return m ? m[1]!.trim() : null;
}

/**
 * Section headings for the table of contents. A heading right after a lead-in
 * heading (年度发展关键词“稳”—— / 经济动车行稳致远…) is its sub-heading, not a new section.
 */
function headingsForSections(draft: DraftArticle): string[] {
  const out: string[] = [];
  draft.blocks.forEach((b, i) => {
    if (b.role !== 'heading') return;
    const prev = draft.blocks[i - 1];
    if (prev && prev.role === 'heading' && /(——|—)$/.test(prev.text.trim())) return;
    out.push(b.text);
  });
  return out;
}
