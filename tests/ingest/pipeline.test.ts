import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { articleSchema, issueSchema } from '../../src/content/schema.ts';
import { ingest, type IngestInput, type SourceFile } from '../../scripts/ingest/pipeline.ts';
import type { SegmentedPage, SourceLine } from '../../scripts/ingest/types.ts';
import { fakeSegment } from './support/fake-segment.ts';
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { normaliseText } from '../../scripts/ingest/normalise.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const file = (path: string, text: string): SourceFile => ({ path, bytes: enc(text) });
const run = (input: IngestInput, segment = fakeSegment) => ingest(input, { segment });

const PAGE_A = ['金坛时报', '', 'T|区委召开常委会议', '', 'B|记者 张三', '', '本报讯 昨天上午,区委召开常委会议。', '', 'H|小标题', '', '会议强调,要狠抓落实。', '', 'T|第二篇报道', '', '本报讯 另一则新闻的正文。'].join('\n');
const PAGE_B = ['T|副刊文章', '', '这是副刊的正文,与头版无关。'].join('\n');
const catalogue = { publications: { 金坛时报: { slug: 'jintan-shibao' } }, pages: { 'a.txt': { publication: '金坛时报', date: '2020-12', page: 1 }, 'b.txt': { publication: '金坛时报', date: '2020-12', page: 2 } } };

describe('ingest (pure pipeline)', () => {
  const result = run({ files: [file('a.txt', PAGE_A), file('b.txt', PAGE_B)], catalogue });

  it('produces valid issues and articles', () => {
    expect(result.ok).toBe(true);
    expect(result.report.errors).toEqual([]);
    expect(result.issues.map((i) => i.id)).toEqual(['jintan-shibao/2020-12']);
    expect(result.issues[0]!.pages.map((p) => p.key)).toEqual(['1', '2']);
    expect(result.articles).toHaveLength(3);
    for (const a of result.articles) expect(articleSchema.safeParse(a.frontMatter).success).toBe(true);
    for (const i of result.issues) expect(issueSchema.safeParse(i).success).toBe(true);
  });

  it('fills the front matter from the segmented article', () => {
    const fm = result.articles[0]!.frontMatter;
    expect(fm).toMatchObject({ issue: 'jintan-shibao/2020-12', page: 1, pageKey: '1', order: 1, title: '区委召开常委会议', byline: '记者 张三', sections: ['小标题'], source: { file: 'a.txt', lines: [3, 11] } });
    expect(fm.id).toMatch(/^jintan-shibao\/2020-12\/1\/[0-9a-f]{8}$/);
    expect(fm.excerpt).toBe('本报讯 昨天上午，区委召开常委会议。 小标题 会议强调，要狠抓落实。');
    expect(fm.length).toBe('本报讯昨天上午，区委召开常委会议。小标题会议强调，要狠抓落实。'.length);
    expect(result.articles[0]!.body).toBe('本报讯 昨天上午，区委召开常委会议。\n\n## 小标题\n\n会议强调，要狠抓落实。');
  });

  it('writes the files it reports: articles/<id>.mdx and issues/<id>.json', () => {
    expect([...result.files.keys()].sort()).toEqual([...result.articles.map((a) => `articles/${a.frontMatter.id}.mdx`), 'issues/jintan-shibao/2020-12.json'].sort());
    expect(result.persistent.has('permalinks.json')).toBe(true);
    expect(Object.keys(result.ledger.ids).sort()).toEqual(result.articles.map((a) => a.frontMatter.id).sort());
  });

  it('attaches captions printed inside an article to it (they stay on the page too)', () => {
    const withCaption = (lines: SourceLine[]): SegmentedPage => {
      const page = fakeSegment(lines);
      page.items.splice(2, 0, { type: 'caption', text: '图为会议现场', lines: [6, 6] });
      return page;
    };
    const r = run({ files: [file('a.txt', PAGE_A)], catalogue }, withCaption);
    expect(r.articles.map((a) => a.frontMatter.captions)).toEqual([['图为会议现场'], []]);
    expect(r.issues[0]!.pages[0]!.items.filter((i) => i.type === 'caption')).toHaveLength(1);
  });

  it('lists page items in order with furniture', () => {
    const items = result.issues[0]!.pages[0]!.items;
    expect(items.map((i) => i.type)).toEqual(['furniture', 'article', 'article']);
  });
});

