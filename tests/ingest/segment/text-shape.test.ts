import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { endsParagraph, endsSentence, fitsHeadlineLine, hanCount, isChineseText, isHanChar, visibleLength } from '../../../scripts/ingest/segment/text-shape.ts';

describe('endsSentence', () => {
  it.each([
    ['推动产业和城市融合发展。', true],
    ['再创高质量发展的新辉煌!', true],
    ['“我想成为这样的人。”', true],
    ['区科技局指导……', true],
    ['金科园特勤', false],
    ['以功成不必在我的胸怀，', false],
    ['(下转第二版)', false],
  ])('%s → %s', (text, expected) => expect(endsSentence(text)).toBe(expected));
});

describe('endsParagraph', () => {
  it.each([
    ['狄志强提出三点要求：', true],
    ['（下转第二版）', true],
    ['年度发展关键词“稳”——', true],
    ['高质量考核压力', false],
    ['一', false],
  ])('%s → %s', (text, expected) => expect(endsParagraph(text)).toBe(expected));
});

describe('character counts', () => {
  it('counts Han characters and visible length', () => {
    expect(hanCount('回眸2019')).toBe(2);
    expect(visibleLength('金坛 时报\n')).toBe(4);
    expect(isChineseText('The quick brown fox')).toBe(false);
    expect(isChineseText('APP下载')).toBe(false);
    expect(isChineseText('金坛手机台 APP')).toBe(true);
  });
});

describe('fast character counts agree with their plain definitions (property)', () => {
  const reference = {
    visibleLength: (t: string) => Array.from(t.replace(/\s+/g, '')).length,
    hanCount: (t: string) => Array.from(t).filter((ch) => isHanChar(ch)).length,
    isChineseText: (t: string) => {
      const han = Array.from(t).filter((ch) => isHanChar(ch)).length;
      return han > 0 && han >= (t.match(/[A-Za-z]/g) ?? []).length;
    },
  };
  const unit = fc.oneof(
    fc.constantFrom(' ', '\u3000', '\u00a0', '\t', '\n', '\u2028', '\ufeff', 'a', 'Z', '@', '[', '中', '〇', '𠀀', '\ud800', '\udc00', '，', '1'),
    fc.string({ unit: 'binary', maxLength: 1 }),
  );
  it('visibleLength, hanCount and isChineseText', () => {
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (t) => {
        expect(visibleLength(t)).toBe(reference.visibleLength(t));
        expect(hanCount(t)).toBe(reference.hanCount(t));
        expect(isChineseText(t)).toBe(reference.isChineseText(t));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('fitsHeadlineLine', () => {
  const deck = '某某强调，中方高度重视筹办某运动会，目前各项工作进展顺利，各方准备工作正在有序推进';
  it('takes a short line anywhere, a long one only as the last of several (a deck), and no line that ends a sentence', () => {
    expect(fitsHeadlineLine('某某会见某国际组织负责人', 0, 2)).toBe(true);
    expect(fitsHeadlineLine(deck, 1, 2)).toBe(true);
    expect(fitsHeadlineLine(deck, 0, 2)).toBe(false);
    expect(fitsHeadlineLine(deck, 0, 1)).toBe(false);
    expect(fitsHeadlineLine('某地召开会议。', 0, 2)).toBe(false);
  });
});
