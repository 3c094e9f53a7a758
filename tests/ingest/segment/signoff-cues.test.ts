/**
 * Cues at an article's sign-off: what a headline right after （作者为…）, ——编  者 or a reporter's note opens.
 */
import { describe, expect, it } from 'vitest';
import { titles, para } from './helpers.ts';
import { classifyBlocks } from '../../../scripts/ingest/segment/classify-blocks.ts';
import { endsMidSentence, isContributorWithCountry, isLeadIn, isRoundUpDateline, reportedContribution } from '../../../scripts/ingest/segment/group-articles.ts';
import { splitBlocks } from '../../../scripts/ingest/segment/split-blocks.ts';
import { joinColumnBreaks } from '../../../scripts/ingest/segment/join-column-breaks.ts';
import { isBylineShape, isCreditLine, isReporterLine, startsWithDateline } from '../../../scripts/ingest/segment/patterns.ts';



describe('a signed comment ends at its writer’s sign-off', () => {
  it('opens the next piece of a theory page where every piece is signed （作者为…）', () => {
    const page = [
      '以开放促改革促创新促合作（人民要论）', para('开头'), '以开放促改革', para('第一节'), '以开放促创新', para('第二节'), '（作者为某研究院研究员）',
      '努力提高创造性贯彻落实的水平', para('崇尚实干'), para('狠抓落实'), '（作者为某省委常委）',
      '始终重视理论强党（思想纵横）', para('理论'), '（作者为某大学教授）',
    ];
    expect(titles(page)).toEqual(['以开放促改革促创新促合作（人民要论）', '努力提高创造性贯彻落实的水平', '始终重视理论强党（思想纵横）']);
  });

  it('keeps a group feature’s later contributions, after more sign-offs, in the feature', () => {
    const piece = (title: string) => [title, '张  岩', para('一位作者的文字'), '（作者为某大学讲师）'];
    const page = ['铭记历史（国际视野）', para('导语'), ...piece('绵延一个世纪的记忆'), ...piece('不能忘却的贡献'), '回声', para('是时候正视真相了'), '（作者为某大学教授）'];
    expect(titles(page)).toEqual(['铭记历史（国际视野）']);
  });
});

