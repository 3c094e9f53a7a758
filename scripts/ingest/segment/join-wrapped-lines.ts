import type { Block } from './block.ts';
import { isChineseText } from './text-shape.ts';

/**
 * Pages extracted with a line break at the end of every printed line (hard-wrapped): most long lines have one
 * width, the column's. On such a page a line as wide as the column goes on in the next line, and a shorter line
 * ends its paragraph. Each paragraph becomes one block whose text is its lines joined with nothing between them
 * (a space between two Latin letters or digits), so the later steps see paragraphs, not column lines.
 * Pages set one paragraph per line are left as they are.
 */
export function joinWrappedLines(blocks: Block[]): Block[] {
  // (Chinese pages only: OCR of Latin-script pages breaks lines anywhere, and there a line is kept as it came.)
  if (!isChineseText(blocks.map((b) => b.text).join('\n'))) return blocks;
  const width = wrapWidth(blocks.flatMap((b) => b.source.map((l) => l.text)));
  if (width === undefined) return blocks;
  return blocks.flatMap((b) => (b.source.length > 1 && !b.quotedAlone ? paragraphs(b, width) : [b]));
}

/** Display width: two for a wide (CJK or full-width) character, one for others. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const c of text) w += c.codePointAt(0)! >= 0x2e80 ? 2 : 1;
  return w;
}

/** Lines narrower than a column this much count as full (digits and Latin letters set narrower than their width). */
const SLACK = 2;
/** Lines of at least this display width are measured; a page needs this many of them, … */
const MIN_WIDTH = 20;
const MIN_LINES = 6;
/** … and this share of them at one width, to be taken as hard-wrapped. */
const MIN_SHARE = 0.4;

/** The column width of a hard-wrapped page, or undefined when its lines are not wrapped. */
export function wrapWidth(lines: readonly string[]): number | undefined {
  const widths = lines.map((l) => displayWidth(l.trim())).filter((w) => w >= MIN_WIDTH);
  if (widths.length < MIN_LINES) return undefined;
  const counts = new Map<number, number>();
  for (const w of widths) counts.set(w, (counts.get(w) ?? 0) + 1);
  let best = 0;
  let bestWidth = 0;
  for (const w of [...counts.keys()].sort((a, b) => a - b)) {
    let n = 0;
    for (let d = 0; d <= SLACK; d++) n += counts.get(w - d) ?? 0;
    if (n > best) {
      best = n;
      bestWidth = w;
    }
  }
  return best / widths.length >= MIN_SHARE && best >= MIN_LINES ? bestWidth : undefined;
}

function paragraphs(b: Block, width: number): Block[] {
  const units: Block['source'][] = [];
  let unit: Block['source'] = [];
  for (const l of b.source) {
    unit.push(l);
    if (displayWidth(l.text.trim()) < width - SLACK) {
      units.push(unit);
      unit = [];
    }
  }
  if (unit.length) units.push(unit);
  if (units.length === b.source.length && units.every((u) => u.length === 1)) return [b];
  return units.map((u, i) => ({
    text: u.reduce((t, l, j) => (j === 0 ? l.text : t + (/[A-Za-z0-9]$/.test(t) && /^[A-Za-z0-9]/.test(l.text) ? ' ' : '') + l.text), ''),
    lines: [u[0]!.no, u[u.length - 1]!.no] as [number, number],
    source: u,
    gapBefore: i === 0 ? b.gapBefore : 0,
    gapAfter: i === units.length - 1 ? b.gapAfter : 0,
    joins: [],
    ...(u.length > 1 ? { unwrapped: true } : {}),
  }));
}
