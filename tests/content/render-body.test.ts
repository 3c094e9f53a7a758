/**
 * Article bodies are rendered without compiling MDX modules (issue 5). The
 * direct path for the ingest's dialect must give exactly what the unified
 * pipeline gives; anything else takes the pipeline, which refuses code.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BodyRenderError, renderBody, renderDialect, renderWithUnified } from '../../src/content/render-body.ts';
import { renderBody as emitBody } from '../../scripts/ingest/render.ts';
import { normaliseText } from '../../scripts/ingest/normalise.ts';
import { ingest } from '../../scripts/ingest/pipeline.ts';
import { splitArticleFile } from '../../src/content/articles-loader.ts';
import { readdirSync, readFileSync } from 'node:fs';
import type { ArticleBlock } from '../../scripts/ingest/types.ts';

const unit = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...'中文报讯金坛时报１２ab 　,.:;!?“”‘’"\'()（）【】《》—…'.split('')) },
  { weight: 3, arbitrary: fc.constantFrom(...'<>{}[]\\`*_#+-=|~&;:!%$^/\t'.split('')) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 1 }) },
  { weight: 1, arbitrary: fc.constantFrom('import ', 'export ', '1. ', '2) ', '---', '<!--', '&amp;', '&#x41;', '**', 'www.', 'https://', 'http：//www.x.cn', '<strong>', '## ', '> ') },
);
const blockText = fc.string({ unit, minLength: 1, maxLength: 30 }).map((raw) =>
  normaliseText(raw)
    .split('\n')
    .filter((l) => l.trim() !== '')
    .join('\n'),
);
const blocks = fc.array(
  fc.record({ role: fc.constantFrom('paragraph', 'paragraph', 'heading', 'pullquote'), text: blockText }),
  { minLength: 1, maxLength: 6 },
);

describe('the direct path equals the unified pipeline', () => {
  it('on any body the ingest can write (property)', () => {
    let direct = 0;
    const runs = 500;
    fc.assert(
      fc.property(blocks, (bs) => {
        const body = emitBody(bs.map((b) => ({ ...b, lines: [1, 1] }) as ArticleBlock));
        const html = renderDialect(body);
        // null: something the direct path does not take on (it then goes through unified)
        if (html !== null) {
          direct += 1;
          expect(html).toBe(renderWithUnified(body));
        }
        expect(renderBody(body)).toBe(renderWithUnified(body));
      }),
      { numRuns: runs },
    );
    // Even on this hostile mix most bodies take the direct path (on real pages all of them do).
    expect(direct).toBeGreaterThan(runs * 0.5);
  });

  it('every article of the sample pages and the hostile corpus takes the direct path, with the same HTML', () => {
    const pages = ['content/sources', 'tests/fixtures/hostile'].flatMap((dir) =>
      readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => ({ path: `${dir}/${f}`, bytes: readFileSync(`${dir}/${f}`) })),
    );
    const result = ingest({ files: pages });
    const mdx = [...result.files].filter(([path]) => path.endsWith('.mdx'));
    expect(mdx.length).toBeGreaterThan(15);
    for (const [path, text] of mdx) {
      const { body } = splitArticleFile(text, path);
      expect(renderDialect(body), path).toBe(renderWithUnified(body, path));
    }
  });

  it('keeps heading ids as Astro makes them, duplicates and headings without letters included', () => {
    const body = '## 一、总体要求\n\n段落\n\n## 一、总体要求\n\n## ……';
    expect(renderDialect(body)).toBe(renderWithUnified(body));
    expect(renderDialect(body)).toBe('<h2 id="一总体要求">一、总体要求</h2>\n<p>段落</p>\n<h2 id="一总体要求-1">一、总体要求</h2>\n<h2>……</h2>');
  });

  it('renders pull quotes and bold runs', () => {
    const body = '> “第一行\n> 第二行”\n\n前文<strong>加粗</strong>后文 &#x3C;script&#x3E; &#x26;';
    expect(renderDialect(body)).toBe(renderWithUnified(body));
    expect(renderDialect(body)).toContain('<p>前文<strong>加粗</strong>后文 &lt;script> &amp;</p>');
  });
});

describe('outside the dialect', () => {
  it.each(['# 标题', '*强调*', '- 列表', '1. 列表', '<div>x</div>', 'a {b}', 'www.example.com', '| a | b |', 'a\n\n\nb', '  缩进', '<strong>未闭合'])(
    '%j takes the unified pipeline',
    (body) => {
      expect(renderDialect(body)).toBeNull();
    },
  );

  it('a hand-written **bold** next to CJK punctuation is bold (remark-cjk-friendly)', () => {
    expect(renderBody('**“金坛”**时报')).toBe('<p><strong>“金坛”</strong>时报</p>');
  });

  it('code in a hand-edited body is an error naming the file and line, never output', () => {
    expect(() => renderBody('第一段\n\n{1 + 1}', 'x/a.mdx')).toThrow(BodyRenderError);
    expect(() => renderBody('第一段\n\n{1 + 1}', 'x/a.mdx')).toThrow(/x\/a\.mdx:3/);
    expect(() => renderBody('import x from "y"', 'x/a.mdx')).toThrow(/not allowed/);
    expect(() => renderBody('<script>alert(1)</script>', 'x/a.mdx')).toThrow(/<script>/);
    expect(() => renderBody('text <em>x</em>', 'x/a.mdx')).toThrow(/only inline <strong>/);
  });

  it('a printed web address stays text (no GFM autolink taking the Chinese after it)', () => {
    const body = emitBody([{ role: 'paragraph', text: '网址为：http：//www.npc.gov.cn/pc/13_2，全国政协', lines: [1, 1] }]);
    expect(renderBody(body)).toBe('<p>网址为：http：//www.npc.gov.cn/pc/13_2，全国政协</p>');
    expect(renderWithUnified(body)).not.toContain('<a');
  });
});

describe('article files', () => {
  it('front matter is JSON (as the ingest writes) or YAML (by hand); anything else names the file and line', async () => {
    const { splitArticleFile } = await import('../../src/content/articles-loader.ts');
    expect(splitArticleFile('---\n{"title": "甲"}\n---\n\n正文\n', 'a.mdx')).toEqual({ data: { title: '甲' }, body: '正文' });
    expect(splitArticleFile('---\ntitle: 乙\n---\n正文', 'b.mdx')).toEqual({ data: { title: '乙' }, body: '正文' });
    expect(() => splitArticleFile('正文，没有前言', 'x/c.mdx')).toThrow(/^x\/c\.mdx:1: .*front matter/);
    expect(() => splitArticleFile('---\n- 一\n- 二\n---\n', 'x/d.mdx')).toThrow(/^x\/d\.mdx:2: front matter must be an object/);
    expect(() => splitArticleFile('---\n{"title": [\n---\n', 'x/e.mdx')).toThrow(/^x\/e\.mdx:2: /);
  });
});
