/**
 * Search end to end in headless Chromium against the built site: the header
 * box and `/`, typing a query, filters, sorting, more results, the back
 * button, traditional characters, the no-results state, and highlighting
 * carried into the article with previous / next hit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, meterNetwork } from './support/browser.ts';
import { serveStatic, type StaticServer } from './support/server.ts';
import { ensureSearchSite } from './support/site.ts';
import { readPagefindFile } from '../../src/lib/search/merge-index.ts';
import { decodeCbor, type Cbor } from '../../src/lib/search/cbor.ts';
import { isHan } from '../../src/lib/search/han.ts';

let SITE: string;
let server: StaticServer;
let browser: Browser;
let page: Page;
const report: string[] = [];

/** Any page with the site header: an issue page. */
const ISSUE = '/jintan-shibao/2020-12/';
const DI_ZHIQIANG_ARTICLE = '区委常委会集体调研金科园、金城镇工作 争当转型升级先锋 打造新兴产业高地 建设北部产业新城';

/** Waits until the search page has finished a search it had not finished before `since`. */
async function waitForSearch(p: Page, since?: number): Promise<string> {
  await p.waitForFunction((n) => {
    const root = document.querySelector<HTMLElement>('[data-search-page]');
    return root && root.dataset.state !== 'loading' && Number(root.dataset.done ?? 0) > n;
  }, since ?? 0);
  return (await p.locator('[data-search-page]').getAttribute('data-state'))!;
}

/** Waits until the search knows its partial matches (the recall query runs after the first results). */
const partialKnown = (p: Page) => p.locator('#search-partial[data-pending="false"]').waitFor({ state: 'attached' });

/** Shows the partial matches (the button is there while some are not read yet). */
async function showPartial(p: Page): Promise<void> {
  await partialKnown(p);
  const button = p.getByRole('button', { name: '显示部分匹配' });
  if (await button.isVisible()) await button.click();
  await p.locator('#search-partial .result').first().waitFor();
}

/** Runs `action` on the search page and waits for the search it starts. */
async function searchAfter(p: Page, action: () => Promise<unknown>): Promise<string> {
  await waitForSearch(p);
  const done = Number(await p.locator('[data-search-page]').getAttribute('data-done'));
  await action();
  return waitForSearch(p, done);
}

const resultTitles = (p: Page) => p.locator('#search-results .result-title').allTextContents();
const resultMetas = (p: Page) => p.locator('#search-results .result-meta').allTextContents();

beforeAll(async () => {
  SITE = await ensureSearchSite();
  server = await serveStatic(SITE);
  browser = await launchChromium();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (report.length) console.log(report.join('\n'));
});

