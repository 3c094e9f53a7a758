/**
 * profile: a publication's house style, learned from the pages of it being ingested (or stated in the catalogue).
 * Pure.
 *
 * Papers differ in habits the text of one page cannot settle: a 都市报 or county paper puts the reporter under
 * every headline (记者 张三), and a weekly or a supplement its writer (◎ 林某某, 文/张某), so a headline over a reporter's or
 * writer's line opens an article; a national daily that rarely
 * does so sets such lines under the sections of a group feature. Each page reports what it shows unambiguously —
 * whether its first article has the reporter or writer under the headline (segment/group-articles.ts bylineOnTop) — and the
 * publication's pages together decide. So does how the pages set a headline: its parts as blocks of their own, or all on
 * the lines of one block (headlineLinesAreParts). And how readily a headline inside running text is the next article
 * rather than a section of the one before (sectionBias): each page reports the section model's scores, and the share of
 * titles they imply for the paper is weighed against the share the model was fitted on.
 */
import type { HeadlineHabits } from './segment/headline-lines.ts';
import { SECTION_MODEL } from './segment/section-or-title.ts';

/** What one page shows of its paper's habits (segmentPage reports it). */
export interface PageHabits {
  /** The page's first headline stands over a reporter's or writer's line, then the text (the editors credited between them or not). */
  bylineOnTop: boolean;
  /** How its articles' headlines are set: on the lines of one block, or their parts as blocks apart (segment/headline-lines.ts). */
  headlines?: HeadlineHabits;
  /** The section model's score (less its threshold) of each headline stack inside running text it weighed on the page. */
  sectionScores?: number[];
}

/** A publication's house style, as the segmenter uses it. Absent fields: the segmenter's defaults. */
export interface PublicationProfile {
  /** A headline over a reporter's or writer's line opens an article (not a group feature's section). */
  bylineOnTop?: boolean;
  /**
   * The paper's pages keep a headline's parts together on the lines of one block: such a block's lines are its kicker,
   * title and subtitle (segment/headline-lines.ts), not one title set on several lines.
   */
  headlineLinesAreParts?: boolean;
  /**
   * How much more (or less) readily a headline stack inside running text opens an article in this paper than on the
   * section model's training pages: added to the model's score (a log-odds shift), learned from the paper's pages.
   */
  sectionBias?: number;
}

/** How a profile was decided, for the ingest report. */
export interface ProfileDecision {
  profile: PublicationProfile;
  /**
   * Pages of the publication that showed the byline-on-top habit, of all its pages; and its articles whose headline is one
   * block of two or three lines (together) or parts in blocks of one line each (apart).
   */
  evidence: { bylineOnTop: number; pages: number; headlines: HeadlineHabits; sections: SectionEvidence };
  /** Where the byline-on-top habit was decided (the catalogue may state either habit; what it leaves out the pages decide). */
  source: 'catalogue' | 'pages';
}

/**
 * Share of a publication's pages whose first article has its reporter or writer under the headline from which the
 * publication is taken to put bylines on top. On the development papers: 人民日报 15 of 892 pages (1.7 %; 14 before writers'
 * lines counted), 都市快报 6 of 15 (40 %), the seeds 1 of 5 (开发区专刊, its writers under its headline: 撰文 …). The two mistakes cost unequally: the style forced on 人民日报 costs it
 * 0.018 start-F1 (0.969 → 0.951: a feature's sections with their own reporters open articles), forced off
 * 都市快报 0.071 (0.963 → 0.892). So the share is set low, near the geometric mean of the two papers' shares
 * (8 %): a city paper whose issue shows the habit on only a few pages is still read in its style.
 */
export const BYLINE_ON_TOP_SHARE = 0.1;

/**
 * A publication keeps a headline's parts on the lines of one block when at least HEADLINES_TOGETHER_MIN of its articles
 * have a headline of two or three lines in one block and fewer than HEADLINES_APART_SHARE of those with a headline in
 * parts have the parts as blocks apart. On the development papers: 都市快报 has 7 headlines together and 7 apart (a
 * kicker's block over a title's: its blocks of several lines are titles), 人民日报 0 and 1,558, the seeds 0 and 3 (every
 * line a block of its own); re-styled with each headline's lines in one block, 人民日报 has 1,256 together and 48 apart,
 * 都市快报 24 and 0. (Splitting lines that were one title costs titles in the right role, never an article found: the
 * scorer matches a title to a kicker and title, or a title and subtitle, read together.)
 */
export const HEADLINES_TOGETHER_MIN = 5;
export const HEADLINES_APART_SHARE = 0.25;

/** The stacks the section model weighed on a publication's pages, and the share of them estimated to open an article. */
export interface SectionEvidence {
  decisions: number;
  /** Estimated share of titles among them (the model's training share when there are none). */
  titleShare: number;
}

