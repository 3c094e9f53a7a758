import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isOrganiserCredit } from '../../../scripts/ingest/segment/patterns.ts';
import { KICKER_CUES, assignHeadlineParts, firstKickerCue, hasColumnTag, isBareFigure, isContributorCredit, isKickerFirst, isOrganisationCredit, isPromotionLabel, kickerCue, splitInlineSubtitle } from '../../../scripts/ingest/segment/assign-headline-parts.ts';
import type { ClassifiedBlock } from '../../../scripts/ingest/segment/classify-blocks.ts';

const stack = (...texts: string[]): ClassifiedBlock[] =>
  texts.map((text, i) => ({ kind: 'headline', block: { text, lines: [i * 2 + 1, i * 2 + 1], source: [], gapBefore: 1, gapAfter: 1, joins: [] } }));
const roles = (texts: string[], topOfPage = false) => {
  const parts = assignHeadlineParts(stack(...texts), { topOfPage });
  return { furniture: parts.furniture.map((p) => p.text), captions: parts.captions.map((p) => p.text), ...(parts.standalone.length ? { standalone: parts.standalone.map((p) => p.text) } : {}), blocks: parts.blocks.map((b) => `${b.role}:${b.text}`) };
};

describe('assignHeadlineParts', () => {
  it.each([
    [['抓转型促发展'], ['title:抓转型促发展']],
    [['闻鸡起舞勇创大业', '——开发区2017年发展亮点回眸'], ['title:闻鸡起舞勇创大业', 'subtitle:——开发区2017年发展亮点回眸']],
    [['勇当攻坚克难、奔跑在前的奋斗者', '奋力建设高质量发展的一流开发区'], ['kicker:勇当攻坚克难、奔跑在前的奋斗者', 'title:奋力建设高质量发展的一流开发区']],
    [['抓转型促发展 全力打造北部产业新城', '金科园党工委 管委会、金城镇党委 政府'], ['title:抓转型促发展 全力打造北部产业新城', 'byline:金科园党工委 管委会、金城镇党委 政府']],
    [['于变局中开新局 政企同心谱新篇 ——“决战2020”年中特别报道（上）'], ['title:于变局中开新局 政企同心谱新篇', 'subtitle:——“决战2020”年中特别报道（上）']],
    [['一线明察暗访 忠诚履职担当（深度关注）', '——纪检监察干部工作日扫描', '直奔现场了解实情'], ['title:一线明察暗访 忠诚履职担当（深度关注）', 'subtitle:——纪检监察干部工作日扫描', 'heading:直奔现场了解实情']],
    [['中共中央国务院印发', '《粤港澳大湾区发展规划纲要》'], ['kicker:中共中央国务院印发', 'title:《粤港澳大湾区发展规划纲要》']],
  ])('%j', (texts, blocks) => expect(roles(texts).blocks).toEqual(blocks));

  it('takes an organisation name over a kicker and title at the top of a page as furniture', () => {
    expect(roles(['句容经济开发区 （黄梅街道）', '勇当攻坚克难、奔跑在前的奋斗者', '奋力建设高质量发展的一流开发区'], true)).toEqual({
      furniture: ['句容经济开发区 （黄梅街道）'],
      captions: [],
      blocks: ['kicker:勇当攻坚克难、奔跑在前的奋斗者', 'title:奋力建设高质量发展的一流开发区'],
    });
  });
});

