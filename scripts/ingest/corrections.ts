/**
 * corrections: an editor's fixes, kept in `content/corrections.json` and
 * applied on every run (hand edits to generated MDX are lost on the next run).
 *
 * {
 *   "pages":  { "<source file>": { "date": "2020-12-04", "dateBasis": "…", "publication": "金坛时报", "page": 1, "issueNumber": 3 } },
 *   "issues": { "<issue id>":    { "date": "2020-12-04", "dateBasis": "…" } },
 *   "articles": [
 *     { "match": { "id": "<article id>" },              "set": { "title": "…", "byline": "…" } },
 *     { "match": { "file": "<source file>", "line": 40 }, "split": { "atLine": 52, "title": "…" } },
 *     { "match": { "file": "<source file>", "line": 60 }, "mergeWithPrevious": true }
 *   ]
 * }
 *
 * An article is matched by its current id (or an old id kept in the permalink
 * ledger), or by a source file plus any line inside the article. Corrections
 * whose target is not found produce a warning, never a crash.
 */
import type { Continuation, SegmentedArticle, ArticleBlock, LineRange } from './types.ts';
import type { PageOverride, ConfigProblem } from './metadata.ts';
import { normalisePath } from './metadata.ts';
import { articleFields, checkFields, EDITABLE, isRecord, overrideFields, type EditableField } from './side-files.ts';
import { creditsOf } from './segment/build-article.ts';

export type { EditableField };

export interface ArticleMatch {
  id?: string;
  file?: string;
  line?: number;
}

export interface ArticleCorrection {
  match: ArticleMatch;
  /** New values; `""` (or null) removes an optional field. */
  set?: Partial<Record<EditableField, string | null>>;
  /** Split the article before the first block starting at or after `atLine`; the new article is titled `title` or by that block. */
  split?: { atLine: number; title?: string };
  /** Append this article to the previous article on the page. */
  mergeWithPrevious?: boolean;
  /** Editor's note on why (kept for humans). */
  note?: string;
}

export interface Corrections {
  pages: Record<string, PageOverride>;
  issues: Record<string, PageOverride>;
  articles: ArticleCorrection[];
}

/**
 * Checks an untrusted parsed corrections.json against its schema (side-files.ts): a bad field is
 * ignored, an entry that cannot be applied is dropped, each with a problem naming the entry and field.
 */
export function parseCorrections(raw: unknown, file = 'corrections.json'): { corrections: Corrections; problems: ConfigProblem[] } {
  const corrections: Corrections = { pages: {}, issues: {}, articles: [] };
  const problems: ConfigProblem[] = [];
  const problem = (message: string) => problems.push({ code: 'corrections-invalid', message: `${file}: ${message}` });
  if (raw === undefined || raw === null) return { corrections, problems };
  if (!isRecord(raw)) {
    problem('expected a JSON object');
    return { corrections, problems };
  }
  for (const key of ['pages', 'issues'] as const) {
    const section = raw[key];
    if (section === undefined) continue;
    if (!isRecord(section)) {
      problem(`"${key}" must be an object`);
      continue;
    }
    for (const [target, v] of Object.entries(section)) {
      const where = `${key}["${target}"]`;
      if (!isRecord(v)) {
        problem(`${where} must be an object`);
        continue;
      }
      const o: PageOverride = checkFields(overrideFields, v, (field, expected) => problem(`${where}.${field}: expected ${expected}; ignored`));
      corrections[key][key === 'pages' ? normalisePath(target) : target] = o;
    }
  }
  if (raw.articles !== undefined) {
    if (!Array.isArray(raw.articles)) problem('"articles" must be a list');
    else
      raw.articles.forEach((v, i) => {
        const c = parseArticleCorrection(v, `articles[${i}]`, problem);
        if (c) corrections.articles.push(c);
      });
  }
  return { corrections, problems };
}

function parseArticleCorrection(v: unknown, where: string, problem: (m: string) => void): ArticleCorrection | null {
  if (!isRecord(v) || !isRecord(v.match)) {
    problem(`${where} needs a "match" object ({ "id": … } or { "file": …, "line": … })`);
    return null;
  }
  const { set: _set, ...fields } = articleFields; // `set` is checked key by key below
  const f = checkFields(fields, v, (field, expected) => problem(`${where}.${field}: expected ${expected}${field === 'match' ? '' : '; ignored'}`));
  if (!f.match) return null;
  const m = f.match as { id?: unknown; file?: unknown; line?: unknown };
  const match: ArticleMatch = typeof m.id === 'string' ? { id: m.id } : { file: normalisePath(m.file as string), line: m.line as number };
  const c: ArticleCorrection = { match };
  if (isRecord(v.set)) {
    // Each field on its own: an unknown or ill-typed one is ignored, the others are kept.
    const set: ArticleCorrection['set'] = {};
    for (const [k, val] of Object.entries(v.set)) {
      if (!(EDITABLE as readonly string[]).includes(k)) problem(`${where}.set.${k}: only ${EDITABLE.join(', ')} can be set; ignored`);
      else if (val === null || typeof val === 'string') set[k as EditableField] = val;
      else problem(`${where}.set.${k}: expected text or null; ignored`);
    }
    c.set = set;
  } else if (v.set !== undefined) problem(`${where}.set: expected an object; ignored`);
  if (f.split) {
    c.split = { atLine: f.split.atLine };
    if (f.split.title?.trim()) c.split.title = f.split.title.trim();
  }
  if (f.mergeWithPrevious === true) c.mergeWithPrevious = true;
  if (f.note !== undefined) c.note = f.note;
  if (!c.set && !c.split && !c.mergeWithPrevious) {
    problem(`${where} changes nothing (needs "set", "split" or "mergeWithPrevious")`);
    return null;
  }
  return c;
}

