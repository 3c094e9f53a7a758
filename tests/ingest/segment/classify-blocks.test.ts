import { describe, expect, it } from 'vitest';
import { BLOCK_CUES, NEIGHBOUR_CUES, classifyBlock, classifyBlocks, firstBlockCue, isHeadlineShaped } from '../../../scripts/ingest/segment/classify-blocks.ts';
import { splitBlocks } from '../../../scripts/ingest/segment/split-blocks.ts';
import type { Block } from '../../../scripts/ingest/segment/block.ts';

const block = (text: string): Block => ({ text, lines: [1, text.split('\n').length], source: [], gapBefore: 1, gapAfter: 1, joins: [] });

describe('classifyBlock', () => {
  it.each([
    ['主办：中共常州市金坛区委员会 主管部门：中共常州市金坛区委宣传部', 'furniture'],
    ['第45期', 'furniture'],
    ['开发区精神：\n团结奋进 开放创新\n包容担当 务实诚信', 'furniture'],
    ['**践行嘱托开新局\n——争当表率、争做示范、走在前列**', 'furniture'],
    ['金坛时报\n数字微报', 'short-stack'],
    ['▶ 详见二版', 'teaser-pointer'],
    ['编者按：今年以来，我区统筹推进疫情防控。', 'editors-note'],
    ['【编者按】为了做好春耕，本报推出系列报道。', 'editors-note'],
    ['（下转第二版）', 'continuation'],
    ['蒋建君/文 浦映/摄', 'byline'],
    ['本报记者 吴储岐', 'byline'],
    ['◎ 记者 张三 通讯员 李四', 'byline'],
    ['（责任编辑：李四）', 'byline'],
    ['（完）', 'byline'],
    ['李鹏宇', 'name'],
    ['本报讯 昨天上午，区纪委监委组织收看报告会。', 'dateline'],
    ['区领导带队开展双拥办实事活动', 'headline'],
    ['年度发展关键词“稳”——', 'headline'],
    ['附：一览表（详见第二版）', 'body'],
    ['会上，区委常委汇报了工作。', 'body'],
    ['400-898-6115　　全国免费送货  货到付款　　北京市东城区保利大厦6层', 'body'],
    ['咨询电话：028—6871409', 'body'],
    ['第二十一届中国上海国际艺术节官网 www.artsbird.com', 'body'],
    ['寿光市高层次人才创业大赛组委会　　2019年2月26日', 'body'],
    ['报名邮箱：hjdbzhk@163.com（请按“应聘XX岗位+姓名”为邮件标题）', 'body'],
    ['9:30-12:00 工业机器人技术分享沙龙（上午场）', 'body'],
    ['观看视频，请用手机扫描二维码', 'furniture'],
    ['扫一扫，关注我们', 'furniture'],
    ['“扫黄打非”部门春节前开展专项整治', 'headline'],
    ['写于蒙古国首都乌兰巴托', 'body'],
    ['（2019年春草于北京）', 'body'],
    ['他写于心中的诗', 'headline'],
    ['252件', 'body'],
    ['96.84%', 'body'],
    ['2140亿元', 'body'],
    ['yxxz8494@163.com', 'byline'],
    ['本版照片除署名外均为资料图片', 'byline'],
    ['中车长客公司供图', 'byline'],
    ['四川攀枝花市  尹  远', 'byline'],
    ['巡检气田 守护安全（见图）', 'headline'],
    ['市民在公园赏花（张三 摄）', 'caption'],
  ])('%s → %s', (text, kind) => expect(classifyBlock(block(text)).kind).toBe(kind));
});

describe('block cues (BLOCK_CUES): each has an id, a doc and examples, and decides its examples', () => {
  it('has unique ids, a doc line and at least one example per cue', () => {
    expect(new Set(BLOCK_CUES.map((c) => c.id)).size).toBe(BLOCK_CUES.length);
    for (const c of BLOCK_CUES) {
      expect(c.doc.length, c.id).toBeGreaterThan(10);
      expect(c.examples.length, c.id).toBeGreaterThan(0);
    }
  });
  it.each(BLOCK_CUES.flatMap((c) => c.examples.map((e) => [c.id, e] as const)))('%s is the first cue to fire on %j', (id, text) => {
    const cue = BLOCK_CUES.find((c) => c.id === id)!;
    expect(firstBlockCue(block(text))?.id).toBe(id);
    expect(classifyBlock(block(text)).kind).toBe(cue.kind);
    if (cue.furniture) expect(classifyBlock(block(text)).furniture).toBe(cue.furniture);
  });
  it('reads a block none of them fires on as running text', () => {
    expect(firstBlockCue(block('会上，区委常委汇报了工作。'))).toBeUndefined();
    expect(classifyBlock(block('会上，区委常委汇报了工作。')).kind).toBe('body');
  });
});

