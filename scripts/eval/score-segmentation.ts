/**
 * Scores a page's segmentation against a gold reading (corpus-gold format). Pure.
 *
 * Matching rules (one-to-one, greedy in reading order):
 *  - title match: the titles are equal after `normaliseForMatch` (punctuation width folded, whitespace removed);
 *  - boundary match: the article's text after its headline starts with the gold `bodyStarts`
 *    (first 16 characters compared, normalised), with or without its editor's note (the gold text
 *    keeps a 编者按 that opens the article); gold items without body (`bodyless`) match on title.
 * Kicker / subtitle accuracy is measured on title-matched pairs (both absent counts as right).
 */
import type { SegmentedArticle, SegmentedPage } from '../ingest/types.ts';

export interface GoldArticle {
  kicker?: string;
  title: string;
  subtitle?: string;
  bodyStarts?: string;
  bodyless?: boolean;
}

export interface PageScore {
  gold: number;
  predicted: number;
  titleMatches: number;
  boundaryMatches: number;
  kickerRight: number;
  subtitleRight: number;
  missed: GoldArticle[];
  spurious: SegmentedArticle[];
  wrongHeadline: { gold: GoldArticle; got: SegmentedArticle }[];
}

/** Folds punctuation width, removes whitespace and bold marks. */
export function normaliseForMatch(s: string | undefined | null): string {
  return (s ?? '')
    .replace(/[，：；（）！？]/g, (c) => ({ '，': ',', '：': ':', '；': ';', '（': '(', '）': ')', '！': '!', '？': '?' })[c]!)
    .replace(/[\s\u00a0\u3000]+/g, '')
    .replace(/\*\*/g, '');
}

const HEADLINE_ROLES = new Set(['kicker', 'title', 'subtitle', 'editorsNote']);
const HEADLINE_ONLY = new Set(['kicker', 'title', 'subtitle']);

/**
 * The article's text after its headline (sections and bylines included), normalised. The editor's note
 * is left out unless `withNote`: the gold `bodyStarts` (the e-paper's article text after the headline)
 * has it when it opens the text (编者按：… / 编者的话), so both readings are tried.
 */
export function bodyStartOf(a: SegmentedArticle, withNote = false): string {
  const roles = withNote ? HEADLINE_ONLY : HEADLINE_ROLES;
  return normaliseForMatch(a.blocks.filter((b) => !roles.has(b.role)).map((b) => b.text).join(''));
}

const PREFIX = 16;

/** Scores one page. */
export function scorePage(page: SegmentedPage, gold: GoldArticle[]): PageScore {
  const got = page.items.flatMap((i) => (i.type === 'article' ? [i.article] : []));
  const score: PageScore = { gold: gold.length, predicted: got.length, titleMatches: 0, boundaryMatches: 0, kickerRight: 0, subtitleRight: 0, missed: [], spurious: [], wrongHeadline: [] };
  const usedT = new Set<number>();
  const usedB = new Set<number>();
  for (const g of gold) {
    const t = normaliseForMatch(g.title);
    const ti = got.findIndex((a, i) => !usedT.has(i) && normaliseForMatch(a.title) === t);
    if (ti >= 0) {
      usedT.add(ti);
      score.titleMatches++;
      const a = got[ti]!;
      if (normaliseForMatch(a.kicker) === normaliseForMatch(g.kicker)) score.kickerRight++;
      if (normaliseForMatch(a.subtitle) === normaliseForMatch(g.subtitle)) score.subtitleRight++;
      if (normaliseForMatch(a.kicker) !== normaliseForMatch(g.kicker) || normaliseForMatch(a.subtitle) !== normaliseForMatch(g.subtitle)) score.wrongHeadline.push({ gold: g, got: a });
    } else score.missed.push(g);
    const body = normaliseForMatch(g.bodyStarts).slice(0, PREFIX);
    const bi = got.findIndex((a, i) => !usedB.has(i) && (body === '' || g.bodyless ? normaliseForMatch(a.title) === t : bodyStartOf(a).startsWith(body) || bodyStartOf(a, true).startsWith(body)));
    if (bi >= 0) {
      usedB.add(bi);
      score.boundaryMatches++;
    }
  }
  score.spurious = got.filter((_, i) => !usedT.has(i));
  return score;
}

/** Precision, recall and F1 from counts. */
export function prf(matches: number, predicted: number, gold: number): { precision: number; recall: number; f1: number } {
  const precision = predicted ? matches / predicted : 0;
  const recall = gold ? matches / gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
