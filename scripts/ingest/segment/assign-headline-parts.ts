import type { ArticleBlock } from '../types.ts';
import type { ReviewNote } from '../../../src/content/schema.ts';
import type { ClassifiedBlock } from './classify-blocks.ts';
import { isBylineShape, isLabelledFieldRow, isNameList, isOrnamentedName, isReporterLine, isWritersCredit, withoutCreditOrnament, isOrganiserCredit, isOrganisationName, isPublicationName, isQrPrompt } from './patterns.ts';
import { visibleLength } from './text-shape.ts';
import { anyCueOff, cueOn } from './cues-off.ts';

/** A piece of a headline stack: a whole block or part of one (a title and its ——subtitle on one line). */
export interface HeadlinePiece {
  text: string;
  lines: [number, number];
}

/** What a headline stack turned into. */
export interface HeadlineParts {
  /** Blocks at the head of the stack that are page furniture (an organisation's name above the headline). */
  furniture: HeadlinePiece[];
  /** Blocks that are not part of the headline (left over in front of it): captions. */
  captions: HeadlinePiece[];
  /** Pieces at the head of the stack that are items of their own with no text: a photo's title over the next headline. */
  standalone: HeadlinePiece[];
  blocks: ArticleBlock[];
  guessed: boolean;
  /** Low-confidence decisions: kicker/subtitle order by default, a credit line taken as the byline. */
  review: ReviewNote[];
}

/** A headline ending in a column tag: 警示教育要真正触及灵魂（红船观澜）. */
export function hasColumnTag(text: string): boolean {
  const t = text.trim();
  // Sidebar tags mark a box inside an article, not a new article.
  if (/[（(](记者手记|延伸阅读|小贴士|背景|资料|见图|图解)[）)]$/.test(t)) return false;
  // Nor is a division of a school or hospital named in brackets (某某实验学校（小学部）, 某某中学（东校区）).
  if (/[（(](小学部|初中部|高中部|中学部|国际部|[\p{Script=Han}]{1,4}校区|分校|分院)[）)]$/u.test(t)) return false;
  return /^.{2,}?[（(]([^（()）]|[（(][^（()）]{1,8}[）)]){2,48}[）)]$/.test(t) && !/[（(](上|中|下|续|完|\d{1,2}|[一二三四五六七八九十]{1,3})[）)]$/.test(t) && /[\p{Script=Han}]{2}/u.test(t.slice(t.search(/[（(][^（(]*([（(][^（()）]*[）)])?[^（()）]*[）)]$/)));
}

/** A rubric: a very short label without figures (速览, 数读, 新春走基层) or a series label with a dot (非遗年集·花市). */
export function isRubric(text: string): boolean {
  const t = text.trim();
  // (A five-character line naming an organisation, a place or an event's part — 生态环境部, 跆拳道项目 — is a kicker.)
  return (visibleLength(t) <= RUBRIC_MAX && !/\d/.test(t) && (visibleLength(t) <= 2 || !/(部|区|局|委|院|省|市|县|镇|村|项目|赛|发文)$/.test(t)) && (visibleLength(t) <= 4 || !/会$/.test(t))) || /^[\p{Script=Han}]{2,6}·[\p{Script=Han}]{2,8}$/u.test(t);
}
const RUBRIC_MAX = 5;

/** A figure alone on a line, as a data box prints it: 3.57万亿, 58.4亿元, 252件, 7亿多, 96.84%. */
export function isBareFigure(text: string): boolean {
  return /^[\d.]+[ \u3000]*(万亿|亿|万|千)?(多|余)?[\p{Script=Han}]{0,3}$|^[\d.]+[%％]$/u.test(text.trim());
}

/** A promotion label beside a QR code: two short phrases set apart by two ideographic spaces (看人民映像　　品百味人生). */
export function isPromotionLabel(text: string): boolean {
  return /^[^\s]{2,8}\u3000{2,}[^\s]{2,8}$/.test(text.trim());
}

/** Splits `title ——subtitle` printed on one line into two pieces. */
export function splitInlineSubtitle(piece: HeadlinePiece): HeadlinePiece[] {
  const m = /^(.*\S)[ \u3000]+((?:——|--|－－|—)\S.*)$/.exec(piece.text);
  if (!m || visibleLength(m[1]!) < 4) return [piece];
  return [
    { text: m[1]!, lines: piece.lines },
    { text: m[2]!, lines: piece.lines },
  ];
}

/** A subtitle's opening dash: ——从历史中汲取走向未来的智慧. */
export const SUBTITLE_START = /^[ \u3000]*(——|--|－－|—)/;
const KICKER_END = /(——|—|：|:|强调|指出|表示|要求|提出|印发|发表|宣布|希望|时说|致信|致电|回信|复信|讲话|作出重要指示|作出指示|重要批示|文章)$/;
const LONG_SECOND = 28;
const SUBTITLE_SHAPE = /(出席|会见|陪同|参加|主持|讲话|致辞|致贺信|发来贺信)$/;

/** An organisations list printed under a headline as its credit: 金科园党工委 管委会、金城镇党委 政府. */
export function isOrganisationCredit(text: string): boolean {
  const parts = text.trim().split(/[\s\u3000、，,]+/).filter(Boolean);
  return parts.length >= 2 && /(党委|党工委|管委会|政府|委员会|办公室|宣传部|局|中心|集团|公司)$/.test(text.trim()) &&
    parts.every((p) => visibleLength(p) <= 10);
}

/** A date in brackets, as printed under a speech or a document: （2019年10月21日）, （二〇一九年十月十三日  加德满都）. */
export function isBracketedDate(text: string): boolean {
  return /^[（(](\d{4}|[〇零一二三四五六七八九]{4})年[^（()）]{0,30}[）)]$/.test(text.trim()) && !/(通过|发布|公布|批准|修订|修正)[）)]$/.test(text.trim());
}

