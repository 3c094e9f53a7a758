/**
 * pipeline: pure orchestration of the ingest, with no I/O. The stages, in the order they run:
 *
 *   per page (preparePage; cached by page-cache.ts, on worker threads with --jobs):
 *     bytes ─ decode ─ normalise (read-page.ts) ─ segment ─ check nothing lost
 *   then over all pages (assemble):
 *     metadata, page and issue corrections applied in the same pass ─ page-key collisions
 *     ─ house style (pages of a paper with one segmented again) ─ article corrections, with the ids
 *     ─ ledger ─ render and validate (render.ts)
 *
 * In: source files as bytes, the parsed catalogue, corrections and permalink
 * ledger. Out: issues, articles (front matter + MDX), the files to write, the
 * updated ledger and a report. The CLI (scripts/ingest.ts) does the reading
 * and, through write.ts (writeOutput), the writing.
 */
import { comparePageLabels } from './page-label.ts';
import { articleSchema, issueSchema, type Article, type Issue, type PageItem, type ReviewNote } from '../../src/content/schema.ts';
import type { Encoding } from './decode.ts';
import { removeControlCharacters } from './normalise.ts';
import { readPage } from './read-page.ts';
import { normalisePath, parseCatalogue, resolvePageMeta, type Catalogue, type PageMeta } from './metadata.ts';
import { decideProfile, profileMatters, type ProfileDecision, type PublicationProfile } from './profile.ts';
import { applyArticleCorrections, parseCorrections, pageOverride } from './corrections.ts';
import { checkNothingLost, nonSpace } from './coverage.ts';
import { pageSlugs } from './ids.ts';
import { parseLedger, updateLedger, type Ledger } from './ledger.ts';
import { articlePath, bodyBlocks, issuePath, renderArticleFile, renderBody, renderIssueFile, renderedText, stableJson, LEDGER } from './render.ts';
import { segmentPage } from './segment.ts';
import type { PreparedPage, Problem, SegmentedArticle, SegmentedPage, SourceFile, SourceLine } from './types.ts';
export type { PreparedPage, Problem, SourceFile } from './types.ts';
import { compare, groupBy } from './collate.ts';
import type { PreparedPageCache } from './page-cache.ts';

export interface IngestInput {
  files: SourceFile[];
  /** Parsed catalogue.json, if any. */
  catalogue?: unknown;
  /** Parsed corrections.json, if any. */
  corrections?: unknown;
  /** Parsed permalinks.json from the previous run, if any. */
  ledger?: unknown;
}

export interface IngestOptions {
  /** The segmenter (injectable for tests). */
  segment?: (lines: SourceLine[], ctx: { file: string; profile?: PublicationProfile }) => SegmentedPage;
  /** Called after each page (for progress bars). */
  onPage?: (done: number, total: number, file: string) => void;
  /** Prepared pages from earlier runs (page-cache.ts); not used with a custom `segment`. */
  cache?: PreparedPageCache;
}

export interface PageReport {
  file: string;
  bytes: number;
  encoding?: Encoding;
  issue?: string;
  pageKey?: string;
  articles: string[];
  /** Low-confidence decisions for an editor: metadata inferences, segmentation notes, text checks. */
  review: (ReviewNote & { article?: string })[];
}

export interface IngestReport {
  pages: PageReport[];
  /** Each publication's house style as the segmenter used it (profile.ts), by publication slug. */
  profiles: Record<string, ProfileDecision>;
  errors: Problem[];
  warnings: Problem[];
  counts: { pages: number; bytes: number; issues: number; articles: number; reviewNotes: number; warnings: number; errors: number };
}

export interface EmittedArticle {
  path: string;
  frontMatter: Article;
  body: string;
}

export interface IngestResult {
  ok: boolean;
  issues: Issue[];
  articles: EmittedArticle[];
  /** Generated files, relative to the output folder → content. */
  files: Map<string, string>;
  ledger: Ledger;
  /** The ledger file (content/permalinks.json) → content; committed, never removed. */
  persistent: Map<string, string>;
  report: IngestReport;
}

interface PageWork {
  file: string;
  meta: PageMeta;
  lines: SourceLine[];
  segmented: SegmentedPage;
  lossNotes: ReviewNote[];
  report: PageReport;
}

interface ArticleWork {
  page: PageWork;
  article: SegmentedArticle;
  fingerprint: string;
  id: string;
  slug: string;
  order: number;
  aliases: string[];
}

