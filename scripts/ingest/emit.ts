/**
 * emit: articles → MDX files, issues → JSON entries. Rendering is pure; the
 * one function that touches the disk, `writeOutput`, is the ingest's only writer.
 *
 * Escaping: every character of source text that MDX/Markdown could read as
 * syntax is written as an HTML numeric character reference (`<` → `&#x3C;`,
 * `{` → `&#x7B;` …). Character references are always literal text in
 * CommonMark and MDX, so nothing in a page can become an element, an
 * expression, an import/export, a heading, a list, a table or a link.
 * The only markup emit creates on purpose: `## ` for heading blocks, `> ` for
 * pull quotes, and `<strong>…</strong>` for a matched `**…**` pair inside one
 * block (the marks are dropped, the text kept). An unmatched `**` stays text.
 */
import { closeSync, existsSync, fsyncSync, lstatSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, rmdirSync, rmSync, unlinkSync, writeFileSync, type Dirent } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Article, Issue } from '../../src/content/schema.ts';
import type { ArticleBlock } from './types.ts';

/** Characters escaped when they start a line (list bullets, setext underlines). */
const LINE_START = new Set(['-', '+', '=', ':', '!', '%']);

const REFS = new Map<string, string>();
/** `<` → `&#x3C;` (memoised: few distinct characters are escaped, very often). */
const ref = (ch: string): string => {
  let r = REFS.get(ch);
  if (r === undefined) {
    r = `&#x${ch.codePointAt(0)!.toString(16).toUpperCase()};`;
    REFS.set(ch, r);
  }
  return r;
};

/**
 * Escapes plain text (possibly several lines) so that MDX renders exactly
 * that text. Leading/trailing spaces are kept as references too. `atStart` /
 * `atEnd` say whether the text begins / ends a line (false for the text
 * between <strong> tags and next to them, where line-start syntax and edge
 * spaces cannot occur).
 */
export function escapeMdxText(text: string, atStart = true, atEnd = true): string {
  const lines = text.split('\n');
  return lines.map((l, i) => escapeLine(l, i > 0 || atStart, i < lines.length - 1 || atEnd)).join('\n');
}

