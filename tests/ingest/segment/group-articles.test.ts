import { describe, expect, it } from 'vitest';
import { summary } from './helpers.ts';
import { groupArticles, endsWithSignOff, isBracketedSignOff, isDeck, isSidebarLabel, photoItemAhead } from '../../../scripts/ingest/segment/group-articles.ts';
import { classifyBlocks } from '../../../scripts/ingest/segment/classify-blocks.ts';
import { joinColumnBreaks } from '../../../scripts/ingest/segment/join-column-breaks.ts';
import { splitBlocks } from '../../../scripts/ingest/segment/split-blocks.ts';


describe('groupArticles', () => {
  it('starts a new article after a byline and keeps in-article headings', () => {
    expect(summary('标题一\n\n昨天，会议召开。\n\n小标题\n\n会议指出，要抓落实。\n\n吴涛\n\n标题二\n\n会议强调，要抓落实。')).toEqual([
      ['article', 'title=标题一', 'paragraph=昨天，会议召开。', 'heading=小标题', 'paragraph=会议指出，要抓落实。', 'byline=吴涛'],
      ['article', 'title=标题二', 'paragraph=会议强调，要抓落实。'],
    ]);
  });

  it('starts a new article at a headline after a news report (which has no section headings)', () => {
    expect(summary('标题一\n\n本报北京2月1日电 会议召开。\n\n标题二\n\n会议强调，要抓落实。').map((i) => i[1])).toEqual(['title=标题一', 'title=标题二']);
  });

  it('starts a new article at a headline followed by a dateline', () => {
    expect(summary('标题一\n\n会议召开了。\n\n标题二\n\n新华社北京2月1日电 会议召开。').map((i) => i[1])).toEqual(['title=标题一', 'title=标题二']);
  });

  it('starts a new article at a headline with a column tag', () => {
    expect(summary('标题一\n\n会议召开了。\n\n警示教育要真正触及灵魂（红船观澜）\n\n鲜活的案例触动深刻。').map((i) => i[1])).toEqual(['title=标题一', 'title=警示教育要真正触及灵魂（红船观澜）']);
  });

  it('never reads a column-tagged title set apart from the blocks over it, at the top of the page, as a section heading', () => {
    // (A short block over it, set apart by a layout gap — an advertisement's label — opens nothing.)
    expect(summary('广告\n\n\n某地环境治理靠奋斗（锐评）\n\n打好污染防治攻坚战是一场大仗，要久久为功。').map((i) => i.slice(0, 2))).toEqual([
      ['furniture', '广告'],
      ['article', 'title=某地环境治理靠奋斗（锐评）'],
    ]);
    // Untagged, the block right before the text is the first article's section heading, as before.
    expect(summary('某地环境治理\n\n\n靠奋斗\n\n打好污染防治攻坚战是一场大仗，要久久为功。')[0]!.slice(0, 3)).toEqual(['article', 'title=某地环境治理', 'heading=靠奋斗']);
  });

  it('puts an editor\'s note printed before the headline on the next article', () => {
    expect(summary('编者按：本报推出特别报道。\n\n标题\n\n正文第一段。')).toEqual([['article', 'editorsNote=编者按：本报推出特别报道。', 'title=标题', 'paragraph=正文第一段。']]);
  });

  it('moves a headline printed after its article back to it', () => {
    expect(summary('标题一\n\n正文。（详见第二版）\n\n本报讯 昨天，区领导慰问官兵。\n\n李鹏宇\n\n区领导带队开展双拥办实事活动')[1]).toEqual([
      'article', 'title=区领导带队开展双拥办实事活动', 'paragraph=本报讯 昨天，区领导慰问官兵。', 'byline=李鹏宇',
    ]);
  });

  it('makes teasers of 导读 items', () => {
    expect(summary('标题\n\n正文。\n\n综合新闻\n\n我区实行慢病管理\n\n▶ 详见二版').slice(1)).toEqual([['teaser', '综合新闻\n我区实行慢病管理\n▶ 详见二版']]);
  });

  it('makes furniture of the blocks over the first headline', () => {
    expect(summary('金坛时报\n\n金坛手机台\nAPP下载\n\n主办：某某委员会 主管：某某部\n\n第45期\n\n标题\n\n正文。').map((i) => i[0])).toEqual(['furniture', 'furniture', 'furniture', 'furniture', 'article']);
  });

  it('takes short blocks between a headline and its body, set apart by wide gaps, as captions', () => {
    expect(summary('标题\n\n\n\n照片说明一\n\n\n\n照片说明二\n\n\n\n小标题\n\n正文。')).toEqual([
      ['article', 'title=标题', 'heading=小标题', 'paragraph=正文。'],
      ['caption', '照片说明一'],
      ['caption', '照片说明二'],
    ]);
  });
});

