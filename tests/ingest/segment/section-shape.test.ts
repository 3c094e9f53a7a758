/**
 * Shape cues of the section-or-title model (section-or-title.ts, parallel-headings.ts): a long statement over a
 * shorter title, a heading that breaks the article's series of headings, a heading built like the article's title.
 */
import { describe, expect, it } from 'vitest';
import { para } from './helpers.ts';
import type { ArticleBlock } from '../../../scripts/ingest/types.ts';
import { classifyBlocks } from '../../../scripts/ingest/segment/classify-blocks.ts';
import { splitBlocks } from '../../../scripts/ingest/segment/split-blocks.ts';
import { groupArticles } from '../../../scripts/ingest/segment/group-articles.ts';
import { FEATURE_NAMES, SECTION_WEIGHTS, isLoneLeadIn, isReportingKicker, opensNewArticle, sectionFeatures, sectionVerdict, SECTION_MODEL } from '../../../scripts/ingest/segment/section-or-title.ts';
import { headingShape, sameShape } from '../../../scripts/ingest/segment/parallel-headings.ts';

const page = (texts: string[]) => classifyBlocks(splitBlocks(texts.map((text, i) => ({ no: i + 1, text }))));
const block = (role: ArticleBlock['role'], text: string): ArticleBlock => ({ role, text, lines: [1, 1] });

/** The named features of a stack standing before block `index` of the page, after an article made of `blocks`. */
function features(stack: string[], blocks: ArticleBlock[], pageBlocks = page(['标题', '', para('正文'), '', ...stack.flatMap((s) => [s, '']), para('正文')])) {
  const f = sectionFeatures({ stack, article: { blocks, hasBody: true, closed: false, untitled: false, review: [] }, blocks: pageBlocks, index: pageBlocks.length - 1 });
  return (name: (typeof FEATURE_NAMES)[number]) => f[FEATURE_NAMES.indexOf(name)];
}

describe('heading shapes', () => {
  it('reads a heading as its phrases and length, without a column tag', () => {
    expect(headingShape('双周协商  画出更大同心圆')).toEqual({ length: 11, phrases: 2 });
    expect(headingShape('到国博过个文化年（新春走基层）')).toEqual({ length: 8, phrases: 1 });
    expect(sameShape(headingShape('双周协商  画出更大同心圆'), headingShape('注重质量  贯穿提案全过程'))).toBe(true);
    expect(sameShape(headingShape('传播军体文化'), headingShape('借军运东风 练过硬本领'))).toBe(false);
  });
});

