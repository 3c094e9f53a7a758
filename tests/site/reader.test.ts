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
import { siteNote } from '../../scripts/build/site';

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
    expect(attr(input, 'placeholder')).toMatch(/\p{Script=Han}/u);
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

describe('数字报: 版面 strip, 本版其他文章, the latest front page', () => {
  const withPages = issues.filter((i) => i.pages.length > 0);
  it('issue, page and article pages carry the strip of every page of the issue', () => {
    for (const i of withPages) {
      const hrefs = (doc: ReturnType<typeof readPage>) => $$(doc, 'nav.page-strip a').map((a) => attr(a, 'href'));
      const want = i.pages.map((p) => `/${i.id}/${p.key}/`).sort();
      expect(hrefs(readPage(DIST, `/${i.id}/`)).sort()).toEqual(want);
      for (const p of i.pages) {
        const doc = readPage(DIST, `/${i.id}/${p.key}/`);
        expect(hrefs(doc).sort()).toEqual(want);
        expect(attr($(doc, 'nav.page-strip a[aria-current="page"]'), 'href')).toBe(`/${i.id}/${p.key}/`);
      }
      for (const a of i.articles) {
        const doc = readPage(DIST, `/${a.id}/`);
        expect(hrefs(doc).sort()).toEqual(want);
        expect(attr($(doc, 'nav.page-strip a[aria-current="true"]'), 'href')).toBe(`/${i.id}/${a.pageKey}/`);
      }
    }
  });
  it('an article lists the other articles of its page', () => {
    let seen = 0;
    for (const i of withPages) {
      for (const a of i.articles) {
        const others = i.articles.filter((b) => b.pageKey === a.pageKey && b.id !== a.id);
        const doc = readPage(DIST, `/${a.id}/`);
        const listed = $$(doc, 'section.same-page a').map((l) => attr(l, 'href'));
        expect(listed).toEqual(others.map((b) => `/${b.id}/`));
        if (others.length) {
          expect(text($(doc, 'section.same-page h2'))).toBe('本版其他文章');
          seen++;
        }
      }
    }
    expect(seen).toBeGreaterThan(0);
  });
  it('the home page shows the latest front page of a known newspaper', () => {
    const home = readPage(DIST, '/');
    const latest = issues.filter((i) => i.publication.slug !== 'unknown' && i.date.value).sort((a, b) => a.date.value!.localeCompare(b.date.value!)).at(-1)!;
    const front = [...latest.pages].sort((a, b) => (a.number ?? 1e9) - (b.number ?? 1e9))[0]!;
    expect(text($(home, '.front-page h2'))).toBe('最新头版');
    expect(attr($(home, '.front-page .front-page__where a'), 'href')).toBe(`/${latest.id}/${front.key}/`);
    for (const a of latest.articles.filter((x) => x.pageKey === front.key)) expect($(home, `.front-page a[href="/${a.id}/"]`)).toBeTruthy();
  });
});

describe('item 9: small things', () => {
  it('a favicon is served and named', () => {
    expect(readFileSync(join(DIST, 'favicon.ico')).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
    expect(attr($(readPage(DIST, '/'), 'link[rel="icon"]'), 'href')).toBe('/favicon.ico');
  });
  it('the last article of an issue leads on to the next issue', () => {
    const pub = issues.filter((i) => i.publication.slug === 'jintan-shibao' && i.articles.length);
    expect(pub.length).toBeGreaterThan(1);
    const [first, second] = pub.sort((a, b) => a.date.value!.localeCompare(b.date.value!));
    const last = readPage(DIST, `/${first!.articles.at(-1)!.id}/`);
    const next = $(last, 'a[rel="next"]');
    expect(attr(next, 'href')).toBe(`/${second!.id}/`);
    expect(text(next)).toContain('下一期');
  });
  it('a calendar month says how many issues it has', () => {
    const doc = readPage(DIST, '/jintan-shibao/');
    const captions = $$(doc, 'caption').map(text).filter((c) => c.includes('·'));
    expect(captions.length).toBeGreaterThan(0);
    for (const c of captions) expect(c).toMatch(/^\d+月 · \d+期$/);
  });
  it('Chinese text uses one kind of dash for ranges (—, not –)', () => {
    for (const f of htmlPages(DIST)) {
      const doc = readPage(DIST, f);
      expect(text($(doc, 'body')), f).not.toContain('–');
    }
  });
});
