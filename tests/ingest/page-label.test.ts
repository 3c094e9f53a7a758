/** Page labels as printed (A02, B1, 第A3版): parsed, keyed, sorted, and read from the path convention and the catalogue. */
import { describe, expect, it } from 'vitest';
import { comparePageLabels, pageLabelKey, parsePageLabel } from '../../scripts/ingest/page-label.ts';
import { EMPTY_CATALOGUE, parseCatalogue, parsePathConvention, resolvePageMeta } from '../../scripts/ingest/metadata.ts';
import { pageLabel, pageLabelEn } from '../../src/lib/archive.ts';

const lines = (t: string) => t.split('\n').map((text, i) => ({ no: i + 1, text }));

describe('parsePageLabel', () => {
  it.each([
    ['A02', 'A02', 'A', 2],
    ['b1', 'B1', 'B', 1],
    ['第A3版', 'A3', 'A', 3],
    ['C12版', 'C12', 'C', 12],
  ])('%s → %s', (text, label, section, number) => expect(parsePageLabel(text)).toEqual({ label, section, number }));
  it.each(['02', 'A', 'AB2', 'A0', '第三版', 'A1234'])('%s is not a label', (text) => expect(parsePageLabel(text)).toBeUndefined());
});

describe('ordering and keys', () => {
  it('sorts by section letter, then number, unlabelled last', () => {
    expect(['B01', 'A10', undefined, 'A2', 'B1'].sort(comparePageLabels)).toEqual(['A2', 'A10', 'B01', 'B1', undefined]);
  });
  it('files a label under a lowercase key', () => expect(pageLabelKey('A02')).toBe('a02'));
});

describe('where labels come from', () => {
  it('the path convention PUB/DATE/A02.txt', () => {
    expect(parsePathConvention('某某快报/2026-03-29/A02.txt')).toEqual({ publication: '某某快报', date: '2026-03-29', pageLabel: 'A02' });
    expect(parsePathConvention('某某快报/2026-03-29/02.txt')).toEqual({ publication: '某某快报', date: '2026-03-29', page: 2 });
  });
  it('the path convention with the label or number as printed: 第A3版.txt, A3版.txt, 第3版.txt', () => {
    expect(parsePathConvention('某某快报/2026-03-29/第A3版.txt')).toEqual({ publication: '某某快报', date: '2026-03-29', pageLabel: 'A3' });
    expect(parsePathConvention('某某快报/2026-03-29/A3版.txt')).toMatchObject({ pageLabel: 'A3' });
    expect(parsePathConvention('某某快报/2026-03-29/第03版.txt')).toEqual({ publication: '某某快报', date: '2026-03-29', page: 3 });
    // (Not a label: a page number with another word, or a name.)
    expect(parsePathConvention('某某快报/2026-03-29/第3期.txt')).toEqual({ publication: '某某快报', date: '2026-03-29' });
    expect(parsePathConvention('某某快报/2026-03-29/AB3.txt')).toEqual({ publication: '某某快报', date: '2026-03-29' });
  });
  it('the catalogue, as page: "A02"', () => {
    const { catalogue, problems } = parseCatalogue({ pages: { 'x.txt': { page: 'B03' }, 'y.txt': { page: 'B' } } });
    expect(catalogue.pages['x.txt']).toEqual({ pageLabel: 'B03' });
    expect(problems.map((p) => p.message)).toEqual([expect.stringContaining('pages["y.txt"].page')]);
  });
  it('a labelled page gets the label and its key, and no number', () => {
    const m = resolvePageMeta('某某快报/2026-03-29/B03.txt', lines('标题\n\n正文。'), EMPTY_CATALOGUE);
    expect(m).toMatchObject({ page: null, pageLabel: 'B03', pageKey: 'b03', issueId: expect.stringMatching(/\/2026-03-29$/) });
  });
});

describe('shown as printed', () => {
  it('A02版 on the site', () => {
    expect(pageLabel({ number: null, label: 'A02' })).toBe('A02版');
    expect(pageLabel({ number: null, label: 'A02', name: '要闻' })).toBe('A02版 · 要闻');
    expect(pageLabelEn({ number: null, label: 'A02' })).toBe('Page A02');
    expect(pageLabel({ number: 3 })).toBe('第3版');
    expect(pageLabel({ number: null })).toBe('版次不详');
  });
});
