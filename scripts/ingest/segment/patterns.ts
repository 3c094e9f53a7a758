/**
 * Recognisers for the printed conventions of Chinese newspaper text: datelines,
 * bylines, continuation markers, teaser pointers, editor's notes, furniture.
 * Each is width agnostic (half- and full-width punctuation both match).
 */

import { isMastheadName, NEWSPAPER_KINDS } from '../masthead.ts';
import { parsePageLabel } from '../page-label.ts';
import { visibleLength } from './text-shape.ts';

const CN_NUM = '〇零一二三四五六七八九十百\\d';

/** A paper's or an agency's name before its reporter (光明日报记者, 某某晚报记者, 中新社记者): the name's kind ends it. */
// (A paper and its news site joined by a middle dot, 中国青年报·中青在线记者, are one name.)
const PAPER_NAME = `[\\p{Script=Han}]{2,8}(${NEWSPAPER_KINDS.join('|')}|报社|通讯社|社|电视台|广播电视台|网)(·[\\p{Script=Han}]{2,8})?`;
/**
 * Whose reporter: the paper's own (本报, 本台, 本刊), an agency's, a named paper's (PAPER_NAME), or another outlet's named
 * short (晚报记者, 新京报记者, 某某新闻记者, 央视记者, 总台记者).
 */
const OUTLET = `(?:本报|新华社|本台|本刊|${PAPER_NAME}|${NEWSPAPER_KINDS.join('|')}|[\\p{Script=Han}]{1,6}(?:新闻|报)(?:·[\\p{Script=Han}]{2,8})?|央视|总台)`;
/** A reporter's standing before 记者 / 通讯员: 融媒体, 见习, 特约, 首席, 特派(巴黎), 驻京. */
const REPORTER_ROLE = '(?:融媒体|全媒体|见习|实习|特约|首席|特派[\\p{Script=Han}]{0,6}|驻[\\p{Script=Han}]{1,6})';
/** The ornaments papers set before a writer's, reporter's or lead line: □ ■ ● ◆ ◎ ○ ◇ ★ ☆ ▲ △ ▪ •. */
export const ORNAMENTS = '□■●◆◎○◇★☆▲△▪•';
const LINE_ORNAMENT = `[${ORNAMENTS}]`;

/** A news lead opener: 本报讯, 本报北京2月18日电, 新华社北京…电, 据新华社…电, 本报记者 XXX …, 核心阅读. */
export const DATELINE = new RegExp(
  [
    '^【?本报讯',
    // Any paper's own news opener: 某某日报讯, 某某快报讯 (记者 …), with its news site's name too: 某某日报·某某网讯.
    '^【?([\\p{Script=Han}]{2,10}[·\\-—－])?([\\p{Script=Han}]{2,8})?(日报|晚报|早报|晨报|时报|商报|快报|都市报|周报|报|网|台)讯',
    // A news site's or a station's lead: 央视网消息（新闻联播）：, 新华网北京1月1日消息, 本报综合消息, 综合新华社电.
    '^[\\p{Script=Han}]{1,8}(网|社|台)([\\p{Script=Han}]{0,6}[' + CN_NUM + ']+月[' + CN_NUM + ']+日)?消息[（(：:，, ]',
    '^(本报)?综合(消息|报道)?[ \\u3000]',
    '^综合[\\p{Script=Han}]{2,8}(电|消息)',
    '^[（(]?据?(本报|新华社|中新社|人民网|央视|中央广播电视总台|光明日报|经济日报|法制日报|中国日报|解放军报)[^，,。\\n]{0,24}?[' + CN_NUM + ']+月[' + CN_NUM + ']+日(电|讯)',
    '^[（(]?据?(本报|新华社|中新社)[^，,。\\n]{0,12}电',
    // (After an ornament or not: □记者 张三 昨天，….)
    '^' + LINE_ORNAMENT + '?[ \\u3000]*' + OUTLET + REPORTER_ROLE + '?(记者|通讯员)\\s*[\\p{Script=Han}·]{1,4}',
    '^' + LINE_ORNAMENT + '?[ \\u3000]*(融媒体|全媒体|见习|实习|特约|首席)?(记者|通讯员)[ \\u3000]+[\\p{Script=Han}·]{1,4}',
    '^核心阅读',
    // A news site's report and its reporter (某某时报-某某网报道 记者 张三 …), and a reporter's credit in brackets opening the
    // text where the paper sets no 本报讯 before it (（记者 张三 通讯员 李四）12月7日，…).
    '^[\\p{Script=Han}]{1,10}(网|报|社|台|新闻)([·\\-—－][\\p{Script=Han}]{1,8}(网|报|社|台|新闻))?报道[ \\u3000]+' + OUTLET + '?' + REPORTER_ROLE + '?(记者|通讯员)[ \\u3000]*[\\p{Script=Han}·]{1,4}',
    '^[（(](本报)?' + REPORTER_ROLE + '?(记者|通讯员)[ \\u3000]*[\\p{Script=Han}·]{1,4}([ \\u3000、]+((本报)?(记者|通讯员|实习生)[ \\u3000]*)?[\\p{Script=Han}·]{1,4}){0,5}[）)][ \\u3000]*\\S',
    // An outlet's own dateline, its name as long as a national paper's with its edition or news site and the place
    // (某某青年报北京12月7日电, 某某日报海外版北京…电, 某青报·某青网北京…电); not a sentence's 电贺, 电话, 电视 ….
    '^[\\p{Script=Han}]{2,12}([·\\-—－][\\p{Script=Han}]{2,8})?[' + CN_NUM + ']+月[' + CN_NUM + ']+日(电(?![贺告话视影脑报器力池商子台网码梯线])|讯)',
  ]
    // (One anchor for the whole alternation: the engine tries the start of the text only, not every position.)
    .map((alternative) => alternative.replace(/^\^/, ''))
    .join('|')
    .replace(/^/, '^(?:')
    .concat(')'),
  'u',
);

/** A reporter named at the head of the text, and the first character after 记者 / 通讯员 (a surname, or a sentence goes on). */
const REPORTER_LEAD = new RegExp(`^(?:${LINE_ORNAMENT}[ \\u3000]*)?${OUTLET}?${REPORTER_ROLE}?(?:记者|通讯员)(?<first>[\\p{Script=Han}])`, 'u');

/** Whether a block starts with a news lead opener (dateline or reporter line). */
export function startsWithDateline(text: string): boolean {
  const t = text.trimStart();
  // (Every opener has one of these characters near the start — 讯, 电, 记者, 通讯员, 消息, 核心阅读, 综合: most paragraphs are
  // ruled out without the long alternation.)
  if (!/[讯电者员息读综]/.test(t.slice(0, 48)) || !DATELINE.test(t)) return false;
  // (A sentence about the paper's reporters — 本报记者在现场看到，… — is text: no name follows 记者.)
  const m = REPORTER_LEAD.exec(t);
  if (m && !SURNAMES.includes(m.groups!.first!) && !DOUBLE_SURNAMES.some((d) => t.startsWith(d, m[0].length - 1)) && !/^[^，,。\n]{0,30}(电|讯)/.test(t)) return false;
  return true;
}

/**
 * A reporter credit printed on its own line at the head of an article: 本报记者 吴储岐 / 记者 张三 李四 / 本报记者 柯仲甲采访整理; or a
 * block of such lines.
 */
export function isReporterLine(text: string): boolean {
  // (Every reporter's line names its part: most lines are ruled out without the regex.)
  if (!text.includes('记者') && !text.includes('通讯员') && !text.includes('评论员') && !text.includes('实习生')) return false;
  const t = text.trim();
  // (A block of two to four such lines too: 某某周末记者 张某某 / 某某周末实习生 李某.)
  if (t.includes('\n')) {
    const lines = t.split('\n');
    return lines.length <= 4 && lines.every((l) => l.trim() !== '' && isReporterLine(l));
  }
  // 记者手记 / 记者观察 …: a sidebar's label, not a reporter's name.
  if (REPORTERS_BOX.test(t)) return false;
  // (What the reporters did may follow the names: 本报记者 柯仲甲采访整理, 本报记者 王某 通讯员 李某 文/摄.)
  if (REPORTER_LINE.test(t.replace(/(?<=[\p{Script=Han}])(采访整理|整理|采写)$/u, '').replace(/(?<=[\p{Script=Han}])[ \u3000]+(文[\/／]摄|图[\/／]文|文[\/／]图|摄影报道)$/u, '').replace(/(?<=[\p{Script=Han}])[ \u3000]*[\/／][ \u3000]*(文|图|摄|文图|图文)$/u, '')) || /^(本报|新华社)(特约)?(记者|评论员|通讯员)$/.test(t) || PAPERS_COMMENTATOR.test(t)) return true;
  // Any outlet's reporters and interns, named by a word of its own (某某周末记者 张某某, 某某记者 王某, 某某周刊实习生 李某, 实习生
  // 李某), when names alone follow after a space: a line such as 向战疫记者致敬 is no credit.
  const m = ANY_OUTLETS_REPORTER.exec(t);
  // (More parts may follow, each a word of its own: 某某周刊记者 王某  实习生 李某.)
  // (Their outlet may be named again before each: 本报记者 张三  本报通讯员 李四.)
  // (Or named in full again: 某某日报记者 赵某  某某日报通讯员 钱某.)
  return !!m && isNameList(t.slice(m[0].length).replace(PART_AGAIN, ' '));
}

