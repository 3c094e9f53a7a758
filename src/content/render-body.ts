/**
 * An article's MDX body → HTML, without compiling it into a JavaScript module.
 *
 * Astro's MDX integration turns every `.mdx` entry into its own module, which
 * is where a large archive's build time and memory went (issue 5: 22 s of
 * bundling and ~0.6 MB per article). The ingest writes a small, fixed MDX
 * dialect (see `scripts/ingest/render.ts`): paragraphs, `## ` headings, `> `
 * pull quotes, `<strong>…</strong>`, and every other syntax character as a
 * character reference. This renders exactly that dialect with the same
 * unified stages Astro's MDX pipeline uses — MDX parsing, the site's remark
 * plugins (remark-cjk-friendly, from `./markdown.ts`, the list
 * `astro.config.mjs` also uses), heading ids — straight to an HTML string.
 *
 * Without GFM: its autolink literals turn a printed `www.…` or `http://…`
 * into a link even when the ingest escaped it, taking the Chinese text
 * after it into the address (人民日报 prints 网址：http：//www.npc.gov.cn/…，全国…).
 * The archive shows printed text as text. The ingest escapes GFM's other
 * syntax (tables, strikethrough, footnotes), so nothing else changes.
 *
 * Text is data: anything MDX would run (an `import`/`export`, an `{expression}`)
 * or any element other than `<strong>` is an error naming the file and line,
 * never output. The ingest never writes such things; a hand-edited file might.
 */
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import Slugger from 'github-slugger';
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { Nodes as MdastNodes } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import rehypeStringify from 'rehype-stringify';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype, { type Options as RemarkRehypeOptions } from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { remarkPlugins } from './markdown';

/** The only element the ingest writes as JSX. */
const ALLOWED_ELEMENTS = new Set(['strong']);
const CODE_NODES = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);

export class BodyRenderError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly line: number | undefined,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${message}`);
    this.name = 'BodyRenderError';
  }
}

/** Refuses MDX code and unknown elements (see the module comment). */
function remarkTextOnly() {
  return (tree: MdastNodes, file: VFile) => {
    visit(tree, (node) => {
      const line = node.position?.start.line;
      if (CODE_NODES.has(node.type)) {
        throw new BodyRenderError(`MDX code (${node.type}) is not allowed in an article body`, file.path, line);
      }
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        const name = (node as MdxJsxTextElement).name;
        if (node.type === 'mdxJsxFlowElement' || !name || !ALLOWED_ELEMENTS.has(name) || (node as MdxJsxTextElement).attributes.length) {
          throw new BodyRenderError(`element <${name ?? ''}> is not allowed in an article body (only inline <strong>)`, file.path, line);
        }
      }
    });
  };
}

const handlers: RemarkRehypeOptions['handlers'] = {
  mdxJsxTextElement(state, node: MdxJsxTextElement): Element {
    const element: Element = { type: 'element', tagName: node.name!, properties: {}, children: state.all(node) as ElementContent[] };
    state.patch(node, element);
    return element;
  },
};

/** A heading with no letters (`……`) gets no id: an empty id is not valid HTML. */
function rehypeNoEmptyIds() {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node: Element) => {
      if (node.properties.id === '') delete node.properties.id;
    });
  };
}

const processor = unified()
  .use(remarkParse)
  .use(remarkMdx)
  .use(remarkPlugins)
  .use(remarkTextOnly)
  .use(remarkRehype, { handlers })
  .use(rehypeHeadingIds)
  .use(rehypeNoEmptyIds)
  .use(rehypeStringify, { characterReferences: { useNamedReferences: true } })
  .freeze();

/**
 * The HTML of an MDX article body (no front matter). `path` names the file in
 * errors and makes heading ids follow the MDX rules. Synchronous and pure.
 * Bodies in the ingest's own dialect take a direct path (`renderDialect`,
 * proven equal to the unified pipeline by tests); anything else — a hand
 * edit — goes through the pipeline.
 */
export function renderBody(body: string, path = 'article.mdx'): string {
  return renderDialect(body) ?? renderWithUnified(body, path);
}

/** The unified pipeline (MDX parse, GFM, remark plugins, heading ids). */
export function renderWithUnified(body: string, path = 'article.mdx'): string {
  const file = new VFile({ value: body, path });
  try {
    return String(processor.processSync(file));
  } catch (error) {
    if (error instanceof BodyRenderError) throw error;
    const e = error as { message?: string; line?: number; place?: { line?: number; start?: { line?: number } } };
    const line = e.line ?? e.place?.line ?? e.place?.start?.line;
    throw new BodyRenderError(String(e.message ?? error).split('\n')[0]!, path, line);
  }
}

// ---------------------------------------------------------------------------
// The direct path. The ingest writes (scripts/ingest/render.ts) blocks separated
// by one blank line: a paragraph (lines of inline text), `## ` + inline text
// (one line), or `> ` + inline text on every line (a pull quote). Inline text
// is plain text in which every Markdown/MDX syntax character is a numeric
// character reference, plus `<strong>…</strong>` around bold runs. For that
// language the unified pipeline's output is fixed: <p>, <h2 id=slug>,
// <blockquote>, text with `&` and `<` escaped, blocks joined by newlines.
// A body with anything outside it returns null (and takes the full pipeline).

