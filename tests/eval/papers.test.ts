/**
 * The per-paper evaluation and the section model's fit (scripts/eval/papers.ts), run on the small slices the
 * repository ships: every 30th page of the 人民日报 development corpus (tests/fixtures/corpus-sample) and the five
 * seed pages. A gate per paper, and the fit script's own steps on a slice, as CI runs them.
 */
import { describe, expect, it } from 'vitest';
import { ablateCues, collectExamples, dealAcrossPages, fitLogistic, holdsGoldTitle, HOUSE_STYLES, loadPages, scoreTitles, segmentAll, startF1, type Example } from '../../scripts/eval/papers.ts';
import { cueOn } from '../../scripts/ingest/segment/cues-off.ts';
import { FEATURE_NAMES, SECTION_WEIGHTS } from '../../scripts/ingest/segment/section-or-title.ts';

const SAMPLE = { name: '人民日报 sample', pages: 'tests/fixtures/corpus-sample', gold: 'tests/fixtures/corpus-sample' };
const SEEDS = { name: 'seeds', pages: 'content/sources', gold: 'tests/fixtures/seeds/gold' };

describe('per-paper gate (shipped section model)', () => {
  it('seeds: every article found where it starts (start-F1 1.0)', () => {
    const pages = loadPages(SEEDS);
    expect(pages).toHaveLength(5);
    const s = scoreTitles(pages, segmentAll(pages, SECTION_WEIGHTS));
    expect(s).toMatchObject({ gold: 12, produced: 12, matched: 12 });
  });

  it('人民日报 sample: start-F1 at least 0.97', () => {
    const pages = loadPages(SAMPLE);
    expect(pages.length).toBeGreaterThanOrEqual(29);
    expect(startF1(scoreTitles(pages, segmentAll(pages, SECTION_WEIGHTS)))).toBeGreaterThanOrEqual(0.97);
  });
});

describe('scoreTitles: score_titles.py\'s matching', () => {
  const page = { file: 'p.txt', lines: [], text: '', gold: [{ title: '标题一' }, { title: '上行\n下行' }, { title: '漏掉的' }] };
  it('matches a gold title against title, kicker, subtitle or their concatenation, whitespace folded, one to one', () => {
    const produced = new Map([['p.txt', [{ title: '标题一' }, { kicker: '上行', title: '下行' }, { title: '标题一' }, { title: '多出的' }]]]);
    expect(scoreTitles([page], produced)).toEqual({ gold: 3, produced: 4, matched: 2, roleRight: 1 });
  });
  it('start-F1 is the harmonic mean of precision and recall', () => {
    expect(startF1({ gold: 3, produced: 4, matched: 2, roleRight: 1 })).toBeCloseTo((2 * (2 / 4) * (2 / 3)) / (2 / 4 + 2 / 3), 10);
    expect(startF1({ gold: 0, produced: 0, matched: 0, roleRight: 0 })).toBe(0);
  });
});

describe('fitting the section model on a slice (as CI runs the fit script)', () => {
  const examples = collectExamples(loadPages(SAMPLE));

  it('collects labelled decisions with one value per cue', () => {
    expect(examples.length).toBeGreaterThan(50);
    expect(examples.every((e) => e.x.length === FEATURE_NAMES.length)).toBe(true);
    expect(examples.some((e) => e.y === 1) && examples.some((e) => e.y === 0)).toBe(true);
  });

  it('labels a stack a title when one line, or consecutive lines read together, are a gold title (score_titles.py\'s match)', () => {
    const titles = new Set(['春茶', '上网发帖追忆亲人']);
    expect(holdsGoldTitle(['茶农们坐了三个小时大巴进城', '春茶'], titles)).toBe(true);
    expect(holdsGoldTitle(['上网发帖', '追忆亲人'], titles)).toBe(true);
    expect(holdsGoldTitle(['上网 发帖\n追忆亲人'], titles)).toBe(true);
    // (a title inside a longer line is not that line's title)
    expect(holdsGoldTitle(['采春茶的茶农们'], titles)).toBe(false);
    expect(holdsGoldTitle(['追忆亲人', '上网发帖'], titles)).toBe(false);
  });

  it('is deterministic and fits its training decisions better than the majority guess', () => {
    const w = fitLogistic([examples], FEATURE_NAMES.length, 600);
    expect(fitLogistic([examples], FEATURE_NAMES.length, 600)).toEqual(w);
    const right = (set: Example[]) => set.filter((e) => e.x.reduce((s, v, i) => s + v * w[i]!, 0) > 0 === (e.y === 1)).length;
    const majority = Math.max(examples.filter((e) => e.y).length, examples.filter((e) => !e.y).length);
    expect(right(examples)).toBeGreaterThan(majority);
  });

  it('weighs a paper by how many decisions it has (its square root)', () => {
    const a: Example[] = [{ x: [1, 1], y: 1 }, { x: [1, 0], y: 0 }];
    const b: Example[] = [{ x: [1, 1], y: 0 }];
    const once = fitLogistic([a, b], 2, 300);
    const twice = fitLogistic([[...a, ...a], b], 2, 300);
    expect(twice[1]!).toBeGreaterThan(once[1]!);
  });
});

