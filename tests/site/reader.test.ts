/**
 * Reader-ready (issue 14): what a reader meets on the built pages — Chinese
 * interface text, no invented host, 报名不详 filed apart, no raw markup.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASE, DIST, DIST_BASE } from '../setup/paths';
import { $, $$, attr, readPage, rawPage, text } from './html';
import { builtFiles, builtIssues } from './archive-data';
import { siteNote } from '../../scripts/build-site';

const issues = builtIssues(DIST);
const htmlPages = (dist: string) => builtFiles(dist).filter((f) => f.endsWith('.html'));
const unknownIssues = issues.filter((i) => i.publication.slug === 'unknown');

describe('item 1: no English inside the Chinese interface', () => {
  it('the date basis of an issue is in Chinese', () => {
    let seen = 0;
    for (const i of issues) {
      const note = $(readPage(DIST, `/${i.id}/`), '.date-note');
      if (!note) continue;
      seen++;
      expect(text(note)).toMatch(/^日期依据：/);
      expect(text(note), i.id).not.toMatch(/[A-Za-z]{3,}/);
    }
    expect(seen).toBeGreaterThan(0);
  });
  it("no page shows the ingest's review notes", () => {
    for (const f of htmlPages(DIST)) {
      const html = readFileSync(join(DIST, f), 'utf8');
      expect(html, f).not.toContain('filed under');
      expect(html, f).not.toContain('整理备注');
      expect(html, f).not.toMatch(/taken as (its|the) byline|column-break join/);
    }
  });
  it('the header search box has its placeholder and tooltip in English too', () => {
    const input = $(readPage(DIST, '/'), '#site-search-q');
    expect(attr(input, 'placeholder')).toMatch(/[\u4e00-\u9fff]/);
    expect(attr(input, 'data-en-placeholder')).toMatch(/^[\x20-\x7e]+$/);
    expect(attr(input, 'data-en-title')).toMatch(/^[\x20-\x7e]+$/);
  });
});

describe('item 2: without JIUWEN_SITE no page prints a host the site does not have', () => {
  it('no file of the build names a host', () => {
    for (const f of builtFiles(DIST_BASE)) {
      if (!/\.(html|json|jsonl|xml|txt)$/.test(f) || f.startsWith('/pagefind/')) continue;
      const s = readFileSync(join(DIST_BASE, f), 'utf8');
      expect(s, f).not.toContain('jiuwen.example.org');
      expect(s, f).not.toContain('localhost');
    }
  });
  it('canonical and permanent links and citations are host-relative paths', () => {
    const a = issues.find((i) => i.articles.length)!.articles[0]!;
    const doc = readPage(DIST_BASE, `${BASE}${a.id}/`, BASE);
    expect(attr($(doc, 'link[rel="canonical"]'), 'href')).toBe(`${BASE}${a.id}/`);
    expect($(doc, 'meta[property="og:url"]')).toBeUndefined();
    expect(text($(doc, '#cite-url'))).toBe(`${BASE}${a.id}/`);
    expect(attr($(doc, '#cite-url'), 'data-host-relative')).toBe(`${BASE}${a.id}/`);
    expect(text($(doc, '#cite-gbt'))).toMatch(new RegExp(`\\. ${BASE}${a.id}/\\.$`));
    expect(readFileSync(join(DIST_BASE, 'robots.txt'), 'utf8')).not.toContain('Sitemap:');
  });
  it('with a site address, its URLs are absolute', () => {
    const a = issues.find((i) => i.articles.length)!.articles[0]!;
    expect(text($(readPage(DIST, `/${a.id}/`), '#cite-url'))).toBe(`https://jiuwen.example.org/${a.id}/`);
  });
  it('the build says so at the end of its output', () => {
    expect(siteNote({})).toMatch(/JIUWEN_SITE is not set/);
    expect(siteNote({ JIUWEN_SITE: 'https://example.org' })).toBeNull();
  });
});

describe('item 3: 报名不详 is not a newspaper', () => {
  it('the sample has pages of unknown publication', () => expect(unknownIssues.length).toBeGreaterThan(1));
  it('the home page gives it no card, and lists its pages apart', () => {
    const home = readPage(DIST, '/');
    expect(text($(home, '.card-grid'))).not.toContain('报名不详');
    for (const i of unknownIssues) expect($(home, `section[aria-labelledby="unknown-h"] a[href="/${i.id}/"]`)).toBeTruthy();
  });
  it('its page lists the pages, without a calendar', () => {
    const doc = readPage(DIST, '/unknown/');
    expect($(doc, 'table')).toBeUndefined();
    for (const i of unknownIssues) expect($(doc, `main a[href="/${i.id}/"]`)).toBeTruthy();
  });
  it('no 上一期/下一期 chain, and no article chain leads out of its page', () => {
    for (const i of unknownIssues) {
      const doc = readPage(DIST, `/${i.id}/`);
      expect($$(doc, 'main a[rel="prev"], main a[rel="next"]').filter((a) => !/^\/unknown\/[^/]+\/[^/]+\//.test(attr(a, 'href') ?? ''))).toEqual([]);
      for (const a of i.articles) {
        const art = readPage(DIST, `/${a.id}/`);
        for (const l of $$(art, 'a[rel="prev"], a[rel="next"]')) {
          const href = attr(l, 'href')!;
          if (href.startsWith('/unknown/')) expect(href.startsWith(`/${i.id}/${a.pageKey}/`), href).toBe(true);
          else expect.fail(`${a.id} leads to ${href}`);
        }
      }
    }
  });
  it('citations do not name 报名不详 as the publisher', () => {
    for (const i of unknownIssues) {
      for (const a of i.articles) {
        const doc = readPage(DIST, `/${a.id}/`);
        expect(text($(doc, '#cite-gbt'))).toContain('[N/OL]. [出版者不详], ');
        expect(text($(doc, '#cite-chicago'))).not.toContain('报名不详');
        expect(decodeURIComponent(attr($(doc, 'a[download$=".bib"]'), 'href')!)).not.toContain('报名不详');
        expect(decodeURIComponent(attr($(doc, 'a[download$=".ris"]'), 'href')!)).not.toContain('报名不详');
        expect($(doc, 'meta[name="citation_journal_title"]')).toBeUndefined();
      }
    }
  });
});

describe('item 4: no markup shown raw', () => {
  it('a bold banner on a page is bold, without its asterisks', () => {
    const html = rawPage(DIST, '/jintan-shibao/2020-12/1/');
    expect(html).toContain('<strong>践行嘱托开新局');
    for (const f of htmlPages(DIST)) expect(text($(readPage(DIST, f), 'main')), f).not.toContain('**');
  });
});
