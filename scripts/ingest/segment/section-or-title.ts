/**
 * Section heading or the title of a new article? A small linear model over weak cues, used when a
 * headline-shaped stack stands inside running text with no strong cue (no dateline after it, the
 * article before it not signed off, no column tag or ——subtitle).
 *
 * No single cue decides (each is right less than 60% of the time on the development corpus), but
 * together they do better: how much text the article already has and whether it already has
 * section headings (a feature's first heading comes early; a long text with no heading that meets a
 * headline has usually ended), whether short lines of the same shape recur after this one at a
 * regular spacing (section headings come in series), the length and form of the headline itself
 * (two-phrase slogans, several lines = kicker and title), and how the text after it opens (a time
 * and place lead 1月31日，… opens a report).
 *
 * The weights were fitted by logistic regression on the February 2019 pages of the 人民日报
 * development corpus only (`npx tsx scripts/eval/fit-section-model.ts`); the October 2019 pages are
 * held out. Features are scaled to about 0..1 so the weights read as the cue's strength.
 */
import type { DraftArticle } from './draft.ts';
import type { ClassifiedBlock } from './classify-blocks.ts';
import { endsSentence, visibleLength } from './text-shape.ts';

/** What the model sees of one decision. */
export interface SectionDecision {
  stack: string[];
  article: DraftArticle;
  blocks: ClassifiedBlock[];
  /** Index of the running-text block right after the stack. */
  index: number;
}

export const FEATURE_NAMES = [
  'bias',
  'noHeadingsYet',
  'articleChars', // text of the article so far, /3000 capped at 1.5
  'longNoHeadings', // no headings yet and 600+ characters of text
  'paragraphs', // paragraphs so far, /12 capped at 1.5
  'charsSinceHeading', // text since the last heading (or the start), /2000 capped at 1.5
  'stackTwo',
  'stackThreePlus',
  'headLength', // /20 capped at 2
  'twoPhrase', // 价格稳 品种多 供应足
  'quoted', // “城里安了家，就在这过年”
  'similarAhead', // later single headlines of similar length before the article's text ends (/3 capped at 1)
  'anyAhead', // any later single headline in the next stretch of text
  'likeEarlierHeadings', // length close to the mean of the article's earlier headings
  'nextOpensWithDate', // 1月31日，… / 近日， / 日前，
  'nextLength', // /200 capped at 2
  'prevEndsSentence',
  'prevQuoteEnd', // …”张兴会说。
  'charsAhead', // text until the next headline, /2000 capped at 1.5
] as const;

const cap = (x: number, m: number) => Math.min(x, m);

function isSingleHeadline(blocks: ClassifiedBlock[], i: number): boolean {
  const b = blocks[i]!;
  if (b.kind !== 'headline' && b.kind !== 'name') return false;
  const prev = blocks[i - 1];
  const next = blocks[i + 1];
  return !!prev && !!next && prev.kind === 'body' && (next.kind === 'body' || next.kind === 'dateline');
}

/** Feature vector of one decision (same order as FEATURE_NAMES). */
export function sectionFeatures(d: SectionDecision): number[] {
  const paras = d.article.blocks.filter((b) => b.role === 'paragraph');
  const heads = d.article.blocks.filter((b) => b.role === 'heading');
  const chars = paras.reduce((n, b) => n + visibleLength(b.text), 0);
  let since = 0;
  for (let i = d.article.blocks.length - 1; i >= 0; i--) {
    const b = d.article.blocks[i]!;
    if (b.role === 'heading' || b.role === 'title') break;
    if (b.role === 'paragraph') since += visibleLength(b.text);
  }
  const head = d.stack[d.stack.length - 1]!.trim();
  const hl = visibleLength(head);
  // Look ahead: single headlines in the text that follows, up to a dateline or sign-off.
  let similar = 0;
  let any = 0;
  let ahead = 0;
  let aheadDone = false;
  for (let i = d.index; i < Math.min(d.blocks.length, d.index + 80); i++) {
    const b = d.blocks[i]!;
    if (b.kind === 'dateline' && i > d.index) break;
    if (b.kind === 'byline' || b.kind === 'continuation' || b.kind === 'furniture') break;
    if (b.kind === 'body' && !aheadDone) ahead += visibleLength(b.block.text);
    if (isSingleHeadline(d.blocks, i)) {
      aheadDone = true;
      any++;
      const l = visibleLength(b.block.text);
      if (Math.abs(l - hl) <= Math.max(2, hl * 0.3)) similar++;
    }
  }
  const meanHead = heads.length ? heads.reduce((n, b) => n + visibleLength(b.text), 0) / heads.length : 0;
  const next = d.blocks[d.index]?.block.text.trim() ?? '';
  const prev = paras.at(-1)?.text.trim() ?? '';
  return [
    1,
    heads.length === 0 ? 1 : 0,
    cap(chars / 3000, 1.5),
    heads.length === 0 && chars >= 600 ? 1 : 0,
    cap(paras.length / 12, 1.5),
    cap(since / 2000, 1.5),
    d.stack.length === 2 ? 1 : 0,
    d.stack.length >= 3 ? 1 : 0,
    cap(hl / 20, 2),
    /\S[ \u3000]+\S/.test(head) ? 1 : 0,
    /^[“"]/.test(head) && /[”"]$/.test(head) ? 1 : 0,
    cap(similar / 3, 1),
    any > 0 ? 1 : 0,
    heads.length && Math.abs(hl - meanHead) <= Math.max(2, meanHead * 0.3) ? 1 : 0,
    /^(\d{1,2}月\d{1,2}日|\d{4}年\d{1,2}月|近日|日前|今年\d|去年\d|(今|昨|前)天)/.test(next) ? 1 : 0,
    cap(visibleLength(next) / 200, 2),
    endsSentence(prev) ? 1 : 0,
    /[”"]\S{0,8}(说|表示|介绍)[。！]$/.test(prev) ? 1 : 0,
    cap(ahead / 2000, 1.5),
  ];
}

/** Fitted weights (scripts/eval/fit-section-model.ts, February 2019 pages). */
export const SECTION_WEIGHTS: number[] = [
  -3.232, // bias
  0.710, // noHeadingsYet
  0.834, // articleChars
  2.424, // longNoHeadings
  0.442, // paragraphs
  0.997, // charsSinceHeading
  -0.441, // stackTwo
  0.821, // stackThreePlus
  -1.104, // headLength
  0.798, // twoPhrase
  -0.440, // quoted
  -1.143, // similarAhead
  -0.344, // anyAhead
  -0.631, // likeEarlierHeadings
  0.528, // nextOpensWithDate
  0.288, // nextLength
  0.201, // prevEndsSentence
  -0.164, // prevQuoteEnd
  -0.474, // charsAhead
];

/** The weights in use (the fitting script empties them to see the segmenter without the model). */
export const sectionModel = { weights: SECTION_WEIGHTS, threshold: 0 };

/** Score > threshold: 0the stack opens a new article; otherwise section heading(s) of the current one. */
export function newArticleScore(d: SectionDecision, weights: number[] = sectionModel.weights): number {
  if (!weights.length) return -1;
  const f = sectionFeatures(d);
  let s = 0;
  for (let i = 0; i < f.length; i++) s += f[i]! * (weights[i] ?? 0);
  return s;
}
