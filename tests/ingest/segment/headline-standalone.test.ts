import { describe, expect, it } from 'vitest';
import { segmentPage } from '../../../scripts/ingest/segment.ts';
import { rebuiltText, sourceText, textToLines } from './helpers.ts';

describe('a photo title over the next headline', () => {
  it('becomes an item of its own, with no text, over the article the headline opens', () => {
    const lines = textToLines('图片报道\n\n军运会期间，经受能力大考、作风大考——\n\n安保这一仗 赢得很漂亮\n\n本报武汉10月28日电  （记者张三）军运会安保工作圆满完成。');
    const page = segmentPage(lines, { file: 'photo-title.txt' });
    const arts = page.items.flatMap((i) => (i.type === 'article' ? [i.article] : []));
    expect(arts.map((a) => a.title)).toEqual(['图片报道', '安保这一仗 赢得很漂亮']);
    expect(rebuiltText(page)).toBe(sourceText(lines));
  });
  it('loses nothing when the stack is a headline left after its article', () => {
    const lines = textToLines('：\n\n标题\n\n第45期\n\n——副题文字\n');
    expect(rebuiltText(segmentPage(lines, { file: 'after-body.txt' }))).toBe(sourceText(lines));
  });
});