describe('lists and excerpts inside a feature', () => {
  it('reads the mark under an advertorial (·广告·) as furniture, a plain 广告 as a headline', () => {
    const kinds = (texts: string[]) => classifyBlocks(splitBlocks(texts.join('\n\n').split('\n').map((text, i) => ({ no: i + 1, text })))).map((c) => c.kind);
    expect(kinds(['·广告·', '广告'])).toEqual(['furniture', 'headline']);
  });

  it('reads a row of labelled fields and an excerpt’s source label as text', () => {
    const kinds = (texts: string[]) => classifyBlocks(splitBlocks(texts.join('\n\n').split('\n').map((text, i) => ({ no: i + 1, text })))).map((c) => c.kind);
    expect(kinds(['书名：黄雀记               作者：苏童', '《回延安》，贺敬之，发表于1956年', '《平凡的世界》，路遥，出版于1986年'])).toEqual(['body', 'body', 'body']);
    expect(kinds(['时间        议程', '管理局        副局长        3'])).toEqual(['body', 'body']);
    expect(kinds(['湖州：绿色成企业发展主色调', '《流浪地球》上映以来，热度不减', '春来耕种忙  乡村产业旺'])).toEqual(['headline', 'headline', 'headline']);
  });

  it('keeps a list of books under its heading, and the report after the list apart', () => {
    const page = ['“新中国70年70部长篇小说典藏”丛书书目', '书名：风云初记             作者：孙犁', '书名：黄雀记               作者：苏童', '书名：装台                 作者：陈彦',
      '“春蕾计划”30年成果发布会举行', '本报北京10月10日电  （记者杨昊）10月10日，全国妇联在京举行发布会，会上发布了有关成果，各方代表出席。'];
    expect(titles(page)).toEqual(['“新中国70年70部长篇小说典藏”丛书书目', '“春蕾计划”30年成果发布会举行']);
  });

  it('keeps the lines of a quoted poem after a line ending in a comma in the text', () => {
    const page = ['写好中国故事 淬炼时代精神（文学中的70年）', para('新中国成立70年来'), para('文学书写时代'), '版式设计：蔡华伟',
      '《回延安》，贺敬之，发表于1956年', '心口呀莫要这么厉害地跳，', '灰尘呀莫把我眼睛挡住了……', '手抓黄土我不放，', '紧紧儿贴在心窝上。'];
    expect(titles(page)).toEqual(['写好中国故事 淬炼时代精神（文学中的70年）']);
    const at = (text: string) => ({ blocks: [{ role: 'paragraph' as const, text, lines: [1, 1] as [number, number] }], hasBody: true, closed: false, untitled: false, review: [] });
    expect(endsMidSentence(at('心口呀莫要这么厉害地跳，'))).toBe(true);
    expect(endsMidSentence(at('手抓黄土我不放。'))).toBe(false);
    expect(endsMidSentence(at('1990年初，广州《羊城晚报》举办迎春征联。获得一等奖的春联是：'))).toBe(true);
    expect(endsMidSentence(at('国台办：'))).toBe(false);
  });

  it('does not take a line ending in a comma for a lead-in kicker', () => {
    expect(isLeadIn('心口呀莫要这么厉害地跳，')).toBe(false);
    expect(isLeadIn('书名：装台                 作者：陈彦')).toBe(false);
    expect(isLeadIn('时间        议程')).toBe(false);
    expect(isLeadIn('咨询电话：0898-66255950，66255953')).toBe(false);
    expect(isLeadIn('14:00-17:00 2019中国教育机器人大赛之新工科机器人教育与产业发展论坛')).toBe(false);
    expect(isLeadIn('河湖连通，这里四季能赏景')).toBe(true);
  });
});

describe('an event notice’s organisers', () => {
  it('reads 主办单位：… / 承办单位：… as the notice’s credits, not a headline over the next report', () => {
    expect(isCreditLine('主办单位：书香中国·北京阅读季领导小组')).toBe(true);
    expect(isCreditLine('承办单位：中共北京市委宣传部   北京市新闻出版局')).toBe(true);
    const page = ['书香中国·北京阅读季', para('北京阅读季策划了系列活动'), '主办单位：书香中国·北京阅读季领导小组', '承办单位：中共北京市委宣传部   北京市新闻出版局',
      '环海南岛赛晋级国际自盟职业系列赛', '本报北京10月10日电  （记者郑轶）国际自盟官网9日公布2020年最新赛历，环海南岛国际公路自行车赛晋级职业系列赛。'];
    expect(titles(page)).toEqual(['书香中国·北京阅读季', '环海南岛赛晋级国际自盟职业系列赛']);
  });
});

describe('a release with two lists, each signed off by the agency', () => {
  it('keeps the second list, after the first one\'s sign-off, in the release', () => {
    const people = ['杨大伟 中国中医科学院广安门医院主任医师', '蔡成 天津市春华秋实家政服务有限公司总经理', '杨美楷（女） 河北广播电视台经济生活频率副总监',
      '牛何松 山西省长治市壶关县桥上乡后脑村民兵连长', '张峰 内蒙古自治区通辽市强制隔离戒毒所办公室科员', '王森 上海市城市规划设计研究院工程师'];
    const page = ['中宣部命名第五批全国学雷锋活动示范点和岗位学雷锋标兵', '新华社北京2月27日电  近日，中宣部命名第五批全国学雷锋活动示范点和岗位学雷锋标兵，号召各地学习他们的事迹。',
      '第五批全国学雷锋活动示范点名单', '北京市东城区某社区', '天津市某志愿服务队', '河北省某车站', '（新华社北京2月27日电）',
      '第五批全国岗位学雷锋标兵名单', '（50个）', ...people, '（新华社北京2月27日电）',
      '“雷锋学院”在辽宁抚顺揭牌', '本报沈阳2月27日电  （记者王金海）27日，“雷锋学院”揭牌仪式在辽宁抚顺举行，各界代表出席。'];
    expect(titles(page)).toEqual(['中宣部命名第五批全国学雷锋活动示范点和岗位学雷锋标兵', '“雷锋学院”在辽宁抚顺揭牌']);
  });
});