/** Characters escaped wherever they occur. */
const ALWAYS_RE = /[&<>{}\\`*_[\]|~#$^]/g;
const refs = (s: string) => Array.from(s, ref).join('');
const isEdgeSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x3000;

function escapeLine(line: string, atStart: boolean, atEnd: boolean): string {
  if (line === '') return '';
  // Leading/trailing spaces would be eaten (or make a hard break / code block): keep them as references.
  let a = 0;
  let b = line.length;
  if (atStart) while (a < b && isEdgeSpace(line.charCodeAt(a))) a++;
  if (a === b) return refs(line);
  if (atEnd) while (isEdgeSpace(line.charCodeAt(b - 1))) b--;
  const lead = line.slice(0, a);
  const trail = line.slice(b);
  let rest = line.slice(a, b);
  let head = '';
  const first = rest[0]!;
  if (!atStart) {
    // mid-line: no block syntax can start here
  } else if (LINE_START.has(first) || rest.startsWith('import') || rest.startsWith('export')) {
    // bullets, setext underlines, and `import`/`export` (ESM in MDX) at a line start
    head = ref(first);
    rest = rest.slice(1);
  } else {
    const num = /^(\d{1,9})([.)])/.exec(rest); // `1.` / `1)` ordered-list markers
    if (num) {
      head = num[1]! + ref(num[2]!);
      rest = rest.slice(num[0].length);
    }
  }
  let body = head + rest.replace(ALWAYS_RE, ref);
  // GFM autolink literals (http://…, www.…) take their text raw, references
  // included: break the pattern so the URL stays plain, escaped text.
  if (body.includes(':') || /w/i.test(body)) body = body.replace(/(https?|ftp|mailto|xmpp):/gi, '$1&#x3A;').replace(/w(?=ww\.)/gi, ref);
  return refs(lead) + body + refs(trail);
}

/**
 * Text between two `**` marks is shown bold only when it neither starts nor
 * ends with whitespace or a line break: a `<strong>` tag alone on its line
 * would open a JSX *block* in MDX and break the build.
 */
function isBoldable(inner: string): boolean {
  return inner !== '' && !/^\s|\s$/u.test(inner);
}

/**
 * Inline rendering of one block: matched `**…**` pairs become <strong>, the
 * rest is escaped text. Pairs are taken left to right; a pair needs text
 * between its marks (see isBoldable); a leftover `**` is escaped as text.
 */
export function renderInline(text: string): string {
  if (!text.includes('**')) return escapeMdxText(text);
  const segments = emphasisSegments(text);
  return segments
    .map((seg, i) => {
      const atStart = i === 0;
      const atEnd = i === segments.length - 1;
      return seg.bold ? `<strong>${escapeMdxText(seg.text, false, false)}</strong>` : escapeMdxText(seg.text, atStart, atEnd);
    })
    .join('');
}

/** Splits a block into plain and bold runs: `**` pairs left to right; a mark that cannot pair stays in the plain text. */
function emphasisSegments(text: string): { text: string; bold: boolean }[] {
  const parts = text.split('**');
  const out: { text: string; bold: boolean }[] = [];
  const plain = (t: string) => {
    const last = out[out.length - 1];
    if (last && !last.bold) last.text += t;
    else out.push({ text: t, bold: false });
  };
  plain(parts[0]!);
  let i = 1;
  while (i < parts.length) {
    const inner = parts[i]!;
    if (i + 1 < parts.length && isBoldable(inner)) {
      out.push({ text: inner, bold: true });
      plain(parts[i + 1]!);
      i += 2;
    } else {
      plain('**' + inner);
      i += 1;
    }
  }
  // Adjacent bold runs (`**a****b**`) become one: two <strong> tags filling a
  // line would be read by MDX as two JSX blocks instead of one paragraph.
  const merged: { text: string; bold: boolean }[] = [];
  for (const seg of out) {
    if (!seg.bold && seg.text === '') continue;
    const last = merged[merged.length - 1];
    if (last && last.bold && seg.bold) last.text += seg.text;
    else merged.push(seg);
  }
  return merged;
}

/** The plain text a block renders to (what a reader sees): `**` of matched pairs removed. */
export function renderedText(text: string): string {
  if (!text.includes('**')) return text;
  return emphasisSegments(text)
    .map((seg) => seg.text)
    .join('');
}

/** Roles that live in front matter and are not repeated in the body. */
const FRONT_MATTER_ROLES = new Set(['kicker', 'title', 'subtitle', 'byline', 'editorsNote']);

/** Blocks that make up the MDX body, in order. */
export function bodyBlocks(blocks: ArticleBlock[]): ArticleBlock[] {
  return blocks.filter((b) => !FRONT_MATTER_ROLES.has(b.role) && b.text.trim() !== '');
}

/**
 * The MDX body: one paragraph per block; heading → `## …` (its line breaks
 * become spaces, a heading is one line), pull quote → `> …`, continuation
 * markers stay as paragraphs. Blocks are separated by one blank line.
 */
export function renderBody(blocks: ArticleBlock[]): string {
  return bodyBlocks(blocks)
    .map((b) => {
      const text = b.text.replace(/\n{2,}/g, '\n');
      if (b.role === 'heading') return `## ${renderInline(text.replace(/\n/g, ' '))}`;
      if (b.role === 'pullquote') return renderInline(text).split('\n').map((l) => `> ${l}`).join('\n');
      return renderInline(text);
    })
    .join('\n\n');
}

