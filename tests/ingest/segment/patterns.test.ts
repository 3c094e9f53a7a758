import { describe, expect, it } from 'vitest';
import { segmentPage } from '../../../scripts/ingest/segment.ts';
import {
  chineseNumber, findContinuations, isContactLine, isFigureAlone, isIssuerAndDate, isQrPrompt, isTimeSlotLine, isCreditLine, isBylineShape, isContinuationOnly, isEditorsNote, isIssueNumber, isMottoBox,
  isCreditedCaption, isNameList, isOrganisationName, isPageHeader, isPublicationName, splitInlineTeaser, isPublisherLine, isReporterLine, isSignature, isSourceCredit, isPhotoSource, startsWithDateline, teaserPointer,
} from '../../../scripts/ingest/segment/patterns.ts';

describe('startsWithDateline', () => {
  it.each([
    ['本报讯 昨天上午，区领导调研。', true],
    ['本报北京1月31日电 （记者杜一菲）国家主席…', true],
    ['新华社北京1月31日电  2月1日出版的…', true],
    ['据新华社联合国2月17日电 （记者尚绪谦）', true],
    ['核心阅读', true],
    // (Other national papers' own datelines: a long name, its edition or news site, the place.)
    ['某某青年报北京12月7日电（记者 张三）今天，会议召开。', true],
    ['某青报·某青网北京12月7日电（记者 张三）今天，会议召开。', true],
    ['某某日报海外版北京12月7日电 今天，会议召开。', true],
    ['某某日报·某某网讯（记者 张三）今天，会议召开。', true],
    ['国家主席某某某12月7日电贺某国新任总统就职。', false],
    // (A news site's report and its reporter; a reporter's credit in brackets opening the text.)
    ['某某时报-某某网报道 记者 张三 据外国媒体报道，某国发生地震。', true],
    ['（记者 张三 通讯员 李四）12月7日，某县召开会议。', true],
    ['他在报道 记者 张三的事迹时说', false],
    ['（记者 张三）', false],
    ['会上，区委常委汇报了工作。', false],
    ['12月4日，本周五上午10:00-11:00，…', false],
  ])('%s → %s', (text, expected) => expect(startsWithDateline(text)).toBe(expected));
});

describe('bylines', () => {
  it.each([
    ['（刘颖 马吉）', true],
    ['蒋建君/文 浦映/摄', true],
    ['撰文 鹏翔 丽娜 开轩', true],
    ['本报记者 吴储岐', true],
    ['（新华社北京2月18日电）', true],
    ['张连华摄（影像中国）', true],
    ['版式设计：沈亦伶', true],
    ['（作者为北京大学教授）', true],
    ['吴涛', true],
    ['——习近平', true],
    ['山东诸城市  祝建波', true],
    ['徐  骏图（新华社发）  苏  砥文', true],
    ['版面设计：蔡华伟', true],
    ['四川攀枝花市  尹  远', true],
    ['雷 声 周 石 国 徽 张守向 李 伟 王正坤 莫千威摄影报道', true],
    ['祝  庆  庆  伟摄影报道（人民视觉）', true],
    ['春 到 江南', false],
    ['陈凯歌（电影《我和我的祖国》总导演）', true],
    ['天蚕土豆（网络作家）', true],
    ['兜里有糖（半日闲谭）', false],
    ['回眸2019', false],
    ['区领导带队开展双拥办实事活动', false],
    ['推动产业和城市融合发展。', false],
    // (A writer's part and name apart by a middle dot, a told story's credits with colons; not a column's name.)
    ['文·张三', true],
    ['文·张三 图·李四', true],
    ['口述：张三 整理：李四', true],
    ['图·说天下', false],
    // (A county's reporting group and its members; a reporter's line with what they did after a slash.)
    ['县委报道组 张三', true],
    // (Where a photo comes from: an agency in Latin letters, the agency before 图, a picture made by AI; a slash credit.)
    ['图据IC photo', true],
    ['视觉中国 图', true],
    ['（AI生成图片）', true],
    ['图片为AI生成', true],
    ['制图/张三', true],
    ['AI生成的图片越来越逼真', false],
    ['本报报道组 张三 李四', true],
    ['新闻报道组 成立大会召开', false],
  ])('%s → %s', (text, expected) => expect(isBylineShape(text)).toBe(expected));

  it.each([
    ['吴涛', true],
    ['刘颖 马吉', true],
    ['姜 洁', true],
    ['开发区', false],
    ['专刊', false],
    ['回眸2019', false],
  ])('isNameList %s → %s', (text, expected) => expect(isNameList(text)).toBe(expected));

  it('knows reporter lines and signatures', () => {
    expect(isReporterLine('本报记者 孟祥夫')).toBe(true);
    expect(isReporterLine('本报记者 吴储岐，带着问题')).toBe(false);
    // (Each part's outlet named in full again: a national daily's reporter and correspondent.)
    expect(isReporterLine('某某日报记者 赵某 某某日报通讯员 钱某')).toBe(true);
    expect(isReporterLine('某某日报记者 赵某 某某日报通讯员说')).toBe(false);
    // (A city paper's app named first, a space apart, or alone before the part; a plus ending the name.)
    expect(isReporterLine('某新闻 某某晚报记者 张某')).toBe(true);
    expect(isReporterLine('某某新闻客户端 记者 张某')).toBe(true);
    expect(isReporterLine('南方+记者 张某')).toBe(true);
    expect(isReporterLine('新春走基层 记者 张某')).toBe(false);
    expect(isReporterLine('记者 张某 / 文')).toBe(true);
    expect(isSignature('——编 者')).toBe(true);
    expect(isSignature('——开发区2017年发展亮点回眸暨新年展望')).toBe(false);
  });
});