/** A later part of a reporter's line, its outlet named again or not (本报通讯员, 某某日报通讯员, 某某周末实习生, 记者): isReporterLine drops it. */
const PART_AGAIN = new RegExp(`(^|[ \\u3000])(${OUTLET}|[\\p{Script=Han}·]{2,8}(?:周末|台))?(特约)?(实习生|通讯员|记者|摄影记者|见习记者)(?=[ \\u3000])`, 'gu');

/** A box or rubric named for the reporter's work (记者手记, 记者观察, 记者追踪, 【记者调查】): a label, not a credit. */
const REPORTERS_BOX = /(记者|评论员)(手记|观察|调查|点评|感言|日记|札记|笔记|追踪|述评|体验|来信|连线|回访|追访|探访|暗访|走访|直击|实测|跟进)[】\]）)]?$/;

/** A paper's commentator, unnamed: 某某日报评论员, 某某晚报特约评论员. */
const PAPERS_COMMENTATOR = new RegExp(`^${PAPER_NAME}(特约)?评论员$`, 'u');
/** The head of ANY_OUTLETS_REPORTER's line: an ornament or not, a word (the outlet), the part, a space. */
// (A paper and its news site may be joined by a dash as by a middle dot: 工人日报—中工网记者 郑某; its app may be named first, a
// space apart, or stand alone before the part: 某新闻 某某晚报记者 张某, 某某新闻客户端 记者 张某; and a plus may end the name: 南方+记者.)
const ANY_OUTLETS_REPORTER = new RegExp(`^${LINE_ORNAMENT}?[ \\u3000]*(?:[\\p{Script=Han}·]{1,10}(?:新闻|客户端|网|报|台|社)[ \\u3000]+)?([\\p{Script=Han}·]{0,8}\\+?([—-][\\p{Script=Han}]{2,6})?(记者|通讯员|实习生)[ \\u3000]+)`, 'u');

/** 本报记者 张三 / 记者 张三 李四 / 光明日报记者 王五 / 驻京记者 赵六 / 通讯员 孙七, after an ornament or not (■ / ◎ …). */
// (Other outlets' reporters too: 晚报记者, 新京报记者, 某某新闻记者, 央视记者, 总台记者; and 特派记者, 特派巴黎记者.)
const REPORTER_LINE = new RegExp(`^${LINE_ORNAMENT}?\\s*${OUTLET}?${REPORTER_ROLE}?(记者|通讯员|评论员)[\\s：:]*[\\p{Script=Han}·]{1,4}([\\s、]+[\\p{Script=Han}·]{1,4})*$`, 'u');

/** Common Chinese surnames (single and a few double), used to tell a bare name line from a short phrase. */
const SURNAMES =
  '习王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由';
const DOUBLE_SURNAMES = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '令狐', '长孙', '宇文', '司徒', '夏侯'];

/** Number of Han characters. */
function hanLength(text: string): number {
  return (text.match(/[\p{Script=Han}]/gu) ?? []).length;
}

/** Whether a 2–4 character token looks like a Chinese personal name. */
export function isPersonalName(token: string): boolean {
  const t = token.replace(/[\s\u3000]/g, '');
  if (!/^[\p{Script=Han}·]{2,5}$/u.test(t) || t.endsWith('摄')) return false;
  if (DOUBLE_SURNAMES.some((s) => t.startsWith(s)) && t.length <= 5) return true;
  // A single surname takes a one- or two-character given name; four characters with a single surname
  // are a phrase (方式之变, 文化底蕴), not a name.
  return t.length <= 3 && SURNAMES.includes(t[0]!);
}

/** A character that is neither part of a personal name (isPersonalName) nor a separator of isNameList's. */
const NOT_IN_NAME_LIST = /[^\p{Script=Han}·\s\u3000、，,]/u;

/** A line made only of personal names separated by spaces: 吴涛 / 刘颖 马吉 / 姜 洁 (spaced two-character name). */
export function isNameList(text: string): boolean {
  const t = text.trim();
  // Only names (Han letters and ·) and their separators can be in it: rules out running text without splitting it.
  if (NOT_IN_NAME_LIST.test(t)) return false;
  if (/^[\p{Script=Han}][\s\u3000]+[\p{Script=Han}]$/u.test(t)) return isPersonalName(t);
  // Names set with wide spacing (韩  鑫  张  炯) come apart into single characters: pair them up again.
  const raw = t.split(/[\s\u3000、，,]+/).filter(Boolean);
  const parts: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    if (raw[i]!.length === 1 && raw[i + 1]?.length === 1) {
      parts.push(raw[i]! + raw[i + 1]!);
      i++;
    } else parts.push(raw[i]!);
  }
  return parts.length >= 1 && parts.length <= 6 && parts.every(isPersonalName);
}

/**
 * A contributor named by what they did, an agent noun ending in 人 or 者 before a colon: 寄思人：张三, 口述人：李四,
 * 讲述者：王五, 作者：赵六. Morphology, not a word list: the credit line of a reader's or a witness's piece.
 */
export function isAgentCredit(text: string): boolean {
  const t = text.trim();
  return !t.includes('\n') && /^[\p{Script=Han}]{1,3}(人|者)[：:][ \u3000]*[^\s，,。！？!?；;：:]{1,10}$/u.test(t);
}

/** A line naming who wrote or reported the piece under its headline: a reporter's line, or an agent-noun credit. */
export function isContributorLine(text: string): boolean {
  return isReporterLine(text) || isAgentCredit(text);
}

/**
 * A source credit alone on its line, closing a news item taken from elsewhere: 据中国之声, 据极目新闻等, 据《环球人物》,
 * 综合新华社、央视新闻, 来源：人民网. A closed class (据 / 综合 / 来源 / 转自 / 摘自 + a name, no sentence punctuation),
 * the way 都市报 and county papers sign off reprinted items. Discourse openers (据了解, 据悉, 据统计…) are running text.
 */
/**
 * Where a text was printed: a publication's name in 《》 with the day (and page) of the issue, led by 来源 / 原载 / 刊于 or
 * not, in brackets or not — 《某某日报》（2019年02月01日 01版）, （原载《某某》2019年1月3日第5版）, 来源：《某某报》2019-02-01. A reprint
 * and a paper's web page end each article with it: it signs the text before it.
 */
export function isPrintedIn(text: string): boolean {
  // (Most blocks are ruled out by their length or by having no 《 at all, before anything else.)
  if (text.length > 80 || !text.includes('《')) return false;
  const t = text.trim();
  return t.length <= 60 && !t.includes('\n') && PRINTED_IN.test(t);
}

const PRINTED_IN = /^[（(]?(来源[：:]|原载|原刊|刊于|载于?|摘自|转自|选自)?[ \u3000]*《[^《》\n]{2,20}》[ \u3000]*[（(]?[ \u3000]*\d{4}[ \u3000]*(年|[-./])[ \u3000]*\d{1,2}[ \u3000]*(月|[-./])[ \u3000]*\d{1,2}[ \u3000]*日?[ \u3000]*(第?[ \u3000]*[A-Za-z]?\d{1,3}[ \u3000]*版)?[ \u3000]*[）)]?[）)]?$/;

/**
 * A web page's line of when an article was posted and where it is from, kept by an extraction from a paper's site:
 * 发布时间：2019年02月01日 08:00 来源：某某网, 2019-02-01 08:00:00 来源：某某网. It credits no author and says nothing.
 */
export function isWebArticleMeta(text: string): boolean {
  if (text.length > 100 || (!text.includes('：') && !text.includes(':'))) return false;
  const t = text.trim();
  if (t.length > 80 || t.includes('\n') || /[。！？!?，,；;]/.test(t)) return false;
  const when = /(发布时间|发表时间|时间|日期)[：:]|\d{4}[-年./]\d{1,2}[-月./]\d{1,2}日?[ \u3000]+\d{1,2}[:：]\d{2}/.test(t);
  return when && /(来源|作者|编辑|责任编辑)[：:][ \u3000]*\S/.test(t);
}

export function isSourceCredit(text: string): boolean {
  const t = text.trim();
  // (The paper's own compilation signs an item so: 本报综合, 本报综合报道, 本报编译, 综合报道.)
  if (COMPILED_HERE.test(t)) return true;
  if (t.includes('\n') || !SOURCE_CREDIT.test(t)) return false;
  return !DISCOURSE_OPENER.test(t);
}

