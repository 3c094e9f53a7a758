/**
 * Types passed between the pure ingest stages:
 * decode → normalise → segment (blocks, joins, classification) → metadata → corrections and ids → render.
 * The content types written to disk live in src/content/schema.ts.
 */
import type { PageHabits } from './profile.ts';
import type { ReviewNote } from '../../src/content/schema.ts';
import type { Encoding } from './decode.ts';

/** One line of a page after decoding and normalisation. `no` is the 1-based line number in the source file. */
export interface SourceLine {
  no: number;
  /** The line as normalised (normalise.ts). */
  text: string;
  /** The line's punctuation marks ( ) , : ; ? ! . as printed, in order, where normalising made them full width (headlines keep them). */
  printedMarks?: string;
}

/** Inclusive 1-based source line range. */
export type LineRange = [number, number];

export type FurnitureKind = 'masthead' | 'publisher' | 'slogan' | 'motto' | 'issue-number' | 'banner' | 'other';

/** Role of a block of text inside an article. */
export type BlockRole =
  | 'kicker'
  | 'title'
  | 'subtitle'
  | 'byline'
  | 'editorsNote'
  | 'heading'
  | 'pullquote'
  | 'paragraph'
  | 'continuation'
  /**
   * A credit printed with the article that does not name its authors (the layout's or the chart's, 制图：某某 /
   * 版式设计：某某; a data source, 数据来源：…; an editor's, 责任编辑：某某; a signature, ——编 者): kept in the text where printed.
   */
  | 'credit';

/**
 * A block of an article. `text` is the block's text after column-break joins
 * (joined pieces are concatenated with nothing between them; other line breaks
 * inside a block are kept as '\n'). `lines` covers every source line it came from.
 */
export interface ArticleBlock {
  role: BlockRole;
  text: string;
  lines: LineRange;
  /** The column-break joins made inside this block, as `before|after` snippets (for tests and review). */
  joins?: string[];
}

export interface Continuation {
  direction: 'to' | 'from';
  page: number | null;
  /** A section's page label (A02) when the marker names one instead of a number. */
  label?: string;
  text: string;
}

export interface SegmentedArticle {
  kicker?: string;
  title: string;
  subtitle?: string;
  byline?: string;
  editorsNote?: string;
  sections: string[];
  pullQuotes: string[];
  /** The credits kept in its text (制图：某某, ——编 者): blocks set as bylines that name no author, as printed. */
  credits: string[];
  continuations: Continuation[];
  /** Every block of the article, in reading order (a headline printed after its body comes first here). */
  blocks: ArticleBlock[];
  lines: LineRange;
  review: ReviewNote[];
}

export type SegmentedItem =
  | { type: 'furniture'; kind: FurnitureKind; text: string; lines: LineRange }
  | { type: 'caption'; text: string; lines: LineRange }
  | { type: 'teaser'; kicker?: string; title: string; text: string; page: number | null; label?: string; lines: LineRange }
  | { type: 'article'; article: SegmentedArticle };

export interface SegmentedPage {
  /** Furniture, captions, teasers and articles, in source order (articles placed at their first block's line). */
  items: SegmentedItem[];
  review: ReviewNote[];
  /** What the page shows of its paper's house style (profile.ts). */
  habits?: PageHabits;
}

export interface SourceFile {
  /** Path relative to the sources folder (forward slashes). */
  path: string;
  bytes: Uint8Array;
}

/** An error (stops the run from writing) or a warning (reported only). */
export interface Problem {
  code: string;
  message: string;
  file?: string;
  line?: number;
  byte?: number;
}

/**
 * The per-page work that needs no catalogue, corrections or other pages:
 * decode, normalise, segment and the nothing-lost check. Pure; it is what the
 * worker threads of `ingestParallel` run.
 */
export type PreparedPage =
  | { ok: false; error: Problem }
  /** `lossNotes`: notes on the page's text as a whole (decode's uncertain encoding or dropped control characters, then the nothing-lost check). */
  | { ok: true; encoding: Encoding; lines: SourceLine[]; segmented: SegmentedPage; lossNotes: ReviewNote[] };