describe('headline helpers', () => {
  it('splits a subtitle printed on the title line', () => {
    expect(splitInlineSubtitle({ text: '标题文字 ——副题', lines: [3, 3] }).map((p) => p.text)).toEqual(['标题文字', '——副题']);
    expect(splitInlineSubtitle({ text: '年度发展关键词“稳”——', lines: [3, 3] }).map((p) => p.text)).toEqual(['年度发展关键词“稳”——']);
  });
  it('tells kicker-first from subtitle-second', () => {
    expect(isKickerFirst('韩正在推进“一带一路”建设工作领导小组会议上强调', '坚持问题导向')).toBe(true);
    expect(isKickerFirst('王沪宁看望文化界知名人士', '——写在讲话发表3周年之际')).toBe(false);
    expect(isKickerFirst('习近平同巴希尔互致贺电', '李克强同苏丹总理穆塔兹互致贺电')).toBe(false);
  });
  it('recognises column tags and organisation credits', () => {
    expect(hasColumnTag('警示教育要真正触及灵魂（红船观澜）')).toBe(true);
    expect(hasColumnTag('降本增效，物流发展高质量（感言·岁末年初看经济（11））')).toBe(true);
    expect(hasColumnTag('“决战2020”年中特别报道（上）')).toBe(false);
    // A linked box (（链接）) is published as an item of its own; a reporter's notes (（记者手记）) stay with the report.
    expect(hasColumnTag('就业利好政策全面发力（链接）')).toBe(true);
    expect(hasColumnTag('有心又有为（记者手记）')).toBe(false);
    // A school's or a hospital's division in brackets is part of its name.
    expect(hasColumnTag('某区某某实验学校（小学部）')).toBe(false);
    expect(hasColumnTag('某市某某中学（东校区）')).toBe(false);
    expect(isOrganisationCredit('金科园党工委 管委会、金城镇党委 政府')).toBe(true);
    expect(isOrganisationCredit('区领导带队开展双拥办实事活动')).toBe(false);
  });
});

describe('assignHeadlineParts keeps every piece', () => {
  const texts = ['句容经济开发区 （黄梅街道）', '引题文字', '主题文字（红船观澜）', '——副题文字', '本报记者 张三', '速览', '标题 ——副题', '金科园党工委 管委会、金城镇党委 政府', '2019年1月3日', '长长的第二行标题文字长长的第二行标题文字长长的第二行', '看人民映像　　品百味人生', '3.57万亿'];
  it('puts each piece in exactly one place, whatever the stack', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...texts), { minLength: 1, maxLength: 6 }), fc.boolean(), fc.boolean(), (stackTexts, topOfPage, beforeDateline) => {
        const parts = assignHeadlineParts(stack(...stackTexts), { topOfPage, beforeDateline });
        const out = [...parts.furniture, ...parts.captions, ...parts.standalone, ...parts.blocks].map((p) => p.text.replace(/\s+/g, '')).sort();
        const expected = stackTexts.flatMap((t) => splitInlineSubtitle({ text: t, lines: [1, 1] }).map((p) => p.text.replace(/\s+/g, ''))).sort();
        expect(out).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});

describe('kicker cues from news headlines', () => {
  it.each([
    ['第六届世界互联网大会开幕', '黄坤明宣读习近平主席贺信', false],
    ['栗战书主持召开第二十六次委员长会议', '决定将常委会工作报告稿等交付常委会会议表决', false],
    ['就中朝建交70周年', '习近平同朝鲜最高领导人金正恩互致贺电', true],
    ['第一条高速铁路', '京津城际 陆地飞行（新中国的“第一”·交通篇）', true],
    ['我市召开全市经济工作会议', '奋力开创高质量发展新局面', undefined],
  ])('%s / %s → %s', (a, b, expected) => expect(kickerCue(a, b)).toBe(expected));
});