describe('continuations and teasers', () => {
  it.each([
    ['推动产业和城市融合发展。（下转第二版）', [{ direction: 'to', page: 2, text: '（下转第二版）' }]],
    ['（上接第一版）', [{ direction: 'from', page: 1, text: '（上接第一版）' }]],
    ['一览表(详见第二版)', [{ direction: 'to', page: 2, text: '(详见第二版)' }]],
    ['没有标记。', []],
    // a section's page label, with a verb of its own, or bare at the paragraph's end (the 都市报 way)
    ['（下转A02版）', [{ direction: 'to', page: null, label: 'A02', text: '（下转A02版）' }]],
    ['（紧接第一版）', [{ direction: 'from', page: 1, text: '（紧接第一版）' }]],
    ['不少年轻人回到了村里。”下转B02版', [{ direction: 'to', page: null, label: 'B02', text: '下转B02版' }]],
    ['上接B01版', [{ direction: 'from', page: null, label: 'B01', text: '上接B01版' }]],
    ['→下转4版', [{ direction: 'to', page: 4, text: '→下转4版' }]],
    ['正文到此。>>下转A3版', [{ direction: 'to', page: null, label: 'A3', text: '>>下转A3版' }]],
    // (not a bare 转/见 in running text, nor a bare marker inside a sentence)
    ['详见第三版的报道', []],
    ['他说下转第3版时', []],
  ])('%s', (text, expected) => expect(findContinuations(text)).toEqual(expected));

  it('recognises a marker-only block', () => {
    expect(isContinuationOnly('（下转第十二版）')).toBe(true);
    expect(isContinuationOnly('发展。（下转第二版）')).toBe(false);
    expect(isContinuationOnly('上接B01版')).toBe(true);
    expect(isContinuationOnly('发展。下转B02版')).toBe(false);
  });

  it.each([
    ['▶ 详见二版', { page: 2 }],
    ['详见第3版', { page: 3 }],
    ['见第十二版', { page: 12 }],
    ['▶详见A3版', { page: null, label: 'A3' }],
    ['详见二版的内容很多', undefined],
  ])('teaser pointer %s → %s', (text, expected) => expect(teaserPointer(text)).toEqual(expected));

  it.each([['二', 2], ['十', 10], ['十二', 12], ['二十一', 21], ['7', 7], ['百', null]])('chineseNumber %s → %s', (s, n) => expect(chineseNumber(s)).toBe(n));
});

