/**
 * One Han class, from Unicode data (src/lib/han.ts): names written with characters of the CJK
 * extensions (王䶮: extension A; 李𠮷: extension B, a surrogate pair) are Han wherever names matter.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HAN, hanCount, isHan } from '../../src/lib/han.ts';
import { normaliseText } from '../../scripts/ingest/normalise.ts';
import { publicationSlug } from '../../scripts/ingest/metadata.ts';
import { isMastheadName } from '../../scripts/ingest/masthead.ts';
import { indexWords, separateHan } from '../../src/lib/search/han.ts';
import { parseQuery, termWords } from '../../src/lib/search/query.ts';
import { isNameList, isPersonalName, isReporterLine } from '../../scripts/ingest/segment/patterns.ts';
import { splitTrailingByline } from '../../scripts/ingest/segment/extract-byline.ts';
import { ingest } from '../../scripts/ingest/pipeline.ts';

describe('the Han class', () => {
  it('holds the extensions: 䶮 (A), 𠮷 (B), and the rest of Script=Han', () => {
    for (const ch of ['王', '䶮', '李', '𠮷', '〇', '豈', '𪚥', '𰀀']) expect(isHan(ch), ch).toBe(true);
    for (const ch of ['a', '1', '，', '。', '・', '·', ' ', '\u3000', 'ア', '한', undefined, '']) expect(isHan(ch), String(ch)).toBe(false);
    expect(hanCount('王䶮、李𠮷 and 3 more')).toBe(4);
    expect(new RegExp(`^${HAN}{2}$`, 'u').test('李𠮷')).toBe(true);
  });

  it('normalise reads names in the extensions as Chinese text (punctuation beside them made full-width)', () => {
    expect(normaliseText('王䶮,李𠮷:记者')).toBe('王䶮，李𠮷：记者');
    // … exactly as a name of common characters would be.
    const asCommon = (t: string) => t.replace(/䶮|𠮷/gu, '四');
    for (const t of ['李𠮷 (摄)', '记者 王䶮, 李𠮷', '(王䶮)', '王䶮 :']) expect(asCommon(normaliseText(t))).toBe(normaliseText(asCommon(t)));
  });

  it('a publication named with them gets a slug and a masthead', () => {
    expect(publicationSlug('𠮷祥日报')).toMatch(/^[a-z0-9-]+-ribao$/);
    expect(isMastheadName('䶮城晚报')).toBe(true);
  });

  it('search indexes and queries them character by character like any Han text', () => {
    expect(separateHan('王䶮李𠮷', '|')).toBe('王|䶮|李|𠮷');
    expect(indexWords('记者王䶮')).toContain('王䶮');
    expect(termWords(parseQuery('李𠮷')[0]!).exact).toEqual(['李𠮷']);
  });
});

describe('bylines: a name in the extensions is a name', () => {
  it.each(['张三', '王䶮', '李𠮷'])('%s: reporter line, personal name, name list, trailing sign-off', (name) => {
    expect(isReporterLine(`本报记者 ${name}`)).toBe(true);
    expect(isPersonalName(name)).toBe(true);
    expect(isNameList(`${name} 赵四`)).toBe(true);
    expect(splitTrailingByline({ role: 'paragraph', text: `推进金坛新跨越做出积极贡献。 ${name}`, lines: [1, 1] })?.[1]).toEqual({ role: 'byline', text: name, lines: [1, 1] });
  });

  it.each(['王䶮', '李𠮷'])('the ingest keeps %s as the byline under a headline (it was dropped)', (name) => {
    const page = `金坛时报\n2020年12月4日\n\n市政府召开新闻发布会\n\n本报记者 ${name}\n\n本报讯 今天上午，市政府召开新闻发布会，介绍今年的工作情况和明年的打算。会议由副市长主持，各部门负责人参加。\n`;
    const r = ingest({ files: [{ path: 'a.txt', bytes: Buffer.from(page) }] });
    expect(r.articles.map((a) => a.frontMatter.byline)).toEqual([`本报记者 ${name}`]);
  });
});

describe('no hand-typed Han range', () => {
  it('the code spells the Han class one way (src/lib/han.ts), not as a range of code points', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : /\.(ts|mjs|astro)$/.test(e.name) ? [join(dir, e.name)] : []));
    // decode.ts counts only the common ideographs on purpose (see there).
    const allowed = new Set(['src/lib/han.ts', 'scripts/ingest/decode.ts']);
    const offenders = [...files('scripts'), ...files('src')]
      .filter((f) => !allowed.has(f))
      .filter((f) => /\\u4e00-|\\u9fa5|\\u9fff|0x4e00/i.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});

describe('hanCount', () => {
  it('counts as the class does, code point by code point', async () => {
    const fc = (await import('fast-check')).default;
    const chars = ['王', '䶮', '𠮷', '〇', '々', 'a', '，', ' ', '\ud840', '\udc00', '𝐀', 'ア', '豈', '⺀'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 30 }), (cs) => {
        const text = cs.join('');
        expect(hanCount(text)).toBe(text.match(/\p{Script=Han}/gu)?.length ?? 0);
      }),
      { seed: 20261207 },
    );
  });
});