describe('search in the browser', () => {
  it('focuses the header search box with / and searches from it', async () => {
    await page.goto(server.url + ISSUE);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    await page.keyboard.type('胜伟策');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    expect(await waitForSearch(page)).toBe('results');
    expect(decodeURIComponent(new URL(page.url()).search)).toBe('?q=胜伟策');
    expect(await resultTitles(page)).toEqual(['抓转型促发展 全力打造北部产业新城']);
    expect(await page.locator('#search-results mark').first().textContent()).toBe('胜伟策');
    // the meta line: publication · date · page (this page has no printed number)
    expect((await resultMetas(page))[0]).toBe('报名不详 · 2020年1月 · 版次不详');
  });

  it('types a query, filters by publication, sorts by date and goes back', async () => {
    await page.goto(`${server.url}/search/`);
    const box = page.locator('#search-q');
    expect(await searchAfter(page, async () => {
      await box.fill('金科园');
      await box.press('Enter');
    })).toBe('results');
    expect(await resultTitles(page)).toHaveLength(4);
    expect(await page.locator('#search-status').textContent()).toContain('找到 4 篇');

    // filter values are loaded when the filter panel opens
    expect(await searchAfter(page, () => page.locator('#search-filter-panel summary').click())).toBe('results');
    expect(await page.locator('[data-filter="publication"] option').allTextContents()).toEqual(['全部', '报名不详 (1)', '金坛时报 (3)']);
    expect(await searchAfter(page, () => page.selectOption('[data-filter="publication"]', '金坛时报'))).toBe('results');
    expect(new URL(page.url()).searchParams.get('publication')).toBe('金坛时报');
    const metas = await resultMetas(page);
    expect(metas).toHaveLength(3);
    for (const m of metas) expect(m).toMatch(/^金坛时报 · /);

    expect(await searchAfter(page, () => page.selectOption('[data-sort]', 'oldest'))).toBe('results');
    expect(new URL(page.url()).searchParams.get('sort')).toBe('oldest');
    expect((await resultMetas(page))[0]).toContain('2020年7月');

    expect(await searchAfter(page, () => page.selectOption('[data-sort]', 'newest'))).toBe('results');
    expect((await resultMetas(page))[0]).toContain('2020年12月');
    expect((await resultMetas(page)).at(-1)).toContain('2020年7月');

    expect(await searchAfter(page, () => page.selectOption('[data-filter="year"]', '2020'))).toBe('results');
    expect(await searchAfter(page, () => page.goBack())).toBe('results');
    expect(new URL(page.url()).searchParams.get('year')).toBeNull();
    expect(new URL(page.url()).searchParams.get('sort')).toBe('newest');
    await searchAfter(page, () => page.goBack()); // → oldest
    expect(await searchAfter(page, () => page.goBack())).toBe('results'); // → filter only
    expect(new URL(page.url()).searchParams.get('sort')).toBeNull();
    expect(await page.locator('[data-filter="publication"]').inputValue()).toBe('金坛时报');
    expect(await searchAfter(page, () => page.goBack())).toBe('results'); // → no filter
    expect(await resultTitles(page)).toHaveLength(4);
    expect(await page.locator('#search-q').inputValue()).toBe('金科园');
  });

  it('starts the search as the query is typed; Enter takes it up, and a query typed on replaces it', async () => {
    const p = await browser.newPage();
    // What the page posts to Pagefind's worker, and when the form is submitted.
    await p.addInitScript(() => {
      const log: { method: string; term: string; at: number }[] = [];
      (window as unknown as { workerLog: typeof log }).workerLog = log;
      const post = Worker.prototype.postMessage;
      Worker.prototype.postMessage = function (this: Worker, message: { method?: string; args?: unknown[] }, ...rest: never[]) {
        if (message?.method) log.push({ method: message.method, term: String(message.args?.[0] ?? ''), at: performance.now() });
        return post.call(this, message, ...rest);
      } as typeof post;
      document.addEventListener('submit', () => log.push({ method: 'SUBMIT', term: '', at: performance.now() }), { capture: true });
    });
    await p.goto(`${server.url}/search/`);
    await p.locator('#search-q').focus();
    await p.waitForFunction(() => (window as unknown as { workerLog: { method: string }[] }).workerLog.some((m) => m.method === 'init'));
    const box = p.locator('#search-q');
    const log = () => p.evaluate(() => (window as unknown as { workerLog: { method: string; term: string }[] }).workerLog.splice(0).map((m) => `${m.method} ${m.term}`));
    const searches = (entries: string[]) => entries.filter((m) => m.startsWith('search ') || m === 'SUBMIT ');
    await log();
    expect(await searchAfter(p, async () => {
      await box.fill('胜伟策');
      await box.press('Enter');
    })).toBe('results');
    expect(await resultTitles(p)).toEqual(['抓转型促发展 全力打造北部产业新城']);
    // 胜伟策's phrase search was posted as it was typed, before Enter, and not again after it.
    expect(searches(await log())).toEqual(['search "胜伟 伟策"', 'SUBMIT ']);

    // A query typed while the search of the one before is still in Pagefind's worker waits for it
    // (at most one such search there); either way Enter searches it once.
    expect(await searchAfter(p, async () => {
      await box.fill('金科');
      await box.fill('金科园');
      await box.press('Enter');
    })).toBe('results');
    expect(await resultTitles(p)).toHaveLength(4);
    const typed = searches(await log());
    expect(typed.filter((m) => m === 'search 金科')).toHaveLength(1);
    expect(typed.filter((m) => m === 'search "金科 科园"')).toHaveLength(1);

    // Text an IME commits is searched and its first results read before Enter (a keystroke's waits 150 ms).
    await p.evaluate(() => {
      const q = document.querySelector<HTMLInputElement>('#search-q')!;
      q.value = '狄志强';
      q.dispatchEvent(new CompositionEvent('compositionend', { data: '狄志强' }));
    });
    await p.waitForFunction(() => (window as unknown as { workerLog: { method: string }[] }).workerLog.some((m) => m.method === 'getData'));
    const committed = await log();
    expect(committed.filter((m) => m.startsWith('search ') || m === 'SUBMIT ')).toEqual(['search "狄志 志强"']);
    await p.close();
  });

  it('opens a result with the terms highlighted, scrolled to, with next and previous hit', async () => {
    await page.goto(`${server.url}/search/?q=${encodeURIComponent('狄志强')}`);
    expect(await waitForSearch(page)).toBe('results');
    await page.locator('#search-results .result-title').first().click();
    await page.waitForURL(/highlight=/);
    expect(await page.locator('#article-title').textContent()).toBe(DI_ZHIQIANG_ARTICLE);
    const marks = page.locator('#article-body mark.search-hit');
    const inText = (await page.locator('#article-body').textContent())!.split('狄志强').length - 1;
    expect(inText).toBe(4);
    expect(await marks.count()).toBe(inText);
    for (const text of await marks.allTextContents()) expect(text).toBe('狄志强');
    const status = page.locator('[data-search-highlight] .search-highlight-status');
    expect(await status.textContent()).toBe('“狄志强”：第 1 处，共 4 处');
    expect(await page.locator('mark.search-hit.is-current').getAttribute('data-hit')).toBe('0');
    await page.getByRole('button', { name: '下一处' }).click();
    expect(await status.textContent()).toBe('“狄志强”：第 2 处，共 4 处');
    const current = page.locator('mark.search-hit.is-current');
    expect(await current.getAttribute('data-hit')).toBe('1');
    expect(await current.isVisible()).toBe(true);
    const inView = await current.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });
    expect(inView).toBe(true);
    await page.getByRole('button', { name: '上一处' }).click();
    await page.getByRole('button', { name: '上一处' }).click();
    expect(await status.textContent()).toBe('“狄志强”：第 4 处，共 4 处');
    // back to the results
    await page.goBack();
    expect(await waitForSearch(page)).toBe('results');
    expect(await page.locator('#search-q').inputValue()).toBe('狄志强');
  });

  it('finds and highlights simplified text for a traditional query', async () => {
    await page.goto(`${server.url}/search/?q=${encodeURIComponent('開發區')}`);
    expect(await waitForSearch(page)).toBe('results');
    expect((await resultTitles(page)).slice(0, 3)).toContain('奋力建设高质量发展的一流开发区');
    expect(await page.locator('#search-results mark').first().textContent()).toBe('开发区');
    await page.getByRole('link', { name: '奋力建设高质量发展的一流开发区' }).click();
    await page.waitForURL(/highlight=/);
    const first = page.locator('#article-body mark.search-hit').first();
    expect(await first.textContent()).toBe('开发区');
    expect(await page.locator('#article-body mark.search-hit').count()).toBeGreaterThan(10);
  });

  it('shows a no-results state with suggestions, and partial matches apart', async () => {
    await page.goto(`${server.url}/search/?q=${encodeURIComponent('金坛科技')}`);
    expect(await waitForSearch(page)).toBe('none');
    expect(await page.locator('#search-none').isVisible()).toBe(true);
    expect(await page.locator('#search-none').textContent()).toContain('没有找到包含“金坛科技”的文章');
    expect(await resultTitles(page)).toEqual([]);
    expect(await page.locator('#search-partial').isVisible()).toBe(true);
  });

  it('lists the phrase 金坛时报 as the only match', async () => {
    await page.goto(`${server.url}/search/?q=${encodeURIComponent('金坛时报')}`);
    expect(await waitForSearch(page)).toBe('results');
    expect(await resultTitles(page)).toEqual(['《政风热线》直播预告']);
    expect(await page.locator('#search-status').textContent()).toBe('找到 1 篇包含“金坛时报”的文章');
  });

  it('lists pages with the pieces of the phrase apart, the note counting what the list shows', async () => {
    await page.goto(`${server.url}/search/?q=${encodeURIComponent('金坛经济')}`);
    expect(await waitForSearch(page)).toBe('results');
    expect(await page.locator('#search-status').textContent()).toBe('找到 3 篇包含“金坛经济”的文章'); // exact: no 约
    await partialKnown(page);
    expect(await page.locator('.search-partial-note').textContent()).toBe('可能还有文章含有“金坛经济”中的字，但没有完整的“金坛经济”。');
    await showPartial(page);
    const shown = await page.locator('#search-partial .result').count();
    expect(shown).toBeGreaterThan(0);
    expect(await page.locator('.search-partial-note').textContent()).toBe(`另有 ${shown} 篇文章含有“金坛经济”中的字，但没有完整的“金坛经济”。`);
  });

  it('does not list fragments of a number as partial matches of it (12345)', async () => {
    await page.goto(`${server.url}/search/?q=12345`);
    expect(await waitForSearch(page)).toBe('results');
    await partialKnown(page);
    expect(await resultTitles(page)).toHaveLength(1);
    expect(await page.locator('#search-partial').isVisible()).toBe(false);
    expect(await page.locator('#search-partial .result').count()).toBe(0);
  });

  it('shows the first results as soon as five are read, then the rest of the page of ten', async () => {
    const p = await browser.newPage();
    // How many results the list holds when the page first says it has results.
    await p.addInitScript(() => {
      const w = window as unknown as { firstShown?: number };
      new MutationObserver((_, observer) => {
        const root = document.querySelector<HTMLElement>('[data-search-page]');
        if (root?.dataset.state !== 'results') return;
        w.firstShown = document.querySelectorAll('#search-results .result').length;
        observer.disconnect();
      }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-state'] });
    });
    await p.goto(`${server.url}/search/?q=${encodeURIComponent('的')}`);
    await p.waitForFunction(() => document.querySelectorAll('#search-results .result').length === 10);
    expect(await p.evaluate(() => (window as unknown as { firstShown?: number }).firstShown)).toBe(5);
    await p.close();
  });

  it('shows more results on demand', async () => {
    await page.goto(`${server.url}/search/?q=${encodeURIComponent('的')}`);
    expect(await waitForSearch(page)).toBe('results');
    // The first five are shown first (above); the page of ten follows.
    await page.waitForFunction(() => document.querySelectorAll('#search-results .result').length === 10);
    const more = page.getByRole('button', { name: '更多结果' });
    expect(await more.isVisible()).toBe(true);
    await more.click();
    await page.waitForFunction(() => document.querySelectorAll('#search-results .result').length === 11);
    expect(await more.isVisible()).toBe(false);
    expect(await page.locator('#search-status').textContent()).toContain('找到 11 篇'); // 11 of the 12 articles contain 的
  });

  it('finds every article holding a character whose words span several index chunks', async () => {
    // The character whose words fill the most chunks of the test site's index (support/site.ts CHUNK).
    const index = join(SITE, 'pagefind', 'all');
    const metaFile = readdirSync(index).find((f) => f.endsWith('.pf_meta'))!;
    const chunkNames = ((decodeCbor(readPagefindFile(join(index, metaFile))).value as Cbor[])[2] as [string, string, string][]).map((c) => c[2]);
    const spans = new Map<string, Set<string>>();
    for (const name of chunkNames) {
      for (const w of (decodeCbor(readPagefindFile(join(index, 'index', `${name}.pf_index`))).value as Cbor[][])[0]!) {
        const lead = String.fromCodePoint((w as Cbor[])[0]!.toString().codePointAt(0)!);
        if (isHan(lead)) spans.set(lead, (spans.get(lead) ?? new Set()).add(name));
      }
    }
    const [ch, chunks] = [...spans].sort((a, b) => b[1].size - a[1].size)[0]!;
    expect(chunks.size).toBeGreaterThanOrEqual(3);
    // The articles holding it, from the text the index keeps of each (folded, as the index is).
    const fragments = readdirSync(join(index, 'fragment')).map((f) => JSON.parse(Buffer.from(readPagefindFile(join(index, 'fragment', f))).toString('utf8')) as { url: string; content: string });
    const holding = fragments.filter((f) => f.content.includes(ch)).map((f) => f.url).sort();
    expect(holding.length).toBeGreaterThan(1);

    await page.goto(`${server.url}/search/?q=${encodeURIComponent(ch)}`);
    expect(await waitForSearch(page)).toBe('results');
    expect(await page.locator('#search-status').textContent()).toContain(`找到 ${holding.length} 篇`);
    const more = page.getByRole('button', { name: '更多结果' });
    while (await more.isVisible()) {
      const shown = await page.locator('#search-results .result').count();
      await more.click();
      await page.waitForFunction((n) => document.querySelectorAll('#search-results .result').length > n, shown);
    }
    const urls = await page.locator('#search-results .result-title').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(urls.sort()).toEqual(holding);
  });

  it('has no serious or critical accessibility violations (axe-core), results, partial matches and highlights shown', async () => {
    const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    const audit = async (p: Page) => {
      await p.addScriptTag({ content: axeSource });
      const violations = await p.evaluate(async () => {
        // @ts-expect-error axe is injected
        const r = await axe.run(document, { resultTypes: ['violations'] });
        return r.violations.map((v: { id: string; impact: string; nodes: { target: string[] }[] }) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 3) }));
      });
      return (violations as { impact: string }[]).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    };
    for (const colorScheme of ['light', 'dark'] as const) {
      const p = await browser.newPage({ colorScheme });
      await p.goto(`${server.url}/search/?q=${encodeURIComponent('金坛经济')}`);
      expect(await waitForSearch(p)).toBe('results');
      // Opening the filters searches again (with filter counts).
      expect(await searchAfter(p, () => p.locator('#search-filter-panel summary').click())).toBe('results');
      await showPartial(p);
      expect(await audit(p), `search page (${colorScheme})`).toEqual([]);
      await p.locator('#search-results .result-title').first().click();
      await p.waitForURL(/highlight=/);
      await p.locator('mark.search-hit').first().waitFor();
      // hits in the article's text only, not in its (unindexed) publication · date · page line
      expect(await p.locator('[data-pagefind-ignore] mark.search-hit').count()).toBe(0);
      expect(await p.locator('mark.search-hit').count()).toBeGreaterThan(0);
      expect(await audit(p), `highlighted article (${colorScheme})`).toEqual([]);
      await p.close();
    }
  });

  it('has ordered headings and distinct search landmarks (axe heading-order, landmark-unique)', async () => {
    const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    const p = await browser.newPage();
    await p.goto(`${server.url}/search/?q=${encodeURIComponent('金坛经济')}`);
    expect(await waitForSearch(p)).toBe('results');
    await showPartial(p);
    await p.addScriptTag({ content: axeSource });
    const ids = await p.evaluate(async () => {
      // @ts-expect-error axe is injected
      const r = await axe.run(document, { runOnly: ['heading-order', 'landmark-unique'] });
      return r.violations.map((v: { id: string }) => v.id);
    });
    expect(ids).toEqual([]);
    // Results are h2 under the page's h1; partial ones h3 under their h2.
    expect(await p.locator('#search-results .result h2').count()).toBeGreaterThan(0);
    expect(await p.locator('#search-partial .result h3').count()).toBeGreaterThan(0);
    await p.close();
  });

  it('measures the first query on the sample site', async () => {
    const p = await browser.newPage();
    const net = await meterNetwork(p);
    await p.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
    await p.goto(`${server.url}/search/`);
    const pageLoad = net.totalBytes();
    const pageRequests = net.requests.length;
    net.reset();
    expect(await searchAfter(p, async () => {
      await p.locator('#search-q').fill('狄志强');
      await p.locator('#search-q').press('Enter');
    })).toBe('results');
    await p.waitForTimeout(200);
    const bytes = net.totalBytes();
    report.push(
      `sample site, first query 狄志强: ${net.requests.length} requests, ${(bytes / 1024).toFixed(1)} KiB transferred ` +
        `(search page itself: ${pageRequests} requests, ${(pageLoad / 1024).toFixed(1)} KiB)\n  ` +
        net.requests.map((r) => `${new URL(r.url).pathname} ${r.bytes}`).join('\n  '),
    );
    expect(bytes).toBeLessThan(300 * 1024);
    await p.close();
  });
});
