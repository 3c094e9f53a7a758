import { describe, expect, it } from 'vitest';
import { prepareHtmlForIndex } from '../../src/lib/search/prepare-html.ts';
import { ZWSP } from '../../src/lib/search/han.ts';

const page = `<!doctype html><html lang="zh-CN"><head><title>開發區</title><script>var a = "開發區";</script></head><body>
<nav>导航</nav>
<article data-pagefind-body id="article-body">
<span hidden data-pagefind-filter="publication">金坛时报</span>
<span hidden data-pagefind-meta="date">2020-12</span>
<span hidden data-pagefind-sort="date:2020-12-01"></span>
<h1 data-pagefind-meta="title">經濟開發區 建設</h1>
<p>德国胜伟策 5G 基站</p>
</article></body></html>`;

describe('prepareHtmlForIndex', () => {
  const out = prepareHtmlForIndex(page);

  it('puts a zero-width space between Han characters of body text, folded to simplified, case kept', () => {
    expect(out).toContain(`<p>德${ZWSP}国${ZWSP}胜${ZWSP}伟${ZWSP}策 5G 基${ZWSP}站</p>`);
    expect(out).toContain(`经${ZWSP}济${ZWSP}开${ZWSP}发${ZWSP}区 建${ZWSP}设`);
  });

  it('keeps metadata in its original form, as attribute values', () => {
    expect(out).toContain('data-pagefind-meta="title:經濟開發區 建設"');
    expect(out).toContain('data-pagefind-meta="date:2020-12"');
    expect(out).toContain('data-pagefind-filter="publication:金坛时报"');
    expect(out).toContain('data-pagefind-sort="date:2020-12-01"');
  });

  it('keeps hidden metadata out of the indexed text', () => {
    expect(out).toMatch(/<span hidden data-pagefind-filter="publication:金坛时报" data-pagefind-ignore>/);
  });

  it('leaves the head and scripts alone', () => {
    expect(out).toContain('<title>開發區</title>');
    expect(out).toContain('var a = "開發區";');
  });
});
