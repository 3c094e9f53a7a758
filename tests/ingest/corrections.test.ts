import { describe, expect, it } from 'vitest';
import { applyArticleCorrections, mergeArticles, parseCorrections, splitArticle } from '../../scripts/ingest/corrections.ts';
import type { SegmentedArticle, SourceLine } from '../../scripts/ingest/types.ts';
import { fakeSegment } from './support/fake-segment.ts';

const page = (text: string): SegmentedArticle[] => {
  const lines: SourceLine[] = text.split('\n').map((t, i) => ({ no: i + 1, text: t }));
  return fakeSegment(lines).items.flatMap((it) => (it.type === 'article' ? [it.article] : []));
};
// lines:            1      2 3       4 5     6 7       8 9         10 11
const TEXT = ['T|第一篇', '', 'B|张三', '', '正文一', '', '正文二', '', 'T|第二篇', '', '正文三'].join('\n');
const idOf = (as: SegmentedArticle[]) => as.map((a) => `x/1/${a.title}`);

describe('parseCorrections', () => {
  it('accepts the documented format', () => {
    const { corrections, problems } = parseCorrections({
      pages: { 'a.txt': { date: '2020-12-04', dateBasis: '第二版报头', page: 2 } },
      issues: { 'jintan-shibao/2020-12': { date: '2020-12-04' } },
      articles: [
        { match: { id: 'x/1/abc' }, set: { title: '新标题', byline: null } },
        { match: { file: 'a.txt', line: 7 }, split: { atLine: 9, title: '另一篇' } },
        { match: { file: 'a.txt', line: 9 }, mergeWithPrevious: true, note: 'one story' },
      ],
    });
    expect(problems).toEqual([]);
    expect(corrections.pages['a.txt']).toEqual({ date: '2020-12-04', dateBasis: '第二版报头', page: 2 });
    expect(corrections.articles).toHaveLength(3);
  });

  it('reports bad entries without throwing', () => {
    const { corrections, problems } = parseCorrections({
      pages: { 'a.txt': { date: 'last week' } },
      articles: [{ set: { title: 'x' } }, { match: { id: 'a' } }, { match: { id: 'a' }, set: { body: 'x' } }, 'nope'],
    });
    expect(corrections.articles).toHaveLength(1);
    expect(problems.length).toBe(5);
    expect(problems.every((p) => p.code === 'corrections-invalid')).toBe(true);
    expect(parseCorrections('x').problems).toHaveLength(1);
  });
});

