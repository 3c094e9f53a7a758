/** `npm run ingest -- --explain FILE[:LINE]`: every decision on a page, with what decided it (scripts/ingest/explain.ts). */
import { describe, expect, it } from 'vitest';
import { explainPage, findSource, parseExplainTarget } from '../../scripts/ingest/explain.ts';

const para = (s: string) => `${s}，记者在现场看到，市民们排起了长队，工作人员正在有序引导，现场秩序井然，大家都说这样的安排很贴心。`;
const page = ['标题一', para('昨天上午'), '（记者 张三）', '标题二', para('今天下午'), para('据介绍'), '小标题', para('前天晚上')].join('\n\n');
const files = [{ path: '某某报/2020-01-02/01.txt', bytes: Buffer.from(page) }];

describe('explainPage', () => {
  const text = explainPage({ files }, '某某报/2020-01-02/01.txt');
  it('lists each block with its kind', () => {
    expect(text).toMatch(/L1 +headline +标题一/);
    expect(text).toMatch(/L5 +byline +（记者 张三）/);
  });
  it('gives each headline stack its outcome and what decided it', () => {
    expect(text).toMatch(/L7 +new article \(title\) +← the article before is closed \(byline:bracket\)/);
    expect(text).toMatch(/L13 +section heading +← section model, margin -\d+\.\d\d; cues \w+ [+-]\d/);
  });
  it('lists the items as written', () => expect(text).toMatch(/L7-15 +article +title 标题二/));
  it('keeps to one line with :LINE', () => {
    const one = explainPage({ files }, '某某报/2020-01-02/01.txt', 13);
    expect(one).toContain('小标题');
    expect(one).not.toContain('标题一');
  });
  it('lists the blocks the segmenter sees, a hard-wrapped paragraph as one block', () => {
    const wrapped = para('昨天上午').match(/.{1,16}/gu)!.join('\n');
    const t = explainPage({ files: [{ path: 'w.txt', bytes: Buffer.from(['标题一', wrapped, wrapped, wrapped].join('\n\n')) }] }, 'w.txt');
    expect(t).toMatch(/L3-6 +body +昨天上午，记者在现场看到，市民们排起了长队，工作人员/);
  });
  it('says so for a page that is not there', () => expect(explainPage({ files }, 'x.txt')).toMatch(/not a page/));
});

describe('naming the page', () => {
  it('FILE or FILE:LINE', () => {
    expect(parseExplainTarget('a/b.txt')).toEqual({ file: 'a/b.txt' });
    expect(parseExplainTarget('a/b.txt:12')).toEqual({ file: 'a/b.txt', line: 12 });
  });
  it('by its path under the sources folder, or the one path ending with it', () => {
    expect(findSource(files, '某某报/2020-01-02/01.txt')).toBe('某某报/2020-01-02/01.txt');
    expect(findSource(files, '2020-01-02/01.txt')).toBe('某某报/2020-01-02/01.txt');
    expect(findSource(files, '02.txt')).toBeUndefined();
  });
});