describe('shape cues of the section-or-title model', () => {
  const article = [block('title', '求真务实  在大地上找答案'), block('paragraph', para('正文'))];
  it('sees a long statement over a shorter title as a kicker', () => {
    expect(features(['山东潍坊市寒亭区实施强村领航工程', '让弱村变强 把强村做优'], article)('kickerLine')).toBe(1);
    // Not a lead-in (——), not a title over its writer's name.
    expect(features(['国防大学军事文化学院学员汪野——', '丰富实战经验'], article)('kickerLine')).toBe(0);
    expect(features(['我们公司的生意一定会越来越好', '安娜·阿鲁久尼扬'], article)('kickerLine')).toBe(0);
    expect(features(['中企给当地提供大量就业机会', '（印度）狄伯杰'], article)('kickerLine')).toBe(0);
  });
  it('sees a heading that breaks the series of the article\'s headings', () => {
    const sections = [...article, block('heading', '传播军体文化'), block('paragraph', para('正文')), block('heading', '带动健身热潮'), block('paragraph', para('正文'))];
    expect(features(['借军运东风 练过硬本领'], sections)('breaksSeries')).toBe(1);
    expect(features(['留下运动场馆'], sections)('breaksSeries')).toBe(0);
  });
  it('sees a heading built like the article\'s title', () => {
    expect(features(['双周协商  画出更大同心圆'], article)('likeTitle')).toBe(1);
    expect(features(['背景故事'], article)('likeTitle')).toBe(0);
  });
  it('sees a stack set otherwise than the article\'s run of heading stacks', () => {
    // Three sections, each under a two-line heading (因趣结缘 / 每个团队都有独特面孔), then a one-line headline.
    const pairs = [...article, ...['因趣结缘', '每个团队都有独特面孔', '警民合作', '弥补社会治理不足', '主动参与', '成就感带来归属感'].flatMap((t, i) => (i % 2 ? [block('heading', t), block('paragraph', para('正文'))] : [block('heading', t)]))];
    expect(features(['以人民为中心的中国人权事业'], pairs)('stackSizeBreak')).toBe(1);
    expect(features(['热心助人', '志愿服务成为习惯'], pairs)('stackSizeBreak')).toBe(0);
    // Two stacks are not yet a run; stacks of mixed sizes are no run.
    expect(features(['以人民为中心的中国人权事业'], pairs.slice(0, 8))('stackSizeBreak')).toBe(0);
    const mixed = [...pairs, block('heading', '尾声'), block('paragraph', para('正文'))];
    expect(features(['以人民为中心的中国人权事业'], mixed)('stackSizeBreak')).toBe(0);
  });
  it('sees a heading with another number of phrases than the article\'s run of headings', () => {
    // Two-phrase headings of different lengths (so no breaksSeries), then a one-phrase line.
    const slogans = [...article, ...['打通版面页面 连接党心民心', '好创意迭出 好产品爆棚', '争当网红记者 争相跨界发展'].flatMap((t) => [block('heading', t), block('paragraph', para('正文'))])];
    expect(features(['优质内容是不变的刚需'], slogans)('phraseBreak')).toBe(1);
    expect(features(['融合发展 未来可期'], slogans)('phraseBreak')).toBe(0);
    // Two headings are not yet a run; a letter-spaced word is one phrase; a name set as a heading is not counted.
    expect(features(['优质内容是不变的刚需'], slogans.slice(0, 6))('phraseBreak')).toBe(0);
    const single = [...article, ...['因趣结缘', '警民合作', '主动参与'].flatMap((t) => [block('heading', t), block('paragraph', para('正文'))])];
    expect(features(['春  色'], single)('phraseBreak')).toBe(0);
    expect(features(['春风 秋雨'], single)('phraseBreak')).toBe(1);
    const named = [...article, ...['深情礼赞新中国七十年光辉历程', '杨明品', '诠释中国军人的底色'].flatMap((t) => [block('heading', t), block('paragraph', para('正文'))])];
    expect(features(['弘扬传统美德 展现高尚气节'], named)('phraseBreak')).toBe(0);
  });
  it('weighs all five towards a new article', () => {
    for (const name of ['kickerLine', 'breaksSeries', 'likeTitle', 'stackSizeBreak', 'phraseBreak'] as const) expect(SECTION_WEIGHTS[FEATURE_NAMES.indexOf(name)]!).toBeGreaterThan(0);
  });
});

describe('reporting kickers', () => {
  it('reads a kicker ending in a reporting verb as a news headline\'s', () => {
    expect(isReportingKicker(['习近平在会见探月工程嫦娥四号任务参研参试人员代表时强调', '为实现我国探月工程目标乘胜前进'])).toBe(true);
    expect(isReportingKicker(['李克强在内蒙古考察时指出', '推动高质量发展'])).toBe(true);
    expect(isReportingKicker(['习近平在会见代表时强调'])).toBe(false);
    expect(isReportingKicker(['专家强调', '要重视'])).toBe(false);
  });
  it('opens a new article at such a stack inside running text', () => {
    const text = ['冬日暖阳照山村', '', para('开头'), '', para('中间'), '', '习近平致信祝贺二〇一九中国海洋经济博览会开幕强调', '', '秉承互信互助互利原则 让世界各国人民共享海洋经济发展成果', '', para('贺信')].join('\n');
    const items = groupArticles(page(text.split('\n')));
    expect(items.filter((i) => i.type === 'article')).toHaveLength(2);
  });
});

describe('sidebar boxes', () => {
  it('keeps a sidebar label over a headline printed on two lines in the article before it, though a dateline follows (found on October pages)', () => {
    const text = ['前三季度基本完成全年就业目标', '', para('开头'), '', para('中间'), '', '■链接', '', '职称政策将加大向', '', '深度贫困地区倾斜', '', '本报北京10月21日电  （赵兵）人社部于近日印发意见，职称评审向基层倾斜。'];
    expect(groupArticles(page(text)).filter((i) => i.type === 'article')).toHaveLength(1);
  });
});

