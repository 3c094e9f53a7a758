/** What people who cite and reuse get: meta tags, JSON-LD, citations, data files, feeds. */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../setup/paths';
import { $, $$, attr, readPage, text } from './html';
import { builtIssues } from './archive-data';

const issues = builtIssues(DIST);
const articles = issues.flatMap((i) => i.articles);
const SITE = 'https://jiuwen.example.org';

describe('article head metadata', () => {
  for (const a of articles) {
    it(`${a.id}: citation_*, OpenGraph, canonical, JSON-LD NewsArticle`, () => {
      const data = JSON.parse(readFileSync(join(DIST, a.id, 'article.json'), 'utf8'));
      const doc = readPage(DIST, `/${a.id}/`);
      const meta = (n: string) => attr($(doc, `meta[name="${n}"]`), 'content');
      const og = (n: string) => attr($(doc, `meta[property="${n}"]`), 'content');
      const url = `${SITE}/${a.id}/`;
      expect(meta('citation_title')).toContain(data.title);
      const known = data.publication.source !== 'none';
      // 报名不详 is not a periodical's name (issue 14, item 3)
      expect(meta('citation_journal_title')).toBe(known ? data.publication.name : undefined);
      expect(meta('citation_publication_date')).toBe(data.date.value ? data.date.value.replaceAll('-', '/') : undefined);
      expect(meta('citation_firstpage')).toBe(data.page === null ? undefined : String(data.page));
      expect(meta('citation_public_url')).toBe(url);
      if (data.byline) expect($$(doc, 'meta[name="citation_author"]').length).toBeGreaterThan(0);
      expect(og('og:type')).toBe('article');
      expect(og('og:title')).toBe(data.title);
      expect(og('og:url')).toBe(url);
      expect(attr($(doc, 'link[rel="canonical"]'), 'href')).toBe(url);
      const ld = JSON.parse(text($(doc, 'script[type="application/ld+json"]')) || ($(doc, 'script[type="application/ld+json"]')!.children[0] as { value: string }).value);
      expect(ld['@type']).toBe('NewsArticle');
      expect(ld.headline).toBe(data.title);
      expect(ld.url).toBe(url);
      expect(ld.isPartOf.isPartOf?.name).toBe(known ? data.publication.name : undefined);
      if (data.date.value) expect(ld.datePublished).toBe(data.date.value);
      else expect(ld.datePublished).toBeUndefined();
    });
  }
});

describe('issue head metadata', () => {
  it('issue pages carry JSON-LD PublicationIssue listing their articles', () => {
    for (const i of issues) {
      const doc = readPage(DIST, `/${i.id}/`);
      const ld = JSON.parse(($(doc, 'script[type="application/ld+json"]')!.children[0] as { value: string }).value);
      expect(ld['@type']).toBe('PublicationIssue');
      expect(ld.isPartOf?.name).toBe(i.publication.slug === 'unknown' ? undefined : i.publication.name);
      expect(ld.hasPart.map((p: { url: string }) => p.url)).toEqual(i.articles.map((a) => `${SITE}/${a.id}/`));
    }
  });
});