describe('house-style variants (eval:papers --styles)', () => {
  it('title over subtitle: a kicker and its title swap lines', () => {
    expect(HOUSE_STYLES['title over subtitle']!('四川凉山三河村\n\n精准扶贫见成效\n\n正文。', [{ kicker: '四川凉山三河村', title: '精准扶贫见成效' }])).toBe('精准扶贫见成效\n\n四川凉山三河村\n\n正文。');
  });
  it('reporter on top: the reporter of a dateline becomes a line over the text', () => {
    expect(HOUSE_STYLES['reporter on top']!('本报北京2月1日电  （记者王浩、李心萍）春运开始了。', [])).toBe('记者 王浩 李心萍\n\n春运开始了。');
  });
  it('no column tags: a headline\'s tag is left out on the page and in the gold, and nothing else', () => {
    const v = HOUSE_STYLES['no column tags']!('数字时代如何保护个人信息（人民时评）\n\n正文说（记者 张三）。\n\n（链接）', [{ title: '数字时代如何保护个人信息（人民时评）' }]);
    expect(v).toEqual({ text: '数字时代如何保护个人信息\n\n正文说（记者 张三）。\n\n（链接）', gold: [{ title: '数字时代如何保护个人信息' }] });
  });
  it('articles in another order: the same lines, the top kept, the articles shuffled the same way every run', () => {
    const gold = [{ title: '标题一' }, { kicker: '引题二', title: '标题二' }, { title: '标题三' }, { title: '标题四' }];
    const page = '报头\n\n标题一\n\n正文一。\n\n引题二\n标题二\n\n正文二。\n\n标题三\n\n正文三。\n\n标题四\n\n正文四。';
    const v = HOUSE_STYLES['articles in another order']!(page, gold) as string;
    expect(v).toBe(HOUSE_STYLES['articles in another order']!(page, gold));
    expect(v.startsWith('报头\n\n')).toBe(true);
    const lines = (t: string) => t.split('\n').filter((l) => l.trim()).sort();
    expect(lines(v)).toEqual(lines(page));
    expect(v.split('\n').filter((l) => /^标题/.test(l))).not.toEqual(['标题一', '标题二', '标题三', '标题四']);
    // Each article keeps its own lines together (引题二 over 标题二, its text under it).
    expect(v).toContain('引题二\n标题二\n\n正文二。');
    // A gold headline not on the page: the page is left as it is.
    expect(HOUSE_STYLES['articles in another order']!(page, [...gold, { title: '不在版面上' }])).toBe(page);
  });
  it('articles dealt across pages: every article once, its lines together, two to five to a page under a top of the paper, the same every run', () => {
    const pages = loadPages(SAMPLE);
    const dealt = dealAcrossPages(pages, 3);
    expect(dealAcrossPages(pages, 3)).toEqual(dealt);
    expect(dealAcrossPages(pages, 4).map((p) => p.text)).not.toEqual(dealt.map((p) => p.text));
    // Every dealt article is one of the paper's, and none twice; most pages' headlines are all found, so most articles are dealt.
    const titles = (ps: typeof pages) => ps.flatMap((p) => p.gold.map((g) => `${g.kicker ?? ''}|${g.title ?? ''}`));
    const all = titles(pages);
    const counts = new Map<string, number>();
    for (const t of all) counts.set(t, (counts.get(t) ?? 0) + 1);
    for (const t of titles(dealt)) {
      expect(counts.get(t), t).toBeGreaterThan(0);
      counts.set(t, counts.get(t)! - 1);
    }
    expect(titles(dealt).length).toBeGreaterThan(0.9 * all.length);
    for (const [i, p] of dealt.entries()) {
      if (i < dealt.length - 1) expect(p.gold.length).toBeGreaterThanOrEqual(2);
      expect(p.gold.length).toBeLessThanOrEqual(5);
      expect(p.lines.length).toBeGreaterThan(0);
      // Each article's headline is on the page, in the order of the page's gold.
      let at = -1;
      for (const g of p.gold) {
        const k = p.text.indexOf((g.kicker ?? g.title ?? '').split('\n')[0]!, at + 1);
        expect(k, g.title).toBeGreaterThan(at);
        at = k;
      }
    }
  });
  it('本报讯 datelines: 本报某地某日电 set as a county paper sets it', () => {
    expect(HOUSE_STYLES['本报讯 datelines']!('本报北京2月1日电  （记者王浩）春运开始了。', [])).toBe('本报讯 （记者王浩）春运开始了。');
  });
});

describe('cue ablation (eval:papers --ablate-cues), on the seeds', () => {
  it('switching a cue off shows what it is worth, paper by paper, and switches it on again', () => {
    const seeds = { paper: SEEDS, pages: loadPages(SEEDS) };
    const { base, cues } = ablateCues([seeds], [
      { family: 'block', id: 'publisher-line' },
      { family: 'block', id: 'issue-number' },
      { family: 'stack', id: 'no such rule' },
    ]);
    expect(base).toEqual([{ paper: 'seeds', shipped: 1, heldOut: 1, roleRight: 12 }]);
    // Without the publisher's line cue a seed's publisher line is read as a headline: two articles fewer found.
    expect(cues[0]!.verdict).toBe('helps');
    expect(cues[0]!.change[0]!.shipped).toBeLessThan(0);
    // The issue number changes a page (it is no longer page furniture) but no figure.
    expect(cues[1]).toMatchObject({ verdict: 'changes pages', change: [{ shipped: 0, heldOut: 0, roleRight: 0, pagesChanged: 1 }] });
    expect(cues[2]).toMatchObject({ verdict: 'no effect', change: [{ pagesChanged: 0 }] });
    expect(cueOn('publisher-line') && cueOn('issue-number')).toBe(true);
  });
});
