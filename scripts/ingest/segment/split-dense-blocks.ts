import type { Block } from './block.ts';
import type { SourceLine } from '../types.ts';
import { isChineseText, visibleLength } from './text-shape.ts';

/**
 * Some pages come without blank lines between paragraphs: every line is a paragraph or a
 * headline. A Chinese block of three or more lines, two or more of them running text (20+
 * characters with sentence punctuation), is split into one block per line so the later steps
 * see paragraphs and headlines. Pull quotes, bold banners and short furniture stacks stay whole.
 */
export function splitDenseBlocks(blocks: Block[]): Block[] {
  return blocks.flatMap((b) => (isDense(b) ? perLine(b) : [b]));
}

/** Whether a block is several paragraphs set without blank lines between them. */
export function isDense(b: Block): boolean {
  if (b.source.length < 3 || b.quotedAlone || b.unwrapped || b.text.trim().startsWith('**') || !isChineseText(b.text)) return false;
  const running = b.source.filter((l) => visibleLength(l.text) >= 20 && /[，。；！？,;!?]/.test(l.text)).length;
  return running >= 2;
}

/** Splits a dense block into units: single lines, except a `**bold**` span or a motto box (开发区精神： + slogans), kept whole. */
function perLine(b: Block): Block[] {
  const lines = b.source.filter((l) => l.text.trim() !== '');
  const units: (typeof lines)[] = [];
  for (let i = 0; i < lines.length; i++) {
    const end = keptTogether(lines, i);
    units.push(lines.slice(i, end + 1));
    i = end;
  }
  return units.map((u, i) => ({
    text: u.map((l) => l.text).join('\n'),
    lines: [u[0]!.no, u[u.length - 1]!.no] as [number, number],
    source: u,
    gapBefore: i === 0 ? b.gapBefore : 0,
    gapAfter: i === units.length - 1 ? b.gapAfter : 0,
    joins: [],
  }));
}

/**
 * Lines set together that a page without blank lines still shows as one unit, from line i: a `**bold**` span opened at
 * the start of line i and closed within three lines (a banner on two lines), or a motto box (开发区精神： over pairs of
 * short slogans, 团结奋进 开放创新). The index of the unit's last line (i when there is no such unit).
 */
export function keptTogether(lines: readonly SourceLine[], i: number): number {
  const t = lines[i]!.text.trim();
  let end = i;
  if (t.startsWith('**') && !(t.length > 2 && t.endsWith('**'))) {
    while (end + 1 < lines.length && end - i < 4 && !lines[end]!.text.trim().endsWith('**')) end++;
    if (!lines[end]!.text.trim().endsWith('**')) end = i;
  } else if (/[：:]$/.test(t) && visibleLength(t) <= 12) {
    // Slogan lines of a motto box are pairs of short phrases: 团结奋进 开放创新 (not names with their posts under a
    // label: 对话人： / 何某某 本报评论员).
    while (end + 1 < lines.length && end - i < 4 && /^\p{Script=Han}{2,4}([ \u3000]+\p{Script=Han}{2,4})+$/u.test(lines[end + 1]!.text.trim())) end++;
  }
  return end;
}

/**
 * Blocks of one line each, a blank line apart, that still make one unit (keptTogether: a bold banner's lines, a motto
 * box), as an extraction that sets a blank line after every line writes them: joined into one block, its lines kept
 * as set (\n between them).
 */
export function joinKeptBlocks(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    // (Only a line opening a bold span or ending in a colon can start such a unit: most blocks are tested no further.)
    const t = b.source.length === 1 ? b.source[0]!.text.trim() : '';
    if (!t.startsWith('**') && !t.endsWith('：') && !t.endsWith(':')) {
      out.push(b);
      continue;
    }
    let j = i;
    while (j + 1 < blocks.length && j - i < 4 && blocks[j]!.source.length === 1 && blocks[j + 1]!.source.length === 1 && blocks[j + 1]!.gapBefore === 1) j++;
    const end = j > i ? keptTogether(blocks.slice(i, j + 1).map((x) => x.source[0]!), 0) : 0;
    if (end === 0) {
      out.push(b);
      continue;
    }
    const run = blocks.slice(i, i + end + 1);
    out.push({
      text: run.map((x) => x.text).join('\n'),
      lines: [run[0]!.lines[0], run[run.length - 1]!.lines[1]],
      source: run.flatMap((x) => x.source),
      gapBefore: run[0]!.gapBefore,
      gapAfter: run[run.length - 1]!.gapAfter,
      joins: [],
    });
    i += end;
  }
  return out;
}
