import { describe, expect, it } from 'vitest';
import { collectContinuations, continuesElsewhere } from '../../../scripts/ingest/segment/continuation.ts';

describe('continuations', () => {
  it('collects markers from paragraphs and marker blocks, not from headlines', () => {
    expect(
      collectContinuations([
        { role: 'title', text: '见第二版（详见第二版）', lines: [1, 1] },
        { role: 'continuation', text: '（上接第一版）', lines: [3, 3] },
        { role: 'paragraph', text: '融合发展。(下转第二版)', lines: [5, 5] },
      ]),
    ).toEqual([
      { direction: 'from', page: 1, text: '（上接第一版）' },
      { direction: 'to', page: 2, text: '(下转第二版)' },
    ]);
  });
  it('knows when a text sends the reader elsewhere', () => {
    expect(continuesElsewhere('一览表（详见第二版）')).toBe(true);
    expect(continuesElsewhere('（上接第一版）')).toBe(false);
  });
});
