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
 * (two-phrase slogans, several lines = kicker and title), how the text after it opens (a time
 * and place lead 1月31日，… opens a report), and whether the stack and its text share the article's
 * words (lexical cohesion, cohesion.ts: a section heading carries on its article, a new article brings
 * its own names and terms), and how the stack is built (parallel-headings.ts: a long statement over a shorter
 * title is a kicker and title; a heading built like the article's title, or unlike its series of headings, is a
 * sibling article's title).
 *
 * The weights were fitted by logistic regression on the February 2019 pages of the 人民日报
 * development corpus only (`npx tsx scripts/eval/fit-section-model.ts`); the October 2019 pages are
 * held out. Features are scaled to about 0..1 so the weights read as the cue's strength.
 */
import type { ArticleBlock } from '../types.ts';
import type { DraftArticle } from './draft.ts';
import type { ClassifiedBlock } from './classify-blocks.ts';
import { endsSentence, visibleLength } from './text-shape.ts';
import { bigrams, cohesion } from './cohesion.ts';
import { headingShape, sameShape } from './parallel-headings.ts';
import sectionModelData from './section-model.json' with { type: 'json' };

/** What the model sees of one decision. */
export interface SectionDecision {
  stack: string[];
  article: DraftArticle;
  blocks: ClassifiedBlock[];
  /** Index of the running-text block right after the stack. */
  index: number;
  /** The paper puts the reporter under every headline (its house style, profile.ts). */
  bylineOnTop?: boolean;
}

/** The section model's cues: id and one line of doc each (the order of the weights in section-model.json). */
export const SECTION_CUES = [
  { id: 'bias', doc: 'constant term' },
  { id: 'noHeadingsYet', doc: 'the article has no section heading yet' },
  { id: 'articleChars', doc: 'text of the article so far, /3000 capped at 1.5' },
  { id: 'longNoHeadings', doc: 'no headings yet and 600+ characters of text' },
  { id: 'paragraphs', doc: 'paragraphs so far, /12 capped at 1.5' },
  { id: 'charsSinceHeading', doc: 'text since the last heading (or the start), /2000 capped at 1.5' },
  { id: 'stackTwo', doc: 'the stack has two lines' },
  { id: 'stackThreePlus', doc: 'the stack has three or more lines' },
  { id: 'headLength', doc: 'length of the stack\'s last line, /20 capped at 2' },
  { id: 'twoPhrase', doc: 'the headline is phrases set apart by spaces (价格稳 品种多 供应足)' },
  { id: 'similarAhead', doc: 'later single headlines of similar length before the article\'s text ends (/3 capped at 1)' },
  { id: 'anyAhead', doc: 'any later single headline in the next stretch of text' },
  { id: 'likeEarlierHeadings', doc: 'length close to the mean of the article\'s earlier headings' },
  { id: 'nextOpensWithDate', doc: 'the text after (past a reporter\'s line under the stack) opens with a time (1月31日，… / 近日， / 日前，)' },
  { id: 'nextLength', doc: 'length of the text right after the stack (past a reporter\'s line under it), /200 capped at 2' },
  { id: 'prevEndsSentence', doc: 'the text before the stack ends a sentence' },
  { id: 'charsAhead', doc: 'text until the next headline, /2000 capped at 1.5' },
  { id: 'pagePosition', doc: 'where on the page the stack stands (0 = top, 1 = foot), by blocks' },
  { id: 'articleHasKicker', doc: 'the article\'s headline has a kicker (a full news headline, not a feature\'s)' },
  { id: 'articleHasByline', doc: 'the article already has a byline or sign-off line (never in a paper that puts the reporter under every headline)' },
  { id: 'headingsSoFar', doc: 'section headings the article has so far, /5 capped at 2' },
  { id: 'kickerLine', doc: 'a long statement over a shorter title (山东潍坊市寒亭区实施强村领航工程 / 让弱村变强 把强村做优)' },
  { id: 'breaksSeries', doc: 'the article\'s headings so far share one build, and this one does not' },
  { id: 'likeTitle', doc: 'the same build as the article\'s own title (parallel-headings.ts)' },
  { id: 'stackSizeBreak', doc: 'the article\'s headings so far came as 3+ stacks of one size (lines), and this stack has another size' },
  { id: 'phraseBreak', doc: 'a one-line stack: the article\'s 3+ headings so far all have one number of phrases, and this line has another' },
  { id: 'dayInLead', doc: 'the text after (past a reporter\'s line under the stack) names a day early in its first sentence, as a news lead does (国务院总理李克强17日在北京会见…)' },
  { id: 'cohesion', doc: 'lexical cohesion of the stack and the text after it with the article so far (cohesion.ts), x10 capped at 1' },
] as const satisfies readonly { id: string; doc: string }[];

export const FEATURE_NAMES = SECTION_CUES.map((c) => c.id);

const cap = (x: number, m: number) => Math.min(x, m);

function isSingleHeadline(blocks: ClassifiedBlock[], i: number): boolean {
  const b = blocks[i]!;
  if (b.kind !== 'headline' && b.kind !== 'name') return false;
  const prev = blocks[i - 1];
  const next = blocks[i + 1];
  return !!prev && !!next && prev.kind === 'body' && (next.kind === 'body' || next.kind === 'dateline');
}

/** The article's text so far (headline, headings and paragraphs): its last blocks, about 1,500 characters. */
function articleText(d: SectionDecision): string[] {
  const t: string[] = [];
  let n = 0;
  for (let i = d.article.blocks.length - 1; i >= 0 && n < 1500; i--) {
    t.push(d.article.blocks[i]!.text);
    n += d.article.blocks[i]!.text.length;
  }
  return t;
}

/** The stack and the running text after it, up to the next headline-shaped block or about 600 characters. */
function stackAndTextAhead(d: SectionDecision): string[] {
  const t = [...d.stack];
  let n = 0;
  for (let i = d.index; i < d.blocks.length && n < 600; i++) {
    const b = d.blocks[i]!;
    if (i > d.index && (b.kind === 'headline' || b.kind === 'short-stack' || b.kind === 'name')) break;
    t.push(b.block.text);
    n += b.block.text.length;
  }
  return t;
}

/** Feature vector of one decision (same order as FEATURE_NAMES). */
export function sectionFeatures(d: SectionDecision): number[] {
  return [...cheapFeatures(d), cohesionFeature(d)];
}

/** Lexical cohesion of the stack and the text after it with the article so far, x10 capped at 1. */
function cohesionFeature(d: SectionDecision): number {
  return cap(10 * cohesion(articleText(d), stackAndTextAhead(d), d.blocks), 1);
}

/** Every feature but the last (cohesion, which costs as much as the others together). */
function cheapFeatures(d: SectionDecision): number[] {
  const paras = d.article.blocks.filter((b) => b.role === 'paragraph');
  const heads = d.article.blocks.filter((b) => b.role === 'heading');
  // The text of all paragraphs and of those since the last heading (or the title), each paragraph measured once, and
  // only as far as the features below can tell apart (capped at 4,500 and 3,000 characters).
  let chars = 0;
  let since = 0;
  let sinceDone = false;
  for (let i = d.article.blocks.length - 1; i >= 0; i--) {
    if (chars >= 4500 && (sinceDone || since >= 3000)) break;
    const b = d.article.blocks[i]!;
    if (b.role === 'heading' || b.role === 'title') sinceDone = true;
    else if (b.role === 'paragraph') {
      const length = visibleLength(b.text);
      chars += length;
      if (!sinceDone) since += length;
    }
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
    if (b.kind === 'body' && !aheadDone && ahead < 3000) ahead += visibleLength(b.block.text); // (capped at 3,000 below)
    if (isSingleHeadline(d.blocks, i)) {
      aheadDone = true;
      any++;
      const l = visibleLength(b.block.text);
      if (Math.abs(l - hl) <= Math.max(2, hl * 0.3)) similar++;
    }
  }
  const meanHead = heads.length ? heads.reduce((n, b) => n + visibleLength(b.text), 0) / heads.length : 0;
  // The text under the stack: past a reporter's line set under the headline (记者 徐隽 / 31日，记者从…获悉).
  const under = d.blocks[d.index]?.kind === 'byline' ? d.index + 1 : d.index;
  const next = d.blocks[under]?.block.text.trim() ?? '';
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
    cap(similar / 3, 1),
    any > 0 ? 1 : 0,
    heads.length && Math.abs(hl - meanHead) <= Math.max(2, meanHead * 0.3) ? 1 : 0,
    /^(\d{1,2}月\d{1,2}日|\d{4}年\d{1,2}月|近日|日前|今年\d|去年\d|(今|昨|前)天)/.test(next) ? 1 : 0,
    cap(visibleLength(next) / 200, 2),
    endsSentence(prev) ? 1 : 0,
    cap(ahead / 2000, 1.5),
    d.blocks.length ? d.index / d.blocks.length : 0,
    d.article.blocks.some((b) => b.role === 'kicker') ? 1 : 0,
    // (In a paper that credits every article under its headline, a byline does not mark a long feature with sections.)
    !d.bylineOnTop && d.article.blocks.some((b) => b.role === 'byline') ? 1 : 0,
    cap(heads.length / 5, 2),
    ...shapeFeatures(d, heads),
    stackSizeBreak(d.article, d.stack.length),
    d.stack.length === 1 ? phraseBreak(d.article, d.stack[0]!) : 0,
    namesDayEarly(next) ? 1 : 0,
  ];
}

