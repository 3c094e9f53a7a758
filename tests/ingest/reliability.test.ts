/**
 * Issue 16: a hostile corpus must neither publish wrong text nor stop the
 * archive for a trifle. Pipeline-level cases (in memory, real segmenter).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ingest } from '../../scripts/ingest/pipeline.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const PAGE = '金坛时报\n2020年12月4日\n\n本报讯 今天上午，市政府召开新闻发布会，介绍今年的工作情况和明年的打算。\n';

describe('encodings and control characters through the pipeline', () => {
  it('a Shift_JIS page is an error naming its encoding; nothing of it is published', () => {
    const r = ingest({ files: [{ path: 'tokyo.txt', bytes: readFileSync('tests/fixtures/encodings/shift-jis-page.txt') }, { path: 'ok.txt', bytes: enc(PAGE) }] });
    expect(r.report.errors).toEqual([expect.objectContaining({ code: 'undecodable', file: 'tokyo.txt', message: expect.stringContaining('looks like Shift_JIS (Japanese)') })]);
    expect(r.ok).toBe(false);
  });

  it('one BEL in a short page: the page is ingested, the BEL dropped and reported in the page review', () => {
    const r = ingest({ files: [{ path: 'bel.txt', bytes: enc(PAGE.replace('今天上午', '今天\u0007上午')) }] });
    expect(r.report.errors).toEqual([]);
    const page = r.report.pages[0]!;
    expect(page.review).toContainEqual(expect.objectContaining({ code: 'control-characters', line: 4 }));
    for (const text of r.files.values()) expect(text).not.toContain('\u0007');
    expect(r.issues[0]!.pages[0]!.review).toContainEqual(expect.objectContaining({ code: 'control-characters' }));
  });
});

describe('the permalink ledger is validated (issue 16, item 3)', () => {
  const entry = { file: '01.txt', line: 4, fingerprint: 'x' };
  const bad = ['jintan-shibao/2020-12-04/1/../../../etc', '../x', 'search', 'feed.xml', 'jintan-shibao', 'a/b/c/d/e', 'A/2020/1/x', 'a/2020/1/x\u000b'];
  it('keys that are not article ids are dropped with a warning and never written back', () => {
    const ids = Object.fromEntries([...bad.map((k) => [k, entry]), ['jintan-shibao/2020-12-04/1/old1', entry]]);
    const r = ingest({ files: [{ path: '01.txt', bytes: enc(PAGE) }], ledger: { ids } });
    expect(r.report.errors).toEqual([]);
    const dropped = r.report.warnings.filter((w) => w.code === 'ledger-invalid');
    expect(dropped).toHaveLength(bad.length);
    const written = JSON.parse(r.persistent.get('permalinks.json')!).ids;
    for (const k of bad) expect(written[k], k).toBeUndefined();
    expect(written['jintan-shibao/2020-12-04/1/old1']).toEqual(entry);
    for (const a of r.articles) for (const alias of a.frontMatter.aliases) expect(bad).not.toContain(alias);
  });
});

describe('bylines keep their brackets; author names do not (issue 16, item 8)', () => {
  it('citations read the names inside a bracketed byline', async () => {
    const { bylineAuthors } = await import('../../src/lib/citation.ts');
    expect(bylineAuthors('（刘颖 马吉）')).toEqual(['刘颖', '马吉']);
    expect(bylineAuthors('（记者 张三）')).toEqual(['张三']);
    expect(bylineAuthors('(本报记者 李四)')).toEqual(['李四']);
    expect(bylineAuthors('蒋建君/文 浦映/摄')).toEqual(['蒋建君']);
  });
});

/** Characters XML 1.0 forbids (the feed and sitemap are XML): C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF. */
const XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe('side-file values are cleaned like page text (issue 16, items 6 and 9)', () => {
  const catalogue = {
    publications: { 金坛时报: { slug: 'jintan-shibao' } },
    pages: { '01.txt': { publication: '金坛时报', date: '2020-12-04', page: 2, pageName: '要闻\u000b版', dateBasis: 'x\u0007', what: 'y\ud800' } },
  };
  const corrections = { articles: [{ match: { file: '01.txt', line: 4 }, set: { title: '新\u000b标题\u0007', byline: '记者\u001b[31m 张三', subtitle: '副\ud800题' } }] };
  const r = ingest({ files: [{ path: '01.txt', bytes: enc(PAGE) }], catalogue, corrections });

  it('control characters and lone surrogates in catalogue and corrections values are removed, each with a warning naming the file', () => {
    expect(r.report.errors).toEqual([]);
    const cc = r.report.warnings.filter((w) => w.code === 'control-characters');
    expect(r.issues[0]!.pages[0]!.name).toBe('要闻版');
    expect(cc.map((w) => w.file).sort()).toEqual(['catalogue.json', 'catalogue.json', 'catalogue.json', 'corrections.json', 'corrections.json', 'corrections.json']);
    expect(cc.map((w) => w.message)).toContainEqual(expect.stringContaining('articles[0].set.title'));
    const fm = r.articles[0]!.frontMatter;
    expect(fm.title).toBe('新标题');
    expect(fm.byline).toBe('记者[31m 张三');
    expect(fm.subtitle).toBe('副\ufffd题');
  });

  it('every emitted file is well-formed JSON (front matter included), and no value holds a character XML forbids (the feed is XML)', () => {
    const strings = (v: unknown): string[] => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.flatMap(strings) : typeof v === 'object' && v !== null ? Object.values(v).flatMap(strings) : []);
    for (const [path, text] of [...r.files, ...r.persistent]) {
      const json = path.endsWith('.mdx') ? /^---\n([\s\S]*?)\n---\n/.exec(text)![1]! : text;
      const value: unknown = JSON.parse(json);
      for (const s of strings(value)) expect(XML_INVALID.test(s), `${path}: ${JSON.stringify(s)}`).toBe(false);
      if (path.endsWith('.mdx')) expect(XML_INVALID.test(text.slice(json.length)), path).toBe(false);
    }
  });

  it('a catalogue page number beyond the schema\'s limits (1e21) is a warning naming catalogue.json, not an error blaming the page', () => {
    const big = structuredClone(catalogue);
    big.pages['01.txt'].page = 1e21;
    const r = ingest({ files: [{ path: '01.txt', bytes: enc(PAGE) }], catalogue: big });
    expect(r.report.errors).toEqual([]);
    expect(r.report.warnings).toContainEqual(expect.objectContaining({ code: 'catalogue-invalid', message: expect.stringMatching(/catalogue\.json.*page: expected a positive whole number/) }));
    expect(r.issues[0]!.pages[0]!.number).not.toBe(1e21);
  });
});