/**
 * JSON with 2-space indent, plus \u escapes for characters YAML readers refuse
 * (C1 controls, U+FFFE/U+FFFF, lone surrogates), so the front matter is valid
 * YAML as well as JSON.
 */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[\u007f-\u009f\u2028\u2029\ufffe\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A complete article file: JSON front matter between `---` fences, then the body. */
export function renderArticleFile(frontMatter: Article, body: string): string {
  return `---\n${stableJson(frontMatter)}\n---\n\n${body}${body === '' ? '' : '\n'}`;
}

export function renderIssueFile(issue: Issue): string {
  return `${stableJson(issue)}\n`;
}

/** Output paths, relative to the output folder, with forward slashes. */
export const articlePath = (id: string) => `articles/${id}.mdx`;
export const issuePath = (id: string) => `issues/${id}.json`;
export const MANIFEST = '.ingest-manifest.json';
export const LEDGER = 'permalinks.json';

export interface WriteResult {
  written: string[];
  unchanged: number;
  removed: string[];
}

/** Where a run stages its new files, and its commit record (see writeOutput). */
export const STAGING = '.ingest-staging';
export const JOURNAL = '.ingest-journal.json';

/** A file-system error while writing the output, naming the file (relative to the output folder). */
export class WriteError extends Error {
  readonly file: string;
  /** True when the error came after the commit point: the next run completes the write. */
  readonly committed: boolean;
  // No parameter properties: the ingest's worker threads load this file with Node's type stripping.
  constructor(file: string, message: string, committed = false) {
    super(message);
    this.name = 'WriteError';
    this.file = file;
    this.committed = committed;
  }
}

interface Journal {
  /** [staged file name, target path relative to the output folder] */
  moves: [string, string][];
  removes: string[];
}

/** Test hook for the kill tests: JIUWEN_TEST_KILL_AT=<point> ends the process right there, as `kill -9` would. */
function killPoint(point: string): void {
  if (process.env.JIUWEN_TEST_KILL_AT === point) process.kill(process.pid, 'SIGKILL');
}

const reason = (e: unknown) => {
  const err = e as NodeJS.ErrnoException;
  return err && typeof err.code === 'string' ? `${err.code}: ${String(err.message).replace(/^[A-Z]+: /, '').replace(/,.*$/, '')}` : String(e);
};

/**
 * Writes generated files under `outDir` and removes files a previous run
 * generated that this run does not (tracked in `.ingest-manifest.json`).
 * Nothing else is ever deleted. Files whose content is unchanged are not
 * touched. `persistent` files (the permalink ledger) are written but never
 * listed for removal.
 *
 * As a transaction: every changed file (the manifest and ledger included) is
 * first written into `.ingest-staging/`; then the journal
 * (`.ingest-journal.json`: the moves and removals) is renamed into place —
 * the commit point; then the moves and removals are applied and the journal
 * removed. Killed before the commit point, the folder is untouched (the next
 * run discards the staging folder); after it, the next ingest or build
 * replays the journal (recoverOutput). A write error before the commit point
 * throws WriteError with nothing changed. Call under the lock (lock.ts).
 */
export function writeOutput(outDir: string, generated: Map<string, string>, persistent: Map<string, string> = new Map()): WriteResult {
  recoverOutput(outDir);
  const result: WriteResult = { written: [], unchanged: 0, removed: [] };
  const previous = readManifest(outDir);
  const all = [...generated, ...persistent].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const changes: [string, string][] = [];
  for (const [rel, content] of all) {
    assertSafeRelative(rel);
    if (sameContent(join(outDir, rel), content)) result.unchanged++;
    else changes.push([rel, content]);
  }
  for (const rel of previous) {
    if (generated.has(rel) || persistent.has(rel) || !isGeneratedPath(rel)) continue;
    if (existsSync(join(outDir, rel))) result.removed.push(rel);
  }
  result.written = changes.map(([rel]) => rel);
  const manifest = `${stableJson({ comment: 'Files written by npm run ingest; the next run deletes those it no longer generates.', files: [...generated.keys()].sort() })}\n`;
  if (!sameContent(join(outDir, MANIFEST), manifest)) changes.push([MANIFEST, manifest]);
  if (changes.length === 0 && result.removed.length === 0) return result;
  preflight(outDir, changes.map(([rel]) => rel));

  const stage = join(outDir, STAGING);
  let current = STAGING;
  try {
    rmSync(stage, { recursive: true, force: true });
    mkdirSync(stage, { recursive: true });
    const journal: Journal = { moves: [], removes: result.removed };
    changes.forEach(([rel, content], i) => {
      current = rel;
      writeFileSync(join(stage, String(i)), content);
      journal.moves.push([String(i), rel]);
      killPoint(`stage-${i}`);
    });
    current = JOURNAL;
    const pending = join(stage, 'journal.json');
    writeFileSync(pending, `${JSON.stringify(journal)}\n`);
    const fd = openSync(pending, 'r');
    fsyncSync(fd);
    closeSync(fd);
    killPoint('before-commit');
    renameSync(pending, join(outDir, JOURNAL)); // the commit point
  } catch (e) {
    rmSync(stage, { recursive: true, force: true });
    throw new WriteError(current, `cannot write ${current}: ${reason(e)}; nothing was changed`);
  }
  killPoint('committed');
  try {
    applyJournal(outDir);
  } catch (e) {
    throw new WriteError(JOURNAL, `the new content is committed but could not be put in place (${reason(e)}); the next ingest or build completes it`, true);
  }
  return result;
}

/**
 * Brings `outDir` to a consistent state after a killed run: a committed
 * journal is replayed (the new content), a staging folder without one is
 * discarded (the old content), and temporary files of older versions
 * (`*.tmp-<pid>`) are removed. Returns what it did, or null when there was
 * nothing to do. Call under the lock.
 */
export function recoverOutput(outDir: string): 'replayed' | 'discarded' | null {
  let did: 'replayed' | 'discarded' | null = null;
  if (existsSync(join(outDir, JOURNAL))) {
    applyJournal(outDir);
    did = 'replayed';
  } else if (existsSync(join(outDir, STAGING))) {
    rmSync(join(outDir, STAGING), { recursive: true, force: true });
    did = 'discarded';
  }
  for (const sub of ['articles', 'issues']) removeTempFiles(join(outDir, sub));
  return did;
}

/** Applies a committed journal; idempotent (a move whose staged file is gone was done). */
function applyJournal(outDir: string): void {
  const journal = JSON.parse(readFileSync(join(outDir, JOURNAL), 'utf8')) as Journal;
  const stage = join(outDir, STAGING);
  journal.moves.forEach(([name, rel], n) => {
    assertSafeRelative(rel);
    const from = join(stage, name);
    if (!existsSync(from)) return;
    const target = join(outDir, rel);
    mkdirSync(dirname(target), { recursive: true });
    renameSync(from, target);
    killPoint(`apply-${n}`);
  });
  journal.removes.forEach((rel, n) => {
    if (!isGeneratedPath(rel)) return;
    const target = join(outDir, rel);
    if (existsSync(target)) unlinkSync(target);
    removeEmptyParents(outDir, rel);
    killPoint(`remove-${n}`);
  });
  rmSync(stage, { recursive: true, force: true });
  unlinkSync(join(outDir, JOURNAL));
}

function removeTempFiles(dir: string): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) removeTempFiles(p);
    else if (/\.tmp-\d+$/.test(e.name)) rmSync(p, { force: true });
  }
}

