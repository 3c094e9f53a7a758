/**
 * Reader-ready in headless Chromium (issue 14): printing an issue, the phone,
 * the English interface, a site built without its address.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { BASE, DIST, DIST_BASE } from '../setup/paths';
import { builtIssues } from '../site/archive-data';
import { DESKTOP, PHONE, launch, serve } from './harness';

let browser: Browser;
let site: Awaited<ReturnType<typeof serve>>;
let noSite: Awaited<ReturnType<typeof serve>>;
const issues = builtIssues(DIST);
const issue = [...issues].sort((a, b) => b.articles.length - a.articles.length)[0]!;
const article = issue.articles[0]!;

beforeAll(async () => {
  browser = await launch();
  site = await serve(DIST);
  noSite = await serve(DIST_BASE, BASE);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await noSite?.close();
});

/** Pages of a PDF (one /Type /Page object per sheet). */
const sheets = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

describe('item 7: printing', () => {
  it('an issue prints as one text, not a sheet per article', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    await page.goto(`${site.url}/${issue.id}/print/`);
    await page.emulateMedia({ media: 'print' });
    const n = await page.locator('article.print-article').count();
    expect(n).toBeGreaterThanOrEqual(5);
    const breaks = await page.locator('article.print-article').evaluateAll((els) => els.map((e) => getComputedStyle(e).breakBefore));
    expect(breaks.filter((b) => b === 'page')).toEqual([]);
    expect(sheets(await page.pdf({ format: 'A4' }))).toBeLessThan(n);
    await page.close();
  });
  it("an article's print shows no 返回 buttons, 版面 strip or other articles", async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    await page.goto(`${site.url}/${article.id}/`);
    await page.emulateMedia({ media: 'print' });
    for (const sel of ['.back-links', '.page-strip', '.same-page']) expect(await page.locator(sel).isVisible(), sel).toBe(false);
    expect(await page.locator('#article-body').isVisible()).toBe(true);
    await page.close();
  });
});

describe('item 8: phone (375 px)', () => {
  it('the highlight bar keeps its buttons on one line and covers no text', async () => {
    const page = await browser.newPage({ viewport: PHONE });
    await page.goto(`${site.url}/${article.id}/?highlight=${encodeURIComponent('金科园')}`);
    const bar = page.locator('.search-highlight-bar');
    await bar.waitFor({ state: 'visible' });
    const heights = await bar.locator('button').evaluateAll((bs) => bs.map((b) => b.getClientRects().length === 1 && b.getBoundingClientRect().height < 48));
    expect(heights.every(Boolean), String(heights)).toBe(true);
    // scrolled to the end, the last line of the page's text is above the bar
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const { barTop, lastBottom } = await page.evaluate(() => ({
      barTop: document.querySelector('.search-highlight-bar')!.getBoundingClientRect().top,
      lastBottom: [...document.querySelectorAll('main > *')].at(-1)!.getBoundingClientRect().bottom,
    }));
    expect(lastBottom).toBeLessThanOrEqual(barTop);
    await page.close();
  });
  it('page labels and dates do not break inside; the search placeholder fits', async () => {
    const page = await browser.newPage({ viewport: PHONE });
    for (const path of [`/${issue.id}/`, `/${issue.id}/${issue.pages[0]!.key}/`, `/${article.id}/`, '/']) {
      await page.goto(`${site.url}${path}`);
      const broken = await page.evaluate(() =>
        [...document.querySelectorAll('main time, main .nowrap, .article-meta a, .page-strip a, .breadcrumbs li')]
          // lines it is on: distinct tops of its boxes
          .filter((e) => new Set([...e.getClientRects()].map((r) => Math.round(r.top))).size > 1)
          .map((e) => e.textContent),
      );
      expect(broken, path).toEqual([]);
      const fits = await page.evaluate(() => {
        const input = document.querySelector<HTMLInputElement>('#site-search-q')!;
        const cs = getComputedStyle(input);
        const ctx = document.createElement('canvas').getContext('2d')!;
        ctx.font = `${cs.fontSize} ${cs.fontFamily}`;
        return ctx.measureText(input.placeholder).width <= input.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
      });
      expect(fits, path).toBe(true);
    }
    await page.close();
  });
  it('form controls use the page font', async () => {
    const page = await browser.newPage({ viewport: PHONE });
    await page.goto(`${site.url}/search/?q=${encodeURIComponent('金坛')}`);
    const fonts = await page.evaluate(() => ({
      body: getComputedStyle(document.body).fontFamily,
      controls: [...document.querySelectorAll('select, input, button')].map((e) => getComputedStyle(e).fontFamily),
    }));
    expect(fonts.controls.length).toBeGreaterThan(0);
    for (const f of fonts.controls) expect(f).toBe(fonts.body);
    await page.close();
  });
});

describe('item 1: the English interface', () => {
  it('switches the header search placeholder too', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    await page.goto(`${site.url}/`);
    await page.click('#lang-toggle');
    expect(await page.getAttribute('#site-search-q', 'placeholder')).toMatch(/^[\x20-\x7e]+$/);
    await page.click('#lang-toggle');
    expect(await page.getAttribute('#site-search-q', 'placeholder')).toMatch(/\p{Script=Han}/u);
    await page.evaluate(() => localStorage.clear());
    await page.close();
  });
});

describe('item 2: a site built without its address', () => {
  it("completes its citations with the host the reader is on", async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    await page.goto(`${noSite.url}${BASE}${article.id}/`);
    const url = `${noSite.url}${BASE}${article.id}/`;
    expect(await page.textContent('#cite-url')).toBe(url);
    expect(await page.textContent('#cite-gbt')).toMatch(new RegExp(`\\. ${url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.$`));
    const bib = decodeURIComponent((await page.getAttribute('a[download$=".bib"]', 'href'))!);
    expect(bib).toContain(`url = {${url}}`);
    await page.close();
  });
});

describe('item 9: favicon', () => {
  it('is served', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    await page.goto(`${site.url}/`);
    const status = await page.evaluate(async () => (await fetch(document.querySelector<HTMLLinkElement>('link[rel="icon"]')!.href)).status);
    expect(status).toBe(200);
    await page.close();
  });
});