describe('determinism', () => {
  it('same input twice (and in another order) → byte-identical files (property)', () => {
    const para = fc.string({ unit: fc.constantFrom(...'本报讯区委会议,。:;()<>{}#*_`1 aZ'), minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== '' && !/^[TBHQ]\|/.test(s));
    const pageArb = fc.array(fc.tuple(para, fc.array(para, { minLength: 1, maxLength: 3 })), { minLength: 1, maxLength: 3 }).map((arts) =>
      arts.map(([t, ps]) => [`T|${t}`, ...ps].join('\n\n')).join('\n\n'),
    );
    fc.assert(
      fc.property(fc.array(pageArb, { minLength: 1, maxLength: 4 }), (pages) => {
        const files = pages.map((p, i) => file(`p${i}.txt`, p));
        const a = run({ files });
        const b = run({ files: [...files].reverse() });
        expect(a.ok).toBe(true);
        expect([...b.files]).toEqual([...a.files]);
        expect([...b.persistent]).toEqual([...a.persistent]);
      }),
      { numRuns: 100 },
    );
  });
});

describe('permalinks', () => {
  const first = run({ files: [file('a.txt', PAGE_A)], catalogue });
  const ids = first.articles.map((a) => a.frontMatter.id);

  it('ids do not change when an unrelated page is added', () => {
    const again = run({ files: [file('a.txt', PAGE_A), file('b.txt', PAGE_B), file('c.txt', 'T|又一篇\n\n正文')], catalogue, ledger: first.ledger });
    expect(again.articles.filter((a) => a.frontMatter.source.file === 'a.txt').map((a) => a.frontMatter.id)).toEqual(ids);
  });

  it('ids do not change when a title is corrected', () => {
    const corrected = run({ files: [file('a.txt', PAGE_A)], catalogue, corrections: { articles: [{ match: { id: ids[0] }, set: { title: '改正后的标题' } }] } });
    expect(corrected.articles[0]!.frontMatter.title).toBe('改正后的标题');
    expect(corrected.articles.map((a) => a.frontMatter.id)).toEqual(ids);
  });

  it('an id that is no longer produced becomes an alias of the article at its source position', () => {
    // The date gets corrected: every id of the page changes.
    const redated = run({ files: [file('a.txt', PAGE_A)], catalogue, ledger: first.ledger, corrections: { pages: { 'a.txt': { date: '2020-12-04' } } } });
    expect(redated.articles[0]!.frontMatter.id.startsWith('jintan-shibao/2020-12-04/1/')).toBe(true);
    expect(redated.articles.map((a) => a.frontMatter.aliases)).toEqual(ids.map((id) => [id]));
    // The ledger is append-only: old and new ids are both there.
    expect(Object.keys(redated.ledger.ids)).toEqual(expect.arrayContaining([...ids, ...redated.articles.map((a) => a.frontMatter.id)]));
  });

  it('a merged-away article id becomes an alias of the article it was merged into', () => {
    const merged = run({ files: [file('a.txt', PAGE_A)], catalogue, ledger: first.ledger, corrections: { articles: [{ match: { id: ids[1] }, mergeWithPrevious: true }] } });
    expect(merged.articles).toHaveLength(1);
    expect(merged.articles[0]!.frontMatter.id).toBe(ids[0]);
    expect(merged.articles[0]!.frontMatter.aliases).toEqual([ids[1]]);
  });

  it('an id whose source vanished is reported as orphaned', () => {
    const gone = run({ files: [file('b.txt', PAGE_B)], catalogue, ledger: first.ledger });
    expect(gone.report.warnings.filter((w) => w.code === 'permalink-orphaned')).toHaveLength(ids.length);
    expect(Object.keys(gone.ledger.ids)).toEqual(expect.arrayContaining(ids));
  });

  it('duplicate article starts on a page get -2, -3 slugs, deterministically, and can be corrected by that id', () => {
    const r = run({ files: [file('d.txt', 'T|甲\n\n同样的正文\n\nT|乙\n\n同样的正文')] });
    const [a, b] = r.articles.map((x) => x.frontMatter.slug);
    expect(b).toBe(`${a}-2`);
    const id = r.articles[1]!.frontMatter.id;
    const fixed = run({ files: [file('d.txt', 'T|甲\n\n同样的正文\n\nT|乙\n\n同样的正文')], corrections: { articles: [{ match: { id }, set: { title: '丙' } }] } });
    expect(fixed.articles.map((x) => x.frontMatter.title)).toEqual(['甲', '丙']);
  });
});

describe('errors and warnings', () => {
  it('reports every bad file, not just the first', () => {
    const r = run({ files: [file('ok.txt', PAGE_B), { path: 'empty.txt', bytes: new Uint8Array() }, { path: 'bin.txt', bytes: new Uint8Array([1, 0, 2]) }] });
    expect(r.ok).toBe(false);
    expect(r.report.errors.map((e) => [e.code, e.file])).toEqual([
      ['binary-file', 'bin.txt'],
      ['empty-file', 'empty.txt'],
    ]);
  });

  it('a segmenter crash is an error for that file with its message, not a crash of the run', () => {
    const r = run({ files: [file('a.txt', PAGE_A)] }, () => {
      throw new Error('boom');
    });
    expect(r.report.errors).toEqual([{ code: 'segment-failed', file: 'a.txt', message: 'the segmenter failed on this page: boom' }]);
  });

  it('a malformed segmentation is an error for that page, not a crash', () => {
    const broken = (lines: SourceLine[]): SegmentedPage => {
      const page = fakeSegment(lines);
      const art = page.items.find((i) => i.type === 'article');
      if (art && art.type === 'article') (art.article as { title: unknown }).title = undefined;
      return page;
    };
    const r = run({ files: [file('a.txt', PAGE_A)] }, broken);
    expect(r.ok).toBe(false);
    expect(r.report.errors.map((e) => [e.code, e.file])).toEqual([['segment-invalid', 'a.txt']]);
  });

  it('unknown correction targets and catalogue pages are warnings', () => {
    const r = run({
      files: [file('a.txt', PAGE_A)],
      catalogue: { pages: { 'missing.txt': { date: '2020' } } },
      corrections: { pages: { 'nope.txt': { date: '2020' } }, issues: { 'x/2020': { date: '2020-01' } }, articles: [{ match: { id: 'no/such/id' }, set: { title: 'x' } }] },
    });
    expect(r.ok).toBe(true);
    expect(r.report.warnings.map((w) => w.code).sort()).toEqual(['catalogue-unknown-page', 'correction-unknown-target', 'correction-unknown-target', 'correction-unknown-target']);
  });

  it('an issue-level date correction applies to all its pages', () => {
    const r = run({ files: [file('a.txt', PAGE_A), file('b.txt', PAGE_B)], catalogue, corrections: { issues: { 'jintan-shibao/2020-12': { date: '2020-12-04', dateBasis: '见第二版' } } } });
    expect(r.issues.map((i) => [i.id, i.date.basis])).toEqual([['jintan-shibao/2020-12-04', '更正：见第二版']]);
    expect(r.report.warnings).toEqual([]);
  });

  it('two pages claiming the same page number get distinct keys and a warning', () => {
    const r = run({ files: [file('a.txt', PAGE_A), file('a2.txt', PAGE_B)], catalogue: { pages: { 'a.txt': { publication: '金坛时报', date: '2020-12', page: 1 }, 'a2.txt': { publication: '金坛时报', date: '2020-12', page: 1 } } } });
    expect(r.issues[0]!.pages.map((p) => p.key)).toEqual(['1', '1-2']);
    expect(r.report.warnings.map((w) => w.code)).toEqual(['page-key-collision']);
  });

  it('text a segmenter drops is flagged for review (nothing lost check)', () => {
    const lossy = (lines: SourceLine[]): SegmentedPage => {
      const page = fakeSegment(lines);
      const art = page.items.find((i) => i.type === 'article');
      if (art && art.type === 'article') art.article.blocks.pop();
      return page;
    };
    const r = run({ files: [file('b.txt', PAGE_B)] }, lossy);
    expect(r.report.pages[0]!.review.map((n) => n.code)).toEqual(['publication-unknown', 'date-unknown', 'lines-uncovered', 'text-lost']);
    expect(r.report.counts.reviewNotes).toBe(4);
  });
});

describe('a teaser naming a section’s page', () => {
  it('keeps the label in the issue file, where the site links the page (▶ 详见A05版)', () => {
    // (The real segmenter: a front page's contents list line, 某某某某某某某  A05.)
    const page = ['地铁三号线二期年底通车  A05', '', '我市启动冬季送温暖活动', '', '本报讯 昨天，我市冬季送温暖活动正式启动，全市将为困难群众送去棉衣、棉被和慰问金。'].join('\n');
    const r = ingest({ files: [file('某某晚报/2026-01-08/A01.txt', page)] });
    expect(r.report.errors).toEqual([]);
    const items = r.issues[0]!.pages[0]!.items;
    expect(items[0]).toMatchObject({ type: 'teaser', title: '地铁三号线二期年底通车', page: null, label: 'A05' });
    expect(issueSchema.safeParse(r.issues[0]).success).toBe(true);
  });
});

describe('nothing lost in what is written', () => {
  // Every non-space character of a page reaches a written file: an article's front-matter fields or its text, or the
  // issue file's furniture, captions and teasers. (A credit set as a byline but naming no author, 制图：某某, was once
  // written nowhere.)
  const count = (s: string | undefined) => (s ?? '').replace(/[\s\u3000]/g, '').length;
  const dirs = ['tests/fixtures/corpus-sample', 'tests/fixtures/other-papers', 'content/sources'];
  const pages = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).map((f) => join(d, f)));
  it.each(pages)('%s', (path) => {
    const text = readFileSync(path, 'utf8');
    const r = ingest({ files: [{ path: basename(path), bytes: new Uint8Array(readFileSync(path)) }] });
    let written = 0;
    for (const [name, content] of r.files) {
      if (!name.endsWith('.mdx')) continue;
      const [, head, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(content)!;
      const fm = JSON.parse(head!) as Record<string, string | undefined>;
      for (const k of ['kicker', 'title', 'subtitle', 'byline', 'editorsNote']) if (!(k === 'title' && fm[k] === '（无题）')) written += count(fm[k]);
      // The body as a reader sees it: Markdown marks and MDX escapes undone (each escape is one character).
      written += count(body!.replace(/^## |^> /gm, '').replace(/\\\n/g, '\n').replace(/\*\*/g, '').replace(/&#x[0-9a-f]+;|&[a-z]+;/gi, 'x').replace(/\\(.)/g, '$1'));
    }
    for (const issue of r.issues) for (const p of issue.pages) for (const it of p.items) if (it.type !== 'article') written += count(it.text) + count('title' in it ? it.title : '') + count('kicker' in it ? it.kicker : '');
    expect(written).toBeGreaterThanOrEqual(count(normaliseText(text)));
  });
});
