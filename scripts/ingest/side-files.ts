/**
 * side-files: the schemas of the two files an archivist writes by hand, `catalogue.json` (in the
 * sources folder) and `corrections.json` (in the content folder), as zod schemas.
 *
 * They serve twice:
 * - the ingest checks each entry and each field against them (metadata.ts parseCatalogue,
 *   corrections.ts parseCorrections): a bad field is ignored with a problem naming the file, the entry
 *   and the field (`catalogue.json: pages["a.txt"].date: expected a real date …; ignored`), the rest
 *   of the entry is kept;
 * - `npm run schemas` writes them as JSON Schema (docs/schema/*.schema.json) for editors'
 *   autocompletion; a test checks the committed files are up to date.
 * Each field's description is both its JSON Schema description and the "expected …" of its problem.
 */
import { z } from 'zod';
import { parsePageLabel } from './page-label.ts';

/** True when `s` is a real calendar date as YYYY-MM-DD, YYYY-MM or YYYY. */
export function parseDateValue(s: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  if (y < 1800 || y > 2200) return false;
  if (m[2] === undefined) return true;
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) return false;
  if (m[3] === undefined) return true;
  const d = Number(m[3]);
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d >= 1 && d <= days;
}

/* ---------- field schemas ---------- */

/** A whole number > 0 within the content schema's limits (zod's int(): a safe integer), so 1e21 is refused. */
const positiveInt = z.number().int().positive();
const realDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
  .refine(parseDateValue);
const name = z.string().trim().min(1);
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
/** A section's page label such as "A02" (page-label.ts). */
const pageLabel = z.string().refine((s) => parsePageLabel(s) !== undefined);

export const catalogueFields = {
  publication: name.nullable().describe('a name or null'),
  date: realDate.nullable().describe('a real date as YYYY-MM-DD, YYYY-MM or YYYY, or null'),
  dateBasis: z.string().nullable().describe('text (why the date is right, shown to readers as 日期依据) or null'),
  page: z.union([positiveInt, pageLabel]).nullable().describe('a positive whole number, a section page label such as "A02", or null'),
  issueNumber: positiveInt.nullable().describe('a positive whole number or null'),
  pageName: z.string().nullable().describe('the page name printed on it (要闻) or null'),
  what: z.string().describe('free text for editors'),
};

export const publicationFields = {
  slug: slug.describe('a lowercase slug like "renmin-ribao"'),
  profile: z
    .strictObject({
      bylineOnTop: z.boolean().optional().describe('a headline over a reporter\'s line opens an article'),
      headlineLinesAreParts: z.boolean().optional().describe('the lines of a headline set in one block are its kicker, title and subtitle'),
    })
    .describe('an object like { "bylineOnTop": true, "headlineLinesAreParts": true }'),
};

export const overrideFields = {
  publication: name.describe('a name'),
  date: realDate.describe('a real date as YYYY-MM-DD, YYYY-MM or YYYY'),
  dateBasis: z.string().describe('text: where the corrected date comes from'),
  page: positiveInt.describe('a positive whole number'),
  issueNumber: positiveInt.describe('a positive whole number'),
};

export const EDITABLE = ['kicker', 'title', 'subtitle', 'byline', 'editorsNote'] as const;
export type EditableField = (typeof EDITABLE)[number];

export const articleFields = {
  match: z
    .union([z.looseObject({ id: z.string() }), z.looseObject({ file: z.string(), line: positiveInt })])
    .describe('{ "id": … } or { "file": …, "line": … } with a positive "line"'),
  set: z.partialRecord(z.enum(EDITABLE), z.string().nullable()).describe(`an object setting ${EDITABLE.join(', ')} to text or null`),
  split: z.looseObject({ atLine: positiveInt, title: z.string().optional() }).describe('an object with a positive "atLine" (and a "title")'),
  mergeWithPrevious: z.boolean().describe('true to append the article to the one before it'),
  note: z.string().describe('free text for editors'),
};

/* ---------- whole files (for JSON Schema; the ingest checks field by field) ---------- */

const comment = { $comment: z.string().optional() };
const optional = <T extends Record<string, z.ZodType>>(shape: T) =>
  Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, v.optional()])) as { [K in keyof T]: z.ZodOptional<T[K]> };

export const catalogueFileSchema = z
  .looseObject({
    ...comment,
    publications: z
      .record(z.string(), z.looseObject(optional(publicationFields)))
      .optional()
      .describe('per publication name: its URL slug and house style'),
    pages: z
      .record(z.string(), z.looseObject(optional(catalogueFields)))
      .optional()
      .describe('per page, by path relative to the sources folder (with /): what is known about it'),
  })
  .meta({ title: 'Jiuwen catalogue.json', description: 'What is known about each page of the sources folder (docs/ingest.md).' });

export const correctionsFileSchema = z
  .looseObject({
    ...comment,
    pages: z.record(z.string(), z.looseObject(optional(overrideFields))).optional().describe('per source file: corrected page facts'),
    issues: z.record(z.string(), z.looseObject(optional(overrideFields))).optional().describe('per issue id (before the correction): corrected issue facts'),
    articles: z
      .array(z.looseObject({ ...optional(articleFields), match: articleFields.match }))
      .optional()
      .describe('article corrections, applied in file order'),
  })
  .meta({ title: 'Jiuwen corrections.json', description: "An editor's corrections, applied on every ingest (docs/ingest.md)." });

/** The JSON Schemas of the side files, as written to docs/schema/ by `npm run schemas`. */
export function sideFileJsonSchemas(): Record<string, string> {
  const json = (s: z.ZodType) => `${JSON.stringify(z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' }), null, 2)}\n`;
  return { 'catalogue.schema.json': json(catalogueFileSchema), 'corrections.schema.json': json(correctionsFileSchema) };
}

/* ---------- lenient checking ---------- */

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

type Parsed<T extends Record<string, z.ZodType>> = { [K in keyof T]?: z.output<T[K]> };

/**
 * Checks the fields of one entry: each present field (not `undefined`) that fits its schema is kept,
 * each that does not is reported as `bad(field, expected)` and left out. Unknown fields are ignored.
 */
export function checkFields<T extends Record<string, z.ZodType>>(shape: T, entry: Record<string, unknown>, bad: (field: string, expected: string) => void): Parsed<T> {
  const out: Record<string, unknown> = {};
  for (const [field, schema] of Object.entries(shape)) {
    if (entry[field] === undefined) continue;
    const r = schema.safeParse(entry[field]);
    if (r.success) out[field] = r.data;
    else bad(field, schema.description ?? 'another value');
  }
  return out as Parsed<T>;
}