/** An official document's number (第三十六号, ［十三届］第十号, （第一号）) or adoption note (（2019年10月26日…通过）). */
export function isDocumentNumber(text: string): boolean {
  const t = text.trim();
  return /^([［\[【(（][^］\]】)）]{1,8}[］\]】)）])?第[\d〇零一二三四五六七八九十百]+号$/.test(t) || /^[（(]第[\d〇零一二三四五六七八九十百]+号[）)]$/.test(t) || /^[（(](\d{4}|[〇零一二三四五六七八九]{4})年[^（()）]*(通过|发布|公布|批准|修订|修正)[）)]$/.test(t);
}

/**
 * A contributor's credit in a package of signed pieces: what they are (a post, a place) and, set off by a wide space,
 * their name — 中国人民大学新闻学院教授  宋建武, 中华全国新闻工作者协会党组成员、书记处书记  吴  兢, 北京朝阳  施  芳.
 * (Not a reporter's byline, 本报记者  马  晨, which is taken as the byline under the title.)
 */
export function isContributorCredit(text: string): boolean {
  const m = /^([\p{Script=Han}、，]{4,30})[ \u00a0\u3000]{2,}([\p{Script=Han}·](?:[ \u00a0\u3000]{0,3}[\p{Script=Han}·]){1,4})$/u.exec(text.trim());
  return m !== null && !/(记者|通讯员|摄)/.test(text) && isNameList(m[2]!.replace(/\u00a0/g, ' '));
}

/** A sporting result: 居文君战胜拉戈诺, 丁俊晖赵心童晋级16强, 苏炳添再获男子60米冠军, 宫乃莹摘金. */
const SPORTS_RESULT = /(战胜|击败|胜[\p{Script=Han}]{1,6}队|负于|晋级|夺得|摘得|再获|获得[\p{Script=Han}\d]{0,12}(冠军|亚军|季军|金牌|银牌|铜牌)|夺冠|卫冕|摘金|夺金|扳回)/u;

/** A competition's name (斯诺克中国公开赛资格赛落幕, 国际田联室内田径巡回赛伯明翰站, LG杯世界围棋棋王战决赛首局). */
export function isCompetition(text: string): boolean {
  return /(赛|杯|锦标|大满贯|巡回赛[\p{Script=Han}]{1,6}站|世界杯[\p{Script=Han}]{1,6}站|棋王战)/u.test(text) && !/[，,。]/.test(text);
}

/**
 * Decides whether a two-piece headline is kicker + title (true) or title + subtitle (false).
 * A kicker ends in a lead-in (——, ：, 强调 …); a subtitle starts with —— or names who attended,
 * or is a long deck of full sentences.
 */
export function isKickerFirst(a: string, b: string): boolean {
  return kickerCue(a, b) ?? true;
}

/** A rule telling kicker + title (`kickerFirst`) from title + subtitle on a two-piece headline, by name (for diagnostics). */
export interface KickerCue {
  name: string;
  kickerFirst: boolean;
  /** One line: what the cue sees and what it decides. */
  doc: string;
  /** Two-piece headlines (first line, second line) this cue decides, the first to fire on them (a test checks it). */
  examples: [string, string][];
  test: (a: string, b: string) => boolean;
}

/** A line opening with a time: 今年, 未来一周, 1月, 十月, 年底前, 春节, 截至. */
const TIME_LEAD = /^(今年|去年|明年|未来|年底|年内|近期|目前|截至|前三季度|上半年|下半年|(\d{4}年)?\d{1,2}月|[一二三四五六七八九十]{1,2}月|春节|国庆|\d{1,2}日)/;
/** A count: 5300多万人, 旅客列车超9000列, 225亿元, 279.26万字, 约百亿元, 近六万亿元. */
const COUNT = /(\d[\d.]*\s*(多|余)?(万亿|万|亿)?|[一二三四五六七八九十百千两]+(多|余)?(万亿|万|亿))(个|家|支|条|列|笔|人次|人|处|次|件|元|名|项|所|座|公里|米|吨|倍|字)/;
const ENDS_IN_BRACKETS = /[（(][^）)]+[）)]$/;