describe('furniture and notes', () => {
  it('recognises page furniture', () => {
    expect(isPublisherLine('主办：中共常州市金坛区委员会 常州市金坛区人民政府')).toBe(true);
    expect(isPublisherLine('主办方表示，活动将持续三天。')).toBe(false);
    expect(isIssueNumber('第45期')).toBe(true);
    expect(isIssueNumber('第45期活动')).toBe(false);
    expect(isMottoBox('开发区精神:\n团结奋进 开放创新\n包容担当 务实诚信')).toBe(true);
    expect(isMottoBox('会议指出:\n要坚定理想信念，坚守初心使命。')).toBe(false);
    // (A speaker's name over a headline set in the same block is no motto: its line is a statement, not slogans in pairs.)
    expect(isMottoBox('某台办：\n2019年两岸企业家某某峰会报名踊跃')).toBe(false);
    expect(isMottoBox('某某负责人：\n暴徒无法无天 特区政府决心止暴制乱')).toBe(false);
    expect(isMottoBox('某某发出威胁：\n“下一个是某地”')).toBe(false); // a quotation under a speaker's colon: a headline
    expect(isPublicationName('金坛时报')).toBe(true);
    expect(isPublicationName('都市快报')).toBe(true);
    expect(isPublicationName('工作简报')).toBe(false); // a bulletin, as metadata.ts reads it (one recogniser: masthead.ts)
    expect(isOrganisationName('句容经济开发区 （黄梅街道）')).toBe(true);
    expect(isOrganisationName('奋力建设高质量发展的一流开发区')).toBe(false);
  });

  it('recognises editor\'s notes', () => {
    expect(isEditorsNote('编者按：今年以来，我区…')).toBe(true);
    expect(isEditorsNote('编者的话')).toBe(true);
    expect(isEditorsNote('编者认为这很好。')).toBe(false);
  });
});

describe('page headers', () => {
  it.each([
    ['2  综合新闻', true],
    ['要闻  第3版', true],
    ['2021年3月5日 星期五', true],
    ['2021年3月5日  责任编辑：周敏', true],
    ['农历辛丑年正月廿二', true],
    ['第03版：要闻', true],
    ['值班编委：李某 值班主任：王某', true],
    ['第A02版：杭州新闻', true],
    ['03版:要闻', true],
    ['第3版：要闻速览全文如下，请看', false],
    ['2021年3月5日，会议召开。', false],
    ['区领导带队开展双拥办实事活动', false],
  ])('%s → %s', (text, expected) => expect(isPageHeader(text)).toBe(expected));
});

describe('one-line teasers and credited captions', () => {
  it.each([
    ['我区实行慢病全链条管理 ▶详见二版', { title: '我区实行慢病全链条管理', page: 2 }],
    ['擦亮“服务窗口” 助力两个加快 ▶ 详见第3版', { title: '擦亮“服务窗口” 助力两个加快', page: 3 }],
    ['西湖龙井开采了 ▶ 详见B02版', { title: '西湖龙井开采了', page: null, label: 'B02' }],
    ['▶ 详见二版', undefined],
    ['会议要求抓落实。详见二版', undefined],
  ])('splitInlineTeaser %s', (text, expected) => expect(splitInlineTeaser(text)).toEqual(expected));
  it.each([
    ['市民在公园赏花（张三 摄）', true],
    ['游客在湿地拍照（新华社记者 李四 摄）', true],
    ['（张三 摄）', false],
    ['警示教育要真正触及灵魂（红船观澜）', false],
    ['图为3月4日，市民赏花。（张三 摄）', false],
    ['巡检气田 守护安全（见图）', false],
  ])('isCreditedCaption %s → %s', (text, expected) => expect(isCreditedCaption(text)).toBe(expected));
});

describe('credit lines', () => {
  it.each([['剧照摄影：刘海栋', true], ['本版摄影：李 舸 翁奇羽', true], ['插图：张三', true], ['制图：蔡华伟', true], ['摄影展在京开幕', false], ['本版摄影 记者 某某某', true], ['本版图片 新华社发', true], ['本版摄影 记者 某某某，实习生 王某', false], ['本版文字很好看 但是这是一句话', false]])('isCreditLine %s → %s', (t, e) => expect(isCreditLine(t)).toBe(e));
});

