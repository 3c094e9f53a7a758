/**
 * Golden output of the whole pipeline for one hostile page, segmented by the
 * test segmenter (so only decode/normalise/metadata/render can change it):
 * tests/fixtures/ingest-emit/input.txt → expected/*.mdx, *.json.
 * Run with UPDATE=1 to rewrite after an intended change, then review the diff.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ingest } from '../../scripts/ingest/pipeline.ts';
import { fakeSegment } from './support/fake-segment.ts';
import { renderMdx } from './support/mdx.ts';

const DIR = 'tests/fixtures/ingest-emit';

describe('emit golden files', () => {
  const result = ingest(
    { files: [{ path: '样报/2019-02-19/01.txt', bytes: readFileSync(join(DIR, 'input.txt')) }], catalogue: JSON.parse(readFileSync(join(DIR, 'catalogue.json'), 'utf8')) },
    { segment: fakeSegment },
  );

  it('ingests the page', () => {
    expect(result.report.errors).toEqual([]);
    expect([...result.files.keys()]).toEqual(['articles/yang-bao/2019-02-19/1/f1d109a4.mdx', 'articles/yang-bao/2019-02-19/1/67ff8d1a.mdx', 'issues/yang-bao/2019-02-19.json']);
  });

  it('matches the expected files', () => {
    for (const [path, content] of [...result.files, ...result.persistent]) {
      const golden = join(DIR, 'expected', path);
      if (process.env.UPDATE === '1' || !existsSync(golden)) {
        mkdirSync(dirname(golden), { recursive: true });
        writeFileSync(golden, content);
      }
      expect(content, path).toBe(readFileSync(golden, 'utf8'));
    }
  });

  it('the expected MDX bodies compile to the page text', async () => {
    const { blocks } = await renderMdx(result.articles[0]!.body);
    expect(blocks.map((b) => b.text)).toEqual([
      '本报讯 <script>alert("x")</script> 与 {props.secret}，以及 &amp；。',
      'import fs from "node:fs"',
      '# 小标题',
      '引文：{不是表达式}',
    ]);
    const second = await renderMdx(result.articles[1]!.body);
    expect(second.blocks.map((b) => b.text)).toEqual(['- 不是列表\n1. 不是有序列表\n---\n加粗 与孤立的 ** 标记']);
  });
});
