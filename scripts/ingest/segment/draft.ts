import type { ArticleBlock, FurnitureKind, LineRange } from '../types.ts';
import type { ReviewNote } from '../../../src/content/schema.ts';

/** An article being assembled: its blocks with roles, and what the grouping knows about its state. */
export interface DraftArticle {
  blocks: ArticleBlock[];
  /** Has at least one paragraph. */
  hasBody: boolean;
  /** Its last block was a sign-off (byline, credit, continuation to another page): what follows is new. */
  closed: boolean;
  /** What closed it (for diagnostics). */
  closedBy?: string;
  /** Opened by a dateline with no headline before it (its headline may come after the body). */
  untitled: boolean;
  /** Its text opens with a dateline (本报北京…电): a news report, which rarely has section headings. */
  newsLead?: boolean;
  /**
   * A box of briefs under a rubric (速览, 数读, 资讯速递): what its first item looked like (headline pieces
   * whether its text opens with a dateline, where it comes from: 新华社 / 本报). Later items of that shape stay in the box.
   */
  box?: { pieces: number; dateline: boolean; source: string };
  review: ReviewNote[];
}

export type DraftItem =
  | { type: 'furniture'; kind: FurnitureKind; text: string; lines: LineRange; note?: ReviewNote }
  | { type: 'caption'; text: string; lines: LineRange; note?: ReviewNote }
  | { type: 'teaser'; kicker?: string; title: string; text: string; page: number | null; label?: string; lines: LineRange }
  | { type: 'article'; draft: DraftArticle };
