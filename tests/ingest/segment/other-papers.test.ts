/**
 * News leads and page pointers as other papers print them (none of these forms occurs on the development pages):
 * a news site's 消息, 本报综合消息, a two-character paper's 讯 (晚报讯), a reporter's lead after an ornament; 下接,
 * doubled pointer marks (>>详见A05版) and 相关报道见 on a line of its own; photo captions led by ▲ / ↑ and where a photo
 * comes from (（视觉中国供图）, 资料图, 图源：…). (Made-up text.)
 */
import { describe, expect, it } from 'vitest';
import { findContinuations, isBylineShape, isContactLine, isContinuationOnly, isCreditLine, isDataRow, isNoticeName, isPageHeader, isPublisherLine, isReporterLine, isTimeSlotLine, splitInlineTeaser, startsWithDateline, teaserPointer } from '../../../scripts/ingest/segment/patterns.ts';
import { classifyBlocks } from '../../../scripts/ingest/segment/classify-blocks.ts';
import { splitBlocks } from '../../../scripts/ingest/segment/split-blocks.ts';
import { segmentPage } from '../../../scripts/ingest/segment.ts';
import { isLeadUnderHeadline } from '../../../scripts/ingest/segment/section-or-title.ts';
import { creditLabel, isSidebarLabel } from '../../../scripts/ingest/segment/group-articles.ts';

describe('news leads of other papers', () => {
  it.each([
    '某视网消息（新闻联播）：1日，某地召开会议。', '某华网北京1月1日消息，某地召开会议。', '本报综合消息 昨天，某地召开会议。', '综合新华社电 昨天，某地召开会议。',
    '晚报讯（记者 张三）昨天，某地召开会议。', '晨报讯 昨天，某地召开会议。', '□记者 张三 昨天，市区某路口发生一起事故。',
  ])('%s opens with a news lead', (t) => expect(startsWithDateline(t)).toBe(true));

  it.each([
    '□记者在现场看到，市民排起了长队。', '省电视台传来消息，某地召开会议。', '综合来看，今年的形势好于去年。', '记者从市教育局获悉，今年将新建学校。',
    '晚报记者在现场看到，市民排起了长队。', '某某新闻记者昨天走访了多个小区。',
  ])('%s is running text', (t) => expect(startsWithDateline(t)).toBe(false));

  it.each(['晚报记者张三报道：昨天，某地召开会议。', '某某新闻记者 张三 昨天获悉，某地将新建学校。', '本报驻京记者 张三 昨天获悉，某地将新建学校。'])('%s opens with its reporter', (t) => expect(startsWithDateline(t)).toBe(true));

  const read = (page: string[]) => segmentPage(page.join('\n\n').split('\n').map((text, i) => ({ no: i + 1, text })), { file: 'm.txt' }).items.flatMap((it) => (it.type === 'article' ? [it.article.title] : []));
  it('a report led by a news site’s 消息 ends at the next headline (as one led by 电 does), unless its lead says it gathers several reports', () => {
    expect(read(['某地召开会议', '某某网北京2月22日消息 （记者张三）22日，某地召开会议，部署今年的重点任务。', '会议指出，要抓好各项工作的落实。', '某市启动春季植树活动', '植树活动将持续一个月，预计植树十万株。'])).toEqual(['某地召开会议', '某市启动春季植树活动']);
    expect(read(['国际人士积极评价', '某某网北京10月2日消息  综合本报驻外记者报道：', '“中国的发展惠及全世界”', '某国学者表示，中国的发展为世界带来了机遇，各国都从中受益。'])).toEqual(['国际人士积极评价']);
  });

  it('a headline over a news site’s lead opens an article after running text', () => {
    const page = ['某地召开会议', '某视网消息（新闻联播）：1日，某地召开会议，部署今年的重点工作。', '会议指出，要抓好各项工作的落实，确保取得实效。', '某地开展义诊活动', '某华网北京1月1日消息，某地开展义诊活动，群众在家门口就能看上专家门诊。'];
    const items = segmentPage(page.join('\n\n').split('\n').map((text, i) => ({ no: i + 1, text })), { file: 'a.txt' }).items;
    expect(items.flatMap((it) => (it.type === 'article' ? [it.article.title] : []))).toEqual(['某地召开会议', '某地开展义诊活动']);
  });
});

describe('page pointers of other papers', () => {
  it.each([
    ['▶A05', { page: null, label: 'A05' }], ['详见A05', { page: null, label: 'A05' }], ['→详见B2', { page: null, label: 'B2' }],
    ['>>详见A05版', { page: null, label: 'A05' }], ['▶▶详见第三版', { page: 3 }], ['相关报道见第五版', { page: 5 }], ['更多报道请见第6版', { page: 6 }],
  ])('%s points to a page', (t, ref) => expect(teaserPointer(t)).toEqual(ref));

  it.each([
    ['地铁三号线二期年底通车 ▶A05', '地铁三号线二期年底通车', 'A05'], ['地铁三号线二期年底通车 >>A05', '地铁三号线二期年底通车', 'A05'], ['老旧小区加装电梯提速 详见A06', '老旧小区加装电梯提速', 'A06'],
  ])('%s is a teaser and its page label, without 版', (t, title, label) => expect(splitInlineTeaser(t)).toEqual({ title, page: null, label }));

  it('reads a section’s label without 版 in a continuation: （下转A05）, 下转B02 at a paragraph’s end, 上接B2', () => {
    expect(isContinuationOnly('（下转A05）')).toBe(true);
    expect(isContinuationOnly('上接B2')).toBe(true);
    expect(findContinuations('不少小年轻回来了。”下转B02')).toEqual([{ direction: 'to', page: null, label: 'B02', text: '下转B02' }]);
    expect(findContinuations('某某手机型号为X20')).toEqual([]);
  });

  it('reads （下接第2版） as a continuation, and leaves （相关报道见第四版） in the text: other reports, not the rest of this one', () => {
    expect(isContinuationOnly('（下接第2版）')).toBe(true);
    expect(findContinuations('……取得实效。（下接第2版）')).toEqual([{ direction: 'to', page: 2, text: '（下接第2版）' }]);
    expect(findContinuations('……取得实效。（相关报道见第四版）')).toEqual([]);
  });
});

