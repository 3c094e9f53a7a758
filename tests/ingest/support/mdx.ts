/**
 * Test support: compile an MDX body with @mdx-js/mdx (the version @astrojs/mdx
 * uses) plus remark-gfm (on in Astro by default), refuse any syntax the ingest
 * must never produce, and return the text each top-level block renders to.
 */
import { evaluate } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';

interface Node {
  type: string;
  name?: string | null;
  depth?: number;
  attributes?: unknown[];
  url?: string;
  children?: Node[];
}

// (A hard line break, a stanza's: render.ts isStanza.)
const ALLOWED = new Set(['root', 'paragraph', 'text', 'break', 'heading', 'blockquote', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'link']);

/** remark plugin: throws on ESM, expressions, raw HTML, code, lists, tables… anything but text, hard breaks, ## headings, quotes and <strong>. */
function remarkOnlyText() {
  return (tree: Node) => {
    const walk = (n: Node) => {
      if (!ALLOWED.has(n.type)) throw new Error(`unexpected MDX node: ${n.type}`);
      if (n.type === 'heading' && n.depth !== 2) throw new Error(`unexpected heading depth ${n.depth}`);
      if ((n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') && (n.name !== 'strong' || (n.attributes?.length ?? 0) > 0)) {
        throw new Error(`unexpected JSX element <${n.name}>`);
      }
      n.children?.forEach(walk);
    };
    walk(tree);
  };
}

type El = { t: unknown; p: { children?: unknown } };
const runtime = {
  Fragment: 'fragment',
  jsx: (t: unknown, p: Record<string, unknown>) => ({ t, p }),
  jsxs: (t: unknown, p: Record<string, unknown>) => ({ t, p }),
};

function textOf(x: unknown): string {
  if (typeof x === 'string') return x;
  if (Array.isArray(x)) return x.map(textOf).join('');
  if (x && typeof x === 'object' && 'p' in x) return textOf((x as El).p.children ?? '');
  return '';
}

export interface Rendered {
  /** Text of each top-level block, in order. */
  blocks: { tag: string; text: string }[];
}

/** Compiles and runs the MDX (with a fake JSX runtime), returning the rendered text per block. */
export async function renderMdx(body: string): Promise<Rendered> {
  const mod = await evaluate(body, { ...runtime, development: false, remarkPlugins: [remarkGfm, remarkOnlyText] } as never);
  const tree = (mod.default as (p: object) => El)({});
  // A body of one block compiles to that element itself, several to a fragment.
  const kids = tree.t !== 'fragment' ? [tree] : tree.p.children === undefined ? [] : Array.isArray(tree.p.children) ? tree.p.children : [tree.p.children];
  const blocks = kids
    .filter((k) => typeof k !== 'string' || k.trim() !== '')
    .map((k) => {
      const el = k as El;
      const tag = typeof el === 'string' ? '#text' : String(el.t);
      let text = textOf(el);
      if (tag === 'blockquote') text = text.replace(/^\n+|\n+$/g, '');
      return { tag, text };
    });
  return { blocks };
}
