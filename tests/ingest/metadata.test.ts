import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { partialDateSchema, slugSchema } from '../../src/content/schema.ts';
import {
  pageKeyFromFile,
  parseCatalogue,
  parseDateValue,
  parseNumber,
  parsePathConvention,
  printedDate,
  publicationSlug,
  readPrintedFacts,
  resolvePageMeta,
  EMPTY_CATALOGUE,
} from '../../scripts/ingest/metadata.ts';
import { isMastheadName, mastheadName } from '../../scripts/ingest/masthead.ts';
import type { SourceLine } from '../../scripts/ingest/types.ts';

const lines = (text: string): SourceLine[] => text.split('\n').map((t, i) => ({ no: i + 1, text: t }));
const sample = parseCatalogue(JSON.parse(readFileSync('content/sources/catalogue.json', 'utf8'))).catalogue;

describe('catalogue', () => {
  it('reads the sample catalogue without problems', () => {
    const { catalogue, problems } = parseCatalogue(JSON.parse(readFileSync('content/sources/catalogue.json', 'utf8')));
    expect(problems).toEqual([]);
    expect(catalogue.publications['金坛时报']).toEqual({ slug: 'jintan-shibao' });
    expect(catalogue.pages['002_fbb6b6c2e718754e.txt']).toMatchObject({ publication: '开发区专刊', date: '2018-01', issueNumber: 45 });
  });

  it('drops bad entries with a problem each, never throws', () => {
    const { catalogue, problems } = parseCatalogue({
      publications: { X报: { slug: 'Not A Slug' } },
      pages: { 'a.txt': { date: '2019-02-30', page: 0, publication: 7 }, 'b.txt': 'nope' },
    });
    expect(catalogue.pages['a.txt']).toEqual({});
    expect(problems.map((p) => p.code)).toEqual(Array(5).fill('catalogue-invalid'));
    expect(parseCatalogue([]).problems).toHaveLength(1);
  });
});

