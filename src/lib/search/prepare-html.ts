/**
 * Prepares a built page for Pagefind's per-character Chinese index.
 *
 * Pagefind's extended build cuts Chinese into dictionary words (jieba) when
 * indexing but with the browser's segmenter when searching, so names it does
 * not know (胜伟策) and words cut differently in context (开发区, 新能源汽车)
 * are missed. Giving Pagefind one word per Han character instead — by putting
 * a zero-width space between characters — makes every page that contains a
 * phrase findable as that run of characters, and Pagefind's quoted phrase
 * search exact. Text is also folded (繁→简, full-width, case) so that queries,
 * folded the same way, match in either script.
 *
 * Metadata keeps the original text: `data-pagefind-meta="title"` becomes
 * `title:<original text>`, and hidden metadata/filter elements are kept out
 * of the indexed content (`data-pagefind-ignore`, which still reads their
 * meta and filters).
 */
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Element, Nodes, Root } from 'hast';
import { foldForIndex } from './fold';
import { separateHan, ZWSP } from './han';

const SKIP = new Set(['script', 'style', 'template', 'noscript']);

/** The text of a node as a browser would give it (collapsed whitespace). */
function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return node.children.map((c) => textOf(c as Nodes)).join('');
  return '';
}

/** `key` alone (not `key:value`, not a list): the attribute takes the element's text. */
function bareKey(value: unknown): value is string {
  return typeof value === 'string' && /^[\w-]+$/u.test(value.trim());
}

function prepareElement(el: Element, inBody: boolean): void {
  const props = el.properties;
  const hidden = props.hidden !== undefined && props.hidden !== false && props.hidden !== null;
  for (const attr of ['dataPagefindMeta', 'dataPagefindFilter'] as const) {
    const value = props[attr];
    if (bareKey(value)) {
      const text = textOf(el).replace(/\s+/gu, ' ').trim();
      props[attr] = `${value.trim()}:${text}`;
      if (hidden) props.dataPagefindIgnore = true;
    }
  }
  if (SKIP.has(el.tagName)) return;
  const body = inBody || el.tagName === 'body';
  for (const child of el.children) {
    if (child.type === 'element') prepareElement(child, body);
    else if (child.type === 'text' && body) child.value = separateHan(foldForIndex(child.value), ZWSP);
  }
}

/** Returns the page's HTML as Pagefind should index it. */
export function prepareHtmlForIndex(html: string): string {
  const tree: Root = fromHtml(html);
  for (const child of tree.children) if (child.type === 'element') prepareElement(child, false);
  return toHtml(tree);
}
