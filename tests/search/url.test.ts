import { describe, expect, it } from 'vitest';
import { articleLink, paramsFromRequest, requestFromParams } from '../../src/lib/search/url.ts';
import { formatDate, formatPage } from '../../src/lib/search/format.ts';
import { search } from '../../src/i18n/search.ts';

describe('search URL state', () => {
  it('round-trips query, filters and sort', () => {
    const request = { query: '金城镇', filters: { publication: '金坛时报', year: '2020', month: '2020-12', page: '1' }, sort: 'newest' as const };
    const params = paramsFromRequest(request);
    expect(params.toString()).toBe('q=%E9%87%91%E5%9F%8E%E9%95%87&publication=%E9%87%91%E5%9D%9B%E6%97%B6%E6%8A%A5&year=2020&month=2020-12&page=1&sort=newest');
    expect(requestFromParams(params)).toEqual(request);
  });

  it('defaults to relevance and ignores unknown values', () => {
    expect(requestFromParams(new URLSearchParams('q=%20x%20&sort=bogus&year='))).toEqual({ query: 'x', filters: {}, sort: 'relevance' });
  });

  it('links results to the article with the query for highlighting', () => {
    expect(articleLink('/a/b/', '開發區')).toBe('/a/b/?highlight=%E9%96%8B%E7%99%BC%E5%8D%80');
    expect(articleLink('/a/b/#x', 'q')).toBe('/a/b/?highlight=q#x');
  });
});

describe('formatting', () => {
  const t = search['zh-CN'];
  it.each([
    ['2020-12-04', '2020年12月4日'],
    ['2020-12', '2020年12月'],
    ['2020', '2020年'],
    ['07', '7月'],
  ])('date %s → %s', (value, expected) => expect(formatDate(value, t)).toBe(expected));
  it('page', () => expect(formatPage('1', t)).toBe('第1版'));
});