describe('a photo rubric over another item\'s headline', () => {
  it('is the title of a photo item with no text, not a caption', () => {
    const page = ['打造思政“金课”培育时代新人（凭栏处）', para('思想政治理论课是关键课程'), '（作者为华北电力大学党委书记）',
      '图片报道', '广州天河努力补足高质量发展的教育短板——', '下好教育“先手棋”（在一线）', para('顶着酷暑')];
    expect(titles(page)).toEqual(['打造思政“金课”培育时代新人（凭栏处）', '图片报道', '下好教育“先手棋”（在一线）']);
  });
});

describe('an editor\'s note box standing alone', () => {
  it('is an item titled by its label at the head of the page or after a sign-off', () => {
    expect(titles(['编者按', '本期主题：世界多极化', para('当前，人类社会正处在大发展大变革大调整时期'), '——编  者', '共同推动世界多极化深入发展（人民观察）', para('世界多极化')]))
      .toEqual(['编者按', '共同推动世界多极化深入发展（人民观察）']);
    expect(titles(['实现中华民族伟大复兴的关键一步（解码幸福中国）', para('全面建成小康社会'), '（作者为某研究中心研究员）', '编者的话', para('到2020年全面建成小康社会'), '用奋斗建成全面小康（思想纵横）', para('民亦劳止')]))
      .toEqual(['实现中华民族伟大复兴的关键一步（解码幸福中国）', '编者的话', '用奋斗建成全面小康（思想纵横）']);
  });

  it('stays the note of the article whose headline stands over it', () => {
    expect(titles(['咱们村，年味浓', '编者的话', para('每到春节'), '浙江淳安', '村里过大年', para('大年里')])).toEqual(['咱们村，年味浓']);
  });
});

describe('artworks printed at the foot of a page', () => {
  it('reads a title with its medium (兰香（中国画）) as no byline', () => {
    expect(isBylineShape('兰香（中国画）')).toBe(false);
    expect(isBylineShape('张三（新华社）')).toBe(true);
  });
  it('makes each artwork title an item of its own, however many', () => {
    const page = ['导应有道（艺坛走笔）', para('关于导师的话题'), para('在这个弘扬中国书法的时代'), '逐浪戏银珠（中国画）', '兰香（中国画）', '迎春（麦秆画）'];
    expect(titles(page)).toEqual(['导应有道（艺坛走笔）', '逐浪戏银珠（中国画）', '兰香（中国画）', '迎春（麦秆画）']);
  });
});

describe('a two-character rubric after a sign-off', () => {
  it('is the rubric over an item whose writer is named bare under its headline (来论 / 有感于… / 陈万钧)', () => {
    const page = ['图片报道', para('想了解皮肤状况'), '勾  犇图  吕  岩文', '来论', '有感于“单向免安检”', '陈万钧', para('今年春运期间'), para('最好的留痕是口碑')];
    expect(titles(page)).toEqual(['图片报道', '来论']);
  });
});

describe('a contribution headed by a foreign contributor\'s name with their country', () => {
  it('is no kicker-over-title pair that opens an article', () => {
    expect(isContributorWithCountry('（德国）米歇尔·莱勒斯')).toBe(true);
    expect(isContributorWithCountry('（法国）让—弗朗索瓦·唐泽尔')).toBe(true);
    expect(isContributorWithCountry('（二）报名资料')).toBe(false);
    const piece = (h: string, who: string, by: string) => [h, who, para('我亲眼见证了中国的发展'), para('这些变化令人惊叹'), `（作者为${by}，本报记者某某采访整理）`];
    const page = ['讲述亲历故事  见证辉煌历程（风从东方来——国际人士谈新中国70年发展成就）',
      ...piece('中国各个地方都散发着前进的活力', '（摩洛哥）阿齐兹·梅库阿尔', '摩洛哥驻华大使'),
      ...piece('中国将创造更多绿色发展奇迹', '（法国）让—弗朗索瓦·唐泽尔', '世界水理事会理事'),
      ...piece('中国在全球生态建设中发挥着重要作用', '（德国）米歇尔·莱勒斯', '德国罗斯托克大学教授')];
    expect(titles(page)).toEqual(['讲述亲历故事  见证辉煌历程（风从东方来——国际人士谈新中国70年发展成就）']);
  });
});

