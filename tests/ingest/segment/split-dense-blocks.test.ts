import { describe, expect, it } from 'vitest';
import { splitDenseBlocks } from '../../../scripts/ingest/segment/split-dense-blocks.ts';
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