/**
 * A news lead under its headline: the text's first sentence names a day early (17日, 近日) and restates most of the
 * headline (three in five of its character pairs): 县人民医院开展义诊进乡村活动 / 12月3日，县人民医院组织20余名医务人员…开展义诊活动.
 */
export function isLeadUnderHeadline(head: string, text: string): boolean {
  if (!namesDayEarly(text)) return false;
  const lead = text.slice(0, 120).split(/[。！？!?]/)[0]!;
  // (Character pairs as lexical cohesion counts them: Han letters, Latin letters and digits, punctuation skipped.)
  const h = bigrams(head);
  if (h.length < 5) return false;
  const l = new Set(bigrams(lead));
  return h.filter((p) => l.has(p)).length >= 0.6 * h.length;
}

/** Whether a text names a day in the first 40 characters of its first sentence, as a news lead does (dayInLead). */
function namesDayEarly(text: string): boolean {
  return DAY_IN_LEAD.test(text.slice(0, 40).split(/[。！？!?]/)[0]!);
}

/** A day named in a news lead's first words: 17日, 10月17日, 近日, 日前, 昨天, 今天 (上午). */
const DAY_IN_LEAD = /(^|[^\d年])\d{1,2}日(?!元)|近日|日前|[昨今前]天|[昨今]日/;

