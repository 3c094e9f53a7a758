/** Hard-wrapped pages: a paragraph's column lines joined (join-wrapped-lines.ts). */
import { describe, expect, it } from 'vitest';
import { displayWidth, joinWrappedLines, wrapWidth } from '../../../scripts/ingest/segment/join-wrapped-lines.ts';
import { splitBlocks } from '../../../scripts/ingest/segment/split-blocks.ts';
import { segmentPage } from '../../../scripts/ingest/segment.ts';

const lines = (t: string) => t.split('\n').map((text, i) => ({ no: i + 1, text }));
const para = (s: string) => `${s}，记者在现场看到，市民们排起了长队，工作人员正在有序引导，现场秩序井然，大家都说这样的安排很贴心。`;
/** Wraps every line longer than `n` characters at `n`. */
const wrap = (t: string, n = 16) => t.split('\n').map((l) => ([...l].length > n ? [...l].reduce<string[]>((o, c, i) => (i % n ? ((o[o.length - 1] += c), o) : [...o, c]), []).join('\n') : l)).join('\n');
const page = ['标题一', para('昨天上午'), para('今天下午'), '（记者 张三）', '标题二', para('前天晚上'), para('据介绍')].join('\n\n');

describe('wrapWidth', () => {
  it('finds the column width of a hard-wrapped page', () => expect(wrapWidth(wrap(page).split('\n'))).toBe(32));
  it('finds none on a page set one paragraph per line', () => expect(wrapWidth(page.split('\n'))).toBeUndefined());
  it('counts wide characters twice', () => expect(displayWidth('记者A1')).toBe(6));
});

describe('joinWrappedLines', () => {
  it('joins a paragraph\'s column lines, and ends it at a shorter line', () => {
    const blocks = joinWrappedLines(splitBlocks(lines(wrap(`${para('一')}\n${para('二')}`))));
    expect(blocks.map((b) => b.text)).toEqual([para('一'), para('二')]);
    expect(blocks[0]!.unwrapped).toBe(true);
    expect(blocks[1]!.lines[0]).toBe(blocks[0]!.lines[1] + 1);
  });
  it('leaves a page set one paragraph per line as it is', () => {
    const blocks = splitBlocks(lines(page));
    expect(joinWrappedLines(blocks)).toBe(blocks);
  });
  it('a hard-wrapped page segments like the page set one paragraph per line', () => {
    const read = (t: string) => segmentPage(lines(t), { file: 'x.txt' }).items.flatMap((i) => (i.type === 'article' ? [[i.article.title, i.article.byline ?? '']] : []));
    expect(read(wrap(page))).toEqual(read(page));
    expect(read(page).map((a) => a[0])).toEqual(['标题一', '标题二']);
  });
});
