import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { decodePage, firstInvalidGb18030, firstInvalidUtf8, unifyLineEnds } from '../../scripts/ingest/decode.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const bytes = (...xs: number[]) => new Uint8Array(xs);
const HOSTILE = 'tests/fixtures/hostile';

describe('decodePage: encodings', () => {
  it('reads plain UTF-8', () => {
    expect(decodePage(enc('金坛时报\n本报讯'), 'a.txt')).toEqual({ ok: true, text: '金坛时报\n本报讯', encoding: 'utf-8' });
  });

  it('drops a UTF-8 byte-order mark', () => {
    const r = decodePage(new Uint8Array([0xef, 0xbb, 0xbf, ...enc('中文')]), 'a.txt');
    expect(r).toEqual({ ok: true, text: '中文', encoding: 'utf-8-bom' });
  });

  it('reads GBK / GB18030 when the bytes are not UTF-8', () => {
    const r = decodePage(readFileSync(`${HOSTILE}/gbk-page.txt`), 'gbk-page.txt');
    expect(r.ok && r.encoding).toBe('gb18030');
    expect(r.ok && r.text.split('\n')[0]).toBe('常州日报');
    expect(r.ok && r.text.includes('\r')).toBe(false);
  });

  it('reads UTF-16 LE and BE with a byte-order mark', () => {
    const le = decodePage(readFileSync(`${HOSTILE}/utf16le-page.txt`), 'le.txt');
    const be = decodePage(readFileSync(`${HOSTILE}/utf16be-page.txt`), 'be.txt');
    expect(le.ok && le.encoding).toBe('utf-16le');
    expect(be.ok && be.encoding).toBe('utf-16be');
    expect(le.ok && le.text.startsWith('UTF-16 页面标题\n')).toBe(true);
    expect(be.ok && be.text.includes('{表达式}')).toBe(true);
  });

  it('turns CRLF and lone CR into LF', () => {
    expect(unifyLineEnds('a\r\nb\rc\nd')).toBe('a\nb\nc\nd');
    const r = decodePage(readFileSync(`${HOSTILE}/utf8-bom-cr.txt`), 'cr.txt');
    expect(r.ok && r.text).toBe('带BOM的页面\n本报讯 旧式 Mac 行尾(CR)与 BOM 的页面,export default 1;\n');
  });

  it('decodes every sample page as UTF-8', () => {
    for (const f of ['000_25148211cf405f81.txt', '004_4d973ced7e0f3928.txt']) {
      const r = decodePage(readFileSync(`content/sources/${f}`), f);
      expect(r.ok && r.encoding).toBe('utf-8');
    }
  });
});

describe('decodePage: errors are values naming file, byte and line', () => {
  it('empty file', () => {
    expect(decodePage(new Uint8Array(), 'e.txt')).toEqual({ ok: false, error: { code: 'empty-file', file: 'e.txt', message: 'file is empty' } });
  });

  it('whitespace-only file', () => {
    const r = decodePage(enc(' \n\u3000\n\t\n'), 'w.txt');
    expect(!r.ok && r.error.code).toBe('empty-file');
  });

  it('NUL bytes without a BOM: binary, with the offset and line', () => {
    const r = decodePage(bytes(0x61, 0x0a, 0x62, 0x00, 0x63), 'b.bin');
    expect(r).toEqual({ ok: false, error: expect.objectContaining({ code: 'binary-file', file: 'b.bin', byte: 3, line: 2 }) });
    // the place is in the fields (the report prints `b.bin (line 2, byte 3): …`), not repeated in the message
    expect(!r.ok && r.error.message).not.toMatch(/line|byte \d/);
  });

  it('control characters never stop a page: counted and reported as a review note (issue 16, item 7)', () => {
    // A 560-character page with one BEL was refused as binary and stopped the whole ingest.
    const bel = decodePage(enc('本报讯\u0007 ' + '正文'.repeat(278)), 's.txt');
    expect(bel.ok).toBe(true);
    expect(bel.ok && bel.notes).toEqual([{ code: 'control-characters', line: 1, message: '1 control character (U+0007) dropped: they have no printed form' }]);
    const many = decodePage(enc('ok\n' + '\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000e\u000f'), 'c.txt');
    expect(many.ok).toBe(true);
    expect(many.ok && many.notes?.[0]).toEqual(expect.objectContaining({ code: 'control-characters', line: 2, message: expect.stringMatching(/^10 control characters \(U\+0001, U\+0002, U\+0003, U\+0004 …\)/) }));
  });

  it('a page without control characters has no notes', () => {
    expect(decodePage(enc('本报讯'), 'a.txt')).toEqual({ ok: true, text: '本报讯', encoding: 'utf-8' });
  });

  it('bytes that are neither UTF-8 nor plausible GB18030: undecodable at the first bad byte', () => {
    // 0x80 alone is invalid in GB18030 too.
    const r = decodePage(bytes(0x61, 0x62, 0x0a, 0x63, 0x80, 0x0a), 'u.txt');
    expect(r).toEqual({ ok: false, error: expect.objectContaining({ code: 'undecodable', file: 'u.txt', byte: 4, line: 2 }) });
  });

  it('random high bytes that GB18030 could decode but are not text: undecodable', () => {
    // Valid four-byte GB18030 sequences mapping to rare supplementary-plane characters.
    const soup = new Uint8Array(400);
    for (let i = 0; i < soup.length; i += 4) soup.set([0x95, 0x32, 0x82, 0x36], i);
    const r = decodePage(soup, 'soup.txt');
    expect(!r.ok && r.error.code).toBe('undecodable');
  });

  it('a BOM followed by broken UTF-8 is undecodable, not silently guessed', () => {
    const r = decodePage(bytes(0xef, 0xbb, 0xbf, 0x61, 0xff), 'x.txt');
    expect(r).toEqual({ ok: false, error: expect.objectContaining({ code: 'undecodable', byte: 4 }) });
  });

  it('UTF-16 with a lone surrogate is undecodable', () => {
    const r = decodePage(bytes(0xff, 0xfe, 0x61, 0x00, 0x00, 0xd8, 0x62, 0x00), 'x.txt');
    expect(!r.ok && r.error.code).toBe('undecodable');
  });
});

