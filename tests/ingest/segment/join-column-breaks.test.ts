import { describe, expect, it } from 'vitest';
import { joinColumnBreaks } from '../../../scripts/ingest/segment/join-column-breaks.ts';
import { splitBlocks } from '../../../scripts/ingest/segment/split-blocks.ts';

const page = (text: string) => splitBlocks(text.split('\n').map((t, i) => ({ no: i + 1, text: t })));
const joined = (text: string) => joinColumnBreaks(page(text)).map((b) => ({ text: b.text, lines: b.lines, joins: b.joins }));

describe('joinColumnBreaks', () => {
  it('joins a paragraph cut inside a word, with nothing between the pieces', () => {
    expect(joined('金茅公路完成总工程的40%。金科园特勤\n\n消防站完成主体工程，具备验收条件。')).toEqual([
      { text: '金茅公路完成总工程的40%。金科园特勤消防站完成主体工程，具备验收条件。', lines: [1, 3], joins: ['工程的40%。金科园特勤|消防站完成主体工程，具备'] },
    ]);
  });

  it('does not join a notice\'s title alone on its line to the text under it', () => {
    const cut = '会议召开。区领导要求抓落实，抓\n\n落实。';
    expect(joined(`${cut}\n\n天津港保税区管委会、天津东疆保税港区管委会面向国内外公开选聘副主任公告\n\n天津港保税区于1991年经国务院批准设立，是我国北方唯一的保税区。`).map((b) => b.text)).toEqual([
      '会议召开。区领导要求抓落实，抓落实。',
      '天津港保税区管委会、天津东疆保税港区管委会面向国内外公开选聘副主任公告',
      '天津港保税区于1991年经国务院批准设立，是我国北方唯一的保税区。',
    ]);
  });

  it('does not join a headline set on two lines of one block to the text under it, on a page that shows column cuts', () => {
    const cut = '会议召开。区领导要求抓落实，抓\n\n落实。';
    expect(joined(`${cut}\n\n某某药搜索量暴涨30倍\n紧急提醒：绝非“抗累神器”，不能乱用\n\n有电商平台数据显示，近期某某药等药物搜索量大增。`).map((b) => b.text)).toEqual([
      '会议召开。区领导要求抓落实，抓落实。',
      '某某药搜索量暴涨30倍\n紧急提醒：绝非“抗累神器”，不能乱用',
      '有电商平台数据显示，近期某某药等药物搜索量大增。',
    ]);
    expect(joined(`${cut}\n\n某某会见某国际组织负责人\n某某强调，中方高度重视筹办某运动会，目前各项工作进展顺利\n\n本报北京1月31日电 某某31日会见某国际组织负责人。`).map((b) => b.text)[1]).toBe('某某会见某国际组织负责人\n某某强调，中方高度重视筹办某运动会，目前各项工作进展顺利');
  });

  it('does not join a paragraph sent on to another page by a bare marker to the headline after it', () => {
    const cut = '会议召开。区领导要求抓落实，抓\n\n落实。';
    expect(joined(`${cut}\n\n她说：“今年我也想开始学做茶。”下转B02版\n\n马年说马！杭州动物园科普进校园\n\n3月17日，动物园的讲解员走进小学，带学生认识马。`).map((b) => b.text)).toEqual([
      '会议召开。区领导要求抓落实，抓落实。',
      '她说：“今年我也想开始学做茶。”下转B02版',
      '马年说马！杭州动物园科普进校园',
      '3月17日，动物园的讲解员走进小学，带学生认识马。',
    ]);
  });

  it('does not join a short line of two phrases around an exclamation or a question (a city paper\'s headline) to the text under it', () => {
    const cut = '会议召开。区领导要求抓落实，抓\n\n落实。';
    expect(joined(`${cut}\n\n马年说马！杭州动物园科普进校园\n\n3月17日，动物园的讲解员走进小学，带学生认识马。`)).toHaveLength(3);
    expect(joined(`${cut}\n\n电动车该不该上牌？市民说法不一\n\n3月17日，记者在街头随机采访了多位市民。`)).toHaveLength(3);
    // (A paragraph cut after its first sentences still joins: it has a comma, or runs longer.)
    expect(joined(`${cut}\n\n太好了！他说，这次终于\n\n等到了好消息。`)).toHaveLength(2);
  });

  it('does not join a short two-phrase line to a line opening with a quotation', () => {
    const cut = '会议召开。区领导要求抓落实，抓\n\n落实。';
    expect(joined(`${cut}\n\n春天，我们播下希望\n\n“布谷飞飞劝早耕，舂锄扑扑趁春晴”。当前，西南的麦区开始拔节。`)).toHaveLength(3);
  });

  it('does not join a name-and-claim headline in spaced phrases to the text under it', () => {
    const cut = '会议召开。区领导要求抓落实，抓\n\n落实。';
    expect(joined(`${cut}\n\n苏州相城：发挥“枢纽中心”优势 奋力打造长三角一体化创新发展先导区\n\n从曾经的“相土尝水地”，到今日的“枢纽中心城”，相城区的蝶变令人赞叹。`)).toHaveLength(3);
  });

  it('joins a chain of cuts (the middle piece is itself cut)', () => {
    const out = joined('答卷已经交上。在新的一年里，园区人\n\n将继续紧盯目标任务，以改革释放活力，以创新实现倍增，奋力打造创新发\n\n展引领极。');
    expect(out).toHaveLength(1);
    expect(out[0]!.joins).toHaveLength(2);
  });

  it('joins a short unfinished piece only on a page that shows column cuts elsewhere', () => {
    const cut = '会议召开。区领导要求抓落实，抓\n\n落实。';
    expect(joined('边疆有我，安心团聚\n\n对多数人来说，春节意味着团圆。')).toHaveLength(2);
    expect(joined(`${cut}\n\n巡察期间，区委各巡察组\n\n设专门举报电话和联系信箱。`).map((b) => b.text)).toEqual([
      '会议召开。区领导要求抓落实，抓落实。',
      '巡察期间，区委各巡察组设专门举报电话和联系信箱。',
    ]);
  });

  it('takes a long line without comma, semicolon or colon for a headline on a page that shows no column cuts', () => {
    const title = '中国特色提高妇女地位国家机制的创新建立和发展见证了中国共产党对妇女事业的坚强领导';
    const text = '妇女发展与性别平等是人类追求公平、正义与平等的永恒主题。';
    expect(joined(`${title}\n\n${text}`)).toHaveLength(2);
    // (a clause-punctuated long piece is still half a paragraph)
    expect(joined('日新月异的技术突破开拓着媒体的边界，正是媒体格局变化的动力引擎和发展的重要推手\n\n媒体不仅应该是信息传播的最前沿。')).toHaveLength(1);
    // (and on a page that shows column cuts, so is the long unpunctuated piece)
    expect(joined(`会议召开。区领导要求抓落实，抓\n\n落实。\n\n${title}\n\n${text}`)).toHaveLength(2);
    expect(joined(`会议召开。区领导要求抓落实，抓\n\n落实。\n\n${title}\n\n${text}`)[1]!.joins).toHaveLength(1);
  });

  it('attaches a lone opening quote to the next block and a lone closing quote to the previous one', () => {
    const out = joinColumnBreaks(page('“\n\n刚刚过去的2021年，是关键一年。\n\n”'));
    expect(out.map((b) => [b.text, b.quotedAlone])).toEqual([['“刚刚过去的2021年，是关键一年。”', true]]);
  });

  it.each([
    ['a real paragraph end', '要争当转型升级先锋。\n\n坚决关停有安全隐患的企业，严格管控低效产业用地。'],
    ['a headline before its body', '回眸2019\n\n金科园积极对标区委、区政府全年工作部署。'],
    ['a byline after the last sentence', '做出积极贡献。 马晓璇\n\n常州市人大常委会领导来坛调研经济工作。'],
    ['a dateline after a deck', '习近平强调，中方高度重视筹办北京冬奥会，目前各项工作正在扎实有序推进\n\n本报北京1月31日电 （记者杜一菲）国家主席习近平会见巴赫。'],
    ['a publisher line before a headline', '主办：中共常州市金坛区委员会 主管部门：中共常州市金坛区委宣传部\n\n区委常委会集体调研金科园、金城镇工作 争当转型升级先锋'],
    ['English text', 'the quick brown fox jumps over\n\nthe lazy dog.'],
    ['a ■ lead after a headline with a comma', '航空合作，中尼共建一带一路新亮点\n\n■尼航是尼泊尔唯一国有航空公司。'],
  ])('does not join %s', (_, text) => {
    expect(joined(text)).toHaveLength(2);
  });
});