describe('where a text was printed (isPrintedIn): a credit that signs the text', () => {
  it.each([
    ['《某某日报》（ 2019年02月01日 01版）', true],
    ['《某某日报》（2019年2月1日 第 01 版）', true],
    ['（原载《某某时报》2019年1月3日第5版）', true],
    ['来源：《某某报》2019-02-01', true],
    ['《某某晚报》2026.3.29 A05版', true],
    ['《春天的故事》2019年上映', false],
    ['《某某日报》的报道引起关注', false],
    ['《某某条例》（2019年2月1日起施行）', false],
  ])('%s → %s', (t, e) => {
    expect(isCreditLine(t)).toBe(e);
    expect(isBylineShape(t)).toBe(e);
  });
  it('ends each article of a page that sets it under every one, and stays in its text as a credit', () => {
    const page = ['大力弘扬新时代的奋斗精神', '本报北京1月31日电（记者张三）记者从有关部门获悉，今年以来各项工作取得了明显成效。', '《某某日报》（ 2019年02月01日 01版）',
      '让传统节日焕发新光彩', '王五', '传统节日是中华优秀传统文化的重要载体。近年来，各地积极探索，让传统节日焕发出新的光彩。', '《某某日报》（ 2019年02月01日 01版）'];
    const read = segmentPage(page.join('\n\n').split('\n').map((text, i) => ({ no: i + 1, text })), { file: 'p.txt' });
    const arts = read.items.flatMap((it) => (it.type === 'article' ? [it.article] : []));
    expect(arts.map((a) => [a.kicker, a.title, a.byline])).toEqual([[undefined, '大力弘扬新时代的奋斗精神', '记者张三'], [undefined, '让传统节日焕发新光彩', '王五']]);
    expect(arts.map((a) => a.credits)).toEqual([['《某某日报》（ 2019年02月01日 01版）'], ['《某某日报》（ 2019年02月01日 01版）']]);
  });
});

describe("the paper's own compilation, and a note on changed names: they sign the text", () => {
  it.each([['本报综合', true], ['（本报综合）', true], ['本报综合报道', true], ['综合报道', true], ['本报编译', true], ['本报综合消息称', false]])('isSourceCredit %s → %s', (t, e) => expect(isSourceCredit(t)).toBe(e));
  it('keeps a note on changed names as a credit, no author', () => {
    expect(isCreditLine('（文中受访者均为化名）')).toBe(true);
    expect(isCreditLine('（应受访者要求，文中人物均为化名）')).toBe(true);
    expect(isCreditLine('他说自己用了化名')).toBe(false);
  });
});

describe("a web page's line of when and where from (isWebArticleMeta): a credit", () => {
  it.each([
    ['发布时间：2019年02月01日 08:00 来源：某某网', true],
    ['2019-02-01 08:00:00 来源：某某网', true],
    ['活动时间：3月1日 地点：某某公园', false],
    ['时间：明天上午 来源：不详，请见谅', false],
  ])('%s → %s', (t, e) => expect(isCreditLine(t)).toBe(e));
  it('reads a writer in lenticular brackets as a byline, not a credit', () => {
    expect(isBylineShape('【作者：张三】')).toBe(true);
    expect(isCreditLine('【作者：张三】')).toBe(false);
  });
});

describe('where a photo comes from (isPhotoSource): no author of the text', () => {
  it.each([['资料图', true], ['（视觉中国供图）', true], ['图据新华社', true], ['（AI生成图片）', true], ['记者 张三 摄', false], ['本报记者 张三', false]])('%s → %s', (t, e) => expect(isPhotoSource(t)).toBe(e));
});

describe('contact lines', () => {
  it('takes a bare e-mail address for a credit line', () => {
    expect(isCreditLine('yxxz8494@163.com')).toBe(true);
    expect(isCreditLine('各地各部门深化改革')).toBe(false);
  });
});