/** The cues in the order they are tried: the first that fires decides. */
export const KICKER_CUES: KickerCue[] = [
  // A date in brackets under a speech or document ((2019年10月21日)) is its subtitle.
  { name: 'bracketed-date', kickerFirst: false, doc: "a date in brackets under a speech or document is its subtitle", examples: [['在庆祝中华人民共和国成立70周年大会上的讲话', '（2019年10月1日）']], test: (_a, b) => isBracketedDate(b) },
  // A name and a claim set apart by a colon (南通：森林城市 绿水青山, 中国人寿：服务国家发展大局 守护人民美好生活) is a whole
  // title, never a lead-in (one kicker in 3,900 gold articles has that shape, and it stands over a column-tagged title).
  { name: 'colon-title', kickerFirst: false, doc: "a name and a claim set apart by a colon is a whole title, never a lead-in", examples: [['南通：森林城市 绿水青山', '城市绿化覆盖率达到百分之四十以上']], test: (a, b) => /^[^：:\s]{2,10}[：:]\S/.test(a.trim()) && !/[：:]$/.test(a.trim()) && !hasColumnTag(b) },
  // A line left open with an ellipsis (“今天是你的生日，我的中国……”, a song's or a poem's first line) is an excerpt that
  // opens the text, never a headline part in the gold: the line over it is the title.
  { name: 'open-excerpt', kickerFirst: false, doc: "a second line left open with an ellipsis is an excerpt that opens the text", examples: [['我和我的祖国', '“今天是你的生日，我的中国……”']], test: (_a, b) => /……[”"]?$/.test(b.trim()) },
  { name: 'lead-in-end', kickerFirst: true, doc: "the first line ends as a lead-in (——, ：, 强调, 指出, 致信 …): a kicker", examples: [['习近平在会见全国双拥模范代表时强调', '巩固军政军民团结'], ['河南获嘉县——', '小麦丰收']], test: (a) => KICKER_END.test(a.trim()) },
  // A label of up to three characters under a whole statement that is no lead-in (习近平回信问候勉励澳门退休老人… / 回信)
  // heads the text it opens (the letter); no gold title that short has a kicker.
  { name: 'label-under', kickerFirst: false, doc: "a label of up to three characters under a whole statement heads the text it opens", examples: [['习近平回信问候勉励澳门退休老人', '回信']], test: (a, b) => b.replace(/\s/g, '').length <= 3 && visibleLength(a) > 8 },
  // A press briefing on the news above it (习近平将赴印度出席… / 外交部举行中外媒体吹风会介绍有关情况) is its subtitle.
  { name: 'briefing', kickerFirst: false, doc: "a press briefing under the news above it is its subtitle", examples: [['习近平将赴印度出席中印领导人第二次非正式会晤', '外交部举行中外媒体吹风会介绍有关情况']], test: (_a, b) => /举行[\p{Script=Han}]{0,12}(吹风会|新闻发布会)/u.test(b) },
  // A leader's meeting or visit (习近平会见尼泊尔总统班达里, 习近平春节前夕视察看望北京卫戍区) is the news itself, not a lead-in.
  { name: 'leader-meeting', kickerFirst: false, doc: "a leader's meeting or visit in the first line is the news itself, not a lead-in", examples: [['习近平会见尼泊尔总统班达里', '两国元首共同宣布建立战略合作伙伴关系']], test: (a) => /(会见|会谈|视察|看望)/.test(a) },
  // An official document's number (第三十六号, ［十三届］第十号) or adoption note (（2019年10月26日…通过）) under its name.
  { name: 'document-number', kickerFirst: false, doc: "an official document's number or adoption note under its name is its subtitle", examples: [['中华人民共和国主席令', '第三十六号']], test: (_a, b) => isDocumentNumber(b) },
  // A line opening with 就 (on the occasion of: 就旅比大熊猫诞下幼崽) is a prepositional phrase, never a title by itself.
  { name: 'opens-with-jiu', kickerFirst: true, doc: "a line opening with 就 is a prepositional phrase, never a title by itself", examples: [['就旅比大熊猫诞下幼崽', '习近平复信比利时小朋友']], test: (a) => /^就[^，,。！？\s]{2,20}$/.test(a.trim()) },
  // A short period (前三季度, 今年上半年, 春节期间) leads into the figure it frames.
  { name: 'period', kickerFirst: true, doc: "a short period (前三季度, 春节期间) leads into the figure it frames", examples: [['春节期间', '银联网络交易超万亿元']], test: (a) => visibleLength(a) <= 8 && /(期间|以来|季度|上半年|下半年)$/.test(a.trim()) },
  // A competition over its result (斯诺克中国公开赛资格赛落幕 / 10名中国球员晋级正赛, 国际田联室内田径巡回赛伯明翰站 /
  // 苏炳添再获男子60米冠军): the competition is the kicker, the result the title — though the result gives figures.
  { name: 'competition-result', kickerFirst: true, doc: "a competition over its result: the competition is the kicker, the result the title", examples: [['国际田联室内田径巡回赛伯明翰站', '苏炳添再获男子60米冠军']], test: (a, b) => isCompetition(a) && SPORTS_RESULT.test(b) },
  // A competition named alone (2021年高山滑雪世锦赛, 中职篮常规赛, 体操世界杯墨尔本站) frames the news under it, whatever that
  // news is (将保留全能项目并增加个人平行项目): a kicker.
  { name: 'competition-name', kickerFirst: true, doc: "a competition named alone frames the news under it: a kicker", examples: [['2021年高山滑雪世锦赛', '将保留全能项目并增加个人平行项目']], test: (a) => isCompetition(a) && /(赛|杯|站|首局|回合)$/.test(a.trim()) },
  { name: 'who-attended', kickerFirst: false, doc: "a second line naming who attended, met, presided or spoke is a subtitle", examples: [['全国政协新年茶话会举行', '习近平出席']], test: (_a, b) => SUBTITLE_SHAPE.test(b.trim()) },
  // A second news statement under the title (李克强同…互致贺电, 黄坤明看望慰问演职人员) is a subtitle.
  // (Not one still to come — 第七届世界军人运动会开幕式18日晚在武汉举行 / 习近平将出席开幕式…: the attendance is the news —
  // nor taking part in anything but a meeting: 中央军委主席习近平签署通令 / 嘉奖参加第七届世界军人运动会运动员教练员.)
  { name: 'second-statement', kickerFirst: false, doc: "a second news statement under the title (会见, 看望, 致贺电 …) is a subtitle", examples: [['苏丹过渡政府总理就职', '李克强同苏丹总理穆塔兹互致贺电']], test: (_a, b) => /(会见|会谈|看望|慰问|互致贺电|致贺电|致电|致信|出席|陪同|参加(审议|会见|会谈|会议|活动|座谈|讨论))/.test(b) && !/将(会见|会谈|看望|慰问|出席|陪同|参加)/.test(b) && !ENDS_IN_BRACKETS.test(b.trim()) },
  // An incident reported in the first line (…一矿井发生事故) is the news; the response under it (应急管理部工作组赶赴现场,
  // 全力搜救) is its subtitle.
  { name: 'incident-response', kickerFirst: false, doc: "an incident in the first line is the news; the response under it is its subtitle", examples: [['山西一矿井发生事故', '应急管理部工作组赶赴现场']], test: (a, b) => /(事故|地震|火灾|爆炸|坍塌|险情|疫情)$/.test(a.trim()) && /((赶赴|奔赴)现场|全力(救援|搜救|抢险|处置)|抢险|搜救)/.test(b) },
  // A second line that continues the first one's subject (…会见伊朗议会议长 / 强调…; …名单公布 / 拟…; …访问 / 今起…).
  { name: 'continues-subject', kickerFirst: false, doc: "a second line that goes on with the first one's subject (强调…, 拟…, 今起…) is a subtitle", examples: [['国务院常务会议部署稳就业工作', '强调把稳就业放在更加突出位置']], test: (_a, b) => /^(强调|指出|表示|拟|将|认为|具有|为\d|今起|明起|\d{1,2}日起|\d+年内|即将)/.test(b.trim()) },
  // … or carries on with what the first one's subject did (王沪宁看望… / 代表习近平总书记…; 韩正出席… / 宣读…贺信;
  // …农高会举办 / 首次召开…) — after a whole statement, not a bare organisation or place (中央纪委国家监委 / 公布…).
  { name: 'continues-action', kickerFirst: false, doc: "a second line that carries on with what the first one's subject did (代表…, 宣读…) is a subtitle", examples: [['韩正出席全国安全生产电视电话会议', '宣读国务院安全生产委员会贺信']], test: (a, b) => visibleLength(a) > 8 && /^(代表|宣读|首次|开始|表决|组织)/.test(b.trim()) },
  // A meeting and what it decided: 栗战书主持召开第二十六次委员长会议 / 决定将…交付表决.
  { name: 'meeting-decision', kickerFirst: false, doc: "a meeting and what it decided: title and subtitle", examples: [['栗战书主持召开第二十六次委员长会议', '决定将有关议案交付表决']], test: (a, b) => /召开[\p{Script=Han}\d]{0,16}会议$/u.test(a.trim()) && /^(决定|强调|部署|研究|讨论|审议|听取|表决|通过)/.test(b.trim()) },
  // The column tag （新中国的“第一”·交通篇） goes on the main title: a line over it is the kicker.
  { name: 'tagged-title', kickerFirst: true, doc: "the column tag goes on the main title: a line over it is the kicker", examples: [['第一条铁路', '从无到有的跨越（新中国的“第一”·交通篇）']], test: (a, b) => hasColumnTag(b) && !hasColumnTag(a) },
  // A two-phrase slogan of full clauses over a plain line (博物馆里过大年  大庙会上品年味 / 83.25万人次流连武侯祠,
  // 通胀持续低迷  结构改革滞后 / 欧元区经济增长面临多重难题) is the kicker, though the line under it gives figures.
  { name: 'slogan-kicker', kickerFirst: true, doc: "a two-phrase slogan of full clauses over a plain line is the kicker", examples: [['博物馆里过大年  大庙会上品年味', '83.25万人次流连武侯祠']], test: (a, b) => /^[^\s，,。]{5,}([ \u3000]+[^\s，,。]{5,})+$/.test(a.trim()) && !/\S[ \u3000]+\S/.test(b.trim()) },
  // A figure that elaborates the title (同比下降42.3%, 累计精简比例达81%) marks a subtitle; so does a second figure beside
  // the title's own (1月CPI同比上涨1.7% / PPI同比上涨0.1%) — a figure alone in the first line leads into what it means.
  { name: 'figure', kickerFirst: false, doc: "a figure that elaborates the title (同比, %, 增长) marks a subtitle", examples: [['全国精简会议文件工作成效明显', '累计精简比例达81%']], test: (a, b) => (/[%％]|同比|比去年|增长|下降|以来最/.test(b) && !/[%％]/.test(a)) || (/[%％]/.test(a) && /[%％]/.test(b)) },
  // A count that elaborates the title (5300多万人受益, 旅客列车超9000列, 今年安排相关资金225亿元).
  // (In words too when it is large: 查扣冻结涉案资产约百亿元, 实现旅游总收入近六万亿元.)
  { name: 'count', kickerFirst: false, doc: "a count that elaborates the title (5300多万人受益, 225亿元) marks a subtitle", examples: [['农村危房改造惠及众多家庭', '5300多万人受益']], test: (a, b) => COUNT.test(b) && !/[%％]/.test(a) },
  // A document under the line announcing it (人民在线、未来网和蛋壳公寓携手发布 / 《2019大学毕业生租住蓝皮书》) is the title.
  { name: 'announced-document', kickerFirst: true, doc: "a document under the line announcing it is the title", examples: [['人民在线、未来网和蛋壳公寓携手发布', '《2019大学毕业生租住蓝皮书》']], test: (a, b) => /(发布|公布|推出)$/.test(a.trim()) && /^《[^《》]+》$/.test(b.trim()) },
  // A first line that reports a finished event (…开幕, …抵达加德满都, …标准发布) is the title and the line
  // under it adds to it — unless that line is a two-phrase slogan (光影盛宴 丝路共享), the main title's form.
  // A quotation under a report line is the main title (第十五届世界华商大会在伦敦举行 / “为投资和经贸合作提供更多机遇”).
  { name: 'quotation-title', kickerFirst: true, doc: "a quotation under a report line is the main title", examples: [['第十五届世界华商大会在伦敦举行', '“为投资和经贸合作提供更多机遇”']], test: (_a, b) => /^“[^“”]+”$/.test(b.trim()) },
  // (Not an event still to come: 第七届世界军人运动会开幕式18日晚在武汉举行 / 习近平将出席开幕式并宣布运动会开幕;
  // nor a line that says what the event means in a phrase built on 的 — 第二届中美文化投资论坛举行 / 释放文化消费的巨大潜力,
  // …“中国馆”揭牌仪式举行 / 了解和感知中国的重要窗口: that is the title the report line leads into, as a line with 的 mostly is.)
  { name: 'finished-event', kickerFirst: false, doc: "a first line that reports a finished event (…开幕, …发布) is the title; the line under it adds to it", examples: [['第二届中国国际进口博览会开幕', '一百五十多个国家和地区参展']], test: (a, b) => /(开幕|闭幕|发布|抵达[\p{Script=Han}]{0,6}|结束|举行|举办|启动|启用|开通|揭牌|呈现|展开|出台|落幕|揭晓|生效|通过|开馆|休眠)$/u.test(a.trim()) && !/\S[ \u3000]+\S/.test(b.trim()) && !/将/.test(b) && !/的/.test(b) },
  // A two-phrase slogan (净化文化环境 欢乐祥和过年) under a plain line is the main title.
  // (A slogan gives no figures, no date and no future: 11月1日揭幕 预计总场次将达500场 and 新考核办法出台 如不及格教练将受相应处罚
  // are facts under the title; nor is it a long list: 讨论政府工作报告 审议《…》《…》.)
  { name: 'slogan-title', kickerFirst: true, doc: "a two-phrase slogan under a plain line is the main title", examples: [['春节文化市场', '净化文化环境 欢乐祥和过年']], test: (a, b) => /^[^\s，,。]{3,}[ \u3000]+[^\s，,。]{3,}$/.test(b.trim()) && !/\s/.test(a.trim()) && !/\d|将/.test(b) && visibleLength(b) <= 24 },
  // A whole statement of a state or trend (我国外汇市场更趋平稳, 中国足球职业联盟成立在即, 中国代表团夺金势头不减) is the
  // news itself: the line under it adds a detail.
  { name: 'state-title', kickerFirst: false, doc: "a whole statement of a state or trend in the first line is the news itself", examples: [['我国外汇市场更趋平稳', '跨境资金流动保持基本均衡']], test: (a) => /(平稳|良好|偏高|偏低|加快|提速|在即|不减|回暖|回升|放缓)$/.test(a.trim()) && !/[，,\s]/.test(a.trim()) },
  // A speaker over what was said (香港中联办负责人 / 就…发表声明表示坚决反对, 全国人大外事委员会 / 就…发表声明): kicker + title,
  // though the statement is long and stands over the dateline.
  { name: 'speaker', kickerFirst: true, doc: "a speaker over what was said: kicker + title", examples: [['香港中联办负责人', '就美国国会众议院通过“香港人权与民主法案”发表声明']], test: (a, b) => /(负责人|发言人)$/.test(a.trim()) || /^就[^，,。]{2,}(发表|答记者问|表示|声明|谈话)/.test(b.trim()) },
  // A fact for another time under a whole statement (全国现入冬以来范围最大雨雪天气 / 未来一周南方持续阴雨,
  // 今年汛期全国平均气温偏高 / 十月西南等地降水依然较多, 新赛季中职篮全面升级 / 11月1日揭幕…) is a subtitle.
  { name: 'time-led-fact', kickerFirst: false, doc: "a fact for another time under a whole statement is a subtitle", examples: [['全国现入冬以来范围最大雨雪天气', '未来一周南方持续阴雨']], test: (a, b) => TIME_LEAD.test(b.trim()) && !/\s/.test(a.trim()) && visibleLength(a) > 5 },
];

/** Cues after which the second line is no subtitle but the text's opening line: the first line is the whole title. */
export const TEXT_OPENING_CUES: readonly string[] = ['colon-title', 'open-excerpt', 'label-under'];

/** The first cue that fires on a two-piece headline `a` / `b`, or undefined. */
export function firstKickerCue(a: string, b: string): KickerCue | undefined {
  return KICKER_CUES.find((c) => c.test(a, b) && (!anyCueOff() || cueOn(c.name)));
}

/** The cue deciding kicker-first (true) or subtitle-second (false); undefined when there is none. */
export function kickerCue(a: string, b: string): boolean | undefined {
  // Without a cue a kicker over the title is more common than a title over a subtitle: the caller decides.
  return firstKickerCue(a, b)?.kickerFirst;
}

/**
 * A rubric (图片报道, 欢庆) over a whole two-line headline of an article: a narrated lead-in of more than twelve characters
 * ending in —— over its title, a title over its ——subtitle, or a line over a column-tagged title. A box's rubric stands
 * over items with short headlines (礼赞新中国 / 上海中共一大会址—— / 重温入党誓词 追忆光辉历史); over a whole headline the
 * rubric is the title of a photo printed there.
 */
export function isPhotoTitleOverHeadline(r: string, a: string, b: string, beforeDateline = false): boolean {
  // (A bulleted sidebar label, ■链接, marks a box inside the article before it: not a photo's title.)
  if (!isRubric(r) || KICKER_END.test(r.trim()) || hasColumnTag(a) || /^[■●◆]/.test(r.trim())) return false;
  // Right over a dateline, a short last line makes the two lines a news headline (感受春意 / 1月PMI为49.5% / 市场供给稳中有升);
  // an item in a box of briefs has a one-line title and a long deck (速览 / 证监会鼓励… / 拟放宽证券公司投资权益类证券…).
  return (/(——|—)$/.test(a.trim()) && visibleLength(a) > 12) || SUBTITLE_START.test(b) || hasColumnTag(b) || (beforeDateline && visibleLength(b) <= 12);
}

/**
 * Gives roles to a stack of headline-shaped blocks that opens an article:
 * kicker (引题), title, subtitle (副题), a byline under the title, section headings after a subtitle.
 */
export function assignHeadlineParts(stack: ClassifiedBlock[], opts: { topOfPage: boolean; beforeDateline?: boolean; beforeWriter?: boolean }): HeadlineParts {
  // A headline block printed on two or three lines is one headline, its lines kept (某地等地 / 拟更名 / 某省清理整治不规范
  // 地名: the e-paper records the whole block as the title); a taller block gives one piece per line.
  const linePieces = (c: ClassifiedBlock): HeadlinePiece[] =>
    c.block.source.length > 3 && c.block.joins.length === 0 && !c.block.unwrapped ? c.block.source.map((l) => ({ text: l.text, lines: [l.no, l.no] as [number, number] })) : [{ text: c.block.text, lines: c.block.lines }];
  let pieces: HeadlinePiece[] = stack.flatMap(linePieces).flatMap(splitInlineSubtitle);
  // Summary points under the headline (■ 一个城市的历史遗迹…) open the text: they are not part of the headline;
  // nor is what follows a document's date ((2019年10月) / 目  录).
  // (Not a writer's name after the bullet, ■ 王某某: the headline's byline.)
  const bullet = pieces.findIndex((p, i) => i > 0 && /^[ \u3000]*[■●◆]/.test(p.text) && !isOrnamentedName(p.text));
  const dated = pieces.findIndex((p, i) => i > 0 && isBracketedDate(p.text));
  // A lone section number under the headline (犀牛寨的炊烟 / 一) opens the text too.
  const numbered = pieces.length >= 2 && /^[一二三四五六七八九十]{1,3}$/.test(pieces[pieces.length - 1]!.text.trim()) ? pieces.length - 1 : -1;
  // A figure alone on a line (3.57万亿, 58.4亿元, 252件, 96.84%) heads a data box that opens the text: never a headline part.
  const figure = pieces.findIndex((p, i) => i > 0 && isBareFigure(p.text));
  // A document's name printed again over its text (中办国办印发 / 关于…的实施意见 / 关于…的实施意见) opens the text.
  const repeated = pieces.findIndex((p, i) => i > 0 && p.text.trim() === pieces[i - 1]!.text.trim());
  const cut = [bullet, figure, repeated].filter((i) => i > 0).sort((x, y) => x - y)[0] ?? (dated > 0 && dated < pieces.length - 1 ? dated + 1 : numbered);
  const points = cut > 0 ? pieces.slice(cut) : [];
  if (cut > 0) pieces = pieces.slice(0, cut);
  const furniture: HeadlinePiece[] = [];
  const captions: HeadlinePiece[] = [];
  const standalone: HeadlinePiece[] = [];
  const blocks: ArticleBlock[] = [];
  let guessed = false;
  const review: ReviewNote[] = [];

  // An organisation or publication name above a kicker and title is the page's sponsor line (above a headline set on
  // the lines of one block too: 句容经济开发区 （黄梅街道）, then 勇当攻坚克难、奔跑在前的奋斗者 / 奋力建设高质量发展的一流开发区).
  if (opts.topOfPage && (pieces.length >= 3 || (pieces.length === 2 && pieces[1]!.text.includes('\n'))) && (isOrganisationName(pieces[0]!.text) || isPublicationName(pieces[0]!.text))) {
    furniture.push(pieces.shift()!);
  }
  // An event's organiser credits (主办单位：… / 承办单位：…) close the notice before them: over a headline they are captions.
  while (pieces.length > 1 && isOrganiserCredit(pieces[0]!.text)) captions.push(pieces.shift()!);
  // A promotion label printed beside a QR code (看人民映像　　品百味人生) over a headline is a caption.
  while (pieces.length > 1 && isPromotionLabel(pieces[0]!.text)) captions.push(pieces.shift()!);
  // A rubric over a whole headline of two lines (图片报道 / 军运会期间，经受能力大考、作风大考—— / 安保这一仗 赢得很漂亮):
  // the rubric is a photo's title, an item of its own, and the headline under it opens the next article.
  // So is a column-tagged title over another headline with a column-tagged title: one stack holds one tagged title
  // (与时俱进的全运会（新中国的“第一”·体育篇） / 第一次参加奥运会 / 走向胜利第一步（新中国的“第一”·体育篇）).
  // (Not over a reporter's or writer's line: 专访 / “…” / ——访… / 记者 某某 is a reported article's genre over its headline.)
  if (pieces.length === 3 && ((!opts.beforeWriter && isPhotoTitleOverHeadline(pieces[0]!.text, pieces[1]!.text, pieces[2]!.text, opts.beforeDateline)) || (hasColumnTag(pieces[0]!.text) && !hasColumnTag(pieces[1]!.text) && hasColumnTag(pieces[2]!.text)))) standalone.push(pieces.shift()!);
  // A byline-shaped piece at the end (under the title) is the article's byline.
  let trailing: HeadlinePiece[] = [];
  while (pieces.length > 1) {
    const last = pieces[pieces.length - 1]!;
    if (isBylineShape(last.text) || isOrnamentedName(last.text) || isOrganisationCredit(last.text)) trailing.unshift(pieces.pop()!);
    else break;
  }
  const role = (r: ArticleBlock['role'], p: HeadlinePiece) => blocks.push({ role: r, text: p.text, lines: p.lines });
  const sub = pieces.findIndex((p, i) => i > 0 && SUBTITLE_START.test(p.text));
  // In a stack of three or more, the piece with a column tag （国际视野） is the title.
  const tagged = pieces.length >= 3 && sub < 0 ? pieces.findIndex((p) => hasColumnTag(p.text)) : -1;
  let rest: HeadlinePiece[] = [];
  // (Not over a column-tagged title: there the short line is its kicker, 体操项目 / …（动感2019）.)
  // A lead-in (周强强调) or a time phrase (春节期间) is a kicker, however short.
  // (Nor a column's name in lenticular brackets, 【时评】: the column's kicker over its piece.)
  const rubricAt = (i: number) => isRubric(pieces[i]!.text) && !KICKER_END.test(pieces[i]!.text.trim()) && !/(期间|以来|前夕|之际|前后|伊始|季度|上半年|下半年)$/.test(pieces[i]!.text.trim()) && !/^【[^【】]+】$/.test(pieces[i]!.text.trim());
  // (Nor, at the top of the page, over one headline with its writer or reporter under it, 副刊 / 冬日絮语 / ◎ 林某某: the
  // page's or column's name over an essay, its kicker. Mid-page such a rubric heads a box of contributions: 来论.)
  // (Nor over a title and its subtitle so signed: 城市与书 / 那些消失的旧书店 / 一座城市的书店，记录着它的精神史 / 某某周末记者 张某某.)
  const signedOne = opts.topOfPage && (pieces.length === 2 || pieces.length === 3) && (trailing.length > 0 ? isReporterLine(trailing[0]!.text) || isWritersCredit(trailing[0]!.text) || isNameList(withoutCreditOrnament(trailing[0]!.text)) : !!opts.beforeWriter);
  const rubric = pieces.length >= 2 && sub < 0 && tagged < 0 && rubricAt(0) && !(pieces.length === 2 && hasColumnTag(pieces[1]!.text)) && !signedOne;
  // More pieces than kicker, title and subtitle with a rubric after the first: what stands over the rubric is captions
  // (看人民映像　　品百味人生 / 数读 / 91.9亿美元 1月境内投资者对外投资 / 1月，…).
  // (Not a short line under a lead-in: 上海迪士尼乐园55名民警—— / 全员无休假 is an item's kicker and title.)
  const laterRubric = !rubric && pieces.length >= 4 && sub < 0 && tagged < 0 ? pieces.findIndex((_, i) => i > 0 && i < pieces.length - 1 && rubricAt(i) && !/(——|—)$/.test(pieces[i - 1]!.text.trim())) : -1;
  // A law or decision over the decree that promulgates it (中华人民共和国密码法 / （…通过） / 中华人民共和国主席令 / 第三十五号):
  // the law is the title, its adoption note the subtitle, the decree and its number open the text.
  const decree = pieces.length >= 3 && /令$/.test(pieces[pieces.length - 2]!.text.trim()) && /^第[\d〇零一二三四五六七八九十百]+号$/.test(pieces[pieces.length - 1]!.text.trim()) ? pieces.length - 2 : -1;
  const lawHead = decree > 0 ? pieces.slice(0, decree) : [];
  if (decree > 0 && (lawHead.length === 1 || (lawHead.length === 2 && isDocumentNumber(lawHead[1]!.text)))) {
    role('title', lawHead[0]!);
    if (lawHead[1]) role('subtitle', lawHead[1]);
    rest = pieces.slice(decree);
  } else if (pieces.length >= 3 && sub < 0 && tagged < 0 && pieces[0]!.text.includes('\n') && !pieces.slice(1).some((p) => p.text.includes('\n'))) {
    // A headline set on several lines of one block over more one-line pieces (新茶上市 / 香气清高，价格实惠, then
    // 一年口粮早备下, 王某某, 高山绿茶): the block, set large, is the title, the line under it its subtitle, the rest
    // open the text.
    // (A QR code's label under it is no subtitle: it opens the text.)
    role('title', pieces[0]!);
    if (isQrPrompt(pieces[1]!.text)) for (const p of pieces.slice(1)) role('paragraph', p);
    else {
      role('subtitle', pieces[1]!);
      rest = pieces.slice(2);
    }
  } else if (laterRubric > 0) {
    captions.push(...pieces.slice(0, laterRubric));
    role('title', pieces[laterRubric]!);
    rest = pieces.slice(laterRubric + 1);
  } else if (rubric) {
    // A rubric over a box of items (速览, 新春走基层): the rubric is the title, the items' headlines are headings.
    role('title', pieces[0]!);
    rest = pieces.slice(1);
  } else if (tagged >= 0) {
    captions.push(...pieces.slice(0, Math.max(0, tagged - 1)));
    if (tagged >= 1) role('kicker', pieces[tagged - 1]!);
    role('title', pieces[tagged]!);
    rest = pieces.slice(tagged + 1);
  } else if (sub > 0) {
    const before = pieces.slice(0, sub);
    rest = pieces.slice(sub + 1);
    if (before.length >= 3) {
      captions.push(...before.slice(0, before.length - 2));
      guessed = true;
    }
    const kt = before.slice(-2);
    if (kt.length === 2) role('kicker', kt[0]!);
    role('title', kt[kt.length - 1]!);
    role('subtitle', pieces[sub]!);
  } else if (pieces.length === 1) {
    role('title', pieces[0]!);
  } else if (pieces.length === 2 && hasColumnTag(pieces[0]!.text) && !hasColumnTag(pieces[1]!.text)) {
    // A column-tagged title is complete; a short line under it opens the text (开栏的话, 内容提要) — unless a dateline
    // follows it: then it is the title's deck (监管提高精准性（权威发布） / 对药品食品还要“严防死守” / 本报北京2月15日电).
    role('title', pieces[0]!);
    role(opts.beforeDateline ? 'subtitle' : 'heading', pieces[1]!);
  } else if (pieces.length === 2 && pieces.filter((p) => p.text.includes('\n')).length === 1) {
    // A headline set on several lines of one block beside a one-line piece: the block, set large enough to wrap, is
    // the title; the line over it its kicker, the line under it its subtitle (某市某区 / 一高楼起火, then 初步确认多人受伤).
    const t = pieces[0]!.text.includes('\n') ? 0 : 1;
    if (t === 1) role('kicker', pieces[0]!);
    role('title', pieces[t]!);
    if (t === 0) role('subtitle', pieces[1]!);
  } else if (pieces.length === 2) {
    const cue = kickerCue(pieces[0]!.text, pieces[1]!.text);
    // A long second line right over the dateline is a deck under the title.
    const deck = cue === undefined && opts.beforeDateline === true && visibleLength(pieces[1]!.text) > LONG_SECOND;
    if (cue === undefined && !deck) {
      review.push({ code: 'kicker-guessed', message: `two-line headline read as kicker + title without a clear cue: ${pieces[0]!.text} / ${pieces[1]!.text}`, line: pieces[0]!.lines[0] });
    }
    if (!deck && isKickerFirst(pieces[0]!.text, pieces[1]!.text)) {
      role('kicker', pieces[0]!);
      role('title', pieces[1]!);
    } else {
      role('title', pieces[0]!);
      // A name-and-claim title (南通：森林城市 绿水青山) takes no subtitle, and an excerpt or a short label is no subtitle:
      // the line under it opens the text.
      const decided = firstKickerCue(pieces[0]!.text, pieces[1]!.text)?.name;
      role(decided !== undefined && TEXT_OPENING_CUES.includes(decided) ? 'heading' : 'subtitle', pieces[1]!);
    }
  } else if (pieces.length >= 3 && (
    // Two or more long lines of facts with commas under the first line (《国家产教融合建设试点实施方案》印发 / 通过5年左右的
    // 努力，试点布局50个左右产教融合型城市 / 在全国建设培育1万家以上的产教融合型企业，…) are summary points set large,
    // as under ■ bullets: they open the text, and the first line is the title.
    pieces.slice(1).every((p) => visibleLength(p.text) > 20 && /[，,]/.test(p.text)) ||
    // A roundup's title announcing several items (全国人大常委会第十四次会议审议多部法律草案和报告) over the first item's
    // two-line headline (民法典婚姻家庭编草案进入三审 / 现行法定婚龄暂不作修改): the items are the roundup's text.
    (pieces.length === 3 && /(审议|听取|通过|发布|出台|推出)(多部|多项|多个|一批|系列)/.test(pieces[0]!.text) && !KICKER_END.test(pieces[0]!.text.trim())) ||
    // A row of labelled fields under the first line (“新中国70年70部长篇小说典藏”丛书书目 / 书名：风云初记   作者：孙犁 / …) is
    // a listing's text: the first line is its title.
    isLabelledFieldRow(pieces[1]!.text))) {
    role('title', pieces[0]!);
    rest = pieces.slice(1);
  } else if (pieces.length === 3 && isContributorCredit(pieces[2]!.text)) {
    // A contributor's credit under the second line signs that line: it is the first piece of a package of signed
    // contributions (a forum's speakers, readers' letters), and the first line is the package's title
    // (构筑全媒矩阵 占领传播高地 / 建设全媒体助力社会治理 / 中国人民大学新闻学院教授  宋建武).
    role('title', pieces[0]!);
    role('heading', pieces[1]!);
    role('byline', pieces[2]!);
  } else if (pieces.length === 3 && visibleLength(pieces[1]!.text) <= 4 && visibleLength(pieces[0]!.text) <= 8 && visibleLength(pieces[2]!.text) > 4 && !KICKER_END.test(pieces[0]!.text.trim())) {
    // A series label over a keyword and a title (2019春运一线 / 新通道 / “急客”服务通道开通): a box of items led by keywords.
    role('title', pieces[0]!);
    rest = pieces.slice(1);
  } else if (pieces.length >= 3 && /(——|—)$/.test(pieces[1]!.text.trim()) && !/(——|—|：|:)$/.test(pieces[0]!.text.trim())) {
    // A lead-in (…——) is a kicker: second of three lines or more it leads into what follows, the first item of a
    // feature whose title is the first line (走过天安门，我们无比自豪 / 仪仗方队擎旗手郭凤通…—— / 手中的旗杆重千钧;
    // 新春走基层 人和家顺事事兴 / 上海迪士尼乐园55名民警—— / 全员无休假 / 起早来执勤).
    role('title', pieces[0]!);
    rest = pieces.slice(1);
  } else {
    // More lines than kicker, title and subtitle: the lines after the subtitle are decks or a lead that open the text
    // (春节期间 / 银联网络交易超万亿 / 消费升级特征显著 / 春节期间（除夕至初六），银联网络交易总金额达…).
    if (pieces.length > 3) review.push({ code: 'title-guessed', message: `headline stack had more pieces than kicker/title/subtitle; the ones after the third taken as the text's opening: ${pieces[3]!.text}`, line: pieces[0]!.lines[0] });
    const [k, t, s] = pieces.slice(0, 3) as [HeadlinePiece, HeadlinePiece, HeadlinePiece];
    role('kicker', k);
    role('title', t);
    // (With more lines after it, a long third line is the first of the decks, not a subtitle: 发展扶贫产业 激发内生动力 /
    // 西藏让农牧民腰包鼓起来 / 上半年西藏农村居民人均可支配收入同比增幅居全国首位 / 目前西藏贫困发生率已下降到6%之内.)
    role(pieces.length > 3 && visibleLength(s.text) > 20 ? 'paragraph' : 'subtitle', s);
    for (const p of pieces.slice(3)) role('paragraph', p);
  }
  for (const p of [...rest, ...points]) role(isBylineShape(p.text) ? 'byline' : 'heading', p);
  for (const p of trailing) {
    role('byline', p);
    if (!isBylineShape(p.text)) review.push({ code: 'byline-uncertain', message: `line under the headline taken as its byline: ${p.text}`, line: p.lines[0] });
  }
  const parts = { furniture, captions, standalone, blocks, guessed, review };
  headlineTrace.on?.(pieces.map((p) => p.text), parts, opts);
  return parts;
}

/** A hook for diagnostics (scripts/eval/diag-headline-stacks.ts): called with every stack's pieces and what they became. */
export const headlineTrace: { on?: (pieces: string[], parts: HeadlineParts, opts: { topOfPage: boolean; beforeDateline?: boolean; beforeWriter?: boolean }) => void } = {};
