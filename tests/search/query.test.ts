import { describe, expect, it } from 'vitest';
import { countIsExact, parseQuery, pagefindWords, phraseQuery, recallQuery, solidRuns, termWords } from '../../src/lib/search/query.ts';
import fc from 'fast-check';
import { charWord, indexWordCount, indexWords, pieces, plainContent, separateHan, SPACE_MARK, stripSeparators, textFromIndex, ZWSP } from '../../src/lib/search/han.ts';

const keys = (q: string) => parseQuery(q).map((t) => t.key);

describe('parseQuery', () => {
  it.each([
    ['胜伟策', ['胜伟策']],
    ['  金城镇   狄志强 ', ['金城镇', '狄志强']],
    ['"金坛 时报" 2020', ['金坛时报', '2020']],
    ['“金坛时报”', ['金坛时报']],
    ['「開發區」', ['开发区']],
    ['LDAR', ['ldar']],
    ['18.9%', ['18.9%']],
    ['金城镇 金城镇', ['金城镇']],
    ['"unterminated', ['unterminated']],
    ['', []],
    ['   ', []],
  ])('%j → %j', (q, expected) => expect(keys(q)).toEqual(expected));
});

describe('Pagefind queries', () => {
  it('gives the bigrams of Han runs, Latin and number pieces, and the characters a bigram cannot cover', () => {
    expect(pagefindWords(parseQuery('187.1亿元')[0]!)).toEqual(['187', '.1', '亿元']);
    expect(pagefindWords(parseQuery('361service')[0]!)).toEqual(['361service']);
    expect(pagefindWords(parseQuery('金坛FM89')[0]!)).toEqual(['金坛', '坛', 'fm89']);
    expect(pagefindWords(parseQuery('金科园：')[0]!)).toEqual(['金科', '科园', '园']);
    expect(pagefindWords(parseQuery('4G&5G')[0]!)).toEqual(['4g', '&5g']);
    expect(termWords(parseQuery('国')[0]!)).toEqual({ exact: [], loose: ['国'], complete: true });
    expect(termWords(parseQuery('5G网')[0]!)).toEqual({ exact: ['5g'], loose: ['5g'], complete: false });
  });

  it('quotes the longest multi-word term and leaves the rest unquoted', () => {
    expect(phraseQuery(parseQuery('胜伟策'))).toBe('"胜伟 伟策"');
    expect(phraseQuery(parseQuery('金城镇 狄志强 于'))).toBe('"金城 城镇" 狄志 志强 于');
    expect(phraseQuery(parseQuery('LDAR'))).toBeNull();
    expect(phraseQuery(parseQuery('国庆'))).toBeNull();
    expect(recallQuery(parseQuery('開發區 5G'))).toBe('开发 发区 5g');
    expect(recallQuery(parseQuery('粤港澳大湾区'))).toBe('粤港 澳大 湾区');
    expect(recallQuery(parseQuery('新能源汽车'))).toBe('新能 源汽 汽车');
  });

  it('sends a one-character term as its character word in an index that has them', () => {
    expect(termWords(parseQuery('國')[0]!, true)).toEqual({ exact: [], loose: [charWord('国')], complete: true });
    expect(charWord('国')).toBe('国\u{10FFFD}');
    expect(recallQuery(parseQuery('国'), true)).toBe(charWord('国'));
    expect(phraseQuery(parseQuery('金城镇 狄志强 于'), true)).toBe(`"金城 城镇" 狄志 志强 ${charWord('于')}`);
    expect(recallQuery(parseQuery('金城镇 于'), true)).toBe(`金城 城镇 ${charWord('于')}`);
    // characters a bigram covers, and Latin text, are sent as before
    expect(recallQuery(parseQuery('開發區 5G'), true)).toBe('开发 发区 5g');
    expect(termWords(parseQuery('5G网')[0]!, true)).toEqual({ exact: ['5g'], loose: ['5g'], complete: false });
  });

  it('knows when Pagefind’s count is exact', () => {
    expect(countIsExact(parseQuery('粤港澳大湾区'))).toBe(true);
    expect(countIsExact(parseQuery('国庆'))).toBe(true);
    expect(countIsExact(parseQuery('5G'))).toBe(true);
    expect(countIsExact(parseQuery('5G网'))).toBe(false);
    expect(countIsExact(parseQuery('金城镇 狄志强'))).toBe(false);
  });

  it('keeps Latin and number runs whole for partial matches', () => {
    expect(solidRuns(parseQuery('12345')[0]!)).toEqual(['12345']);
    expect(solidRuns(parseQuery('4G&5G网络')[0]!)).toEqual(['4g&5g']);
    expect(solidRuns(parseQuery('金坛')[0]!)).toEqual([]);
  });
});