const COMPILED_HERE = /^[（(]?((本报|本刊|本台|本网)(综合|编译|综合整理|编译整理)(报道)?|综合报道)[）)]?$/;
const SOURCE_CREDIT = /^(据|综合(自)?|(本文|文章|新闻)?来源[：:]|转自|摘自|编译自)[^\s，,。！？!?；;：:]{2,24}(等)?$|^(据|综合(自)?|来源[：:]|转自|摘自|编译自)[^\s，,。！？!?；;：:]{2,16}(、[^\s，,。！？!?；;：:]{2,16})+(等)?$/;

/** 据 + a word that opens a sentence, not a source: 据了解, 据悉, 据介绍, 据统计, 据报道, 据称, 据此, 据规定 … */
const DISCOURSE_OPENER = /^(据(了解|悉|介绍|统计|报道|称|说|此|规定|测算|估计|分析|调查|记载|史料|初步|不完全|透露|研究|预测|观察|测|查|传|闻|实|理|点)|综合(来看|考虑|分析|施策|评价|治理|实力|素质|服务|新闻|报道|整治|执法|交通|体|性|类|版))/;

/** A paragraph that ends with its source credit after the last sentence: …正在全力救援。据某某日报. */
export function endsWithSourceCredit(text: string): boolean {
  const last = text.slice(text.lastIndexOf('\n') + 1).trim();
  // The credit (据 or 综合, 2-16 more characters, 等 or not) is among the last 19: most paragraphs are ruled out without a scan.
  const end = last.slice(-19);
  if (!end.includes('据') && !end.includes('综合')) return false;
  const m = /[。！？!?”"…]\s*((据|综合)[^\s，,。！？!?；;：:“”"]{2,16}(等)?)$/.exec(last);
  return !!m && isSourceCredit(m[1]!);
}

/**
 * Byline / sign-off shapes that end an article or stand under its headline:
 * （刘颖 马吉）, 蒋建君/文 浦映/摄, 撰文 鹏翔 丽娜, 本报记者 XXX, （新华社北京2月18日电）,
 * 张连华摄（影像中国）, 版式设计：XXX, 吴涛.
 */
export function isBylineShape(text: string): boolean {
  const t = text.trim();
  if (t.includes('\n') || t.length > 160) return false;
  // A credit led by an ornament, as many papers set the writer's line (◎ 林某某, □ 文/张某, ■ 特约撰稿 王某): the credit
  // after it decides. (A heading led by one, ■小贴士 / ●脱贫攻坚奔小康, is not a credit after it either.)
  const ornament = CREDIT_ORNAMENT.exec(t);
  // (A bare name after one is a name, which its place decides as any bare name: ◆云南 over text heads a section.)
  if (ornament) {
    const rest = t.slice(ornament[0].length);
    return rest !== '' && !CREDIT_ORNAMENT.test(rest) && !isNameList(rest) && isBylineShape(rest);
  }
  if (isSignature(t)) return true;
  if (isSourceCredit(t) || isAgentCredit(t)) return true;
  // A county's or a paper's reporting group and its members: 县委报道组 张三, 本报报道组 张三 李四.
  const group = /^[\p{Script=Han}]{0,8}报道组[ \u3000：:]+/u.exec(t);
  if (group && isNameList(t.slice(group[0].length))) return true;
  // A web page's writer in lenticular brackets: 【作者：张三】.
  if (/^[【\[]作者[：:][ \u3000]*[^【】\[\]\s]{1,20}[】\]]$/.test(t)) return true;
  if (/[。！？!?]/.test(t.replace(/[（(][^）)]*[）)]/g, ''))) return false;
  const inner = t.replace(/^[（(【\[]\s*/, '').replace(/\s*[）)】\]]$/, '');
  const bracketed = inner !== t && /^[（(【\[]/.test(t) && /[）)】\]]$/.test(t);
  // (A name in round brackets: 【时评】 over a headline is a column's rubric, not a writer.)
  if (bracketed && /^[（(]/.test(t) && isNameList(inner)) return true;
  if (bracketed && !/^[（(]/.test(inner) && inner.length <= 40 && /(摄|图|文)$/.test(inner) && isBylineShape(inner.replace(/\s+(摄|图|文)$/, '$1'))) return true;
  if (bracketed && !REPORTERS_BOX.test(inner) && /^(据|来源[：:])?[\p{Script=Han}\d]{0,16}(记者|通讯员|报道员|电|讯|供稿|编译|综合|整理|撰稿|文|图|摄)/u.test(inner) && (inner.length <= 40 || /(记者|电)/.test(inner))) {
    if (/(记者|通讯员|电|供稿|编译|综合|整理|撰稿|摄|文\/|\/文|\/摄|报道|供图)/.test(inner)) return true;
  }
  // Where a photo comes from, in brackets or not: （视觉中国供图）, （资料图片）, 资料图, 图据视觉中国, 图源：新华社, （图片来源：网络）.
  if (PHOTO_SOURCE.test(bracketed ? inner : t)) return true;
  // (The part and the name set apart by a space, a colon, a slash, a bar or a middle dot: 文/张某, 文｜张某, 文丨张某, 文·张某,
  // 特约撰稿 王某, 口述：张某 整理：李某; or the part in lenticular brackets: 【作者】郑某.)
  if (/^(撰文|文字|文|图文|文\/图|图\/文|摄影|摄|图|作者|执笔|整理|采写|供稿|通讯员|本报记者|记者|特约记者|本报通讯员|特约撰稿人?|撰稿人?|特约作者|口述)[\s：:\/／|｜丨│]/.test(t) && t.length <= 40) return true;
  const dotted = /^(撰文|文|图|文图|图文|作者)[·•][ \u3000]*([\p{Script=Han}]{2,4})(?:[ \u3000]+(?:摄影|摄|图)[·•][ \u3000]*([\p{Script=Han}]{2,4}))?$/u.exec(t);
  if (dotted && [dotted[2], dotted[3]].every((n) => n === undefined || isNameList(n))) return true;
  if (/^【(作者|撰文|文|图|文\/图|摄影|执笔|记者|通讯员)】[\s\u3000]*[\p{Script=Han}·]/u.test(t) && t.length <= 40) return true;
  if (/[\/／|｜丨│](文|摄|图)(\s|$)/.test(t) && t.length <= 40) return true;
  if (/^(本报记者|记者|新华社记者)?[\s\p{Script=Han}·、]{2,20}摄(（[^）]*）|\([^)]*\))?$/u.test(t) && !/[，,]/.test(t)) return true;
  // A credit line in brackets: （责任编辑：李四）, （本版编辑：张三）.
  if (isCreditLine(t) || (bracketed && isCreditLine(inner))) return true;
  if (/^(影像中国|人民视觉|视觉中国|新华社发|人民图片|东方IC|CFP|IC photo)$/i.test(t)) return true;
  const unbracketed = t.replace(/[（(][^（()）]{2,12}[）)]$/, '').trim();
  // (Not an artwork's title with its medium: 兰香（中国画）, 迎春（麦秆画）, 清风（书法）.)
  if (unbracketed !== t && unbracketed.length >= 2 && !ARTWORK_MEDIUM.test(t) && isBylineShape(unbracketed)) return true;
  // An illustrator's and a writer's credit, names spaced out (pen names too): 勾  犇图  羽  生文 / 徐  骏图（新华社发）  苏  砥文.
  if (/^([\p{Script=Han}](\s+[\p{Script=Han}]){1,2}(图|文)([（(][^（()）]{2,10}[）)])?\s+){1,2}[\p{Script=Han}](\s+[\p{Script=Han}]){1,2}(图|文)$/u.test(t) && /\s{2,}/.test(t)) return true;
  // A contributor named with what they are, in a feature of voices: 陈凯歌（电影《我和我的祖国》总导演） / 天蚕土豆（网络作家）.
  if (CONTRIBUTOR_WITH_ROLE.test(t)) return true;
  // …or after a comma, as a panel of judges or experts is introduced: 王某，某中心文学部教师，小学语文一级教师 /
  // 李某某，某市某小学副校长，某市教坛新秀.
  // A pupil's credit under a school essay: grade and class, then the name, after the school or not
  // (某市某某小学二（4）班 王某某 / 五（1）班 李某). (A school alone on its line is not: it may head a section about it.)
  if (PUPIL_CREDIT.test(t)) return true;
  // (Not a clause of a sentence: 他说，自己是一名普通教师.)
  if (CONTRIBUTOR_COMMA_ROLE.test(t) && !/[是说]/.test(t.slice(t.indexOf('，')))) return true;
  // Photographers set with wide spacing, however many (雷 声 周 石 国 徽 张守向 李 伟 王正坤 莫千威摄影报道 /
  // 祝  庆  庆  伟摄影报道（人民视觉）): every word a name's length, the last one signed 摄 / 摄影报道.
  if (SPACED_PHOTOGRAPHERS.test(t)) return true;
  // Names with their part: 曹 一图 杨立新文 / 韩 鑫 张 炯摄影报道 / 王彦东参与采写.
  // (A told story's credits too: 林某 口述  王某 整理.)
  if (/^[\p{Script=Han}·\s]{2,30}(图|文|作|摄影报道|摄影|整理|参与采写|采写|报道|供图|漫画)$/u.test(t) && (/\s/.test(t) || hanLength(t) <= 8) && isNameList(t.replace(/(图|文|作|摄影报道|摄影|整理|参与采写|采写|报道|供图|漫画|口述)(?=\s|$)/g, ' ').trim())) return true;
  if (bracketed && (/(整理|参与采写|采写|编译|摘编|综合)$/.test(inner) || /^(摘编自|摘自|原载|转载|来源|相关报道见|本文|资料来源)/.test(inner)) && inner.length <= 80) return true;
  // A letter writer with their place: 山东诸城市  祝建波; a contributor with their organisation, as county papers credit
  // them: 县融媒体中心 张某, 某某镇农业站 李某 王某.
  if (/^[\p{Script=Han}]{2,14}(省|市|县|区|镇|乡|村|大学|学院|公司|中学|小学|中心|局|站|所|社|台|办|委)[\s\u3000]+([\p{Script=Han}][\s\u3000]{0,3}){2,4}$/u.test(t) && isNameList(t.split(/[\s\u3000]+/).slice(1).join(' '))) return true;
  // An end mark: （完）, （全文完）, （未完待续）.
  if (bracketed && (/(到此结束|全文完|待续|本文|本系列|本栏)/.test(inner) || inner.trim() === '完') && inner.length <= 40) return true;
  if (/^[（(](作者|本文作者)(为|系|是|单位)/.test(t) && /[）)]$/.test(t)) return true;
  if (isReporterLine(t)) return true;
  if (isNameList(t)) return true;
  // A reader's or a citizen's signature under a letter: 读者 王某某, 市民 李先生.
  const citizen = CITIZEN_SIGNATURE.exec(t);
  return !!citizen && (isNameList(citizen[2]!) || /^[\p{Script=Han}](先生|女士|阿姨|大爷|大妈|师傅|老师|同学)$/u.test(citizen[2]!));
}