describe('a series of keyword headings', () => {
  it('reads a two-character keyword over a heading as the next keyword, not the writer\'s name', () => {
    const page = ['大城市养老 多主体发力（一线探民生）', para('老龄化程度高'), '需求', '不同老人需要不同服务', para('广州的老人'), '市场', '鼓励社会力量进入', para('社会力量'),
      '公平', '政府能兜底，群众心有底', para('兜底保障')];
    expect(titles(page)).toEqual(['大城市养老 多主体发力（一线探民生）']);
  });
});

describe('a round-up dispatch', () => {
  it('goes on under section headings, unlike a single dispatch', () => {
    expect(isRoundUpDateline('本报北京10月4日电  综合本报驻外记者报道：庆祝中华人民共和国成立70周年大会引起国际社会热烈反响。')).toBe(true);
    expect(isRoundUpDateline('本报北京10月4日电  （记者于洋）布加勒斯特消息。')).toBe(false);
    const page = ['“伟大中国为世界增添无限绚丽光彩”', '——国际舆论积极评价习近平主席的重要讲话',
      '本报北京10月4日电  综合本报驻外记者报道：庆祝大会引起国际社会热烈反响，各国人士纷纷表示，中国的发展令人鼓舞。',
      '走出正确发展道路', para('多国人士表示'), para('中国道路'), '展示中国辉煌成就', para('阅兵展示了成就'), '（本报记者丁子、赵益普、吴乐珺）'];
    expect(titles(page)).toEqual(['“伟大中国为世界增添无限绚丽光彩”']);
  });
});

describe('a series of quoted speakers\' lines', () => {
  it('keeps a short one among them as text', () => {
    const page = ['守初心者行必远', '本报北京9月30日电  （何旭）人民日报30日推出任仲平文章，引发网友热议。现摘编部分网友留言如下：',
      '网友“云”：守初心者行必远，这是我们党一路走来的深刻启示，也是新时代的号召。', '网友“吉安老陈”：中国共产党人的初心和使命，就是为中国人民谋幸福，为中华民族谋复兴。',
      '网友“行天下”：祝福祖国越来越好！', '网友“常云魁”：我坚信，个人的命运前途与国家民族的命运前途紧密相连，休戚与共。'];
    expect(titles(page)).toEqual(['守初心者行必远']);
  });
});

describe('a short line right after a sign-off', () => {
  it('is not joined to the paragraph after it across a column break', () => {
    const texts = ['第一段文字写到这里结束了。然后又开始了新的一句话，写到一半', '被分栏截断的后半句话在这里结束。', '（本报记者 刘华新 庞革平整理）', '春天，我们播下希望',
      '“布谷飞飞劝早耕，舂锄扑扑趁春晴”。当前，西南的麦区开始拔节，江淮麦区已经起身。'];
    const blocks = joinColumnBreaks(splitBlocks(texts.join('\n\n').split('\n').map((text, i) => ({ no: i + 1, text }))));
    expect(blocks.map((b) => b.text)).toEqual([texts[0]! + texts[1]!, texts[2], texts[3], texts[4]]);
  });
});