describe('separateHan', () => {
  it('separates Han characters from each other and from other text, not inside words', () => {
    expect(separateHan('德国胜伟策封装', '|')).toBe('德|国|胜|伟|策|封|装');
    expect(separateHan('增长18.9%;完成', '|')).toBe('增|长|18.9%;|完|成');
    expect(separateHan('金坛 FM89 台', '|')).toBe('金|坛 FM89 台');
  });

  it('is undone by stripSeparators', () => {
    const text = '区委书记狄志强指出, 5G 基站';
    expect(stripSeparators(separateHan(text, ZWSP))).toBe(text);
  });
});

/** What Pagefind stores of a record's text when it splits words at whitespace: the words joined by single spaces. */
const pagefindContent = (text: string) => text.split(/\s+/u).filter(Boolean).join(' ');

describe('indexWords / textFromIndex', () => {
  it('makes every Han character the bigram with the next one, and marks the text’s own spaces', () => {
    expect(indexWords('德国胜伟策 5G 基站')).toBe(`德国 国胜 胜伟 伟策 策${SPACE_MARK} 5G${SPACE_MARK} 基站 站`);
    expect(pagefindContent(indexWords('增长18.9%;完成')).split(' ')).toEqual(['增长', '长', '18', '.9%;', '完成', '成']);
    // Across the text's own whitespace (a phrase cut by a line break is still a phrase), not across punctuation.
    expect(indexWords('导向 聚焦，国')).toBe(`导向 向聚${SPACE_MARK} 聚焦 焦 ， 国`);
  });

  it('cuts Latin and number runs at joiners, so that they are found whole and by their parts', () => {
    expect(pieces('VR+5G')).toEqual(['VR', '+5G']);
    expect(pieces('2G/3G/4G/5G')).toEqual(['2G', '/3G', '/4G', '/5G']);
    expect(pieces('x-ray a_b -5 5%')).toEqual(['x', '-ray a', '_b -5 5%']);
    expect(indexWordCount('德国 VR+5G，好')).toBe(5);
  });

  it('gives back the text (whitespace runs as one space) from what Pagefind stores', () => {
    for (const text of ['区委书记狄志强指出, 5G 基站', '坚持问题导向 聚焦重点工作\n新华社北京1月31日电', 'LDAR  system\tworks', '——“决战2020”年中', 'VR+5G和4G&5G']) {
      expect(textFromIndex(pagefindContent(indexWords(text)))).toBe(text.replace(/\s+/gu, ' ').trim());
    }
  });

  it('round-trips any text (property)', () => {
    const chars = fc.constantFrom('金', '坛', '时', '报', 'a', 'B', '5', '.', '，', '“', '”', ' ', '\n', '\t', '　', '-', '%', '+', '/', '&');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 40 }).map((a) => a.join('')), (text) => {
        expect(textFromIndex(pagefindContent(indexWords(text)))).toBe(text.replace(/\s+/gu, ' ').trim());
      }),
    );
  });

  it('holds at most two Han characters in a word (the bigram index)', () => {
    const words = pagefindContent(indexWords('狄志强指出，金坛时报5G')).split(' ').map((w) => w.replaceAll(SPACE_MARK, ''));
    for (const w of words) expect([...w].filter((c) => /\p{Script=Han}/u.test(c)).length).toBeLessThanOrEqual(2);
  });
});

describe('plainContent', () => {
  it('stores the text, which textFromIndex gives back as it is', () => {
    for (const text of ['区委书记狄志强指出, 5G 基站', 'VR+5G和4G&5G', '金 坛']) {
      const stored = pagefindContent(indexWords(text));
      expect(textFromIndex(plainContent(stored))).toBe(textFromIndex(stored));
      expect(plainContent(plainContent(stored))).toBe(plainContent(stored));
    }
  });
});
