/** Cues for papers of many short news items (都市报, county papers): source credits that close an item, headlines set on several lines of one block. */
import { describe, expect, it } from 'vitest';
import { summary } from './helpers.ts';
import { endsWithSourceCredit, isAgentCredit, isBylineShape, isReporterLine, isSourceCredit, startsWithDateline } from '../../../scripts/ingest/segment/patterns.ts';
import { classifyBlocks } from '../../../scripts/ingest/segment/classify-blocks.ts';
import { bylineOnTop, groupArticles } from '../../../scripts/ingest/segment/group-articles.ts';
import { joinColumnBreaks } from '../../../scripts/ingest/segment/join-column-breaks.ts';
import { splitBlocks } from '../../../scripts/ingest/segment/split-blocks.ts';


describe('isSourceCredit: a source credit alone on its line (据… / 综合… / 来源：…)', () => {
  it.each([
    ['据新华社', true],
    ['据某某之声', true],
    ['据晨报新闻等', true],
    ['据《人物周刊》', true],
    ['综合新华社、央视新闻', true],
    ['来源：人民网', true],
    ['据了解', false], // a discourse opener, not a source
    ['据悉', false],
    ['综合施策', false],
    ['综合新闻', false], // a page name
    ['据了解，会议将于明天召开。', false],
    ['据市气象台消息，明天有雨。', false],
  ])('%s → %s', (text, expected) => expect(isSourceCredit(text)).toBe(expected));

  it('is a byline shape', () => expect(isBylineShape('据某某日报')).toBe(true));
});

describe('endsWithSourceCredit: a paragraph signed off by its source after the last sentence', () => {
  it.each([
    ['现场正在全力救援。据某某日报', true],
    ['法院依法作出判决。”据某某法院', true],
    ['会议由区领导主持。据了解', false],
    ['据某某日报报道，现场明火已扑灭。', false],
  ])('%s → %s', (text, expected) => expect(endsWithSourceCredit(text)).toBe(expected));
});

describe('source credits close news items', () => {
  it('a headline after a 据… line opens the next item, not a section heading', () => {
    expect(summary('标题一\n\n昨天，某地发生一起事故，所幸无人受伤。\n\n据某某之声\n\n标题二\n\n今天，另一地召开会议，部署防汛工作。').map((i) => i.slice(0, 2))).toEqual([
      ['article', 'title=标题一'],
      ['article', 'title=标题二'],
    ]);
  });

  it('a paragraph ending in its source credit is not joined to the next item as a column break', () => {
    const items = summary('标题一\n\n昨天，某地召开会议，部署防汛工作。据某某日报\n\n“全省第一家！”\n\n某县建成首座智慧水厂\n\n今天，某县首座智慧水厂正式通水，日供水十万吨。');
    expect(items.filter((i) => i[0] === 'article').map((i) => i[1])).toEqual(['title=标题一', 'kicker=“全省第一家！”']);
  });

  it('a headline printed on two short lines over one more headline line opens an item after a sign-off', () => {
    const items = summary('标题一\n\n昨天，某地召开会议，部署防汛工作。\n\n据某某之声\n\n某市某区\n一高楼起火\n\n初步确认多人受伤\n\n昨晚，某市一处建筑外立面发生火灾，现场明火已扑灭。');
    const articles = items.filter((i) => i[0] === 'article');
    expect(articles).toHaveLength(2);
    // The block set on two lines is the title, the line under it the subtitle.
    expect(articles[1]!.slice(1, 3)).toEqual(['title=某市某区\n一高楼起火', 'subtitle=初步确认多人受伤']);
  });
});

describe('a headline set on several lines of one block', () => {
  const body = '昨天，某市召开新闻发布会，介绍了今年春季的交通安排，市民可以提前规划出行路线。';
  it('opens a new article inside running text, even over a reporter line', () => {
    const items = summary(`标题一\n\n记者 张三\n\n${body}\n\n${body}\n\n清明期间\n\n某市部分道路\n将采取临时交通管理\n\n记者 李四\n\n${body}`);
    const articles = items.filter((i) => i[0] === 'article');
    expect(articles).toHaveLength(2);
    expect(articles[1]!.filter((b) => /^(kicker|title|subtitle)=/.test(b)).join('|')).toContain('将采取临时交通管理');
  });
  it('opens one over another headline block, then the text', () => {
    const items = summary(`标题一\n\n${body}\n\n三个某地人内幕交易\n被罚2000多万\n\n泄密的两个人\n为何没事？\n\n见习记者 王五\n\n${body}`);
    const articles = items.filter((i) => i[0] === 'article');
    expect(articles).toHaveLength(2);
    expect(articles[1]!.join('|')).toContain('三个某地人内幕交易');
    expect(articles[0]!.join('|')).not.toContain('内幕交易');
  });
  it('is not made of lines of Latin text, nor of lines that end a sentence', () => {
    expect(summary(`标题一\n\n${body}\n\nexport default function 本本\nimport something from 本本\n\n${body}`).filter((i) => i[0] === 'article')).toHaveLength(1);
    expect(summary(`标题一\n\n${body}\n\n会议结束了。\n代表们离开了。\n\n${body}`).filter((i) => i[0] === 'article')).toHaveLength(1);
  });
});

