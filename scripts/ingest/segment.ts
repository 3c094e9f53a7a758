/**
 * segment: page lines → furniture, captions, teasers and articles. Pure.
 *
 * A pipeline of small steps, one per file in ./segment/:
 *   1. splitBlocks         blank-line separated blocks with their line ranges and gaps
 *      joinKeptBlocks      a bold banner or a motto box set a blank line after every line: one block again
 *      joinWrappedLines    hard-wrapped pages: a paragraph's column lines joined into one block
 *      splitDenseBlocks    pages without blank lines: one block per paragraph line
 *   2. joinColumnBreaks    paragraphs cut by a column break joined with nothing between
 *   3. classifyBlocks      each block's own shape: headline, body, dateline, byline, furniture …
 *   4. groupArticles       headline stacks resolved against the text after them
 *                          (new article / section heading / captions / teaser / furniture),
 *                          bylines, editor's notes and headlines printed after their body attached
 *      splitHeadlineLines  a title's last line opening with a dash as its subtitle; in a paper that keeps a headline's
 *                          parts on the lines of one block, those lines as the parts
 *   5. buildArticle        article fields (kicker, title, subtitle, byline, sections, continuations)
 */
import type { SegmentedItem, SegmentedPage, SourceLine } from './types.ts';
import type { ReviewNote } from '../../src/content/schema.ts';
import { splitBlocks } from './segment/split-blocks.ts';
import { joinKeptBlocks, splitDenseBlocks } from './segment/split-dense-blocks.ts';
import { joinWrappedLines } from './segment/join-wrapped-lines.ts';
import { joinColumnBreaks } from './segment/join-column-breaks.ts';
import { classifyBlocks, markOwnName, type ClassifiedBlock } from './segment/classify-blocks.ts';
import { bylineOnTop, groupArticles, type GroupOptions } from './segment/group-articles.ts';
import type { PublicationProfile } from './profile.ts';
import type { SectionModel } from './segment/section-or-title.ts';
import { buildArticle } from './segment/build-article.ts';
import { headlineHabits, splitHeadlineLines } from './segment/headline-lines.ts';

/** Steps 1–3: the page's blocks, joined and classified, as the grouping sees them (also what --explain lists). */
export function pageBlocks(lines: SourceLine[]): ClassifiedBlock[] {
  return classifyBlocks(joinColumnBreaks(splitDenseBlocks(joinWrappedLines(joinKeptBlocks(splitBlocks(lines))))));
}

/**
 * Segments one page. `ctx.file` names the publication by its folder (PUB/DATE/PP.txt: a line that is the paper's own name
 * is its masthead, markOwnName); `ctx.profile` is the publication's house style
 * (profile.ts), learned from all its pages, when it differs from the defaults; `ctx.explain` hears how each headline
 * stack was resolved (explain.ts).
 */
export function segmentPage(lines: SourceLine[], ctx: { file: string } & GroupOptions): SegmentedPage {
  const { file, ...options } = ctx;
  const blocks = markOwnName(pageBlocks(lines), publicationFolder(file));
  const sectionScores: number[] = [];
  const grouped = groupArticles(blocks, { ...options, sectionScores });
  const headlines = headlineHabits(grouped);
  // (In a paper that keeps a headline's parts on the lines of one block, those lines are the parts; in any paper a
  // title's last line opening with a dash is its subtitle: headline-lines.ts.)
  const partsOnLines = options.profile?.headlineLinesAreParts === true;
  const drafts = grouped.map((d) => (d.type === 'article' ? { ...d, draft: splitHeadlineLines(d.draft, partsOnLines) } : d));
  const printed = new Map<number, string>();
  for (const l of lines) if (l.printedMarks !== undefined) printed.set(l.no, l.printedMarks);
  const review: ReviewNote[] = [];
  const items: SegmentedItem[] = drafts.map((d) => {
    if (d.type === 'article') return { type: 'article', article: buildArticle(d.draft, printed) };
    if ((d.type === 'furniture' || d.type === 'caption') && d.note) {
      const { note, ...item } = d;
      review.push(note);
      return item;
    }
    return d;
  });
  const startOf = (i: SegmentedItem) => (i.type === 'article' ? i.article.lines[0] : i.lines[0]);
  const ordered = items.map((item, i) => ({ item, i })).sort((a, b) => startOf(a.item) - startOf(b.item) || a.i - b.i).map((x) => x.item);
  return { items: ordered, review: review.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)), habits: { bylineOnTop: bylineOnTop(blocks), headlines, sectionScores } };
}

/** The publication's folder in the path convention PUB/DATE/PP.txt (南方周末/2026-12-03/12.txt → 南方周末), if the path has one. */
export function publicationFolder(file: string): string | undefined {
  const parts = file.split('/');
  return parts.length >= 3 ? parts[parts.length - 3] : undefined;
}
