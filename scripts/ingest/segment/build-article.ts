import type { ArticleBlock, SegmentedArticle } from '../types.ts';
import { WIDENED_MARK, marksOf } from '../normalise.ts';
import type { DraftArticle } from './draft.ts';
import { bylineValue } from './extract-byline.ts';
import { collectContinuations } from './continuation.ts';
import { ORNAMENTS, isCreditLine, isPhotoSource, isSignature } from './patterns.ts';

/**
 * Derives an article's fields (kicker, title, byline, sections …) from its role-tagged blocks. `printed` gives the
 * punctuation marks each source line had as printed where normalising made them full width: the kicker, title and
 * subtitle keep them (听民声(新春走基层)), as the paper and the catalogues that list it spell the headline; the text
 * keeps the normalised ones.
 */
export function buildArticle(draft: DraftArticle, printed: ReadonlyMap<number, string> = new Map()): SegmentedArticle {
  // The byline field names the authors: a layout's or an editor's credit, where a photo comes from (资料图, 视觉中国供图), or a
  // quotation's signature, set as a byline is no author's: it stays in the text as a credit (nothing of the page is lost).
  // An editor's note of several blocks in a row is one note; a later one, apart from it, stays in the text where printed.
  const noteAt = draft.blocks.findIndex((b) => b.role === 'editorsNote');
  let noteEnd = noteAt;
  while (noteEnd >= 0 && draft.blocks[noteEnd + 1]?.role === 'editorsNote') noteEnd++;
  const blocks = draft.blocks.map((b, i): ArticleBlock => {
    if (b.role === 'byline' && (isCreditLine(b.text) || isSignature(b.text) || isPhotoSource(b.text))) return { ...b, role: 'credit' };
    if (b.role === 'editorsNote' && i > noteEnd) return { ...b, role: 'paragraph' };
    return b;
  });
  const headline = (role: string) => {
    const b = blocks.find((x) => x.role === role);
    return b && withoutBullet(printed.size ? withPrintedMarks(b, printed) : b.text);
  };
  const review = [...draft.review];
  let title = headline('title');
  if (title === undefined) {
    title = '';
    review.push({ code: 'title-missing', message: 'no headline found for this article', line: blocks[0]?.lines[0] });
  }
  const bylines = blocks.filter((b) => b.role === 'byline').map((b) => bylineValue(b.text));
  if (bylines.length === 0) {
    const lead = reporterInDateline(blocks.find((b) => b.role === 'paragraph')?.text ?? '');
    if (lead) bylines.push(lead);
  }
  const article: SegmentedArticle = {
    title,
    sections: headingsForSections(draft),
    pullQuotes: blocks.filter((b) => b.role === 'pullquote').map((b) => b.text.replace(/^[“"「『]\s*|\s*[”"」』]$/g, '').trim()),
    credits: creditsOf(blocks),
    continuations: collectContinuations(blocks),
    blocks,
    lines: [Math.min(...blocks.map((b) => b.lines[0])), Math.max(...blocks.map((b) => b.lines[1]))],
    review,
  };
  const kicker = headline('kicker');
  const subtitle = headline('subtitle');
  const notes = blocks.filter((b) => b.role === 'editorsNote');
  const note = notes.length ? notes.map((b) => b.text).join('\n') : undefined;
  if (kicker !== undefined) article.kicker = kicker;
  if (subtitle !== undefined) article.subtitle = subtitle;
  if (bylines.length) article.byline = bylines.join(' ');
  if (note !== undefined) article.editorsNote = note;
  return article;
}

/** The credits an article's text keeps, as printed (the front matter's `credits`). */
export function creditsOf(blocks: readonly ArticleBlock[]): string[] {
  return blocks.filter((b) => b.role === 'credit').map((b) => b.text.trim());
}

/** The reporters named in a dateline: 本报讯（记者 王芳 通讯员 李明） → 记者 王芳 通讯员 李明; 某某日报北京12月6日讯（记者 陈某某） → 记者 陈某某. */
export function reporterInDateline(text: string): string | null {
  // (Any part of a reporter's: 记者, 特约记者, 全媒体记者, 本报融媒体记者, 通讯员.)
  // (Or in brackets opening the text with no dateline before them, as a county paper may set it: （记者 张三 通讯员 李四）12月5日，….)
  const m = /^(?:本报讯|[^，。\s]{0,24}?(?:电|讯))?\s*[（(]([\p{Script=Han}]{0,8}?(?:记者|通讯员)[^（()）]{1,60})[）)]/u.exec(text.trim());
  if (m) return m[1]!.trim();
  // (Or after the dateline without brackets, up to 报道：, as some national dailies set it: 本报上海12月6日讯 记者 李 华报道：…)
  const said = /^(?:本报讯|[^，。\s]{0,24}?(?:电|讯))[ \u3000]*([\p{Script=Han}]{0,8}?(?:记者|通讯员)[^（()）：:，,。]{1,40}?)报道[：:]/u.exec(text.trim());
  return said ? said[1]!.trim() : null;
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

/**
 * A headline piece's text with its punctuation marks as printed (the widths of ( ) , : ; ? ! .), in order, as its
 * source lines had them (a headline set on several lines: line by line). Unchanged when its lines printed none
 * differently, or when the piece is part of a line (a title and its ——subtitle on one line) and its marks are not all
 * of the line's.
 */
export function withPrintedMarks(b: ArticleBlock, printed: ReadonlyMap<number, string>): string {
  const parts = b.text.split('\n');
  if (parts.length !== b.lines[1] - b.lines[0] + 1) return b.text;
  let changed = false;
  const out = parts.map((part, i) => {
    const p = printed.get(b.lines[0] + i);
    if (p === undefined || p.length !== marksOf(part).length) return part;
    changed = true;
    let k = 0;
    return part.replace(WIDENED_MARK, () => p[k++]!);
  });
  return changed ? out.join('\n') : b.text;
}

/**
 * A headline's text without the bullet a briefs column sets before each item's headline (■ 县图书馆推出寒假阅读活动 →
 * 县图书馆推出寒假阅读活动): typography, not words of the headline. (The block keeps it. A headline of several points, each
 * after its bullet — ■ 网络、定制等新兴消费看点纷呈■ 全国旅游接待总人数超四亿人次 — keeps them all.)
 */
export function withoutBullet(text: string): string {
  const m = LEADING_BULLET.exec(text);
  if (!m) return text;
  const rest = text.slice(m[0].length);
  return rest.trim() !== '' && !ANY_BULLET.test(rest) ? rest : text;
}
const LEADING_BULLET = new RegExp(`^[${ORNAMENTS}][ \\u3000]*`);
const ANY_BULLET = new RegExp(`[${ORNAMENTS}]`);