describe('two-line headline cues from the corpus', () => {
  it.each([
    // A leader's meeting or visit is the news; the line under it adds to it.
    ['习近平会见尼泊尔总统班达里', '两国元首共同宣布建立中尼面向发展与繁荣的世代友好的战略合作伙伴关系'],
    ['习近平春节前夕视察看望北京卫戍区', '向全体人民解放军指战员武警部队官兵民兵预备役人员致以新春祝福'],
    // A press briefing on the news above it.
    ['习近平主席将出席第二届中国国际进口博览会', '商务部举行中外媒体吹风会介绍相关情况'],
    // A fact for another time under a whole statement.
    ['全国现入冬以来范围最大雨雪天气', '未来一周南方持续阴雨'],
    ['新赛季中职篮全面升级', '11月1日揭幕 预计总场次将达500场'],
    // What a meeting discussed, though printed as two phrases.
    ['中共中央政治局召开会议', '讨论政府工作报告 审议《关于二〇一八年中央巡视工作领导小组重点工作情况报告》'],
    // A second figure beside the title's own; a count in words.
    ['1月CPI同比上涨1.7%', 'PPI同比上涨0.1%'],
    ['全国公安机关查处380余个网贷平台', '查扣冻结涉案资产约百亿元'],
    // A whole statement of a state or trend.
    ['中国足球职业联盟成立在即', '中国足协将不再持有中超股份'],
    // The response under an incident report.
    ['内蒙古锡林郭勒盟一矿井发生事故', '应急管理部工作组赶赴现场'],
    // A bracketed document number.
    ['北京理工大学80周年校庆公告', '（第一号）'],
  ])('title + subtitle: %s / %s', (a, b) => expect(kickerCue(a, b)).toBe(false));

  it.each([
    ['尤权会见班禅额尔德尼·确吉杰布时希望', '为维护祖国统一和民族团结做出新成绩'],
    ['香港中联办负责人', '就美国国会众议院通过“香港人权与民主法案”发表声明表示坚决反对和严厉谴责'],
    ['全国人大外事委员会', '就美国国会众议院通过“香港人权与民主法案”发表声明'],
    ['博物馆里过大年  大庙会上品年味', '83.25万人次流连武侯祠'],
    ['通胀持续低迷  结构改革滞后', '欧元区经济增长面临多重难题'],
    ['人民在线、未来网和蛋壳公寓携手发布', '《2019大学毕业生租住蓝皮书》'],
    // A competition named alone frames whatever news stands under it.
    ['2021年高山滑雪世锦赛', '将保留全能项目并增加个人平行项目'],
  ])('kicker + title: %s / %s', (a, b) => expect(kickerCue(a, b)).toBe(true));

  it.each([
    // An attendance still to come is the news, not a second statement under it.
    ['第七届世界军人运动会开幕式18日晚在武汉举行', '习近平将出席开幕式并宣布运动会开幕'],
    // Taking part in a games is not attending a meeting.
    ['中央军委主席习近平签署通令', '嘉奖参加第七届世界军人运动会运动员教练员'],
    // What a finished event means, in a phrase built on 的, is the title the report line leads into.
    ['第二届中美文化投资论坛举行', '释放文化消费的巨大潜力'],
    ['摩洛哥哈桑二世大学“中国馆”揭牌仪式举行', '了解和感知中国的重要窗口'],
  ])('no title + subtitle cue: %s / %s', (a, b) => expect(kickerCue(a, b) ?? true).toBe(true));

  it('reads a speaker over a long statement before the dateline as kicker + title, not title + deck', () => {
    const parts = assignHeadlineParts(stack('香港中联办负责人', '就美国国会众议院通过“香港人权与民主法案”发表声明表示坚决反对和严厉谴责'), { topOfPage: false, beforeDateline: true });
    expect(parts.blocks.map((b) => b.role)).toEqual(['kicker', 'title']);
    expect(parts.review).toEqual([]);
  });

  describe("every two-piece cue decides its own examples (the first cue to fire on them)", () => {
    for (const cue of KICKER_CUES) {
      it.each(cue.examples)(`${cue.name}: %s / %s → ${cue.kickerFirst ? 'kicker + title' : 'title + subtitle'}`, (a, b) => {
        expect(firstKickerCue(a, b)?.name).toBe(cue.name);
        expect(isKickerFirst(a, b)).toBe(cue.kickerFirst);
      });
    }
    it('every cue has a doc line and at least one example', () => {
      for (const cue of KICKER_CUES) {
        expect(cue.doc.length, cue.name).toBeGreaterThan(10);
        expect(cue.examples.length, cue.name).toBeGreaterThan(0);
      }
    });
  });

  it('names every cue once, and says which one decided', () => {
    const names = KICKER_CUES.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    expect(firstKickerCue('习近平会见尼泊尔总统班达里', '两国元首共同宣布建立战略合作伙伴关系')?.name).toBe('leader-meeting');
    expect(firstKickerCue('我市召开全市经济工作会议', '奋力开创高质量发展新局面')).toBeUndefined();
  });
});

