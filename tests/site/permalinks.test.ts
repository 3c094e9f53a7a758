/**
 * A published article URL never breaks. The sample is built, then a simulated
 * re-ingest (an id changed with the old id kept as an alias, a corrected title,
 * an added page, new issues) is built; every URL of the first build must still
 * resolve in the second, and the moved article's old URL must lead to it.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { DIST, DIST_REINGEST, FIXTURE_FACTS } from '../setup/paths';
import type { ReingestFacts } from '../setup/reingest-fixture';
import { $, $$, attr, fileFor, readPage, text } from './html';
import { builtIssues } from './archive-data';

const facts: ReingestFacts = JSON.parse(readFileSync(FIXTURE_FACTS, 'utf8'));
const before = builtIssues(DIST).flatMap((i) => i.articles.map((a) => a.id));

/** Follows a redirect page (meta refresh) to where it leads. */
function resolve(dist: string, path: string): { path: string; title: string } | null {
  for (let hops = 0; hops < 5; hops++) {
    if (!fileFor(dist, path)) return null;
    const doc = readPage(dist, path);
    const refresh = attr($(doc, 'meta[http-equiv="refresh"]'), 'content');
    if (!refresh) return { path, title: text($(doc, 'h1')) };
    path = /url=(.*)$/i.exec(refresh)![1]!.trim();
  }
  return null;
}

describe('permanent links across a re-ingest', () => {
  it('every article URL of the first build still resolves to an article', () => {
    expect(before.length).toBeGreaterThan(0);
    for (const id of before) {
      const r = resolve(DIST_REINGEST, `/${id}/`);
      expect(r, `/${id}/ broke`).not.toBeNull();
      expect($(readPage(DIST_REINGEST, r!.path), '#article-body'), `/${id}/ does not lead to an article`).toBeTruthy();
    }
  });

  it('the old URL of a moved article redirects to its new URL (meta refresh, canonical, link)', () => {
    const { oldId, newId, title } = facts.moved;
    expect(oldId).not.toBe(newId);
    const doc = readPage(DIST_REINGEST, `/${oldId}/`);
    expect(attr($(doc, 'meta[http-equiv="refresh"]'), 'content')).toBe(`0; url=/${newId}/`);
    expect(attr($(doc, 'link[rel="canonical"]'), 'href')).toBe(`https://jiuwen.example.org/${newId}/`);
    expect(attr($(doc, 'main a'), 'href')).toBe(`/${newId}/`);
    expect(attr($(doc, 'meta[name="robots"]'), 'content')).toBe('noindex');
    expect($(doc, '[data-pagefind-body]')).toBeUndefined();
    expect(resolve(DIST_REINGEST, `/${oldId}/`)).toEqual({ path: `/${newId}/`, title });
  });

  it('when a publication is identified later, the old issue and article URLs lead to the new ones', () => {
    const r = facts.rehomed;
    if (!r) return;
    expect(r.oldArticleIds.length).toBeGreaterThan(0);
    for (const old of r.oldArticleIds) {
      const to = resolve(DIST_REINGEST, `/${old}/`);
      expect(to?.path.startsWith(`/${r.newIssueId}/`), old).toBe(true);
    }
    const issue = readPage(DIST_REINGEST, `/${r.oldIssueId}/`);
    expect(attr($(issue, 'meta[http-equiv="refresh"]'), 'content')).toBe(`0; url=/${r.newIssueId}/`);
  });

  it('a corrected title keeps the URL', () => {
    const doc = readPage(DIST_REINGEST, `/${facts.retitled.id}/`);
    expect(text($(doc, 'h1'))).toBe(facts.retitled.newTitle);
    // (the same article also gained a photo caption, shown inside the indexed article)
    expect(text($(doc, '#article-body .article-captions'))).toContain('图为测试图片说明。');
  });

  it('redirect pages are not in the sitemap; the new URL is', () => {
    const sitemap = readFileSync(`${DIST_REINGEST}/sitemap.xml`, 'utf8');
    expect(sitemap).not.toContain(`/${facts.moved.oldId}/<`);
    expect(sitemap).toContain(`/${facts.moved.newId}/<`);
  });
});

describe('continued articles when the other page is in the archive', () => {
  it('"continued on page N" links to the other part, and back', () => {
    const { fromId, toId, page, addedPageKey, issueId } = facts.continued;
    const first = readPage(DIST_REINGEST, `/${fromId}/`);
    const link = $(first, `.continuation a[href="/${toId}/"]`);
    expect(text(link)).toContain(`下转第${page}版`);
    const second = readPage(DIST_REINGEST, `/${toId}/`);
    expect(text($(second, `.continuation a[href="/${fromId}/"]`))).toContain('上接第');
    // the added page is in the issue's 版面目录
    expect($(readPage(DIST_REINGEST, `/${issueId}/`), `.toc a[href="/${issueId}/${addedPageKey}/"]`)).toBeTruthy();
    // and the marker inside the body text became a link when printed there
    const inBody = $$(first, '#article-body a.continuation-link');
    for (const a of inBody) expect(attr(a, 'href')).toBe(`/${toId}/`);
  });
});

describe('dates known to the day, to the year, or not at all', () => {
  it('the calendar links a day-precision issue from its day cell', () => {
    const pub = facts.dayIssue.id.split('/')[0];
    const doc = readPage(DIST_REINGEST, `/${pub}/`);
    const a = $(doc, `#y2019 td a[href="/${facts.dayIssue.id}/"]`);
    expect(text(a)).toBe('4');
    expect(attr(a, 'aria-label')).toBe('2019年12月4日');
  });
  it('year-only and undated issues are listed honestly and have working pages', () => {
    const pub = facts.yearIssue.id.split('/')[0];
    const doc = readPage(DIST_REINGEST, `/${pub}/`);
    expect(text($(doc, '#y2017 .year-only'))).toContain('2017年');
    expect(text($(doc, '#undated'))).toContain('日期不详');
    expect(text($(readPage(DIST_REINGEST, `/${facts.undatedIssue.id}/`), 'h1'))).toContain('日期不详');
    expect(text($(readPage(DIST_REINGEST, `/${facts.yearIssue.id}/`), 'h1'))).toContain('2017年');
  });
  it('"on this day" shows the issue from the same month and day in another year', () => {
    const doc = readPage(DIST_REINGEST, '/');
    expect(attr($(doc, `.on-this-day a[href="/${facts.dayIssue.id}/"]`), 'href')).toBeTruthy();
    expect(text($(doc, '.on-this-day h2'))).toContain('12月4日');
  });
});