describe('resolvePageMeta: priority catalogue > path > text', () => {
  it('catalogue facts win and are marked as such', () => {
    const m = resolvePageMeta('001_3082b797bd202168.txt', lines('金坛时报\n第9版'), sample);
    expect(m.publication).toEqual({ name: '金坛时报', slug: 'jintan-shibao', source: 'catalogue' });
    expect(m.date).toEqual({ value: '2020-12', precision: 'month', source: 'catalogue', basis: '文中称12月4日为“本周五”，2020年12月4日正是星期五；版面未印日期' });
    expect(m.page).toBe(1);
    expect(m.issueId).toBe('jintan-shibao/2020-12');
    expect(m.pageKey).toBe('1');
    expect(m.review.map((r) => r.code)).toEqual(['page-conflict']);
  });

  it('unknown publication: 报名不详 / unknown, page key from the file name', () => {
    const m = resolvePageMeta('000_25148211cf405f81.txt', lines('抓转型促发展\n\n正文'), sample);
    expect(m.publication).toEqual({ name: '报名不详', slug: 'unknown', source: 'none' });
    expect(m.issueId).toBe('unknown/2020-01');
    expect(m.pageKey).toBe('p-25148211');
    expect(m.review.map((r) => r.code)).toEqual(['publication-unknown']);
  });

  it('path convention PUBLICATION/YYYY-MM-DD/PP.txt', () => {
    const m = resolvePageMeta('人民日报/2019-02-19/01.txt', lines('习主席为我们授军旗'), EMPTY_CATALOGUE);
    expect(m.publication).toEqual({ name: '人民日报', slug: 'renmin-ribao', source: 'path' });
    expect(m.date).toEqual({ value: '2019-02-19', precision: 'day', source: 'path' });
    expect(m.page).toBe(1);
    expect(m.issueId).toBe('renmin-ribao/2019-02-19');
    expect(m.review).toEqual([]);
  });

  it('what the text says, marked as inferred with review notes', () => {
    const m = resolvePageMeta('scan.txt', lines('\n常州日报\n2019年2月19日 星期二\n第3版\n第45期\n\n标题\n\n本报讯 2018年5月6日,正文'), EMPTY_CATALOGUE);
    expect(m.publication).toEqual({ name: '常州日报', slug: 'changzhou-ribao', source: 'text' });
    expect(m.date).toMatchObject({ value: '2019-02-19', precision: 'day', source: 'text' });
    expect(m.page).toBe(3);
    expect(m.issueNumber).toBe(45);
    expect(m.review.map((r) => [r.code, r.line])).toEqual([
      ['publication-from-text', 2],
      ['date-from-text', 3],
      ['page-from-text', 4],
      ['issue-number-from-text', 5],
    ]);
  });

  it('never invents a date: unknown is null/unknown/undated', () => {
    const m = resolvePageMeta('x/page.txt', lines('标题\n\n本报讯 12月1日,区委开会。'), EMPTY_CATALOGUE);
    expect(m.date).toEqual({ value: null, precision: 'unknown', source: 'none' });
    expect(partialDateSchema.safeParse(m.date).success).toBe(true);
    expect(m.dateKey).toBe('undated');
    expect(m.issueId).toBe('unknown/undated');
    expect(m.review.map((r) => r.code)).toContain('date-unknown');
  });

  it('a correction override beats the catalogue', () => {
    const m = resolvePageMeta('001_3082b797bd202168.txt', lines(''), sample, { date: '2020-12-04', dateBasis: 'printed on page 2' });
    expect(m.date).toEqual({ value: '2020-12-04', precision: 'day', source: 'catalogue', basis: '更正：printed on page 2' });
    expect(m.issueId).toBe('jintan-shibao/2020-12-04');
  });

  it('an issue correction is found by the issue the page is filed under without it, once; the page correction wins', () => {
    const asked: string[] = [];
    const issues: Record<string, { date?: string; dateBasis?: string; publication?: string; issueNumber?: number }> = {
      'renmin-ribao/2019-02-19': { date: '2019-02-20', dateBasis: '报头', issueNumber: 7 },
    };
    const m = resolvePageMeta('人民日报/2019-02-19/01.txt', lines('人民日报\n2019年2月19日 星期二'), EMPTY_CATALOGUE, {}, (id) => (asked.push(id), issues[id]));
    expect(asked).toEqual(['renmin-ribao/2019-02-19']);
    expect(m.issueId).toBe('renmin-ribao/2019-02-20');
    expect(m.date).toEqual({ value: '2019-02-20', precision: 'day', source: 'catalogue', basis: '更正：报头' });
    expect(m.issueNumber).toBe(7);
    expect(m.correctedIssue).toBe('renmin-ribao/2019-02-19');
    // A page correction names the issue it is filed under, and wins over the issue's.
    const p = resolvePageMeta('人民日报/2019-02-18/01.txt', lines('x'), EMPTY_CATALOGUE, { date: '2019-02-19', issueNumber: 9 }, (id) => issues[id]);
    expect(p.date.value).toBe('2019-02-19');
    expect(p.issueNumber).toBe(9);
    expect(p.correctedIssue).toBe('renmin-ribao/2019-02-19');
    // A corrected date leaves no note about the printed one.
    const t = resolvePageMeta('scan.txt', lines('常州日报\n2019年2月19日 星期二'), EMPTY_CATALOGUE, {}, (id) => (id === 'changzhou-ribao/2019-02-19' ? { date: '2019-02-18' } : undefined));
    expect(t.issueId).toBe('changzhou-ribao/2019-02-18');
    expect(t.review.map((r) => r.code)).toEqual(['publication-from-text']);
    expect(resolvePageMeta('scan.txt', lines('常州日报'), EMPTY_CATALOGUE).correctedIssue).toBeUndefined();
  });

  it('catalogue null falls through to the path', () => {
    const { catalogue } = parseCatalogue({ pages: { '人民日报/2019-10-01/05.txt': { publication: null, date: null, page: null } } });
    const m = resolvePageMeta('人民日报/2019-10-01/05.txt', lines('x'), catalogue);
    expect([m.publication.source, m.date.source, m.page]).toEqual(['path', 'path', 5]);
  });
});

describe('path convention', () => {
  it.each([
    ['人民日报/2019-02-19/01.txt', { publication: '人民日报', date: '2019-02-19', page: 1 }],
    ['sn82014682/1916-11-01/01.txt', { publication: 'sn82014682', date: '1916-11-01', page: 1 }],
    ['2019-02/12.txt', { date: '2019-02', page: 12 }],
    ['a/2019-02-30/01.txt', {}],
    ['000_25148211cf405f81.txt', {}],
    ['x\\2019\\7.txt', { publication: 'x', date: '2019', page: 7 }],
  ])('%s', (path, expected) => {
    expect(parsePathConvention(path)).toEqual(expected);
  });
});

