import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import yaml from 'js-yaml';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { escapeMdxText, renderBody, renderInline, renderedText, renderArticleFile, stableJson } from '../../scripts/ingest/render.ts';
import { writeOutput } from '../../scripts/ingest/write.ts';
import { normaliseText } from '../../scripts/ingest/normalise.ts';
import type { ArticleBlock } from '../../scripts/ingest/types.ts';
import { renderMdx } from './support/mdx.ts';

const HOSTILE = [
  '<script>alert("x")</script>',
  '{1+1} {props.secret} a lone } and {',
  'import fs from "node:fs"',
  'export const leak = process.env',
  '# not a heading',
  '> not a quote',
  '* not a list',
  '- not a list',
  '+ not a list',
  '1. not ordered',
  '2) not ordered',
  '| a | b |',
  '---',
  '===',
  '***',
  '___',
  '`code` ```fence```',
  '~~strike~~ ~tilde~',
  '_under_ __bold__',
  '[link](http://x) ![img](y) [^1]',
  'back\\slash \\{ \\',
  '&amp; &lt; &#x3C; &copy; & alone',
  '<!-- comment -->',
  '<Component prop={1} />',
  'trailing backslash\\',
  '  two leading spaces and trailing  ',
  '\u3000全角空格开头',
  'www.example.com and https://example.com/a_b',
  '$x$ ^y^ :emoji: %',
  '- [ ] task',
  'Setext\n---',
  'line one\n=== underline',
  '<https://autolink.example>',
  'x<y && y>z',
  'HTTP://EXAMPLE.COM/A_B and (www.a.com/x_y) and mail a_b@c_d.com',
  'wwww.x_y.com mailto:x_y@z.com',
];

/**
 * Renders one paragraph block and returns the text a reader sees. Without
 * `**` it must be exactly one <p>; a line that is wholly bold may render as a
 * block-level <strong> of its own, so with `**` the blocks' texts are joined
 * by the line breaks between them.
 */
async function roundTrip(text: string): Promise<string> {
  const body = renderBody([{ role: 'paragraph', text, lines: [1, 1] }]);
  const { blocks } = await renderMdx(body);
  if (!text.includes('**')) {
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.tag).toBe('p');
  }
  return blocks.map((b) => b.text).join('\n');
}

describe('escapeMdxText: hostile text renders back exactly, nothing executes', () => {
  it.each(HOSTILE)('%j', async (text) => {
    expect(await roundTrip(text)).toBe(text);
  });

  it('leading spaces of a continuation line are dropped by MDX (trimLines), so normalise removes them first', async () => {
    const text = normaliseText('a\n    indented code?');
    expect(text).toBe('a\nindented code?');
    expect(await roundTrip(text)).toBe(text);
  });

  it('the escaped form contains no raw < { } & that MDX could read as syntax', () => {
    const out = escapeMdxText(HOSTILE.join(' '));
    expect(out).not.toMatch(/[<{}\\`*_[\]|~]/);
    expect(out.replace(/&#x[0-9A-F]+;/g, '')).not.toContain('&');
  });

  it('random Unicode text round-trips (property, after normalisation as in the pipeline)', async () => {
    const unit = fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...'<>{}[]()\\`*_#+-=|~&;:!?.,"\'/ \n\t\u3000中文报讯１２'.split('')) },
      { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 1 }) },
      { weight: 1, arbitrary: fc.constantFrom('import ', 'export ', '1. ', '---', '<!--', '&amp;', '**', 'www.', 'https://', '@a.b') },
    );
    await fc.assert(
      fc.asyncProperty(fc.string({ unit, minLength: 1, maxLength: 40 }), async (raw) => {
        // The pipeline's blocks are normalised lines without blank lines in between.
        const text = normaliseText(raw).split('\n').filter((l) => l.trim() !== '').join('\n');
        fc.pre(text.trim() !== '');
        expect(await roundTrip(text)).toBe(renderedText(text));
      }),
      { numRuns: 300 },
    );
  });
});