describe('photo captions and photo sources of other papers', () => {
  const kinds = (texts: readonly string[]) => classifyBlocks(splitBlocks(texts.join('\n\n').split('\n').map((text, i) => ({ no: i + 1, text })))).map((c) => c.kind);
  it('reads a line led by a caption mark as a caption when short or credited, and a longer sentence after the mark as text', () => {
    expect(kinds(['▲市民在公园赏花', '▲市民在公园赏花。记者 张三 摄', '↑ 市民在公园赏花 张三 摄'])).toEqual(['caption', 'caption', 'caption']);
    expect(kinds(['▲第一，要加快推进重点项目建设，确保一季度开门红，全年投资目标任务顺利完成，各项工作取得新进展。'])).toEqual(['body']);
  });
  it.each(['（视觉中国供图）', '（资料图片）', '资料图', '资料照片', '图据视觉中国', '图源：新华社', '（图片来源：网络）'])('%s names where a photo comes from: a credit', (t) => {
    expect(isBylineShape(t)).toBe(true);
    expect(kinds([t])).toEqual(['byline']);
  });
  it('reads a caption credited to any outlet’s reporter, after a space or right after its full stop, and leaves a credit alone to the byline', () => {
    expect(kinds(['村民在文化礼堂排练节目  光明日报记者 张某某摄', '市民在公园赏花 新华社记者 李 颖摄', '图为村民在文化礼堂排练节目。光明日报记者 张某某摄', '图为村民排练节目。节目将在春节上演。晚报首席记者 王某 摄'])).toEqual(['caption', 'caption', 'caption', 'caption']);
    expect(kinds(['人民网记者 王 锐摄'])).toEqual(['byline']);
    expect(kinds(['村民们说，过去村里留不住人，现在年轻人愿意回来了，这几年村里的变化大家都看在眼里，日子也越过越红火，村里的文艺队伍也越来越壮大了。本报记者 张某摄'])).toEqual(['body']);
  });
  it('leaves 图为… under a photo report as its text (the e-paper files it with the item)', () => {
    expect(kinds(['图为市民在公园赏花。'])).toEqual(['body']);
  });
});

describe('a city paper’s running head and its items', () => {
  it.each([
    ['A05 城事  2026.1.8 星期四  责编 王芳  美编 李强  校对 陈明', true], ['总第12345期  今日24版', true], ['城事 A05', true], ['2026-01-08 星期四', true],
    ['2 要闻 2026年1月8日 星期四', true], ['责编 王芳 美编 李强', true], ['本版编辑 张小明 美编 王 某', true],
    ['市民 热线', false], ['编辑 王 某 某', false], ['记者 王 某', false], ['王五 2026年1月8日', false], ['老街 新事 2026.1.8', false], ['记者 张三 李四', false], ['习近平 会见 外宾', false],
  ])('%s is a page header: %s', (t, e) => expect(isPageHeader(t)).toBe(e));

  const p = (s: string) => `${s}，记者从有关部门获悉，相关工作进展顺利，预计年内完成，市民出行和生活将更加方便。`;
  const page = [
    'A05 城事  2026.1.8 星期四  责编 王芳  美编 李强  校对 陈明', '总第12345期  今日24版',
    '地铁三号线二期年底通车', '沿线将新增8座车站，市民出行更方便', '记者 张伟 通讯员 刘洋', p('昨天'), p('据介绍'),
    '老旧小区加装电梯提速', '记者 赵敏', p('今年以来'), p('下一步'),
    '城北菜场改造完工', '记者 孙丽', p('近日'),
  ];
  const read = (profile?: { bylineOnTop: boolean }) => segmentPage(page.join('\n\n').split('\n').map((text, i) => ({ no: i + 1, text })), { file: 'a.txt', ...(profile ? { profile } : {}) }).items;
  it('files the running head as page furniture and, in the house style of reporters under headlines, opens an article at every headline over a reporter', () => {
    const items = read({ bylineOnTop: true });
    expect(items.slice(0, 2).map((it) => it.type)).toEqual(['furniture', 'furniture']);
    expect(items.flatMap((it) => (it.type === 'article' ? [[it.article.title, it.article.subtitle]] : []))).toEqual([
      ['地铁三号线二期年底通车', '沿线将新增8座车站，市民出行更方便'], ['老旧小区加装电梯提速', undefined], ['城北菜场改造完工', undefined],
    ]);
  });
  it('without that house style reads a title and subtitle over a reporter, then shorter headlines over reporters, as a series rubric over a feature’s items (人民日报’s 新春走基层)', () => {
    expect(read().filter((it) => it.type === 'article')).toHaveLength(1);
  });
  it('files the paper’s name over the running head’s lines at the page’s top as its masthead, not as an article', () => {
    const top = ['某某日报', '2026年12月7日 星期一', '5 要闻', '责任编辑：王某某  李某', '地铁三号线二期年底通车', '记者 张伟', p('昨天')];
    const items = segmentPage(top.join('\n\n').split('\n').map((text, i) => ({ no: i + 1, text })), { file: 'a.txt' }).items;
    expect(items.map((it) => (it.type === 'furniture' ? `furniture ${it.kind}` : it.type === 'article' ? it.article.title : it.type))).toEqual([
      'furniture masthead', 'furniture other', 'furniture other', 'furniture other', '地铁三号线二期年底通车',
    ]);
  });
});

describe('a running foot under the page’s last text', () => {
  it('is page furniture, not a bodyless item', () => {
    const page = ['城北菜场改造完工', '本报讯（记者 孙丽）近日，城北菜场改造工程完工，重新开门营业，摊位整齐划一，环境焕然一新。', '城事 A05', '2026年1月8日 星期四'];
    const items = segmentPage(page.join('\n\n').split('\n').map((text, i) => ({ no: i + 1, text })), { file: 'f.txt' }).items;
    expect(items.map((it) => it.type)).toEqual(['article', 'furniture', 'furniture']);
  });
  it('is page furniture under a photo page’s only headline too, and the line over it is no kicker of the foot', () => {
    const page = ['A05 要闻  2026.1.8 星期四  责编 王某  美编 李某', '春到江南', '要闻 A05', '2026年1月8日 星期四'];
    const items = segmentPage(page.join('\n\n').split('\n').map((text, i) => ({ no: i + 1, text })), { file: 'f2.txt' }).items;
    expect(items.map((it) => (it.type === 'article' ? it.article.title : it.type))).toEqual(['furniture', '春到江南', 'furniture', 'furniture']);
    const notice = ['某某大赛公告', '为吸引更多人才，现将有关事项公告如下，欢迎广大人才踊跃报名参加。', '某某大赛组委会　　2019年2月26日', '要闻 A05', '2026年1月8日 星期四'];
    const read = segmentPage(notice.join('\n\n').split('\n').map((text, i) => ({ no: i + 1, text })), { file: 'f3.txt' }).items;
    expect(read.flatMap((it) => (it.type === 'article' ? [it.article.title] : []))).toEqual(['某某大赛公告']);
  });
  it('takes a page number kept with the lines under it, and the page’s editors, as the foot too', () => {
    const page = ['城北菜场改造完工', '本报讯（记者 孙丽）近日，城北菜场改造工程完工，重新开门营业，摊位整齐划一，环境焕然一新。', '5\n城事 A05\n- 5 -', '本版责任编辑：张三  美术编辑：李四', '2026年1月8日 星期四'];
    const items = segmentPage(page.join('\n\n').split('\n').map((text, i) => ({ no: i + 1, text })), { file: 'f4.txt' }).items;
    expect(items.map((it) => it.type)).toEqual(['article', 'furniture', 'furniture', 'furniture']);
  });
  it('leaves a notice’s date and an article’s bracketed credit at the page’s end to the article', () => {
    const page = ['某某大赛公告', '为吸引更多人才，现将有关事项公告如下，欢迎广大人才踊跃报名参加。', '某某大赛组委会', '2026年1月8日', '（责任编辑：李四）'];
    const items = segmentPage(page.join('\n\n').split('\n').map((text, i) => ({ no: i + 1, text })), { file: 'f5.txt' }).items;
    expect(items.map((it) => it.type)).toEqual(['article']);
  });
  it('leaves a headline with no text at the foot a bodyless item (a photo’s title)', () => {
    const page = ['城北菜场改造完工', '本报讯（记者 孙丽）近日，城北菜场改造工程完工，重新开门营业，摊位整齐划一，环境焕然一新。', '春到江南'];
    const items = segmentPage(page.join('\n\n').split('\n').map((text, i) => ({ no: i + 1, text })), { file: 'g.txt' }).items;
    expect(items.flatMap((it) => (it.type === 'article' ? [it.article.title] : []))).toEqual(['城北菜场改造完工', '春到江南']);
  });
});