/** The page correction for a file, if any. */
export function pageOverride(corrections: Corrections, file: string): PageOverride {
  return corrections.pages[normalisePath(file)] ?? {};
}

export interface CorrectionOutcome<Id extends ArticleId = string> {
  articles: SegmentedArticle[];
  /** The ids of `articles` (from `idsOf`), computed once per state of the page's articles. */
  ids: Id[];
  /** Indexes (into corrections.articles) of the corrections that found their target here. */
  applied: number[];
  /** Problems with corrections that matched but could not be applied. */
  problems: { message: string; line?: number }[];
}

/** An article's id, or a record that carries it (the pipeline's slug, fingerprint and id). */
export type ArticleId = string | { id: string };
const idString = (id: ArticleId): string => (typeof id === 'string' ? id : id.id);

/**
 * Applies the article corrections that target this page, in file order.
 * `idsOf` gives the ids of the page's articles, in order (corrections may match by id): it is called
 * at most once per state of the articles (again only after a correction changed them), and the ids of
 * the corrected articles are returned with them. `aliasTarget` maps an old id from the ledger to a source line.
 */
export function applyArticleCorrections<Id extends ArticleId = string>(
  file: string,
  input: SegmentedArticle[],
  corrections: Corrections,
  idsOf: (articles: SegmentedArticle[]) => Id[],
  aliasTarget: (id: string) => { file: string; line: number } | undefined = () => undefined,
): CorrectionOutcome<Id> {
  let articles = input.map(cloneArticle);
  let ids: Id[] | undefined; // of `articles` as they stand; undefined once a correction changed them
  const currentIds = (): string[] => (ids ??= idsOf(articles)).map(idString);
  const applied: number[] = [];
  const problems: CorrectionOutcome['problems'] = [];
  const path = normalisePath(file);
  corrections.articles.forEach((c, index) => {
    const target = findTarget(path, articles, c.match, currentIds, aliasTarget);
    if (target === -1) return;
    applied.push(index);
    ids = undefined;
    const a = articles[target]!;
    if (c.split) {
      const parts = splitArticle(a, c.split.atLine, c.split.title);
      if (parts) articles.splice(target, 1, ...parts);
      else problems.push({ message: `split at line ${c.split.atLine} is outside the body of "${a.title}"`, line: c.split.atLine });
    }
    if (c.mergeWithPrevious) {
      if (target === 0) problems.push({ message: `"${a.title}" is the first article on the page: nothing to merge it into`, line: a.lines[0] });
      else {
        articles[target - 1] = mergeArticles(articles[target - 1]!, a);
        articles = articles.filter((_, i) => i !== target);
      }
    } else if (c.set) {
      setFields(articles[target]!, c.set);
    }
  });
  return { articles, ids: ids ?? idsOf(articles), applied, problems };
}

function findTarget(
  path: string,
  articles: SegmentedArticle[],
  m: ArticleMatch,
  currentIds: () => string[],
  aliasTarget: (id: string) => { file: string; line: number } | undefined,
): number {
  if (m.id !== undefined) {
    const i = currentIds().indexOf(m.id);
    if (i !== -1) return i;
    const old = aliasTarget(m.id);
    if (!old) return -1;
    return old.file === path ? articleAtLine(articles, old.line) : -1;
  }
  if (m.file !== path || m.line === undefined) return -1;
  return articleAtLine(articles, m.line);
}

/** The article whose blocks include `line`, else the one whose range covers it (the smallest). */
export function articleAtLine(articles: SegmentedArticle[], line: number): number {
  const inBlock = articles.findIndex((a) => a.blocks.some((b) => b.lines[0] <= line && line <= b.lines[1]));
  if (inBlock !== -1) return inBlock;
  let best = -1;
  articles.forEach((a, i) => {
    if (a.lines[0] <= line && line <= a.lines[1] && (best === -1 || span(a.lines) < span(articles[best]!.lines))) best = i;
  });
  return best;
}

