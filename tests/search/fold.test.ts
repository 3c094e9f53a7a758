import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import { foldChar, foldForIndex, foldText } from '../../src/lib/search/fold.ts';

describe('foldText', () => {
  it.each([
    ['開發區', '开发区'],
    ['狄志強', '狄志强'],
    ['鵬輝鋰電', '鹏辉锂电'],
    ['黃梅街道', '黄梅街道'],
    ['臺灣', '台湾'],
    ['ＬＤＡＲ　５Ｇ', 'ldar 5g'],
    ['361Service', '361service'],
    ['１８．９％', '18.9%'],
  ])('%s → %s', (input, expected) => expect(foldText(input)).toBe(expected));

  it('leaves simplified text unchanged (sample sentence)', () => {
    const text = '区委常委会集体调研金科园、金城镇工作,区委书记狄志强指出';
    expect(foldText(text)).toBe(text);
  });

  it('maps every code point to exactly one code point', () => {
    const sample = '開發區發展後來乾隆著名臺灣鬱體＠ＡＢＣabc𠀀';
    expect([...foldText(sample)].length).toBe([...sample].length);
    for (const ch of sample) expect([...foldChar(ch)].length).toBe(1);
  });

  it('agrees with OpenCC’s own traditional → simplified conversion, character by character', () => {
    const convert = OpenCC.Converter({ from: 'tw', to: 'cn' });
    const text = '開發區管理委員會發佈經濟數據、鵬輝鋰電與當升科技簽約、黃梅街道辦事處';
    expect(foldText(text)).toBe(convert(text));
  });

  it('folds a substring to a substring of the folded text (no phrase context)', () => {
    const text = '金壇經濟開發區管委會';
    for (let i = 0; i < text.length; i++)
      for (let j = i + 1; j <= text.length; j++) expect(foldText(text)).toContain(foldText(text.slice(i, j)));
  });

  it('folds index text without changing letter case (Pagefind ignores case itself; excerpts keep 5G)', () => {
    expect(foldForIndex('開發區 5G ＬＤＡＲ')).toBe('开发区 5G LDAR');
    // excerpts show the indexed text: Chinese punctuation stays full-width there
    expect(foldForIndex('封装电路板，晨创（通信）：好！')).toBe('封装电路板，晨创（通信）：好！');
  });
});
