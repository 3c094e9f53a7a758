/** The pure helpers behind the pages, input → expected output. */
import { describe, expect, it } from 'vitest';
import type { Article, Issue, PartialDate } from '../../src/content/schema';
import { dateSortKey, formatDateEn, formatDateZh } from '../../src/lib/dates';
import { buildCalendar, monthGrid } from '../../src/lib/calendar';
import { bylineAuthors, formatBibtex, formatChicago, formatGbt7714, formatRis } from '../../src/lib/citation';
import { linkMarker, markCredits, markPullQuotes } from '../../src/lib/body';
import { plainText } from '../../src/lib/records';
import { aliasRedirects, buildArchive, legacyContainerRedirects, onThisDay, resolveContinuation } from '../../src/lib/archive';

const d = (value: string | null, precision: PartialDate['precision']): PartialDate => ({ value, precision, source: 'catalogue' });

describe('dates', () => {
  it.each([
    [d('2020-12-04', 'day'), '2020年12月4日', '4 December 2020', '2020-12-04'],
    [d('2020-12', 'month'), '2020年12月', 'December 2020', '2020-12-00'],
    [d('2020', 'year'), '2020年', '2020', '2020-00-00'],
    [d(null, 'unknown'), '日期不详', 'Date unknown', '0000-00-00'],
  ])('%o', (date, zh, en, key) => {
    expect(formatDateZh(date)).toBe(zh);
    expect(formatDateEn(date)).toBe(en);
    expect(dateSortKey(date)).toBe(key);
  });
});

describe('calendar', () => {
  it('lays out December 2020 Monday first (the 1st was a Tuesday)', () => {
    const g = monthGrid(2020, 12, new Map());
    expect(g[0]!.map((c) => c?.day ?? null)).toEqual([null, 1, 2, 3, 4, 5, 6]);
    expect(g.at(-1)!.filter(Boolean).at(-1)!.day).toBe(31);
  });
  it('puts day, month-only, year-only and undated issues where they belong', () => {
    const mk = (dateKey: string, date: PartialDate) => ({ id: `p/${dateKey}`, dateKey, date, pages: [], publication: { name: 'P', slug: 'p', source: 'catalogue' } }) as Issue;
    const cal = buildCalendar([mk('2020-12-04', d('2020-12-04', 'day')), mk('2020-12', d('2020-12', 'month')), mk('2020', d('2020', 'year')), mk('undated', d(null, 'unknown'))]);
    expect(cal.years.map((y) => y.year)).toEqual([2020]);
    const dec = cal.years[0]!.months[11]!;
    expect(dec.dayIssueCount).toBe(1);
    expect(dec.monthOnly.map((i) => i.id)).toEqual(['p/2020-12']);
    expect(cal.years[0]!.yearOnly.map((i) => i.id)).toEqual(['p/2020']);
    expect(cal.undated.map((i) => i.id)).toEqual(['p/undated']);
  });
});

const article = (over: Partial<Article> = {}): Article => ({
  id: 'jintan-shibao/2020-12/1/abc', slug: 'abc', issue: 'jintan-shibao/2020-12', publication: { name: '金坛时报', slug: 'jintan-shibao', source: 'catalogue' },
  date: d('2020-12', 'month'), page: 1, pageKey: '1', order: 1, title: '标题', sections: [], pullQuotes: [], credits: [], continuations: [], captions: [],
  excerpt: '', length: 10, source: { file: 'x.txt', lines: [1, 2] }, aliases: [], review: [], ...over,
});

describe('calendar at scale', () => {
  it('arranges 30 years of a daily (about 11,000 issues) quickly', () => {
    const issues: Issue[] = [];
    for (let t = Date.UTC(1990, 0, 1); t < Date.UTC(2020, 0, 1); t += 86_400_000) {
      const v = new Date(t).toISOString().slice(0, 10);
      issues.push({ id: `p/${v}`, dateKey: v, date: d(v, 'day'), pages: [], publication: { name: 'P', slug: 'p', source: 'catalogue' } });
    }
    const t0 = performance.now();
    const cal = buildCalendar(issues);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(cal.years).toHaveLength(30);
    expect(cal.years.reduce((n, y) => n + y.months.reduce((m, mo) => m + mo.dayIssueCount, 0), 0)).toBe(issues.length);
  });
});