export function preparePage(file: SourceFile, segment: NonNullable<IngestOptions['segment']> = segmentPage): PreparedPage {
  const read = readPage(file.bytes, file.path);
  if (!read.ok) return { ok: false, error: { ...read.error } };
  const { lines } = read;
  try {
    const segmented = segment(lines, { file: file.path });
    return { ok: true, encoding: read.encoding, lines, segmented, lossNotes: [...read.notes, ...checkNothingLost(lines, segmented)] };
  } catch (e) {
    return { ok: false, error: { code: 'segment-failed', file: file.path, message: `the segmenter failed on this page: ${e instanceof Error ? e.message : String(e)}` } };
  }
}

/** Source files with normalised paths, in code-point order of path (the order of everything downstream). */
export function sortSourceFiles(files: SourceFile[]): SourceFile[] {
  return files.map((f) => ({ ...f, path: normalisePath(f.path) })).sort((a, b) => compare(a.path, b.path));
}


/** Runs the whole ingest in memory. Never throws for bad input: problems land in the report. */
export function ingest(input: IngestInput, options: IngestOptions = {}): IngestResult {
  const segment = options.segment ?? segmentPage;
  const files = sortSourceFiles(input.files);
  const cache = options.segment ? undefined : options.cache;
  const prepared = files.map((f, index) => {
    let p = cache?.get(f);
    if (p === undefined) {
      p = preparePage(f, segment);
      cache?.set(f, p);
    }
    options.onPage?.(index + 1, files.length, f.path);
    return p;
  });
  return assemble(input, files, prepared, segment);
}

/**
 * Everything after the per-page work: metadata, corrections, ids and ledger,
 * rendering and validation. `files` are sorted (sortSourceFiles) and
 * `prepared[i]` belongs to `files[i]`.
 */
