/** Reading the built site in tests: files by URL path, parsed HTML, simple queries. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, ELEMENT_NODE, TEXT_NODE, type Node } from 'ultrahtml';

/** The file a URL path is served from (directory → index.html), or null. */
export function fileFor(dist: string, urlPath: string, base = '/'): string | null {
  let p = decodeURIComponent(urlPath.split(/[?#]/)[0]!);
  if (!p.startsWith(base)) return null;
  p = p.slice(base.length);
  const f = join(dist, p);
  if (existsSync(f) && statSync(f).isFile()) return f;
  const idx = join(f, 'index.html');
  return existsSync(idx) ? idx : null;
}

export function readPage(dist: string, urlPath: string, base = '/'): Node {
  const f = fileFor(dist, urlPath, base);
  if (!f) throw new Error(`no built file for ${urlPath}`);
  return parse(readFileSync(f, 'utf8'));
}

export function rawPage(dist: string, urlPath: string, base = '/'): string {
  const f = fileFor(dist, urlPath, base);
  if (!f) throw new Error(`no built file for ${urlPath}`);
  return readFileSync(f, 'utf8');
}

/**
 * A small CSS selector engine (ultrahtml's own mishandles descendant chains):
 * compound selectors of tag, #id, .class, [attr], [attr="v"], [attr^="v"], [attr*="v"],
 * joined by descendant (space) or child (>) combinators; selector lists with commas.
 */
type Compound = { tag?: string; id?: string; classes: string[]; attrs: { name: string; op?: string; value?: string }[] };

function parseCompound(s: string): Compound {
  const c: Compound = { classes: [], attrs: [] };
  const re = /([a-zA-Z][\w-]*)|#([\w-]+)|\.([\w-]+)|\[([\w-]+)(?:([\^*$]?=)"([^"]*)")?\]/g;
  let m: RegExpExecArray | null;
  let at = 0;
  while ((m = re.exec(s))) {
    if (m.index !== at) throw new Error(`unsupported selector: ${s}`);
    at = re.lastIndex;
    if (m[1]) c.tag = m[1].toLowerCase();
    else if (m[2]) c.id = m[2];
    else if (m[3]) c.classes.push(m[3]);
    else c.attrs.push({ name: m[4]!, op: m[5], value: m[6] });
  }
  if (at !== s.length) throw new Error(`unsupported selector: ${s}`);
  return c;
}

function matchesCompound(n: Node, c: Compound): boolean {
  if (n.type !== ELEMENT_NODE) return false;
  if (c.tag && n.name.toLowerCase() !== c.tag) return false;
  const a = n.attributes ?? {};
  if (c.id && a.id !== c.id) return false;
  const cls = (a.class ?? '').split(/\s+/);
  if (c.classes.some((k) => !cls.includes(k))) return false;
  for (const { name, op, value } of c.attrs) {
    const v = a[name];
    if (v === undefined) return false;
    if (op === '=' && v !== value) return false;
    if (op === '^=' && !v.startsWith(value!)) return false;
    if (op === '*=' && !v.includes(value!)) return false;
    if (op === '$=' && !v.endsWith(value!)) return false;
  }
  return true;
}

function tokens(sel: string): string[] {
  const out: string[] = [];
  let cur = '';
  let inAttr = false;
  for (const ch of sel.trim()) {
    if (ch === '[') inAttr = true;
    if (ch === ']') inAttr = false;
    if (!inAttr && (ch === ' ' || ch === '>')) {
      if (cur) out.push(cur);
      cur = '';
      if (ch === '>') out.push('>');
      continue;
    }
    cur += ch;
  }
  if (cur) out.push(cur);
  return out;
}

function matchesChain(n: Node, parts: string[], parents: Map<Node, Node>): boolean {
  if (!matchesCompound(n, parseCompound(parts.at(-1)!))) return false;
  let i = parts.length - 2;
  let cur: Node | undefined = parents.get(n);
  while (i >= 0) {
    const child = parts[i] === '>';
    const want = parseCompound(parts[child ? i - 1 : i]!);
    if (child) {
      if (!cur || !matchesCompound(cur, want)) return false;
      i -= 2;
      cur = parents.get(cur);
    } else {
      while (cur && !matchesCompound(cur, want)) cur = parents.get(cur);
      if (!cur) return false;
      i -= 1;
      cur = parents.get(cur);
    }
  }
  return true;
}

export function $$(doc: Node, sel: string): Node[] {
  const parents = new Map<Node, Node>();
  const all: Node[] = [];
  const visit = (n: Node) => {
    for (const c of n.children ?? []) {
      parents.set(c, n);
      if (c.type === ELEMENT_NODE) all.push(c);
      visit(c);
    }
  };
  visit(doc);
  const lists = sel.split(',').map(tokens);
  return all.filter((n) => lists.some((parts) => matchesChain(n, parts, parents)));
}

export const $ = (doc: Node, sel: string): Node | undefined => $$(doc, sel)[0];

/** Text content of a node (whitespace collapsed). */
export function text(node: Node | undefined): string {
  if (!node) return '';
  const out: string[] = [];
  const visit = (n: Node) => {
    if (n.type === TEXT_NODE) out.push(n.value);
    else if (n.type === ELEMENT_NODE && (n.name === 'script' || n.name === 'style')) return;
    for (const c of n.children ?? []) visit(c);
  };
  visit(node);
  return out.join('').replace(/\s+/g, ' ').trim();
}

export const attr = (node: Node | undefined, name: string): string | undefined => node?.attributes?.[name];
