/**
 * The single source of truth for Jiuwen's content types.
 *
 * Imported by the ingest (`scripts/ingest/*`, which validates everything it
 * writes) and by `src/content.config.ts` (which validates what Astro loads).
 * Keep it free of Astro imports so plain Node/tsx can load it.
 */
import { z } from 'zod';

/** How much of a date is known. `unknown` means nothing is known at all. */
export const datePrecisionSchema = z.enum(['day', 'month', 'year', 'unknown']);

/** Where a fact came from, most to least trustworthy. */
export const factSourceSchema = z.enum(['catalogue', 'path', 'text', 'none']);
export type FactSource = z.infer<typeof factSourceSchema>;

/**
 * A date known to the day (`2020-12-04`), the month (`2020-12`), the year
 * (`2020`) or not at all (`value: null`, precision `unknown`). Never invented.
 */
export const partialDateSchema = z
  .object({
    value: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).nullable(),
    precision: datePrecisionSchema,
    source: factSourceSchema,
    /** Human explanation, e.g. why a month was inferred. */
    basis: z.string().optional(),
  })
  .refine(
    (d) =>
      (d.value === null && d.precision === 'unknown') ||
      (d.value !== null &&
        ((d.precision === 'day' && d.value.length === 10) ||
          (d.precision === 'month' && d.value.length === 7) ||
          (d.precision === 'year' && d.value.length === 4))),
    { message: 'date value must match its precision (YYYY-MM-DD / YYYY-MM / YYYY, or null when unknown)' },
  );
export type PartialDate = z.infer<typeof partialDateSchema>;

/** URL-safe slug: lowercase ASCII letters, digits and single hyphens. */
export const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/** A section's page label as printed: a letter and a number (`A02`, `B1`). */
export const pageLabelSchema = z.string().regex(/^[A-Z]\d{1,3}$/);

export const publicationRefSchema = z.object({
  /** Display name, e.g. 金坛时报. `报名不详` when unknown. */
  name: z.string().min(1),
  slug: slugSchema,
  /** Whether the name came from the catalogue, the path or the text (masthead). */
  source: factSourceSchema,
});
export type PublicationRef = z.infer<typeof publicationRefSchema>;

/** A 1-based inclusive line range in the (decoded, un-normalised-line-count) source file. */
export const lineRangeSchema = z.tuple([z.number().int().positive(), z.number().int().positive()]);

export const furnitureKindSchema = z.enum(['masthead', 'publisher', 'slogan', 'motto', 'issue-number', 'banner', 'other']);

/** One thing printed on a page, in source order. Articles are referenced by id. */
export const pageItemSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('article'), id: z.string() }),
  z.object({ type: z.literal('furniture'), kind: furnitureKindSchema, text: z.string(), lines: lineRangeSchema }),
  z.object({ type: z.literal('caption'), text: z.string(), lines: lineRangeSchema }),
  z.object({
    type: z.literal('teaser'),
    kicker: z.string().optional(),
    title: z.string(),
    /** Full printed text of the teaser, including the pointer (▶ 详见二版). */
    text: z.string(),
    /** Page the teaser points to, when it says. */
    page: z.number().int().positive().nullable(),
    /** The section's page label it points to (▶ 详见A3版 → `A3`), when it names one. */
    label: pageLabelSchema.optional(),
    lines: lineRangeSchema,
  }),
]);
export type PageItem = z.infer<typeof pageItemSchema>;

/** A low-confidence decision the ingest made, for an editor to review. */
export const reviewNoteSchema = z.object({
  code: z.string(),
  message: z.string(),
  line: z.number().int().positive().optional(),
});
export type ReviewNote = z.infer<typeof reviewNoteSchema>;

export const pageSchema = z.object({
  /** Printed page number (版次), null when unknown. */
  number: z.number().int().positive().nullable(),
  /** A section's page label as printed (`A02`, `B1`) when the page has one and no number; shown as A02版. */
  label: pageLabelSchema.optional(),
  /** URL segment for the page: the number (`1`), the label (`a02`), or a slug from the file name when unknown. */
  key: slugSchema,
  /** Source file path relative to the sources folder, with forward slashes. */
  source: z.string(),
  /** Page name printed on it, if any (e.g. 要闻, 综合新闻). */
  name: z.string().optional(),
  items: z.array(pageItemSchema),
  review: z.array(reviewNoteSchema).default([]),
});
export type Page = z.infer<typeof pageSchema>;

/** The `issues` collection: one JSON file per issue (publication + date). */
export const issueSchema = z.object({
  /** `${publication.slug}/${dateKey}`, also the issue's URL path. */
  id: z.string(),
  publication: publicationRefSchema,
  date: partialDateSchema,
  /** URL segment for the date: `2020-12-04`, `2020-12`, `2020`, or `undated`. */
  dateKey: z.string().regex(/^(\d{4}(-\d{2}(-\d{2})?)?|undated(-[a-z0-9-]+)?)$/),
  /** Issue number printed on the page (第45期), if any. */
  issueNumber: z.number().int().positive().optional(),
  pages: z.array(pageSchema),
});
export type Issue = z.infer<typeof issueSchema>;

export const continuationSchema = z.object({
  direction: z.enum(['to', 'from']),
  /** Page number referred to, null when the marker names a section's page label or no page we can parse. */
  page: z.number().int().positive().nullable(),
  /** The section's page label referred to (下转A3版 → `A3`, as printed), when the marker names one. */
  label: pageLabelSchema.optional(),
  /** The marker exactly as printed, e.g. （下转第二版）. */
  text: z.string(),
});

/** Front matter of the `articles` collection (MDX body = the article text). */
export const articleSchema = z.object({
  /** Stable id: `${issueId}/${pageKey}/${slug}`; also the article's URL path. */
  id: z.string(),
  /** Short stable slug of the article within its page (hash based). */
  slug: slugSchema,
  issue: z.string(),
  publication: publicationRefSchema,
  date: partialDateSchema,
  page: z.number().int().positive().nullable(),
  /** The page's section label (`A02`), when it has one and no number. */
  pageLabel: pageLabelSchema.optional(),
  pageKey: slugSchema,
  /** Position of the article among the page's articles, 1-based, in reading order. */
  order: z.number().int().positive(),
  kicker: z.string().optional(),
  title: z.string(),
  subtitle: z.string().optional(),
  byline: z.string().optional(),
  editorsNote: z.string().optional(),
  /** Section headings inside the body, in order. */
  sections: z.array(z.string()).default([]),
  pullQuotes: z.array(z.string()).default([]),
  /**
   * Credits the text keeps where they were printed (本版制图：某某, 数据来源：…, ——编 者): lines set like a byline that name
   * no author. The site sets those paragraphs apart, as the paper does.
   */
  credits: z.array(z.string()).default([]),
  continuations: z.array(continuationSchema).default([]),
  /** Photo captions attached to this article, if any. */
  captions: z.array(z.string()).default([]),
  /** Plain-text excerpt (first ~120 characters of the body) for lists, feeds and meta tags. */
  excerpt: z.string(),
  /** Number of body characters (no spaces), for archive figures. */
  length: z.number().int().nonnegative(),
  source: z.object({ file: z.string(), lines: lineRangeSchema }),
  /** Earlier ids (URL paths) of this article that must keep working. */
  aliases: z.array(z.string()).default([]),
  review: z.array(reviewNoteSchema).default([]),
});
export type Article = z.infer<typeof articleSchema>;