export function assemble(input: IngestInput, files: SourceFile[], prepared: PreparedPage[], segment: NonNullable<IngestOptions['segment']> = segmentPage): IngestResult {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];

  const { catalogue, problems: catProblems } = parseCatalogue(cleanSideFile(input.catalogue, 'catalogue.json', warnings));
  const { corrections, problems: corrProblems } = parseCorrections(cleanSideFile(input.corrections, 'corrections.json', warnings));
  for (const p of [...catProblems, ...corrProblems]) warnings.push({ code: p.code, message: p.message });
  const oldLedger = parseLedger(input.ledger, warnings);

  // Two files may meet on one path once backslashes are read as separators (x\\01.txt, x/01.txt):
  // which one's text would be published under it is arbitrary, so neither is.
  for (let i = 1; i < files.length; i++) {
    if (files[i]!.path === files[i - 1]!.path) {
      errors.push({ code: 'source-path-collision', file: files[i]!.path, message: 'two source files have this path once a backslash is read as a folder separator (e.g. x\\01.txt and x/01.txt): rename one' });
    }
  }

  const pages: PageWork[] = [];
  const usedIssueCorrections = new Set<string>();
  const reports: PageReport[] = [];

  files.forEach((f, index) => {
    const report: PageReport = { file: f.path, bytes: f.bytes.length, articles: [], review: [] };
    reports.push(report);
    const prep = prepared[index]!;
    if (!prep.ok) {
      errors.push(prep.error);
      return;
    }
    report.encoding = prep.encoding;
    const { lines, segmented } = prep;

    const meta = resolvePageMeta(f.path, lines, catalogue, pageOverride(corrections, f.path), (id) => corrections.issues[id]);
    if (meta.correctedIssue !== undefined) usedIssueCorrections.add(meta.correctedIssue);

    report.review.push(...meta.review, ...segmented.review, ...prep.lossNotes);
    pages.push({ file: f.path, meta, lines, segmented, lossNotes: prep.lossNotes, report });
  });

  const paths = new Set(files.map((f) => f.path));
  for (const file of Object.keys(catalogue.pages)) {
    if (!paths.has(file)) warnings.push({ code: 'catalogue-unknown-page', file: 'catalogue.json', message: `catalogue lists "${file}", which is not in the sources folder` });
  }
  for (const file of Object.keys(corrections.pages)) {
    if (!paths.has(file)) warnings.push({ code: 'correction-unknown-target', file: 'corrections.json', message: `corrections.pages names "${file}", which is not in the sources folder` });
  }
  for (const id of Object.keys(corrections.issues)) {
    if (!usedIssueCorrections.has(id)) {
      warnings.push({ code: 'correction-unknown-target', file: 'corrections.json', message: `corrections.issues names issue "${id}", which no page belongs to` });
    }
  }

  resolvePageKeyCollisions(pages, warnings);
  const profiles = applyProfiles(pages, catalogue, segment);

  // Articles: corrections, then ids.
  const appliedCorrections = new Set<number>();
  const all: ArticleWork[] = [];
  const byPage = new Map<PageWork, ArticleWork[]>();
  for (const page of pages) {
    const segArticles = page.segmented.items.flatMap((it) => (it.type === 'article' ? [it.article] : []));
    const prefix = `${page.meta.issueId}/${page.meta.pageKey}/`;
    // The ids come with the corrected articles: computed once, again only where a correction changed the page.
    const idsOf = (as: SegmentedArticle[]) => pageSlugs(page.file, as).map((s) => ({ ...s, id: prefix + s.slug }));
    const outcome = applyArticleCorrections(page.file, segArticles, corrections, idsOf, (id) => oldLedger.ids[id]);
    outcome.applied.forEach((i) => appliedCorrections.add(i));
    for (const p of outcome.problems) warnings.push({ code: 'correction-not-applied', file: page.file, message: p.message, ...(p.line ? { line: p.line } : {}) });
    const works = outcome.articles.map((article, i): ArticleWork => {
      const { slug, fingerprint, id } = outcome.ids[i]!;
      return { page, article, fingerprint, slug, id, order: i + 1, aliases: [] };
    });
    byPage.set(page, works);
    all.push(...works);
  }
  corrections.articles.forEach((c, i) => {
    if (appliedCorrections.has(i)) return;
    const target = c.match.id !== undefined ? `id "${c.match.id}"` : `${c.match.file} line ${c.match.line}`;
    warnings.push({ code: 'correction-unknown-target', file: 'corrections.json', message: `corrections.articles[${i}]: no article matches ${target}` });
  });

  const ledger = updateLedger(oldLedger, all, warnings);

  // Front matter, bodies, issues; everything validated before anything is returned for writing.
  const out = new Map<string, string>();
  const articles: EmittedArticle[] = [];
  for (const w of all) {
    let fm: Article;
    try {
      fm = buildFrontMatter(w);
    } catch (e) {
      // Only a malformed segmentation can get here; report it against its page instead of crashing the run.
      errors.push({ code: 'segment-invalid', file: w.page.file, message: `the segmenter returned an article that cannot be built: ${e instanceof Error ? e.message : String(e)}` });
      continue;
    }
    const parsed = articleSchema.safeParse(fm);
    if (!parsed.success) {
      errors.push({ code: 'schema-invalid', file: w.page.file, line: w.article.lines[0], message: `article "${w.article.title}" does not fit the articles schema: ${formatZodIssues(parsed.error.issues)}` });
      continue;
    }
    const body = renderBody(w.article.blocks);
    const path = articlePath(w.id);
    articles.push({ path, frontMatter: parsed.data, body });
    out.set(path, renderArticleFile(parsed.data, body));
    w.page.report.articles.push(w.id);
    for (const r of w.article.review) w.page.report.review.push({ ...r, article: w.id });
  }

  const issues: Issue[] = [];
  for (const [issueId, issuePages] of groupBy(pages, (p) => p.meta.issueId)) {
    const issue = buildIssue(issueId, issuePages, byPage);
    const parsed = issueSchema.safeParse(issue);
    if (!parsed.success) {
      errors.push({ code: 'schema-invalid', file: issuePages[0]!.file, message: `issue ${issueId} does not fit the issues schema: ${formatZodIssues(parsed.error.issues)}` });
      continue;
    }
    issues.push(parsed.data);
    out.set(issuePath(issueId), renderIssueFile(parsed.data));
    for (const p of issuePages) {
      p.report.issue = issueId;
      p.report.pageKey = p.meta.pageKey;
    }
  }
  issues.sort((a, b) => compare(a.id, b.id));

  const persistent = new Map([[LEDGER, `${stableJson(ledger)}\n`]]);
  const reviewNotes = reports.reduce((n, r) => n + r.review.length, 0);
  return {
    ok: errors.length === 0,
    issues,
    articles,
    files: out,
    ledger,
    persistent,
    report: {
      pages: reports,
      profiles: Object.fromEntries([...profiles].sort(([a], [b]) => compare(a, b))),
      errors,
      warnings,
      counts: {
        pages: files.length,
        bytes: files.reduce((n, f) => n + f.bytes.length, 0),
        issues: issues.length,
        articles: articles.length,
        reviewNotes,
        warnings: warnings.length,
        errors: errors.length,
      },
    },
  };
}