describe('a data box’s rows (weather, scores, market figures)', () => {
  it.each([
    ['今天 晴 -2℃～8℃ 北风3级', true], ['某某联赛 甲队 102:98 乙队', true], ['某证指数 3256.78 +0.52%', true],
    ['今天 多云 6～15℃ 东北风3级', true], ['后天 晴 -1～7℃ 西北风3级', true], ['1 上海队 30分', true], ['2 浙江队 9胜 3负 28分', true], ['今晚19:35 浙江队 VS 山东队（央视体育频道直播）', true], ['19:30 广厦队 vs 辽宁队', true],
    ['3比1！浙江队主场三连胜', false], ['浙江队VS山东队：强强对话', false], ['1 个人的坚守', false],
    ['10.6%  春节假期民航运送旅客增长', false], ['1月外贸进出口同比增  8.7%实际使用外资同比增  4.8%', false], ['11.17 某某大剧院', false], ['上证指数涨0.52%', false], ['春运首日 发送旅客1200万人次', false], ['CPI 同比上涨 2.8%', false], ['一季度GDP 同比增长 6.4%', false],
  ])('%s is a data row: %s', (t, e) => expect(isDataRow(t)).toBe(e));

  it('keeps the rows in the text, so that the next headline over its reporter still opens an article', () => {
    const page = ['城北菜场改造完工', '记者 孙丽', '近日，城北菜场改造工程完工，重新开门营业，摊位整齐划一，环境焕然一新。', '天气预报', '今天 晴 -2℃～8℃ 北风3级', '明天 多云 0℃～10℃ 东风2级', '股市行情', '某证指数 3256.78 +0.52%', '某证成指 10234.56 -0.31%', '老街新开一家书店', '记者 赵敏', '昨天，一家独立书店在老街开业，吸引了不少市民前来打卡。'];
    const items = segmentPage(page.join('\n\n').split('\n').map((text, i) => ({ no: i + 1, text })), { file: 'h.txt', profile: { bylineOnTop: true } }).items;
    expect(items.flatMap((it) => (it.type === 'article' ? [it.article.title] : []))).toEqual(['城北菜场改造完工', '老街新开一家书店']);
  });
});

describe('a city paper’s weather box and broadcast schedule', () => {
  it('keeps the forecast’s rows in the report over them, and the next headline over its dateline opens the next article', () => {
    const page = ['冷空气明起到访', '记者 王某', '昨天，本市白天阳光不错，最高气温冲到了15℃。市气象台预计，新一轮冷空气明天起将影响我市。', '未来三天天气', '今天 多云 6～15℃ 东北风3级', '明天 阴有小雨 3～9℃ 北风4～5级', '后天 晴 -1～7℃ 西北风3级', '地铁5号线今起延长运营时间', '本报讯（记者 陈某）记者昨天从地铁公司获悉，5号线从今天起延长运营30分钟。'];
    const items = segmentPage(page.join('\n\n').split('\n').map((text, i) => ({ no: i + 1, text })), { file: 'w.txt' }).items;
    expect(items.flatMap((it) => (it.type === 'article' ? [[it.article.title, it.article.byline]] : []))).toEqual([['冷空气明起到访', '记者 王某'], ['地铁5号线今起延长运营时间', '记者 陈某']]);
  });

  it.each([['19:30 新闻联播', true], ['20:30 电视剧：某某人家（12、13）', true], ['9:30-12:00 工业机器人技术分享沙龙（上午场）', true], ['24时起油价上调', false], ['19:30，记者赶到现场。', false]])(
    '%s is a programme’s line: %s', (t, e) => expect(isTimeSlotLine(t)).toBe(e),
  );

  it('reads a schedule’s rows as the text of the schedule, never a byline or a headline', () => {
    const page = ['今日电视节目', '某某卫视', '19:30 新闻联播', '20:30 电视剧：某某人家（12、13）', '22:00 周末综艺', '某某综合', '18:30 本地新闻', '19:10 我和你说'];
    const items = segmentPage(page.join('\n\n').split('\n').map((text, i) => ({ no: i + 1, text })), { file: 't.txt' }).items;
    const arts = items.flatMap((it) => (it.type === 'article' ? [it.article] : []));
    expect(arts).toHaveLength(1);
    expect(arts[0]!.byline).toBeUndefined();
    expect(arts[0]!.blocks.filter((b) => b.role === 'paragraph').map((b) => b.text)).toEqual(['19:30 新闻联播', '20:30 电视剧：某某人家（12、13）', '22:00 周末综艺', '18:30 本地新闻', '19:10 我和你说']);
  });
});

