import { describe, expect, it } from 'vitest';
import { splitBlocks } from '../../../scripts/ingest/segment/split-blocks.ts';
import { segmentPage } from '../../../scripts/ingest/segment.ts';

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

describe('gaps in the page\'s own unit', () => {
  const lines = (t: string) => t.split('\n').map((text, i) => ({ no: i + 1, text }));
  it('a page set two blank lines apart has gaps of one, and a wider gap still sets a region apart', () => {
    const blocks = splitBlocks(lines('标题\n\n\n正文一。\n\n\n正文二。\n\n\n\n\n图片说明\n\n\n正文三。'));
    expect(blocks.map((b) => b.gapBefore)).toEqual([0, 1, 1, 3, 1]);
    expect(blocks.map((b) => b.gapAfter)).toEqual([1, 1, 3, 1, 0]);
  });
  it('a page set one blank line apart is unchanged', () => {
    expect(splitBlocks(lines('标题\n\n正文一。\n\n\n正文二。\n\n正文三。')).map((b) => b.gapBefore)).toEqual([0, 1, 2, 1]);
  });
  it('segments a page set two blank lines apart as the same page set one apart', () => {
    const page = '标题一\n\n本报讯 昨天，区领导调研了企业。\n\n标题二\n\n今天，区里召开会议，部署防汛工作。\n\n（记者 张三）\n\n标题三\n\n会议要求，各部门要抓好落实。';
    const read = (t: string) => segmentPage(lines(t), { file: 'x.txt' }).items.map((i) => (i.type === 'article' ? i.article.title : i.type));
    expect(read(page.replace(/\n\n/g, '\n\n\n'))).toEqual(read(page));
    expect(read(page)).toEqual(['标题一', '标题二', '标题三']);
  });
});