/**
 * Side-file values are cleaned like page text (normalise rule 1): control
 * characters (a title pasted with a vertical tab) have no printed form and
 * would make the feed ill-formed XML. Each cleaned value is a warning naming
 * the file and the value's place; keys are left alone.
 */
export function cleanSideFile(value: unknown, file: string, warnings: Problem[], path = ''): unknown {
  if (typeof value === 'string') {
    // Lone surrogates (JSON allows "\ud800") are no text either: U+FFFD marks where one was.
    const clean = removeControlCharacters(value).replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
    if (clean !== value) {
      warnings.push({ code: 'control-characters', file, message: `${path || '(root)'}: control characters or lone surrogates removed from the value` });
    }
    return clean;
  }
  if (Array.isArray(value)) return value.map((v, i) => cleanSideFile(v, file, warnings, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleanSideFile(v, file, warnings, path === '' ? k : `${path}.${k}`)]));
  }
  return value;
}

/** Two pages of one issue with the same key (e.g. two "1"s): later files (by path) get `-2`, `-3`… */
function resolvePageKeyCollisions(pages: PageWork[], warnings: Problem[]): void {
  const seen = new Map<string, number>();
  for (const p of pages) {
    const k = `${p.meta.issueId}/${p.meta.pageKey}`;
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    if (n > 1) {
      const newKey = `${p.meta.pageKey}-${n}`;
      warnings.push({ code: 'page-key-collision', file: p.file, message: `another page of issue ${p.meta.issueId} already has page key "${p.meta.pageKey}"; this one is filed as "${newKey}" (fix the catalogue's page numbers)` });
      p.meta = { ...p.meta, pageKey: newKey };
    }
  }
}

/* ---------- records ---------- */