/** Characters that are syntax somewhere in Markdown, MDX or GFM (the ingest never writes them raw). */
const SYNTAX = /[*_[\]{}`|~$^\\\t\r]|&(?!#x[0-9A-F]+;)|<(?!\/?strong>)|https?:|ftp:|mailto:|xmpp:|www\./i;
/** What may not start a line (list, heading, quote, setext, table, ESM, thematic break, indented code). */
const LINE_START = /^(?:[-+=:!%#>\s]|\d{1,9}[.)]|import|export)|\s$/;
const CHAR_REF = /&#x([0-9A-F]+);/g;

const decode = (text: string) => text.replace(CHAR_REF, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));

function inlineHtml(text: string): string | null {
  // Tags are split off before references are decoded (`&#x3C;strong&#x3E;` is text).
  // Only well-formed, non-empty, unnested <strong> runs that neither start nor end with whitespace.
  const parts = text.split(/(<\/?strong>)/);
  let out = '';
  let open = false;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (i % 2 === 1) {
      if ((part === '<strong>') === open) return null;
      open = !open;
      out += part;
      continue;
    }
    const plain = decode(part);
    if (open && (plain === '' || /^\s|\s$/.test(plain))) return null;
    out += plain.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  }
  return open ? null : out;
}

/** Heading ids as rehypeHeadingIds makes them (github-slugger over the heading's text). */
function headingId(slugger: Slugger, html: string): string {
  const text = html.replace(/<\/?strong>/g, '').replace(/&lt;/g, '<').replace(/&amp;/g, '&');
  return slugger.slug(text);
}

export function renderDialect(body: string): string | null {
  if (body === '') return '';
  // (A backslash at a paragraph line's end is a hard break, a stanza's line: the one backslash the ingest writes raw.)
  if (SYNTAX.test(body.replace(/\\\n/g, '\n').replace(/<\/?strong>/g, '').replace(CHAR_REF, ''))) return null;
  const blocks = body.split('\n\n');
  const slugger = new Slugger();
  const out: string[] = [];
  for (const block of blocks) {
    if (block === '') return null;
    const lines = block.split('\n');
    if (block.startsWith('## ')) {
      if (lines.length > 1) return null;
      const rest = block.slice(3);
      if (rest === '' || LINE_START.test(rest)) return null;
      const html = inlineHtml(rest);
      if (html === null) return null;
      const id = headingId(slugger, html);
      out.push(id ? `<h2 id="${escapeAttribute(id)}">${html}</h2>` : `<h2>${html}</h2>`);
    } else if (block.startsWith('> ')) {
      const inner: string[] = [];
      for (const line of lines) {
        if (!line.startsWith('> ')) return null;
        const rest = line.slice(2);
        if (rest === '' || LINE_START.test(rest)) return null;
        inner.push(rest);
      }
      const html = inlineHtml(inner.join('\n'));
      if (html === null) return null;
      out.push(`<blockquote>\n<p>${html}</p>\n</blockquote>`);
    } else {
      for (const line of lines) if (line === '' || LINE_START.test(line)) return null;
      // Hard breaks (a stanza's lines): <br> and the line break, as the pipeline writes them. (Not next to whitespace, nor
      // inside a bold run, nor in a pull quote or heading: those take the pipeline.)
      const broken = lines.map((line, i) => i < lines.length - 1 && line.endsWith('\\'));
      if (lines[lines.length - 1]!.endsWith('\\')) return null;
      if (!broken.some(Boolean)) {
        const html = inlineHtml(block);
        if (html === null) return null;
        out.push(`<p>${html}</p>`);
        continue;
      }
      const htmlLines: string[] = [];
      for (const [i, line] of lines.entries()) {
        const text = broken[i] ? line.slice(0, -1) : line;
        if (broken[i] && (text === '' || /\s$/.test(decode(text)) || /^\s/.test(decode(lines[i + 1]!)))) return null;
        const html = inlineHtml(text);
        if (html === null) return null;
        htmlLines.push(html);
      }
      out.push(`<p>${htmlLines.map((h, i) => h + (i < htmlLines.length - 1 ? (broken[i] ? '<br>\n' : '\n') : '')).join('')}</p>`);
    }
  }
  return out.join('\n');
}

const escapeAttribute = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