/**
 * Whether the article's three or more section headings so far all have one number of phrases (two-phrase slogans
 * 打通版面页面 连接党心民心 / 好创意迭出 好产品爆棚 / 争当网红记者 争相跨界发展, or single phrases) and this heading has
 * another (优质内容是不变的刚需): a feature builds its headings alike, whatever their lengths, so a heading built
 * otherwise after such a run is more likely the next article's title. (breaksSeries asks for lengths alike too.)
 * A letter-spaced word (春  色) is one phrase; lines under four characters (a name set as a heading, 杨明品) are not
 * counted as the run's headings.
 */
export function phraseBreak(article: DraftArticle, heading: string): number {
  const phrases = article.blocks.filter((b) => b.role === 'heading' && visibleLength(b.text.trim()) >= 4).map((b) => phraseCount(b.text));
  return phrases.length >= 3 && phrases.every((p) => p === phrases[0]) && phraseCount(heading) !== phrases[0] ? 1 : 0;
}

/** A heading's phrases (headingShape), a letter-spaced word (春  色, 晓  光) counting as one. */
function phraseCount(text: string): number {
  const t = text.trim();
  return /^\S([ \u3000]+\S)+$/.test(t) ? 1 : headingShape(t).phrases;
}

/**
 * Whether the article's section headings so far came as three or more stacks of one size (one line each, or two each:
 * 因趣结缘 / 每个团队都有独特面孔) and this stack has another: a feature's headings are set alike, so a stack set
 * otherwise after a run of them is more likely the next article's headline.
 */
export function stackSizeBreak(article: DraftArticle, size: number): number {
  const runs: number[] = [];
  let run = 0;
  for (const b of article.blocks) {
    if (b.role === 'heading') run++;
    else if (run) {
      runs.push(run);
      run = 0;
    }
  }
  if (run) runs.push(run);
  return runs.length >= 3 && runs.every((r) => r === runs[0]) && size !== runs[0] ? 1 : 0;
}