describe('regional page conventions', () => {
  it('takes page header lines over the first article as furniture and keeps a continued article untitled', () => {
    expect(summary('2  综合新闻\n\n2021年3月5日  责任编辑：周敏\n\n（上接第一版）会议强调，要推动高质量发展。').map((i) => i[0])).toEqual(['furniture', 'furniture', 'article']);
  });

  // (Was kicker + title, a guess; the only gold with such blocks, 都市快报's e-paper, records the whole block as the title.)
  it('reads a headline block printed on two lines over the text as one title, its lines kept', () => {
    expect(summary('我市召开全市经济工作会议\n奋力开创高质量发展新局面\n\n本报讯 3月4日，会议召开。')[0]).toEqual([
      'article', 'title=我市召开全市经济工作会议\n奋力开创高质量发展新局面', 'paragraph=本报讯 3月4日，会议召开。',
    ]);
  });

  it('opens an article at headline + byline + editor\'s note, even after running text', () => {
    expect(summary('会议还对近期工作作了部署。\n\n乡村振兴看溧阳\n\n本报记者 张三\n\n编者按：本报今起推出系列报道。\n\n一、产业兴旺\n\n溧阳大力发展特色产业。')[1]).toEqual([
      'article', 'title=乡村振兴看溧阳', 'byline=本报记者 张三', 'editorsNote=编者按：本报今起推出系列报道。', 'heading=一、产业兴旺', 'paragraph=溧阳大力发展特色产业。',
    ]);
  });

  it('reads teasers printed on one line with their pointer, and credited photo captions', () => {
    expect(summary('标题\n\n本报讯 昨天，会议召开。\n\n市民在公园赏花（张三 摄）\n\n综合新闻\n\n我区实行慢病全链条管理 ▶详见二版').slice(1)).toEqual([
      ['caption', '市民在公园赏花（张三 摄）'],
      ['teaser', '综合新闻\n我区实行慢病全链条管理 ▶详见二版'],
    ]);
  });

  it('takes a block between lone quotation mark lines as a pull quote', () => {
    expect(summary('标题\n\n正文。\n\n“\n绿水青山就是金山银山。\n”')[0]![3]).toBe('pullquote=“\n绿水青山就是金山银山。\n”');
  });
});

describe('boxes of briefs', () => {
  const box = (items: string[]) => summary(['要闻', '', '正文很长的一段。（记者李四）', '', '速览', '', ...items.flatMap((t) => [t, ''])].join('\n').trim()).map((i) => i[1]);

  it('keeps signed-off briefs set like the first one in the box under its rubric', () => {
    expect(box(['新首钢行动计划发布', '本报北京2月13日电  （记者贺勇）记者获悉，计划发布。', '云南降低企业成本', '本报昆明2月12日电  （记者杨文明）云南省印发意见。'])).toEqual(['title=要闻', 'title=速览']);
    expect(box(['以色列将建实验室', '以色列创新局近日宣布，将出资支持。', '声明表示，希望建成创新平台。', '（据新华社耶路撒冷电  记者陈文仙）', '研究人员开发新材料', '日本北海道大学研究人员研发出一种新材料。', '研究人员说，材料有望用于制造柔性机器人。', '（据新华社华盛顿电  记者周舟）'])).toEqual(['title=要闻', 'title=速览']);
  });

  it('reads a series label over keyword-led items as a box', () => {
    const page = '要闻\n\n正文很长的一段。（记者李四）\n\n2019春运一线\n\n新通道\n\n“急客”服务通道开通\n\n本报北京2月11日电  （记者贺勇）北京西站开通服务通道。\n\n新闸机\n\n“刷脸”进站优化升级\n\n本报成都2月11日电  （记者王明峰）成都东站启用新闸机。';
    expect(summary(page).map((i) => i.slice(0, 3))).toEqual([
      ['article', 'title=要闻', 'paragraph=正文很长的一段。（记者李四）'],
      ['article', 'title=2019春运一线', 'heading=新通道'],
    ]);
  });

  it('ends the box at an item of another shape, another source or after a credit', () => {
    // Not led by a dateline like the first item.
    expect(box(['新首钢行动计划发布', '本报北京2月13日电  （记者贺勇）记者获悉，计划发布。', '南国春意浓', '1月31日，海南琼海阳光明媚春色宜人。'])).toEqual(['title=要闻', 'title=速览', 'title=南国春意浓']);
    // An agency box does not take in the paper's own correspondent's report.
    expect(box(['以色列将建实验室', '以色列创新局近日宣布，将出资支持。', '声明表示，希望建成创新平台。', '（据新华社耶路撒冷电  记者陈文仙）', '法国控烟措施初见成效', '法国公共卫生部门近日发表报告。', '报告显示，法国人口吸烟率下降。', '（本报巴黎电）'])).toEqual(['title=要闻', 'title=速览', 'title=法国控烟措施初见成效']);
    expect(box(['以色列将建实验室', '以色列创新局近日宣布，将出资支持。', '声明表示，希望建成创新平台。', '（据新华社耶路撒冷电  记者陈文仙）', '制图：张丹峰', '巴西国家博物馆展出藏品', '近日，造币厂文化中心展出藏品。'])).toEqual(['title=要闻', 'title=速览', 'title=巴西国家博物馆展出藏品']);
  });
});

