/**
 * Hostile corpus: pages full of injection attempts, Markdown/MDX syntax,
 * random Unicode and non-UTF-8 encodings go through the real pipeline (real
 * segmenter); every emitted MDX body must compile with @mdx-js/mdx to plain
 * text (no ESM, no expressions, no HTML, no JSX but <strong>) and every
 * character of every source line must be readable somewhere in the output.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { ingest } from '../../scripts/ingest/pipeline.ts';
import { decodePage } from '../../scripts/ingest/decode.ts';
import { normaliseText } from '../../scripts/ingest/normalise.ts';
import { renderMdx } from './support/mdx.ts';

const DIR = 'tests/fixtures/hostile';
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ path: f, bytes: readFileSync(`${DIR}/${f}`) }));

const squash = (s: string) => s.replace(/\s+/gu, '').replaceAll('**', '');

describe('hostile corpus through the real pipeline', () => {
  const result = ingest({ files });

  it('ingests every hostile page without errors', () => {
    expect(result.report.errors).toEqual([]);
    expect(result.report.pages.map((p) => [p.file, p.encoding])).toEqual([
      ['english-ocr.txt', 'utf-8'],
      ['gbk-page.txt', 'gb18030'],
      ['injection.txt', 'utf-8'],
      ['unicode-mix.txt', 'utf-8'],
      ['utf16be-page.txt', 'utf-16be'],
      ['utf16le-page.txt', 'utf-16le'],
      ['utf8-bom-cr.txt', 'utf-8-bom'],
    ]);
    expect(result.articles.length).toBeGreaterThan(0);
  });

  it('every MDX file has YAML-readable front matter equal to the article record', () => {
    for (const a of result.articles) {
      const text = result.files.get(a.path)!;
      const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
      expect(m, a.path).not.toBeNull();
      expect(yaml.load(m![1]!)).toEqual(JSON.parse(JSON.stringify(a.frontMatter)));
    }
  });

  it('every body compiles as MDX to text only, and no source text is lost', async () => {
    let rendered = '';
    for (const a of result.articles) {
      const { blocks } = await renderMdx(a.body);
      const fm = a.frontMatter;
      rendered += [fm.kicker, fm.title, fm.subtitle, fm.byline, fm.editorsNote, ...blocks.map((b) => b.text)].filter(Boolean).join('\n');
    }
    for (const issue of result.issues) for (const p of issue.pages) for (const it of p.items) if (it.type !== 'article') rendered += it.text;
    const haystack = squash(rendered);
    for (const f of files) {
      const d = decodePage(f.bytes, f.path);
      if (!d.ok) throw new Error(d.error.message);
      for (const line of normaliseText(d.text).split('\n')) {
        if (line.trim() === '') continue;
        expect(haystack, `${f.path}: ${line}`).toContain(squash(line));
      }
    }
  });

  it('the injection page keeps its hostile lines as visible text', async () => {
    const mine = result.articles.filter((a) => a.frontMatter.source.file === 'injection.txt');
    const bodies = (await Promise.all(mine.map((a) => renderMdx(a.body)))).flatMap((r) => r.blocks.map((b) => b.text));
    const heads = mine.flatMap((a) => [a.frontMatter.kicker, a.frontMatter.title, a.frontMatter.subtitle, a.frontMatter.byline]);
    const all = [...heads, ...bodies].filter(Boolean).join('\n');
    for (const s of ['<script>alert("x")</script>', "import fs from 'node:fs'", 'export const leak = process.env', '<Component prop={1} />', '&amp; &#x3C; &lt', '10:00-11:00 18.9% 1,000 5G LDAR 9:00—17:00']) {
      expect(all).toContain(s);
    }
  });
});
