import type { ArticleBlock, FurnitureKind } from '../types.ts';
import type { ClassifiedBlock } from './classify-blocks.ts';
import type { DraftArticle, DraftItem } from './draft.ts';
import { assignHeadlineParts, hasColumnTag } from './assign-headline-parts.ts';
import { splitTrailingByline } from './extract-byline.ts';
import { continuesElsewhere } from './continuation.ts';
import { findContinuations, isOrganisationName, isPublicationName, isReporterLine, teaserPointerPage, isCreditLine, isBylineShape } from './patterns.ts';
import { visibleLength } from './text-shape.ts';

/** A gap of this many blank lines or more separates layout regions (photos, boxes) in a page. */
const REGION_GAP = 2;

/** Whether a paragraph ends with a sign-off: （记者 XXX）, （新华社北京2月18日电）, XXX摄. */
export function endsWithSignOff(text: string): boolean {
  const last = text.split('\n').pop()!.trim();
  const m = /[（(]([^（()）]{2,40})[）)]$/.exec(last);
  if (m && /(记者|通讯员|电|供稿|编译|综合|整理|撰稿|摄|来源|据)/.test(m[1]!) && !/[。，,]/.test(m[1]!)) return true;
  if (m && /^[\u4e00-\u9fa5]{2,4}([\s、][\u4e00-\u9fa5]{2,4})*$/.test(m[1]!.trim()) && /[。！？”]\s*[（(]/.test(last)) return true;
  return /[。！？”]\s*(本报记者|记者|新华社记者)?\s*[\u4e00-\u9fa5]{2,4}\s*摄$/.test(last);
}


/** The rubric of a photo news item: 图片报道 / 图片新闻. */
export function isPhotoRubric(text: string): boolean {
  return /^(图片报道|图片新闻|新闻图片|图说新闻)$/.test(text.trim());
}

/** A deck: a summary printed between the headline and the dateline, one paragraph of modest length. */
export function isDeck(text: string): boolean {
  return !text.includes('\n') && visibleLength(text) <= 220 && findContinuations(text).length === 0;
}

/**
 * Whether the text starting at `index` is a photo item: a few short paragraphs
 * describing a picture (图为…) ending with the photographer's credit (XXX摄).
 */
export function photoItemAhead(blocks: ClassifiedBlock[], index: number): boolean {
  let total = 0;
  for (let i = index; i < Math.min(blocks.length, index + 4); i++) {
    const b = blocks[i]!;
    if (b.kind !== 'body' && b.kind !== 'byline' && b.kind !== 'name') return false;
    const t = b.block.text.trim();
    total += visibleLength(t);
    if (total > 400) return false;
    if (/^图为/.test(t) || /摄(（[^）]*）|\([^)]*\))?$/.test(t) || /（影像中国）$/.test(t)) return true;
  }
  return false;
}

function leadIn(text: string): string | null {
  const t = text.trim();
  return /(——|—)$/.test(t) ? t.slice(0, Math.min(4, t.length - 2)) : null;
}

/**
 * Groups classified blocks into furniture, captions, teasers and articles.
 * Headline-shaped blocks are stacked until running text shows what they were:
 * the headline of a new article, a section heading, captions or furniture.
 */