describe('readers\' letters under a rubric', () => {
  const long = '针对上述不文明行为，各地采取了不少措施，也取得了明显成效，但是文明旅游仍然需要久久为功，持续用力，形成合力。';
  const page = [
    '出游，背上文明的行囊（来信综述）', long, '文明旅游，尚需做足“绣花功夫”', long,
    '建议', '农村交通设施应提升', '笔者在春节返乡期间看到，越来越多的乡亲开上私家车。', '山东惠民县 田晓剑',
    '网贷广告泛滥需警惕', '整治网贷广告乱象迫在眉睫。', '辽宁大连市 王艺侨',
    '身边事', '对乡村“僵尸企业”应予重视', '近年来，各地兴办了不少乡村企业。', '河北沧州市 冯 毅',
  ].join('\n\n');
  it('opens a box at a rubric over a letter signed with the writer\'s place and name inside running text', () => {
    expect(summary(page).filter((i) => i[0] === 'article').map((i) => i[1])).toEqual(['title=出游，背上文明的行囊（来信综述）', 'title=建议', 'title=身边事']);
  });
  it('keeps the later letters of the box in it', () => {
    expect(summary(page).filter((i) => i[0] === 'article')[1]).toContain('heading=网贷广告泛滥需警惕');
  });
});

describe('series of reported items', () => {
  it('reads a series rubric over the first item as the title when later items, over their reporters, have one line fewer', () => {
    expect(summary('新春走基层 人和家顺事事兴\n\n毛里湖水 又见清澈\n\n本报记者  刘  毅\n\n快过年了，客人很多。\n\n揭西菜心 精挑细选\n\n本报记者  贺林平\n\n冬日阳光洒在地头。')).toEqual([
      ['article', 'title=新春走基层 人和家顺事事兴', 'heading=毛里湖水 又见清澈', 'byline=本报记者  刘  毅', 'paragraph=快过年了，客人很多。', 'heading=揭西菜心 精挑细选', 'byline=本报记者  贺林平', 'paragraph=冬日阳光洒在地头。'],
    ]);
  });

  it('reads the series rubric as the title when the first item names its reporters bare', () => {
    expect(summary('新春走基层 人和家顺事事兴\n\n农家书屋 一座难求\n\n郑少忠 肖德法\n\n春节这几天，我们这里的农家书屋，一座难求。\n\n智能机器人 检修效率高\n\n本报记者 王明峰\n\n记者走进成都动车段检修库。')[0]!.slice(1, 4)).toEqual([
      'title=新春走基层 人和家顺事事兴', 'heading=农家书屋 一座难求', 'byline=郑少忠 肖德法',
    ]);
  });

  it('does not count an exclamation alone in the text as a line of the next item\'s headline', () => {
    const long = '以前出名，是因为穷，身体残疾，四十七岁了还光棍一个。现在出名，是因为去年脱贫又脱单了，大家都来找他取经。';
    expect(summary(`新春走基层 一起过大年\n\n脱贫脱单 双喜临门\n\n本报记者 郑少忠\n\n${long}\n\n一旁围观的群众都笑了起来！\n\n胡同电暖 安享生活\n\n本报记者 贺 勇\n\n大年初一，走进北京前门附近的胡同。`)[0]!.slice(1, 3)).toEqual([
      'title=新春走基层 一起过大年', 'heading=脱贫脱单 双喜临门',
    ]);
  });

  it('opens a new feature at a series rubric over a reported item inside running text', () => {
    const long = '为落实打赢脱贫攻坚战三年行动的指导意见，集中力量支持深度贫困地区脱贫攻坚，各地做了大量工作，成效明显，群众满意。';
    const items = summary(`扶贫办推动落实代表委员建议\n\n${long}\n\n新春走基层 人和家顺事事兴\n\n湖南衡南县滨河村——\n\n“回乡创业，咱有信心！”\n\n本报记者  杜若原\n\n从湖南省衡南县云集镇往湘江边上走，便来到了滨河村。\n\n江苏宿迁市第一人民医院网上诊疗——\n\n“节约了时间，缩短了距离”\n\n本报记者  姚雪青\n\n网上诊疗越来越方便。`).filter((i) => i[0] === 'article');
    expect(items.slice(0, 2).map((i) => i[1])).toEqual(['title=扶贫办推动落实代表委员建议', 'title=新春走基层 人和家顺事事兴']);
  });

  it('opens an article at a news headline over a reporter\'s line after the feature\'s one-line parts (a stack of another size)', () => {
    const items = summary('新春走基层 人和家顺事事兴\n\n毛里湖水 又见清澈\n\n本报记者  刘  毅\n\n快过年了，客人很多。\n\n揭西菜心 精挑细选\n\n本报记者  贺林平\n\n冬日阳光洒在地头。\n\n别人做田 我们做海\n\n本报记者  黄晓慧\n\n渔船陆续归港。\n\n开展“年货节”“年货大集”等活动\n\n全国市场供应充足供需两旺\n\n记者 王珂\n\n春节前后，商务部监测的重点零售企业销售额同比增长。').filter((i) => i[0] === 'article');
    expect(items.map((i) => i[1])).toEqual(['title=新春走基层 人和家顺事事兴', 'kicker=开展“年货节”“年货大集”等活动']);
  });

  it('opens an article at a headline of a news headline\'s length over a reporter\'s line, where a feature\'s part is headed short', () => {
    const long = '2月1日，外交部发言人在例行记者会上回答提问时表示，中方一贯鼓励本国企业在遵守国际规则和当地法律的基础上开展对外合作。';
    const page = (kicker: string, title: string) => `春节前夕的边防哨所\n\n${long}\n\n${kicker}\n\n${title}\n\n记者 韩晓明\n\n${long}`;
    // A news kicker and a title of twenty characters or more: the next report.
    expect(summary(page('外交部发言人——', '希望美方以开放包容心态看待他国科技发展进步')).filter((i) => i[0] === 'article')).toHaveLength(2);
    // Headed short, or led in by the contributor or the place: the feature's next part.
    expect(summary(page('外交部发言人——', '希望美方以开放心态看待')).filter((i) => i[0] === 'article')).toHaveLength(1);
    expect(summary(page('地点：延崇高速河北段主体1标松山特长隧道施工现场', '质量安全监控严')).filter((i) => i[0] === 'article')).toHaveLength(1);
  });

  it('keeps kicker and title when the later items are set like the opening stack (a person over a quote)', () => {
    expect(summary('宁夏固原市和润村村支书苗永俊\n\n既然来了，就不能辜负信任\n\n本报记者 刘 峰\n\n头次登门，家里男人正蹲在门槛上。\n\n青海乌兰县巴音村第一书记白海龙\n\n不松劲儿，再难的关也能闯\n\n本报记者 刘成友\n\n十月，山城迎来初雪。')[0]!.slice(1, 3)).toEqual([
      'kicker=宁夏固原市和润村村支书苗永俊', 'title=既然来了，就不能辜负信任',
    ]);
  });
});

