/**
 * ledger: the permalink ledger (content/permalinks.json). Append-only: every
 * article id ever emitted → its source file, first source line and body
 * fingerprint. Ids a run no longer produces become aliases (redirects) of the
 * article now at that source position.
 */
import { articleAtLine } from './corrections.ts';
import { LEDGER } from './render.ts';
import type { Problem } from './types.ts';
import type { SegmentedArticle } from './types.ts';
import { compare, groupBy } from './collate.ts';

export interface LedgerEntry {
  file: string;
  line: number;
  fingerprint: string;
}

export interface Ledger {
  comment: string;
  ids: Record<string, LedgerEntry>;
}

/** What the ledger needs to know of an article of this run. */
export interface LedgerArticle {
  id: string;
  fingerprint: string;
  article: SegmentedArticle;
  page: { file: string };
  /** Filled in by updateLedger. */
  aliases: string[];
}

export const LEDGER_COMMENT = 'Every article id ever published → where it came from. Append-only: old ids become aliases (redirects) of the article now at that source position.';

const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';
/**
 * A well-formed article id, `${publication}/${dateKey}/${pageKey}/${slug}`
 * (src/content/schema.ts): only such keys can become aliases (redirect pages).
 * Anything else (`..`, `search`, `feed.xml`, a publication slug) would make a
 * build fail or shadow a page of the site.
 */
export const ARTICLE_ID = new RegExp(`^${SLUG}/(?:\\d{4}(?:-\\d{2}(?:-\\d{2})?)?|undated(?:-[a-z0-9-]+)?)/${SLUG}/${SLUG}$`);

export function parseLedger(raw: unknown, warnings: Problem[]): Ledger {
  const ledger: Ledger = { comment: LEDGER_COMMENT, ids: {} };
  if (raw === undefined || raw === null) return ledger;
  const ids = (raw as { ids?: unknown }).ids;
  if (typeof ids !== 'object' || ids === null || Array.isArray(ids)) {
    warnings.push({ code: 'ledger-invalid', file: LEDGER, message: 'permalinks.json has no "ids" object; starting a new ledger (old URLs may break)' });
    return ledger;
  }
  for (const [id, e] of Object.entries(ids as Record<string, unknown>)) {
    const v = e as Partial<LedgerEntry> | null;
    if (!ARTICLE_ID.test(id)) {
      warnings.push({ code: 'ledger-invalid', file: LEDGER, message: `permalinks.json key ${JSON.stringify(id)} is not an article id (publication/date/page/slug); dropped, not written back` });
      continue;
    }
    if (v && typeof v.file === 'string' && typeof v.line === 'number' && Number.isInteger(v.line) && v.line > 0 && typeof v.fingerprint === 'string') ledger.ids[id] = { file: v.file, line: v.line, fingerprint: v.fingerprint };
    else warnings.push({ code: 'ledger-invalid', file: LEDGER, message: `permalinks.json entry "${id}" is malformed; dropped` });
  }
  return ledger;
}

/**
 * Old ids that this run no longer produces become aliases of the article now
 * at their source position (same file, a block covering the old first line),
 * else of the article with the same body fingerprint. New ids are appended.
 */
export function updateLedger(old: Ledger, all: LedgerArticle[], warnings: Problem[]): Ledger {
  const current = new Map(all.map((w) => [w.id, w]));
  const byFile = groupBy(all, (w) => w.page.file);
  const byFingerprint = groupBy(all, (w) => w.fingerprint);
  for (const [oldId, e] of Object.entries(old.ids).sort(([a], [b]) => compare(a, b))) {
    if (current.has(oldId)) continue;
    let target: LedgerArticle | undefined;
    const sameFile = byFile.get(e.file);
    if (sameFile) {
      const i = articleAtLine(sameFile.map((w) => w.article), e.line);
      if (i !== -1) target = sameFile[i];
    }
    if (!target) {
      const same = byFingerprint.get(e.fingerprint);
      if (same && same.length === 1) target = same[0];
    }
    if (target) {
      if (!target.aliases.includes(oldId)) target.aliases.push(oldId);
    } else {
      warnings.push({ code: 'permalink-orphaned', file: e.file, line: e.line, message: `old article URL /${oldId}/ matches no article any more; it will stop working` });
    }
  }
  for (const w of all) w.aliases.sort(compare);
  const ids: Record<string, LedgerEntry> = {};
  const keys = new Set([...Object.keys(old.ids), ...current.keys()]);
  for (const id of [...keys].sort(compare)) {
    const prev = old.ids[id];
    const w = current.get(id);
    ids[id] = prev ?? { file: w!.page.file, line: firstLine(w!.article), fingerprint: w!.fingerprint };
  }
  return { comment: LEDGER_COMMENT, ids };
}

/** The first source line of an article's text (its smallest block line). */
function firstLine(a: SegmentedArticle): number {
  return a.blocks.length > 0 ? Math.min(...a.blocks.map((b) => b.lines[0])) : a.lines[0];
}