describe('headlines on a page that shows column cuts', () => {
  it('does not join a spaced headline or a notice\'s title to the text after it', () => {
    const cut = ['第一段文字写到这里结束了。然后又开始了新的一句话，写到一半', '被分栏截断的后半句话在这里结束。'];
    const join = (t: string[]) => joinColumnBreaks(splitBlocks([...cut, ...t].join('\n\n').split('\n').map((text, i) => ({ no: i + 1, text })))).map((b) => b.text);
    const spaced = ['苏州相城：发挥“枢纽中心”优势 奋力打造长三角一体化创新发展先导区', '从曾经的“相土尝水地”，到今日的“枢纽中心城”，江南古城焕发新的活力。'];
    expect(join(spaced)).toEqual([cut.join(''), ...spaced]);
    const notice = ['天津港保税区管委会、天津东疆保税港区管委会面向国内外公开选聘副主任公告', '天津港保税区于1991年经国务院批准设立，现辖区包括多个功能区。'];
    expect(join(notice)).toEqual([cut.join(''), ...notice]);
  });
});

describe('a group feature of reported items', () => {
  it('keeps a two-line headline right after running text, over a reporter\'s line, as a contribution', () => {
    const item = (who: string, quote: string, by: string) => [who, quote, `本报记者 ${by}`, para('他每天早出晚归'), para('村里的变化看得见')];
    const page = ['走出贫困 咱们这样干（干部状态新观察）', para('本版聚焦几位扶贫干部，倾听他们的一线故事'),
      ...item('青海海西州乌兰县巴音村第一书记白海龙', '不松劲儿，再难的关也能闯', '姜 峰'),
      ...item('宁夏固原市原州区和润村村支书苗永俊', '既然来了，就不能辜负组织的信任', '刘 峰')];
    expect(titles(page)).toEqual(['走出贫困 咱们这样干（干部状态新观察）']);
  });

  it('keeps a short headline over the writers\' bare names right after running text as a contribution', () => {
    const page = ['梦想照进现实（逐梦70年）', para('本版邀请几位作者讲述变化'), '梦想', '成新平', para('小时候的梦想'), '心声', '李彬', para('我的心声'),
      '巨变', '程秋生', para('家乡的巨变')];
    expect(titles(page)).toEqual(['梦想照进现实（逐梦70年）']);
    const cb = (kind: 'headline' | 'name' | 'body', text: string) => ({ kind, block: { text, lines: [1, 1] as [number, number], source: [], gapBefore: 1, gapAfter: 1, joins: [] } });
    const article = { blocks: [{ role: 'paragraph' as const, text: para('我的心声'), lines: [1, 1] as [number, number] }], hasBody: true, closed: false, untitled: false, review: [] };
    expect(reportedContribution(article, [cb('headline', '巨变'), cb('name', '程秋生')], cb('body', para('家乡的巨变')))).toBe(true);
    expect(reportedContribution(article, [cb('headline', '习近平致信祝贺二〇一九中国海洋经济博览会开幕强调'), cb('name', '贺 信')], cb('body', para('值此')))).toBe(false);
  });

  it('still opens an article under a news headline over a letter\'s label (习近平致信祝贺…强调 / 贺 信)', () => {
    const page = ['第一篇文章的标题', para('第一篇文章的正文'), '习近平致信祝贺二〇一九中国海洋经济博览会开幕强调', '贺 信', para('值此博览会开幕之际')];
    expect(titles(page)).toEqual(['第一篇文章的标题', '习近平致信祝贺二〇一九中国海洋经济博览会开幕强调']);
  });

  it('still opens an article after the piece before was signed off', () => {
    const page = ['第一篇文章的标题', para('第一篇文章的正文'), '（本报记者 张三）', '河南鹿邑推动加工制造业转型升级', '小小化妆刷 做成大产业', '本报记者 李四', para('第二篇文章的正文')];
    expect(titles(page)).toEqual(['第一篇文章的标题', '小小化妆刷 做成大产业']);
  });
});

describe('a question closing an article\'s opening over a heading', () => {
  it('is no kicker over a new article\'s title', () => {
    const page = ['打开西部新格局（区域协调发展新格局）', para('来到西部，更知中国之博大'), para('西部，不再是那旧模样'),
      '落子破局，今日西部如何走好这盘新棋？', '大保护·底色', para('生态保护成为西部开发的底色'), para('点开卫星地图')];
    expect(titles(page)).toEqual(['打开西部新格局（区域协调发展新格局）']);
  });
});