describe('group features', () => {
  it('counts a bracketed sign-off after the writer\'s name in the series of sign-offs of a group feature', () => {
    const letter = (title: string, name: string) => `${title}\n\n亲爱的妈妈：\n\n一晃我出国留学4年有余了，工作很忙。\n\n${name}\n\n（作者为留学生，本报记者任彦整理）`;
    const page = ['一封家书 一份期待（寄给祖国的家书）', '每逢佳节倍思亲，我们收到了许多家书。', letter('援外跳水教练的自豪', '马 进'), letter('为一带一路建设奉献力量', '杨 野'), letter('做好祖国的“名片”', '冯 静'), letter('相信“中国芯”一定能腾飞', '王 林')].join('\n\n');
    expect(summary(page).filter((i) => i[0] === 'article')).toHaveLength(1);
  });
});

describe('agency sign-offs', () => {
  it('keeps short lines right over a bracketed sign-off in the text they end', () => {
    expect(summary('国宴祝酒词\n\n女士们，先生们，朋友们：今天我们欢聚一堂。\n\n为在座各位来宾的健康，\n\n干杯！\n\n（新华社北京9月30日电）')).toEqual([
      ['article', 'title=国宴祝酒词', 'paragraph=女士们，先生们，朋友们：今天我们欢聚一堂。', 'paragraph=为在座各位来宾的健康，', 'paragraph=干杯！', 'paragraph=（新华社北京9月30日电）'],
    ]);
    expect(summary('两国联合声明\n\n双方同意加强合作。\n\n2019年10月25日于北京\n\n（新华社北京10月25日电）')).toHaveLength(1);
  });
  it('keeps a report led by an agency dateline right after a letter signed off by the agency in the same article', () => {
    expect(summary('习近平致信祝贺海洋经济博览会开幕\n\n贺 信\n\n值此博览会开幕之际，我谨表示衷心的祝贺！\n\n习近平\n\n2019年10月15日\n\n（新华社北京10月15日电）\n\n新华社深圳10月15日电 博览会开幕之际，国家主席习近平发来贺信。').filter((i) => i[0] === 'article')).toHaveLength(1);
  });
  it('knows a bracketed sign-off', () => {
    expect(isBracketedSignOff('（新华社北京9月30日电）')).toBe(true);
    expect(isBracketedSignOff('（本报巴黎电）')).toBe(true);
    expect(isBracketedSignOff('新华社北京9月30日电 会议召开。')).toBe(false);
  });
});

