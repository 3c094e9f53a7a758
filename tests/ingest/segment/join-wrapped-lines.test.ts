/** Hard-wrapped pages: a paragraph's column lines joined (join-wrapped-lines.ts). */
import { describe, expect, it } from 'vitest';
import { charCount, displayWidth, joinWrappedLines, wrapColumn } from '../../../scripts/ingest/segment/join-wrapped-lines.ts';
import { splitBlocks } from '../../../scripts/ingest/segment/split-blocks.ts';
import { segmentPage } from '../../../scripts/ingest/segment.ts';

const lines = (t: string) => t.split('\n').map((text, i) => ({ no: i + 1, text }));
const para = (s: string) => `${s}，记者在现场看到，市民们排起了长队，工作人员正在有序引导，现场秩序井然，大家都说这样的安排很贴心。`;
/** Wraps every line longer than `n` characters at `n`. */
const wrap = (t: string, n = 16) => t.split('\n').map((l) => ([...l].length > n ? [...l].reduce<string[]>((o, c, i) => (i % n ? ((o[o.length - 1] += c), o) : [...o, c]), []).join('\n') : l)).join('\n');
const page = ['标题一', para('昨天上午'), para('今天下午'), '（记者 张三）', '标题二', para('前天晚上'), para('据介绍')].join('\n\n');

describe('wrapColumn', () => {
  it('finds the column width of a hard-wrapped page', () => expect(wrapColumn(wrap(page).split('\n'))).toEqual({ width: 32, measure: displayWidth }));
  it('finds none on a page set one paragraph per line', () => expect(wrapColumn(page.split('\n'))).toBeUndefined());
  it('counts wide characters twice', () => expect(displayWidth('记者A1')).toBe(6));
  it('counts the quotation marks, dashes and ellipsis a Chinese font sets full width twice', () => expect(displayWidth('“好”——…')).toBe(12));
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

describe('pages cut at so many characters a line, whatever their width', () => {
  // Digits and Latin letters make the lines' display widths differ; their character counts do not.
  const digits = (s: string) => `${s}，2019年1至11月，全国规模以上工业增加值同比增长5.6%，其中高技术制造业增长8.7%，GDP增速保持在合理区间。`;
  const cut = [digits('一'), digits('二'), digits('三')].join('\n');
  it('measures such a page by characters', () => {
    const column = wrapColumn(wrap(cut, 20).split('\n'));
    expect(column?.measure).toBe(charCount);
    expect(column?.width).toBe(20);
  });
  it('joins its paragraphs back', () => {
    expect(joinWrappedLines(splitBlocks(lines(wrap(cut, 20)))).map((b) => b.text)).toEqual([digits('一'), digits('二'), digits('三')]);
  });
});

describe('a page cut at so many characters, with lines a little longer left whole', () => {
  // Lines cut at 20 characters; short paragraphs of 21 and 22 characters, never cut, sit beside them. The column is the
  // cut lines' count exactly: a line one or two characters longer is no column line, and a cut line goes on.
  const digits = (s: string) => `${s}，2019年1至11月，全国规模以上工业增加值同比增长5.6%，其中高技术制造业增长8.7%，GDP增速保持在合理区间。`;
  const whole = ['这是一个有二十一个字的短段落，我们写完了。', '这是一个有二十二个字的短段落呀，我们写完了。'];
  const text = [wrap([digits('一'), digits('二'), digits('三')].join('\n'), 20), ...whole, ...whole, ...whole].join('\n');
  it('measures the column at the cut lines\' count', () => {
    expect(whole.map((l) => [...l].length)).toEqual([21, 22]);
    expect(wrapColumn(text.split('\n'))).toEqual({ width: 20, measure: charCount });
  });
  it('joins the cut paragraphs back and leaves the whole lines as they are', () => {
    expect(joinWrappedLines(splitBlocks(lines(text))).map((b) => b.text)).toEqual([digits('一'), digits('二'), digits('三'), ...whole, ...whole, ...whole]);
  });
});

describe('a page cut at so many characters that display width would also take as wrapped', () => {
  // Cut at 20 characters. The lines with a year in them are narrower by display width (36 against 40), and short
  // paragraphs of 19 characters never cut fill display width's window (38–40): that measure has the larger share of
  // lines at one width, but it would end a paragraph at every line with a year, mid-sentence.
  const para = (k: string) => [`${k}地区各部门认真贯彻落实中央经济工作会议`, '精神，2019年全国规模以上工业增加值同', '比增长百分之五点六左右。'];
  const short = '这是一段十九个字的短段落，已经写完了。';
  const text = [...para('各'), short, short, ...para('全'), short, short, ...para('本'), short].join('\n');
  it('is measured by characters: fewer paragraphs end mid-sentence', () => {
    expect(text.split('\n').map((l) => [...l].length)).toEqual([20, 20, 12, 19, 19, 20, 20, 12, 19, 19, 20, 20, 12, 19]);
    expect(wrapColumn(text.split('\n'))).toEqual({ width: 20, measure: charCount });
  });
  it('joins its paragraphs back', () => {
    expect(joinWrappedLines(splitBlocks(lines(text))).map((b) => b.text)).toEqual([para('各').join(''), short, short, para('全').join(''), short, short, para('本').join(''), short]);
  });
});

describe('a page wrapped by display width, with digits in its lines', () => {
  // A PDF's column holds so much width: a line with digits (set half width) holds more characters than one without.
  const digits = (s: string) => `${s}，2019年1至11月，全国规模以上工业增加值同比增长5.6%，其中高技术制造业增长8.7%，GDP增速保持在合理区间，各地区各部门认真贯彻落实中央经济工作会议精神。`;
  const byWidth = (t: string, w: number) => t.split('\n').map((l) => [...l].reduce<string[]>((o, c) => (o.length && displayWidth(o[o.length - 1]! + c) <= w ? ((o[o.length - 1] += c), o) : [...o, c]), []).join('\n')).join('\n');
  const paras = [digits('一'), digits('二'), digits('三'), digits('四')];
  const text = byWidth(paras.join('\n'), 40);
  it('is measured by display width', () => expect(wrapColumn(text.split('\n'))?.measure).toBe(displayWidth));
  it('joins its paragraphs back', () => expect(joinWrappedLines(splitBlocks(lines(text))).map((b) => b.text)).toEqual(paras));
});

describe('lines set together on a hard-wrapped page', () => {
  it('keeps a bold banner on two lines and a motto box as they were set, one unit each', () => {
    const banner = '**践行嘱托开新局\n——争当表率、争做示范、走在前列**';
    const motto = '开发区精神：\n团结奋进 开放创新\n包容担当 务实诚信';
    const blocks = joinWrappedLines(splitBlocks(lines([motto, wrap(para('一')), banner, wrap(para('二'))].join('\n'))));
    expect(blocks.map((b) => b.text)).toEqual([motto, para('一'), banner, para('二')]);
    expect(blocks.map((b) => b.unwrapped ?? false)).toEqual([false, true, false, true]);
  });
});

describe('a line wider than the column', () => {
  it('is set across columns (a headline): it is not joined to the line under it', () => {
    const headline = '某市召开全市经济工作会议部署明年重点任务强调稳中求进推动高质量发展';
    const blocks = joinWrappedLines(splitBlocks(lines([headline, wrap(`${para('一')}\n${para('二')}`)].join('\n'))));
    expect(blocks[0]!.text).toBe(headline);
    expect(blocks.slice(1).map((b) => b.text)).toEqual([para('一'), para('二')]);
  });
});