describe('lines in a headline stack that are not headline parts', () => {
  it('opens the text at a figure alone on a line (a data box)', () => {
    expect(roles(['金融对实体经济支持力度继续加大', '3.57万亿', '1月对实体经济发放的人民币贷款增加3.57万亿元，同比多增'])).toEqual({
      furniture: [],
      captions: [],
      blocks: ['title:金融对实体经济支持力度继续加大', 'heading:3.57万亿', 'heading:1月对实体经济发放的人民币贷款增加3.57万亿元，同比多增'],
    });
    expect(roles(['国务院扶贫办推动落实代表委员建议和提案', '用好“智慧库” 高质量打赢脱贫攻坚战', '252件', '2018年，国务院扶贫办共承办全国人大代表建议252件']).blocks).toEqual([
      'kicker:国务院扶贫办推动落实代表委员建议和提案', 'title:用好“智慧库” 高质量打赢脱贫攻坚战', 'heading:252件', 'heading:2018年，国务院扶贫办共承办全国人大代表建议252件',
    ]);
  });
  it('opens the text at a document name printed again', () => {
    expect(roles(['中办国办印发', '关于推进基层整合审批服务执法力量的实施意见', '关于推进基层整合审批服务执法力量的实施意见']).blocks).toEqual([
      'kicker:中办国办印发', 'title:关于推进基层整合审批服务执法力量的实施意见', 'heading:关于推进基层整合审批服务执法力量的实施意见',
    ]);
  });
  it('takes a QR-code promotion label over a headline for a caption', () => {
    expect(roles(['看人民映像　　品百味人生', '华北等地将再迎春雪'])).toEqual({ furniture: [], captions: ['看人民映像　　品百味人生'], blocks: ['title:华北等地将再迎春雪'] });
    expect(roles(['看人民映像　　品百味人生', '“扫黄打非”部门春节前开展专项整治', '净化文化环境 欢乐祥和过年']).blocks).toEqual([
      'kicker:“扫黄打非”部门春节前开展专项整治', 'title:净化文化环境 欢乐祥和过年',
    ]);
  });
  it('recognises bare figures and promotion labels', () => {
    expect(['3.57万亿', '58.4亿元', '252件', '7亿多', '96.84%'].every(isBareFigure)).toBe(true);
    expect(['1097万人捧新饭碗', '2019年10月22日', '第三十六号'].some(isBareFigure)).toBe(false);
    expect(isPromotionLabel('看麻辣财经　　分析深一度')).toBe(true);
    expect(isPromotionLabel('净化文化环境 欢乐祥和过年')).toBe(false);
  });
});

describe('a package of signed contributions', () => {
  it('reads a contributor credit under the second line as that line\'s signature: the first line is the package title', () => {
    expect(roles(['构筑全媒矩阵 占领传播高地', '建设全媒体助力社会治理', '中国人民大学新闻学院教授  宋建武']).blocks).toEqual([
      'title:构筑全媒矩阵 占领传播高地', 'heading:建设全媒体助力社会治理', 'byline:中国人民大学新闻学院教授  宋建武',
    ]);
    expect(roles(['坚持守正创新 推进深度融合', '用全媒体扩大主流价值影响', '中华全国新闻工作者协会党组成员、书记处书记\u00a0\u00a0吴\u00a0\u00a0兢']).blocks[0]).toBe('title:坚持守正创新 推进深度融合');
  });
  it('recognises contributor credits, not reporters\' bylines or headlines', () => {
    expect(['中国人民大学新闻学院教授  宋建武', '北京朝阳  施  芳', '腾讯网总编辑  李  方'].every(isContributorCredit)).toBe(true);
    expect(['本报记者  马  晨', '新时代 新华融 新征程', '产业集聚  动能升级', '中央宣传部  授予称号'].some(isContributorCredit)).toBe(false);
  });
});

describe('a stack of more than three pieces', () => {
  it('reads the first three as kicker, title and subtitle; the rest open the text', () => {
    const parts = roles(['春节期间', '银联网络交易超万亿', '消费升级特征显著', '春节期间（除夕至初六），银联网络交易总金额达1.16万亿元，较去年同期增长71.4%']);
    expect(parts.captions).toEqual([]);
    expect(parts.blocks).toEqual(['kicker:春节期间', 'title:银联网络交易超万亿', 'subtitle:消费升级特征显著', 'paragraph:春节期间（除夕至初六），银联网络交易总金额达1.16万亿元，较去年同期增长71.4%']);
    expect(roles(['发展扶贫产业 激发内生动力', '西藏让农牧民腰包鼓起来', '上半年西藏农村居民人均可支配收入同比增幅居全国首位', '目前西藏贫困发生率已下降到6%之内']).blocks.map((b) => b.split(':')[0])).toEqual(['kicker', 'title', 'paragraph', 'paragraph']);
  });
});

