/**
 * Cues from how a newspaper sets its text, added in the segmentation pass after the section model:
 * exclamations and questions set off in running text, summary points (■ …) under a news headline,
 * and a competition over its result in a two-line headline.
 */
import { describe, expect, it } from 'vitest';
import { titles } from './helpers.ts';
import { assignHeadlineParts, isCompetition, kickerCue } from '../../../scripts/ingest/segment/assign-headline-parts.ts';
import type { ClassifiedBlock } from '../../../scripts/ingest/segment/classify-blocks.ts';

const stack = (...texts: string[]): ClassifiedBlock[] =>
  texts.map((text, i) => ({ kind: 'headline', block: { text, lines: [i * 2 + 1, i * 2 + 1], source: [], gapBefore: 1, gapAfter: 1, joins: [] } }));

const para = (s: string) => `${s}这是一段足够长的正文，用来模拟报纸上的段落，其中有逗号，也有句号。村里的变化一年比一年大，大家的日子越过越红火，说起这些，老人们总是笑得合不拢嘴。`;
const longText = (n: number) => Array.from({ length: n }, (_, i) => para(`第${i + 1}段，`));

describe('exclamations and questions in running text', () => {
  it('keeps an exclamation set off in a long text without headings in that text', () => {
    const page = ['种出好日子', ...longText(14), '这真是大海捞针啊！', ...longText(4)];
    expect(titles(page)).toEqual(['种出好日子']);
  });
  it('keeps a question set off in the text in it too', () => {
    const page = ['种出好日子', ...longText(14), '黄河站为什么选址挪威新奥尔松？', ...longText(4)];
    expect(titles(page)).toEqual(['种出好日子']);
  });
});

describe('summary points under a news headline', () => {
  it('opens an article at a two-line headline over ■ points inside running text', () => {
    const page = [
      '讲好新春故事',
      ...longText(2),
      '习近平春节前夕视察看望北京卫戍区',
      '向全体人民解放军指战员武警部队官兵民兵预备役人员致以新春祝福',
      '■ 要贯彻新时代党的强军思想，贯彻新时代军事战略方针，聚焦备战打仗，坚持政治建军、改革强军、科技强军，全面提高警卫工作水平。',
      ...longText(3),
    ];
    // (A leader's visit is the title, the line under it its subtitle — as the e-paper reads it.)
    expect(titles(page)).toEqual(['讲好新春故事', '习近平春节前夕视察看望北京卫戍区']);
  });
  it('not at short section headings over ■ points', () => {
    const page = ['讲好新春故事', ...longText(2), '体现了多边合作的创新模式', '（巴西）罗尼·林斯', '■ 中国的发展给世界带来机遇，各国在共建中分享发展红利，合作的领域越来越宽，成果越来越多。', ...longText(3)];
    expect(titles(page)).toEqual(['讲好新春故事']);
  });
});

describe('a competition over its result', () => {
  it.each([
    ['斯诺克中国公开赛资格赛落幕', '10名中国球员晋级正赛'],
    ['国象世界棋后巅峰赛落幕', '居文君战胜拉戈诺'],
    ['国际田联室内田径巡回赛伯明翰站', '苏炳添再获男子60米冠军'],
  ])('reads %s / %s as kicker + title', (a, b) => {
    expect(kickerCue(a, b)).toBe(true);
  });
  it('a competition named alone is the kicker even when the line under it is no result (as the gold reads it)', () => {
    expect(kickerCue('2021年高山滑雪世锦赛', '将保留全能项目并增加个人平行项目')).toBe(true);
    expect(isCompetition('中国代表团夺金势头不减')).toBe(false);
  });
});

describe('lead-ins over the message or text they introduce', () => {
  it.each([
    ['就旅比大熊猫诞下幼崽', '习近平同比利时国王菲利普互致贺电'],
    ['习近平在尼泊尔媒体发表署名文章', '将跨越喜马拉雅的友谊推向新高度'],
  ])('reads %s / %s as kicker + title', (a, b) => {
    expect(kickerCue(a, b)).toBe(true);
  });
  it('reads a reply letter over what it says as kicker + title, though a long deck stands over the dateline', () => {
    const parts = assignHeadlineParts(stack('习近平给“王杰班”全体战士回信', '勉励他们努力做新时代的好战士在人民军队的大熔炉中书写火热的青春篇章'), { topOfPage: false, beforeDateline: true });
    expect(parts.blocks.map((b) => b.role)).toEqual(['kicker', 'title']);
  });
});
