import { describe, expect, it } from 'vitest';
import { checkNothingLost, nonSpace } from '../../scripts/ingest/coverage.ts';
import { fingerprintOf, pageSlugs, slugFor } from '../../scripts/ingest/ids.ts';
import { parseLedger, updateLedger, type LedgerArticle } from '../../scripts/ingest/ledger.ts';
import type { Problem } from '../../scripts/ingest/pipeline.ts';
import type { SegmentedArticle, SourceLine } from '../../scripts/ingest/types.ts';

const article = (title: string, ...paras: [string, number][]): SegmentedArticle => ({
  title,
  sections: [],
  pullQuotes: [], credits: [],
  continuations: [],
  blocks: [{ role: 'title', text: title, lines: [1, 1] }, ...paras.map(([text, line]) => ({ role: 'paragraph' as const, text, lines: [line, line] as [number, number] }))],
  lines: [1, paras.length > 0 ? paras[paras.length - 1]![1] : 1],
  review: [],
});

describe('ids', () => {
  it('the fingerprint is the first 24 non-space characters of the body, not the title', () => {
    const a = article('标题', ['本报讯 昨天上午，区委召开常委会议，研究部署全年工作。会议指出', 3]);
    expect(fingerprintOf(a)).toBe('本报讯昨天上午，区委召开常委会议，研究部署全年工');
    expect(fingerprintOf({ ...a, title: '改过的标题' })).toBe(fingerprintOf(a));
    expect(fingerprintOf(article('只有标题'))).toBe('只有标题');
    expect(fingerprintOf(article('t', ['**加粗**开头', 3]))).toBe('加粗开头');
  });

  it('slugs are 8 hex, depend on file and fingerprint, and repeat as -2, -3', () => {
    expect(slugFor('a.txt', 'x')).toMatch(/^[0-9a-f]{8}$/);
    expect(slugFor('a.txt', 'x')).not.toBe(slugFor('b.txt', 'x'));
    const same = article('甲', ['同样的正文', 3]);
    const slugs = pageSlugs('a.txt', [same, { ...same, title: '乙' }, { ...same, title: '丙' }]).map((s) => s.slug);
    expect(slugs).toEqual([slugs[0], `${slugs[0]}-2`, `${slugs[0]}-3`]);
  });
});

describe('ledger', () => {
  const work = (id: string, file: string, a: SegmentedArticle): LedgerArticle => ({ id, file, fingerprint: fingerprintOf(a), article: a, page: { file }, aliases: [] }) as LedgerArticle;

  it('parses, dropping malformed entries with a warning', () => {
    const warnings: Problem[] = [];
    const l = parseLedger({ ids: { 'p/2020/1/ok': { file: 'a.txt', line: 3, fingerprint: 'x' }, bad: { file: 1 } } }, warnings);
    expect(Object.keys(l.ids)).toEqual(['p/2020/1/ok']);
    expect(warnings.map((w) => w.code)).toEqual(['ledger-invalid']);
    expect(parseLedger('nonsense', warnings).ids).toEqual({});
  });

  it('is append-only and aliases vanished ids by source position, then by fingerprint', () => {
    const warnings: Problem[] = [];
    const old = parseLedger({ ids: { 'p/2020/1/old-by-line': { file: 'a.txt', line: 5, fingerprint: 'zzz' }, 'p/2020/1/old-by-fp': { file: 'gone.txt', line: 1, fingerprint: '另一篇正文' }, 'p/2020/1/lost': { file: 'gone.txt', line: 1, fingerprint: 'nothing' } } }, warnings);
    const w1 = work('p/2020/1/new1', 'a.txt', article('t', ['正文', 5]));
    const w2 = work('p/2020/1/new2', 'b.txt', article('t', ['另一篇正文', 2]));
    const ledger = updateLedger(old, [w1, w2], warnings);
    expect(w1.aliases).toEqual(['p/2020/1/old-by-line']);
    expect(w2.aliases).toEqual(['p/2020/1/old-by-fp']);
    expect(warnings.map((w) => w.code)).toEqual(['permalink-orphaned']);
    expect(Object.keys(ledger.ids)).toEqual(['p/2020/1/lost', 'p/2020/1/new1', 'p/2020/1/new2', 'p/2020/1/old-by-fp', 'p/2020/1/old-by-line']);
    expect(ledger.ids['p/2020/1/new1']).toEqual({ file: 'a.txt', line: 1, fingerprint: '正文' }); // first line of any block (the title here)
  });
});

describe('coverage (nothing lost)', () => {
  const lines = (t: string): SourceLine[] => t.split('\n').map((text, i) => ({ no: i + 1, text }));

  it('is silent when every line is covered', () => {
    const src = lines('标题\n\n正文一\n正文二');
    expect(checkNothingLost(src, { items: [{ type: 'article', article: { ...article('标题', ['正文一\n正文二', 3]), blocks: [{ role: 'title', text: '标题', lines: [1, 1] }, { role: 'paragraph', text: '正文一\n正文二', lines: [3, 4] }] } }], review: [] })).toEqual([]);
  });

  it('flags uncovered lines and missing characters', () => {
    const src = lines('标题\n\n正文一\n\n漏掉的一行');
    const notes = checkNothingLost(src, { items: [{ type: 'article', article: article('标题', ['正文一', 3]) }], review: [] });
    expect(notes.map((n) => [n.code, n.line])).toEqual([
      ['lines-uncovered', 5],
      ['text-lost', undefined],
    ]);
  });

  it('nonSpace counts characters, not spaces or UTF-16 halves', () => {
    expect(nonSpace(' 中 文\n\t\u3000𠀀 ')).toBe(3);
  });
});
