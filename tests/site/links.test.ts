/** Link check: every internal link and asset of every built HTML page resolves (also under a sub-path). */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASE, DIST, DIST_BASE, DIST_REINGEST } from '../setup/paths';
import { $$, attr, fileFor, readPage } from './html';
import { builtFiles } from './archive-data';

const SITE = 'https://jiuwen.example.org';

function check(dist: string, base: string) {
  const pages = builtFiles(dist).filter((f) => f.endsWith('.html'));
  const broken: string[] = [];
  let checked = 0;
  for (const file of pages) {
    const path = base + file.slice(1).replace(/index\.html$/, '');
    const doc = readPage(dist, file === '/404.html' ? `${base}404.html` : path, base);
    const ids = new Set($$(doc, '[id]').map((n) => attr(n, 'id')));
    const refs = [
      ...$$(doc, 'a[href]').map((n) => attr(n, 'href')!),
      ...$$(doc, 'link[href]').map((n) => attr(n, 'href')!),
      ...$$(doc, 'script[src]').map((n) => attr(n, 'src')!),
      ...$$(doc, 'img[src]').map((n) => attr(n, 'src')!),
      ...$$(doc, 'form[action]').map((n) => attr(n, 'action')!),
    ];
    for (let ref of refs) {
      if (ref.startsWith(SITE)) ref = ref.slice(SITE.length);
      if (/^[a-z]+:/i.test(ref) || ref.startsWith('//')) continue; // external
      if (ref.startsWith('#')) {
        if (ref.length > 1 && !ids.has(decodeURIComponent(ref.slice(1)))) broken.push(`${path} → ${ref}`);
        continue;
      }
      const url = new URL(ref, `http://x${path}`);
      checked++;
      // the search page belongs to the search work and may not be built yet
      if (url.pathname === `${base}search/`) continue;
      if (!url.pathname.startsWith(base) || !fileFor(dist, url.pathname, base)) broken.push(`${path} → ${ref}`);
      else if (url.hash.length > 1 && url.pathname.endsWith('/')) {
        const target = readPage(dist, url.pathname, base);
        if (!$$(target, `[id="${decodeURIComponent(url.hash.slice(1))}"]`).length) broken.push(`${path} → ${ref}`);
      }
    }
  }
  return { broken, checked, pages: pages.length };
}

describe('link check', () => {
  it('the sample archive has no broken internal link or asset', () => {
    const r = check(DIST, '/');
    expect(r.pages).toBeGreaterThan(10);
    expect(r.checked).toBeGreaterThan(100);
    expect(r.broken).toEqual([]);
  });
  it(`the sample archive built under ${BASE} has none either, and every URL carries the base`, () => {
    const r = check(DIST_BASE, BASE);
    expect(r.broken).toEqual([]);
    const home = readFileSync(join(DIST_BASE, 'index.html'), 'utf8');
    expect(home).not.toMatch(/href="\/(?!jiuwen\/)[a-z]/);
    // built without a site address: host-relative URLs, no invented host
    expect(readFileSync(join(DIST_BASE, 'sitemap.xml'), 'utf8')).toContain(`<loc>${BASE}</loc>`);
  });
  it('the re-ingested archive (with redirects) has none either', () => {
    expect(check(DIST_REINGEST, '/').broken).toEqual([]);
  });
});