/** A reader's or a citizen's signature: who they are (读者, 市民, 网友 …), a space, their name (王某某, 李先生). */
const CITIZEN_SIGNATURE = /^(读者|市民|网友|听众|观众|村民|居民|家长|游客|热心市民|热心读者)[ \u3000]+(\S{2,5})$/;

// (An agency named in Latin letters too, 图据IC photo; the agency before 图, 视觉中国 图; and a note that a picture was made by AI,
// （AI生成图片）, 图片为AI生成, 本图由AI生成.)
const PHOTO_SOURCE = /^([^（()）\s]{2,16}供图|资料(图片|照片|图)|图(据|源[：:]|片来源[：:])[ \u3000]*[^（()）\s，,。][^（()），,。]{1,19}|(视觉中国|东方IC|人民视觉|新华社|中新社|IC photo|CFP)[ \u3000]+图|(本图|图片|图像|配图|插图|画面)?(由|为|系)?(AI|人工智能)(生成|制作|绘制|创作)(图片|图像|配图|插图)?|AI(生成|制图|绘图|配图))$/i;

/**
 * Where a photo comes from, in brackets or not, naming no one who made it: （视觉中国供图）, 资料图, 图据新华社, （AI生成图片）.
 * It credits the photo, it is no author of the text (build-article.ts keeps it in the text as a credit).
 */
export function isPhotoSource(text: string): boolean {
  const t = text.trim();
  if (t.length > 40 || t.includes('\n')) return false;
  const inner = /^[（(].*[）)]$/.test(t) ? t.slice(1, -1).trim() : t;
  return PHOTO_SOURCE.test(inner) && !/记者|通讯员|摄/.test(inner);
}

/** An ornament set before a writer's or reporter's line (◎ 林某某, □ 本报记者 张某), and the space after it. */
const CREDIT_ORNAMENT = new RegExp(`^${LINE_ORNAMENT}[\\s\\u3000]*`);

/**
 * A writer's credit naming their part (文/张某, 文｜张某, 撰文：张某, 特约撰稿 王某, 【作者】郑某, 林某 口述  王某 整理) or what they
 * are (吴某（作家）), after an ornament or not: it signs an essay or a feature, not a letter to the paper.
 */
export function isWritersCredit(text: string): boolean {
  const t = withoutCreditOrnament(text);
  if (t.includes('\n') || t.length > 40 || !isBylineShape(t)) return false;
  return /^(撰文|文|作者|执笔|特约撰稿人?|撰稿人?|特约作者)[\s：:\/／|｜丨│]|^【(作者|撰文|文|执笔)】|[\/／|｜丨│]文$|[\p{Script=Han}][\s\u3000]+(文|口述)([\s\u3000]|$)/u.test(t) || CONTRIBUTOR_WITH_ROLE.test(t);
}

/** A writer's bare name after an ornament: ◎ 林某某, □ 周某 (its place decides whether it signs or heads: bare-name). */
export function isOrnamentedName(text: string): boolean {
  const rest = withoutCreditOrnament(text);
  return rest !== text.trim() && isNameList(rest);
}

/** A credit without the ornament set before it: ◎ 林某某 → 林某某. */
export function withoutCreditOrnament(text: string): string {
  const t = text.trim();
  // (Most lines have none: no replace, no new string.)
  return ORNAMENTS.includes(t.charAt(0)) ? t.replace(CREDIT_ORNAMENT, '') : t;
}

/** An artwork's medium in brackets after its title: （中国画）, （油画）, （麦秆画）, （书法）, （篆刻）, （雕塑）, （剪纸）. */
const ARTWORK_MEDIUM = /[（(][^（()）]{0,6}(画|书法|篆刻|雕塑|剪纸)[）)]$/;

/** The title of an artwork printed on the page, with its medium (逐浪戏银珠（中国画）, 迎春（麦秆画）): a picture's item. */
export function isArtworkTitle(text: string): boolean {
  const t = text.trim();
  return !t.includes('\n') && t.length <= 24 && ARTWORK_MEDIUM.test(t);
}

const CONTRIBUTOR_WITH_ROLE = /^[\p{Script=Han}·]{2,8}[（(][^（()）]{0,30}(作家|诗人|总导演|导演|演员|教授|研究员|院士|编剧|歌唱家|画家|书法家|艺术家|作曲家|科学家|运动员|主教练|工程师|设计师|表演艺术家|主持人|劳动模范|全国劳模)[）)]$/u;

const SCHOOL = '(小学|中学|学校|幼儿园|附小|附中)([（(](小学部|初中部|高中部|中学部|国际部|[\\p{Script=Han}]{1,4}校区)[）)])?';
const PUPIL_CREDIT = new RegExp(`^([\\p{Script=Han}]{2,24}?${SCHOOL})?[ \\u3000]*([一二三四五六七八九]|[初高][一二三])[（(]\\d{1,2}[）)]班[ \\u3000]+[\\p{Script=Han}·]{2,5}$`, 'u');

const CONTRIBUTOR_COMMA_ROLE = /^[\p{Script=Han}·]{2,4}，[^，。！？!?；;：:“”]{2,24}(，[^，。！？!?；;：:“”]{2,24})?(教师|老师|校长|组长|主任|教授|研究员|专家|作家|诗人|画家|书法家|摄影师|编辑|律师|医师|医生|院长|所长|馆长|工程师|设计师|导演|演员|新秀|名师|带头人|评论家|策展人|主持人)$/u;

const SPACED_PHOTOGRAPHERS = /^([\p{Script=Han}·]{1,3}[ \u3000]+){2,}[\p{Script=Han}·]{1,3}(摄影报道|摄)([（(][^（()）]{2,12}[）)])?$/u;

/** A quotation's or note's signature: ——习近平 / ——编 者 / ——江西宜春市纪委书记 王 玮. */
export function isSignature(text: string): boolean {
  const t = text.trim();
  if (!/^(——|--)/.test(t)) return false;
  const rest = t.replace(/^(——|--)\s*/, '');
  return isNameList(rest) || /^编\s*者$/.test(rest) || (/[\s\u3000][\p{Script=Han}](\s?[\p{Script=Han}]){1,2}$/u.test(rest) && isNameList(rest.split(/[\s\u3000]+/).slice(-2).join(' ').replace(/^.*[、，,]/, '')) && rest.length <= 30);
}

const PHOTO_SOURCE_NOTE = /^(本版|本期|本文|文中|以上|上述)?(照片|图片)[^，,。！？\n]{0,20}(资料图片|资料照片|提供|供图)$|^([\p{Script=Han}]{2,16}(公司|集团|大学|学院|医院|研究院|研究所|博物馆|管委会|委员会|单位|部门|政府)|受访者|受访单位|受访企业)供图$/u;

const COMPILED_BY = /^(本版|本期|本文|以上)(文字|图片|照片|稿件|内容)?(均|分别)?由[^，,。！？\n]{2,60}(整理|提供|撰写|采写|供稿|翻译|编译)$/;

