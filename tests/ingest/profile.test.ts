/** A publication's house style learned from its pages (profile.ts), used by the segmenter and stated in the catalogue. */
import { describe, expect, it } from 'vitest';
import { BYLINE_ON_TOP_SHARE, HEADLINES_APART_SHARE, HEADLINES_TOGETHER_MIN, SECTION_BIAS_MIN, decideProfile, estimateTitleShare, profileMatters, thinEvidence } from '../../scripts/ingest/profile.ts';
import { SECTION_MODEL } from '../../scripts/ingest/segment/section-or-title.ts';
import { parseCatalogue } from '../../scripts/ingest/metadata.ts';
import { ingest } from '../../scripts/ingest/pipeline.ts';
import { segmentPage } from '../../scripts/ingest/segment.ts';

const lines = (t: string) => t.split('\n').map((text, i) => ({ no: i + 1, text }));
const para = (s: string) => `${s}，记者在现场看到，市民们排起了长队，工作人员正在有序引导，现场秩序井然，大家都说这样的安排很贴心。`;

const NAMES = ['张三', '李四', '王五', '赵六', '孙七', '周八', '吴九', '郑十'];
/** A city-paper page: every item a headline over its reporter, then the text. */
const cityPage = (n: number) => [`某市第${n}条新闻标题`, `记者 ${NAMES[n]}`, para('昨天上午'), para('今天下午'), `某区另一条新闻`, `记者 ${NAMES[n + 1]}`, para('前天晚上'), para('据介绍')].join('\n\n');
/** A page of the same paper built like a group feature: a title, then headlines over reporters (the sections, or the next items). */
const featurePage = ['新春走基层 万家团圆', para('春节前夕'), para('走进村里'), '山村里的年夜饭', '记者 王五', para('大年三十'), para('村支书说'), '车站里的守护者', '记者 赵六', para('除夕夜'), para('值班员说'), '海岛上的哨兵', '记者 孙七', para('初一早上')].join('\n\n');
const featureItems = ['新春走基层 万家团圆', '山村里的年夜饭', '车站里的守护者', '海岛上的哨兵'];

describe('what a page shows', () => {
  it('a page whose first headline stands over a reporter, then the text, shows the byline-on-top habit', () => {
    expect(segmentPage(lines(cityPage(1)), { file: 'a.txt' }).habits).toMatchObject({ bylineOnTop: true });
    expect(segmentPage(lines(featurePage), { file: 'b.txt' }).habits).toMatchObject({ bylineOnTop: false });
  });
});

describe('decideProfile', () => {
  const on = { bylineOnTop: true };
  const off = { bylineOnTop: false };
  it(`takes the habit when at least ${BYLINE_ON_TOP_SHARE * 100} % of the pages show it`, () => {
    expect(decideProfile([on, ...Array(9).fill(off)])).toEqual({ profile: { bylineOnTop: true }, evidence: { bylineOnTop: 1, pages: 10, headlines: { together: 0, apart: 0 }, sections: { decisions: 0, titleShare: SECTION_MODEL.titleShare } }, source: 'pages' });
    expect(decideProfile([on, ...Array(10).fill(off)]).profile).toEqual({});
    // 人民日报's share (15 of 892 pages, reporters' and writers' lines) stays far below
    expect(decideProfile([...Array(14).fill(on), ...Array(878).fill(off)]).profile).toEqual({});
    expect(decideProfile([]).profile).toEqual({});
  });
  it('lets the catalogue state it', () => {
    expect(decideProfile([on, on], { bylineOnTop: false })).toMatchObject({ profile: { bylineOnTop: false }, source: 'catalogue' });
    expect(profileMatters({ bylineOnTop: false })).toBe(false);
    expect(profileMatters({ bylineOnTop: true })).toBe(true);
  });
  it('reads the catalogue\'s profile, and refuses a malformed one with a problem naming it', () => {
    const { catalogue, problems } = parseCatalogue({ publications: { 某某快报: { slug: 'mou-kuaibao', profile: { bylineOnTop: true } }, 某某日报: { profile: { bylineOnTop: 'yes' } } } });
    expect(catalogue.publications['某某快报']).toEqual({ slug: 'mou-kuaibao', profile: { bylineOnTop: true } });
    expect(catalogue.publications['某某日报']).toEqual({});
    expect(problems.map((p) => p.message)).toEqual([expect.stringContaining('publications["某某日报"].profile')]);
  });
});