describe('contact details and a notice\'s issuer', () => {
  it.each([
    ['400-898-6115　　全国免费送货', true],
    ['咨询电话：0898-66255950，66255953', true],
    ['报名热线13912345678', true],
    ['官网 www.artsbird.com', true],
    ['报名邮箱：hjdbzhk@163.com', true],
    ['2019年增长15.8%', false],
    ['习近平应约同法国总统马克龙通电话', false],
  ])('isContactLine %s → %s', (t, e) => expect(isContactLine(t)).toBe(e));
  it.each([
    ['寿光市高层次人才创业大赛组委会　　2019年2月26日', true],
    ['中共中央办公厅  二〇一九年十月一日', true],
    ['中共中央办公厅  2019年10月1日', true],
    ['2019年2月26日', false],
    ['春节期间  2019年2月26日前后', false],
  ])('isIssuerAndDate %s → %s', (t, e) => expect(isIssuerAndDate(t)).toBe(e));
  it.each([
    ['本版照片除署名外均为资料图片', true],
    ['图片均由湖南省博物馆提供', true],
    ['中车长客公司供图', true],
    ['受访者供图', true],
    ['某某供图', false],
    ['本版文字由庄红韬、乔雪峰、赵超整理', true],
    ['本版由记者采写', true],
    ['以上由于篇幅所限未能刊出', false],
    ['图片展在京开幕', false],
  ])('isCreditLine %s → %s', (t, e) => expect(isCreditLine(t)).toBe(e));
});

describe('a programme\'s time slots', () => {
  it.each([
    ['9:30-12:00 工业机器人技术分享沙龙（上午场）', true],
    ['14：00—17：30  颁奖典礼', true],
    ['9:30 开幕', true], // a schedule's row: the clock time set apart as a column
    ['9:30开幕', false],
    ['2019年10月16日—19日', false],
  ])('isTimeSlotLine %s → %s', (t, e) => expect(isTimeSlotLine(t)).toBe(e));
});

describe('figures alone', () => {
  it.each([
    ['252件', true], ['3.57万亿', true], ['17万人次', true], ['7亿多', true], ['96.84%', true], ['8000万平方米', true],
    ['5300多万人受益', false], ['2019年', false], ['2019', false], ['9个月！', false], ['第45期', false], ['增长12%', false],
  ])('isFigureAlone %s → %s', (t, e) => expect(isFigureAlone(t)).toBe(e));
});

describe('QR-code prompts', () => {
  it.each([
    ['观看视频，请用手机扫描二维码', true], ['扫码阅读全文', true], ['扫一扫，关注我们', true],
    ['“扫黄打非”部门春节前开展专项整治', false], ['纪检监察干部工作日扫描', false],
  ])('isQrPrompt %s → %s', (t, e) => expect(isQrPrompt(t)).toBe(e));
});

describe('a contributor introduced with a comma and what they are', () => {
  it.each([
    ['王某，某中心文学部文学教师，小学语文一级教师', true],
    ['李某某，某市某小学副校长，某市教坛新秀', true],
    ['赵某，某大学新闻学院教授', true],
    ['他说，自己是一名普通教师', false],
    ['张三，男，1965年生', false],
    ['王某，某中心文学部文学教师。', false],
  ])('%s → %s', (t, e) => expect(isBylineShape(t)).toBe(e));
});

describe("a pupil's credit under a school essay", () => {
  it.each([
    ['某市某某小学二（4）班 王某某', true],
    ['五（1）班 李某', true],
    ['某市某某实验小学三（6）班 赵某', true],
    ['初二（3）班 钱某某', true],
    ['五（1）班的同学们', false],
    ['某市某某小学', false], // a school alone may head a section about it
  ])('%s → %s', (t, e) => expect(isBylineShape(t)).toBe(e));
});

describe('a caption credited after a space', () => {
  it.each([
    ['某公园的樱花正值盛花期  记者 王某 摄', true],
    ['机器人正在铲爆米花 某某展示中心供图', true],
    ['樱花跑道的樱花开花率今天将达60%以上 徐某某 摄', true],
    ['记者 王某 摄', false], // a credit alone
    ['今年，我们一起去拍摄', false],
    ['他说，这张照片是我拍的。我很喜欢它。 王某 摄', false], // running text with a credit: a paragraph's sign-off
  ])('%s → %s', (t, e) => expect(isCreditedCaption(t)).toBe(e));
});