describe('lone lead-ins', () => {
  it('never opens an article at a single line ending in a dash', () => {
    expect(isLoneLeadIn(['钻机到了没——'])).toBe(true);
    expect(isLoneLeadIn(['河南获嘉县——', '小麦丰收'])).toBe(false);
    const blocks = page(['标题', '', para('正文'), '', '“凤凰”展翅向未来——', '', para('正文')]);
    // Even with every cue pointing to a new article (a weight on the bias alone), the lead-in stays in the text.
    const weights = FEATURE_NAMES.map((n) => (n === 'bias' ? 10 : 0));
    const article = { blocks: [block('title', '标题'), block('paragraph', para('正文'))], hasBody: true, closed: false, untitled: false, review: [] };
    expect(opensNewArticle({ stack: ['“凤凰”展翅向未来——'], article, blocks, index: 3 }, weights)).toBe(false);
    expect(opensNewArticle({ stack: ['凤凰展翅向未来'], article, blocks, index: 3 }, weights)).toBe(true);
  });
});

describe('decisions on a narrow margin', () => {
  const blocks = page(['标题', '', para('正文'), '', '凤凰展翅向未来', '', para('正文')]);
  const article = { blocks: [block('title', '标题'), block('paragraph', para('正文'))], hasBody: true, closed: false, untitled: false, review: [] };
  const decision = { stack: ['凤凰展翅向未来'], article, blocks, index: 3 };
  const withBias = (b: number) => FEATURE_NAMES.map((n) => (n === 'bias' ? b : 0));
  it('gives the margin when the score is closer to the threshold than the review band, and only then', () => {
    expect(sectionVerdict(decision, withBias(0.4), 0, 1.5)).toEqual({ opens: true, margin: 0.4 });
    expect(sectionVerdict(decision, withBias(-1.2), 0, 1.5)).toEqual({ opens: false, margin: -1.2 });
    expect(sectionVerdict(decision, withBias(2), 0, 1.5)).toEqual({ opens: true });
    expect(sectionVerdict(decision, withBias(-2), 0, 1.5)).toEqual({ opens: false });
  });
  it('agrees with opensNewArticle on every decision of a page', () => {
    for (const b of [-3, -1, -0.2, 0.2, 1, 3]) expect(sectionVerdict(decision, withBias(b)).opens).toBe(opensNewArticle(decision, withBias(b)));
  });
  it('a narrow decision in a page becomes a segment-uncertain review note on the article that took the stack', () => {
    const drafts = (lines: string[], bias: number) => groupArticles(page(lines), { model: { ...SECTION_MODEL, weights: withBias(bias) } }).flatMap((i) => (i.type === 'article' ? [i.draft] : []));
    const lines = ['标题', '', para('开头'), '', para('中间'), '', '凤凰展翅向未来', '', para('正文')];
    const opened = drafts(lines, 0.3);
    expect(opened).toHaveLength(2);
    expect(opened[1]!.review.find((n) => n.code === 'segment-uncertain')!.message).toContain('a new article on a narrow margin (+0.30): 凤凰展翅向未来');
    const kept = drafts(lines, -0.3);
    expect(kept).toHaveLength(1);
    expect(kept[0]!.review.find((n) => n.code === 'segment-uncertain')!.message).toContain('a section heading of the article before on a narrow margin (-0.30)');
    expect(drafts(lines, -5).flatMap((a) => a.review).map((n) => n.code)).not.toContain('segment-uncertain');
  });
});

describe('long kickers over short titles in a series', () => {
  it('counts a lead-in sentence over a short title as such a pair', () => {
    const text = ['飞虹跨山河  大道通九州', '', para('开头'), '', para('中间'),
      '', '凝结着一代代工程人的接续努力，汇聚着工程领域的进步成果', '', '重大工程背后有独特的“成功密码”', '', para('第二节'),
      '', '助力稳增长、稳就业、惠民生，打开成长空间、降低物流成本、推动区域发展', '', '交通基建的提速为发展带来强劲支撑', '', para('第三节')];
    expect(groupArticles(page(text)).filter((i) => i.type === 'article')).toHaveLength(1);
  });
});

describe('closing boxes', () => {
  it('opens a new article at a headline after a reporter\'s notes box', () => {
    const text = ['“我想成为这样的人”', '', para('开头'), '', para('中间'), '', '记者手记', '', '身边的改变 追梦的契机', '', para('手记'), '', '新居新年味儿', '', para('1月31日，为迎接春节')];
    expect(groupArticles(page(text)).filter((i) => i.type === 'article')).toHaveLength(2);
  });
  it('does not after a box that may stand mid-article (知识链接)', () => {
    const text = ['第一块手表', '', para('开头'), '', para('中间'), '', '知识链接', '', para('链接'), '', '参观贴士', '', para('博物馆开放时间')];
    expect(groupArticles(page(text)).filter((i) => i.type === 'article')).toHaveLength(1);
  });
});
