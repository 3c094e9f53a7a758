/**
 * render: articles → MDX files, issues → JSON entries, and the paths they go to under the output
 * folder. Pure: no I/O (write.ts writes what the pipeline rendered).
 *
 * Escaping: every character of source text that MDX/Markdown could read as
 * syntax is written as an HTML numeric character reference (`<` → `&#x3C;`,
 * `{` → `&#x7B;` …). Character references are always literal text in
 * CommonMark and MDX, so nothing in a page can become an element, an
 * expression, an import/export, a heading, a list, a table or a link.
 * The only markup render creates on purpose: `## ` for heading blocks, `> ` for
 * pull quotes, and `<strong>…</strong>` for a matched `**…**` pair inside one
 * block (the marks are dropped, the text kept). An unmatched `**` stays text.
 */
import type { Article, Issue } from '../../src/content/schema.ts';
import type { ArticleBlock } from './types.ts';
import { isStanza } from './segment/text-shape.ts';

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
const refs = (s: string) => (s === '' ? '' : Array.from(s, ref).join(''));
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
 * become spaces, a heading is one line), pull quote → `> …`, a stanza's lines
 * with hard breaks, continuation markers stay as paragraphs. Blocks are
 * separated by one blank line.
 */
export function renderBody(blocks: ArticleBlock[]): string {
  return bodyBlocks(blocks)
    .map((b) => {
      const text = b.text.replace(/\n{2,}/g, '\n');
      if (b.role === 'heading') return `## ${renderInline(text.replace(/\n/g, ' '))}`;
      if (b.role === 'pullquote') return renderInline(text).split('\n').map((l) => `> ${l}`).join('\n');
      // A poem's stanza keeps its lines: a hard break (a backslash at the line's end) after each.
      if (isStanza(text)) return renderInline(text).split('\n').join('\\\n');
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
export const LEDGER = 'permalinks.json';