describe('the ingest learns the paper', () => {
  const titles = (r: ReturnType<typeof ingest>, file: string) => r.articles.filter((a) => a.frontMatter.source.file === file).map((a) => a.frontMatter.title);
  const files = (pages: string[]) => pages.map((t, i) => ({ path: `某某快报/2026-03-29/0${i + 1}.txt`, bytes: Buffer.from(t) }));

  it('in a paper that puts the reporter under its headlines, a headline over a reporter opens an article on every page', () => {
    const r = ingest({ files: files([cityPage(1), cityPage(2), featurePage]) });
    expect(titles(r, '某某快报/2026-03-29/03.txt')).toEqual(featureItems);
  });

  it('the same page alone, in a paper with no such habit, is one feature with sections', () => {
    const r = ingest({ files: files([featurePage]) });
    expect(titles(r, '某某快报/2026-03-29/01.txt')).toEqual(['新春走基层 万家团圆']);
  });

  it('the catalogue can state the habit for a paper whose pages do not show it', () => {
    const r = ingest({ files: files([featurePage]), catalogue: { publications: { 某某快报: { profile: { bylineOnTop: true } } } } });
    expect(titles(r, '某某快报/2026-03-29/01.txt')).toEqual(featureItems);
  });
});

describe('thin evidence', () => {
  const decided = (on: number, pages: number) => ({ profile: {}, evidence: { bylineOnTop: on, pages, headlines: { together: 0, apart: 0 }, sections: { decisions: 0, titleShare: 0.06 } }, source: 'pages' as const });
  it('is a share within a factor of two of the threshold, or a few pages showing the habit', () => {
    expect(thinEvidence(decided(1, 10))).toBe(true); // 10 %: at the threshold
    expect(thinEvidence(decided(1, 15))).toBe(true); // 6.7 %
    expect(thinEvidence(decided(6, 15))).toBe(false); // 40 %: clear
    expect(thinEvidence(decided(14, 892))).toBe(false); // 1.6 %: clear
    expect(thinEvidence(decided(1, 4))).toBe(true); // few pages
    expect(thinEvidence(decided(0, 4))).toBe(false);
    expect(thinEvidence({ ...decided(1, 10), source: 'catalogue' })).toBe(false);
  });
});

describe('a paper that keeps a headline’s parts on the lines of one block', () => {
  const h = (together: number, apart: number) => ({ bylineOnTop: false, headlines: { together, apart } });
  it(`is one whose headlines of several lines in one block number ${HEADLINES_TOGETHER_MIN} or more, with fewer than ${HEADLINES_APART_SHARE * 100} % of headlines in parts set apart`, () => {
    expect(decideProfile([h(3, 0), h(2, 1)]).profile).toEqual({ headlineLinesAreParts: true });
    expect(decideProfile([h(3, 0), h(1, 0)]).profile).toEqual({});
    // 都市快报 (7 together, 7 apart: its blocks of several lines are titles) and 人民日报 (every line a block of its own)
    expect(decideProfile([h(7, 7)]).profile).toEqual({});
    expect(decideProfile([h(0, 1558)]).profile).toEqual({});
    expect(decideProfile([h(1256, 48)]).profile).toEqual({ headlineLinesAreParts: true });
    expect(profileMatters({ headlineLinesAreParts: true })).toBe(true);
  });
  it('lets the catalogue state it, each habit on its own', () => {
    expect(decideProfile([h(10, 0)], { headlineLinesAreParts: false })).toMatchObject({ profile: {}, source: 'pages' });
    expect(decideProfile([h(10, 0)], { headlineLinesAreParts: false }).profile.headlineLinesAreParts).toBe(false);
    expect(decideProfile([h(0, 10)], { bylineOnTop: true, headlineLinesAreParts: true })).toMatchObject({ profile: { bylineOnTop: true, headlineLinesAreParts: true }, source: 'catalogue' });
    expect(parseCatalogue({ publications: { 某某日报: { profile: { headlineLinesAreParts: true } } } }).catalogue.publications['某某日报']).toEqual({ profile: { headlineLinesAreParts: true } });
  });

  const p = (s: string) => para(s);
  const together = (n: number) => [`春节前夕\n某地第${n}次开展送温暖活动\n为困难群众送去米面油`, p('春节前夕'), `某省某县——\n第${n}个小小化妆刷 做成大产业`, p('走进车间')].join('\n\n');
  const heads = (r: ReturnType<typeof ingest>) => r.articles.map((a) => [a.frontMatter.kicker, a.frontMatter.title, a.frontMatter.subtitle]);
  it('is learned from its pages by the ingest, which then reads such lines as the parts; a page alone shows too little', () => {
    const r = ingest({ files: [1, 2, 3].map((n) => ({ path: `某某日报/2026-03-0${n}/01.txt`, bytes: Buffer.from(together(n)) })) });
    expect(Object.values(r.report.profiles)[0]).toMatchObject({ profile: { headlineLinesAreParts: true }, evidence: { headlines: { together: 6, apart: 0 } } });
    expect(heads(r).slice(0, 2)).toEqual([['春节前夕', '某地第1次开展送温暖活动', '为困难群众送去米面油'], ['某省某县——', '第1个小小化妆刷 做成大产业', undefined]]);
    const one = ingest({ files: [{ path: '某某日报/2026-03-01/01.txt', bytes: Buffer.from(together(1)) }] });
    expect(heads(one).map((x) => x[0])).toEqual([undefined, undefined]);
  });
});

