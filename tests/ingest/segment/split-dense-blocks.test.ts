import { describe, expect, it } from 'vitest';
import { joinKeptBlocks, splitDenseBlocks } from '../../../scripts/ingest/segment/split-dense-blocks.ts';
import { splitBlocks } from '../../../scripts/ingest/segment/split-blocks.ts';

const blocks = (text: string) => splitDenseBlocks(splitBlocks(text.split('\n').map((t, i) => ({ no: i + 1, text: t })))).map((b) => [b.text, b.lines]);

describe('splitDenseBlocks', () => {
  it('splits a page set without blank lines into one block per line', () => {
    expect(blocks('区领导调研春耕生产\n本报讯 昨天，区领导深入田间地头调研春耕生产。\n区领导强调，要抓好春耕备耕，确保粮食安全。')).toEqual([
      ['区领导调研春耕生产', [1, 1]],
      ['本报讯 昨天，区领导深入田间地头调研春耕生产。', [2, 2]],
      ['区领导强调，要抓好春耕备耕，确保粮食安全。', [3, 3]],
    ]);
  });

  it('keeps a bold banner and a motto box whole', () => {
    expect(blocks('开发区精神：\n团结奋进 开放创新\n包容担当 务实诚信\n**践行嘱托开新局\n——争当表率**\n本报讯 昨天上午，区领导深入田间地头调研春耕生产。\n区领导强调，要抓好春耕备耕工作，确保粮食安全。').map((b) => b[0])).toEqual([
      '开发区精神：\n团结奋进 开放创新\n包容担当 务实诚信',
      '**践行嘱托开新局\n——争当表率**',
      '本报讯 昨天上午，区领导深入田间地头调研春耕生产。',
      '区领导强调，要抓好春耕备耕工作，确保粮食安全。',
    ]);
  });

  it.each([
    ['short furniture lines', '金坛时报 数字微报\n金坛网 微信公众号\n金坛手机台 APP下载'],
    ['a pull quote', '“\n绿水青山就是金山银山，这是溧阳人的共识。\n这是溧阳人的共识，也是行动。\n”'],
    ['English text', 'The quick brown fox, jumping.\nOver the lazy dog, again and again.\nAnd once more, for luck.'],
  ])('leaves %s whole', (_, text) => expect(blocks(text)).toHaveLength(1));
});

describe('joinKeptBlocks: a page with a blank line after every line', () => {
  const blocksOf = (t: string) => joinKeptBlocks(splitBlocks(t.split('\n').map((text, i) => ({ no: i + 1, text })))).map((b) => b.text);
  it('makes a bold banner and a motto box one block again, their lines as set', () => {
    expect(blocksOf('开发区精神：\n\n团结奋进 开放创新\n\n包容担当 务实诚信\n\n**践行嘱托开新局\n\n——争当表率、争做示范、走在前列**\n\n正文第一段。')).toEqual([
      '开发区精神：\n团结奋进 开放创新\n包容担当 务实诚信',
      '**践行嘱托开新局\n——争当表率、争做示范、走在前列**',
      '正文第一段。',
    ]);
  });
  it('leaves names with their posts under a label, and a kicker with a colon over a headline, as they are', () => {
    expect(blocksOf('对话人：\n\n何某某 本报评论员\n\n饶某某 某日报评论员')).toEqual(['对话人：', '何某某 本报评论员', '饶某某 某日报评论员']);
    expect(blocksOf('国家税务总局：\n\n个税零申报并不影响纳税记录连续性（回应）')).toEqual(['国家税务总局：', '个税零申报并不影响纳税记录连续性（回应）']);
  });
});