describe('citations', () => {
  const url = 'https://example.org/jintan-shibao/2020-12/1/abc/';
  it('bylines: roles dropped, photographers left out when a writer is named', () => {
    expect(bylineAuthors('蒋建君/文 浦映/摄')).toEqual(['蒋建君']);
    expect(bylineAuthors('刘颖 马吉')).toEqual(['刘颖', '马吉']);
    expect(bylineAuthors('本报记者 张三')).toEqual(['张三']);
    expect(bylineAuthors('浦映/摄')).toEqual(['浦映']);
    expect(bylineAuthors(undefined)).toEqual([]);
  });
  it('bylines as other papers print them: no ornament, label or part named as an author, a spaced name one name', () => {
    expect(bylineAuthors('□ 周海')).toEqual(['周海']);
    expect(bylineAuthors('文｜赵明')).toEqual(['赵明']);
    expect(bylineAuthors('□ 特约撰稿 钱伟')).toEqual(['钱伟']);
    expect(bylineAuthors('【作者】郑涛')).toEqual(['郑涛']);
    expect(bylineAuthors('林小雨 口述  王强 整理')).toEqual(['林小雨', '王强']);
    expect(bylineAuthors('晨报记者 孙丽 实习生 陈晨')).toEqual(['孙丽', '陈晨']);
    expect(bylineAuthors('□ 吴敏（作家）')).toEqual(['吴敏']);
    expect(bylineAuthors('本报记者  王  浩')).toEqual(['王浩']);
    expect(bylineAuthors('韩  鑫 张  炯')).toEqual(['韩鑫', '张炯']);
  });
  it('GB/T 7714—2015', () => {
    expect(formatGbt7714({ article: article({ byline: '左燕' }), url, accessed: '2026-11-23' })).toBe(`左燕. 标题[N/OL]. 金坛时报, 2020-12(1)[2026-11-23]. ${url}.`);
    expect(formatGbt7714({ article: article({ date: d(null, 'unknown'), page: null }), url, accessed: '2026-11-23' })).toBe(`标题[N/OL]. 金坛时报, 出版日期不详[2026-11-23]. ${url}.`);
  });
  it('Chicago', () => {
    expect(formatChicago({ article: article({ byline: '左燕', date: d('2020-12-04', 'day') }), url, accessed: '2026-11-23' })).toBe(`左燕. “标题.” 金坛时报, December 4, 2020, 1. Accessed November 23, 2026. ${url}.`);
  });
  it('BibTeX and RIS', () => {
    const bib = formatBibtex({ article: article({ title: '50% & more' }), url, accessed: '2026-11-23' });
    expect(bib).toContain('title = {50\\% \\& more}');
    expect(bib).toContain('month = {12}');
    const ris = formatRis({ article: article(), url, accessed: '2026-11-23' });
    expect(ris).toContain('DA  - 2020/12//\r\n');
  });
});

describe('plain text of an article', () => {
  it('undoes MDX escapes and drops markers', () => {
    expect(plainText('10:00\\-11:00 \\*注\n\n## 小标题\n\n**“金坛”**时报\n')).toBe('10:00-11:00 *注\n\n小标题\n\n“金坛”时报');
  });
});

describe('body rewrites', () => {
  it('marks a pull quote and drops the lone quotation marks around it', () => {
    const html = '<p>前文</p>\n<p>“</p>\n<p>刚刚过去的2021年,是关键一年。</p>\n<p>”</p>\n<p>后文</p>';
    expect(markPullQuotes(html, ['刚刚过去的2021年,是关键一年'])).toBe('<p>前文</p>\n<blockquote class="pull-quote"><p>刚刚过去的2021年,是关键一年。</p></blockquote>\n<p>后文</p>');
  });
  it('sets apart the paragraphs that are credits, and only those (whole text, spaces aside)', () => {
    const html = '<p>制图：蔡华伟在文中提到的图。</p>\n<p>本版制图：蔡华伟</p>\n<p>——编  者</p>';
    expect(markCredits(html, ['本版制图：蔡华伟', '——编 者'])).toBe('<p>制图：蔡华伟在文中提到的图。</p>\n<p class="credit">本版制图：蔡华伟</p>\n<p class="credit">——编  者</p>');
    expect(markCredits(html, [])).toBe(html);
  });
  it('links a continuation marker printed with either kind of parentheses', () => {
    const r = linkMarker('<p>正文。(下转第二版)</p>', '（下转第二版）', '/a/', '下转第2版');
    expect(r.found).toBe(true);
    expect(r.html).toBe('<p>正文。<a class="continuation-link" href="/a/" aria-label="下转第2版">(下转第二版)</a></p>');
  });
});

