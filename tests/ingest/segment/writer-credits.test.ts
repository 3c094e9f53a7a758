/**
 * Writers' lines as weeklies, supplements and other papers set them: a bare name after an ornament (◎ 林某某), a credit
 * naming the writer's part (文｜张某, 特约撰稿 王某, 【作者】郑某, 林某 口述  王某 整理), a paper and its news site
 * (某某青年报·某某在线记者 冯某). Read alone, in a headline stack, as a sign-off, and as a paper's house style.
 * (Made-up names and text, in the shapes such papers print.)
 */
import { describe, expect, it } from 'vitest';
import { isBylineShape, isOrnamentedName, isReporterLine, isWritersCredit, withoutCreditOrnament } from '../../../scripts/ingest/segment/patterns.ts';
import { classifyBlocks } from '../../../scripts/ingest/segment/classify-blocks.ts';
import { splitBlocks } from '../../../scripts/ingest/segment/split-blocks.ts';
import { segmentPage } from '../../../scripts/ingest/segment.ts';
import { HOUSE_STYLES } from '../../../scripts/eval/papers.ts';

const lines = (texts: readonly string[]) => texts.join('\n\n').split('\n').map((text, i) => ({ no: i + 1, text }));
const kinds = (texts: readonly string[]) => classifyBlocks(splitBlocks(lines(texts))).map((c) => c.kind);
/** Running text of its own for each item (no two share words, so cohesion does not tie them together). */
const TEXTS = [
  '冬日的清晨，县二中的操场上还结着一层薄霜。老教师早早站在教室门口，等着第一个学生到来。',
  '老街改造保留了青石板路面和木结构门面，沿街二十多家老字号重新开门迎客，游人络绎不绝。',
  '渔民们趁着好天气出海，码头上堆满了刚卸下的海货，收购商的货车排成了长龙，一直到傍晚。',
  '护林员每天巡山二十多公里，防火、防盗伐、防病虫害，山里的每一条小路他都走过许多遍。',
  '夜校开在村委会二楼，每周三晚上讲种植技术，来听课的既有年轻人，也有六十多岁的老人。',
  '这座桥通车以后，两个村的孩子上学不用再绕远路，村民卖菜进城也方便了，日子越过越好。',
];
const body = (i: number) => [TEXTS[i % TEXTS.length]!, TEXTS[(i + 3) % TEXTS.length]!.replace(/。$/, '，大家都说变化真大。')];
const TITLES = ['山村里的读书声', '一条老街的新生', '渔村的春天', '两代人的护林路', '夜校里的新农人', '一座桥连起两个村'];
const articles = (page: ReturnType<typeof segmentPage>) => page.items.flatMap((it) => (it.type === 'article' ? [{ title: it.article.title, byline: it.article.byline }] : []));

describe('writers’ lines read alone', () => {
  it.each([
    ['◎ 林小雨', true], ['□ 周海', true], ['■王建国', true], ['◆云南', true], ['林小雨', false], ['■小贴士', false], ['■记者手记', false],
  ])('%s is a bare name after an ornament: %s', (t, e) => expect(isOrnamentedName(t)).toBe(e));

  it.each([
    ['文｜赵明', true], ['□ 文/孙丽', true], ['□ 特约撰稿 钱伟', true], ['撰稿人：钱伟', true], ['【作者】郑涛', true], ['□ 吴敏（作家）', true],
    ['林小雨 口述  王强 整理', true], ['■ 70年来，全国各族人民同心', false], ['■链接', false], ['●脱贫攻坚奔小康', false],
  ])('%s is a byline: %s', (t, e) => expect(isBylineShape(t)).toBe(e));

  it('leaves a bare name after an ornament to its place (a sign-off after text, a section keyword over text), not to byline-shape', () => {
    expect(isBylineShape('◎ 林小雨')).toBe(false);
    expect(kinds(['◎ 林小雨', '◆云南'])).toEqual(['name', 'name']);
    expect(withoutCreditOrnament('◎ 林小雨')).toBe('林小雨');
  });

  it('tells a writer’s credit (an essay’s) from a letter writer’s line and a reporter’s', () => {
    for (const t of ['文｜赵明', '文丨张 三', '文 │ 赵明', '张某丨文', '□ 文/孙丽', '特约撰稿 钱伟', '【作者】郑涛', '吴敏（作家）', '林小雨 口述  王强 整理']) expect(isWritersCredit(t), t).toBe(true);
    for (const t of ['江西新余市  廖海金', '本报记者 张三', '（责任编辑：李四）', '据新华社']) expect(isWritersCredit(t), t).toBe(false);
  });

  it('reads a paper and its news site joined by a middle dot as the reporter’s paper', () => {
    expect(isReporterLine('某某青年报·某某在线记者 冯军')).toBe(true);
    expect(kinds(['某某青年报·某某在线记者 冯军'])).toEqual(['byline']);
  });
});