describe('neighbour cues (NEIGHBOUR_CUES): each decides its examples, and each example needs it', () => {
  const kindsOf = (lines: readonly string[]) => classifyBlocks(splitBlocks(lines.join('\n\n').split('\n').map((text, i) => ({ no: i + 1, text })))).map((b) => b.kind);
  it.each(NEIGHBOUR_CUES.flatMap((c) => c.examples.map((e) => [c.id, e] as const)))('%s: %j', (_id, e) => {
    expect(kindsOf(e.blocks)).toEqual(e.kinds);
  });
  it('changes a kind on the first example of every cue (the rule is what makes it so)', () => {
    for (const c of NEIGHBOUR_CUES) {
      const blocks = splitBlocks(c.examples[0]!.blocks.join('\n\n').split('\n').map((text, i) => ({ no: i + 1, text }))).map(classifyBlock);
      expect(blocks.map((b) => b.kind), c.id).not.toEqual(c.examples[0]!.kinds);
    }
  });
});

describe('isHeadlineShaped', () => {
  it.each([
    ['金科园： 加快转型升级 狠抓科技创新', true],
    ['立时代潮头，发思想先声（序与跋）', true],
    ['新春招聘会，火爆！', true],
    ['写春联、赏年画、进博物馆……', true],
    ['就做好下一阶段工作，狄志强提出三点要求：', false],
    ['要争当转型升级先锋。', false],
    ['李克强将出席上合组织成员国政府首脑（总理）理事会第十八次会议并对乌兹别克斯坦进行正式访问、出席东亚合作领导人系列会议并对泰国进行正式访问', true],
    ['推出永续债有利于优化银行资本结构，增强商业银行抵御风险能力和信贷投放能力，同时也有利于丰富我国债券市场品种结构，满足长期投资人资产配置需求', false],
    ['（本报北京、布鲁塞尔、华盛顿、开罗、里约热内卢、约翰内斯堡、曼谷10月17日电  记者邹志鹏、任彦、张梦旭、黄培昭、朱东君、吕强、孙广勇）', false],
    ['习近平同保加利亚、罗马尼亚、捷克、斯洛伐克、匈牙利和波兰六国元首互致贺电', true],
    ['辽宁、浙江、河南、海南、贵州扎实开展主题教育——', true],
    ['助力稳增长、稳就业、惠民生，打开成长空间、降低物流成本、推动区域发展', false],
    ['', false],
  ])('%s → %s', (text, expected) => expect(isHeadlineShaped(text)).toBe(expected));
});

describe('omission marks', () => {
  it('reads a section-break ornament and a speech\'s salutation as text, not headlines', () => {
    const kinds = classifyBlocks(splitBlocks(['※  ※  ※  ※', '', '同志们、朋友们！', '', '中国京剧走进校园'].map((text, i) => ({ no: i + 1, text })))).map((b) => b.kind);
    expect(kinds).toEqual(['body', 'body', 'headline']);
  });
  it('reads an ellipsis on its own line as text, not a headline', () => {
    const kinds = classifyBlocks(splitBlocks(['会议指出，要抓落实。', '', '……', '', '粤港澳大湾区在一个国家的条件下建设。'].map((text, i) => ({ no: i + 1, text })))).map((b) => b.kind);
    expect(kinds).toEqual(['body', 'body', 'body']);
  });
});

describe('an infographic\'s figures', () => {
  const kindsOf = (lines: string[]) => classifyBlocks(splitBlocks(lines.join('\n\n').split('\n').map((text, i) => ({ no: i + 1, text })))).map((b) => b.kind);
  it('reads a figure alone on its line as text, so the headline over it opens the article', () => {
    const blocks = classifyBlocks(splitBlocks(['用好“智慧库” 高质量打赢脱贫攻坚战', '', '252件', '', '2018年，国务院扶贫办共承办全国人大代表建议252件'].map((text, i) => ({ no: i + 1, text }))));
    expect(blocks.map((b) => b.kind)).toEqual(['headline', 'body']);
    // (the figure and the sentence explaining it are one paragraph, every line of it kept)
    expect(blocks[1]!.block.text).toBe('252件\n2018年，国务院扶贫办共承办全国人大代表建议252件');
    expect(blocks[1]!.block.lines).toEqual([3, 5]);
    expect(blocks[1]!.block.source.map((l) => l.no)).toEqual([3, 5]);
  });
  it('reads the sentence under a figure that repeats its number as text too', () => {
    expect(kindsOf(['17万人次', '春节期间全国日均出动警力17万人次、警车6万余辆次', '本报北京2月10日电  （记者张璁）公安部10日发布。'])).toEqual(['body', 'dateline']);
    // (and not as a lead-in over the headline after it)
    expect(kindsOf(['909亿元', '2019年中央财政专项扶贫资金预算909.78亿元', '今年春晚不一般（今日谈）'])).toEqual(['body', 'headline']);
    // (a label under the figure, and the sentence under the label that repeats the figure; not a headline after them)
    expect(kindsOf(['416.9亿元', '西南四省份经广西口岸进出口货物价值', '2018年，西南四省份企业经广西口岸进出境的货物价值416.9亿元', '云南鲜花  香飘海外'])).toEqual(['body', 'headline']);
    expect(kindsOf(['909亿元', '交通管理有序', '今年春晚不一般（今日谈）'])).toEqual(['body', 'headline']);
  });
});