describe('applyArticleCorrections', () => {
  it('sets title and removes byline, matched by id', () => {
    const { corrections } = parseCorrections({ articles: [{ match: { id: 'x/1/第一篇' }, set: { title: '改正的标题', byline: '' } }] });
    const out = applyArticleCorrections('a.txt', page(TEXT), corrections, idOf);
    expect(out.applied).toEqual([0]);
    expect(out.articles[0]!.title).toBe('改正的标题');
    expect(out.articles[0]!.byline).toBeUndefined();
    expect(out.articles[0]!.review.map((r) => r.code)).toEqual(['corrected']);
  });

  it('matches by file and a line inside the article; other files are untouched', () => {
    const { corrections } = parseCorrections({ articles: [{ match: { file: 'a.txt', line: 11 }, set: { byline: '李四' } }] });
    expect(applyArticleCorrections('a.txt', page(TEXT), corrections, idOf).articles[1]!.byline).toBe('李四');
    const other = applyArticleCorrections('b.txt', page(TEXT), corrections, idOf);
    expect(other.applied).toEqual([]);
    expect(other.articles[1]!.byline).toBeUndefined();
  });

  it('asks for the ids once per state of the page (again only after a correction changed it) and returns those of the result', () => {
    const { corrections } = parseCorrections({
      articles: [
        { match: { id: 'x/1/nope' }, set: { title: 'x' } },
        { match: { id: 'x/1/第二篇' }, set: { title: '改' } },
        { match: { id: 'x/1/改' }, set: { byline: '王䶮' } },
        { match: { id: 'x/1/也没有' }, set: { title: 'y' } },
      ],
    });
    let calls = 0;
    const out = applyArticleCorrections('a.txt', page(TEXT), corrections, (as) => (calls++, idOf(as)));
    expect(out.applied).toEqual([1, 2]);
    expect(calls).toBe(3);
    expect(out.ids).toEqual(['x/1/第一篇', 'x/1/改']);
    expect(out.articles[1]!.byline).toBe('王䶮');
    let none = 0;
    expect(applyArticleCorrections('a.txt', page(TEXT), parseCorrections({}).corrections, (as) => (none++, idOf(as))).ids).toHaveLength(2);
    expect(none).toBe(1);
  });

  it('matches an old id through the ledger', () => {
    const { corrections } = parseCorrections({ articles: [{ match: { id: 'old/id' }, set: { title: '旧链接' } }] });
    const out = applyArticleCorrections('a.txt', page(TEXT), corrections, idOf, (id) => (id === 'old/id' ? { file: 'a.txt', line: 10 } : undefined));
    expect(out.articles[1]!.title).toBe('旧链接');
  });

  it('an unknown target is simply not applied (the pipeline warns)', () => {
    const { corrections } = parseCorrections({ articles: [{ match: { id: 'nope' }, set: { title: 'x' } }, { match: { file: 'a.txt', line: 8 }, set: { title: 'y' } }] });
    const out = applyArticleCorrections('a.txt', page(TEXT), corrections, idOf);
    expect(out.applied).toEqual([]);
    expect(out.articles.map((a) => a.title)).toEqual(['第一篇', '第二篇']);
  });

  it('splits an article at a source line; the block there becomes the new title', () => {
    const { corrections } = parseCorrections({ articles: [{ match: { file: 'a.txt', line: 5 }, split: { atLine: 7 } }] });
    const out = applyArticleCorrections('a.txt', page(TEXT), corrections, idOf);
    expect(out.articles.map((a) => a.title)).toEqual(['第一篇', '正文二', '第二篇']);
    expect(out.articles[0]!.byline).toBe('张三');
    expect(out.articles[0]!.lines).toEqual([1, 5]);
    expect(out.articles[1]!.blocks.map((b) => b.role)).toEqual(['title']);
    expect(out.articles[1]!.byline).toBeUndefined();
  });

  it('split with an explicit title keeps the block as body', () => {
    const { corrections } = parseCorrections({ articles: [{ match: { file: 'a.txt', line: 5 }, split: { atLine: 6, title: '新篇' } }] });
    const out = applyArticleCorrections('a.txt', page(TEXT), corrections, idOf);
    expect(out.articles[1]!.title).toBe('新篇');
    expect(out.articles[1]!.blocks.map((b) => b.text)).toEqual(['正文二']);
  });

  it('a split outside the body is a problem, not a crash', () => {
    const { corrections } = parseCorrections({ articles: [{ match: { file: 'a.txt', line: 5 }, split: { atLine: 99 } }] });
    const out = applyArticleCorrections('a.txt', page(TEXT), corrections, idOf);
    expect(out.articles).toHaveLength(2);
    expect(out.problems).toHaveLength(1);
  });

  it('merges an article into the previous one: its title becomes a section heading', () => {
    const { corrections } = parseCorrections({ articles: [{ match: { file: 'a.txt', line: 9 }, mergeWithPrevious: true }] });
    const out = applyArticleCorrections('a.txt', page(TEXT), corrections, idOf);
    expect(out.articles).toHaveLength(1);
    const a = out.articles[0]!;
    expect(a.title).toBe('第一篇');
    expect(a.sections).toEqual(['第二篇']);
    expect(a.blocks.map((b) => b.text)).toEqual(['第一篇', '张三', '正文一', '正文二', '第二篇', '正文三']);
    expect(a.lines).toEqual([1, 11]);
  });

  it('merging the first article is a problem, not a crash', () => {
    const { corrections } = parseCorrections({ articles: [{ match: { file: 'a.txt', line: 1 }, mergeWithPrevious: true }] });
    const out = applyArticleCorrections('a.txt', page(TEXT), corrections, idOf);
    expect(out.articles).toHaveLength(2);
    expect(out.problems[0]!.message).toContain('first article');
  });

  it('does not mutate its input', () => {
    const input = page(TEXT);
    const before = JSON.stringify(input);
    const { corrections } = parseCorrections({ articles: [{ match: { file: 'a.txt', line: 9 }, mergeWithPrevious: true }, { match: { file: 'a.txt', line: 1 }, set: { title: 'z' } }] });
    applyArticleCorrections('a.txt', input, corrections, idOf);
    expect(JSON.stringify(input)).toBe(before);
  });

  it('split then merge round-trips the blocks', () => {
    const [a] = page(TEXT);
    const parts = splitArticle(a!, 7, '新篇')!;
    expect(mergeArticles(parts[0], parts[1]).blocks.map((b) => b.text)).toEqual([...a!.blocks.map((b) => b.text).slice(0, 3), '新篇', '正文二']);
  });
});
