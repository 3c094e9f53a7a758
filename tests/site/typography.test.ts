/** Chinese typography on the built site. */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, DIST_REINGEST, FIXTURE_FACTS } from '../setup/paths';
import { $, rawPage, readPage, text } from './html';

const css = readdirSync(join(DIST, '_astro'))
  .filter((f) => f.endsWith('.css'))
  .map((f) => readFileSync(join(DIST, '_astro', f), 'utf8'))
  .join('\n');

describe('remark-cjk-friendly', () => {
  it('renders **“金坛”**时报 as bold (emphasis next to Chinese punctuation)', () => {
    const facts = JSON.parse(readFileSync(FIXTURE_FACTS, 'utf8'));
    const html = rawPage(DIST_REINGEST, `/${facts.cjkArticle}/`);
    expect(html).toContain('<strong>“金坛”</strong>时报');
    expect(html).not.toContain('**“金坛”**');
  });
  it('leaves no literal ** in any sample article', () => {
    for (const f of readdirSync(DIST, { recursive: true }) as string[]) {
      if (!f.endsWith('index.html')) continue;
      const body = $(readPage(DIST, `/${f.replace(/index\.html$/, '')}`), '#article-body');
      if (body) expect(text(body)).not.toContain('**');
    }
  });
});

describe('text as printed', () => {
  it('keeps straight quotes, -- and ... (no smartypants)', () => {
    const facts = JSON.parse(readFileSync(FIXTURE_FACTS, 'utf8'));
    const html = rawPage(DIST_REINGEST, `/${facts.continued.toId}/`);
    // straight quotes may be written raw or as references; smartypants would have made them “ ” ‘ ’ – …
    const text = html.replace(/&quot;|&#x22;|&#34;/g, '"').replace(/&#39;|&#x27;|&apos;/g, "'");
    expect(text).toContain(`He said "yes" -- then ... 'no'.`);
    expect(html).not.toMatch(/He said [“”]/);
  });
});

describe('CSS for Chinese text', () => {
  it('uses system CJK font stacks and downloads no web font', () => {
    expect(css).toMatch(/PingFang SC/);
    expect(css).toMatch(/Noto Sans CJK SC/);
    expect(css).toMatch(/Microsoft YaHei/);
    expect(css).not.toMatch(/@font-face/);
    expect(css).not.toMatch(/\.woff2?|fonts\.googleapis/);
  });
  it('squeezes punctuation and spaces CJK/Latin where supported', () => {
    expect(css).toMatch(/text-spacing-trim:\s*normal/);
    expect(css).toMatch(/text-autospace:\s*normal/);
    expect(css).toMatch(/line-break:\s*strict/);
  });
  it('sets a comfortable line height, measure and paragraph indent for articles', () => {
    expect(css).toMatch(/\.article-body\{[^}]*line-height:1\.8/);
    expect(css).toMatch(/\.article-body p\{[^}]*text-indent:2em/);
    expect(css).toMatch(/--measure:\s*38em/);
  });
  it('has dark mode from the system setting and a print stylesheet', () => {
    expect(css).toMatch(/prefers-color-scheme:\s*dark/);
    expect(css).toMatch(/@media print/);
  });
});

describe('UI strings in one place', () => {
  it('components and routes hold no Chinese text of their own (it lives in src/i18n/)', () => {
    const root = join(__dirname, '..', '..', 'src');
    const files = ['components', 'pages'].flatMap((d) =>
      (readdirSync(join(root, d), { recursive: true }) as string[])
        .filter((f) => /\.(astro|ts)$/.test(f) && !/Search(Box|Highlight)\.astro$/.test(f) && !f.startsWith('search'))
        .map((f) => join(root, d, f)),
    );
    expect(files.length).toBeGreaterThan(10);
    const offenders: string[] = [];
    for (const f of files) {
      readFileSync(f, 'utf8').split('\n').forEach((line, i) => {
        if (/^\s*(\/\/|\/?\*|\{?\/\*)/.test(line)) return; // comments
        if (/\p{Script=Han}/u.test(line)) offenders.push(`${f.slice(root.length)}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(offenders).toEqual([]);
  });
});