describe('archive', () => {
  const issue: Issue = { id: 'p/2020-12', dateKey: '2020-12', date: d('2020-12', 'month'), publication: { name: 'P', slug: 'p', source: 'catalogue' }, pages: [
    { number: 1, key: '1', source: 'a.txt', items: [{ type: 'article', id: 'p/2020-12/1/a' }], review: [] },
    { number: 2, key: '2', source: 'b.txt', items: [{ type: 'article', id: 'p/2020-12/2/b' }], review: [] },
  ] };
  const a = article({ id: 'p/2020-12/1/a', slug: 'a', issue: issue.id, aliases: ['p/2020-12/1/old', 'p/2020-12/2/b'], continuations: [{ direction: 'to', page: 2, text: '（下转第二版）' }] });
  const b = article({ id: 'p/2020-12/2/b', slug: 'b', issue: issue.id, page: 2, pageKey: '2', continuations: [{ direction: 'from', page: 1, text: '（上接第一版）' }] });
  const archive = buildArchive([issue], [a, b]);
  it('resolves continuations to the other part, or nothing when the page is missing', () => {
    expect(resolveContinuation(archive, a, a.continuations[0]!)).toMatchObject({ kind: 'article', article: { id: b.id } });
    expect(resolveContinuation(archive, b, b.continuations[0]!)).toMatchObject({ kind: 'article', article: { id: a.id } });
    expect(resolveContinuation(archive, a, { direction: 'to', page: 5, text: '' })).toEqual({ kind: 'missing' });
  });
  it('resolves continuations to a section\'s labelled page (下转B02版 / 上接B01版), leading zeros or not', () => {
    const labelled: Issue = { ...issue, id: 'q/2026-03-29', pages: [
      { number: null, label: 'B01', key: 'b01', source: 'B01.txt', items: [{ type: 'article', id: 'q/2026-03-29/b01/c' }], review: [] },
      { number: null, label: 'B02', key: 'b02', source: 'B02.txt', items: [{ type: 'article', id: 'q/2026-03-29/b02/e' }], review: [] },
    ] };
    const c = article({ id: 'q/2026-03-29/b01/c', slug: 'c', issue: labelled.id, page: null, pageLabel: 'B01', pageKey: 'b01', continuations: [{ direction: 'to', page: null, label: 'B2', text: '下转B2版' }] });
    const e = article({ id: 'q/2026-03-29/b02/e', slug: 'e', issue: labelled.id, page: null, pageLabel: 'B02', pageKey: 'b02', title: '另一个标题', continuations: [{ direction: 'from', page: null, label: 'B01', text: '上接B01版' }] });
    const ar = buildArchive([labelled], [c, e]);
    expect(resolveContinuation(ar, c, c.continuations[0]!)).toMatchObject({ kind: 'article', article: { id: e.id } });
    expect(resolveContinuation(ar, e, e.continuations[0]!)).toMatchObject({ kind: 'article', article: { id: c.id } });
    expect(resolveContinuation(ar, c, { direction: 'to', page: null, label: 'C1', text: '' })).toEqual({ kind: 'missing' });
    // (a page numbered 2 is not page B2)
    expect(resolveContinuation(archive, a, { direction: 'to', page: null, label: 'B2', text: '' })).toEqual({ kind: 'missing' });
  });
  it('redirects aliases, except those that are a current article id', () => {
    expect(aliasRedirects(archive).map((r) => [r.from, r.to.id])).toEqual([['p/2020-12/1/old', a.id]]);
  });
  it('redirects the old issue and page of an alias when they are gone too', () => {
    const moved = article({ id: 'p/2020-12/1/new', slug: 'new', issue: issue.id, aliases: ['unknown/2020-12/p-1/old', 'p/2020-12/1/a2'] });
    const ar = buildArchive([issue], [a, b, moved]);
    expect(legacyContainerRedirects(ar)).toEqual([
      { from: 'unknown/2020-12/p-1', toPath: 'p/2020-12/1', kind: 'page' },
      { from: 'unknown/2020-12', toPath: 'p/2020-12', kind: 'issue' },
    ]);
  });
  it('finds issues on this day in other years only', () => {
    const day = { ...issue, id: 'p/2019-12-04', dateKey: '2019-12-04', date: d('2019-12-04', 'day') };
    const ar = buildArchive([issue, day], []);
    expect(onThisDay(ar, 12, 4, 2026).map((i) => i.id)).toEqual(['p/2019-12-04']);
    expect(onThisDay(ar, 12, 4, 2019)).toEqual([]);
  });
});