describe('sidebar labels', () => {
  it('keeps a sidebar label (and the box headline under it) in the article before it, even after its sign-off', () => {
    expect(summary('标题\n\n本报北京2月11日电  会议召开。\n\n（本报北京2月11日电）\n\n链  接\n\n非洲联盟现有55个成员。').map((i) => i[1])).toEqual(['title=标题']);
    expect(summary('标题\n\n会议召开了，代表们发言踊跃。\n\n记者手记\n\n真调研 说实话\n\n下基层，真调研；听民声，说实话。')[0]!.slice(-3)).toEqual(['heading=记者手记', 'heading=真调研 说实话', 'paragraph=下基层，真调研；听民声，说实话。']);
  });
  it('keeps a sidebar-tagged headline (…（记者手记）) in the text without a strong cue', () => {
    const long = Array.from({ length: 14 }, () => '黄久生是个好人，这些年，将挣来的钱绝大部分用到了回报家乡和爱心公益上，乡亲们都记着他的好。').join('\n\n');
    expect(summary(`常回来看看（新春走基层）\n\n${long}\n\n有心又有为（记者手记）\n\n黄久生是个好人。`).filter((i) => i[0] === 'article')).toHaveLength(1);
  });
  it.each([['记者手记', true], ['■链接', true], ['■小贴士·打铁火流派', true], ['延伸阅读', true], ['有心又有为（记者手记）', false], ['链接未来', false]])('isSidebarLabel %s → %s', (t, e) => expect(isSidebarLabel(t)).toBe(e));
});

