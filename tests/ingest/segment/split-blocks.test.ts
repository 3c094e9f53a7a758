import { describe, expect, it } from 'vitest';
import { splitBlocks } from '../../../scripts/ingest/segment/split-blocks.ts';

const lines = (texts: string[]) => texts.map((text, i) => ({ no: i + 1, text }));

describe('splitBlocks', () => {
  it('splits on blank lines and records line ranges and gaps', () => {
    const blocks = splitBlocks(lines(['', '标题', '', '', '', '第一行', '第二行', '  ', '末段']));
    expect(blocks.map((b) => [b.text, b.lines, b.gapBefore, b.gapAfter])).toEqual([
      ['标题', [2, 2], 1, 3],
      ['第一行\n第二行', [6, 7], 3, 1],
      ['末段', [9, 9], 1, 0],
    ]);
  });

  it('gives nothing for an empty page', () => {
    expect(splitBlocks(lines(['', '   ', '']))).toEqual([]);
  });
});
