/** Every page type of the built sample archive, asserted from the data the site publishes. */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT, DIST } from '../setup/paths';
import { $, $$, attr, readPage, text } from './html';
import { builtIssues } from './archive-data';

const issues = builtIssues(DIST);
const publications = [...new Map(issues.map((i) => [i.publication.slug, i.publication])).values()];
const articles = issues.flatMap((i) => i.articles);

function commonChecks(path: string) {
  const doc = readPage(DIST, path);
  const html = $(doc, 'html');
  expect(attr(html, 'lang')).toBe('zh-CN');
  expect($$(doc, 'main')).toHaveLength(1);
  expect($$(doc, 'h1')).toHaveLength(1);
  expect(attr($(doc, 'a.skip-link'), 'href')).toBe('#main');
  expect($(doc, 'header.site-header')).toBeTruthy();
  expect($(doc, 'footer.site-footer')).toBeTruthy();
  expect($(doc, 'form[role="search"]')).toBeTruthy();
  expect(attr($(doc, 'link[rel="canonical"]'), 'href')).toBe(new URL(path, 'https://jiuwen.example.org').href);
  // sensible heading order: starts at h1, never skips a level going down
  const levels = $$(doc, 'h1, h2, h3, h4, h5, h6').map((h) => Number(h.name.slice(1)));
  expect(levels[0]).toBe(1);
  levels.forEach((l, i) => { if (i > 0) expect(l - levels[i - 1]!, `${path}: h${levels[i - 1]} → h${l}`).toBeLessThanOrEqual(1); });
  return doc;
}

describe('sample archive is not empty', () => {
  it('has issues and articles', () => {
    expect(issues.length).toBeGreaterThan(0);
    expect(articles.length).toBeGreaterThan(0);
  });
});

describe('home page', () => {
  const doc = commonChecks('/');
  it('lists every publication (报名不详 is not one)', () => {
    for (const p of publications) {
      const a = $(doc, `.card-grid a[href="/${p.slug}/"]`);
      if (p.slug === 'unknown') expect(a).toBeUndefined();
      else expect(text(a)).toBe(p.name);
    }
  });
  it('lists the latest issues, newest first', () => {
    const links = $$(doc, '.latest a').map((a) => attr(a, 'href'));
    expect(links.length).toBe(Math.min(12, issues.length));
    for (const i of issues) if (links.length === issues.length) expect(links).toContain(`/${i.id}/`);
  });
  it('has an on-this-day strip, archive figures and a search box', () => {
    expect(text($(doc, '.on-this-day h2'))).toMatch(/历史上的今天/);
    const figures = text($(doc, '.figures'));
    expect(figures).toContain(`${issues.length}期`);
    expect(figures).toContain(`${articles.length}篇文章`);
    expect($(doc, 'header form[role="search"]')).toBeTruthy();
  });
});

describe('publication pages', () => {
  for (const p of publications) {
    it(`${p.slug}: ${p.slug === 'unknown' ? 'lists' : 'calendar links'} every issue`, () => {
      const doc = commonChecks(`/${p.slug}/`);
      expect(text($(doc, 'h1'))).toBe(p.name);
      const hrefs = new Set($$(doc, 'main a').map((a) => attr(a, 'href')));
      for (const i of issues.filter((x) => x.publication.slug === p.slug)) expect(hrefs).toContain(`/${i.id}/`);
      if (p.slug === 'unknown') return; // not a newspaper: a list, no calendar (issue 14, item 3)
      // a year index and month tables for every year with a known date
      const years = new Set(issues.filter((x) => x.publication.slug === p.slug && x.date.value).map((x) => x.date.value!.slice(0, 4)));
      for (const y of years) {
        expect(attr($(doc, `a[href="#y${y}"]`), 'href')).toBe(`#y${y}`);
        expect($$(doc, `#y${y} table`)).toHaveLength(12);
      }
    });
  }
  it('lists month-precision issues honestly (2020年12月（日期不详）)', () => {
    const month = issues.find((i) => i.date.precision === 'month');
    if (!month) return;
    const doc = readPage(DIST, `/${month.publication.slug}/`);
    const [y, m] = month.date.value!.split('-').map(Number);
    expect(text($(doc, `.month-only a[href="/${month.id}/"]`))).toBe(`${y}年${m}月（日期不详）`);
  });
});