describe('a city paper’s front page', () => {
  it.each([['A06', { page: null, label: 'A06' }], ['B02-B03', { page: null, label: 'B02' }], ['A6版', { page: null, label: 'A6' }], ['A', undefined], ['5G', undefined]])(
    'reads a page label alone, %s, as a pointer: %j', (t, e) => expect(teaserPointer(t)).toEqual(e),
  );

  it.each([['新闻热线 96068', true], ['报料热线：88888888', true], ['热线电话 0571-85100000', true], ['拨打热线', false], ['96068', false]])('%s gives contact details: %s', (t, e) => expect(isContactLine(t)).toBe(e));

  it.each([['本报地址：某某市体育场路218号 邮编：310000 定价：1元', true], ['地址：某某市某某路1号', false]])('%s is the imprint: %s', (t, e) => expect(isPublisherLine(t)).toBe(e));

  it('files the head (hotline, weather, imprint) as furniture and reads a headline over a page’s label alone as a teaser', () => {
    const page = [
      '某某快报', '2026年12月7日 星期一 农历十月二十八', '今日32版 第8765期', '新闻热线 96068', '今天 多云 6～15℃',
      '全市首批“口袋公园”本月开放\n家门口多了40个休闲好去处', '记者 周某某', '本月底前，全市首批40个“口袋公园”将陆续向市民开放。这些公园面积不大，但设施齐全。', '详见A04',
      '冬季流感进入高发期\n专家提醒：老人孩子尽早接种疫苗', 'A06', '“我在城里找到了家”\n一位外来务工者的十年', 'B02-B03', '本报地址：某某市体育场路218号 邮编：310000 定价：1元',
    ];
    const items = segmentPage(page.join('\n\n').split('\n').map((text, i) => ({ no: i + 1, text })), { file: 'A01.txt' }).items;
    expect(items.map((it) => (it.type === 'article' ? it.article.title : it.type === 'teaser' ? `teaser ${it.title} ${it.label}` : it.type))).toEqual([
      'furniture', 'furniture', 'furniture', 'furniture', 'furniture', '全市首批“口袋公园”本月开放\n家门口多了40个休闲好去处',
      'teaser 冬季流感进入高发期\n专家提醒：老人孩子尽早接种疫苗 A06', 'teaser “我在城里找到了家”\n一位外来务工者的十年 B02', 'furniture',
    ]);
  });
});

describe('a sports page’s standings and fixtures', () => {
  it('keeps the table’s rows in the text, so that the next headline over its dateline opens the next article, not the table’s', () => {
    const page = ['3比1！某队主场三连胜', '记者 周某', '昨晚，在主场进行的比赛中，某队以3比1战胜对手，取得三连胜。', '积分榜', '1 甲队 30分', '2 某队 28分', '3 乙队 27分', '某某常规赛', '丙队主场险胜对手', '本报讯（记者 吴某）昨晚，丙队在主场以102比98险胜对手，队员们在最后时刻顶住压力拿下比赛。', '■赛事预告', '今晚19:35 某队 VS 丁队（体育频道直播）'];
    const items = segmentPage(page.join('\n\n').split('\n').map((text, i) => ({ no: i + 1, text })), { file: 's.txt' }).items;
    expect(items.flatMap((it) => (it.type === 'article' ? [[it.article.kicker, it.article.title, it.article.byline]] : []))).toEqual([
      [undefined, '3比1！某队主场三连胜', '记者 周某'], ['某某常规赛', '丙队主场险胜对手', '记者 吴某'],
    ]);
  });
});

describe('a county paper’s news report with bulleted sections, then a feature with its reporters on top', () => {
  it('keeps ■ headings in the report and opens the feature at its headline over the reporters, without the house style', () => {
    const page = [
      '我县召开农村工作会议', '本报讯（记者 王磊 通讯员 陈静）1月7日，全县农村工作会议召开。会议总结了去年的农村工作，部署了今年的重点任务。',
      '■ 种粮大户有了“定心丸”', '今年，县里将继续落实种粮补贴政策，对种植面积100亩以上的大户给予每亩50元的奖励。',
      '■ 村集体经济持续壮大', '去年，全县所有行政村集体经济收入均超过10万元，其中超过50万元的村有28个。',
      '小山村里的“共享菜园”', '记者 张敏 通讯员 刘芳', '走进城关镇桃源村，一片片整齐的菜园映入眼帘。菜园里，几位老人正在给青菜浇水。',
    ];
    const items = segmentPage(page.join('\n\n').split('\n').map((text, i) => ({ no: i + 1, text })), { file: 'i.txt' }).items;
    const arts = items.flatMap((it) => (it.type === 'article' ? [it.article] : []));
    expect(arts.map((a) => a.title)).toEqual(['我县召开农村工作会议', '小山村里的“共享菜园”']);
    expect(arts[0]!.blocks.filter((b) => b.role === 'heading').map((b) => b.text)).toEqual(['■ 种粮大户有了“定心丸”', '■ 村集体经济持续壮大']);
  });
});

describe('a front page’s contents list (今日导读)', () => {
  it.each([
    ['地铁三号线二期年底通车  A05', { title: '地铁三号线二期年底通车', page: null, label: 'A05' }], ['老旧小区加装电梯提速  第6版', { title: '老旧小区加装电梯提速', page: 6 }],
    ['城事  A05', undefined], ['奥迪A6', undefined], ['某地召开会议，部署工作  A05', undefined],
    ['▶ 冬季农业生产稳步推进 第二版', { title: '冬季农业生产稳步推进', page: 2 }], ['▶某某菜场改造完工（A05）', { title: '某某菜场改造完工', page: null, label: 'A05' }],
    ['▶冬季农业生产稳步推进第二版', undefined], ['▶ 详见二版', undefined],
  ])('%s is a teaser with its page: %j', (t, e) => expect(splitInlineTeaser(t)).toEqual(e));

  it('files a national daily’s front-page head, its web address too, as furniture, and its contents list as teasers', () => {
    const page = ['某某日报', '2026年12月11日 星期五 农历十一月十二', '今日12版', '某某网网址：http://www.example.cn', '扎实做好冬季农业生产各项工作', '本报北京12月10日电（记者 李某）全国冬季农业生产工作会议10日在京召开，会议部署了冬季农业生产工作。', '今日导读', '▶ 冬季农业生产稳步推进 第二版', '▶ 新型材料研发取得突破 第三版'];
    const items = segmentPage(page.join('\n\n').split('\n').map((text, i) => ({ no: i + 1, text })), { file: 'f.txt' }).items;
    expect(items.map((it) => (it.type === 'article' ? it.article.title : it.type === 'teaser' ? `teaser ${it.title} ${it.page}` : it.type))).toEqual([
      'furniture', 'furniture', 'furniture', 'furniture', '扎实做好冬季农业生产各项工作', 'teaser 冬季农业生产稳步推进 2', 'teaser 新型材料研发取得突破 3',
    ]);
  });

  it('reads each listed line as a teaser, and the article under the list keeps its headline', () => {
    const page = ['今日导读', '地铁三号线二期年底通车  A05', '老旧小区加装电梯提速  A06', '城北菜场改造完工  A07', '我市启动冬季送温暖活动', '记者 张伟', '昨天，我市冬季送温暖活动正式启动，全市将为困难群众送去棉衣、棉被和慰问金。'];
    const items = segmentPage(page.join('\n\n').split('\n').map((text, i) => ({ no: i + 1, text })), { file: 'n.txt' }).items;
    expect(items.map((it) => (it.type === 'article' ? it.article.title : it.type === 'teaser' ? `teaser ${it.title} ${it.label}` : it.type))).toEqual([
      'teaser 地铁三号线二期年底通车 A05', 'teaser 老旧小区加装电梯提速 A06', 'teaser 城北菜场改造完工 A07', '我市启动冬季送温暖活动',
    ]);
  });
});

