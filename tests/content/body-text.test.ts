/** Plain text of an article body (src/content/body-text.ts): what the rendered page shows. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bodyTextBlocks } from '../../src/content/body-text.ts';
import { renderBody } from '../../src/content/render-body.ts';
import { renderBody as emitBody, renderedText } from '../../scripts/ingest/render.ts';
import { normaliseText } from '../../scripts/ingest/normalise.ts';
import type { ArticleBlock } from '../../scripts/ingest/types.ts';
import { htmlText } from '../../src/lib/body.ts';

const squash = (s: string) => s.replace(/\s+/gu, '');
const unit = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...'中文报讯１２ab 　,.:;!?“”"\'()（）'.split('')) },
  { weight: 3, arbitrary: fc.constantFrom(...'<>{}[]\\`*_#+-=|~&;:!%$^/'.split('')) },
  { weight: 1, arbitrary: fc.constantFrom('import ', '1. ', '&amp;', '&#x41;', '**', '## ', '> ', '\n') },
);
const block = fc.record({
  role: fc.constantFrom('paragraph', 'heading', 'pullquote'),
  text: fc.string({ unit, minLength: 1, maxLength: 24 }).map((raw) => normaliseText(raw).split('\n').filter((l) => l.trim()).join('\n')),
});

describe('body text', () => {
  it('is the text the ingest read and the page shows (property)', () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 5 }), (bs) => {
        const blocks = bs.filter((b) => b.text.trim()).map((b) => ({ ...b, lines: [1, 1] }) as ArticleBlock);
        const body = emitBody(blocks);
        const text = squash(bodyTextBlocks(body).join(''));
        expect(text).toBe(squash(blocks.map((b) => renderedText(b.text)).join('')));
        expect(text).toBe(squash(htmlText(renderBody(body))));
      }),
      { numRuns: 300 },
    );
  });

  it('decodes references, drops markers and tags, keeps line breaks inside a block', () => {
    expect(bodyTextBlocks('1&#x2E; 从严治党\n第二行\n\n## 小标题 &#x3C;一&#x3E;\n\n> 引语<strong>加粗</strong>')).toEqual(['1. 从严治党\n第二行', '小标题 <一>', '引语加粗']);
  });

  it('undoes a hand-written body’s backslash escapes and ** pairs', () => {
    expect(bodyTextBlocks('a \\* b **粗** c')).toEqual(['a * b 粗 c']);
  });
});
