/**
 * headline-lines: a headline set on several lines of one block, read as its parts. Pure.
 *
 * Extractions differ in what they keep together. One sets each part of a headline (引题 kicker, 主题 title, 副题
 * subtitle) as a block of its own and a title that runs over two lines as one block (都市快报's pages): there a block of
 * several lines is one part, the title. Another keeps a whole headline together, its kicker, title and subtitle on the
 * lines of one block: there each line is a part. A page cannot tell which (杀人沟、一群猪、屙屎梁等地 / 拟更名 reads as a
 * kicker and its title as well as one title on two lines), but a publication's pages can: when headlines with parts
 * set apart (a kicker's block over a title's) are rare among those set on several lines of one block, the publication
 * keeps its headlines together (headlineHabits, profile.ts), and then this stage reads the lines of such a block as
 * the parts.
 */
import type { ArticleBlock } from '../types.ts';
import type { DraftArticle, DraftItem } from './draft.ts';
import { SUBTITLE_START, isKickerFirst } from './assign-headline-parts.ts';

const HEAD_ROLES: ReadonlySet<ArticleBlock['role']> = new Set(['kicker', 'title', 'subtitle']);

/** What a page shows of how its headlines are set: articles whose headline is one block of several lines, or several blocks of one line. */
export interface HeadlineHabits {
  /** Articles whose headline (kicker, title, subtitle) is one block, set on two or three lines. */
  together: number;
  /** Articles whose headline has two or more parts, each a block of one line. */
  apart: number;
}

/** The headline blocks of an article, in order. */
function headBlocks(a: DraftArticle): ArticleBlock[] {
  return a.blocks.filter((b) => HEAD_ROLES.has(b.role));
}

/** Lines of a block, when each is one source line (a block joined across a column break is not split). */
function linesOf(b: ArticleBlock): string[] | null {
  const parts = b.text.split('\n');
  return parts.length === b.lines[1] - b.lines[0] + 1 && parts.every((p) => p.trim() !== '') ? parts : null;
}

/** How the page's articles have their headlines set (HeadlineHabits). */
export function headlineHabits(items: readonly DraftItem[]): HeadlineHabits {
  const habits = { together: 0, apart: 0 };
  for (const it of items) {
    if (it.type !== 'article') continue;
    const heads = headBlocks(it.draft);
    if (heads.length === 1) {
      const n = linesOf(heads[0]!)?.length ?? 1;
      if (n === 2 || n === 3) habits.together++;
    } else if (heads.length >= 2 && heads.every((b) => !b.text.includes('\n'))) habits.apart++;
  }
  return habits;
}

/**
 * The article with its headline block of two or three lines read as parts, one to a line (partsOnLines: the paper keeps
 * a headline's parts together), where the parts it has
 * leave room: three lines alone are kicker, title and subtitle; two lines alone a title and its subtitle when the second
 * opens with a dash (——…), else as the headline-role cues read two one-line pieces (isKickerFirst); two lines under a kicker the title and
 * its subtitle; two lines over a subtitle a kicker and its title. In any paper (partsOnLines false) only a title's last
 * line that opens with a dash is taken off as its subtitle. Any other article is returned as it is.
 */
export function splitHeadlineLines(a: DraftArticle, partsOnLines = true): DraftArticle {
  const heads = headBlocks(a);
  const multi = heads.filter((b) => b.text.includes('\n'));
  if (multi.length !== 1) return a;
  const block = multi[0]!;
  const lines = linesOf(block);
  if (!lines || lines.length < 2 || lines.length > 3) return a;
  const has = (role: ArticleBlock['role']) => heads.some((b) => b.role === role);
  let roles: ArticleBlock['role'][] | null = null;
  // In any paper, a title's last line opening with a dash is its subtitle (闻鸡起舞勇创大业 携手奋进赢战未来 /
  // ——开发区2017年发展亮点回眸暨新年展望): no title runs on into a dash.
  if (!partsOnLines) {
    if (block.role === 'title' && !has('subtitle') && SUBTITLE_START.test(lines.at(-1)!) && !SUBTITLE_START.test(lines[0]!)) {
      const pieces: ArticleBlock[] = [
        { role: 'title', text: lines.slice(0, -1).join('\n'), lines: [block.lines[0], block.lines[1] - 1] },
        { role: 'subtitle', text: lines.at(-1)!, lines: [block.lines[1], block.lines[1]] },
      ];
      const at = a.blocks.indexOf(block);
      return { ...a, blocks: [...a.blocks.slice(0, at), ...pieces, ...a.blocks.slice(at + 1)] };
    }
    return a;
  }
  if (block.role === 'title' && heads.length === 1) {
    roles = lines.length === 3 ? ['kicker', 'title', 'subtitle'] : !SUBTITLE_START.test(lines[1]!) && isKickerFirst(lines[0]!, lines[1]!) ? ['kicker', 'title'] : ['title', 'subtitle'];
  } else if (block.role === 'title' && lines.length === 2 && has('kicker') && !has('subtitle')) roles = ['title', 'subtitle'];
  else if (block.role === 'title' && lines.length === 2 && has('subtitle') && !has('kicker')) roles = ['kicker', 'title'];
  if (!roles) return a;
  const pieces: ArticleBlock[] = lines.map((text, i) => ({ role: roles[i]!, text, lines: [block.lines[0] + i, block.lines[0] + i] }));
  const at = a.blocks.indexOf(block);
  return { ...a, blocks: [...a.blocks.slice(0, at), ...pieces, ...a.blocks.slice(at + 1)] };
}
