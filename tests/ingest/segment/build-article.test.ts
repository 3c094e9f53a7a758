import { describe, expect, it } from 'vitest';
import { buildArticle, reporterInDateline, withoutBullet, withPrintedMarks } from '../../../scripts/ingest/segment/build-article.ts';
import { segmentPage } from '../../../scripts/ingest/segment.ts';
import { pageLines } from '../../../scripts/ingest/read-page.ts';
import { renderBody } from '../../../scripts/ingest/render.ts';

describe('buildArticle', () => {
  it('derives the fields from the blocks', () => {
    const a = buildArticle({
      hasBody: true, closed: true, untitled: false, review: [],
      blocks: [
        { role: 'editorsNote', text: '编者按：特别报道。', lines: [1, 1] },
        { role: 'kicker', text: '引题', lines: [3, 3] },
        { role: 'title', text: '主题', lines: [5, 5] },
        { role: 'subtitle', text: '——副题', lines: [5, 5] },
        { role: 'heading', text: '年度关键词“稳”——', lines: [7, 7] },
        { role: 'heading', text: '经济行稳致远', lines: [9, 9] },
        { role: 'pullquote', text: '“引语。”', lines: [11, 13] },
        { role: 'paragraph', text: '正文。（下转第二版）', lines: [15, 15] },
        { role: 'byline', text: '（刘颖 马吉）', lines: [17, 17] },
      ],
    });
    expect({ ...a, blocks: undefined }).toEqual({
      editorsNote: '编者按：特别报道。', kicker: '引题', title: '主题', subtitle: '——副题', byline: '（刘颖 马吉）',
      sections: ['年度关键词“稳”——'], pullQuotes: ['引语。'], credits: [], continuations: [{ direction: 'to', page: 2, text: '（下转第二版）' }],
      lines: [1, 17], review: [], blocks: undefined,
    });
  });

  it('keeps a credit that names no author in the text, where printed: a layout\'s, a chart\'s, an editor\'s, a signature', () => {
    const a = buildArticle({
      hasBody: true, closed: true, untitled: false, review: [],
      blocks: [
        { role: 'title', text: '县城新建三座口袋公园', lines: [1, 1] },
        { role: 'paragraph', text: '本报讯（记者 张三）12月1日，口袋公园开放。', lines: [3, 3] },
        { role: 'byline', text: '制图：蔡华伟', lines: [5, 5] },
        { role: 'byline', text: '责任编辑：王五', lines: [7, 7] },
        { role: 'byline', text: '——编  者', lines: [9, 9] },
        { role: 'byline', text: '（AI生成图片）', lines: [11, 11] },
      ],
    });
    // The byline names the author (from the dateline); the credits stay in the text, in order.
    expect(a.byline).toBe('记者 张三');
    expect(a.blocks.map((b) => b.role)).toEqual(['title', 'paragraph', 'credit', 'credit', 'credit', 'credit']);
    expect(a.credits).toEqual(['制图：蔡华伟', '责任编辑：王五', '——编  者', '（AI生成图片）']);
    expect(renderBody(a.blocks)).toBe('本报讯（记者 张三）12月1日，口袋公园开放。\n\n制图：蔡华伟\n\n责任编辑：王五\n\n——编  者\n\n（AI生成图片）');
  });

  it('reads an editor\'s note of several blocks in a row as one note, and keeps a later one in the text', () => {
    const note = (text: string, line: number) => ({ role: 'editorsNote' as const, text, lines: [line, line] as [number, number] });
    const a = buildArticle({
      hasBody: true, closed: false, untitled: false, review: [],
      blocks: [note('编者按：今年以来，我区推进工作。', 1), note('本报今起推出系列报道。', 3), { role: 'title', text: '标题', lines: [5, 5] }, { role: 'paragraph', text: '正文。', lines: [7, 7] }, note('编者按：另一段。', 9)],
    });
    expect(a.editorsNote).toBe('编者按：今年以来，我区推进工作。\n本报今起推出系列报道。');
    expect(renderBody(a.blocks)).toBe('正文。\n\n编者按：另一段。');
  });

  it('notes a missing title', () => {
    const a = buildArticle({ hasBody: true, closed: false, untitled: true, review: [], blocks: [{ role: 'paragraph', text: '正文。', lines: [2, 2] }] });
    expect(a.title).toBe('');
    expect(a.review.map((r) => r.code)).toEqual(['title-missing']);
  });
});

