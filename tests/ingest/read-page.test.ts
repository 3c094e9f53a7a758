/** read-page.ts: one way to read a page as the ingest does, for the pipeline, the tools and the tests. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pageLines, readPage, readPageFile } from '../../scripts/ingest/read-page.ts';
import { preparePage } from '../../scripts/ingest/pipeline.ts';

describe('readPage', () => {
  it('gives the lines the pipeline segments, for every sample page', () => {
    for (const f of readdirSync('content/sources').filter((n) => n.endsWith('.txt'))) {
      const bytes = readFileSync(join('content/sources', f));
      const prepared = preparePage({ path: f, bytes });
      const read = readPage(bytes, f);
      expect(read.ok && prepared.ok).toBe(true);
      if (read.ok && prepared.ok) expect(read.lines).toEqual(prepared.lines);
      expect(readPageFile(join('content/sources', f))).toEqual(read.ok ? read.lines : null);
    }
  });

  it('decodes as the ingest does (a GBK page, a byte-order mark, CR line ends) and normalises', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jiuwen-read-page-'));
    const file = join(dir, 'p.txt');
    writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('金坛时报\r\n本报讯 ,今天 ＡＢＣ\r旧闻')]));
    expect(readPageFile(file)).toEqual([
      { no: 1, text: '金坛时报' },
      { no: 2, text: '本报讯，今天 ABC', printedMarks: ',' },
      { no: 3, text: '旧闻' },
    ]);
    expect(pageLines('\ufeff金坛时报\r\n本报讯 ,今天 ＡＢＣ\r旧闻')).toEqual(readPageFile(file));
    const gbk = readFileSync('tests/fixtures/hostile/gbk-page.txt');
    const r = readPage(gbk, 'gbk-page.txt');
    expect(r.ok && r.encoding).toBe('gb18030');
  });

  it('a page the ingest refuses is a value from readPage and an error naming the file from readPageFile', () => {
    expect(readPage(new Uint8Array(), 'e.txt')).toMatchObject({ ok: false, error: { code: 'empty-file' } });
    const dir = mkdtempSync(join(tmpdir(), 'jiuwen-read-page-'));
    writeFileSync(join(dir, 'e.txt'), '');
    expect(() => readPageFile(join(dir, 'e.txt'))).toThrow(/e\.txt: file is empty \(empty-file\)/);
  });
});