describe('other outlets’ reporters and sources', () => {
  it.each(['某青报·某青网记者 张三', '晚报记者 张三', '快报记者 张三 通讯员 李四', '某京报记者 张三', '某某新闻记者 张三 王五', '央视记者 张三', '总台记者 张三', '本报特派记者 张三', '本报特派巴黎记者 张三'])(
    '%s is a reporter’s line', (t) => expect(isReporterLine(t)).toBe(true),
  );
  it.each(['记者手记', '本报记者在现场看到，市民排起了长队', '情况汇报'])('%s is not', (t) => expect(isReporterLine(t)).toBe(false));
  it.each([['本文来源：某某网', true], ['新闻来源：某某日报', true], ['来源：某某社', true], ['据了解', false]])('%s signs off a reprint: %s', (t, e) => expect(isBylineShape(t)).toBe(e));
});

describe('a page of essays, each signed at its end', () => {
  const SIGNS = ['◎ 林小雨', '□ 周海', '■ 王建国', '文｜赵明', '□ 特约撰稿 钱伟', '【作者】郑涛'];
  it('opens an article at every title after a sign-off, whatever form the sign-off takes', () => {
    const page = TITLES.flatMap((t, i) => [t, ...body(i), SIGNS[i]!]);
    const read = articles(segmentPage(lines(page), { file: 'a.txt' }));
    expect(read.map((a) => a.title)).toEqual(TITLES);
    expect(read.map((a) => a.byline)).toEqual(SIGNS);
  });
});

describe('a page of essays, each with its writer under the title', () => {
  const WRITERS = ['◎ 林小雨', '□ 周海', '■ 王建国', '文｜赵明', '□ 吴敏（作家）', '林小雨 口述  王强 整理'];
  const page = TITLES.flatMap((t, i) => [t, WRITERS[i]!, ...body(i)]);

  it('shows the writer-on-top habit, and in that house style opens an article at every title', () => {
    expect(segmentPage(lines(page), { file: 'b.txt' }).habits).toMatchObject({ bylineOnTop: true });
    const read = articles(segmentPage(lines(page), { file: 'b.txt', profile: { bylineOnTop: true } }));
    expect(read.map((a) => a.title)).toEqual(TITLES);
    expect(read.map((a) => a.byline)).toEqual(WRITERS);
  });

  it('without the house style reads the later titles as a group feature’s contributions (人民日报’s habit)', () => {
    const read = articles(segmentPage(lines(page), { file: 'b.txt' }));
    expect(read.length).toBeLessThan(TITLES.length);
  });
});

describe('the “writers with an ornament” re-style (eval:papers --styles)', () => {
  it('sets an ornament before a writer’s name signing the text over it, never before a gold headline or a name under a headline', () => {
    const text = ['某地新闻', '', '张三', '', TEXTS[0]!, '', '林小雨', '', '丰收', '', TEXTS[1]!, '', '周海', '', TEXTS[2]!].join('\n');
    const out = HOUSE_STYLES['writers with an ornament']!(text, [{ title: '某地新闻' }, { title: '丰收' }]);
    expect(out).toBe(['某地新闻', '', '张三', '', TEXTS[0]!, '', '◎ 林小雨', '', '丰收', '', TEXTS[1]!, '', '◎ 周海', '', TEXTS[2]!].join('\n'));
  });
});

