/**
 * Lexical cohesion between two stretches of a page's text (after TextTiling, Hearst 1997): the cosine of
 * their character-bigram vectors, each bigram weighted by how rare it is on the page (the log of the
 * number of blocks over the blocks that have it), so words every article on the page uses count little
 * and an article's own names and terms count much. A section heading carries on its article's words; a
 * new article's title and opening text usually bring their own. Pure; a page's weights and each block's
 * bigrams are computed once per block list.
 */
import type { ClassifiedBlock } from './classify-blocks.ts';

/**
 * A word character's code in 15 bits, or 0: Han letters (the CJK blocks of the Basic Multilingual Plane),
 * Latin letters and digits; punctuation and spaces are not words.
 */
function wordCode(c: number): number {
  if (c >= 0x3400 && c <= 0x9fff) return 63 + c - 0x3400;
  if (c >= 0xf900 && c <= 0xfaff) return 63 + 0x6c00 + c - 0xf900;
  if (c >= 48 && c <= 57) return c - 47;
  if (c >= 65 && c <= 90) return c - 54;
  if (c >= 97 && c <= 122) return c - 60;
  return 0;
}

/**
 * Character bigrams of a text's Han letters, Latin letters and digits (punctuation and spaces dropped),
 * each as one small integer: the two characters' 15-bit codes side by side.
 */
export function bigrams(text: string): number[] {
  const out: number[] = [];
  let prev = 0;
  for (let i = 0; i < text.length; i++) {
    const c = wordCode(text.charCodeAt(i));
    if (!c) continue;
    if (prev) out.push(prev * 0x8000 + c);
    prev = c;
  }
  return out;
}

interface PageWeights {
  /** Dense ids of the page's bigrams. */
  ids: BigramIds;
  /** Weight of each bigram id: log((blocks + 1) / blocks that have it). */
  idf: number[];
  /** Each text's bigram ids (bigrams not on the page left out). */
  texts: Map<string, Int32Array>;
  /** Scratch counts, one per bigram id, all zero between calls. */
  countA: Float64Array;
  countB: Float64Array;
}

const pages = new WeakMap<readonly ClassifiedBlock[], PageWeights>();

/** Open-addressing table from bigram (a positive 30-bit integer) to dense id: a Map is several times slower here. */
class BigramIds {
  private keys: Int32Array;
  private vals: Int32Array;
  private mask: number;
  size = 0;
  constructor(expected: number) {
    let cap = 1024;
    while (cap < expected * 2) cap *= 2;
    this.keys = new Int32Array(cap);
    this.vals = new Int32Array(cap);
    this.mask = cap - 1;
  }
  private slot(key: number): number {
    let i = Math.imul(key, 0x9e3779b1) >>> 0 & this.mask;
    while (this.keys[i] !== 0 && this.keys[i] !== key) i = (i + 1) & this.mask;
    return i;
  }
  get(key: number): number | undefined {
    const i = this.slot(key);
    return this.keys[i] === key ? this.vals[i] : undefined;
  }
  /** The key's id, a new one (the next free) if it has none. */
  intern(key: number): number {
    const i = this.slot(key);
    if (this.keys[i] === key) return this.vals[i]!;
    this.keys[i] = key;
    this.vals[i] = this.size;
    return this.size++;
  }
}

function weightsOf(blocks: readonly ClassifiedBlock[]): PageWeights {
  let w = pages.get(blocks);
  if (w) return w;
  let chars = 0;
  for (const b of blocks) chars += b.block.text.length;
  const ids = new BigramIds(chars);
  const df: number[] = [];
  const seenIn: number[] = [];
  const texts = new Map<string, Int32Array>();
  const row = new Int32Array(chars);
  let n = 0;
  for (const b of blocks) {
    const text = b.block.text;
    let len = 0;
    let prev = 0;
    for (let i = 0; i < text.length; i++) {
      const c = wordCode(text.charCodeAt(i));
      if (!c) continue;
      if (prev) {
        const id = ids.intern(prev * 0x8000 + c);
        if (id === df.length) {
          df.push(0);
          seenIn.push(-1);
        }
        row[len++] = id;
        if (seenIn[id] !== n) {
          seenIn[id] = n;
          df[id]!++;
        }
      }
      prev = c;
    }
    if (!len) continue;
    n++;
    texts.set(text, row.slice(0, len));
  }
  w = { ids, idf: df.map((d) => Math.log((n + 1) / d)), texts, countA: new Float64Array(df.length), countB: new Float64Array(df.length) };
  pages.set(blocks, w);
  return w;
}

function idsOf(text: string, w: PageWeights): Int32Array {
  let row = w.texts.get(text);
  if (!row) {
    const found = bigrams(text).flatMap((g) => {
      const id = w.ids.get(g);
      return id === undefined ? [] : [id];
    });
    w.texts.set(text, (row = Int32Array.from(found)));
  }
  return row;
}

/** Counts the texts' bigrams into `count`; returns the ids counted (each once). */
function countInto(texts: readonly string[], w: PageWeights, count: Float64Array): number[] {
  const touched: number[] = [];
  for (const t of texts) for (const id of idsOf(t, w)) if (count[id]!++ === 0) touched.push(id);
  return touched;
}

/** Cosine similarity (0..1) of two stretches of text (each a list of blocks' texts) of the page whose blocks are `blocks`. */
export function cohesion(a: readonly string[], b: readonly string[], blocks: readonly ClassifiedBlock[]): number {
  const w = weightsOf(blocks);
  const { countA, countB, idf } = w;
  const inA = countInto(a, w, countA);
  const inB = countInto(b, w, countB);
  const weight = (c: number, id: number) => (1 + Math.log(c)) * idf[id]!;
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const id of inA) {
    const x = weight(countA[id]!, id);
    na += x * x;
    if (countB[id]) dot += x * weight(countB[id]!, id);
  }
  for (const id of inB) nb += weight(countB[id]!, id) ** 2;
  for (const id of inA) countA[id] = 0;
  for (const id of inB) countB[id] = 0;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}
