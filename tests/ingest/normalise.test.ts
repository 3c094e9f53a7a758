import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  closeLetterSpacing,
  fullWidthParentheses,
  fullWidthPunctuation,
  normaliseLine,
  normaliseSpaces,
  normaliseText,
  normaliseLines,
  normaliseLinesWithMarks,
  removeControlCharacters,
  toHalfWidthAlphanumerics,
} from '../../scripts/ingest/normalise.ts';

describe('fullWidthPunctuation (GB/T 15834)', () => {
  it.each([
    ['12月1日,区委常委会集体调研', '12月1日，区委常委会集体调研'],
    ['同比增长18.9%;完成工业实际投入', '同比增长18.9%；完成工业实际投入'],
    ['开发区精神:', '开发区精神：'],
    ['这是为什么?真的!', '这是为什么？真的！'],
    ['“十三五”,全力', '“十三五”，全力'],
    ['晨创通信,中晟', '晨创通信，中晟'],
    ['APP:下载', 'APP：下载'],
    ['中,,a', '中，，a'],
    ['a,,中', 'a，，中'],
    // half-width where it belongs
    ['工作时间10:00-11:00', '工作时间10:00-11:00'],
    ['9:00—17:00', '9:00—17:00'],
    ['1,000万元', '1,000万元'],
    ['18.9%', '18.9%'],
    ['5G LDAR', '5G LDAR'],
    ['Hello, world! Is it: yes; no?', 'Hello, world! Is it: yes; no?'],
    ['https://example.com/a?b=1', 'https://example.com/a?b=1'],
    ['WASHINGTON, Nov. 1.—The President said: "We shall see; perhaps!"', 'WASHINGTON, Nov. 1.—The President said: "We shall see; perhaps!"'],
    ['“Hello,” he said; ‘well?’ — fine!…', '“Hello,” he said; ‘well?’ — fine!…'],
    ['“十三五”,全力', '“十三五”，全力'],
    ['他说:“好!”', '他说：“好！”'],
    ['会议……,下一步', '会议……，下一步'],
    // a dot that ends a Chinese sentence is a full stop
    ['总结工作经验.深入分析发展定位.', '总结工作经验。深入分析发展定位。'],
    ['他说“好”.', '他说“好”。'],
    ['办好实事. 总投资', '办好实事。 总投资'],
    // …and not in a number, a list's number, a web address, an ellipsis, or after a full stop already
    ['总投资3.5亿元', '总投资3.5亿元'],
    ['1.全场包邮', '1.全场包邮'],
    ['登录www.people.com.cn查看', '登录www.people.com.cn查看'],
    ['他说...', '他说...'],
    ['拿出更多办法来。”.', '拿出更多办法来。”.'],
  ])('%s → %s', (input, expected) => {
    expect(fullWidthPunctuation(input)).toBe(expected);
  });
});

describe('spaces at full-width punctuation (issue 14, item 6)', () => {
  it.each([
    ['金科园： 加快转型升级 狠抓科技创新', '金科园：加快转型升级 狠抓科技创新'],
    ['取得明显成效。 总投资20亿元', '取得明显成效。总投资20亿元'],
    ['成效 。总投资', '成效。总投资'],
    ['今年以来，全区完成目标。　　2019年10月', '今年以来，全区完成目标。2019年10月'],
    ['（ 记者 ）', '（记者）'],
    ['一是抓项目，  二是抓招商', '一是抓项目，二是抓招商'],
    ['他说: 好', '他说：好'],
    ['中 ,文', '中，文'],
    ['版式设计： 沈亦伶', '版式设计：沈亦伶'],
    // kept: a writer's name set off at the end of a paragraph, layout spaces, shared marks
    ['做出积极贡献。 马晓璇', '做出积极贡献。 马晓璇'],
    ['主办：中共常州市金坛区委员会　主管部门', '主办：中共常州市金坛区委员会　主管部门'],
    ['金坛时报 · 要闻', '金坛时报 · 要闻'],
    ['践行嘱托开新局 ——争当表率', '践行嘱托开新局 ——争当表率'],
    ['“Hello,” he said; ‘well?’ — fine!', '“Hello,” he said; ‘well?’ — fine!'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseLine(input)).toBe(expected);
    expect(normaliseLine(expected)).toBe(expected);
  });
});

describe('fullWidthParentheses', () => {
  it.each([
    ['金科园(金城镇)积极对标', '金科园（金城镇）积极对标'],
    ['(工作时间9:00—17:00)', '（工作时间9:00—17:00）'],
    ['检测与修复(LDAR)工作', '检测与修复（LDAR）工作'],
    ['(下转第二版)', '（下转第二版）'],
    ['word (note) here', 'word (note) here'],
    ['(1) first', '(1) first'],
    ['unmatched (中', 'unmatched (中'],
    ['外(内(中)外)', '外（内（中）外）'],
  ])('%s → %s', (input, expected) => {
    expect(fullWidthParentheses(input)).toBe(expected);
  });
});