describe('decodePage: the encoding is decided by a detector, never guessed (issue 16, item 1)', () => {
  const ENC = 'tests/fixtures/encodings';
  it.each([
    ['shift-jis-page.txt', 'Shift_JIS (Japanese)'],
    ['euc-jp-page.txt', 'EUC-JP (Japanese)'],
    ['euc-kr-page.txt', 'EUC-KR (Korean)'],
  ])('%s is refused with the name of its encoding, not published as hanzi', (file, name) => {
    const r = decodePage(readFileSync(`${ENC}/${file}`), file);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toEqual(expect.objectContaining({ code: 'undecodable', file, line: 1 }));
    expect(!r.ok && r.error.message).toContain(`looks like ${name}, not a Chinese encoding`);
  });

  it('reads Big5 (traditional Chinese)', () => {
    const r = decodePage(readFileSync(`${ENC}/big5-page.txt`), 'big5.txt');
    expect(r).toEqual({ ok: true, encoding: 'big5', text: '本報訊（記者 張三）今天上午，市政府召開新聞發布會，介紹今年的工作。\n' });
  });

  it('reads UTF-16 without a byte-order mark, with a review note', () => {
    const r = decodePage(readFileSync(`${ENC}/utf16le-nobom-page.txt`), 'u16.txt');
    expect(r.ok && r.encoding).toBe('utf-16le');
    expect(r.ok && r.text.startsWith('常州日报\n本报讯（记者 张三）')).toBe(true);
    expect(r.ok && r.notes?.map((n) => n.code)).toEqual(['encoding-uncertain']);
  });

  it('a GBK page the detector is sure of has no note; one too short to tell gets a review note', () => {
    const sure = decodePage(readFileSync(`${HOSTILE}/gbk-page.txt`), 'gbk.txt');
    expect(sure.ok && sure.notes).toBeUndefined();
    const short = decodePage(bytes(0xb3, 0xa3, 0xd6, 0xdd, 0xc8, 0xd5, 0xb1, 0xa8), 'short.txt'); // 常州日报
    expect(short.ok && short.text).toBe('常州日报');
    expect(short.ok && short.notes?.[0]).toEqual(expect.objectContaining({ code: 'encoding-uncertain', message: expect.stringContaining('GB18030 with low confidence') }));
  });

  it('an undecodable GBK page is located at its bad byte, not at byte 0 (issue 16, item 9)', () => {
    const good = readFileSync(`${HOSTILE}/gbk-page.txt`);
    const nl = good.indexOf(0x0a, 40) + 1;
    const broken = new Uint8Array([...good.subarray(0, nl), 0xff, ...good.subarray(nl)]);
    const r = decodePage(broken, 'bad.txt');
    expect(!r.ok && r.error).toEqual(expect.objectContaining({ code: 'undecodable', byte: nl, line: 1 + good.subarray(0, nl).filter((b) => b === 0x0a).length }));
    expect(firstInvalidGb18030(broken)).toBe(nl);
  });
});

describe('firstInvalidUtf8', () => {
  it.each([
    [[0x61, 0x62], -1],
    [[0xe4, 0xb8, 0xad], -1],
    [[0x61, 0xc0, 0x80], 1], // overlong
    [[0xe4, 0xb8], 0], // truncated
    [[0xed, 0xa0, 0x80], 0], // surrogate
    [[0xf4, 0x90, 0x80, 0x80], 0], // > U+10FFFF
    [[0x61, 0xf0, 0x9f, 0x98, 0x80, 0xff], 5],
  ])('%j → %i', (input, expected) => {
    expect(firstInvalidUtf8(new Uint8Array(input))).toBe(expected);
  });
});