/**
 * How many of the training pages' decisions the estimate of a paper's share of titles starts from (a prior of that
 * weight at the model's own share): a paper with few decisions stays near the model's prior, one with many is read by its
 * own. On the development papers 人民日报 has about 3,400 decisions, 都市快报's issue 48 and the seeds 12.
 */
export const SECTION_PRIOR_DECISIONS = 100;
/**
 * The smallest shift (log-odds) that changes how a paper is read: below it, the pages' first segmentation stands. On the
 * development papers as delivered the shifts are -0.19 (人民日报), -0.04 (都市快报) and +0.09 (the seeds): none.
 */
export const SECTION_BIAS_MIN = 0.25;

/**
 * A paper's share of titles among the stacks the section model weighs, estimated from the model's scores on its pages
 * by expectation–maximisation (Saerens, Latinne & Decaestecker 2002, "Adjusting the outputs of a classifier to new a priori
 * probabilities"): each score's probability is re-weighed for the share so far, their mean (with SECTION_PRIOR_DECISIONS
 * at the model's share) is the next share, until it settles. Returns the share and the log-odds shift from the model's.
 */
export function estimateTitleShare(scores: readonly number[], modelShare: number, prior = SECTION_PRIOR_DECISIONS): { share: number; shift: number } {
  const logit = (p: number) => Math.log(p / (1 - p));
  const probs = scores.map((z) => 1 / (1 + Math.exp(-z)));
  let share = modelShare;
  for (let it = 0; it < 200; it++) {
    const a = share / modelShare;
    const b = (1 - share) / (1 - modelShare);
    let sum = 0;
    for (const p of probs) sum += (a * p) / (a * p + b * (1 - p));
    const next = (sum + prior * modelShare) / (probs.length + prior);
    const done = Math.abs(next - share) < 1e-7;
    share = next;
    if (done) break;
  }
  return { share, shift: logit(share) - logit(modelShare) };
}

/** The profile of a publication from its pages' habits, and what the catalogue states of it (which wins). */
export function decideProfile(habits: readonly (PageHabits | undefined)[], stated?: PublicationProfile, modelShare = SECTION_MODEL.titleShare): ProfileDecision {
  const seen = habits.filter((h): h is PageHabits => h !== undefined);
  const headlines = { together: 0, apart: 0 };
  const scores: number[] = [];
  for (const h of seen) {
    headlines.together += h.headlines?.together ?? 0;
    headlines.apart += h.headlines?.apart ?? 0;
    if (h.sectionScores) scores.push(...h.sectionScores);
  }
  const estimate = modelShare && scores.length ? estimateTitleShare(scores, modelShare) : undefined;
  const sections = { decisions: scores.length, titleShare: Number((estimate?.share ?? modelShare ?? 0).toFixed(4)) };
  const evidence = { bylineOnTop: seen.filter((h) => h.bylineOnTop).length, pages: seen.length, headlines, sections };
  const profile: PublicationProfile = {};
  const statedByline = stated?.bylineOnTop !== undefined;
  if (statedByline) profile.bylineOnTop = stated!.bylineOnTop;
  else if (evidence.pages > 0 && evidence.bylineOnTop / evidence.pages >= BYLINE_ON_TOP_SHARE) profile.bylineOnTop = true;
  if (stated?.headlineLinesAreParts !== undefined) profile.headlineLinesAreParts = stated.headlineLinesAreParts;
  else if (headlines.together >= HEADLINES_TOGETHER_MIN && headlines.apart / (headlines.apart + headlines.together) < HEADLINES_APART_SHARE) profile.headlineLinesAreParts = true;
  if (estimate && Math.abs(estimate.shift) >= SECTION_BIAS_MIN) profile.sectionBias = Number(estimate.shift.toFixed(2));
  return { profile, evidence, source: statedByline ? 'catalogue' : 'pages' };
}

/** Whether a profile changes anything for the segmenter (else the pages' first segmentation stands). */
export function profileMatters(profile: PublicationProfile): boolean {
  return profile.bylineOnTop === true || profile.headlineLinesAreParts === true || profile.sectionBias !== undefined;
}

/**
 * Whether a profile decided from the pages rests on thin evidence: its share within a factor of two of the
 * threshold either way, or fewer than ten pages with the habit shown on some. The report then asks the editor to
 * state the style in the catalogue.
 */
export function thinEvidence(d: ProfileDecision): boolean {
  if (d.source !== 'pages' || d.evidence.pages === 0) return false;
  const share = d.evidence.bylineOnTop / d.evidence.pages;
  if (d.evidence.pages < 10 && d.evidence.bylineOnTop > 0) return true;
  return share >= BYLINE_ON_TOP_SHARE / 2 && share < BYLINE_ON_TOP_SHARE * 2;
}