describe('widths, spaces and controls', () => {
  it.each([
    ['ＡＢＣ１２３ａｂｃ', 'ABC123abc'],
    ['全角（括号）保持', '全角（括号）保持'],
  ])('toHalfWidthAlphanumerics %s → %s', (input, expected) => {
    expect(toHalfWidthAlphanumerics(input)).toBe(expected);
  });

  it.each([
    ['  正文  ', '正文'],
    ['\u3000\u3000段首缩进', '段首缩进'],
    ['姓名\u3000职务', '姓名\u3000职务'],
    ['a\u00a0b\u202fc\td ', 'a b c d'],
    ['\ufeff开头', '开头'],
  ])('normaliseSpaces %j → %j', (input, expected) => {
    expect(normaliseSpaces(input)).toBe(expected);
  });

  it('removes control characters and non-characters but keeps tab (for normaliseSpaces)', () => {
    expect(removeControlCharacters('a\u0000b\u0007c\u0085d\te\ufffff')).toBe('abcd\tef');
  });
});

describe('normaliseText', () => {
  it('keeps the number of lines and applies every rule', () => {
    const input = '  金坛时报  \n\n12月1日,区委(扩大)会议 ＡＰＰ\n**践行嘱托开新局\n——争当表率**\n';
    const out = normaliseText(input);
    expect(out.split('\n')).toHaveLength(input.split('\n').length);
    expect(out).toBe('金坛时报\n\n12月1日，区委（扩大）会议 APP\n**践行嘱托开新局\n——争当表率**\n');
  });

  it('keeps markdown-like marks verbatim (emit decides what they mean)', () => {
    expect(normaliseLine('**加粗** # 不是标题 <b>')).toBe('**加粗** # 不是标题 <b>');
  });

  const textish = fc.string({
    unit: fc.oneof(
      fc.constantFrom(...',:;?!()（）。、“”—%.-0123456789 aZ\u3000\u00a0\tＡ９中文报讯'),
      fc.string({ unit: 'grapheme', maxLength: 1 }),
    ),
    maxLength: 60,
  });

  it('is idempotent (property)', () => {
    fc.assert(fc.property(fc.array(textish, { maxLength: 5 }), (ls) => {
      const once = normaliseText(ls.join('\n'));
      expect(normaliseText(once)).toBe(once);
    }), { numRuns: 2000 });
  });

  it('preserves the line count (property)', () => {
    fc.assert(fc.property(fc.array(textish, { maxLength: 8 }), (ls) => {
      expect(normaliseText(ls.join('\n')).split('\n')).toHaveLength(Math.max(1, ls.length));
    }), { numRuns: 1000 });
  });

  it('leaves pure ASCII English lines without , : ; ? ! ( ) next to Han untouched except for trimming (property)', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...'abcXYZ 0123456789,.:;?!()"\'-'), maxLength: 60 }), (s) => {
      expect(normaliseLine(s)).toBe(s.trim());
    }));
  });
});

describe('normaliseLinesWithMarks: the marks a line had as printed, where normalising widened them', () => {
  it('records them in order, only for lines that changed', () => {
    const r = normaliseLinesWithMarks('听民声(新春走基层)\n会议指出，要抓落实。\n习近平:要抓落实(完)');
    expect(r.lines).toEqual(['听民声（新春走基层）', '会议指出，要抓落实。', '习近平：要抓落实（完）']);
    expect(r.printedMarks).toEqual(['()', undefined, ':()']);
  });
  it('gives the same lines as normaliseLines', () => {
    const text = '12月1日,区委(扩大)会议. 金科园: 加快\n\n(记者 张三)';
    expect(normaliseLinesWithMarks(text).lines).toEqual(normaliseLines(text));
  });
});

describe('closeLetterSpacing (rule 3b): a line set with every character apart', () => {
  it.each([
    ['区 委 常 委 会 集 体 调 研', '区委常委会集体调研'],
    ['学 在 前   干 在 前', '学在前 干在前'],
    ['李 鹏 宇', '李鹏宇'],
    ['本 报 讯 （ 记 者   张 三 ）', '本报讯（记者 张三）'],
  ])('%s → %s', (input, expected) => expect(closeLetterSpacing(input)).toBe(expected));
  it.each([
    ['学在前 干在前'], // words apart, not letters
    ['李  纵  罗  婕'], // names padded to a width
    ['王  玮 张守向'],
    ['记者 张三'],
    ['T H E  E N D'], // no Chinese
  ])('leaves %s as it is', (input) => expect(closeLetterSpacing(input)).toBe(input));
  it('is what normalising a page does to such a line', () => expect(normaliseText('区 委 常 委 会 集 体 调 研\n正文。')).toBe('区委常委会集体调研\n正文。'));
});