/** The text cut to its first `max` code points with … after them, or the whole text if it is no longer (without splitting it into characters). */
function excerptOf(text: string, max: number): string {
  let end = 0;
  for (let n = 0; n < max && end < text.length; n++) {
    const c = text.charCodeAt(end);
    // a surrogate pair is one code point; a lone surrogate is one too
    end += c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(end + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return end < text.length ? `${text.slice(0, end)}…` : text;
}

function buildFrontMatter(w: ArticleWork): Article {
  const { article: a, page } = w;
  // Length and excerpt without joining the whole body (this runs for every article).
  let length = 0;
  let head = '';
  for (const b of bodyBlocks(a.blocks)) {
    const text = renderedText(b.text);
    length += nonSpace(text);
    if (head.length < 600) head += (head === '' ? '' : '\n') + text.slice(0, 600);
  }
  const flat = head.slice(0, 600).replace(/\s+/gu, ' ').trim();
  const review = [...a.review];
  let title = a.title.replace(/\s*\n\s*/g, ' ').trim();
  if (title === '') {
    title = '（无题）';
    review.push({ code: 'untitled', message: 'no headline found; shown as （无题）' });
  }
  const fm: Article = {
    id: w.id,
    slug: w.slug,
    issue: page.meta.issueId,
    publication: page.meta.publication,
    date: page.meta.date,
    page: page.meta.page,
    ...(page.meta.pageLabel ? { pageLabel: page.meta.pageLabel } : {}),
    pageKey: page.meta.pageKey,
    order: w.order,
    title,
    sections: a.sections,
    pullQuotes: a.pullQuotes,
    credits: a.credits,
    continuations: a.continuations,
    captions: captionsWithin(page.segmented, a),
    excerpt: excerptOf(flat, 120),
    length,
    source: { file: page.file, lines: a.lines },
    aliases: w.aliases,
    review,
  };
  for (const k of ['kicker', 'subtitle', 'byline', 'editorsNote'] as const) {
    const v = a[k];
    if (v !== undefined && v.trim() !== '') fm[k] = v;
  }
  return fm;
}

/** Photo captions the segmenter found inside the article's line range (e.g. between its headline and body). */
function captionsWithin(seg: SegmentedPage, a: SegmentedArticle): string[] {
  return seg.items.flatMap((it) => (it.type === 'caption' && it.lines[0] >= a.lines[0] && it.lines[1] <= a.lines[1] ? [it.text] : []));
}

/**
 * Each publication's house style (profile.ts) from its pages' habits, or as the catalogue states it; the pages of a
 * publication whose style differs from the segmenter's defaults are segmented again with it (their first
 * segmentation, cached per page, knows nothing of the other pages). Returns the decisions, for the report.
 */
function applyProfiles(pages: PageWork[], catalogue: Catalogue, segment: NonNullable<IngestOptions['segment']>): Map<string, ProfileDecision> {
  const decisions = new Map<string, ProfileDecision>();
  for (const [slug, group] of groupBy(pages, (p) => p.meta.publication.slug)) {
    const decision = decideProfile(group.map((p) => p.segmented.habits), catalogue.publications[group[0]!.meta.publication.name]?.profile);
    decisions.set(slug, decision);
    if (!profileMatters(decision.profile)) continue;
    for (const p of group) {
      const old = new Set<unknown>([...p.segmented.review, ...p.lossNotes]);
      p.segmented = segment(p.lines, { file: p.file, profile: decision.profile });
      p.lossNotes = checkNothingLost(p.lines, p.segmented);
      p.report.review = [...p.report.review.filter((r) => !old.has(r)), ...p.segmented.review, ...p.lossNotes];
    }
  }
  return decisions;
}

const SOURCE_RANK = { catalogue: 0, path: 1, text: 2, none: 3 } as const;

function buildIssue(issueId: string, pages: PageWork[], byPage: Map<PageWork, ArticleWork[]>): Issue {
  // Numbered pages in order, then section pages by letter and number (A02 < A10 < B01), then the rest by key.
  const sorted = [...pages].sort((a, b) => (a.meta.page ?? Infinity) - (b.meta.page ?? Infinity) || comparePageLabels(a.meta.pageLabel, b.meta.pageLabel) || compare(a.meta.pageKey, b.meta.pageKey));
  const best = [...pages].sort((a, b) => SOURCE_RANK[a.meta.date.source] - SOURCE_RANK[b.meta.date.source])[0]!;
  const pubBest = [...pages].sort((a, b) => SOURCE_RANK[a.meta.publication.source] - SOURCE_RANK[b.meta.publication.source])[0]!;
  const issue: Issue = {
    id: issueId,
    publication: pubBest.meta.publication,
    date: best.meta.date,
    dateKey: best.meta.dateKey,
    pages: sorted.map((p) => ({
      number: p.meta.page,
      ...(p.meta.pageLabel ? { label: p.meta.pageLabel } : {}),
      key: p.meta.pageKey,
      source: p.file,
      ...(p.meta.pageName ? { name: p.meta.pageName } : {}),
      items: pageItems(p, byPage.get(p) ?? []),
      review: p.report.review.filter((r) => r.article === undefined).map(({ code, message, line }) => (line ? { code, message, line } : { code, message })),
    })),
  };
  const withNumber = sorted.find((p) => p.meta.issueNumber !== undefined);
  if (withNumber) issue.issueNumber = withNumber.meta.issueNumber!;
  return issue;
}

/** The page's items in segment order, article slots filled with the (corrected) articles in order. */
function pageItems(p: PageWork, works: ArticleWork[]): PageItem[] {
  const items: PageItem[] = [];
  let next = 0;
  let lastArticleSlot = -1;
  for (const it of p.segmented.items) {
    if (it.type === 'article') {
      const w = works[next++];
      if (w) {
        items.push({ type: 'article', id: w.id });
        lastArticleSlot = items.length - 1;
      }
    } else if (it.type === 'teaser') {
      items.push({ type: 'teaser', ...(it.kicker ? { kicker: it.kicker } : {}), title: it.title, text: it.text, page: it.page, ...(it.label ? { label: it.label } : {}), lines: it.lines });
    } else items.push({ ...it });
  }
  const extra = works.slice(next).map((w): PageItem => ({ type: 'article', id: w.id }));
  items.splice(lastArticleSlot + 1, 0, ...extra);
  return items;
}

/* ---------- helpers ---------- */

/** Zod issues as one line a person can act on: `field.path: message`. */
export function formatZodIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 5)
    .map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`)
    .join('; ');
}