describe('a page’s or column’s name over the first essay and its writer', () => {
  const first = (page: string[]) => segmentPage(lines(page), { file: 'c.txt' }).items.find((it) => it.type === 'article');
  it('at the top of the page is the essay’s kicker, not the title of a box of items', () => {
    const a = first(['副刊', '冬日絮语', '◎ 林小雨', ...body(0), ...body(1)]);
    expect(a?.type === 'article' && [a.article.kicker, a.article.title, a.article.byline]).toEqual(['副刊', '冬日絮语', '◎ 林小雨']);
  });
  it('mid-page heads a box of contributions, as before (来论 / a headline / its writer)', () => {
    const items = segmentPage(lines(['某地新闻', ...body(2), '（本报记者 张三）', '来论', '小治理也需精细活', '周 海', ...body(0), '有感于窗口服务', '林小雨', ...body(1)]), { file: 'd.txt' }).items;
    const titles = items.flatMap((it) => (it.type === 'article' ? [it.article.title] : []));
    expect(titles).toEqual(['某地新闻', '来论']);
  });
});

describe('a genre label over a headline and its ——subtitle, the reporter under them', () => {
  it('is the article’s kicker (专访), not a photo’s title of its own', () => {
    const page = ['铁路调度员的除夕夜', '晨报记者 张伟', ...body(0), '（完）', '专访', '“让每一位旅客平安回家”', '——访城东火车站站长王强', '晨报记者 赵敏', ...body(1)];
    const arts = segmentPage(lines(page), { file: 'e.txt' }).items.flatMap((it) => (it.type === 'article' ? [it.article] : []));
    expect(arts.map((a) => [a.kicker, a.title, a.subtitle])).toEqual([[undefined, '铁路调度员的除夕夜', undefined], ['专访', '“让每一位旅客平安回家”', '——访城东火车站站长王强']]);
  });
});

describe('a column’s name in lenticular brackets over a commentary', () => {
  it('is the commentary’s kicker, neither a byline of the article before nor the title of a box', () => {
    expect(isBylineShape('【时评】')).toBe(false);
    expect(isBylineShape('（刘颖 马吉）')).toBe(true);
    const page = ['我国科技创新取得新进展', '本报记者 张三 李四', ...body(0), '【时评】', '让科研人员把精力用在刀刃上', '张三', ...body(1), '（作者系某大学教授）'];
    const arts = segmentPage(lines(page), { file: 'k.txt', profile: { bylineOnTop: true } }).items.flatMap((it) => (it.type === 'article' ? [it.article] : []));
    expect(arts.map((a) => [a.kicker, a.title])).toEqual([[undefined, '我国科技创新取得新进展'], ['【时评】', '让科研人员把精力用在刀刃上']]);
  });
});

describe('a supplement’s page of poems and essays, each writer under the title', () => {
  it('keeps a poem’s stanzas and its second poem (外一首) in the piece, and opens the essay after them at its title', () => {
    const page = [
      '冬日絮语', '◎ 林小雨', ...body(0),
      '故乡的河（外一首）', '□ 周海', '故乡的河\n从村口流过\n流过我的童年\n流过母亲的白发', '河水还是那样清\n只是岸边的柳树\n已经认不出我',
      '远方', '远方有多远\n是一座山的距离\n还是一封信的等待',
      '读书札记', '■ 王建国', ...body(1),
    ];
    const arts = segmentPage(lines(page), { file: 'p.txt', profile: { bylineOnTop: true } }).items.flatMap((it) => (it.type === 'article' ? [it.article] : []));
    expect(arts.map((a) => a.title)).toEqual(['冬日絮语', '故乡的河（外一首）', '读书札记']);
    expect(arts[1]!.blocks.filter((b) => b.role === 'heading').map((b) => b.text)).toEqual(['远方']);
  });
  it('leaves a city paper’s headline on several lines over its subtitle and reporter, after running text, as that headline', () => {
    const page = ['某地新闻', '记者 张三', ...body(2), '某市某区\n一高楼起火', '消防员及时赶到，无人受伤', '记者 李四', ...body(3)];
    const arts = segmentPage(lines(page), { file: 'q.txt', profile: { bylineOnTop: true } }).items.flatMap((it) => (it.type === 'article' ? [it.article] : []));
    expect(arts.map((a) => a.title)).toEqual(['某地新闻', '某市某区\n一高楼起火']);
  });
});
