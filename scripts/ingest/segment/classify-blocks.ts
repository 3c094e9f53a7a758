import type { FurnitureKind } from '../types.ts';
import type { Block } from './block.ts';
import { anyCueOff, cueOn } from './cues-off.ts';
import { clausePunctuationCount, endsSentence, fitsHeadlineLine, hanCount, isChineseText, visibleLength, visibleLengthExceeds } from './text-shape.ts';
import {
  isAdvertorialMark, isWebControl, isBoldBanner, isBylineShape, isColumnRow, isContactLine, isLabelledFieldRow, isNumberedTableCaption, isWorkCitation, isFigureAlone, isIssuerAndDate, isQrPrompt, isTimeSlotLine, isNoticeDate, isNoticeIssuer, isContinuationOnly, isEditorsNote, isIssueNumber, isMottoBox, isNameList,
  isPublisherLine, isReporterLine, isSignature, splitInlineTeaser, isCreditedCaption, findContinuations, startsWithDateline, teaserPointer, withoutCreditOrnament, isDataRow,
} from './patterns.ts';

/** What a block looks like on its own, before its neighbours are considered. */
export type BlockKind =
  | 'furniture' // publisher line, issue number, motto box, bold banner
  | 'short-stack' // several short unpunctuated lines in one block (QR-code labels, mastheads)
  | 'teaser-pointer' // ▶ 详见二版 (alone, or after the teaser's title on the same line)
  | 'caption' // 市民在公园赏花（张三 摄）
  | 'editors-note' // 编者按：…
  | 'continuation' // a block that is only （下转第二版）
  | 'byline' // a sign-off or credit: （刘颖 马吉）, 蒋建君/文, 本报记者 XXX
  | 'name' // a bare personal name: a byline after body text, a headline elsewhere
  | 'dateline' // running text opening with 本报讯 / 新华社…电
  | 'headline' // short, unpunctuated: a headline, section heading, caption or furniture
  | 'body'; // running text

export interface ClassifiedBlock {
  block: Block;
  kind: BlockKind;
  furniture?: FurnitureKind;
}

const ENUMERATION = /[^，,、；;：:\s]{1,8}(、[^，,、；;：:\s]{1,8}){2,}/g;