/** A closing credit line (layout/editor credits) that ends an article's text. */
export function isCreditLine(text: string): boolean {
  const t = text.trim();
  // Where the text was printed, as a reprint or a paper's web page ends it: 《某某日报》（2019年02月01日 01版）; a web page's
  // line of when and where from (发布时间：2019年02月01日 08:00 来源：某某网).
  if (isPrintedIn(t) || isWebArticleMeta(t)) return true;
  // A note that the people in the text are named otherwise: （文中受访者均为化名）, （应受访者要求，文中人物均为化名）.
  if (/^[（(][^（）()]{0,24}化名[）)]$/.test(t)) return true;
  if (/^(栏目)?(投稿邮箱|投稿信箱|邮箱|电子邮箱|联系电话)[：:]/.test(t) && t.length <= 60) return true;
  // A note on where the page's or the article's photos come from: 本版照片除署名外均为资料图片 / 图片均由湖南省博物馆提供.
  if (PHOTO_SOURCE_NOTE.test(t)) return true;
  // A page's or an article's compilers: 本版文字由庄红韬、乔雪峰整理.
  if (COMPILED_BY.test(t)) return true;
  // An event's organisers (主办单位：… / 承办单位：… / 协办单位：…): the notice's credits. Only the …单位 form signs on its
  // own: 主办方：… also opens an advertisement's copy.
  if (isOrganiserCredit(t) && /^[^：:]*单位[：:]/.test(t) && hanLength(t) <= 60) return true;
  // A bare e-mail address (a column's contact under its rubric).
  if (/^[\w.+-]+@[\w-]+(\.[\w-]+)+$/.test(t)) return true;
  // A page's credit set with a space instead of a colon: 本版摄影 记者 某某某 / 本版图片 新华社发.
  if (/^(本版|本期|本栏|本组)(摄影|图片|照片|撰文|文字|文图|图文)[ \u3000]+\S/.test(t) && t.length <= 30 && !/[，,。！？；]/.test(t)) return true;
  // A page's or an article's editors with a space instead of a colon: 责任编辑 王某, 责编 王某  美编 李某.
  if (EDITORS_SPACED.test(t) && isNameList(t.replace(EDITORS_SPACED_PARTS, ' ').trim())) return true;
  // (The part and the name apart by a slash as well: 制图/张三.)
  if (/^(本版|本期)?(制图|绘图|设计|版式|美编|编辑|责编|统筹|策划|漫画|插图|题图)[\/／][ \u3000]*[\p{Script=Han}·]{2,4}$/u.test(t)) return true;
  return /^(本版|本期|本栏)?(值班编委|值班主任|值班总编|值班编辑|版式设计|版面设计|版式|责任编辑|责编|美编|制图|绘图|图表制作|图表|编辑|统筹|策划|整理|供图|图片|图片来源|资料来源|资料整理|设计|数据来源|来源|稿件统筹|摄影|剧照|剧照摄影|插图|题图|配图|漫画)[：:]/.test(t) && t.length <= 60;
}

/** Editors' credits set with a space instead of a colon (责任编辑 王某), and the parts they name, for isCreditLine. */
const EDITORS_SPACED = /^(本版|本期)?(责任编辑|责编|美编|美术编辑|版式设计|校对)[ \u3000]+[\p{Script=Han}]/u;
const EDITORS_SPACED_PARTS = /(^|[ \u3000])(本版|本期)?(责任编辑|责编|美编|美术编辑|版式设计|校对)(?=[ \u3000])/gu;

/** A page referred to: a number (二, 12) or a section's page label (A2, B02). */
const PAGE_REF = '([A-Za-z]\\s*\\d{1,3}|[〇零一二三四五六七八九十\\d]+)';
/** A continuation marker in brackets: （下转第二版）, （上接A1版）, (详见第3版). */
// (下接 too. Not 相关报道见第四版: a pointer to other reports, not the rest of this one.)
// (A section's label may stand without 版: （下转A05）, 下转B2.)
const REF_OR_LABEL = '([A-Za-z]\\s*\\d{1,3}|[〇零一二三四五六七八九十\\d]+(?=[版页]))';
const CONT = new RegExp(`[（(]\\s*(下转|下接|上接|紧转|紧接|转至|转|接|续|详见|见)第?${REF_OR_LABEL}(版|页)?[^）)]{0,12}[）)]`);
/**
 * …or printed bare, with a verb that only a continuation uses, at the end of a paragraph or on a line of its own
 * (不少小年轻回来了。”下转B02版 / 上接B01版 / →下转4版).
 */
const BARE_CONT = new RegExp(`(?:^|(?<=[。！？”’…）)」』]))\\s*[▶►→>＞»]{0,3}\\s*(下转|上接|紧转|紧接|转至)第?${REF_OR_LABEL}(版|页)?\\s*$`);

/** Converts 二 / 十二 / 12 to a number. */
export function chineseNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  const d: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
  if (s === '十') return 10;
  const m = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/.exec(s);
  if (m) return (m[1] ? d[m[1]]! : 1) * 10 + (m[2] ? d[m[2]]! : 0);
  if (s.length === 1 && s in d) return d[s]!;
  return null;
}

/** Cheap guard for the page-pointer patterns below, all of which end in 版 or 页 (a hot path). */
function namesAPage(text: string): boolean {
  return text.includes('版') || text.includes('页') || LABEL_AT_END.test(text.slice(-8));
}

/** A section's page label at the end (详见A05, ▶A05, 下转B2): a city paper names its pages so, without 版. */
const LABEL_AT_END = /[A-Za-z]\s*\d{1,2}[）)]?\s*$/;

/** A continuation marker: which way it points, the page number or section label it names, and its text as printed. */
export interface ContinuationMarker {
  direction: 'to' | 'from';
  /** The page number, null when the marker names a section's page label or no page we can read. */
  page: number | null;
  /** The section's page label (A02 as printed, letter upper-cased), when it names one. */
  label?: string;
  text: string;
}

function marker(verb: string, ref: string, text: string): ContinuationMarker {
  const direction = verb === '上接' || verb === '接' || verb === '续' || verb === '紧接' ? 'from' : 'to';
  return { direction, ...pageRef(ref), text };
}

/** Continuation markers inside a text: （下转第二版）, （上接第一版）, (详见第二版), （下转A3版）, and a bare 下转B02版 at its end. */
export function findContinuations(text: string): ContinuationMarker[] {
  const out: ContinuationMarker[] = [];
  if (!namesAPage(text)) return out;
  const re = new RegExp(CONT.source, 'g');
  for (const m of text.matchAll(re)) out.push(marker(m[1]!, m[2]!, m[0]));
  const bare = BARE_CONT.exec(text.trimEnd());
  if (bare) out.push(marker(bare[1]!, bare[2]!, bare[0].trim()));
  return out;
}

/** Whether the whole block is just a continuation marker: （下转第二版）, 上接B01版. */
export function isContinuationOnly(text: string): boolean {
  if (!namesAPage(text)) return false;
  const t = text.trim();
  const m = CONT.exec(t);
  return (m !== null && m[0].length === t.length) || BARE_CONT.exec(t)?.[0].trim() === t;
}

/** The page a pointer names: its number, or a section's page label (A3) with a null number. */
export interface PageRef {
  page: number | null;
  label?: string;
}

function pageRef(ref: string): PageRef {
  const label = /^[A-Za-z]/.test(ref) ? parsePageLabel(ref.replace(/\s+/g, ''))?.label : undefined;
  return label ? { page: null, label } : { page: chineseNumber(ref) };
}

// (The mark may be doubled, >> / ▶▶, and other papers' verbs are 相关报道见, 更多报道请见, 请看.)
const POINTER_VERB = '(详见|见|转|相关(?:报道|新闻|评论)见|更多(?:报道|内容)请?见|请看)';
// (A section's label may stand without 版 after a verb or a mark: 详见A05, ▶A05.)
const POINTER = new RegExp(`^(?:[▶►▷→>＞◆●■]{0,3}\\s*${POINTER_VERB}第?${PAGE_REF}(版|页)|[▶►▷→>＞◆●■]{0,3}\\s*${POINTER_VERB}([A-Za-z]\\s*\\d{1,2})|[▶►▷→>＞]{1,3}\\s*([A-Za-z]\\s*\\d{1,2}))\\s*[》>]?$`);
const INLINE_POINTER = new RegExp(`^(.*?\\S)\\s*(?:[▶►▷→>＞◆●■]{1,3}\\s*${POINTER_VERB}第?${PAGE_REF}(版|页)|(?:[▶►▷→>＞◆●■]{1,3}\\s*|\\s)${POINTER_VERB}([A-Za-z]\\s*\\d{1,2})|[▶►▷→>＞]{1,3}\\s*([A-Za-z]\\s*\\d{1,2}))$`);