describe('cite this', () => {
  const a = articles[0]!;
  const doc = readPage(DIST, `/${a.id}/`);
  const data = JSON.parse(readFileSync(join(DIST, a.id, 'article.json'), 'utf8'));
  it('offers copy-link with the permanent URL', () => {
    expect(text($(doc, '#cite-url'))).toBe(`${SITE}/${a.id}/`);
    expect(attr($(doc, 'button[data-copy="cite-url"]'), 'type')).toBe('button');
  });
  it('gives a GB/T 7714—2015 reference: 题名[N/OL]. 报纸名, 日期(版次)[引用日期]. URL.', () => {
    const gbt = text($(doc, '#cite-gbt'));
    const page = data.page === null ? '' : `(${data.page})`;
    expect(gbt).toContain(`${data.title}`);
    expect(gbt).toMatch(new RegExp(`\\[N/OL\\]\\. ${data.publication.name}, ${data.date.value ?? '出版日期不详'}${page.replace(/[()]/g, '\\$&')}\\[\\d{4}-\\d{2}-\\d{2}\\]\\. ${SITE}/${a.id}/\\.$`));
  });
  it('gives a Chicago reference', () => {
    const c = text($(doc, '#cite-chicago'));
    expect(c).toContain(`“${data.title}`);
    expect(c).toContain(`${data.publication.name}, `);
    expect(c).toMatch(/Accessed [A-Z][a-z]+ \d{1,2}, \d{4}\./);
  });
  it('downloads BibTeX and RIS', () => {
    const download = (ext: string) => {
      const link = $$(doc, 'a').find((l) => attr(l, 'download')?.endsWith(ext));
      const href = attr(link!, 'href')!;
      expect(href).toMatch(/^data:application\/x-[a-z-]+;charset=utf-8,/);
      return decodeURIComponent(href.slice(href.indexOf(',') + 1));
    };
    const bib = download('.bib');
    expect(bib).toMatch(/^@article\{jiuwen-[a-z0-9-]+,\n/);
    expect(bib).toContain(`journal = {${data.publication.name}}`);
    expect(bib).toContain(`url = {${SITE}/${a.id}/}`);
    const ris = download('.ris');
    expect(ris.startsWith('TY  - NEWS\r\n')).toBe(true);
    expect(ris).toContain(`T2  - ${data.publication.name}\r\n`);
    expect(ris.trimEnd().endsWith('ER  -')).toBe(true);
    expect($$(doc, 'a').map((l) => attr(l, 'download')).filter(Boolean)).toEqual([`${a.id.split('/').at(-1)}.bib`, `${a.id.split('/').at(-1)}.ris`]);
  });
});

describe('data files', () => {
  it('publishes a JSON file per issue and per article with the page data', () => {
    for (const i of issues) {
      expect(i.articles.length).toBeGreaterThan(0);
      for (const a of i.articles) {
        const data = JSON.parse(readFileSync(join(DIST, a.id, 'article.json'), 'utf8'));
        expect(data.id).toBe(a.id);
        expect(data.url).toBe(`${SITE}/${a.id}/`);
        expect(typeof data.body).toBe('string');
        expect(data.body.length).toBeGreaterThan(0);
        // the plain text is what the page shows: no character references or markup left
        expect(data.text.length).toBeGreaterThan(0);
        expect(data.text).not.toMatch(/&#x[0-9A-F]+;|<\/?strong>/);
      }
    }
  });
  it('exports the whole archive as JSONL: every issue and every article', () => {
    const lines = readFileSync(join(DIST, 'export', 'archive.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.filter((l) => l.type === 'issue').map((l) => l.id).sort()).toEqual(issues.map((i) => i.id).sort());
    expect(lines.filter((l) => l.type === 'article').map((l) => l.id).sort()).toEqual(articles.map((a) => a.id).sort());
  });
  it('has a sitemap of every page, an RSS feed of the latest issues and robots.txt', () => {
    const sitemap = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    for (const i of issues) {
      expect(sitemap).toContain(`<loc>${SITE}/${i.id}/</loc>`);
      for (const p of i.pages) expect(sitemap).toContain(`<loc>${SITE}/${i.id}/${p.key}/</loc>`);
    }
    for (const a of articles) expect(sitemap).toContain(`<loc>${SITE}/${a.id}/</loc>`);
    const rss = readFileSync(join(DIST, 'feed.xml'), 'utf8');
    expect(rss).toContain('<rss version="2.0"');
    for (const i of issues.slice(0, 50)) expect(rss).toContain(`<link>${SITE}/${i.id}/</link>`);
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${SITE}/sitemap.xml`);
    expect(existsSync(join(DIST, 'on-this-day.json'))).toBe(true);
  });
});