/** Whether a one-line text has the shape of a headline: short, no sentence-final stop, few clause marks. */
export function isHeadlineShaped(text: string): boolean {
  const t = text.trim();
  if (t.includes('\n') || visibleLengthExceeds(t, 72)) return false; // (running text: not counted to its end)
  const len = visibleLength(t);
  // (A headline of more than 64 characters is a long statement of one event — 李克强将出席…并对…进行正式访问、出席…
  // — with at most one clause mark; a longer line with more is a summary sentence or a sign-off.)
  if (len === 0 || len > 72 || (len > 64 && clausePunctuationCount(t) > 1)) return false;
  if (/[。；;]/.test(t.replace(/[（(“"][^）)”"]*[）)”"]/g, ''))) return false;
  if (/[，,、：:]$/.test(t)) return false;
  if (endsSentence(t) && !(len <= 24 && /([！？!?]|……)[”’]?$/.test(t) && (t.match(/[，,]/g) ?? []).length <= 1)) return false;
  // (In a line with no comma, an enumeration of names — 保加利亚、罗马尼亚、捷克、斯洛伐克、匈牙利和波兰 — counts as one clause mark.)
  const unbracketed = t.replace(/[（(][^）)]*[）)]/g, '');
  if (clausePunctuationCount(/[，,]/.test(unbracketed) ? unbracketed : unbracketed.replace(ENUMERATION, '、')) > 3) return false;
  if (!isChineseText(t) && len > 40) return false;
  return true;
}

/** Classifies a block by its own shape: the first of BLOCK_CUES that fires, else body. */
export function classifyBlock(block: Block): ClassifiedBlock {
  const cue = firstBlockCue(block);
  if (!cue) return { block, kind: 'body' };
  return cue.furniture ? { block, kind: cue.kind, furniture: cue.furniture } : { block, kind: cue.kind };
}

/** The first block cue that fires on a block (BLOCK_CUES, in order); undefined: running text. */
export function firstBlockCue(block: Block): BlockCue | undefined {
  const t = block.text.trim();
  for (const c of BLOCK_CUES) if (c.test(t, block) && (!anyCueOff() || cueOn(c.id))) return c;
  return undefined;
}

/**
 * A cue telling what a block is by its own shape. The cues are tried in order and the first that fires decides (a
 * block none fires on is running text, body). `examples` are blocks (lines joined with \n) on which this cue is the
 * first to fire (tests/ingest/segment/classify-blocks.test.ts checks every one); cues.md lists them.
 */
export interface BlockCue {
  id: string;
  kind: BlockKind;
  furniture?: FurnitureKind;
  doc: string;
  examples: readonly string[];
  test: (text: string, block: Block) => boolean;
}

/** Several lines set as one block, none joined across a column break, not a pull quote: its trimmed lines. */
const setLines = (t: string, b: Block): string[] | undefined => (t.includes('\n') && b.joins.length === 0 && !b.quotedAlone ? t.split('\n').map((l) => l.trim()) : undefined);

const LETTER_DATE = /^[（(]?(\d{4}|[〇零一二三四五六七八九]{4})年[\d〇零一二三四五六七八九十]{1,2}月([\d〇零一二三四五六七八九十]{1,3}日)?[）)]?$/;
const SALUTATION = /^(同志们|朋友们|女士们|先生们|同学们|乡亲们|各位来宾)[、，,\s]*((同志们|朋友们|女士们|先生们|同学们|乡亲们)[、，,\s]*)*[！!：:]$/;
const WRITTEN_AT = /^[（(]?((\d{4}|[〇零一二三四五六七八九]{4})年[^，,。（()）\n]{0,8})?(写|作|草|完稿|成稿|定稿)于[^，,。！？（()）\n]{2,30}[）)]?$/;

/**
 * A block that is the paper's own name (its folder's name, spaces ignored: 南 方 周 末), wherever it stands, is its masthead:
 * the name of a paper the recogniser of papers' names (../masthead.ts) does not know, such as a weekly's (某某周末).
 */
export function markOwnName(blocks: ClassifiedBlock[], name: string | undefined): ClassifiedBlock[] {
  const own = name?.replace(/\s+/g, '');
  // (A name of three characters or more: a folder named for a supplement's short rubric, 读书, may also be a heading.)
  if (!own || own.length < 3 || !/\p{Script=Han}/u.test(own)) return blocks;
  // (Only a block as short as the name spaced out can be it: most blocks are ruled out by their length. The page's own
  // array is returned when no block is the name: a copy of every page's array cost the segmenter some 10 %.)
  // (Or the name and a supplement's after a middle dot, as a supplement's masthead sets them: 某某晚报·健康周刊, 某某晚报·读书;
  // a longer line after the dot is a headline: 某某晚报·读书会报名开始.)
  const longest = own.length * 3 + 12;
  const isOwn = (c: ClassifiedBlock) => {
    if (c.block.text.length > longest || c.kind === 'furniture' || c.block.text.trimStart().charAt(0) !== own.charAt(0)) return false;
    const folded = c.block.text.replace(/\s+/g, '');
    return folded === own || (folded.startsWith(own) && SUPPLEMENT_AFTER_NAME.test(folded.slice(own.length)));
  };
  if (!blocks.some(isOwn)) return blocks;
  return blocks.map((c) => (isOwn(c) ? { ...c, kind: 'furniture', furniture: 'masthead' } : c));
}

const SUPPLEMENT_AFTER_NAME = /^[·・•]([\p{Script=Han}]{2,4}|[\p{Script=Han}]{1,6}(周刊|副刊|专刊|特刊))$/u;

/** Who issued a notice, an organisation to a line, then its date: 某某市公安局交通警察支队 / 某某市城市管理局 / 2026年12月8日. */
function isIssuerLines(t: string): boolean {
  if (!t.includes('\n')) return false;
  const lines = t.trim().split('\n').map((l) => l.trim());
  if (lines.length > 6 || !isNoticeDate(lines.at(-1)!)) return false;
  return lines.slice(0, -1).every((l) => isNoticeIssuer(l));
}

/** The mark some papers set before a photo's caption: ▲, △, ↑, ↓, ←. */
const CAPTION_MARK = /^[▲△↑↓←][ \u3000]*(?=\S)/;

export const BLOCK_CUES: readonly BlockCue[] = [
  { id: 'publisher-line', kind: 'furniture', furniture: 'publisher', doc: "the publisher's line: 主办 / 主管 / 出版 …, or the paper's address with its post code or price", examples: ['主办：中共常州市金坛区委员会 主管部门：中共常州市金坛区委宣传部', '本报地址：某某市体育场路218号 邮编：310000 定价：1元'], test: (t) => isPublisherLine(t) },
  { id: 'issue-number', kind: 'furniture', furniture: 'issue-number', doc: 'the issue number: 第45期', examples: ['第45期'], test: (t) => isIssueNumber(t) },
  { id: 'motto-box', kind: 'furniture', furniture: 'motto', doc: 'a motto box: a label with a colon over pairs of short slogans', examples: ['开发区精神：\n团结奋进 开放创新\n包容担当 务实诚信'], test: (t) => isMottoBox(t) },
  { id: 'bold-banner', kind: 'furniture', furniture: 'banner', doc: 'a banner set in bold across the page: **…**', examples: ['**践行嘱托开新局\n——争当表率、争做示范、走在前列**'], test: (t) => isBoldBanner(t) },
  { id: 'web-controls', kind: 'furniture', furniture: 'other', doc: "a web page's controls an extraction from a paper's e-paper site kept: 上一篇, 返回目录, 版面导航, 点击查看大图, 【字号 大 中 小】", examples: ['上一篇', '上一篇 下一篇', '返回目录', '点击查看大图', '【字号 大 中 小】', '【打印】【关闭】'], test: (t) => isWebControl(t) },
  { id: 'qr-prompt', kind: 'furniture', furniture: 'other', doc: 'a prompt to scan a QR code', examples: ['观看视频，请用手机扫描二维码', '扫一扫，关注我们'], test: (t) => isQrPrompt(t) },
  { id: 'advertorial-mark', kind: 'furniture', furniture: 'other', doc: 'the mark under an advertorial: ·广告·', examples: ['·广告·'], test: (t) => isAdvertorialMark(t) },
  { id: 'teaser-pointer', kind: 'teaser-pointer', doc: 'a pointer to another page, alone or after a teaser on its line: ▶ 详见二版, ▶ 详见A3版; a contents list\'s line: 某某某某某某  A05; a page\'s label alone under a teaser: A06', examples: ['▶ 详见二版', '我区实行慢病全链条管理 ▶详见二版', '▶详见A3版', '>>详见A05版', '相关报道见第五版', '地铁三号线二期年底通车  A05', 'B02-B03'], test: (t) => teaserPointer(t) !== undefined || !!splitInlineTeaser(t) },
  {
    // (A line led by the caption mark that many papers set under a photo, ▲ / ↑, is one too when short enough for a
    // headline: ▲市民在公园赏花. A longer sentence after the mark stays text, as a list's ▲ points may be.)
    id: 'credited-caption', kind: 'caption', doc: "a photo caption with its photographer's credit, in brackets or after a space, or led by a caption mark (▲, ↑)",
    examples: ['市民在公园赏花（张三 摄）', '▲市民在公园赏花', '▲市民在公园赏花。记者 张三 摄'],
    test: (t) => isCreditedCaption(t) || (CAPTION_MARK.test(t) && !t.includes('\n') && (isHeadlineShaped(t.replace(CAPTION_MARK, '')) || /(摄|供图|摄影)$/.test(t))),
  },
  { id: 'editors-note', kind: 'editors-note', doc: "an editor's note: 编者按：…, 【编者按】…", examples: ['编者按：今年以来，我区统筹推进疫情防控。', '【编者按】为了做好春耕，本报推出系列报道。'], test: (t) => isEditorsNote(t) },
  { id: 'continuation-only', kind: 'continuation', doc: 'a continuation marker alone: （下转第二版）, 上接B01版', examples: ['（下转第二版）', '上接B01版'], test: (t) => isContinuationOnly(t) },
  {
    id: 'issuer-lines', kind: 'byline', doc: "a notice's issuers and its date on lines of one block, the date last: they sign the notice",
    examples: ['某某市公安局交通警察支队\n某某市城市管理局\n2026年12月8日', '某某某治丧小组\n2026年12月8日'], test: (t) => isIssuerLines(t),
  },
  { id: 'reporter-lines', kind: 'byline', doc: "two to four lines in one block, each a reporter's line", examples: ['某某周末记者 张某某\n某某周末实习生 李某', '本报记者 张三\n本报通讯员 李四'], test: (t) => t.includes('\n') && isReporterLine(t) },
  {
    // (Four lines or more are a poem's stanza or a list, set as they are: text.)
    id: 'short-lines', kind: 'short-stack', doc: 'two or three short unpunctuated lines in one block (QR labels, a masthead)', examples: ['金坛时报\n数字微报'],
    test: (t, b) => { const lines = setLines(t, b); return !!lines && lines.length <= 3 && lines.every((l) => visibleLength(l) <= 14 && !/[。，,；;！!？?]/.test(l)); },
  },
  {
    // (A line over the rest may end in a colon: 某某发出威胁： / “下一个是某地”. The last line may be a long deck under the
    // title, as a headline's lines kept together set it: 某某会见某某 / 某某强调，…)
    id: 'headline-lines', kind: 'short-stack', doc: 'a headline set on two or three lines of one block: every line headline-shaped, none ending a sentence, all short but a deck under the title',
    examples: ['某医院专家团队每周坐诊某国医馆\n为中老年人调理慢性病', '某国发出威胁，下一步会如何：\n“下一个是某地”', '某某会见某国际组织负责人\n某某强调，中方高度重视筹办某运动会，目前各项工作进展顺利'],
    test: (t, b) => {
      const lines = setLines(t, b);
      return !!lines && lines.length <= 3 && lines.every((l, i) => fitsHeadlineLine(l, i, lines.length) && isChineseText(l) && isHeadlineShaped(i < lines.length - 1 ? l.replace(/[：:]$/, '') : l));
    },
  },
  { id: 'reporter-line', kind: 'byline', doc: "a reporter's line or a signature: 本报记者 张三, ◎ 记者 张三 通讯员 李四, ——编 者", examples: ['本报记者 吴储岐', '◎ 记者 张三 通讯员 李四', '——编  者'], test: (t) => isReporterLine(t) || isSignature(t) },
  { id: 'dateline', kind: 'dateline', doc: 'running text opened by a dateline: 本报讯, 新华社北京2月1日电, 据…报道', examples: ['本报讯 昨天上午，区纪委监委组织收看报告会。', '本报北京2月1日电  （记者王浩）春运开始了。', '某视网消息（新闻联播）：1日，某地召开会议。', '晚报讯（记者 张三）昨天，某地召开会议。'], test: (t) => startsWithDateline(t) },
  { id: 'bare-name', kind: 'name', doc: "a bare personal name (or names), after an ornament or not: a byline after text, a headline elsewhere", examples: ['李鹏宇', '◎ 林某某'], test: (t) => isNameList(withoutCreditOrnament(t)) },
  {
    id: 'byline-shape', kind: 'byline', doc: 'a sign-off or credit: （刘颖 马吉）, 蒋建君/文, 中车长客公司供图, （责任编辑：李四）, （完）',
    examples: ['蒋建君/文 浦映/摄', '（责任编辑：李四）', '（完）', 'yxxz8494@163.com', '本版照片除署名外均为资料图片', '中车长客公司供图', '四川攀枝花市  尹  远'],
    test: (t) => isBylineShape(t),
  },
  { id: 'letter-date', kind: 'body', doc: "a date on its own line (a letter's or a document's): text", examples: ['2019年2月26日', '（二〇一九年二月）'], test: (t) => LETTER_DATE.test(t) },
  {
    id: 'ornament-or-salutation', kind: 'body', doc: "an omission mark (……), a section-break ornament (※  ※  ※) or a speech's salutation (同志们、朋友们！): text",
    examples: ['……', '※  ※  ※', '同志们、朋友们！'], test: (t) => /^[…⋯.。·]+$/.test(t) || /^[※＊*◆◇☆★\s\u3000]+$/.test(t) || SALUTATION.test(t),
  },
  {
    // (So is a programme's line led by its time slot: 9:30-12:00 工业机器人技术分享沙龙.)
    id: 'contact-or-notice', kind: 'body', doc: "contact details, a notice's issuer and date, or a programme's time slot: text",
    examples: ['咨询电话：028—6871409', '新闻热线 96068', '寿光市高层次人才创业大赛组委会　　2019年2月26日', '9:30-12:00 工业机器人技术分享沙龙（上午场）', '19:30 新闻联播', '第二十一届中国上海国际艺术节官网 www.artsbird.com'],
    test: (t) => !t.includes('\n') && (isContactLine(t) || isIssuerAndDate(t) || isTimeSlotLine(t)),
  },
  { id: 'written-at', kind: 'body', doc: 'where and when a letter or poem was written, under its writer: text', examples: ['写于蒙古国首都乌兰巴托', '（2019年春草于北京）'], test: (t) => WRITTEN_AT.test(t) },
  { id: 'figure-alone', kind: 'body', doc: "a figure alone on its line (an infographic's callout): text", examples: ['252件', '96.84%', '2140亿元'], test: (t) => isFigureAlone(t) },
  { id: 'appended-or-pointer', kind: 'body', doc: 'an appended note (附：…) or a line sending the reader to another page: text', examples: ['附：一览表（详见第二版）'], test: (t) => /^附[：:]/.test(t) || findContinuations(t).length > 0 },
  {
    id: 'table-row', kind: 'body', doc: "a table's row of labelled fields or columns, a data box's row of words and figures, a work's citation, a numbered table's caption: text",
    examples: ['书名：黄雀记   作者：苏童', '《回延安》，贺敬之，发表于1956年', '表1  中国大陆中小城市的构成及其数量（广义）', '今天 晴 -2℃～8℃ 北风3级', '上证指数 3256.78 +0.52%'],
    test: (t) => isLabelledFieldRow(t) || isWorkCitation(t) || isColumnRow(t) || isNumberedTableCaption(t) || isDataRow(t),
  },
  { id: 'headline-shape', kind: 'headline', doc: 'one short line without a sentence-final stop and with few clause marks: a headline, section heading or caption', examples: ['区领导带队开展双拥办实事活动', '年度发展关键词“稳”——'], test: (t) => !t.includes('\n') && isHeadlineShaped(t) },
];

/**
 * A rule that changes a block's kind by the block before it (or the block before by the block after it), after every
 * block was classified on its own. The rules run in order, each over the whole page. `examples`: blocks of a page and the
 * kinds they end with (a test checks them; cues.md lists them).
 */
export interface NeighbourCue {
  id: string;
  doc: string;
  examples: readonly { blocks: readonly string[]; kinds: readonly BlockKind[] }[];
  /** The block's new kind, or undefined to leave it. */
  relabel?: (prev: ClassifiedBlock, cur: ClassifiedBlock) => BlockKind | undefined;
  /** The new kind of the block before, by the block after it, or undefined to leave it. */
  relabelBefore?: (prev: ClassifiedBlock, cur: ClassifiedBlock) => BlockKind | undefined;
}

/**
 * A headline kept on the lines of one block whose deck under the title is too long for a headline's line (a summary of
 * the report, 习近平：中方支持…。塔米姆：…): the block stands right over the report's dateline, its first line is
 * headline-shaped and shorter than the longest line under it (a paragraph hard-wrapped over lines has its first line as
 * long as any), and it has two or three lines.
 */
function isTitleOverLongDeck(c: ClassifiedBlock): boolean {
  if (c.kind !== 'body') return false;
  const lines = setLines(c.block.text, c.block);
  if (!lines || lines.length > 3 || !isChineseText(lines[0]!) || !isHeadlineShaped(lines[0]!)) return false;
  const first = visibleLength(lines[0]!);
  return lines.slice(1).some((l) => visibleLength(l) > first * 1.25) && lines.slice(1).every((l) => l !== '' && !startsWithDateline(l));
}

export const NEIGHBOUR_CUES: readonly NeighbourCue[] = [
  {
    id: 'question-after-signoff',
    doc: 'right after a sign-off, a question or exclamation of up to 34 characters with at most one comma opens the next item: a headline',
    examples: [
      { blocks: ['（作者单位：河北北方学院）', '决战决胜脱贫攻坚，中央一号文件头号硬任务如何完成？', '中央一号文件发布。'], kinds: ['byline', 'headline', 'body'] },
      { blocks: ['会议指出，要抓落实。', '决战决胜脱贫攻坚，中央一号文件头号硬任务如何完成？'], kinds: ['body', 'body'] },
    ],
    relabel: (prev, cur) => {
      if (cur.kind !== 'body' || prev.kind !== 'byline') return undefined;
      const t = cur.block.text.trim();
      return !t.includes('\n') && /[？?！!]$/.test(t) && visibleLength(t) <= 34 && (t.match(/[，,]/g) ?? []).length <= 1 && !/[。；;：:]/.test(t) ? 'headline' : undefined;
    },
  },
  {
    id: 'speaker-series',
    doc: "a line in a series of quoted speakers' lines led by the same label is one more of them: text, though short enough for a headline",
    examples: [{ blocks: ['网友“吉安老陈”：看了阅兵，热血沸腾，为祖国骄傲！', '网友“行天下”：祝福祖国越来越好！'], kinds: ['body', 'body'] }],
    relabel: (prev, cur) => (cur.kind === 'headline' && prev.kind === 'body' && sameSpeakerLabel(prev.block.text, cur.block.text) ? 'body' : undefined),
  },
  {
    id: 'field-value',
    doc: "a date, time, number or phone number under a one-line label ending in a colon is the label's value: text (a name over a colon stays a kicker)",
    examples: [
      { blocks: ['春天的公园里游人如织。', '活动截止时间：', '4月6日14:00'], kinds: ['body', 'body', 'body'] },
      { blocks: ['欢迎来电。', '咨询电话：', '0571-88888888'], kinds: ['body', 'body', 'body'] },
      { blocks: ['通报如上。', '国家税务总局：', '个税零申报并不影响纳税记录连续性（回应）'], kinds: ['body', 'body', 'headline'] },
      { blocks: ['三江源国家公园体制试点取得突破。', '菲氏叶猴：', '丛林深处是我家'], kinds: ['body', 'body', 'headline'] },
    ],
    relabel: (prev, cur) => (cur.kind === 'headline' && prev.kind === 'body' && isFieldLabel(prev.block.text) && isFieldValue(cur.block.text) ? 'body' : undefined),
  },
  {
    id: 'title-over-long-deck',
    doc: "two or three lines of one block right over a dateline, the first a headline and a longer one under it: a headline whose deck is too long for a headline's line (kept together with its title), not text",
    examples: [
      { blocks: ['某国元首举行会谈\n某某：中方支持某国自主探索符合本国国情的发展道路，赞赏某国坚定奉行一个中国政策。双方要进一步对接发展战略。', '本报北京1月31日电 （记者某某）国家主席某某31日同某国元首举行会谈。'], kinds: ['short-stack', 'dateline'] },
      { blocks: ['会议强调，要把稳就业放在更加突出位置，\n抓好各项政策落实。', '本报北京1月31日电 （记者某某）国务院常务会议31日召开。'], kinds: ['body', 'dateline'] },
    ],
    relabelBefore: (prev, cur) => (cur.kind === 'dateline' && isTitleOverLongDeck(prev) ? 'short-stack' : undefined),
  },
];

/** Classifies every block: on its own (BLOCK_CUES), then by the block before it (NEIGHBOUR_CUES), then joins a figure and its explanation. */
export function classifyBlocks(blocks: Block[]): ClassifiedBlock[] {
  const out = blocks.map(classifyBlock);
  for (const cue of NEIGHBOUR_CUES) {
    if (!cueOn(cue.id)) continue;
    for (let i = 1; i < out.length; i++) {
      const kind = cue.relabel?.(out[i - 1]!, out[i]!);
      if (kind) out[i] = { ...out[i]!, kind };
      const before = cue.relabelBefore?.(out[i - 1]!, out[i]!);
      if (before) out[i - 1] = { ...out[i - 1]!, kind: before };
    }
  }
  // The label or sentence explaining an infographic's figure, right under it (17万人次 / 春节期间全国日均出动警力17万人次、
  // 警车6万余辆次; 416.9亿元 / 西南四省份经广西口岸进出口货物价值), is text like the figure, not a headline.
  // (So is the sentence under the label when it repeats the figure: 416.9亿元 / 西南四省份经广西口岸进出口货物价值 /
  // 2018年，西南四省份…416.9亿元.)
  // The figure and what explains it are one paragraph (a callout), not a lead-in over the next headline.
  const merged: ClassifiedBlock[] = [];
  for (let i = 0; i < out.length; i++) {
    if (out[i]!.kind !== 'body' || !isFigureAlone(out[i]!.block.text)) {
      merged.push(out[i]!);
      continue;
    }
    const digits = /\d[\d.]*/.exec(out[i]!.block.text)![0];
    let j = i + 1;
    while (j <= i + 2 && j < out.length && out[j]!.block.gapBefore < 2 &&
      ((out[j]!.kind === 'headline' && (j === i + 1 || out[j]!.block.text.includes(digits))) || (out[j]!.kind === 'body' && j === i + 1 && out[j]!.block.text.includes(digits)))) j++;
    merged.push(j === i + 1 ? out[i]! : { block: joinLines(out.slice(i, j).map((c) => c.block)), kind: 'body' });
    i = j - 1;
  }
  return merged;
}

/** A label of a field on a line of its own, its value on the next line: 活动截止时间：, 报名方式：. */
export function isFieldLabel(text: string): boolean {
  const t = text.trim();
  return !t.includes('\n') && /[：:]$/.test(t) && visibleLength(t) <= 10 && !/[，。；！？,;!?]/.test(t);
}

/** A field's value that is a date, a time, a number or a phone number: a digit and at most four Han characters (4月6日14:00). */
export function isFieldValue(text: string): boolean {
  const t = text.trim();
  return !t.includes('\n') && /\d/.test(t) && hanCount(t) <= 4;
}

/** The label leading a quoted speaker's line, the speaker's name left out: 网友“行天下”：… → 网友“”. */
function speakerLabel(text: string): string | null {
  const m = /^([\p{Script=Han}]{1,6})[“"]([^”"]{1,12})[”"][：:]\S/u.exec(text.trim());
  return m ? `${m[1]}“”` : null;
}

/** Whether two lines are led by the same speaker label (网友“玉楠”：… / 网友“云”：…). */
export function sameSpeakerLabel(a: string, b: string): boolean {
  const la = speakerLabel(a);
  return la !== null && la === speakerLabel(b);
}

/** Blocks set one under the other, as one block of several lines. */
function joinLines(blocks: Block[]): Block {
  const first = blocks[0]!;
  const last = blocks[blocks.length - 1]!;
  return {
    text: blocks.map((b) => b.text).join('\n'),
    lines: [first.lines[0], last.lines[1]],
    source: blocks.flatMap((b) => b.source),
    gapBefore: first.gapBefore,
    gapAfter: last.gapAfter,
    joins: blocks.flatMap((b) => b.joins),
    ...(blocks.some((b) => b.uncertainJoins?.length) ? { uncertainJoins: blocks.flatMap((b) => b.uncertainJoins ?? []) } : {}),
  };
}