describe('other papers’ sidebar labels', () => {
  it('keeps a box labelled 编辑手记 / 名词解释 / 相关阅读 in the article over it, after its sign-off too', () => {
    expect(isSidebarLabel('编辑手记')).toBe(true);
    expect(isSidebarLabel('编辑手记里的故事')).toBe(false);
    for (const label of ['编辑手记', '名词解释', '■相关阅读']) {
      const page = ['小山村里的“共享菜园”', '本报讯 走进城关镇桃源村，一片片整齐的菜园映入眼帘。菜园里，几位老人正在给青菜浇水。', '（记者 张敏）', label, '小菜园，大民生。共享菜园的做法，值得推广，也值得各地结合实际借鉴。'];
      const items = segmentPage(page.join('\n\n').split('\n').map((text, i) => ({ no: i + 1, text })), { file: 's.txt' }).items;
      expect(items.filter((it) => it.type === 'article'), label).toHaveLength(1);
    }
  });
});

describe('a weekly’s long feature: its own name, its reporters and interns, its editor', () => {
  const lines = (page: string[]) => page.join('\n\n').split('\n').map((text, i) => ({ no: i + 1, text }));
  it.each(['江南周末记者 张某某', '江南周末实习生 李某', '实习生 李某', '某某生活周刊记者 王某', '某某周刊记者 王某  实习生 李某', '江南周末记者 张某某\n江南周末实习生 李某'])('%s is a reporter’s line', (t) => {
    expect(isReporterLine(t)).toBe(true);
  });
  it.each(['向战疫记者致敬', '记者节里的记者们', '江南周末记者说', '本报记者 张三 本报通讯员说'])('%s is no reporter’s line', (t) => expect(isReporterLine(t)).toBe(false));
  it.each(['本报记者 张三  本报通讯员 李四', '某某日报—某某网记者 郑某', '某某日报全媒体记者 张某'])('%s is a reporter’s line, as national dailies set them', (t) => expect(isReporterLine(t)).toBe(true));
  it.each([['责任编辑 王某', true], ['责编 王某  美编 李某', true], ['责任编辑 王某某说', false]])('%s credits the editors: %s', (t, e) => expect(isCreditLine(t)).toBe(e));

  it('reads a block of reporters’ lines as a byline', () => {
    expect(classifyBlocks(splitBlocks(lines(['本报记者 张三\n本报通讯员 李四']))).map((c) => c.kind)).toEqual(['byline']);
  });

  it('files a line that is the paper’s own name (its folder, PUB/DATE/PP.txt) as the masthead, in a name no list of papers knows', () => {
    const page = ['江南周末', '2026年12月3日', '文化 12', '那些消失的旧书店', '江南周末记者 张某某', '在城南的一条老街上，曾经有一家旧书店，店主是一位退休的中学老师。'];
    const read = (file: string) => segmentPage(lines(page), { file }).items.map((it) => (it.type === 'furniture' ? `furniture ${it.kind}` : it.type === 'article' ? it.article.title : it.type));
    expect(read('江南周末/2026-12-03/12.txt')).toEqual(['furniture masthead', 'furniture other', 'furniture other', '那些消失的旧书店']);
    expect(read('江 南 周 末/2026-12-03/12.txt')[0]).toBe('furniture masthead');
    expect(read('12.txt')[0]).not.toBe('furniture masthead');
    // (So is the name with a supplement's after a middle dot, over the running head: 江南周末·读书, then the date and credits.)
    const supplement = ['江南周末·读书', '2026年12月3日 星期四 责编：王某 美编：李某', '那些消失的旧书店', '江南周末记者 张某某', '在城南的一条老街上，曾经有一家旧书店，店主是一位退休的中学老师。'];
    expect(segmentPage(lines(supplement), { file: '江南周末/2026-12-03/12.txt' }).items.map((it) => (it.type === 'furniture' ? `furniture ${it.kind}` : it.type === 'article' ? it.article.title : it.type))).toEqual(['furniture masthead', 'furniture other', '那些消失的旧书店']);
    expect(segmentPage(lines(['江南周末·读书会报名开始', '在城南的一条老街上，曾经有一家旧书店，店主是一位退休的中学老师。']), { file: '江南周末/2026-12-03/12.txt' }).items[0]!.type).toBe('article');
    // (Not a folder's name of two characters, which a heading may share: 读书.)
    expect(segmentPage(lines(['读书', '在城南的一条老街上，曾经有一家旧书店，店主是一位退休的中学老师。']), { file: '读书/2026-12-03/12.txt' }).items[0]!.type).toBe('article');
  });

  it('reads a rubric over a title and subtitle over the reporters at the page’s top as kicker, title and subtitle, not a box of items', () => {
    const page = ['城市与书', '那些消失的旧书店', '一座城市的书店，记录着它的精神史', '江南周末记者 张某某\n江南周末实习生 李某', '责任编辑 王某', '在城南的一条老街上，曾经有一家旧书店，店主是一位退休的中学老师。'];
    const a = segmentPage(lines(page), { file: 'w.txt' }).items.flatMap((it) => (it.type === 'article' ? [it.article] : []));
    expect(a.map((x) => [x.kicker, x.title, x.subtitle])).toEqual([['城市与书', '那些消失的旧书店', '一座城市的书店，记录着它的精神史']]);
  });

  it('shows the house style of reporters under the headline with the editor credited between them and the text', () => {
    const page = ['那些消失的旧书店', '江南周末记者 张某某', '责任编辑 王某', '在城南的一条老街上，曾经有一家旧书店，店主是一位退休的中学老师。'];
    expect(segmentPage(lines(page), { file: 'w.txt' }).habits?.bylineOnTop).toBe(true);
  });
});

describe('a weekly’s essays signed with a bar (文丨张某) or after an ornament', () => {
  it('reads each writer’s line as the byline, and (the house style its pages show) each headline over one as a new essay', () => {
    const page = [
      '故乡的老井', '文丨张 三', '老家的院子里有一口老井，井水清冽甘甜。小时候，每到夏天，母亲总会把西瓜放进井里冰着。', '后来，村里通了自来水，老井渐渐被人遗忘。', '（作者单位：某某师范学院）',
      '读书的快乐', '作者：李 四', '读书是一种快乐。这种快乐，不是功利的，而是心灵的。', '图书馆里的冬天', '□ 王五', '冬天的图书馆格外安静。暖气开得很足，窗外是光秃秃的树枝。',
    ];
    const items = segmentPage(page.join('\n\n').split('\n').map((text, i) => ({ no: i + 1, text })), { file: 'e.txt', profile: { bylineOnTop: true } }).items;
    expect(items.flatMap((it) => (it.type === 'article' ? [[it.article.title, it.article.byline]] : []))).toEqual([
      ['故乡的老井', '文丨张 三 （作者单位：某某师范学院）'], ['读书的快乐', '作者：李 四'], ['图书馆里的冬天', '□ 王五'],
    ]);
  });
});