/** A name line under a title (李  纵  邓铁军, （印度）狄伯杰, 导演  韩  延, 安娜·阿鲁久尼扬): the writer, not a title. */
const NAMED = /[（(][^（()）]+[）)]|[\p{Script=Han}]{1,8}[ \u3000]{2,}\S|^[\p{Script=Han}]{2,4}$|^[\p{Script=Han}]{1,8}(·[\p{Script=Han}]{1,10})+$/u;

/** kickerLine, breaksSeries, likeTitle (the article's section headings so far given). */
function shapeFeatures(d: SectionDecision, headings: readonly ArticleBlock[]): number[] {
  const first = d.stack[0]!.trim();
  const last = d.stack[d.stack.length - 1]!.trim();
  const fl = visibleLength(first);
  const kicker = d.stack.length === 2 && fl >= 10 && fl > visibleLength(last) && !/(——|—|：|:|[，。！？!?])$/.test(first) && !/^(——|--)/.test(last) && !NAMED.test(last) ? 1 : 0;
  const shape = headingShape(last);
  const heads = headings.map((b) => headingShape(b.text));
  const series = heads.length >= 2 && heads.every((h) => sameShape(h, heads[0]!));
  const breaks = series && !sameShape(shape, heads[0]!) ? 1 : 0;
  const title = d.article.blocks.find((b) => b.role === 'title');
  const like = title && shape.length >= 4 && sameShape(shape, headingShape(title.text)) ? 1 : 0;
  return [kicker, breaks, like];
}

/**
 * A news kicker reporting what a leader said, over the headline that quotes it: 习近平在会见…代表时强调 / 为实现…继续努力,
 * 李克强在陕西考察时指出 / …. The reporting verb (强调, 指出, 表示) that ends the kicker is a closed class; a section
 * heading never ends in one, so such a stack opens a new article.
 */
export function isReportingKicker(stack: readonly string[]): boolean {
  return stack.length >= 2 && visibleLength(stack[0]!) >= 8 && /\S(强调|指出|表示)$/.test(stack[0]!.trim());
}

/**
 * A single line ending in a dash set off before running text (钻机到了没——, “凤凰”展翅向未来——): a lead-in to the
 * text under it, a section's opening line; a title never ends in a dash (over a title, such a line is its kicker).
 */
export function isLoneLeadIn(stack: readonly string[]): boolean {
  return stack.length === 1 && /(——|—)$/.test(stack[0]!.trim());
}

/**
 * Whether the article already has a closing box: a reporter's notes (记者手记), further reading (延伸阅读) or an editor's
 * afterword (编后) — boxes a newspaper sets at the end of an article (a closed class of labels), so a headline after one
 * opens the next article (记者手记 / 身边的改变 追梦的契机 / … then 新居新年味儿). Boxes that may stand mid-article
 * (链接, 知识链接, 小贴士) do not count.
 */
export function endsWithClosingBox(article: DraftArticle): boolean {
  return article.blocks.some((b) => b.role === 'heading' && /^[■●◆]?[ \u3000]*(记者手记|延伸阅读|编后)$/.test(b.text.trim()));
}

/** Fitted weights, a data file written by the fitting script (scripts/eval/papers.ts --write). */
export const SECTION_WEIGHTS: readonly number[] = Object.freeze(loadWeights(sectionModelData));

function loadWeights(data: { features: string[]; weights: number[] }): number[] {
  if (data.features.length !== FEATURE_NAMES.length || data.features.some((f, i) => f !== FEATURE_NAMES[i]) || data.weights.length !== FEATURE_NAMES.length) {
    throw new Error(`section-model.json: its features (${data.features.join(', ')}) are not FEATURE_NAMES; refit with npm run eval:papers -- --write`);
  }
  return data.weights;
}

/** The weights in use (the fitting script empties them to see the segmenter without the model). */
/** The section model: its weights, the score above which a stack opens an article, and the review band. */
export interface SectionModel {
  readonly weights: readonly number[];
  readonly threshold: number;
  readonly reviewMargin: number;
  /**
   * The share of titles among the decisions the weights were fitted on (written by the fitting script): the model's prior,
   * against which a publication's own share is estimated (profile.ts sectionBias).
   */
  readonly titleShare?: number;
}

/**
 * The shipped model (section-model.json), frozen: the ingest reads it, and tools that fit or weigh other weights
 * pass their own model to segmentPage (`{ ...SECTION_MODEL, weights }`; weights `[]` switch the model off).
 */