describe('numbered tables in a report', () => {
  it('keeps a table\'s caption and its note in brackets in the text', () => {
    const page = ['2019年中国中小城市高质量发展指数研究成果发布', para('依据新发展理念'), '一、中小城市的地位', para('中小城市是推动高质量发展的重要力量'),
      '表1  中国大陆中小城市的构成及其数量（广义）', '（截至2018年底，单位：个）', '二、研究对象', para('本研究的研究对象界定为县级市'),
      '表4  2019年度全国综合实力百强区', '（二）绿色发展指数', para('坚持绿色发展是发展观的一场深刻革命')];
    expect(titles(page)).toEqual(['2019年中国中小城市高质量发展指数研究成果发布']);
  });
});

describe('spaced keyword headings', () => {
  it('reads a spaced two-character word over a heading as a keyword when the page has a series of them', () => {
    const page = ['“北溪—2”天然气项目凸显欧美利益分歧（国际视点）', para('随着项目近日获得欧盟支持'), '欧 洲', '加强对天然气监管的呼声持续高涨', para('总投资约95亿欧元'),
      '美 国', '不断加大对欧洲能源市场拉拢力度', para('在欧洲之外'), '前 景', '俄罗斯在欧洲能源市场的地位尚难撼动', para('尽管德国做出了让步')];
    expect(titles(page)).toEqual(['“北溪—2”天然气项目凸显欧美利益分歧（国际视点）']);
  });
  it('reads a place over a heading as a keyword when the page has a series of places over headings', () => {
    const page = ['五洲共欢庆 四海同迎春', para('中国春节正成为世界的节日'), '莫斯科', '联欢贺新年', para('俄罗斯首都莫斯科'),
      '曼谷', '商场办庙会', para('泰国首都曼谷'), '墨西哥城', '年画送祝福', para('墨西哥首都墨西哥城')];
    expect(titles(page)).toEqual(['五洲共欢庆 四海同迎春']);
  });
  it('still reads a writer\'s spaced name after text as the byline', () => {
    const page = ['第一篇评论的标题', para('第一篇评论的正文'), '马 进', '第二篇评论的标题', para('第二篇评论的正文')];
    expect(titles(page)).toEqual(['第一篇评论的标题', '第二篇评论的标题']);
  });
});

describe('a reporter\'s line that says the piece was collected', () => {
  it('is a reporter line (本报记者 柯仲甲采访整理), not a dateline', () => {
    expect(isReporterLine('本报记者 柯仲甲采访整理')).toBe(true);
    expect(isReporterLine('本报记者 王锦涛整理')).toBe(true);
    expect(isReporterLine('本报记者 王锦涛')).toBe(true);
    const page = ['守望传承看家风（春节返乡看新风①）', para('春节，维系着情感血脉'), '本分实在', '传家久', '本报记者 王锦涛', para('在甘肃天水'), para('我的母亲'),
      '两代三人', '话恩情', '本报记者 柯仲甲采访整理', para('忙碌了一年')];
    expect(titles(page)).toEqual(['守望传承看家风（春节返乡看新风①）']);
  });
});

describe('a sentence about the paper\'s reporters', () => {
  it('is text, not a reporter\'s dateline (本报记者在现场看到，…)', () => {
    expect(startsWithDateline('本报记者在现场看到，河流两岸高耸的山体由混凝土防护。')).toBe(false);
    expect(startsWithDateline('本报记者日前就此采访了该项研究的主要负责人。')).toBe(false);
    expect(startsWithDateline('本报记者 王锦涛')).toBe(true);
    expect(startsWithDateline('本报记者张三报道：近日，某地举行活动。')).toBe(true);
    expect(startsWithDateline('本报记者欧阳洁报道：近日，某地举行活动。')).toBe(true);
  });
});