describe('——subtitles in a series', () => {
  const page = (first: string) => `要闻\n\n正文一段。\n\n${first}\n\n——写在第六个国家扶贫日之际\n\n今年是决战之年。\n\n辉煌的成就\n\n——世界人口最多的发展中大国即将告别绝对贫困\n\n金秋时节，层林尽染。\n\n攻坚的力量\n\n——一鼓作气、顽强作战\n\n青海村民经常站在山头俯瞰。`;
  it('reads titles over a ——subtitle as sections inside an article that has one, when they come in a series', () => {
    expect(summary(page('决战脱贫攻坚 共进小康社会')).map((i) => i[1])).toEqual(['title=要闻', 'title=决战脱贫攻坚 共进小康社会']);
  });
  it('still opens an article at a title over a ——subtitle after an article without one', () => {
    expect(summary('要闻\n\n正文一段。\n\n决战脱贫攻坚 共进小康社会\n\n——写在第六个国家扶贫日之际\n\n今年是决战之年。').map((i) => i[1])).toEqual(['title=要闻', 'title=决战脱贫攻坚 共进小康社会']);
  });
});

describe('long kickers over short titles', () => {
  const voice = (who: string, title: string) => `${who}\n\n${title}\n\n我出生在山村，从小跟母亲学手艺，如今带着乡亲们一起干。`;
  it('opens an article at one such pair inside running text', () => {
    expect(summary(['相约春天的盛会', '又到一年春来时。', voice('河南鹿邑推动加工制造业转型升级发展', '小小化妆刷 做成大产业')].join('\n\n')).map((i) => i[1])).toEqual(['title=相约春天的盛会', 'kicker=河南鹿邑推动加工制造业转型升级发展']);
  });
  it('reads three or more on the page as a group feature\'s contributions', () => {
    const page = ['相约春天的盛会', '又到一年春来时。', voice('全国人大代表、四川省马边彝族自治县刺绣专家乔进双梅', '帮助更多农民尽快富起来'), voice('全国政协委员、中国铁道科学研究院首席研究员赵红卫', '让群众享受科技带来的便利'), voice('全国人大代表、森马集团有限公司董事长邱光和', '民营企业要增强内生动力')].join('\n\n');
    expect(summary(page).filter((i) => i[0] === 'article')).toHaveLength(1);
  });
  it('reads two on the page as a series already (found on October pages)', () => {
    const page = ['脱贫路上的奋斗者', '又到一年丰收时。', voice('青海海西州乌兰县巴音村第一书记白海龙', '不松劲儿，再难的关也能闯'), voice('宁夏固原市原州区和润村村支书苗永俊', '既然来了，就不能辜负组织的信任')].join('\n\n');
    expect(summary(page).filter((i) => i[0] === 'article')).toHaveLength(1);
  });
});

describe('interviews', () => {
  it('keeps an interviewer\'s question in the interview, even after a dateline-led report', () => {
    expect(summary('教育部负责人答记者问\n\n本报北京2月23日电  日前，教育部负责人接受采访。\n\n问：《中国教育现代化2035》有哪些突出特点？\n\n答：文件以新发展理念为指导。').map((i) => i[1])).toEqual(['title=教育部负责人答记者问']);
  });
});

describe('photo-page rubrics and letters', () => {
  it('closes a headline with only a page credit under it: the next headline opens an article', () => {
    expect(summary('直击融媒爆款\n\n本版摄影：史家民  版式设计：蔡华伟\n\n画好主流价值最大同心圆\n\n——图说人民日报媒体深度融合\n\n这个国庆，人民日报推出一款互动产品。').map((i) => i[1])).toEqual(['title=直击融媒爆款', 'title=画好主流价值最大同心圆']);
    expect(summary('要闻\n\n正文。\n\n剧照摄影：刘海栋\n\n制图：蔡华伟\n\n传统艺术让大学充满文化自信（谈艺录）\n\n2018岁末，教育部公布了名单。').filter((i) => i[0] === 'article').map((i) => i.find((x) => x.startsWith('title=')))).toEqual(['title=要闻', 'title=传统艺术让大学充满文化自信（谈艺录）']);
  });
  it('keeps a letter\'s closing, its writer\'s name and sign-off in the letter', () => {
    expect(summary('不负军人职责（寄给祖国的家书）\n\n亲爱的妻子：春节来临，思亲甚切。\n\n敬礼！\n\n米秀刚\n\n（作者为维和步兵营连长）')).toEqual([
      ['article', 'title=不负军人职责（寄给祖国的家书）', 'paragraph=亲爱的妻子：春节来临，思亲甚切。', 'paragraph=敬礼！', 'byline=米秀刚', 'byline=（作者为维和步兵营连长）'],
    ]);
  });
});

