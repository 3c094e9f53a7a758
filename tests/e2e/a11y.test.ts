/** axe-core on every page type: no violation of any impact (light and dark). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { DIST, DIST_REINGEST } from '../setup/paths';
import { builtIssues } from '../site/archive-data';
import { DESKTOP, PHONE, launch, serve } from './harness';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let browser: Browser;
let site: Awaited<ReturnType<typeof serve>>;

const issue = builtIssues(DIST).find((i) => i.articles.length > 1) ?? builtIssues(DIST)[0]!;
const pages: Record<string, string> = {
  home: '/',
  publication: `/${issue.publication.slug}/`,
  issue: `/${issue.id}/`,
  page: `/${issue.id}/${issue.pages[0]!.key}/`,
  article: `/${issue.articles[0]!.id}/`,
  'issue print view': `/${issue.id}/print/`,
  search: '/search/?q=%E9%87%91%E5%9D%9B',
  '404': '/404.html',
};

beforeAll(async () => {
  browser = await launch();
  site = await serve(DIST);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function audit(url: string, opts: { colorScheme?: 'light' | 'dark'; viewport?: typeof DESKTOP } = {}) {
  const page = await browser.newPage({ viewport: opts.viewport ?? DESKTOP, colorScheme: opts.colorScheme ?? 'light' });
  await page.goto(url);
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () => {
    // @ts-expect-error axe is injected
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v: { id: string; impact: string; nodes: { target: string[] }[] }) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
  });
  await page.close();
  return result as { id: string; impact: string; targets: string[] }[];
}

describe('axe-core', () => {
  for (const [name, path] of Object.entries(pages)) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`${name} (${colorScheme}): no violations of any impact`, async () => {
        const v = await audit(`${site.url}${path}`, { colorScheme });
        expect(v).toEqual([]);
      });
    }
  }
  it('phone width article: no violations of any impact', async () => {
    const v = await audit(`${site.url}${pages.article}`, { viewport: PHONE });
    expect(v).toEqual([]);
  });
  it('publication calendar with day-precision issues: no violations of any impact', async () => {
    const s = await serve(DIST_REINGEST);
    const facts = JSON.parse(readFileSync(`${DIST_REINGEST}/../../fixtures/reingest-facts.json`, 'utf8'));
    const v = await audit(`${s.url}/${facts.dayIssue.id.split('/')[0]}/`);
    await s.close();
    expect(v).toEqual([]);
  });
});