describe('a name-and-claim title', () => {
  it('reads a line with a name, a colon and a claim as the title, and the line under it as the opening of the text', () => {
    expect(roles(['南通：森林城市 绿水青山', '热烈祝贺2019中国森林旅游节10月18日在南通开幕']).blocks).toEqual([
      'title:南通：森林城市 绿水青山', 'heading:热烈祝贺2019中国森林旅游节10月18日在南通开幕',
    ]);
    expect(firstKickerCue('中国人寿：服务国家发展大局 守护人民美好生活', '中国人寿概览')?.name).toBe('colon-title');
  });
  it('keeps a lead-in ending in a colon a kicker, and a line over a column-tagged title its kicker', () => {
    expect(kickerCue('习近平在贺信中指出：', '推动构建人类命运共同体')).toBe(true);
    expect(kickerCue('广州探索多元化方式：长者饭堂、医养结合、家政＋、嵌入式……', '大城市养老 多主体发力（一线探民生）')).toBe(true);
  });
});

describe('a photo title over the next headline', () => {
  it('takes a rubric over a whole two-line headline for an item of its own', () => {
    expect(roles(['图片报道', '军运会期间，经受能力大考、作风大考——', '安保这一仗 赢得很漂亮'])).toEqual({
      furniture: [], captions: [], standalone: ['图片报道'], blocks: ['kicker:军运会期间，经受能力大考、作风大考——', 'title:安保这一仗 赢得很漂亮'],
    });
    expect(roles(['图片报道', '农家书屋深化改革再出发', '——中宣部印刷发行局负责人谈农家书屋提质增效']).standalone).toEqual(['图片报道']);
    expect(roles(['欢庆', '民航、铁路、移民管理系统基层党组织扎实开展主题教育——', '以担当诠释忠诚 以实干践行使命（守初心 担使命 找差距 抓落实）']).standalone).toEqual(['欢庆']);
  });
  it('takes a column-tagged title over another headline with a tagged title for an item of its own', () => {
    expect(roles(['与时俱进的全运会（新中国的“第一”·体育篇）', '第一次参加奥运会', '走向胜利第一步（新中国的“第一”·体育篇）'])).toEqual({
      furniture: [], captions: [], standalone: ['与时俱进的全运会（新中国的“第一”·体育篇）'], blocks: ['kicker:第一次参加奥运会', 'title:走向胜利第一步（新中国的“第一”·体育篇）'],
    });
  });
  it('takes a rubric over a news headline with a short last line right over a dateline for a photo title', () => {
    const parts = assignHeadlineParts(stack('感受春意', '1月PMI为49.5%', '市场供给稳中有升'), { topOfPage: false, beforeDateline: true });
    expect(parts.standalone.map((p) => p.text)).toEqual(['感受春意']);
    expect(parts.blocks.map((b) => `${b.role}:${b.text}`)).toEqual(['kicker:1月PMI为49.5%', 'title:市场供给稳中有升']);
    // An item in a box of briefs has a one-line title and a long deck; a bulleted sidebar label is no photo title.
    expect(assignHeadlineParts(stack('速览', '证监会鼓励证券公司权益类投资', '拟放宽证券公司投资权益类证券风险资本准备计算比例'), { topOfPage: false, beforeDateline: true }).standalone).toEqual([]);
    expect(assignHeadlineParts(stack('■链接', '职称政策将加大向', '深度贫困地区倾斜'), { topOfPage: false, beforeDateline: true }).standalone).toEqual([]);
  });
  it('keeps a box rubric over an item with a short lead-in the box title', () => {
    expect(roles(['礼赞新中国', '上海中共一大会址——', '重温入党誓词 追忆光辉历史']).blocks[0]).toBe('title:礼赞新中国');
    expect(roles(['速览', '证监会鼓励证券公司权益类投资', '拟放宽证券公司投资权益类证券风险资本准备计算比例']).standalone).toBeUndefined();
  });
});

