/** Lexical cohesion (cohesion.ts) and its use by the section-or-title model (section-or-title.ts). */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { bigrams, cohesion } from '../../../scripts/ingest/segment/cohesion.ts';
import type { ClassifiedBlock } from '../../../scripts/ingest/segment/classify-blocks.ts';
import { classifyBlocks } from '../../../scripts/ingest/segment/classify-blocks.ts';
import { splitBlocks } from '../../../scripts/ingest/segment/split-blocks.ts';
import type { WeighedStack } from '../../../scripts/ingest/segment/group-articles.ts';
import { segmentPage } from '../../../scripts/ingest/segment.ts';
import { FEATURE_NAMES, SECTION_WEIGHTS, newArticleScore, scoreAboveThreshold, sectionFeatures, SECTION_MODEL, type SectionDecision } from '../../../scripts/ingest/segment/section-or-title.ts';
import { loadLines } from './helpers.ts';

const page = (...texts: string[]): ClassifiedBlock[] => classifyBlocks(splitBlocks(texts.join('\n\n').split('\n').map((text, no) => ({ no: no + 1, text }))));

describe('bigrams', () => {
  it('pairs neighbouring Han letters, Latin letters and digits, skipping punctuation and spaces', () => {
    expect(bigrams('大湾区')).toHaveLength(2);
    expect(bigrams('大，湾 区')).toEqual(bigrams('大湾区'));
    expect(bigrams('5G网络')).toHaveLength(3);
    expect(bigrams('“”。')).toEqual([]);
  });
  it('tells different pairs apart', () => {
    const [a] = bigrams('湾区');
    const [b] = bigrams('区湾');
    expect(a).not.toBe(b);
  });
});

describe('cohesion', () => {
  const blocks = page(
    '粤港澳大湾区建设加快推进，珠三角城市群协同发展。',
    '大湾区城际铁路今年开工，珠三角交通更加便捷。',
    '敦煌莫高窟数字化保护取得新进展，壁画高清影像上线。',
    '今年春节，各地群众欢度佳节，发展势头良好。',
    '各地发展势头良好，群众生活不断改善。',
  );
  it('is 1 for the same text and 0 for texts with no word in common', () => {
    expect(cohesion(['大湾区城际铁路'], ['大湾区城际铁路'], blocks)).toBeCloseTo(1);
    expect(cohesion(['大湾区城际铁路'], ['敦煌莫高窟壁画'], blocks)).toBe(0);
  });
  it('gives the same value for a page after another page was weighed (the pages share one bigram table)', () => {
    const a = ['粤港澳大湾区建设加快推进'];
    const b = ['大湾区城际铁路今年开工，珠三角交通更加便捷。'];
    const before = cohesion(a, b, blocks);
    const other = page('敦煌莫高窟数字化保护取得新进展。', '壁画高清影像上线，游客在线欣赏。', '大湾区城际铁路规划出炉。');
    expect(cohesion(['敦煌莫高窟'], ['壁画高清影像'], other)).toBeGreaterThanOrEqual(0);
    expect(cohesion(a, b, blocks)).toBeCloseTo(before, 12);
  });
  it('is higher for text that carries on the same subject than for text on another', () => {
    const article = ['粤港澳大湾区建设加快推进，珠三角城市群协同发展。'];
    expect(cohesion(article, ['大湾区城际铁路今年开工，珠三角交通更加便捷。'], blocks)).toBeGreaterThan(cohesion(article, ['敦煌莫高窟数字化保护取得新进展，壁画高清影像上线。'], blocks));
  });
  it('weighs words common on the page less than words of one article', () => {
    // 发展 is in three blocks of five, 湾区 in two: sharing 湾区 says more than sharing 发展.
    expect(cohesion(['湾区发展'], ['湾区'], blocks)).toBeGreaterThan(cohesion(['湾区发展'], ['发展'], blocks));
    expect(cohesion(['湾区发展'], ['发展'], blocks)).toBeGreaterThan(0);
  });
  it('ignores text in neither stretch and text that is not on the page', () => {
    expect(cohesion([], ['大湾区'], blocks)).toBe(0);
    expect(cohesion(['火星探测'], ['火星探测'], blocks)).toBe(0);
  });
  it('leaves nothing behind between calls (the same call gives the same value)', () => {
    const a = cohesion(['粤港澳大湾区'], ['大湾区城际铁路'], blocks);
    cohesion(['大湾区城际铁路今年开工'], ['珠三角交通更加便捷'], blocks);
    expect(cohesion(['粤港澳大湾区'], ['大湾区城际铁路'], blocks)).toBe(a);
  });
});

describe('cohesion in the section-or-title model', () => {
  const at = (f: number[], name: string) => f[FEATURE_NAMES.indexOf(name as (typeof FEATURE_NAMES)[number])]!;
  const decide = (stack: string, next: string): SectionDecision => {
    const blocks = page('粤港澳大湾区建设加快推进', '粤港澳大湾区建设加快推进，珠三角城市群协同发展，城际铁路网络不断完善。', stack, next);
    return {
      stack: [stack],
      article: { blocks: [{ role: 'title', text: '粤港澳大湾区建设加快推进', lines: [1, 1] }, { role: 'paragraph', text: blocks[1]!.block.text, lines: [3, 3] }], hasBody: true, closed: false, untitled: false, review: [] },
      blocks,
      index: 3,
    };
  };
  it('is high when the heading and its text carry on the article, low when they bring their own words', () => {
    const same = sectionFeatures(decide('城际铁路织网成形', '大湾区城际铁路网络加快建设，珠三角城市群联系更加紧密。'));
    const other = sectionFeatures(decide('莫高窟壁画数字化', '敦煌研究院发布壁画高清影像，游客在线即可欣赏。'));
    expect(at(same, 'cohesion')).toBeGreaterThan(0.5);
    expect(at(other, 'cohesion')).toBe(0);
  });
  it('counts against a new article (a section heading carries on its article)', () => {
    expect(SECTION_WEIGHTS[FEATURE_NAMES.indexOf('cohesion')]!).toBeLessThan(0);
    expect(newArticleScore(decide('城际铁路织网成形', '大湾区城际铁路网络加快建设，珠三角城市群联系更加紧密。'))).toBeLessThan(newArticleScore(decide('莫高窟壁画数字化', '敦煌研究院发布壁画高清影像，游客在线即可欣赏。')));
  });
  it('scoreAboveThreshold (cohesion computed only near the threshold) decides as the full score does, on every decision of the corpus sample', () => {
    const decisions: SectionDecision[] = [];
    const onWeighed = (d: WeighedStack) => {
      if (!d.marked && d.index >= 0) decisions.push(d);
    };
    const dir = 'tests/fixtures/corpus-sample';
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) segmentPage(loadLines(`${dir}/${f}`), { file: f, onWeighed });
    expect(decisions.length).toBeGreaterThan(50);
    // several thresholds, so that decisions on both sides of each and near each are compared
    for (const threshold of [-2, -1, SECTION_MODEL.threshold, 1]) {
      const full = decisions.map((d) => newArticleScore(d) > threshold);
      expect(decisions.map((d) => scoreAboveThreshold(d, SECTION_WEIGHTS, threshold))).toEqual(full);
      expect(full.some(Boolean) && !full.every(Boolean)).toBe(true);
    }
  });
});