describe('how readily a stack inside running text opens an article (sectionBias)', () => {
  const logit = (p: number) => Math.log(p / (1 - p));

  it('estimates the share of titles from the scores, held near the model\'s share by a prior of 100 decisions', () => {
    // Scores whose probabilities average the model's own share: the estimate stays there, no shift.
    const same = estimateTitleShare(Array(1000).fill(logit(0.06)), 0.06);
    expect(same.share).toBeCloseTo(0.06, 6);
    expect(same.shift).toBeCloseTo(0, 6);
    // A paper where a quarter of the weighed stacks score as titles: the share rises well above the model's.
    const more = estimateTitleShare([...Array(750).fill(-4), ...Array(250).fill(4)], 0.06);
    expect(more.share).toBeGreaterThan(0.2);
    expect(more.shift).toBeGreaterThan(1);
    // One where hardly any does: below it.
    expect(estimateTitleShare(Array(1000).fill(-6), 0.06).shift).toBeLessThan(-1);
    // Twelve decisions, all headings: the prior keeps the share near the model's.
    expect(Math.abs(estimateTitleShare(Array(12).fill(-6), 0.06).shift)).toBeLessThan(SECTION_BIAS_MIN);
    // Deterministic.
    expect(estimateTitleShare([-2, 1, -5, 3], 0.06)).toEqual(estimateTitleShare([-2, 1, -5, 3], 0.06));
  });

  it('a paper whose pages score many stacks as titles gets a sectionBias; the development papers\' shares do not', () => {
    const habits = (scores: number[]) => [{ bylineOnTop: false, sectionScores: scores }];
    const d = decideProfile(habits([...Array(750).fill(-4), ...Array(250).fill(4)]), undefined, 0.06);
    expect(d.profile.sectionBias).toBeGreaterThan(1);
    expect(d.evidence.sections.decisions).toBe(1000);
    expect(profileMatters(d.profile)).toBe(true);
    expect(decideProfile(habits(Array(1000).fill(logit(0.06))), undefined, 0.06).profile.sectionBias).toBeUndefined();
    expect(decideProfile(habits([]), undefined, 0.06).profile).toEqual({});
    // The shipped model records the share it was fitted on.
    expect(SECTION_MODEL.titleShare).toBeGreaterThan(0.03);
    expect(SECTION_MODEL.titleShare).toBeLessThan(0.1);
  });

  it('a page reports the section model\'s score of every stack it weighs, and a sectionBias moves its verdicts', () => {
    const page = ['某县推进乡村振兴', para('今年以来'), para('据介绍'), '凤凰展翅向未来', para('大年三十'), para('村支书说')].join('\n\n');
    const seg = segmentPage(lines(page), { file: 'a.txt' });
    expect(seg.habits?.sectionScores).toHaveLength(1);
    const score = seg.habits!.sectionScores![0]!;
    expect(score).toBeLessThan(0);
    const titlesWith = (sectionBias: number) => segmentPage(lines(page), { file: 'a.txt', profile: { sectionBias } }).items.flatMap((i) => (i.type === 'article' ? [i.article.title] : []));
    expect(titlesWith(-score - 0.5)).toEqual(['某县推进乡村振兴']);
    expect(titlesWith(-score + 0.5)).toEqual(['某县推进乡村振兴', '凤凰展翅向未来']);
  });
});