describe('an excerpt under a title', () => {
  it('reads a line left open with an ellipsis as the opening of the text, not a title under a kicker', () => {
    expect(roles(['美好明天 同心共筑', '“今天是你的生日，我的中国……”']).blocks).toEqual(['title:美好明天 同心共筑', 'heading:“今天是你的生日，我的中国……”']);
    expect(kickerCue('中国第三十四批援苏丹医疗队圆满完成援外医疗任务', '“最难得的是在困境中坚守”')).toBe(true);
  });
});

describe('a short label under a whole statement', () => {
  it('reads a label of up to three characters as the opening of the text', () => {
    expect(roles(['习近平回信问候勉励澳门退休老人向全国的老人们致以重阳节的祝福', '回信']).blocks).toEqual([
      'title:习近平回信问候勉励澳门退休老人向全国的老人们致以重阳节的祝福', 'heading:回信',
    ]);
    expect(kickerCue('青海玉树雪灾灾区', '饲草料来了')).toBeUndefined();
    expect(kickerCue('中国女排以十一连胜卫冕世界杯冠军——', '好样的')).toBe(true);
  });
});

describe('a lead-in second in a stack of four', () => {
  it('reads the first line as the feature title and the rest as the first item\'s headline', () => {
    expect(roles(['新春走基层 人和家顺事事兴', '上海迪士尼乐园55名民警——', '全员无休假', '起早来执勤'])).toEqual({
      furniture: [], captions: [], blocks: ['title:新春走基层 人和家顺事事兴', 'heading:上海迪士尼乐园55名民警——', 'heading:全员无休假', 'heading:起早来执勤'],
    });
  });
});

describe('organiser credits over a headline', () => {
  it('takes an event\'s organiser credits over a headline for captions (they close the notice before)', () => {
    expect(roles(['主办单位：书香中国·北京阅读季领导小组', '承办单位：中共北京市委宣传部   北京市新闻出版局', '环海南岛赛晋级国际自盟职业系列赛'])).toEqual({
      furniture: [], captions: ['主办单位：书香中国·北京阅读季领导小组', '承办单位：中共北京市委宣传部   北京市新闻出版局'], blocks: ['title:环海南岛赛晋级国际自盟职业系列赛'],
    });
    expect(['主办方：工业和信息化部', '协办单位：深圳报业集团'].every(isOrganiserCredit)).toBe(true);
    expect(isOrganiserCredit('主办单位积极筹备')).toBe(false);
  });
});

describe('a listing under its title', () => {
  it('reads rows of labelled fields under the first line as the listing\'s text', () => {
    expect(roles(['“新中国70年70部长篇小说典藏”丛书书目', '书名：风云初记             作者：孙犁', '书名：铁道游击队           作者：知侠']).blocks).toEqual([
      'title:“新中国70年70部长篇小说典藏”丛书书目', 'heading:书名：风云初记             作者：孙犁', 'heading:书名：铁道游击队           作者：知侠',
    ]);
  });
});

describe('summary points set large under a title', () => {
  it('reads two long lines of facts with commas under the first line as the opening of the text', () => {
    expect(roles(['《国家产教融合建设试点实施方案》印发', '通过5年左右的努力，试点布局50个左右产教融合型城市', '在全国建设培育1万家以上的产教融合型企业，建立产教融合型企业制度和组合式激励政策体系']).blocks.map((b) => b.split(':')[0])).toEqual(['title', 'heading', 'heading']);
    expect(roles(['习近平春节前夕在北京看望慰问基层干部群众', '向广大干部群众致以美好的新春祝福祝各族人民幸福安康', '韩正陪同考察']).blocks.map((b) => b.split(':')[0])).toEqual(['kicker', 'title', 'subtitle']);
  });
});

describe('a roundup over its first item', () => {
  it('reads a title announcing several items over a two-line item headline as the roundup\'s title', () => {
    expect(roles(['全国人大常委会第十四次会议审议多部法律草案和报告', '民法典婚姻家庭编草案进入三审', '现行法定婚龄暂不作修改']).blocks).toEqual([
      'title:全国人大常委会第十四次会议审议多部法律草案和报告', 'heading:民法典婚姻家庭编草案进入三审', 'heading:现行法定婚龄暂不作修改',
    ]);
  });
});