export const SECTION_MODEL: SectionModel = Object.freeze({ weights: SECTION_WEIGHTS, threshold: sectionModelData.threshold, reviewMargin: sectionModelData.reviewMargin, ...(typeof sectionModelData.titleShare === 'number' ? { titleShare: sectionModelData.titleShare } : {}) });

/** The model's score: above the threshold, the stack opens a new article; otherwise it is section heading(s) of the current one. */
export function newArticleScore(d: SectionDecision, weights: readonly number[] = SECTION_MODEL.weights): number {
  if (!weights.length) return -1;
  const f = sectionFeatures(d);
  let s = 0;
  for (let i = 0; i < f.length; i++) s += f[i]! * (weights[i] ?? 0);
  return s;
}

/** The model's score of a decision and its weightiest cues (name, weight × value), most weight first: for --explain. */
export function weighDecision(d: SectionDecision, weights: readonly number[] = SECTION_MODEL.weights, top = 4, threshold = SECTION_MODEL.threshold): { score: number; cues: [string, number][] } {
  const f = sectionFeatures(d);
  const parts = f.map((v, i): [string, number] => [FEATURE_NAMES[i]!, Math.round(v * (weights[i] ?? 0) * 100) / 100]);
  const score = Math.round((parts.reduce((n, [, c]) => n + c, 0) - threshold) * 100) / 100;
  return { score, cues: parts.filter(([name, c]) => name !== 'bias' && c !== 0).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || (a[0] < b[0] ? -1 : 1)).slice(0, top) };
}

/**
 * Whether the stack opens a new article: never for a lone lead-in, always after a closing box, otherwise when the
 * model's score is above the threshold.
 */
export function opensNewArticle(d: SectionDecision, weights: readonly number[] = SECTION_MODEL.weights, threshold = SECTION_MODEL.threshold): boolean {
  return sectionVerdict(d, weights, threshold, 0).opens;
}

/**
 * The section model's verdict on a stack, with its margin (score − threshold) when that is narrower than
 * `reviewMargin` (section-model.json): such decisions get a review note (`segment-uncertain`). The same verdict as
 * `opensNewArticle`. With `exact`, the model's whole score too, whenever the model decided (cohesion then always
 * computed): a page's habits weigh every score (profile.ts).
 */
export function sectionVerdict(d: SectionDecision, weights: readonly number[] = SECTION_MODEL.weights, threshold = SECTION_MODEL.threshold, band = SECTION_MODEL.reviewMargin, exact = false): { opens: boolean; margin?: number; score?: number } {
  if (!weights.length || isLoneLeadIn(d.stack)) return { opens: false };
  if (endsWithClosingBox(d.article)) return { opens: true };
  return scoreVerdict(d, weights, threshold, band, exact);
}

/**
 * Whether `newArticleScore` is above the threshold. The cohesion feature, which lies in 0..1, is computed only
 * when its term could move the score across the threshold.
 */
export function scoreAboveThreshold(d: SectionDecision, weights: readonly number[] = SECTION_MODEL.weights, threshold = SECTION_MODEL.threshold): boolean {
  return scoreVerdict(d, weights, threshold, 0).opens;
}

/**
 * The score against the threshold, with the margin when it is narrower than `band`. The cohesion cue (the last,
 * in 0..1, and as costly as the others together) is computed only when its term could move the score across the
 * threshold or into the band, unless `exact` asks for the whole score.
 */
function scoreVerdict(d: SectionDecision, weights: readonly number[], threshold: number, band: number, exact = false): { opens: boolean; margin?: number; score?: number } {
  if (!weights.length) return { opens: false };
  const f = cheapFeatures(d);
  let s = 0;
  for (let i = 0; i < f.length; i++) s += f[i]! * (weights[i] ?? 0);
  const w = weights[f.length] ?? 0;
  if (!exact && Math.min(s, s + w) - threshold > band) return { opens: true };
  if (!exact && Math.max(s, s + w) - threshold < -band) return { opens: false };
  const score = s + w * cohesionFeature(d);
  const margin = score - threshold;
  return { opens: margin > 0, ...(Math.abs(margin) < band ? { margin: Math.round(margin * 100) / 100 } : {}), ...(exact ? { score } : {}) };
}