describe('issue pages', () => {
  for (const issue of issues) {
    it(`${issue.id}: 版面目录 with every page and article in reading order`, () => {
      const doc = commonChecks(`/${issue.id}/`);
      expect(text($(doc, 'h1'))).toContain(issue.publication.name);
      expect(text($(doc, '.toc h2'))).toBe('版面目录');
      for (const p of issue.pages) expect($(doc, `.toc a[href="/${issue.id}/${p.key}/"]`)).toBeTruthy();
      const listed = $$(doc, '.toc ol a').map((a) => attr(a, 'href'));
      expect(listed).toEqual(issue.articles.map((a) => `/${a.id}/`));
      const teasers = issue.pages.flatMap((p) => p.items.filter((i) => i.type === 'teaser'));
      expect($$(doc, '.teasers li')).toHaveLength(teasers.length);
      expect(attr($(doc, `a[href="/${issue.id}/issue.json"]`), 'href')).toBeTruthy();
      expect(attr($(doc, `a[href="/${issue.id}/print/"]`), 'href')).toBeTruthy();
    });
  }
  it('links previous and next issues of the same publication', () => {
    const pub = publications.find((p) => issues.filter((i) => i.publication.slug === p.slug).length > 1);
    if (!pub) return;
    const list = issues.filter((i) => i.publication.slug === pub.slug);
    const docs = list.map((i) => readPage(DIST, `/${i.id}/`));
    const nexts = docs.map((d) => attr($(d, 'a[rel="next"]'), 'href')).filter(Boolean);
    const prevs = docs.map((d) => attr($(d, 'a[rel="prev"]'), 'href')).filter(Boolean);
    expect(nexts.length).toBe(list.length - 1);
    expect(prevs.length).toBe(list.length - 1);
  });
  it('prints the whole issue: every article body in the print view', () => {
    const issue = issues[0]!;
    const doc = readPage(DIST, `/${issue.id}/print/`);
    expect($$(doc, 'article.print-article')).toHaveLength(issue.articles.length);
  });
});

describe('page pages', () => {
  for (const issue of issues) {
    for (const page of issue.pages) {
      it(`${issue.id}/${page.key}: items in source order and a source link`, () => {
        const doc = commonChecks(`/${issue.id}/${page.key}/`);
        const body = text($(doc, '.printed-page'));
        let at = 0;
        for (const item of page.items) {
          if (item.type === 'article') {
            const a = $(doc, `.printed-page a[href="/${item.id}/"]`);
            expect(a, item.id).toBeTruthy();
            const i = body.indexOf(text(a), at);
            expect(i).toBeGreaterThanOrEqual(at);
            at = i;
          } else if (item.text !== undefined && item.type !== 'teaser') {
            // a **bold** pair is shown in bold, without its marks
            const i = body.indexOf(item.text.replace(/\*\*(\S[\s\S]*?\S)\*\*/g, '$1').replace(/\s+/g, ' ').trim(), at);
            expect(i, item.text).toBeGreaterThanOrEqual(at);
            at = i;
          }
        }
        const src = $(doc, `a[href="/${issue.id}/${page.key}/source.txt"]`);
        expect(src).toBeTruthy();
        const served = readFileSync(join(DIST, issue.id, page.key, 'source.txt'));
        const original = readFileSync(join(CONTENT, 'sources', page.source));
        expect(served.equals(original)).toBe(true);
      });
    }
  }
});

