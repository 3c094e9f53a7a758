/**
 * Issue 16, item 9: an article page with a huge one-line paragraph must lay
 * out within seconds. The cause was `text-align: justify` (global.css), whose
 * layout time grows much faster than the paragraph: a 2 MB Latin paragraph
 * took about 19 s justified and 0.9 s unjustified, 5 MB over 60 s. A body
 * longer than JUSTIFY_LIMIT is set ragged. Lays out the site's own CSS in
 * headless Chromium (no site build needed).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { launch } from './harness.ts';
import { articleBodyClass, JUSTIFY_LIMIT, PRINT_LIMIT, printedWhole } from '../../src/lib/typography.ts';

const CSS = readFileSync('src/styles/global.css', 'utf8');

function paragraph(chars: number): string {
  const words = 'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore'.split(' ');
  const out: string[] = [];
  for (let n = 0, i = 0; n < chars; i++) {
    out.push(words[i % words.length]!);
    n += words[i % words.length]!.length + 1;
  }
  return out.join(' ');
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Milliseconds Chromium takes to load and lay out an article body of `text` with the site's CSS. */
async function layoutMs(text: string): Promise<number> {
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>${CSS}</style></head><body><main><article class="article"><div class="${articleBodyClass(text.length)}"><p>${text}</p></div></article></main></body></html>`;
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    const t0 = Date.now();
    await page.setContent(html, { timeout: 120_000 });
    await page.evaluate(() => document.body.offsetHeight);
    return Date.now() - t0;
  } finally {
    await page.close();
  }
}

describe('a huge paragraph lays out within seconds (issue 16, item 9)', () => {
  it('real bodies stay justified; one past the limit is set ragged', () => {
    expect(articleBodyClass(8_000)).toBe('article-body');
    expect(articleBodyClass(JUSTIFY_LIMIT + 1)).toBe('article-body article-body--ragged');
    expect(CSS).toMatch(/\.article-body--ragged\s*\{\s*text-align:\s*start;/);
  });

  it('a 2 MB one-line Latin paragraph lays out in a few seconds with the site\'s CSS', async () => {
    const ms = await layoutMs(paragraph(2_000_000));
    expect(ms).toBeLessThan(8_000);
  }, 130_000);

  it('the print view of a huge issue holds its articles whole only up to PRINT_LIMIT characters, the rest by title', () => {
    expect(printedWhole([5_000, 8_000, 3_000])).toBe(3);
    expect(printedWhole([600_000, 300_000, 200_000, 10])).toBe(2);
    expect(printedWhole([63_000_000, 100])).toBe(0);
    expect(printedWhole([PRINT_LIMIT])).toBe(1);
    expect(printedWhole([])).toBe(0);
  });
});