describe('**bold** marks', () => {
  it('a matched pair becomes <strong>, the marks disappear, the text stays', async () => {
    const body = renderBody([{ role: 'paragraph', text: '前文**加粗**后文', lines: [1, 1] }]);
    expect(body).toBe('前文<strong>加粗</strong>后文');
    expect(await roundTrip('前文**加粗**后文')).toBe('前文加粗后文');
  });

  it('a pair spanning two lines of one block', async () => {
    expect(await roundTrip('**践行嘱托开新局\n——争当表率、争做示范、走在前列**')).toBe('践行嘱托开新局\n——争当表率、争做示范、走在前列');
  });

  it('an unmatched ** is kept as text', async () => {
    expect(renderInline('孤立的 ** 标记')).toBe('孤立的 &#x2A;&#x2A; 标记');
    expect(await roundTrip('a **b** c ** d')).toBe('a b c ** d');
    expect(await roundTrip('****')).toBe('****');
  });

  it('marks next to spaces or line breaks stay text (a lone <strong> line would break MDX)', async () => {
    expect(await roundTrip('**\n# x**')).toBe('**\n# x**');
    expect(await roundTrip('a ** b ** c')).toBe('a ** b ** c');
    expect(await roundTrip('**a**\n**b**')).toBe('a\nb');
  });

  it('any mix of ** marks, line breaks and Markdown compiles and keeps its text (property)', async () => {
    const unit = fc.constantFrom('**', '**', '\n', 'a', '中', '#', ' ', '-', '1.', '<', '>', '{', 'import ', '*', '_');
    await fc.assert(
      fc.asyncProperty(fc.string({ unit, minLength: 1, maxLength: 16 }), async (raw) => {
        const text = normaliseText(raw).split('\n').filter((l) => l.trim() !== '').join('\n');
        fc.pre(text !== '');
        expect(await roundTrip(text)).toBe(renderedText(text));
      }),
      { numRuns: 400 },
    );
  });

  it('adjacent bold runs render as one paragraph (fast-check counterexample **中****{**)', async () => {
    expect(renderInline('**中****{**')).toBe('<strong>中&#x7B;</strong>');
    expect(await roundTrip('**中****{**')).toBe('中{');
  });

  it('bold content is escaped too', async () => {
    expect(await roundTrip('**<script>{x}</script>**')).toBe('<script>{x}</script>');
  });
});

describe('renderBody', () => {
  const blocks: ArticleBlock[] = [
    { role: 'title', text: '标题', lines: [1, 1] },
    { role: 'byline', text: '记者 张三', lines: [2, 2] },
    { role: 'editorsNote', text: '编者按：……', lines: [3, 3] },
    { role: 'paragraph', text: '第一段', lines: [4, 4] },
    { role: 'heading', text: '# 小标题\n第二行', lines: [5, 6] },
    { role: 'pullquote', text: '引文一\n引文二', lines: [7, 8] },
    { role: 'continuation', text: '（下转第二版）', lines: [9, 9] },
    { role: 'paragraph', text: '   ', lines: [10, 10] },
  ];

  it('front-matter roles are left out; headings, quotes, continuation markers stay', () => {
    expect(renderBody(blocks)).toBe('第一段\n\n## &#x23; 小标题 第二行\n\n> 引文一\n> 引文二\n\n（下转第二版）');
  });

  it('renders as p, h2, blockquote, p with the text intact', async () => {
    const { blocks: out } = await renderMdx(renderBody(blocks));
    expect(out).toEqual([
      { tag: 'p', text: '第一段' },
      { tag: 'h2', text: '# 小标题 第二行' },
      { tag: 'blockquote', text: '引文一\n引文二' },
      { tag: 'p', text: '（下转第二版）' },
    ]);
  });
});