describe('rubrics set like a name', () => {
  it('reads an unspaced two-character word over a headline and a writer\'s line as a rubric, not a byline', () => {
    expect(summary('图片报道\n\n无人机上岗，路况手中掌。\n\n勾  犇图  羽  生文\n\n来论\n\n小治理也需精细活\n\n北京朝阳  施  芳\n\n“严禁电动车在室内充电！”在一个大型社区，派出所已联合行动。').map((i) => i[1])).toEqual(['title=图片报道', 'title=来论']);
  });
  it('still takes a bare name after text for the byline', () => {
    expect(summary('标题一\n\n会议召开。\n\n吴涛\n\n标题二\n\n会议强调，要抓落实。')[0]).toContain('byline=吴涛');
  });
});

describe('lead-ins over column-tagged titles', () => {
  it('reads a short question or lead-in over a column-tagged title at the top of the page as its kicker', () => {
    expect(summary('沈铁梅：\n\n唱出川剧的麻辣味（艺术生涯·“梅花”这样绽放④）\n\n说来也巧，沈铁梅三获梅花奖。')).toEqual([
      ['article', 'kicker=沈铁梅：', 'title=唱出川剧的麻辣味（艺术生涯·“梅花”这样绽放④）', 'paragraph=说来也巧，沈铁梅三获梅花奖。'],
    ]);
  });
});

describe('the foot of the page', () => {
  it('keeps closing exclamations at the foot of the page in the last article, not as bodyless items', () => {
    expect(summary('乌蒙山传奇\n\n此景此情，让我们不胜感慨。\n\n——伟哉，当代中国！\n\n——壮哉，乌蒙山传奇！')).toEqual([
      ['article', 'title=乌蒙山传奇', 'paragraph=此景此情，让我们不胜感慨。', 'paragraph=——伟哉，当代中国！', 'paragraph=——壮哉，乌蒙山传奇！'],
    ]);
  });
  it('still reads a headline with no text at the foot of the page as a bodyless item', () => {
    expect(summary('标题\n\n正文。\n\n绘年画 赏年画').map((i) => i[1])).toEqual(['title=标题', 'title=绘年画 赏年画']);
  });
});

describe('bracketed notes', () => {
  it('keeps a note wholly in brackets after running text with that text', () => {
    const speech = Array.from({ length: 12 }, () => '面对全球化的技术革新，我们推出了数字转型战略计划，将包括电信在内的多个领域纳入其中，推动经济可持续发展，为各行各业提供优质服务。').join('\n\n');
    const items = summary(`论坛发言摘编\n\n${speech}\n\n（以嘉宾发言先后为序）\n\n本版文字由庄红韬、乔雪峰、赵超整理。`);
    expect(items.map((i) => i[1])).toEqual(['title=论坛发言摘编']);
    expect(items[0]).toContain('byline=（以嘉宾发言先后为序）');
  });
});

describe('numbered sections', () => {
  it('keeps a lone Chinese numeral line in the running text as a section number', () => {
    const long = Array.from({ length: 14 }, () => '走进犀牛寨的时候，寨子里响起欢快的芦笙和歌儿，然后是米酒和笑脸，一个人心中都应该有一池春水。').join('\n\n');
    expect(summary(`春池洗砚（金台随感）\n\n${long}\n\n二\n\n寨子里的炊烟升起来了。`)[0]).toContain('heading=二');
  });
});

describe('grouping cues', () => {
  it.each([
    ['会议召开。（记者张三）', true],
    ['会议召开。（新华社北京2月18日电）', true],
    ['游客在公园赏花。 张连华摄', true],
    ['会议召开。', false],
    ['新政自下月起实施。（完）', true],
    ['新政自下月起实施。【全文完】', true],
    ['他写下了一个“完”字（完）', false],
  ])('endsWithSignOff %s → %s', (text, expected) => expect(endsWithSignOff(text)).toBe(expected));

  it('knows decks and photo items', () => {
    expect(isDeck('习近平强调，中方高度重视筹办北京冬奥会')).toBe(true);
    expect(isDeck('长'.repeat(300))).toBe(false);
    const blocks = classifyBlocks(splitBlocks(['2月1日，参赛小棋手在比赛中。', '', '新华社记者 张三摄'].map((text, i) => ({ no: i + 1, text }))));
    expect(photoItemAhead(blocks, 0)).toBe(true);
  });
});
