/**
 * A reader in real headless Chromium: home → publication → issue → page →
 * article → next article, the 404 page, an old (aliased) URL, the language
 * toggle, keyboard focus, and no horizontal scrolling at 375 px.
 * Screenshots of every page type at desktop and phone width go to
 * test-results/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { BASE, DIST, DIST_BASE, DIST_REINGEST, FIXTURE_FACTS, SCREENSHOTS } from '../setup/paths';
import { DESKTOP, PHONE, launch, serve } from './harness';

let browser: Browser;
let site: Awaited<ReturnType<typeof serve>>;
const visited: Record<string, string> = {};

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launch();
  site = await serve(DIST);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function shoot(page: Page, name: string) {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

describe('reading journey', () => {
  it('home → publication → issue → page → article → next article', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    await page.goto(`${site.url}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await shoot(page, 'home-desktop');
    visited.home = page.url();

    await page.locator('#publications ~ ul a').first().click();
    await page.waitForLoadState();
    expect(await page.locator('.year-nav').count()).toBe(1);
    visited.publication = page.url();
    await shoot(page, 'publication-desktop');

    // the first issue link in the calendar (a day cell or a month-only/undated entry)
    await page.locator('.month td a, .month-only a, .year-only a, #undated a').first().click();
    await page.waitForLoadState();
    expect(await page.locator('.toc h2').textContent()).toBe('版面目录');
    visited.issue = page.url();
    await shoot(page, 'issue-desktop');

    await page.locator('.toc-page h3 a').first().click();
    await page.waitForLoadState();
    expect(await page.locator('.printed-page').count()).toBe(1);
    visited.page = page.url();
    await shoot(page, 'page-desktop');
    const src = await page.locator('a[href$="/source.txt"]').getAttribute('href');
    const res = await page.request.get(new URL(src!, page.url()).href);
    expect(res.status()).toBe(200);
    expect((await res.text()).length).toBeGreaterThan(100);

    await page.locator('.printed-page .item-article h3 a').first().click();
    await page.waitForLoadState();
    const title = await page.locator('h1').textContent();
    expect(await page.locator('#article-body[data-pagefind-body]').count()).toBe(1);
    visited.article = page.url();
    await shoot(page, 'article-desktop');

    const next = page.locator('a[rel="next"]').first();
    if (await next.count()) {
      const expected = await next.getAttribute('href');
      await next.click();
      await page.waitForLoadState();
      expect(new URL(page.url()).pathname).toBe(expected);
      expect(await page.locator('h1').textContent()).not.toBe(title);
      // and back to the issue
      await page.locator('.back-links a').first().click();
      await page.waitForLoadState();
      expect(page.url()).toBe(visited.issue);
    }
    await page.close();
  });

  it('copy link puts the permanent URL on the clipboard', async () => {
    const ctx = await browser.newContext({ viewport: DESKTOP, permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await ctx.newPage();
    await page.goto(visited.article!);
    await page.locator('button[data-copy="cite-url"]').click();
    await expect.poll(() => page.locator('#copy-status').textContent()).toContain('已复制');
    const clip = await page.evaluate(() => navigator.clipboard.readText());
    expect(clip).toMatch(/^https?:\/\/.+\/$/);
    await ctx.close();
  });

  it('the 404 page is served for an unknown URL and suggests the nearest page', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    const issuePath = new URL(visited.issue!).pathname;
    const res = await page.goto(`${site.url}${issuePath}no-such-page/`);
    expect(res!.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('找不到这个页面');
    await expect.poll(() => page.locator('#nearest a').getAttribute('href')).toBe(issuePath);
    await shoot(page, '404-desktop');
    await page.close();
  });

  it('switches the interface to English and back, remembering the choice', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    await page.goto(visited.article!);
    await page.locator('#lang-toggle').click();
    expect(await page.locator('.skip-link').textContent()).toBe('Skip to content');
    expect(await page.locator('#cite-h').textContent()).toBe('Cite this article');
    await page.goto(visited.issue!);
    expect(await page.locator('.toc h2').textContent()).toBe('Contents by page');
    await shoot(page, 'issue-english-desktop');
    await page.locator('#lang-toggle').click();
    expect(await page.locator('.toc h2').textContent()).toBe('版面目录');
    await page.close();
  });

  it('keyboard: the skip link comes first and focus is visible', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    await page.goto(visited.article!);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#main');
    await page.close();
  });
});

describe('phone width (375 px)', () => {
  for (const name of ['home', 'publication', 'issue', 'page', 'article'] as const) {
    it(`${name}: no horizontal scrolling`, async () => {
      const page = await browser.newPage({ viewport: PHONE, isMobile: true, hasTouch: true });
      await page.goto(visited[name] ?? `${site.url}/`);
      const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      expect(scroll).toBeLessThanOrEqual(client);
      await shoot(page, `${name}-phone`);
      await page.screenshot({ path: join(SCREENSHOTS, `${name}-phone-top.png`) });
      await page.close();
    });
  }
});

describe('dark mode and print', () => {
  it('follows the system dark setting', async () => {
    const page = await browser.newPage({ viewport: DESKTOP, colorScheme: 'dark' });
    await page.goto(visited.article!);
    const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(bg).toBe('rgb(23, 22, 20)');
    // CJK punctuation squeezing and CJK/Latin spacing, where this Chromium supports them
    const spacing = await page.evaluate(() => {
      const s = getComputedStyle(document.querySelector('.article-body')!) as CSSStyleDeclaration & Record<string, string>;
      return { trim: CSS.supports('text-spacing-trim', 'normal') ? s.textSpacingTrim : 'normal', auto: CSS.supports('text-autospace', 'normal') ? s.textAutospace : 'normal' };
    });
    expect(spacing).toEqual({ trim: 'normal', auto: 'normal' });
    await shoot(page, 'article-dark');
    await page.close();
  });
  it('prints an article without site chrome, and a whole issue', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    await page.goto(visited.article!);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.cite-box').isVisible()).toBe(false);
    expect(await page.locator('#article-body').isVisible()).toBe(true);
    await page.goto(new URL('print/', visited.issue!).href);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('article.print-article').count()).toBeGreaterThan(0);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(1000);
    await page.close();
  });
});

describe('permanent links and sub-path in the browser', () => {
  it('the calendar of a publication with day-precision issues (screenshot)', async () => {
    const facts = JSON.parse(readFileSync(FIXTURE_FACTS, 'utf8'));
    const s = await serve(DIST_REINGEST);
    const page = await browser.newPage({ viewport: DESKTOP });
    await page.goto(`${s.url}/${facts.dayIssue.id.split('/')[0]}/#y2019`);
    // keyboard: from the year index, Tab reaches the day links (empty days are not stops)
    const link = page.locator(`td a[href="/${facts.dayIssue.id}/"]`);
    await link.focus();
    expect(await link.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${s.url}/${facts.dayIssue.id}/`);
    await page.goto(`${s.url}/${facts.dayIssue.id.split('/')[0]}/`);
    await shoot(page, 'publication-calendar-desktop');
    await page.setViewportSize(PHONE);
    await shoot(page, 'publication-calendar-phone');
    await page.goto(`${s.url}/${facts.continued.fromId}/`);
    await page.setViewportSize(DESKTOP);
    await shoot(page, 'article-continued-desktop');
    await page.close();
    await s.close();
  });

  it('an old article URL lands on the article', async () => {
    const facts = JSON.parse(readFileSync(FIXTURE_FACTS, 'utf8'));
    const s = await serve(DIST_REINGEST);
    const page = await browser.newPage();
    await page.goto(`${s.url}/${facts.moved.oldId}/`);
    await page.waitForURL(`${s.url}/${facts.moved.newId}/`);
    expect(await page.locator('h1').textContent()).toBe(facts.moved.title);
    await page.close();
    await s.close();
  });
  it(`the site works under ${BASE}`, async () => {
    const s = await serve(DIST_BASE, BASE);
    const page = await browser.newPage();
    const failed: string[] = [];
    page.on('response', (r) => { if (r.status() >= 400) failed.push(r.url()); });
    await page.goto(`${s.url}${BASE}`);
    await page.locator('#publications ~ ul a').first().click();
    await page.waitForLoadState();
    expect(new URL(page.url()).pathname.startsWith(BASE)).toBe(true);
    expect(await page.locator('link[rel="stylesheet"]').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => getComputedStyle(document.body).display)).toBe('flex');
    expect(failed).toEqual([]);
    await page.close();
    await s.close();
  });
});
