import { describe, expect, it } from 'vitest';
import { bylineValue, splitTrailingByline } from '../../../scripts/ingest/segment/extract-byline.ts';
import { ingest } from '../../../scripts/ingest/pipeline.ts';

describe('splitTrailingByline', () => {
  it('splits a name printed after the last sentence', () => {
    expect(splitTrailingByline({ role: 'paragraph', text: '推进金坛新跨越做出积极贡献。 马晓璇', lines: [57, 59] })).toEqual([
      { role: 'paragraph', text: '推进金坛新跨越做出积极贡献。', lines: [57, 59] },
      { role: 'byline', text: '马晓璇', lines: [59, 59] },
    ]);
  });
  it.each(['推动金坛经济高质量发展。', '他说。 这很好', '会上，区委常委 汇报了'])('leaves %s alone', (text) => {
    expect(splitTrailingByline({ role: 'paragraph', text, lines: [1, 1] })).toBeNull();
  });
});

describe('bylineValue', () => {
  it.each([
    ['（刘颖 马吉）', '（刘颖 马吉）'],
    ['蒋建君/文 浦映/摄', '蒋建君/文 浦映/摄'],
    [' 吴涛 ', '吴涛'],
  ])('%s → %s', (text, expected) => expect(bylineValue(text)).toBe(expected));
});

describe('bylineValue keeps what is printed', () => {
  it('keeps the brackets of a credit as printed (issue 16, item 8), and those of a bracketed note taken as the sign-off', () => {
    expect(bylineValue('（刘颖 马吉）')).toBe('（刘颖 马吉）');
    expect(bylineValue('（记者 张三）')).toBe('（记者 张三）');
    expect(bylineValue('（以嘉宾发言先后为序）')).toBe('（以嘉宾发言先后为序）');
    expect(bylineValue('（<）')).toBe('（<）');
  });

  it('loses no character of a bracketed line after running text (found by the hostile-pages property)', () => {
    const text = ['本', 'export import <本本', '', '（<）', '', '本', '本'].join('\n');
    const r = ingest({ files: [{ path: 'r.txt', bytes: Buffer.from(text) }] });
    const printed = r.articles.map((a) => [a.frontMatter.title, a.frontMatter.byline, a.body].join('\n')).join('\n');
    expect(printed).toContain('（<）');
  });
});