describe('agent-noun credits (寄思人：… / 讲述者：…)', () => {
  it.each([
    ['寄思人：张三', true],
    ['讲述者：李四', true],
    ['口述人：您心中的霞', true],
    ['作者：王五', true],
    ['负责人表示：要抓好落实', false],
    ['有关负责人：', false],
    ['记者：今年有什么新变化？', false],
  ])('%s → %s', (text, expected) => expect(isAgentCredit(text)).toBe(expected));

  it('a headline over such a credit opens an item in a paper that puts its contributors under the headline', () => {
    const body = '你离开我们已经两年了，每年清明，我们都会去看你，和你说说家里的事，孩子们都长大了。';
    const page = `来生还做你的女儿\n\n寄思人：张三\n\n${body}\n\n${body}\n\n你是当之无愧的好母亲\n\n寄思人：李四\n\n${body}`;
    const blocks = classifyBlocks(joinColumnBreaks(splitBlocks(page.split('\n').map((t, i) => ({ no: i + 1, text: t })))));
    const titles = (profile: { bylineOnTop?: boolean }) => groupArticles(blocks, { profile }).flatMap((i) => (i.type === 'article' ? [i.draft.blocks.find((b) => b.role === 'title')?.text] : []));
    expect(titles({ bylineOnTop: true })).toEqual(['来生还做你的女儿', '你是当之无愧的好母亲']);
    expect(bylineOnTop(blocks)).toBe(true);
  });
});

describe("any paper's reporter lines and news openers", () => {
  it.each([
    ['光明日报记者 王五', true],
    ['某某晚报记者 赵六 通讯员 孙七', true],
    ['中新社记者 李四', true],
    ['本报记者 张三', true],
    ['某某日报记者在现场看到，市民排起长队', false],
    ['记者手记', false],
  ])('reporter line %s → %s', (text, expected) => expect(isReporterLine(text)).toBe(expected));
  it.each([
    ['某某快报讯（记者 张三）昨天，某市召开会议。', true],
    ['某某日报北京3月1日电 会议召开。', true],
    ['某某日报报道，会议召开。', false],
  ])('news opener %s → %s', (text, expected) => expect(startsWithDateline(text)).toBe(expected));
});

describe('a headline block set on several lines beside a one-line piece', () => {
  const body = '昨天，某市召开新闻发布会，介绍了今年春季的交通安排，市民可以提前规划出行路线。';
  it('the block is the title, a line over it its kicker', () => {
    expect(summary(`清明扫墓期间\n\n某市部分道路\n将采取临时交通管理\n\n${body}`)[0]!.slice(1, 3)).toEqual(['kicker=清明扫墓期间', 'title=某市部分道路\n将采取临时交通管理']);
  });
  it('a block of four lines or more still gives one piece per line', () => {
    const first = summary(`第一行标题\n第二行标题\n第三行标题\n第四行标题\n\n${body}`)[0]!;
    expect(first.filter((b) => /^(kicker|title|subtitle)=/.test(b)).some((b) => b.includes('\n'))).toBe(false);
  });
});

describe('a headline block set on several lines over more short lines, mid-page (an advertorial item)', () => {
  const body = '最近，不少老茶客来店里问新茶，今年的高山绿茶口感清爽，回甘明显，很多人一次买足一年的量。';
  const page = `第一条标题\n\n${body}\n\n${body}\n\n新茶上市\n香气清高，价格实惠\n\n一年口粮早备下\n\n王某某\n\n高山绿茶\n\n${body}\n\n${body}`;
  it('opens an article: the block is its title, the line under it its subtitle, the rest opens the text', () => {
    const articles = summary(page).filter((i) => i[0] === 'article');
    expect(articles).toHaveLength(2);
    expect(articles[1]!.filter((b) => /^(kicker|title|subtitle)=/.test(b))).toEqual(['title=新茶上市\n香气清高，价格实惠', 'subtitle=一年口粮早备下']);
  });
  it('not when the short lines are not followed by text', () => {
    const articles = summary(`第一条标题\n\n${body}\n\n新茶上市\n香气清高，价格实惠\n\n一年口粮早备下\n\n王某某\n\n高山绿茶\n\n红茶\n\n绿茶\n\n白茶\n\n${body}`).filter((i) => i[0] === 'article');
    expect(articles.some((a) => a.includes('title=新茶上市\n香气清高，价格实惠'))).toBe(false);
  });
});