const span = (r: LineRange) => r[1] - r[0];

function setFields(a: SegmentedArticle, set: NonNullable<ArticleCorrection['set']>): void {
  for (const k of EDITABLE) {
    if (!(k in set)) continue;
    const v = set[k];
    if (k === 'title') {
      if (v) a.title = v;
    } else if (v === null || v === '' || v === undefined) delete a[k];
    else a[k] = v;
  }
  a.review = [...a.review, { code: 'corrected', message: `editor corrected ${Object.keys(set).join(', ')}` }];
}

/** Splits before the first body block that starts at or after `atLine`; null when that leaves either part empty. */
export function splitArticle(a: SegmentedArticle, atLine: number, title?: string): [SegmentedArticle, SegmentedArticle] | null {
  const at = a.blocks.findIndex((b) => b.lines[0] >= atLine);
  if (at <= 0) return null;
  const head = a.blocks.slice(0, at);
  let tail = a.blocks.slice(at);
  let newTitle = title;
  if (newTitle === undefined) {
    newTitle = tail[0]!.text.replace(/\n/g, ' ');
    tail = [{ ...tail[0]!, role: 'title' }, ...tail.slice(1)];
  }
  if (!head.some((b) => b.role !== 'title')) return null;
  const first = rebuild(a, head, { ...pick(a), title: a.title });
  const second = rebuild(a, tail, { title: newTitle });
  second.review = [{ code: 'corrected', message: `editor split this article from "${a.title}" at line ${atLine}` }];
  return [first, second];
}

/** Appends `b` to `a`: b's headline blocks become section headings, its byline a paragraph. */
export function mergeArticles(a: SegmentedArticle, b: SegmentedArticle): SegmentedArticle {
  const extra: ArticleBlock[] = b.blocks.map((bl) =>
    bl.role === 'title' || bl.role === 'kicker' || bl.role === 'subtitle' ? { ...bl, role: 'heading' } : bl.role === 'byline' || bl.role === 'editorsNote' ? { ...bl, role: 'paragraph' } : bl,
  );
  if (!b.blocks.some((bl) => bl.role === 'title') && b.title.trim() !== '') {
    extra.unshift({ role: 'heading', text: b.title, lines: [b.lines[0], b.lines[0]] });
  }
  const merged = rebuild(a, [...a.blocks, ...extra], pick(a));
  merged.continuations = [...a.continuations, ...b.continuations];
  merged.review = [...a.review, ...b.review, { code: 'corrected', message: `editor merged "${b.title}" into this article` }];
  return merged;
}

function pick(a: SegmentedArticle): Pick<SegmentedArticle, 'title' | 'kicker' | 'subtitle' | 'byline' | 'editorsNote'> {
  const p: Pick<SegmentedArticle, 'title' | 'kicker' | 'subtitle' | 'byline' | 'editorsNote'> = { title: a.title };
  for (const k of ['kicker', 'subtitle', 'byline', 'editorsNote'] as const) if (a[k] !== undefined) p[k] = a[k];
  return p;
}

/** A new article from blocks; sections, pull quotes and continuations are re-derived from its blocks. */
function rebuild(src: SegmentedArticle, blocks: ArticleBlock[], heads: Pick<SegmentedArticle, 'title' | 'kicker' | 'subtitle' | 'byline' | 'editorsNote'>): SegmentedArticle {
  const texts = blocks.filter((b) => b.role === 'continuation').map((b) => b.text);
  const continuations: Continuation[] = src.continuations.filter((c) => texts.some((t) => t.includes(c.text)));
  const lines: LineRange = [Math.min(...blocks.map((b) => b.lines[0])), Math.max(...blocks.map((b) => b.lines[1]))];
  const headRoles = new Set(['title', 'kicker', 'subtitle', 'byline', 'editorsNote']);
  const kept = heads;
  const present = new Set(blocks.filter((b) => headRoles.has(b.role)).map((b) => b.role));
  const out: SegmentedArticle = {
    ...kept,
    sections: blocks.filter((b) => b.role === 'heading').map((b) => b.text),
    pullQuotes: blocks.filter((b) => b.role === 'pullquote').map((b) => b.text),
    credits: creditsOf(blocks),
    continuations,
    blocks,
    lines,
    review: src.review,
  };
  // Front-matter fields whose blocks went to the other part are dropped from this part.
  for (const k of ['kicker', 'subtitle', 'byline', 'editorsNote'] as const) {
    if (out[k] !== undefined && src.blocks.some((b) => b.role === k) && !present.has(k)) delete out[k];
  }
  return out;
}

function cloneArticle(a: SegmentedArticle): SegmentedArticle {
  return { ...a, sections: [...a.sections], pullQuotes: [...a.pullQuotes], credits: [...a.credits], continuations: [...a.continuations], blocks: a.blocks.map((b) => ({ ...b })), review: [...a.review] };
}

