import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../src/lib/search/query.ts';
import { compactText, makeExcerpt, matchPhrases, phraseScore, splitByMatch } from '../../src/lib/search/rank.ts';
import { locateHits } from '../../src/lib/search/highlight.ts';

const exact = (text: string, q: string) => matchPhrases(text, parseQuery(q)).exact;

describe('matchPhrases', () => {
  it('requires every term as a contiguous phrase', () => {
    const text = '围绕当升正极材料、鹏辉锂离子动力系统,以及德国胜伟策封装电路板';
    expect(exact(text, '胜伟策')).toBe(true);
    expect(exact(text, '胜策')).toBe(false);
    expect(exact(text, '鹏辉 胜伟策')).toBe(true);
    expect(exact(text, '鹏辉 狄志强')).toBe(false);
  });

  it('compares folded and whitespace-insensitively', () => {
    expect(exact('全面打通金科园与开发区、金沙老城', '開發區')).toBe(true);
    expect(exact('修复(LDAR)工作', 'ldar')).toBe(true);
    expect(exact('淘汰落后产\n\n能、提升', '落后产能')).toBe(true);
    expect(exact('淘汰落后产. 能、提升', '落后产能')).toBe(true); // Pagefind's block separator
    expect(exact('同比增长18.9%;', '18.9%')).toBe(true);
    expect(exact('同比增长18.9%;', '18.95')).toBe(false);
  });

  it('counts occurrences and finds the first', () => {
    const m = matchPhrases('甲乙金坛时报丙金坛时报', parseQuery('金坛时报'));
    expect(m.count).toBe(2);
    expect(m.first).toBe(2);
  });

  it('maps compacted positions back to the original text', () => {
    const ct = compactText('a B\u200bc　D');
    expect(ct.compact).toBe('abcd');
    expect(ct.starts).toEqual([0, 2, 4, 6]);
  });
});

describe('makeExcerpt', () => {
  const text = '本报讯 12月1日,区委常委会集体调研金科园、金城镇工作,区委书记狄志强指出,金科园党工委、管委会和金城镇党委';

  it('marks every occurrence within a window around the first', () => {
    const parts = makeExcerpt(text, parseQuery('金城镇'), 48);
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['金城镇', '金城镇']);
    expect(parts.map((p) => p.text).join('')).toContain('金城镇工作');
  });

  it('marks the original characters for a folded query', () => {
    const parts = makeExcerpt('全面打通金科园与开发区、金沙老城', parseQuery('開發區'));
    expect(parts.find((p) => p.mark)?.text).toBe('开发区');
  });

  it('marks the pieces that do occur in a partial match', () => {
    const parts = makeExcerpt(text, parseQuery('金城镇长'));
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toContain('金城镇');
  });
});

describe('ranking', () => {
  it('puts exact matches first, each group in Pagefind’s order', () => {
    const terms = parseQuery('金坛时报');
    const items = ['只有金坛', '金坛时报', '金坛和时报', '《金坛时报》'].map((text, order) => ({ item: text, match: matchPhrases(text, terms), order }));
    const { exact: e, partial } = splitByMatch(items);
    expect(e.map((c) => c.item)).toEqual(['金坛时报', '《金坛时报》']);
    expect(partial.map((c) => c.item)).toEqual(['只有金坛', '金坛和时报']);
  });

  it('scores more occurrences, shorter texts and title matches higher', () => {
    const terms = parseQuery('开发区');
    const once = matchPhrases('开发区', terms);
    const many = matchPhrases('开发区开发区开发区', terms);
    expect(phraseScore(many, 1000, false)).toBeGreaterThan(phraseScore(once, 1000, false));
    expect(phraseScore(once, 500, false)).toBeGreaterThan(phraseScore(once, 5000, false));
    expect(phraseScore(once, 1000, true)).toBeGreaterThan(phraseScore(many, 1000, false));
  });
});

describe('locateHits (in-article highlighting)', () => {
  it('finds a phrase split over text nodes and returns a piece per node', () => {
    const { hits, pieces } = locateHits(['淘汰落后产', '能、提升落后产能'], '落后产能');
    expect(hits).toBe(2);
    expect(pieces).toEqual([
      { node: 0, start: 2, end: 5, hit: 0 },
      { node: 1, start: 0, end: 1, hit: 0 },
      { node: 1, start: 4, end: 8, hit: 1 },
    ]);
  });

  it('highlights simplified text for a traditional query', () => {
    const { pieces } = locateHits(['经济开发区上半年'], '開發區');
    expect(pieces).toEqual([{ node: 0, start: 2, end: 5, hit: 0 }]);
  });
});
