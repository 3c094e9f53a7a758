/**
 * Finds the searched phrases in an article's text spread over DOM text
 * nodes: the pure part of in-article highlighting (the DOM part is
 * src/client/search-highlight.ts).
 */
import { parseQuery } from './query';
import { compactText, findAll, mergeRanges, type Range } from './rank';

/** A piece of a hit that falls inside one text node. */
export interface NodePiece {
  node: number;
  start: number;
  end: number;
  /** Which hit (0-based, in reading order) the piece belongs to. */
  hit: number;
}

/**
 * Given the texts of consecutive text nodes and the query, returns the hits
 * as pieces per node: a phrase may run across nodes (a paragraph break, an
 * inline element), and is then made of several pieces.
 */
export function locateHits(texts: string[], query: string): { hits: number; pieces: NodePiece[] } {
  const terms = parseQuery(query);
  const joined = texts.join('');
  const ct = compactText(joined);
  const ranges: Range[] = mergeRanges(terms.flatMap((term) => findAll(ct, term.key)));
  const pieces: NodePiece[] = [];
  const starts: number[] = [];
  let at = 0;
  for (const text of texts) {
    starts.push(at);
    at += text.length;
  }
  ranges.forEach(([s, e], hit) => {
    texts.forEach((text, node) => {
      const nodeStart = starts[node]!;
      const from = Math.max(s, nodeStart);
      const to = Math.min(e, nodeStart + text.length);
      if (from < to) pieces.push({ node, start: from - nodeStart, end: to - nodeStart, hit });
    });
  });
  return { hits: ranges.length, pieces };
}