describe('printed facts', () => {
  it.each([
    ['金坛时报', '金坛时报'],
    ['人 民 日 报', '人民日报'],
    ['扬州晚报', '扬州晚报'],
    ['情况汇报', null],
    ['都市快报', '都市快报'],
    ['钱江晚报', '钱江晚报'],
    ['工作简报', null],
    ['喜报', null],
    ['电影海报', null],
    ['安全生产通报', null],
    ['本报讯', null],
    ['区委常委会集体调研金科园金城镇工作', null],
    ['The Evening Herald', null],
  ])('mastheadName(%s) = %s', (line, expected) => {
    expect(mastheadName(line)).toBe(expected);
  });

  it.each([
    ['2019年2月19日 星期二', '2019-02-19'],
    ['二〇一九年二月十九日 农历正月十五', '2019-02-19'],
    ['2020年12月4日', '2020-12-04'],
    ['2019年2月30日 星期六', null],
    ['2018年1月 第45期', '2018-01'],
    ['2018年1月', '2018-01'],
    ['2018年1月，开发区完成投资', null],
    ['2018年13月', null],
    ['本报讯 2019年2月19日,区委召开会议,研究部署全年重点工作任务和目标', null],
  ])('printedDate(%s) = %s', (line, expected) => {
    expect(printedDate(line)?.value ?? null).toBe(expected);
  });

  it('one recogniser: metadata and the segmenter agree on what names a paper', () => {
    for (const t of ['都市快报', '金坛时报', '开发区专刊', '中国青年报']) expect(isMastheadName(t)).toBe(true);
    for (const t of ['简报', '工作简报', '喜报', '海报', '画报', '本报', '某某快报国医馆']) expect(isMastheadName(t)).toBe(false);
    expect(readPrintedFacts(lines('都市快报\n2026年3月29日 星期日\n\n标题')).masthead).toEqual({ name: '都市快报', line: 1 });
    const m = resolvePageMeta('scan.txt', lines('都市快报\n2026年3月29日 星期日\n\n标题\n\n正文。'), EMPTY_CATALOGUE);
    expect(m.publication).toMatchObject({ name: '都市快报', source: 'text' });
    expect(m.issueId).toBe('dushi-kuaibao/2026-03-29');
  });

  it('a masthead set in two short lines', () => {
    expect(readPrintedFacts(lines('开发区精神：\n\n开发区\n\n专刊\n\n第45期')).masthead).toEqual({ name: '开发区专刊', line: 3 });
    expect(readPrintedFacts(lines('区委召开\n\n会议报')).masthead).toBeUndefined();
  });

  it('continuation markers are not page numbers', () => {
    expect(readPrintedFacts(lines('(下转第二版)\n详见第三版')).page).toBeUndefined();
    expect(readPrintedFacts(lines('第一版 要闻')).page).toMatchObject({ value: 1, line: 1 });
  });

  it.each([
    ['19', 19],
    ['十九', 19],
    ['二十', 20],
    ['一', 1],
    ['十', 10],
    ['二〇一九', 2019],
    ['', null],
  ])('parseNumber(%s) = %s', (s, n) => {
    expect(parseNumber(s)).toBe(n);
  });

  it('validates real calendar dates', () => {
    expect(['2020', '2020-02', '2020-02-29', '2019-02-28'].every(parseDateValue)).toBe(true);
    expect(['2019-02-29', '2020-13', '20', '2020-1-1', '0001'].some(parseDateValue)).toBe(false);
  });
});

describe('slugs and keys', () => {
  it.each([
    ['人民日报', 'renmin-ribao'],
    ['金坛时报', 'jintan-shibao'],
    ['开发区专刊', 'kaifaqu-zhuankan'],
    ['中国青年报', 'zhongguo-qingnianbao'],
    ['都市快报', 'dushi-kuaibao'],
    ['某某都市报', 'moumou-dushibao'],
    ['新闻晨报', 'xinwen-chenbao'],
    ['绿色女报', 'lvsenv-bao'],
    ['sn82014682', 'sn82014682'],
    ['The Evening Herald', 'the-evening-herald'],
    ['Le Café', 'le-cafe'],
  ])('publicationSlug(%s) = %s', (name, slug) => {
    expect(publicationSlug(name)).toBe(slug);
    expect(slugSchema.safeParse(slug).success).toBe(true);
  });

  it('the catalogue can set a slug', () => {
    expect(publicationSlug('金坛时报', { publications: { 金坛时报: { slug: 'jts' } }, pages: {} })).toBe('jts');
  });

  it('names with nothing sluggable get a stable hash slug', () => {
    expect(publicationSlug('★★★')).toMatch(/^pub-[0-9a-f]{8}$/);
    expect(publicationSlug('★★★')).toBe(publicationSlug('★★★'));
  });

  it.each([
    ['000_25148211cf405f81.txt', 'p-25148211'],
    ['sub/004_4d973ced7e0f3928.txt', 'p-4d973ced'],
    ['Front Page.txt', 'p-front-page'],
  ])('pageKeyFromFile(%s) = %s', (file, key) => {
    expect(pageKeyFromFile(file)).toBe(key);
  });

  it('page keys are always URL-safe slugs', () => {
    for (const f of ['头版.txt', '12.txt', '!!!.txt', 'a/b/ü.txt']) {
      const k = pageKeyFromFile(f);
      expect(slugSchema.safeParse(k).success, k).toBe(true);
      expect(k.startsWith('p-')).toBe(true);
    }
  });
});