/** A teaser pointer line: ▶ 详见二版, 详见第3版, 见第五版, ▶详见A3版. The page it names, or undefined when it is none. */
export function teaserPointer(text: string): PageRef | undefined {
  if (!namesAPage(text)) return undefined;
  // (A section's page label alone, or a spread's, is a front page's pointer under a teaser's headline: A06, B02-B03.)
  const alone = BARE_LABEL.exec(text.trim());
  if (alone) return pageRef(alone[1]!);
  const m = POINTER.exec(text.trim());
  return m ? pageRef(m[2] ?? m[5] ?? m[6]!) : undefined;
}

const BARE_LABEL = /^([A-Za-z]\d{1,2})(?:[ \u3000]*[-—–~～至][ \u3000]*[A-Za-z]?\d{1,2})?版?$/;

/** A teaser printed on one line with its pointer: 我区实行慢病全链条管理 ▶ 详见二版. */
export function splitInlineTeaser(text: string): ({ title: string } & PageRef) | undefined {
  const t = text.trim();
  // A contents list's line: a teaser's headline (seven characters or more: a page's name, 城事  A05, is shorter), a wide
  // space, the page (地铁三号线二期年底通车  A05, …  第5版).
  // (Only a line ending in 版 or a label's digit is tried: this runs on every block.)
  const listed = /[版\d]$/.test(t) && !t.includes('\n') && t.length <= 60 ? LISTED_TEASER.exec(t) : null;
  if (listed && visibleLength(listed[1]!) >= 7 && !/[。！？，,；;]/.test(listed[1]!)) return { title: listed[1]!, ...pageRef(listed[2]!) };
  // …or led by a pointer's mark, the page after a space or in brackets: ▶ 冬季农业生产稳步推进 第二版, ▶某某某某（A05）.
  const marked = /^[▶►▷→>＞]/.test(t) && /[版\d）)]$/.test(t) && !t.includes('\n') && t.length <= 60 ? MARKED_TEASER.exec(t) : null;
  if (marked && visibleLength(marked[1]!) >= 4 && !/[。！？，,；;]/.test(marked[1]!)) return { title: marked[1]!, ...pageRef(marked[2]!) };
  if (!namesAPage(text)) return undefined;
  const m = INLINE_POINTER.exec(t);
  if (!m || m[1]!.replace(/\s/g, '').length < 4 || /[。！？]$/.test(m[1]!)) return undefined;
  return { title: m[1]!, ...pageRef(m[3] ?? m[6] ?? m[7]!) };
}

const MARKED_TEASER = new RegExp(`^[▶►▷→>＞]{1,3}[ \\u3000]*(\\S.*?\\S)(?:[ \\u3000]+|[ \\u3000]*[（(])第?([A-Za-z]\\d{1,2}|[A-Za-z]?[〇零一二三四五六七八九十\\d]+(?=版))版?[）)]?$`);
const LISTED_TEASER = new RegExp(`^(\\S.*\\S)[ \\u3000]{2,}第?([A-Za-z]\\d{1,2}|[A-Za-z]?[〇零一二三四五六七八九十\\d]+(?=版))版?$`);

/** A photo caption with its credit: 市民在公园赏花（张三 摄）. Short, no full stop. */
export function isCreditedCaption(text: string): boolean {
  const t = text.trim();
  if (t.includes('\n')) return false;
  // Both shapes below end in a closing bracket or in 摄 / 图 / 发 (供图, 新华社发): running text is ruled out at a glance.
  if (!CAPTION_ENDS.includes(t.charAt(t.length - 1) || '\n')) return false;
  const m = /^(.{2,40}?)\s*[（(]([^（()）]{2,20})[）)]$/.exec(t);
  // (（见图） / （如图） points the reader to the photo: a photo report's headline, not a credit.)
  if (m) return /(摄|供图|图)$/.test(m[2]!.trim()) && !/^(见|如|附|详见)[上下左右]?图$/.test(m[2]!.trim()) && !/[。！？]/.test(m[1]!) && !isBylineShape(m[1]!);
  // A caption with its credit after a space, the way 都市报 set them: 某某公园的樱花正值盛花期  记者 某某 摄 /
  // 机器人正在铲爆米花 某某展示中心供图.
  const s = SPACED_PHOTO_CREDIT.exec(t);
  // (A reporter's credit alone is no caption: 人民网记者 王 锐摄.)
  if (s && !/[，,：:；;]$/.test(s[1]!) && !/(记者|通讯员|摄影)$/.test(s[1]!) && !/[。！？].+/.test(s[1]!) && !isBylineShape(s[1]!) && hanLength(s[1]!) >= 4) return true;
  // Or a short caption (60 characters at most: a longer paragraph is a photo report's text) of a sentence or two with the
  // photographer named right after its full stop, as a reporter:
  // 图为村民在文化礼堂排练节目。光明日报记者 张某某摄.
  return t.length <= 60 && JOINED_PHOTO_CREDIT.test(t);
}

/** The last characters isCreditedCaption's two shapes can end in. */
const CAPTION_ENDS = '）)摄图发';
/** A photographer's name: 江玥, 欧阳某某, or a two-character name set apart (李 颖). */
const PHOTOGRAPHER = '(?:[\\p{Script=Han}·]{2,4}|\\p{Script=Han}[ \\u3000]{1,2}\\p{Script=Han})';
// (The photographer as any outlet styles its reporters: 本报记者, 光明日报记者, 新华社记者, 晚报首席记者, 某某周末记者.)
const SPACED_PHOTO_CREDIT = new RegExp(`^(.{4,50}?)[ \\u3000]+(([\\p{Script=Han}·]{0,10}(记者|通讯员)|实习生|特约摄影)?[ \\u3000]*${PHOTOGRAPHER}([ \\u3000、]+${PHOTOGRAPHER}){0,3}[ \\u3000]*摄|[\\p{Script=Han}]{2,20}供图|新华社发|视觉中国供图)$`, 'u');
/** A caption of a sentence or two, the photographer as a reporter right after it: 图为…。光明日报记者 张某某摄. */
const JOINED_PHOTO_CREDIT = new RegExp(`^[^。！？]{4,60}[。！？]([^。！？]{4,60}[。！？])?[ \\u3000]*[\\p{Script=Han}·]{0,10}(记者|通讯员)[ \\u3000]*[\\p{Script=Han}·]{1,4}([ \\u3000、]+[\\p{Script=Han}·]{1,4}){0,3}[ \\u3000]*摄$`, 'u');

/** 编者按：… / 编者的话 … */
export function isEditorsNote(text: string): boolean {
  if (/^[【\[]?(编者按|编者的话|编后|编辑手记)[】\]]?$/.test(text.trim())) return true;
  // (In brackets the label needs no colon: 【编者按】为了做好春耕，…)
  return /^[【\[]?(编者按|编者的话|编者|编后|编者附记)[】\]]?[：:\s]/.test(text.trim()) || /^[【\[](编者按|编者的话|编后|编者附记)[】\]]\S/.test(text.trim());
}

/**
 * A page header or footer line: page number and page name (2  综合新闻), a date with the
 * weekday, or the page's editor credits (责任编辑：周敏). Only taken as furniture at the top.
 */
export function isPageHeader(text: string): boolean {
  const t = text.trim();
  if (t.includes('\n')) return t.split('\n').every(isPageHeader);
  if (/^(第?\d{1,2}版?|[A-Z]\d{1,2})[\s\u3000]+[\p{Script=Han}·]{2,8}$/u.test(t)) return true;
  // (An e-paper's page label and name apart by a colon: 第03版：要闻, 第A02版：杭州新闻, 03版:要闻.)
  if (/^第?[ \u3000]*[A-Z]?\d{1,3}[ \u3000]*版[ \u3000]*[：:][ \u3000]*[\p{Script=Han}·]{2,10}$/u.test(t)) return true;
  if (/^[\p{Script=Han}·]{2,8}[\s\u3000]+(第?\d{1,2}版?|[A-Z]\d{1,2})$/u.test(t)) return true;
  if (/^\d{4}年\d{1,2}月\d{1,2}日/.test(t) && (/星期|周[一二三四五六日]|责任编辑|编辑|农历/.test(t) || t.length <= 12)) return true;
  if (/^农历/.test(t) && t.length <= 20) return true;
  // How many pages the issue has: 今日12版, 本期24版.
  if (/^(今日|本期)[\d〇零一二三四五六七八九十]{1,3}版$/.test(t)) return true;
  // (And the editors on duty that a front page names under its masthead: 值班编委：李某  值班主任：王某.)
  if (/(责任编辑|版面编辑|本版编辑|美术编辑|校对|值班编委|值班主任|值班总编|值班编辑)[：:]/.test(t) && t.length <= 60) return true;
  return isHeaderTokens(t);
}

/**
 * A page's running head as other papers set it, read word by word (words apart by spaces): every word is page furniture
 * (a page label or number A05 / 第3版 / 03版, a date 2026.1.8 / 2026年1月8日 / 2026-01-08, a weekday 星期四 / 周四, a lunar
 * date, an issue number 总第12345期, 今日24版, an editor's credit 责编 王某 / 美编：李某 with its name) except at most two short
 * names of the page (城事, 要闻·综合), and at least two words are furniture of those kinds, one of them a page label, a date
 * or a credit: A05 城事  2026.1.8 星期四  责编 王某  美编 李某  校对 陈某, 总第12345期  今日24版.
 */