function sameContent(path: string, content: string): boolean {
  try {
    return readFileSync(path, 'utf8') === content;
  } catch {
    return false;
  }
}

/**
 * Before anything is written: every target's folders must be folders (or not
 * exist yet) and no target may be a folder; else WriteError naming the file.
 */
function preflight(outDir: string, rels: string[]): void {
  const checked = new Set<string>();
  for (const rel of rels) {
    const parts = rel.split('/');
    for (let n = 1; n <= parts.length; n++) {
      const sub = parts.slice(0, n).join('/');
      if (checked.has(sub)) continue;
      checked.add(sub);
      let st;
      try {
        st = lstatSync(join(outDir, sub));
      } catch {
        break; // does not exist: made when the file is put in place
      }
      const isTarget = n === parts.length;
      if (!isTarget && !st.isDirectory()) throw new WriteError(rel, `cannot write ${rel}: ${sub} is a file, not a folder; nothing was changed`);
      if (isTarget && !st.isFile()) throw new WriteError(rel, `cannot write ${rel}: it exists and is not a regular file; nothing was changed`);
    }
  }
}

/** What writeOutput would do, without touching the disk (for --check). */
export function planOutput(outDir: string, generated: Map<string, string>, persistent: Map<string, string> = new Map()): WriteResult {
  const plan: WriteResult = { written: [], unchanged: 0, removed: [] };
  for (const [rel, content] of [...generated, ...persistent].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const target = join(outDir, rel);
    if (existsSync(target) && readFileSync(target, 'utf8') === content) plan.unchanged++;
    else plan.written.push(rel);
  }
  for (const rel of readManifest(outDir)) {
    if (!generated.has(rel) && !persistent.has(rel) && isGeneratedPath(rel) && existsSync(join(outDir, rel))) plan.removed.push(rel);
  }
  return plan;
}

function readManifest(outDir: string): string[] {
  const p = join(outDir, MANIFEST);
  if (!existsSync(p)) return [];
  try {
    const m = JSON.parse(readFileSync(p, 'utf8')) as { files?: unknown };
    return Array.isArray(m.files) ? m.files.filter((f): f is string => typeof f === 'string') : [];
  } catch {
    return [];
  }
}

/** Only files under articles/ or issues/ are ever removed. */
function isGeneratedPath(rel: string): boolean {
  return /^(articles|issues)\//.test(rel) && !rel.split('/').includes('..');
}

function assertSafeRelative(rel: string): void {
  if (rel.startsWith('/') || rel.split('/').some((s) => s === '..' || s === '')) throw new Error(`refusing to write outside the output folder: ${rel}`);
}

function removeEmptyParents(outDir: string, rel: string): void {
  const parts = rel.split('/');
  for (let n = parts.length - 1; n >= 2; n--) {
    const dir = join(outDir, ...parts.slice(0, n));
    try {
      if (readdirSync(dir).length > 0) return;
      rmdirSync(dir);
    } catch {
      return;
    }
  }
}