describe('a page of briefs, each signed in brackets, with no dateline', () => {
  it('opens an article at each headline after a brief’s sign-off, and reads a speaker’s label with a colon over a headline as its kicker', () => {
    const page = [
      '某市开展冬季道路交通安全整治', '连日来，某市公安交管部门开展冬季道路交通安全集中整治行动，重点查处酒驾醉驾等违法行为。', '截至目前，共查处各类交通违法行为3000余起。', '（张 三）',
      '检察官走进校园普法', '近日，某县检察院检察官走进县第一中学，为800余名师生上了一堂生动的法治课。', '（李四 王五）',
      '法院集中执行兑现农民工工资', '为保障农民工按时足额拿到工资，某区法院近日开展集中执行行动，为128名农民工兑现工资。', '（记者 赵六 通讯员 钱七）',
      '律师提醒：', '年终讨薪要注意保存证据', '年底是讨薪高峰期。律师提醒，劳动者要注意保存劳动合同、工资条、考勤记录等证据。', '（孙八）',
    ];
    const items = segmentPage(page.join('\n\n').split('\n').map((text, i) => ({ no: i + 1, text })), { file: 'b.txt' }).items;
    expect(items.flatMap((it) => (it.type === 'article' ? [[it.article.kicker, it.article.title, it.article.byline]] : []))).toEqual([
      [undefined, '某市开展冬季道路交通安全整治', '（张 三）'], [undefined, '检察官走进校园普法', '（李四 王五）'],
      [undefined, '法院集中执行兑现农民工工资', '（记者 赵六 通讯员 钱七）'], ['律师提醒：', '年终讨薪要注意保存证据', '（孙八）'],
    ]);
  });

  it('leaves a group feature’s contributions, each under its heading and signed in brackets, sections of the feature', () => {
    const page = [
      '一封家书 一份期待', '核心阅读', '每逢佳节倍思亲。这些天，我们收到了来自海外的几封家书。', '援外教练的自豪', '亲爱的祖国母亲：', '不知不觉，离开您已经16个年头了。', '（作者为某某教练团团长，本报记者某某整理）',
      '为建设奉献力量', '亲爱的祖国母亲：', '在遥远的南美大陆，您的孩子为您送上节日的祝福。', '（作者为某某公司总经理，本报记者某某整理）',
      '做好祖国的“名片”', '亲爱的妈妈：', '4个月前，我踏上了执行维和医疗任务的征程。', '（作者为某某医疗分队队员，本报记者某某整理）',
      '守护万家灯火', '亲爱的祖国：', '今年春节，我又一次在岗位上度过。', '（作者为某某消防站站长，本报记者某某整理）',
    ];
    const items = segmentPage(page.join('\n\n').split('\n').map((text, i) => ({ no: i + 1, text })), { file: 'g.txt' }).items;
    expect(items.flatMap((it) => (it.type === 'article' ? [it.article.title] : []))).toEqual(['一封家书 一份期待']);
  });
});

describe('a county paper’s page of briefs with no dateline or credit at all', () => {
  const read = (page: string[]) => segmentPage(page.join('\n\n').split('\n').map((text, i) => ({ no: i + 1, text })), { file: 'k.txt' }).items.flatMap((it) => (it.type === 'article' ? [it.article.title] : []));

  it('opens an article at each headline whose lead names a day and restates it, when the page has three or more such', () => {
    expect(read([
      '我县召开冬季安全生产工作会议', '12月5日，我县召开冬季安全生产工作会议，总结前期工作，部署冬季安全生产各项任务。', '会议要求，各乡镇、各部门要压实责任，加强隐患排查。',
      '城关镇新建5个便民服务点', '近日，城关镇新建的5个便民服务点正式投入使用，居民在家门口就能办理社保、医保等20余项业务。',
      '县人民医院开展义诊进乡村活动', '12月3日，县人民医院组织20余名医务人员到石桥乡开展义诊活动，为群众免费测量血压、血糖。',
      '我县举办农民丰收节文艺汇演', '12月1日，我县农民丰收节文艺汇演在县文化广场举行，12支文艺队伍表演了精彩节目。',
    ])).toEqual(['我县召开冬季安全生产工作会议', '城关镇新建5个便民服务点', '县人民医院开展义诊进乡村活动', '我县举办农民丰收节文艺汇演']);
  });

  it('leaves a feature’s headings sections, their text not a lead restating them', () => {
    expect(read([
      '小山村的新变化', '12月5日，记者走进城关镇桃源村，看到村里处处是新变化。', '道路宽了', '过去，村里只有一条泥巴路，一下雨就没法走。如今，水泥路修到了家门口。',
      '产业旺了', '合作社的蔬菜大棚里一片翠绿，村民们在大棚里忙着采摘。', '村民富了', '去年，全村人均收入比五年前翻了一番，不少村民盖起了新房。',
    ])).toEqual(['小山村的新变化']);
  });

  it.each([
    ['县人民医院开展义诊进乡村活动', '12月3日，县人民医院组织20余名医务人员到石桥乡开展义诊活动。', true],
    ['县人民医院开展义诊进乡村活动', '县人民医院组织医务人员到石桥乡开展义诊活动，服务群众。', false],
    ['道路宽了', '12月3日，村里的道路拓宽工程完工。', false],
  ])('%s over %s: a news lead under its headline, %s', (h, t, e) => expect(isLeadUnderHeadline(h, t)).toBe(e));
});

