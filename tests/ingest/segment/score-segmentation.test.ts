import { describe, expect, it } from 'vitest';
import { normaliseForMatch, prf, scorePage } from '../../../scripts/eval/score-segmentation.ts';
import type { SegmentedArticle, SegmentedPage } from '../../../scripts/ingest/types.ts';

const article = (title: string, body: string, kicker?: string): SegmentedArticle => ({
  title, ...(kicker ? { kicker } : {}), sections: [], pullQuotes: [], credits: [], continuations: [], lines: [1, 3], review: [],
  blocks: [...(kicker ? [{ role: 'kicker' as const, text: kicker, lines: [1, 1] as [number, number] }] : []), { role: 'title', text: title, lines: [1, 1] }, { role: 'paragraph', text: body, lines: [3, 3] }],
});
const page = (...articles: SegmentedArticle[]): SegmentedPage => ({ items: articles.map((article) => ({ type: 'article', article })), review: [] });

describe('scorePage', () => {
  it('matches titles width-insensitively and bodies by their start', () => {
    const s = scorePage(page(article('金科园： 加快转型升级', '本报讯 “十三五”时期，是金科园变革调整的时期。'), article('多出来的', '正文。')), [
      { title: '金科园: 加快转型升级', bodyStarts: '本报讯 “十三五”时期,是金科园变革调整' },
      { title: '没找到的', bodyStarts: '正文。' },
    ]);
    expect([s.titleMatches, s.boundaryMatches, s.predicted, s.gold]).toEqual([1, 2, 2, 2]);
    expect(s.missed.map((g) => g.title)).toEqual(['没找到的']);
    expect(s.spurious.map((a) => a.title)).toEqual(['多出来的']);
  });

  it('counts kicker agreement on title matches', () => {
    const s = scorePage(page(article('主题', '正文。', '引题')), [{ title: '主题', kicker: '引题', bodyStarts: '正文' }]);
    expect(s.kickerRight).toBe(1);
    expect(s.subtitleRight).toBe(1);
  });
});

describe('boundary matching with an editor\'s note', () => {
  const withNote = (): SegmentedArticle => {
    const a = article('主题', '正文第一段。');
    a.blocks.splice(1, 0, { role: 'editorsNote', text: '编者按：本版推出特别报道。', lines: [2, 2] });
    return a;
  };
  it('matches a gold body that opens with the editor\'s note (the e-paper text keeps it)', () => {
    expect(scorePage(page(withNote()), [{ title: '主题', bodyStarts: '编者按：本版推出特别报道。正文' }]).boundaryMatches).toBe(1);
  });
  it('still matches a gold body without it', () => {
    expect(scorePage(page(withNote()), [{ title: '主题', bodyStarts: '正文第一段。' }]).boundaryMatches).toBe(1);
  });
});

describe('helpers', () => {
  it('normalises for matching', () => expect(normaliseForMatch(' 金科园： 加快\u00a0转型（上） ')).toBe('金科园:加快转型(上)'));
  it('computes precision, recall and F1', () => expect(prf(8, 10, 16)).toEqual({ precision: 0.8, recall: 0.5, f1: 2 * 0.8 * 0.5 / 1.3 }));
});
