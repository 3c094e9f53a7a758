/**
 * An article's MDX body → HTML, without compiling it into a JavaScript module.
 *
 * Astro's MDX integration turns every `.mdx` entry into its own module, which
 * is where a large archive's build time and memory went (issue 5: 22 s of
 * bundling and ~0.6 MB per article). The ingest writes a small, fixed MDX
 * dialect (see `scripts/ingest/emit.ts`): paragraphs, `## ` headings, `> `
 * pull quotes, `<strong>…</strong>`, and every other syntax character as a
 * character reference. This renders exactly that dialect with the same
 * unified stages Astro's MDX pipeline uses — MDX parsing, GFM, the site's
 * remark plugins (remark-cjk-friendly, from `./markdown.ts`, the list
 * `astro.config.mjs` also uses), heading ids — straight to an HTML string.
 *
 * Text is data: anything MDX would run (an `import`/`export`, an `{expression}`)
 * or any element other than `<strong>` is an error naming the file and line,
 * never output. The ingest never writes such things; a hand-edited file might.
 */
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { Nodes as MdastNodes } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
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
  .use(remarkGfm)
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
 */
export function renderBody(body: string, path = 'article.mdx'): string {
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