describe('byline field', () => {
  const base = { hasBody: true, closed: true, untitled: false, review: [] };
  it('leaves out editor credits and quotation signatures', () => {
    const a = buildArticle({ ...base, blocks: [
      { role: 'title', text: '社区里的“红色管家”', lines: [1, 1] },
      { role: 'byline', text: '记者 刘洋', lines: [3, 3] },
      { role: 'paragraph', text: '走进社区。', lines: [5, 5] },
      { role: 'byline', text: '——习近平', lines: [7, 7] },
      { role: 'byline', text: '责任编辑：周敏', lines: [9, 9] },
    ] });
    expect(a.byline).toBe('记者 刘洋');
  });
  it.each([
    ['本报讯（记者 王芳 通讯员 李明）3月4日，会议召开。', '记者 王芳 通讯员 李明'],
    ['本报北京1月31日电 （记者杜一菲）国家主席习近平…', '记者杜一菲'],
    ['本报讯 12月1日，区委常委会集体调研。', undefined],
  ])('takes the reporters from a dateline when there is no byline: %s', (text, byline) => {
    const a = buildArticle({ ...base, blocks: [{ role: 'title', text: '标题', lines: [1, 1] }, { role: 'paragraph', text, lines: [3, 3] }] });
    expect(a.byline).toBe(byline);
  });
});

describe('headlines keep their punctuation as printed (withPrintedMarks)', () => {
  const block = (text: string, lines: [number, number]) => ({ role: 'title' as const, text, lines });
  it('gives a one-line headline its printed marks, in order', () => {
    expect(withPrintedMarks(block('听民声（新春走基层）', [3, 3]), new Map([[3, '()']]))).toBe('听民声(新春走基层)');
    expect(withPrintedMarks(block('听民声（新春走基层）', [3, 3]), new Map())).toBe('听民声（新春走基层）');
  });
  it('does so line by line for a headline set on several lines', () => {
    expect(withPrintedMarks(block('某国发出威胁：\n“下一个是某地”（完）', [5, 6]), new Map([[5, ':']]))).toBe('某国发出威胁:\n“下一个是某地”（完）');
  });
  it('leaves a piece that is part of its line when the marks do not add up', () => {
    expect(withPrintedMarks(block('标题（上）', [7, 7]), new Map([[7, '()()']]))).toBe('标题（上）');
  });
  it('through the whole segmenter: the title as printed, the text normalised', () => {
    const body = '本报北京2月1日电(记者 张三)春运开始了,各地车站秩序井然,旅客出行平稳有序。';
    const page = segmentPage(pageLines(`听民声(新春走基层)\n\n${body}`), { file: 'p.txt' });
    const a = page.items.find((i) => i.type === 'article')!;
    expect(a.type === 'article' && a.article.title).toBe('听民声(新春走基层)');
    expect(a.type === 'article' && a.article.blocks.at(-1)!.text).toBe('本报北京2月1日电（记者 张三）春运开始了，各地车站秩序井然，旅客出行平稳有序。');
  });
});

describe('reporterInDateline', () => {
  it.each([
    ['本报讯（记者 王芳 通讯员 李明）1月7日，全县农村工作会议召开。', '记者 王芳 通讯员 李明'],
    ['本报北京2月1日电  （记者王浩）春运开始了。', '记者王浩'],
    ['某某日报北京12月6日讯（记者 陈某某）农业农村部日前召开会议。', '记者 陈某某'],
    ['本报上海12月6日讯 记者 李 华报道：记者从某某集团获悉，邮轮完成第100个航次。', '记者 李 华'],
    ['本报北京12月6日讯 记者刘某报道：农业农村部近日召开会议。', '记者刘某'],
    ['本报讯（全媒体记者 张三）某地召开会议。', '全媒体记者 张三'],
    ['据了解（记者 王某）今年以来工作进展顺利。', null],
    ['本报讯 记者从市教育局获悉，今年将新建学校10所，据记者报道：', null],
  ])('%s names %s', (t, e) => expect(reporterInDateline(t)).toBe(e));
});

describe('withoutBullet', () => {
  it.each([
    ['■ 县图书馆推出寒假阅读活动', '县图书馆推出寒假阅读活动'], ['●我县开展冬季消防安全检查', '我县开展冬季消防安全检查'],
    ['■ 网络、定制等新兴消费看点纷呈■ 全国旅游接待总人数超四亿人次', '■ 网络、定制等新兴消费看点纷呈■ 全国旅游接待总人数超四亿人次'], ['■', '■'], ['城南农贸市场改造完工', '城南农贸市场改造完工'],
  ])('%s → %s', (t, e) => expect(withoutBullet(t)).toBe(e));
});