describe('a page of readers’ pieces, each under its headline with a credit of one label', () => {
  it('opens an article at each headline over a credit led like the one under an earlier headline (寄思人：…), past a box between them, without the house style', () => {
    const page = [
      '来生我还要做您的女儿', '寄思人：黄某某', '妈妈，又是一年清明，油菜花开了。我们一起牵手赏花、拍照的快乐，仿佛就在昨日。',
      '上橙柿互动发帖\n追忆故人', '每年清明节期间，本报都会推出清明追思服务，为读者搭建追忆故人、寄托哀思的平台。',
      '父亲一生勤劳节俭，正直善良', '寄思人：韦某某', '父亲离开我们已经三年了。每到清明，我总会想起他在田里劳作的身影。',
      '妈妈，我好想你', '寄思人：章某某', '妈妈，你走后的第一个春天，院子里的桂花树又发了新芽。',
    ];
    const items = segmentPage(page.join('\n\n').split('\n').map((text, i) => ({ no: i + 1, text })), { file: 'q.txt' }).items;
    expect(items.flatMap((it) => (it.type === 'article' ? [[it.article.title, it.article.byline]] : []))).toEqual([
      ['来生我还要做您的女儿', '寄思人：黄某某'], ['上橙柿互动发帖\n追忆故人', undefined], ['父亲一生勤劳节俭，正直善良', '寄思人：韦某某'], ['妈妈，我好想你', '寄思人：章某某'],
    ]);
  });

  it.each([['寄思人：黄某某', '寄思人'], ['本报记者 张三', '本报记者'], ['记者 王某 通讯员 李某', '记者'], ['◎本报记者 张 三', '本报记者'], ['文/张某', ''], ['马 进', '']])('the credit %s is led by %j', (t, e) => expect(creditLabel(t)).toBe(e));
});

describe('a county paper’s contributors credited with their organisation', () => {
  it.each([['县融媒体中心 张三', true], ['□ 县融媒体中心 张三', true], ['某某镇农业站 李某 王某', true], ['县融媒体中心揭牌', false], ['县融媒体中心 正式挂牌成立', false]])('%s is a credit: %s', (t, e) => expect(isBylineShape(t)).toBe(e));

  it('signs the brief over it, so the next headline opens the next brief', () => {
    const page = ['我县召开冬季安全生产工作会议', '12月5日，我县召开冬季安全生产工作会议，总结前期工作，部署冬季安全生产各项任务。', '县融媒体中心 张三', '城关镇新建5个便民服务点', '近日，城关镇新建的5个便民服务点正式投入使用，居民在家门口就能办理20余项业务。'];
    const items = segmentPage(page.join('\n\n').split('\n').map((text, i) => ({ no: i + 1, text })), { file: 'c.txt' }).items;
    expect(items.flatMap((it) => (it.type === 'article' ? [[it.article.title, it.article.byline]] : []))).toEqual([['我县召开冬季安全生产工作会议', '县融媒体中心 张三'], ['城关镇新建5个便民服务点', undefined]]);
  });
});

describe('a city paper’s rubrics in lenticular brackets', () => {
  it.each([['【记者追踪】', false], ['【记者调查】', false], ['（记者手记）', false], ['（记者 王某）', true], ['【记者 王某】', true]])('%s is a credit: %s', (t, e) => expect(isBylineShape(t)).toBe(e));

  it('reads 【记者追踪】 over a headline as that item’s kicker, not a credit of the item before', () => {
    const page = ['【民生热线】', '小区电梯频繁故障 居民出行成难题', '记者 王某', '最近，家住城东某小区的李阿姨很烦恼：小区的电梯三天两头出故障。', '【记者追踪】', '物业承诺下月更换电梯', '记者 王某', '本报前日报道了城东某小区电梯频繁故障的问题，引起了相关部门的重视。'];
    const items = segmentPage(page.join('\n\n').split('\n').map((text, i) => ({ no: i + 1, text })), { file: 'r.txt', profile: { bylineOnTop: true } }).items;
    expect(items.flatMap((it) => (it.type === 'article' ? [[it.article.kicker, it.article.title, it.article.byline]] : []))).toEqual([
      ['【民生热线】', '小区电梯频繁故障 居民出行成难题', '记者 王某'], ['【记者追踪】', '物业承诺下月更换电梯', '记者 王某'],
    ]);
  });
});

describe('an article’s end mark （完）', () => {
  it('closes the article, so the headline under it opens the next one', () => {
    const page = ['绿色出行有了新优惠', '某市近日出台新政，鼓励市民绿色出行，公交地铁换乘享受优惠，全年预计惠及市民超过千万人次。', '新政自下月起实施。（完）', '图书馆夜间开放受欢迎', '某区图书馆推出夜间开放服务，每周五、周六开放至晚上十点，受到年轻读者欢迎。'];
    const items = segmentPage(page.join('\n\n').split('\n').map((text, i) => ({ no: i + 1, text })), { file: 'w.txt' }).items;
    expect(items.flatMap((it) => (it.type === 'article' ? [it.article.title] : []))).toEqual(['绿色出行有了新优惠', '图书馆夜间开放受欢迎']);
  });
});

describe('a supplement’s serial and a notices column', () => {
  const page = [
    '长篇连载', '乡关何处（十二）', '□ 陈某某', '第五章 归途', '火车在夜色中穿行，窗外是一片漆黑。李明靠在座椅上，望着窗玻璃上自己模糊的影子。', '二十年过去了，他终于踏上了回乡的路。', '（未完待续）',
    '讣 告', '某某市第一中学退休教师王某某同志，因病医治无效，于2026年12月5日在某某市逝世，享年88岁。', '特此讣告。', '王某某同志治丧小组', '2026年12月7日',
    '寻人启事', '张某某，男，78岁，身高约165厘米，于12月3日上午从家中走失。有知情者请拨打电话13800000000。',
  ];
  const arts = () => segmentPage(page.join('\n\n').split('\n').map((text, i) => ({ no: i + 1, text })), { file: 'n.txt' }).items.flatMap((it) => (it.type === 'article' ? [it.article] : []));

  it('reads the serial’s rubric, title, writer and chapter as kicker, title, byline and its first heading', () => {
    const a = arts()[0]!;
    expect([a.kicker, a.title, a.byline]).toEqual(['长篇连载', '乡关何处（十二）', '□ 陈某某 （未完待续）']);
    expect(a.blocks.filter((b) => b.role === 'heading').map((b) => b.text)).toEqual(['第五章 归途']);
  });

  it('opens an article at each notice’s name, and signs a notice with its issuer and date set on blocks of their own', () => {
    expect(arts().slice(1).map((a) => [a.title, a.byline])).toEqual([['讣 告', '王某某同志治丧小组 2026年12月7日'], ['寻人启事', undefined]]);
  });

  it.each([['讣 告', true], ['寻人启事', true], ['遗失声明', true], ['公告', true], ['更 正', true], ['通知要求', false], ['寻人启事发出后', false]])('%s is a notice’s name: %s', (t, e) => expect(isNoticeName(t)).toBe(e));
});

describe('a national daily’s commentary signed by the paper’s commentator', () => {
  it.each(['东方日报评论员', '某某晚报特约评论员', '本报评论员'])('%s is a reporter’s line', (t) => expect(isReporterLine(t)).toBe(true));
  it('reads the column’s name over the headline at the page’s top, the commentator under it, as kicker and title', () => {
    const page = ['评论', '让更多好政策落地见效', '东方日报评论员', '政策的生命力在于执行。近年来，各地出台了一系列惠企利民的好政策。', '解决这个问题，关键在于打通政策落地的“最后一公里”。'];
    const a = segmentPage(page.join('\n\n').split('\n').map((text, i) => ({ no: i + 1, text })), { file: 'c.txt' }).items.flatMap((it) => (it.type === 'article' ? [it.article] : []));
    expect(a.map((x) => [x.kicker, x.title, x.byline])).toEqual([['评论', '让更多好政策落地见效', '东方日报评论员']]);
  });
});