function isHeaderTokens(t: string): boolean {
  if (t.length > 80 || /[。！？!?，,；;]/.test(t)) return false;
  const words = t.split(/[\s\u3000]+/).filter(Boolean);
  if (words.length < 2) return false;
  let strong = 0;
  let anchored = false;
  let names = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (/^(责任编辑|责编|编辑|美术编辑|美编|版式|版式设计|版面设计|校对|组版|本版编辑|图片编辑|视觉)[：:]?$/.test(w) && i + 1 < words.length && /^[\p{Script=Han}·]{2,4}$/u.test(words[i + 1]!)) {
      strong++;
      anchored = true;
      i++;
    } else if (/^(责任编辑|责编|编辑|美术编辑|美编|版式|版式设计|版面设计|校对|组版|本版编辑|图片编辑|视觉)[：:]?$/.test(w) && i + 2 < words.length && /^\p{Script=Han}$/u.test(words[i + 1]!) && /^\p{Script=Han}$/u.test(words[i + 2]!)) {
      // (a two-character name set apart, as papers set them: 美编 王 某)
      strong++;
      anchored = true;
      i += 2;
    } else if (/^(责任编辑|责编|编辑|美术编辑|美编|版式|校对|组版|本版编辑)[：:][\p{Script=Han}·]{2,4}$/u.test(w)) {
      strong++;
      anchored = true;
    } else if (/^([A-Z]\d{1,2}|第?\d{1,2}版|第[一二三四五六七八九十]{1,3}版)$/.test(w) || /^\d{4}([年.\-/])\d{1,2}(月|[.\-/])\d{1,2}日?$/.test(w)) {
      strong++;
      anchored = true;
    } else if (/^(星期|周)[一二三四五六日天]$/.test(w) || /^农历\S{2,10}$/.test(w) || /^(总)?第[\d〇零一二三四五六七八九十百]+期$/.test(w) || /^今日\d{1,3}版$/.test(w) || /^[\d]{1,2}$/.test(w)) {
      strong++;
    } else if (/^[\p{Script=Han}·]{2,6}$/u.test(w) && ++names <= 2) {
      // a short name of the page
    } else return false;
  }
  return strong >= 2 && (anchored || words.every((w) => /^(总)?第|^今日|^(星期|周)|^农历/.test(w)));
}

/** Publisher line: 主办：… 主管… 编辑… 出版… */
export function isPublisherLine(text: string): boolean {
  const t = text.trim();
  if (/^(国内统一连续出版物号|国际标准连续出版物号|邮发代号|CN\s?\d{2}-\d{4})/.test(t)) return true;
  // The paper's address with its post code or price, as the imprint sets it: 本报地址：某某路218号 邮编：310000 定价：1元.
  if (/^(本报|本刊|本社)?(地址|社址)[：:]/.test(t) && /(邮编|邮政编码|定价|零售价|每份)/.test(t)) return true;
  return /^(主办|主管|承办|协办|出版|主编|总编辑|社长|编辑|地址|电话)[：:\s]/.test(t) && /(主办|主管|出版|编辑|刊号|代号)/.test(t);
}

/** Issue number: 第45期, 总第1234期, 第3版. */
export function isIssueNumber(text: string): boolean {
  return /^(总)?第[\d〇零一二三四五六七八九十百]+(期|版|号)(\s*(总第[\d]+期))?$/.test(text.trim());
}

/** A publication name on its own: 金坛时报, 人民日报, 开发区专刊 (the one recogniser, ../masthead.ts). */
export function isPublicationName(text: string): boolean {
  return isMastheadName(text);
}

/** An organisation name, optionally with a parenthetical: 句容经济开发区 (黄梅街道). */
export function isOrganisationName(text: string): boolean {
  if (/[的了着]/.test(text)) return false;
  return /^[\p{Script=Han}]{2,16}(开发区|街道|园区|高新区|新区|管委会|委员会|政府|集团|公司|协会|镇|乡|县|区|市)\s*([（(][\p{Script=Han}]{2,10}[）)])?$/u.test(text.trim());
}

/** A motto / slogan box: a first line ending in a colon followed by short slogan lines. */
export function isMottoBox(text: string): boolean {
  const lines = text.split('\n').map((l) => l.trim());
  if (lines.length < 2) return false;
  if (!/[：:]$/.test(lines[0]!) || lines[0]!.length > 12) return false;
  // (A quotation under a speaker's colon — 某某发出威胁： / “下一个是某地” — is a headline, not a motto; so is a statement under
  // a speaker's name, 国台办： / 2019年两岸企业家紫金山峰会报名踊跃: a motto's lines are short slogans set in pairs,
  // 团结奋进 开放创新.)
  return lines.slice(1).every((l) => l.length <= 24 && !/[。，,]/.test(l) && !/^[“"].*[”"]$/.test(l) && l.split(/[ \u3000]+/).length >= 2 && l.split(/[ \u3000]+/).every((w) => w.length <= 6));
}

/** A bold banner printed as `**…**` (possibly over several lines). */
export function isBoldBanner(text: string): boolean {
  const t = text.trim();
  return t.startsWith('**') && t.endsWith('**') && t.length > 4 && t.length <= 80;
}

const PHONE_OR_WEB = /(^|[^\d])(\d{3,4}[-—－]\d{7,8}|400[-—－]?\d{3}[-—－]?\d{4}|1[3-9]\d{9})($|[^\d])|www\.|https?:\/\/|[\w.+-]+@[\w-]+\.[a-z]{2,}/i;

/**
 * Contact details: a line giving a telephone number, a web or an e-mail address (咨询电话：028—6871409 /
 * 400-898-6115  全国免费送货 / …官网 www.artsbird.com). Part of a notice's or an advertisement's text, not a headline.
 */
export function isContactLine(text: string): boolean {
  return PHONE_OR_WEB.test(text) || HOTLINE.test(text.trim());
}

/** A paper's hotline with its short number: 新闻热线 96068, 报料热线：88888888. */
const HOTLINE = /^[\p{Script=Han}]{0,6}(热线|电话)[：:]?[ \u3000]*\d{5,8}$/u;

const ISSUER_DATE = /^[\p{Script=Han}（）()·、]{4,40}[ \u3000]+((\d{4}|[〇零一二三四五六七八九]{4})年[\d〇零一二三四五六七八九十]{1,2}月[\d〇零一二三四五六七八九十]{1,3}日)$/u;

/**
 * A notice's or a letter's closing: who issued it and when, on one line
 * (寿光市高层次人才创业大赛组委会  2019年2月26日). Part of its text, not a headline.
 */
export function isIssuerAndDate(text: string): boolean {
  return ISSUER_DATE.test(text.trim());
}

/**
 * A notice's name set as its headline, a closed class (讣告, 讣 告, 寻人启事, 遗失声明, 公告, 通知, 更正): a notice is an item of
 * its own, never a section of the article over it.
 */
export function isNoticeName(text: string): boolean {
  return NOTICE_NAME.test(text.trim());
}

/** A notice's date alone on its line, as it closes the notice: 2026年12月7日, 二〇二六年十二月七日. */
export function isNoticeDate(text: string): boolean {
  return NOTICE_DATE.test(text.trim());
}

/** Who issues a notice, an organisation's name on its own line: 某某市城市管理局, 王某某同志治丧小组. */
export function isNoticeIssuer(text: string): boolean {
  const t = text.trim();
  return t.length <= 30 && NOTICE_ISSUER.test(t);
}

const NOTICE_DATE = /^(\d{4}|[〇零一二三四五六七八九]{4})年[\d〇零一二三四五六七八九十]{1,2}月[\d〇零一二三四五六七八九十]{1,3}日$/;
const NOTICE_ISSUER = /^[\p{Script=Han}（）()·]{2,30}(局|委员会|委|支队|大队|小组|公司|集团|政府|办公室|办|中心|协会|学会|厅|部|院|处|所|站|社|馆|会|街道|管委会)$/u;

const NOTICE_NAME = /^(讣[ \u3000]*告|(寻人|寻物|招聘|招生|征稿|征文|招租|拍卖|开业|迁址|更名)[ \u3000]*启[ \u3000]*事|启[ \u3000]*事|(遗失|严正|郑重|免责)?[ \u3000]*声[ \u3000]*明|公[ \u3000]*告|通[ \u3000]*告|公[ \u3000]*示|通[ \u3000]*知|更[ \u3000]*正|致[ \u3000]*歉|鸣[ \u3000]*谢|告[ \u3000]*示)$/;

/**
 * A line of a programme, led by its time slot (9:30-12:00 工业机器人技术分享沙龙（上午场）) or by a clock time set apart
 * from what starts then, as a broadcast schedule sets its rows (19:30 新闻联播). A headline names a time in its words
 * (24时起油价上调), not as a column.
 */
