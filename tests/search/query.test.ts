import { describe, expect, it } from 'vitest';
import { parseQuery, pagefindWords, phraseQuery, recallQuery } from '../../src/lib/search/query.ts';
import fc from 'fast-check';
import { indexWords, separateHan, SPACE_MARK, stripSeparators, textFromIndex, ZWSP } from '../../src/lib/search/han.ts';

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
  it('gives one word per Han character and keeps numbers and Latin whole', () => {
    expect(pagefindWords(parseQuery('187.1亿元')[0]!)).toEqual(['187.1', '亿', '元']);
    expect(pagefindWords(parseQuery('361service')[0]!)).toEqual(['361service']);
    expect(pagefindWords(parseQuery('金坛FM89')[0]!)).toEqual(['金', '坛', 'fm89']);
    expect(pagefindWords(parseQuery('金科园：')[0]!)).toEqual(['金', '科', '园']);
  });

  it('quotes the longest multi-word term and leaves the rest unquoted', () => {
    expect(phraseQuery(parseQuery('胜伟策'))).toBe('"胜 伟 策"');
    expect(phraseQuery(parseQuery('金城镇 狄志强 于'))).toBe('"金 城 镇" 狄 志 强 于');
    expect(phraseQuery(parseQuery('LDAR'))).toBeNull();
    expect(recallQuery(parseQuery('開發區 5G'))).toBe('开 发 区 5g');
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
  it('makes every Han character a word and marks the text’s own spaces', () => {
    expect(indexWords('德国胜伟策 5G 基站')).toBe(`德 国 胜 伟 策${SPACE_MARK} 5G${SPACE_MARK} 基 站`);
    expect(pagefindContent(indexWords('增长18.9%;完成')).split(' ')).toEqual(['增', '长', '18.9%;', '完', '成']);
  });

  it('gives back the text (whitespace runs as one space) from what Pagefind stores', () => {
    for (const text of ['区委书记狄志强指出, 5G 基站', '坚持问题导向 聚焦重点工作\n新华社北京1月31日电', 'LDAR  system\tworks', '——“决战2020”年中']) {
      expect(textFromIndex(pagefindContent(indexWords(text)))).toBe(text.replace(/\s+/gu, ' ').trim());
    }
  });

  it('round-trips any text (property)', () => {
    const chars = fc.constantFrom('金', '坛', '时', '报', 'a', 'B', '5', '.', '，', '“', '”', ' ', '\n', '\t', '　', '-', '%');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 40 }).map((a) => a.join('')), (text) => {
        expect(textFromIndex(pagefindContent(indexWords(text)))).toBe(text.replace(/\s+/gu, ' ').trim());
      }),
    );
  });

  it('leaves no Han character glued to another in a word (the per-character index)', () => {
    const words = pagefindContent(indexWords('狄志强指出，金坛时报5G')).split(' ').map((w) => w.replaceAll(SPACE_MARK, ''));
    for (const w of words) expect([...w].filter((c) => /\p{Script=Han}/u.test(c)).length).toBeLessThanOrEqual(1);
  });
});
