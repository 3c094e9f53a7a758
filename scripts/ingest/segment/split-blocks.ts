import type { SourceLine } from '../types.ts';
import type { Block } from './block.ts';

/** Splits a page into blocks of consecutive non-blank lines, recording the blank gaps around each. */
export function splitBlocks(lines: SourceLine[]): Block[] {
  const blocks: Block[] = [];
  let run: SourceLine[] = [];
  let blanks = 0;
  const flush = () => {
    if (run.length === 0) return;
    const prev = blocks[blocks.length - 1];
    blocks.push({
      text: run.map((l) => l.text).join('\n'),
      lines: [run[0]!.no, run[run.length - 1]!.no],
      source: run,
      gapBefore: prev ? blanksBefore.get(run[0]!.no) ?? 0 : blanksBefore.get(run[0]!.no) ?? 0,
      gapAfter: 0,
      joins: [],
      // A paragraph set between a lone opening and a lone closing quotation mark is a pull quote.
      ...(run.length >= 3 && /^[“"]$/.test(run[0]!.text.trim()) && /^[”"]$/.test(run[run.length - 1]!.text.trim()) ? { quotedAlone: true } : {}),
    });
    if (prev) prev.gapAfter = blocks[blocks.length - 1]!.gapBefore;
    run = [];
  };
  const blanksBefore = new Map<number, number>();
  for (const line of lines) {
    if (line.text.trim() === '') {
      flush();
      blanks++;
    } else {
      if (run.length === 0) blanksBefore.set(line.no, blanks);
      blanks = 0;
      run.push(line);
    }
  }
  flush();
  const last = blocks[blocks.length - 1];
  if (last) last.gapAfter = blanks;
  return inUsualGaps(blocks);
}

/**
 * Gaps counted in the page's own unit: a page whose blocks are all set two (or more) blank lines apart, as some
 * extractions write every page, has its gaps scaled so that its narrowest gap between blocks is one, like a page
 * set one blank line apart; only a gap wider than that sets a layout region apart. Modifies and returns `blocks`.
 */
export function inUsualGaps(blocks: Block[]): Block[] {
  let unit = Infinity;
  for (let i = 1; i < blocks.length; i++) unit = Math.min(unit, blocks[i]!.gapBefore);
  if (!Number.isFinite(unit) || unit <= 1) return blocks;
  const scale = (g: number) => (g >= 1 ? Math.max(1, g - unit + 1) : g);
  for (const b of blocks) {
    b.gapBefore = scale(b.gapBefore);
    b.gapAfter = scale(b.gapAfter);
  }
  return blocks;
}
