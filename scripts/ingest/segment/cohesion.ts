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
  /** The shared bigram table's stamp when it held this page's bigrams (a later page's weights overwrite it). */
  stamp: number;
  /** Weight of each bigram id: log((blocks + 1) / blocks that have it). */
  idf: Float64Array;
  /** Each text's bigram ids (bigrams not on the page left out). */
  texts: Map<string, Int32Array>;
}

const pages = new WeakMap<readonly ClassifiedBlock[], PageWeights>();

/**
 * Open-addressing table from bigram (a positive 30-bit integer) to dense id: a Map is several times slower here.
 * One table serves every page in turn; each page gets a capacity of its own (a power of two at least twice its
 * characters) within the shared arrays, so a small page's lookups stay in a small, cache-resident stretch
 * rather than the largest page's. Key 0 marks an empty slot (a bigram is never 0); a new page first empties
 * the slots the last one filled (remembered by id). Keys and ids sit side by side (one cache line per probe).
 * A key's home slot is the top bits of its Fibonacci hash: the low bits of key × odd constant depend only on
 * the key's low bits (the bigram's second character), which would pile a page's bigrams into long probe runs.
 */
class BigramIds {
  /** Key and id of each slot, side by side. */
  private slots = new Int32Array(2048);
  /** The slot of each id, to empty the table for the next page. */
  private filled = new Int32Array(1024);
  private mask = 1023;
  /** 32 − log2(capacity): the shift that keeps a hash's top bits. */
  private shift = 22;
  private stamp = 0;
  size = 0;
  /** Empties the table for a page of about `expected` bigrams at most; returns the page's stamp. */
  reset(expected: number): number {
    for (let id = 0; id < this.size; id++) this.slots[2 * this.filled[id]!] = 0;
    let cap = 1024;
    while (cap < expected * 2) cap *= 2;
    if (this.filled.length < cap) {
      this.slots = new Int32Array(cap * 2);
      this.filled = new Int32Array(cap);
    }
    this.mask = cap - 1;
    this.shift = 32 - Math.log2(cap);
    this.size = 0;
    return ++this.stamp;
  }
  /** The stamp of the page whose bigrams the table holds. */
  get current(): number {
    return this.stamp;
  }
  private slot(key: number): number {
    let i = Math.imul(key, 0x9e3779b1) >>> this.shift;
    for (let k = this.slots[2 * i]; k !== 0 && k !== key; k = this.slots[2 * i]) i = (i + 1) & this.mask;
    return i;
  }
  get(key: number): number | undefined {
    const i = this.slot(key);
    return this.slots[2 * i] === 0 ? undefined : this.slots[2 * i + 1];
  }
  /** The key's id, a new one (the next free) if it has none. */
  intern(key: number): number {
    const i = this.slot(key);
    if (this.slots[2 * i] !== 0) return this.slots[2 * i + 1]!;
    this.slots[2 * i] = key;
    this.slots[2 * i + 1] = this.size;
    this.filled[this.size] = i;
    return this.size++;
  }
}

const table = new BigramIds();

/**
 * Scratch arrays shared by all pages (grown as needed): block counts while a page is read; the page's bigram ids
 * and weights (a page's PageWeights are views of them, valid while the table holds that page: see its stamp); the
 * two count vectors, all zero between calls, and the ids each counted (first counted first).
 */
let dfScratch = new Int32Array(0);
let seenScratch = new Int32Array(0);
let allScratch = new Int32Array(0);
let idfScratch = new Float64Array(0);
let countA = new Float64Array(0);
let countB = new Float64Array(0);
let touchedA = new Int32Array(0);
let touchedB = new Int32Array(0);

function weightsOf(blocks: readonly ClassifiedBlock[]): PageWeights {
  let w = pages.get(blocks);
  if (w && w.stamp === table.current) return w;
  let chars = 0;
  for (const b of blocks) chars += b.block.text.length;
  const ids = table;
  const stamp = ids.reset(chars);
  if (dfScratch.length < chars) {
    dfScratch = new Int32Array(chars);
    seenScratch = new Int32Array(chars);
    allScratch = new Int32Array(chars);
    idfScratch = new Float64Array(chars);
  }
  const df = dfScratch;
  const seenIn = seenScratch;
  const texts = new Map<string, Int32Array>();
  // Every block's bigram ids, one after another; each text gets a view of its stretch.
  const all = allScratch;
  let at = 0;
  let n = 0;
  for (const b of blocks) {
    const text = b.block.text;
    const from = at;
    let prev = 0;
    for (let i = 0; i < text.length; i++) {
      const c = wordCode(text.charCodeAt(i));
      if (!c) continue;
      if (prev) {
        const size = ids.size;
        const id = ids.intern(prev * 0x8000 + c);
        if (id === size) {
          df[id] = 0;
          seenIn[id] = -1;
        }
        all[at++] = id;
        if (seenIn[id] !== n) {
          seenIn[id] = n;
          df[id]!++;
        }
      }
      prev = c;
    }
    if (at === from) continue;
    n++;
    texts.set(text, all.subarray(from, at));
  }
  const idf = idfScratch.subarray(0, ids.size);
  // A bigram is in 1..n blocks: one log per block count, not per bigram (each is > 0, so 0 marks one not yet taken).
  const logOf = new Float64Array(n + 1);
  for (let id = 0; id < ids.size; id++) {
    const d = df[id]!;
    idf[id] = logOf[d] || (logOf[d] = Math.log((n + 1) / d));
  }
  w = { stamp, idf, texts };
  pages.set(blocks, w);
  return w;
}

function idsOf(text: string, w: PageWeights): Int32Array {
  let row = w.texts.get(text);
  if (!row) {
    const found = bigrams(text).flatMap((g) => {
      const id = table.get(g);
      return id === undefined ? [] : [id];
    });
    w.texts.set(text, (row = Int32Array.from(found)));
  }
  return row;
}

/** Counts the texts' bigrams into `count` and the ids counted (each once, in the order first counted) into `touched`; returns how many. */
function countInto(texts: readonly string[], w: PageWeights, count: Float64Array, touched: Int32Array): number {
  let n = 0;
  for (const t of texts) {
    const row = idsOf(t, w);
    for (let i = 0; i < row.length; i++) {
      const id = row[i]!;
      if (count[id]!++ === 0) touched[n++] = id;
    }
  }
  return n;
}

/** Cosine similarity (0..1) of two stretches of text (each a list of blocks' texts) of the page whose blocks are `blocks`. */
export function cohesion(a: readonly string[], b: readonly string[], blocks: readonly ClassifiedBlock[]): number {
  const w = weightsOf(blocks);
  const { idf } = w;
  if (countA.length < idf.length) {
    countA = new Float64Array(idf.length);
    countB = new Float64Array(idf.length);
    touchedA = new Int32Array(idf.length);
    touchedB = new Int32Array(idf.length);
  }
  const inA = countInto(a, w, countA, touchedA);
  const inB = countInto(b, w, countB, touchedB);
  const weight = (c: number, id: number) => (1 + Math.log(c)) * idf[id]!;
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < inA; i++) {
    const id = touchedA[i]!;
    const x = weight(countA[id]!, id);
    na += x * x;
    if (countB[id]) dot += x * weight(countB[id]!, id);
  }
  for (let i = 0; i < inB; i++) {
    const id = touchedB[i]!;
    nb += weight(countB[id]!, id) ** 2;
  }
  for (let i = 0; i < inA; i++) countA[touchedA[i]!] = 0;
  for (let i = 0; i < inB; i++) countB[touchedB[i]!] = 0;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}