export function groupArticles(blocks: ClassifiedBlock[]): DraftItem[] {
  const items: DraftItem[] = [];
  let current: DraftArticle | null = null;
  let stack: ClassifiedBlock[] = [];
  let pendingNotes: ClassifiedBlock[] = [];
  // Lead-ins (年度发展关键词“稳”——) that recur on the page mark section headings, not kickers.
  const leadIns = new Map<string, number>();
  for (const c of blocks) {
    const l = c.kind === 'headline' ? leadIn(c.block.text) : null;
    if (l) leadIns.set(l, (leadIns.get(l) ?? 0) + 1);
  }
  const topOfPage = () => !items.some((i) => i.type === 'article');
  const piece = (c: ClassifiedBlock) => ({ text: c.block.text, lines: c.block.lines });
  const pushBlock = (a: DraftArticle, role: ArticleBlock['role'], c: ClassifiedBlock) => {
    const b: ArticleBlock = { role, text: c.block.text, lines: c.block.lines };
    if (c.block.joins.length) b.joins = c.block.joins;
    a.blocks.push(b);
  };

  /** Headline-shaped blocks that turned out not to open anything: furniture at the top, captions elsewhere. */
  const flushOrphans = (orphans: ClassifiedBlock[]) => {
    for (const c of orphans) {
      if (topOfPage()) {
        const kind: FurnitureKind = isPublicationName(c.block.text) ? 'masthead' : isOrganisationName(c.block.text) ? 'masthead' : 'other';
        items.push({ type: 'furniture', kind, text: c.block.text, lines: c.block.lines });
      } else {
        items.push({ type: 'caption', text: c.block.text, lines: c.block.lines });
      }
    }
  };

  const openArticle = (headline: ClassifiedBlock[]): DraftArticle => {
    const parts = assignHeadlineParts(headline, { topOfPage: topOfPage() });
    for (const f of parts.furniture) items.push({ type: 'furniture', kind: 'masthead', ...f });
    for (const c of parts.captions) items.push({ type: 'caption', ...c });
    const a: DraftArticle = { blocks: [], hasBody: false, closed: false, untitled: false, review: [] };
    for (const n of pendingNotes) pushBlock(a, 'editorsNote', n);
    pendingNotes = [];
    a.blocks.push(...parts.blocks);
    if (parts.guessed) a.review.push({ code: 'title-guessed', message: 'headline stack had more pieces than kicker/title/subtitle; leading ones taken as captions', line: headline[0]!.block.lines[0] });
    items.push({ type: 'article', draft: a });
    current = a;
    return a;
  };

  const openUntitled = (c: ClassifiedBlock): DraftArticle => {
    const a: DraftArticle = { blocks: [], hasBody: false, closed: false, untitled: true, review: [] };
    for (const n of pendingNotes) pushBlock(a, 'editorsNote', n);
    pendingNotes = [];
    items.push({ type: 'article', draft: a });
    current = a;
    void c;
    return a;
  };

  /** Resolves the headline stack in front of running text `next`. */
  const resolveStack = (next: ClassifiedBlock, photoItem = false) => {
    const s = stack;
    stack = [];
    // Split the stack into layout regions (separated by 2+ blank lines).
    const groups: ClassifiedBlock[][] = [];
    for (const c of s) {
      if (groups.length === 0 || c.block.gapBefore >= REGION_GAP) groups.push([c]);
      else groups[groups.length - 1]!.push(c);
    }
    const cur = current as DraftArticle | null;
    if (groups.length > 1 && (cur === null || !cur.hasBody)) {
      const first = groups[0]!;
      const last = groups[groups.length - 1]!;
      if (cur === null && (first.length >= 2 || last.length === 1)) {
        // Headline at the top, photos with captions below it, the body opening with a section heading.
        openArticle(first);
        for (const g of groups.slice(1, -1)) for (const c of g) items.push({ type: 'caption', ...piece(c) });
        for (const c of last.slice(0, -1)) items.push({ type: 'caption', ...piece(c) });
        pushBlock(current!, 'heading', last[last.length - 1]!);
        current!.review.push({ code: 'caption-guessed', message: 'short blocks between the headline and the body taken as photo captions; the one before the body as a section heading', line: groups[1]![0]!.block.lines[0] });
        return;
      }
      if (cur !== null && !cur.hasBody) {
        for (const g of groups) for (const c of g.slice(0, g === last ? -1 : undefined)) items.push({ type: 'caption', ...piece(c) });
        pushBlock(cur, 'heading', last[last.length - 1]!);
        cur.review.push({ code: 'caption-guessed', message: 'short blocks between the headline and the body taken as photo captions', line: s[0]!.block.lines[0] });
        return;
      }
      flushOrphans(groups.slice(0, -1).flat());
    }
    const g = groups[groups.length - 1]!;
    const strongNew = next.kind === 'dateline' || cur === null || cur.closed || (photoItem && g.length <= 2) || (next.block.gapBefore >= REGION_GAP && g[0]!.block.gapBefore >= REGION_GAP);
    if (cur && !cur.hasBody && !cur.untitled && !strongNew) {
      // Between a headline (with byline/editor's note) and its body: section heading.
      for (const c of g) pushBlock(cur, 'heading', c);
      return;
    }
    if (cur && cur.hasBody && !strongNew) {
      // Inside running text, only a headline with a column tag （红船观澜） or a ——subtitle opens a new article;
      // other short lines are section headings (lead-in pairs such as 甘肃定西元古堆村 / 旱塬有了“解渴水”).
      const marked = g.some((c) => hasColumnTag(c.block.text) || isPhotoRubric(c.block.text) || /^(——|--)/.test(c.block.text.trim()) || /\s——\S/.test(c.block.text));
      if (!marked) {
        for (const c of g) pushBlock(cur, 'heading', c);
        return;
      }
    }
    if (cur && cur.sectionsWithReporters && next.kind === 'byline' && isReporterLine(next.block.text) && g.length === 1) {
      pushBlock(cur, 'heading', g[0]!);
      return;
    }
    const a = openArticle(g);
    if (next.kind === 'byline' && isReporterLine(next.block.text) && a.blocks.some((b) => b.role === 'heading')) a.sectionsWithReporters = true;
  };

  const addParagraph = (c: ClassifiedBlock) => {
    let a = current as DraftArticle | null;
    if (a === null || (c.kind === 'dateline' && a.closed && a.hasBody)) a = openUntitled(c);
    for (const n of pendingNotes) pushBlock(a, 'editorsNote', n);
    pendingNotes = [];
    const b: ArticleBlock = { role: c.block.quotedAlone ? 'pullquote' : 'paragraph', text: c.block.text, lines: c.block.lines };
    if (c.block.joins.length) b.joins = c.block.joins;
    const split = splitTrailingByline(b);
    if (split) {
      a.blocks.push(split[0], split[1]);
      a.closed = true;
    } else {
      a.blocks.push(b);
      a.closed = continuesElsewhere(c.block.text) || endsWithSignOff(c.block.text);
    }
    a.hasBody = true;
  };

  for (const [index, c] of blocks.entries()) {
    const after = blocks[index + 1];
    switch (c.kind) {
      case 'furniture':
        // Mid-page, a number line (主席令 第十九号) is part of the text, not the issue number.
        if (c.furniture === 'issue-number' && !topOfPage()) {
          stack.push({ ...c, kind: 'headline' });
          break;
        }
        flushOrphans(stack);
        stack = [];
        items.push({ type: 'furniture', kind: c.furniture ?? 'other', text: c.block.text, lines: c.block.lines });
        break;
      case 'short-stack':
        if (topOfPage() || current === null) {
          flushOrphans(stack);
          stack = [];
          items.push({ type: 'furniture', kind: 'other', text: c.block.text, lines: c.block.lines });
        } else if (stack.length) resolveStack({ ...c, kind: 'body' }), addParagraph(c);
        else addParagraph(c);
        break;
      case 'teaser-pointer': {
        const page = teaserPointerPage(c.block.text) ?? null;
        const title = stack.pop();
        if (!title) {
          if (current) addParagraph(c);
          else items.push({ type: 'furniture', kind: 'other', text: c.block.text, lines: c.block.lines });
          break;
        }
        const kicker = stack.length && title.block.gapBefore < REGION_GAP ? stack.pop() : undefined;
        flushOrphans(stack);
        stack = [];
        const parts = [kicker, title, c].filter((x): x is ClassifiedBlock => x !== undefined);
        items.push({
          type: 'teaser',
          ...(kicker ? { kicker: kicker.block.text } : {}),
          title: title.block.text,
          text: parts.map((p) => p.block.text).join('\n'),
          page,
          lines: [parts[0]!.block.lines[0], c.block.lines[1]],
        });
        if (current) (current as DraftArticle).closed = true;
        break;
      }
      case 'editors-note':
        if (stack.length) {
          const s = stack;
          stack = [];
          openArticle(s);
          pushBlock(current!, 'editorsNote', c);
        } else if (current && !(current as DraftArticle).hasBody) pushBlock(current, 'editorsNote', c);
        else pendingNotes.push(c);
        break;
      case 'continuation':
        if (stack.length) resolveStack(c);
        if (!current) openUntitled(c);
        pushBlock(current!, 'continuation', c);
        if (continuesElsewhere(c.block.text)) (current as unknown as DraftArticle).closed = true;
        break;
      case 'byline':
        if (stack.length) {
          resolveStack(c);
          pushBlock(current!, 'byline', c);
        } else if (current) {
          const cur = current as DraftArticle;
          pushBlock(cur, isCreditLine(c.block.text) || cur.hasBody || !isReporterLine(c.block.text) ? 'byline' : 'byline', c);
          cur.closed = cur.hasBody || cur.closed;
        } else stack.push({ ...c, kind: 'headline' });
        break;
      case 'name':
        // A bare name after text is a byline, unless text follows it (then it is a short headline: 丰收).
        if (!stack.length && current && (current as DraftArticle).hasBody && !(after && (after.kind === 'body' || after.kind === 'dateline'))) {
          pushBlock(current, 'byline', c);
          (current as DraftArticle).closed = true;
        } else stack.push(c);
        break;
      case 'headline':
        // ——习近平 after a quoted paragraph signs the quotation; after a headline it would be a subtitle.
        if (!stack.length && current && (current as DraftArticle).hasBody && /^(——|--)[^，,。！？]{1,30}$/.test(c.block.text.trim())) {
          pushBlock(current, 'byline', c);
          break;
        }
        stack.push(c);
        break;
      case 'dateline':
      case 'body':
        // A deck (提要) between a headline and the dateline belongs to the headline.
        if (stack.length && c.kind === 'body' && after?.kind === 'dateline' && isDeck(c.block.text)) {
          stack.push({ ...c, kind: 'headline' });
          break;
        }
        if (stack.length) resolveStack(c, photoItemAhead(blocks, index));
        addParagraph(c);
        break;
    }
  }

  // Leftovers at the foot of the page.
  if (stack.length) {
    const cur = current as DraftArticle | null;
    if (cur && cur.untitled) {
      const parts = assignHeadlineParts(stack, { topOfPage: false });
      cur.blocks.unshift(...parts.blocks);
      for (const p of parts.captions) items.push({ type: 'caption', ...p });
      cur.untitled = false;
      cur.review.push({ code: 'headline-after-body', message: 'headline printed after its article; moved to the top', line: stack[0]!.block.lines[0] });
    } else if (topOfPage() && items.some((i) => i.type !== 'furniture')) {
      flushOrphans(stack);
    } else {
      // Bodyless items (photo headlines) at the foot of the page.
      for (const c of stack) {
        if (isBylineShape(c.block.text) && current) pushBlock(current, 'byline', c);
        else openArticle([c]).review.push({ code: 'bodyless', message: 'headline with no text after it (a photo item?)', line: c.block.lines[0] });
      }
    }
    stack = [];
  }
  for (const n of pendingNotes) {
    if (current) pushBlock(current, 'paragraph', n);
    else items.push({ type: 'furniture', kind: 'other', text: n.block.text, lines: n.block.lines });
  }
  void visibleLength;
  return items;
}