describe('front matter', () => {
  it('is JSON that YAML (js-yaml, used by Astro) reads back to the same value (property)', () => {
    fc.assert(
      fc.property(fc.record({ title: fc.string({ unit: 'grapheme' }), list: fc.array(fc.string({ unit: 'binary' })), n: fc.integer() }), (value) => {
        const fm = stableJson(value);
        expect(yaml.load(fm)).toEqual(value);
        expect(JSON.parse(fm)).toEqual(value);
      }),
      { numRuns: 500 },
    );
  });

  it("Astro's own front matter parser reads the whole record back and leaves exactly the body (property)", () => {
    const text = fc.string({ unit: fc.oneof(fc.constantFrom('---', '+++', '\n', '"', '\\', ':', '#', '{', '}'), fc.string({ unit: 'grapheme', maxLength: 1 })), maxLength: 40 });
    fc.assert(
      fc.property(fc.record({ id: text, title: text, aliases: fc.array(text, { maxLength: 3 }) }), text, (fm, rawBody) => {
        const body = escapeMdxText(rawBody);
        const parsed = parseFrontmatter(renderArticleFile(fm as never, body));
        expect(parsed.frontmatter).toEqual(fm);
        expect(parsed.content.replace(/^\n\n/, '')).toBe(body === '' ? '' : `${body}\n`);
      }),
      { numRuns: 500 },
    );
  });

  it('renderArticleFile fences the JSON with ---', () => {
    const file = renderArticleFile({ id: 'a/b' } as never, '正文');
    expect(file).toBe('---\n{\n  "id": "a/b"\n}\n---\n\n正文\n');
  });
});

describe('writeOutput: the only writer', () => {
  const made: string[] = [];
  afterAll(() => {
    for (const d of made) rmSync(d, { recursive: true, force: true });
  });
  const tmp = () => {
    const d = mkdtempSync(join(tmpdir(), 'jiuwen-emit-'));
    made.push(d);
    return d;
  };

  it('writes files, records them in the manifest, and on re-run removes only stale generated files', () => {
    const out = tmp();
    mkdirSync(join(out, 'articles'), { recursive: true });
    writeFileSync(join(out, 'articles', 'hand-made.mdx'), 'not ours');
    writeFileSync(join(out, 'corrections.json'), '{}');
    const first = writeOutput(out, new Map([['articles/x/1/a.mdx', 'A'], ['articles/x/2/b.mdx', 'B'], ['issues/x.json', '{}']]), new Map([['permalinks.json', '{}']]));
    expect(first.written).toEqual(['articles/x/1/a.mdx', 'articles/x/2/b.mdx', 'issues/x.json', 'permalinks.json']);
    const manifest = JSON.parse(readFileSync(join(out, '.ingest-manifest.json'), 'utf8'));
    expect(manifest.files).toEqual(['articles/x/1/a.mdx', 'articles/x/2/b.mdx', 'issues/x.json']);

    const second = writeOutput(out, new Map([['articles/x/1/a.mdx', 'A'], ['issues/x.json', '{}']]), new Map([['permalinks.json', '{}']]));
    expect(second).toEqual({ written: [], unchanged: 3, removed: ['articles/x/2/b.mdx'] });
    expect(existsSync(join(out, 'articles/x/2'))).toBe(false);
    expect(readFileSync(join(out, 'articles', 'hand-made.mdx'), 'utf8')).toBe('not ours');
    expect(existsSync(join(out, 'corrections.json'))).toBe(true);
    expect(existsSync(join(out, 'permalinks.json'))).toBe(true);
  });

  it('never deletes outside articles/ and issues/ even if the manifest says so', () => {
    const out = tmp();
    writeFileSync(join(out, 'keep.txt'), 'x');
    writeFileSync(join(out, '.ingest-manifest.json'), JSON.stringify({ files: ['keep.txt', '../escape.txt', 'articles/../keep.txt'] }));
    expect(writeOutput(out, new Map()).removed).toEqual([]);
    expect(existsSync(join(out, 'keep.txt'))).toBe(true);
  });

  it('refuses to write outside the output folder', () => {
    expect(() => writeOutput(tmp(), new Map([['../evil.mdx', 'x']]))).toThrow(/outside the output folder/);
  });
});

describe('a stanza in the body', () => {
  it('keeps its lines with hard breaks; a paragraph of running text cut into lines keeps soft ones', async () => {
    const { renderBody } = await import('../../scripts/ingest/render.ts');
    const { isStanza } = await import('../../scripts/ingest/segment/text-shape.ts');
    expect(isStanza('故乡的河\n从村口流过\n流过我的童年')).toBe(true);
    expect(isStanza('故乡的河')).toBe(false);
    expect(isStanza('这是一段很长的正文，被分栏切成了两行，每一行都远远超过十六个字符的长度。\n第二行也是如此，仍然是正文的一部分，不是诗句。')).toBe(false);
    expect(renderBody([{ role: 'paragraph', text: '故乡的河\n从村口流过', lines: [1, 2] }])).toBe('故乡的河\\\n从村口流过');
  });
});