export function isTimeSlotLine(text: string): boolean {
  const t = text.trim();
  return /^\d{1,2}[:：]\d{2}\s*[-—–~～至]{1,2}\s*\d{1,2}[:：]\d{2}/.test(t) || (!t.includes('\n') && /^\d{1,2}[:：]\d{2}[ \u3000]+[^\s。！？!?]{1,30}$/u.test(t));
}

const FIGURE_ALONE = /^[约近超逾达共]?[\d.,，]+(多|余)?[十百千万亿]*(多|余)?([\p{Script=Han}]{0,2}|平方米|立方米|平方公里|千瓦时|公顷|万千瓦)[%‰％]?[多余]?$/u;

/**
 * A figure set alone on its line, as an infographic's callout: 252件, 2140亿元, 96.84%, 3.57万亿, 17万人次.
 * The e-paper keeps it in the article's text (with the sentence that explains it), never as a headline.
 */
export function isFigureAlone(text: string): boolean {
  const t = text.trim();
  // (Not a section's number as weeklies set it alone, 01, 02: a heading.)
  return FIGURE_ALONE.test(t) && /\d/.test(t) && !/^\d{4}年?$/.test(t) && !/^0[1-9]$/.test(t) && t.length <= 12;
}

/**
 * A prompt to scan a QR code set by a photo or a video (观看视频，请用手机扫描二维码 / 扫一扫，关注我们):
 * page furniture, not a headline or a kicker.
 */
/**
 * A web page's controls, kept by an extraction from a paper's e-paper site: a closed class of labels (上一篇, 下一篇, 上一版,
 * 返回目录, 版面导航, 点击查看大图, 打印本页, 关闭窗口, 分享到, 【字号 大 中 小】, 放大 缩小 默认), alone or several on one line.
 */
export function isWebControl(text: string): boolean {
  if (text.length > 60) return false;
  const t = text.trim();
  if (!WEB_CONTROL_FIRST.has(t.charAt(0))) return false;
  if (t.includes('\n') || t.length > 40) return false;
  const words = t.split(/[ \u3000|｜/]+|(?<=】)(?=【)/).map((w) => w.replace(/^[【\[]|[】\]]$/g, '').replace(/[：:]$/, '')).filter(Boolean);
  // (The text-size controls, 大 中 小 / 放大 缩小 默认, only together: a character alone is no control.)
  return words.length > 0 && words.every((w) => WEB_CONTROL.test(w) || (words.length >= 2 && TEXT_SIZE.test(w)));
}

const WEB_CONTROL = /^(上一篇|下一篇|上一版|下一版|上一期|下一期|返回(目录|首页|主页|顶部|版面|本版)|版面导航|本版导航|(点击)?查看大图|点击放大|打印(本页|本文|此文)?|关闭(窗口|本页)?|分享到|收藏(本文)?|往期(回顾|报纸)|PDF(下载|版)?)$/;
const TEXT_SIZE = /^(字号|大|中|小|放大|缩小|默认)$/;
/** The characters a control's label may start with (most blocks are ruled out by their first one). */
const WEB_CONTROL_FIRST = new Set([...'上下返版本点查打关分收往字放缩默大中小P【[']);

export function isQrPrompt(text: string): boolean {
  const t = text.trim();
  return !t.includes('\n') && t.length <= 40 && !/[。]/.test(t) && /(扫描|扫)(下方|上方|右侧|左侧|图中|文中)?(二维码|码)|扫一扫/.test(t);
}

/** An event's organiser credit, a closed class of labels: 主办单位：…, 承办单位：…, 协办单位：…, 主办方：…, 指导：…. */
export function isOrganiserCredit(text: string): boolean {
  return /^(联合)?(主办|承办|协办|支持|特别支持|指导|出品)(单位|方)?[：:]\S/.test(text.trim());
}

const FIELD = /[\p{Script=Han}]{2,5}[：:][ \u3000]*[^：:\s][^：:]*?/u;
const TABLE_ROW = new RegExp(`^${FIELD.source}([ \\u3000]{2,}${FIELD.source}){1,4}$`, 'u');

/**
 * A row of a table or a form set as labelled fields on one line, two or more of them apart by wide spaces
 * (书名：黄雀记               作者：苏童): a list's entry, text like the list, not a headline.
 */
export function isLabelledFieldRow(text: string): boolean {
  const t = text.trim();
  return !t.includes('\n') && TABLE_ROW.test(t);
}

/**
 * The label of an excerpt naming its source work, its writer and its year (《回延安》，贺敬之，发表于1956年 /
 * 《平凡的世界》，路遥，出版于1986年): it heads a quotation inside a feature, never an article of its own.
 */
export function isWorkCitation(text: string): boolean {
  return /^《[^《》]{1,30}》[，,][ \u3000]*[\p{Script=Han}·]{2,10}[，,][ \u3000]*(发表|出版|创作|写|首演|上映|首播|刊)于?[ \u3000]*(\d{4}|[〇零一二三四五六七八九]{4})年/u.test(text.trim());
}

/**
 * The mark set under an advertorial (·广告·, between middle dots): page furniture labelling the item above it, not a
 * headline. (A plain 广告 over an advertisement is that item's title, as the e-paper files it.)
 */
export function isAdvertorialMark(text: string): boolean {
  return /^[·・•][ \u3000]*广[ \u3000]*告[ \u3000]*[·・•]$/.test(text.trim());
}

/**
 * A table's row set as columns on one line, its cells apart by runs of four spaces or more (时间        议程 /
 * 管理局        副局长        3): text of the table, not a headline — a headline's words are set apart by one or two.
 */
export function isColumnRow(text: string): boolean {
  const t = text.trim();
  return !t.includes('\n') && /\S[ \u3000]{4,}\S/.test(t);
}

/**
 * A row of a data box, words and figures apart by spaces, one of the figures a measure that a headline does not set apart
 * (a score 102:98, a share or change +0.52%, a temperature -2℃～8℃, a decimal 3256.78), led by a word and every other word
 * short: 今天 晴 -2℃～8℃ 北风3级,
 * 辽宁 102:98 广东, 上证指数 3256.78 +0.52%; a standings table's row, 1 上海队 30分; a fixture with its time, 今晚19:35 浙江队 VS
 * 山东队（央视体育频道直播）. Text (the box's), not a headline.
 */
export function isDataRow(text: string): boolean {
  const t = text.trim();
  if (t.includes('\n') || t.length > 60 || /[。，,；;！？!?、]/.test(t)) return false;
  // A standings table's row (1 上海队 30分, 2 浙江队 9胜 3负 28分) or a fixture with its time (今晚19:35 浙江队 VS 山东队（…直播）).
  if (STANDING_ROW.test(t) || FIXTURE_ROW.test(t)) return true;
  const words = t.split(/[ \u3000]+/);
  // (Led by a word, not by the figure — 10.6%  春节假期民航运送旅客增长 is an infographic's headline, 11.17 上海大剧院 a
  // listing's date — and every other word short: a name, a place, a condition, not a clause.)
  // (Nor a headline stating a change, CPI 同比上涨 2.8%: a row's words name, they do not report.)
  return words.length >= 2 && !DATA_FIGURE.test(words[0]!) && words.some((w) => DATA_FIGURE.test(w)) && words.every((w) => DATA_FIGURE.test(w) || (hanLength(w) <= 6 && !/(增长|上涨|下降|下跌|提高|降低|突破|达到|超过|回落|回升|[增涨降跌]幅?)$/.test(w)));
}

const STANDING_ROW = /^\d{1,2}[ \u3000]+[\p{Script=Han}A-Za-z·]{2,10}([ \u3000]+\d+(\.\d+)?(分|胜|负|平|场|球|枚|金|银|铜|秒|米)?){1,6}$/u;
const FIXTURE_ROW = /^[\p{Script=Han}]{0,4}\d{1,2}[:：]\d{2}[ \u3000]+[\p{Script=Han}A-Za-z·]{2,12}[ \u3000]*(VS|vs|Vs|V\.S\.|对阵)[ \u3000]*[\p{Script=Han}A-Za-z·]{2,12}([（(][^（()）]{2,20}[）)])?$/u;
const DATA_FIGURE = /^([+\-−]?\d+(\.\d+)?%|[+\-−]?\d+\.\d+|\d{1,3}[:：]\d{1,3}|-?\d+(\.\d+)?℃?[～~\-—至]-?\d+(\.\d+)?℃|-?\d+(\.\d+)?℃)$/;

/** A numbered table's or figure's caption (表1  中国大陆中小城市的构成及其数量（广义）, 图2  …): part of the text it illustrates. */
export function isNumberedTableCaption(text: string): boolean {
  const t = text.trim();
  return !t.includes('\n') && t.length <= 60 && /^(表|图)[ \u3000]?\d{1,2}[ \u3000]+\S/.test(t);
}