describe("a headline block over the page's first text, among lines taken for page furniture", () => {
  const body = '春天到了，很多读者来问今年的新品，我们走进工作室，为大家挑选了一批设计师的新作，件件都有故事。';
  it('is the title, the line under it the subtitle, the rest opens the text', () => {
    const first = summary(`新品上市\n周四来直播间，给你好礼\n\n件件时髦有质感，设计师专场\n\n白玉手链\n\n金色项链\n\n扫码预约直播\n\n${body}\n\n${body}`)[0]!;
    expect(first[0]).toBe('article');
    expect(first.filter((b) => /^(kicker|title|subtitle)=/.test(b))).toEqual(['title=新品上市\n周四来直播间，给你好礼', 'subtitle=件件时髦有质感，设计师专场']);
    expect(first.join('|')).toContain('白玉手链');
  });
  it('not a masthead and date set in one block, nor short labels', () => {
    expect(summary(`某某日报\n2026年3月29日 星期日\n\n扫码预约直播\n\n${body}\n\n${body}`).some((i) => i.join('|').includes('title=某某日报'))).toBe(false);
    expect(summary(`扫码关注\n领取好礼\n\n扫码预约直播\n\n${body}\n\n${body}`).some((i) => i.join('|').includes('title=扫码关注'))).toBe(false);
    // (the same page with a headline block: the rule applies)
    expect(summary(`周末去哪儿\n城北公园的樱花开了，快去看\n\n扫码预约直播\n\n${body}\n\n${body}`).some((i) => i.join('|').includes('title=周末去哪儿'))).toBe(true);
  });
});

describe("a QR code's label between a headline block and its text", () => {
  const body = '春天到了，城北公园的樱花开了，我们邀请读者分享踏青的好去处，留言的读者有机会获得一杯春日咖啡。';
  it('belongs to the item: the block is its title, the label and what follows open its text', () => {
    const articles = summary(`第一条标题\n\n${body}\n\n${body}\n\n分享踏青好去处\n请你喝春日咖啡\n\n扫码留言\n\n参与活动\n\n${body}`).filter((i) => i[0] === 'article');
    expect(articles).toHaveLength(2);
    expect(articles[1]!.filter((b) => /^(kicker|title|subtitle)=/.test(b))).toEqual(['title=分享踏青好去处\n请你喝春日咖啡']);
    expect(articles[1]!.join('|')).toContain('扫码留言');
  });
});

describe("a photo's caption between a headline and its text (the 都市报 layout)", () => {
  const body = '春风拂面，暖意融融。昨天的天气不错，市民纷纷走出家门踏青赏花，公园里人头攒动，一派热闹景象。';
  it('the caption, credited after a space, is a caption; the headline over it opens the article', () => {
    const items = summary(`天气转暖 赏花正当时\n\n某公园的樱花正值盛花期  记者 王某 摄\n\n记者 李某某\n\n${body}\n\n${body}`);
    expect(items.find((i) => i[0] === 'caption')).toEqual(['caption', '某公园的樱花正值盛花期  记者 王某 摄']);
    const article = items.find((i) => i[0] === 'article')!;
    expect(article.filter((b) => /^(kicker|title|subtitle)=/.test(b))).toEqual(['title=天气转暖 赏花正当时']);
  });
  it('so is a photographer\'s credit on a line of its own, and a headline set on several lines', () => {
    const items = summary(`雷暴大风+冰雹\n\n今天夜里到明天\n全省将出现强对流天气\n\n某公园的樱花正值盛花期  记者 王某 摄\n\n记者 王某 摄\n\n记者 李某某\n\n${body}\n\n${body}`);
    expect(items.filter((i) => i[0] === 'caption').map((i) => i[1])).toEqual(['某公园的樱花正值盛花期  记者 王某 摄', '记者 王某 摄']);
    const article = items.find((i) => i[0] === 'article')!;
    expect(article.join('|')).toContain('全省将出现强对流天气');
    expect(article.join('|')).toContain('byline=记者 李某某');
  });
});

describe('a 都市报 feature page: the headline, its photos, then the reporter and the story', () => {
  const body = '清晨5点，村里的薄雾尚未散去。73岁的老人已经起身，开始在临时搭建的厨房里忙碌，锅里的白粥咕嘟咕嘟冒着泡。';
  const items = (caption: string) => {
    const page = `春茶\n\n${caption}\n\n厨师老人在为茶农们做午饭\n\n记者 某某\n\n${body}\n\n${body}\n\n茶农们每年来一趟\n\n${body}`;
    const blocks = classifyBlocks(joinColumnBreaks(splitBlocks(page.split('\n').map((t, i) => ({ no: i + 1, text: t })))));
    return groupArticles(blocks, { profile: { bylineOnTop: true } }).map((i) => (i.type === 'article' ? `article ${i.draft.blocks.find((b) => b.role === 'title')?.text}` : i.type));
  };
  it('reads a line over the reporter as a photo caption when the only text so far is a caption with the page\'s photo credit', () => {
    expect(items('某村，茶农在茶园里采摘春茶。本版摄影 记者 某某某')).toEqual(['article 春茶', 'caption']);
    expect(items('茶农在茶园里采摘春茶。（张某某 摄）')).toEqual(['article 春茶', 'caption']);
  });
  it('opens an article there when the text before is a story (the house style)', () => {
    expect(items(`${body}`)).toEqual(['article 春茶', 'article 厨师老人在为茶农们做午饭']);
  });
});