describe('a city paper’s reporters who wrote the text and took the photos', () => {
  it.each(['本报记者 王某 通讯员 李某 文/摄', '记者 王某 文／摄', '记者 王某 摄影报道'])('%s is a reporter’s line', (t) => expect(isReporterLine(t)).toBe(true));
  it('signs the article under a headline on two lines, not a photo’s caption, and shows the house style of reporters under headlines', () => {
    const page = ['盼了好几年\n老小区终于装上电梯', '本报记者 王某 通讯员 李某 文/摄', '昨天上午，记者来到城西的一个老小区，看到施工人员正在安装电梯井架。', '据了解，今年全市计划完成老旧小区加装电梯500台。'];
    const read = segmentPage(page.join('\n\n').split('\n').map((text, i) => ({ no: i + 1, text })), { file: 'c.txt' });
    expect(read.items.map((it) => (it.type === 'article' ? `${it.article.title} | ${it.article.byline}` : it.type))).toEqual(['盼了好几年\n老小区终于装上电梯 | 本报记者 王某 通讯员 李某 文/摄']);
    expect(read.habits?.bylineOnTop).toBe(true);
  });
});

describe('a notice signed by its issuers and dated, on lines of one block', () => {
  it('signs the notice, and the headline under it opens the next article', () => {
    const page = ['关于某某路段临时封闭施工的通告', '因城市道路改造工程需要，某某路将于2026年12月10日至2027年1月10日实施封闭施工。请过往车辆和行人绕行。', '特此通告。', '某某市公安局交通警察支队\n某某市城市管理局\n2026年12月8日', '城北菜场改造完工', '近日，城北菜场改造完工，记者从有关部门获悉，菜场将于下周重新开业，摊位比原来多了一倍。'];
    const items = segmentPage(page.join('\n\n').split('\n').map((text, i) => ({ no: i + 1, text })), { file: 'n.txt' }).items.flatMap((it) => (it.type === 'article' ? [[it.article.title, it.article.byline]] : []));
    expect(items).toEqual([['关于某某路段临时封闭施工的通告', '某某市公安局交通警察支队 某某市城市管理局 2026年12月8日'], ['城北菜场改造完工', undefined]]);
  });
});

describe('a headline set on the lines of one block, at the page’s top', () => {
  const read = (page: string[]) => segmentPage(page.join('\n\n').split('\n').map((text, i) => ({ no: i + 1, text })), { file: 'h.txt' }).items.map((it) => (it.type === 'article' ? `${it.article.title} | ${it.article.subtitle ?? ''} | ${it.article.byline ?? ''}` : `${it.type} ${it.text}`));
  const text = '时光飞逝，岁月鎏金。站在新旧更替的时间关口，回望开发区的一年，一段段不凡岁月历历在目。';
  it('over its writer’s credit, opens the article (a title and its ——subtitle), not page furniture', () => {
    expect(read(['闻鸡起舞勇创大业 携手奋进赢战未来\n——开发区发展亮点回眸暨新年展望', '撰文 鹏翔 丽娜', text])).toEqual(['闻鸡起舞勇创大业 携手奋进赢战未来 | ——开发区发展亮点回眸暨新年展望 | 撰文 鹏翔 丽娜']);
  });
  it('over an editor’s note, opens the article the note introduces, after another article’s text too', () => {
    const page = ['某地召开会议', '本报北京2月1日电 某地召开会议，部署今年的重点工作，会议要求各部门抓好落实。', '价格稳 品种多 供应足\n——多地春节菜市探访', '编者的话', '“菜篮子”连着千家万户，农民想卖得俏，市民想吃得好。', '您想了解具体情况吗？请随我们的记者到各地的农贸市场实地走上一遭。'];
    expect(read(page).filter((x) => !x.startsWith('furniture'))).toEqual(['某地召开会议 |  | ', '价格稳 品种多 供应足 | ——多地春节菜市探访 | ']);
  });
  it('under an organisation’s name, the name is the page’s sponsor line', () => {
    expect(read(['某某经济开发区 （某某街道）', '勇当攻坚克难、奔跑在前的奋斗者\n奋力建设高质量发展的一流开发区', text])[0]).toBe('furniture 某某经济开发区 （某某街道）');
  });
});

describe('a city paper’s letters from readers', () => {
  it.each([['读者 王某某', true], ['市民 李先生', true], ['网友 张女士', true], ['读者来信', false], ['市民 热线', false]])('%s signs a letter: %s', (t, e) => expect(isBylineShape(t)).toBe(e));
  it('reads 记者回访 as a reporter’s follow-up box of the letter, not a reporter named 回访', () => {
    expect(isReporterLine('记者回访')).toBe(false);
    expect(isSidebarLabel('记者回访')).toBe(true);
    const page = ['小区门口的路灯坏了', '我家住在城东某某小区，小区门口的路灯坏了快一个月了，晚上出门黑乎乎的，希望有关部门尽快修一修。', '读者 王某某', '记者回访', '记者昨天联系了街道，工作人员表示，已经安排维修人员上门，预计本周内修好。'];
    const a = segmentPage(page.join('\n\n').split('\n').map((text, i) => ({ no: i + 1, text })), { file: 'l.txt' }).items.flatMap((it) => (it.type === 'article' ? [[it.article.title, it.article.byline]] : []));
    expect(a).toEqual([['小区门口的路灯坏了', '读者 王某某']]);
  });
});

describe('a county paper’s column of bulleted briefs', () => {
  it('reads each brief as an article titled without its bullet, the column’s rubric as the first one’s kicker', () => {
    const page = ['简讯', '■ 县图书馆推出寒假阅读活动', '本报讯 为丰富青少年寒假生活，县图书馆近日推出寒假阅读系列活动，包括亲子共读、读书分享会等。（通讯员 钱某）', '■ 我县开展冬季消防安全检查', '本报讯 近日，县消防救援大队联合有关部门开展冬季消防安全大检查，共排查隐患20余处。（记者 孙某）'];
    const a = segmentPage(page.join('\n\n').split('\n').map((text, i) => ({ no: i + 1, text })), { file: 'b.txt' }).items.flatMap((it) => (it.type === 'article' ? [[it.article.kicker, it.article.title]] : []));
    expect(a).toEqual([['简讯', '县图书馆推出寒假阅读活动'], [undefined, '我县开展冬季消防安全检查']]);
  });
});