describe('article pages', () => {
  for (const a of articles) {
    it(`${a.id}: title, meta line, Pagefind markup, navigation`, () => {
      const doc = commonChecks(`/${a.id}/`);
      const data = JSON.parse(readFileSync(join(DIST, a.id, 'article.json'), 'utf8'));
      expect(text($(doc, 'h1'))).toBe(data.title);
      const wrapper = $$(doc, '[data-pagefind-body]');
      expect(wrapper).toHaveLength(1);
      expect(attr(wrapper[0], 'id')).toBe('article-body');
      expect(text($(doc, '[data-pagefind-meta="title"]'))).toBe(data.title);
      expect(text($(doc, '#article-body [data-pagefind-filter="publication"]'))).toBe(data.publication.name);
      expect(text($(doc, '#article-body [data-pagefind-filter="page"]'))).toBe(data.page === null ? '版次不详' : `第${data.page}版`);
      expect(text($(doc, '#article-body [data-pagefind-filter="year"]'))).toBe(data.date.value ? data.date.value.slice(0, 4) : '日期不详');
      expect(text($(doc, '#article-body [data-pagefind-meta="date"]'))).toBe(data.dateDisplay);
      expect(attr($(doc, '#article-body [data-pagefind-sort]'), 'data-pagefind-sort')).toMatch(/^date:\d{4}-\d{2}-\d{2}$/);
      // nothing but the article in the indexed wrapper
      expect($(doc, '#article-body nav')).toBeUndefined();
      expect($(doc, '#article-body .cite-box')).toBeUndefined();
      for (const f of ['kicker', 'subtitle', 'byline', 'editorsNote'] as const) if (data[f]) expect(text($(doc, '#article-body'))).toContain(data[f]);
      for (const s of data.sections as string[]) if (data.body.includes(`## ${s}`)) expect($$(doc, "#article-body h2").map(text)).toContain(s);
      const meta = text($(doc, '.article-meta'));
      expect(meta).toContain(data.publication.name);
      expect(meta).toContain(data.dateDisplay);
      expect(attr($(doc, `a[href="/${data.issue}/"]`), 'href')).toBeTruthy();
      expect(attr($(doc, `a[href="/${data.issue}/${data.pageKey}/"]`), 'href')).toBeTruthy();
    });
  }
  it('links previous and next article in the issue, in reading order (the last one to the next issue)', () => {
    for (const issue of issues) {
      const same = issues.filter((x) => x.publication.slug === issue.publication.slug && issue.publication.slug !== 'unknown');
      const nextIssue = same[same.indexOf(issue) + 1];
      issue.articles.forEach((a, i) => {
        const doc = readPage(DIST, `/${a.id}/`);
        expect(attr($(doc, 'a[rel="prev"]'), 'href')).toBe(i > 0 ? `/${issue.articles[i - 1]!.id}/` : undefined);
        expect(attr($(doc, 'a[rel="next"]'), 'href')).toBe(i < issue.articles.length - 1 ? `/${issue.articles[i + 1]!.id}/` : nextIssue && `/${nextIssue.id}/`);
      });
    }
  });
  it('says "continued on page N" once, where it is printed, when that page is not in the archive', () => {
    let seen = 0;
    for (const issue of issues) {
      for (const a of issue.articles) {
        const data = JSON.parse(readFileSync(join(DIST, a.id, 'article.json'), 'utf8'));
        for (const c of data.continuations) {
          if (c.page === null || issue.pages.some((p) => p.number === c.page)) continue;
          const doc = readPage(DIST, `/${a.id}/`);
          const body = text($(doc, '.article-body'));
          expect(body).toContain(`${c.text}（该版未收录）`);
          // not repeated under the text (issue 14, item 5)
          expect($(doc, '.continuation')).toBeUndefined();
          expect(text($(doc, 'article.article'))).not.toContain(`${c.direction === 'to' ? '下转' : '上接'}第${c.page}版`);
          expect($(doc, 'a.continuation-link')).toBeUndefined();
          seen++;
        }
      }
    }
    expect(seen).toBeGreaterThan(0);
  });
  it('renders section headings as h2 and pull quotes as blockquotes', () => {
    for (const a of articles) {
      const data = JSON.parse(readFileSync(join(DIST, a.id, 'article.json'), 'utf8'));
      const doc = readPage(DIST, `/${a.id}/`);
      const h2 = $$(doc, '.article-body h2').map(text);
      expect(h2.length).toBe((data.body.match(/^## .*/gm) ?? []).length);
      if ((data.pullQuotes as string[]).length) expect($$(doc, '.article-body blockquote').length).toBeGreaterThan(0);
    }
  });
});

describe('404 page', () => {
  it('exists, says what happened and offers ways on', () => {
    expect(existsSync(join(DIST, '404.html'))).toBe(true);
    const doc = readPage(DIST, '/404.html');
    expect(text($(doc, 'h1'))).toBe('找不到这个页面');
    expect(attr($(doc, 'main a[href="/"]'), 'href')).toBe('/');
    expect(attr($(doc, 'main a[href="/search/"]'), 'href')).toBe('/search/');
    for (const p of publications) expect($(doc, `main a[href="/${p.slug}/"]`)).toBeTruthy();
    expect(attr($(doc, 'meta[name="robots"]'), 'content')).toBe('noindex');
  });
});
