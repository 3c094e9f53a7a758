import type { ArticleBlock, FurnitureKind } from '../types.ts';
import type { ReviewNote } from '../../../src/content/schema.ts';
import { isHeadlineShaped, type ClassifiedBlock } from './classify-blocks.ts';
import type { DraftArticle, DraftItem } from './draft.ts';
import type { PublicationProfile } from '../profile.ts';
import { assignHeadlineParts, hasColumnTag, isBracketedDate, isDocumentNumber, isRubric } from './assign-headline-parts.ts';
import { splitTrailingByline } from './extract-byline.ts';
import { continuesElsewhere } from './continuation.ts';
import { endsWithSourceCredit, isOrnamentedName, isDataRow, isNoticeDate, isNoticeIssuer, isNoticeName, isWritersCredit, withoutCreditOrnament, isContributorLine, isSourceCredit, findContinuations, isNameList, isPageHeader, splitInlineTeaser, isSignature, isOrganisationName, isPublicationName, isReporterLine, teaserPointer, isCreditLine, isBylineShape, isLabelledFieldRow, isArtworkTitle, isColumnRow, isTimeSlotLine, isContactLine, isNumberedTableCaption, isQrPrompt } from './patterns.ts';
import { endsParagraph, isChineseText, isStanza, visibleLength, visibleLengthExceeds } from './text-shape.ts';
import { cueOn } from './cues-off.ts';
import { SECTION_MODEL, isLeadUnderHeadline, stackSizeBreak, isReportingKicker, sectionVerdict, weighDecision, type SectionModel } from './section-or-title.ts';

/** Diagnostics hook: called at each heading-or-new-article decision inside running text (scripts/eval). */
/** A headline stack in running text as the section model would weigh it (and whether a rule marked it first): for the fit script and diagnostics. */
export interface WeighedStack {
  stack: string[];
  next: string;
  article: DraftArticle;
  blocks: ClassifiedBlock[];
  index: number;
  /** The paper puts the reporter under every headline (its profile). */
  bylineOnTop: boolean;
  marked: boolean;
  /** Which of the marks that open an article without the model hold, and whether the stack exclaims or asks (for evaluation). */
  marks: { kickerTitle: boolean; leadInKicker: boolean; strongMark: boolean; summaryPoints: boolean; multiLine: boolean; inTextLeadIn: boolean; exclaimed: boolean };
}

/** What groupArticles may be given beside the blocks. */
export interface GroupOptions {
  /** The publication's house style (profile.ts). */
  profile?: PublicationProfile;
  /** Told of every resolved stack and what decided it (--explain). */
  explain?: (d: StackDecision) => void;
  /** The section model (default: the shipped one). */
  model?: SectionModel;
  /** Told of every stack in running text the section model could weigh (fit-section-model.ts, eval:papers). */
  onWeighed?: (d: WeighedStack) => void;
  /** Given, gets the section model's score (less its threshold) of every stack it weighs: the page's habits (profile.ts). */
  sectionScores?: number[];
}

/** Short lines in a stack from which they are a list, not a headline (a headline has at most four pieces). */
const LIST_LINES = 5;
/** A gap of this many blank lines or more separates layout regions (photos, boxes) in a page. */
const REGION_GAP = 2;
/** Headline-shaped lead-ins (…——) on a page from which they are read as a series of sections. */
const DASH_SERIES = 3;
/** Bracketed sign-offs after text on a page from which they are read as a series (a group feature). */
const BRACKET_SERIES = 3;
/** How many headlines over a news lead that restates them make a page of briefs (leadUnder). */
const LEAD_SERIES = 3;
/** A speaker's or an adviser's label alone on its line, ending in a colon: 国台办：, 律师提醒：. */
const SPEAKER_LABEL = /^[^，,。！？!?：:；;\s]{2,10}[：:]$/;
/**
 * A group feature's contribution is headed short (随车过节 保障平安, 为守护“天眼”出份力); a line this long or longer is a news
 * headline's (公安部公布43个民族资产解冻类诈骗犯罪虚假项目和组织), so over a reporter's line it opens an article.
 */
const CONTRIBUTION_HEAD_MAX = 20;
/** Long-kicker-over-short-title stacks inside running text on a page from which they are read as a group feature's contributions (two already make a series). */
const KICKER_TITLE_SERIES = 2;

/** Whether a paragraph ends with a sign-off: （记者 XXX）, （新华社北京2月18日电）, XXX摄. */
export function endsWithSignOff(text: string): boolean {
  const last = text.split('\n').pop()!.trim();
  // The bracketed and the photo sign-offs end in ）/) and 摄: a look at the last character spares their end-anchored scans.
  const end = last.charAt(last.length - 1);
  const m = end === '）' || end === ')' ? /[（(]([^（()）]{2,200})[）)]$/.exec(last) : null;
  if (m && /(记者|通讯员|电|供稿|编译|综合|整理|撰稿|摄|来源|据)/.test(m[1]!) && !/[。，,]/.test(m[1]!) && (m[1]!.length <= 40 || /记者/.test(m[1]!))) return true;
  if (m && /^[\p{Script=Han}]{2,4}([\s、][\p{Script=Han}]{2,4})*$/u.test(m[1]!.trim()) && /[。！？”]\s*[（(]/.test(last)) return true;
  if (endsWithSourceCredit(last)) return true;
  // The end mark some papers set after an article's last sentence: 新政自下月起实施。（完）, 【全文完】.
  if ((end === '）' || end === ')' || end === '】') && /[。！？”’][ \u3000]*[（(【](全文)?[完终][）)】]$/.test(last)) return true;
  return end === '摄' && /[。！？”]\s*(本报记者|记者|新华社记者)?\s*[\p{Script=Han}]{2,4}\s*摄$/u.test(last);
}


/** A sign-off alone in brackets naming the agency's or the paper's dispatch: （新华社北京9月30日电）, （本报巴黎电）. */
export function isBracketedSignOff(text: string): boolean {
  return /^[（(](据)?(新华社|本报|人民日报)[^（()）]{0,20}电[）)]$/.test(text.trim());
}

/** A long kicker over a short title: 河南鹿邑推动加工制造业转型升级 / 小小化妆刷 做成大产业. */
function isKickerTitlePair(a: string, b: string): boolean {
  return visibleLength(a) > 16 && visibleLength(b) <= 20 && !/(——|—|[？?])$/.test(a.trim()) && !isContributorWithCountry(b);
}

/** A foreign contributor named with their country under a contribution's heading: （德国）米歇尔·莱勒斯, （法国）让—弗朗索瓦·唐泽尔. */
export function isContributorWithCountry(text: string): boolean {
  return /^[（(](?![一二三四五六七八九十]+[）)])[\p{Script=Han}]{2,8}[）)][ \u3000]*[\p{Script=Han}]{1,8}([·・—-][\p{Script=Han}]{1,8}){0,4}$/u.test(text.trim());
}

/**
 * Whether an unspaced two-character word (公平) continues a series of keyword headings in the article, each set over a
 * heading of its own (需求 / 不同老人需要不同服务, 市场 / 鼓励社会力量进入): then over a headline it is the next keyword, not
 * the writer's name.
 */
export function keywordHeadingSeries(a: DraftArticle, word: string): boolean {
  if (!/^[\p{Script=Han}]{2}$/u.test(word.trim())) return false;
  return a.blocks.some((b, i) => b.role === 'heading' && /^[\p{Script=Han}]{2}$/u.test(b.text.trim()) && a.blocks[i + 1]?.role === 'heading');
}

/**
 * A round-up's dateline (本报北京10月4日电  综合本报驻外记者报道：…): reports from several places gathered into one
 * article, which goes on under section headings like a feature, unlike a single dispatch.
 */
export function isRoundUpDateline(text: string): boolean {
  return /^[（(]?据?\S{0,16}(电|讯|消息)[ \u3000]*[（(]?综合[^，。]{0,24}报道/.test(text.trim());
}

/**
 * A two-line headline set right after running text (the piece before it not signed off) over a reporter's line
 * (本报记者 XXX): a contribution of a group feature of reported items (云南玉溪顾芸—— / 买上鲜花过大年，心情好 /
 * 本报记者 …), not a new article — a new article follows the sign-off of the one before. (Not under a series rubric over
 * the item, 新春走基层 / 张鼓匠 摘了帽, which opens the feature; nor a column-tagged headline.)
 */
export function reportedContribution(a: DraftArticle, g: ClassifiedBlock[], next: ClassifiedBlock): boolean {
  if (!a.hasBody || a.closed || a.blocks.at(-1)?.role !== 'paragraph') return false;
  if (g.some((c) => c.block.gapBefore >= REGION_GAP || hasColumnTag(c.block.text))) return false;
  // (Or a short headline of one or two lines over the writers' bare names and the text: 随车过节 保障平安 / 王汉超 徐 驰 — not a
  // news headline's full line, 习近平致信祝贺…强调 / 贺 信.)
  if (g.length >= 2 && g.length <= 3 && g.at(-1)!.kind === 'name' && isNameList(g.at(-1)!.block.text) && next.kind === 'body') {
    return g.slice(0, -1).every((c) => c.kind === 'headline' && visibleLength(c.block.text) < CONTRIBUTION_HEAD_MAX);
  }
  if (g.length !== 2 || next.kind !== 'byline' || !isReporterLine(next.block.text)) return false;
  // (Nor a stack of two lines after three or more sections of one line each: a feature's parts are set alike, so after
  // 毛里湖水 又见清澈 / 揭西菜心 精挑细选 / … each over its reporter, 开展“年货节”“年货大集”等活动 / 全国市场供应充足供需两旺 over
  // 记者 王珂 is the next report.)
  if (stackSizeBreak(a, 2)) return false;
  // (A headline set on several lines of one block is a news headline, not a contribution's: isMultiLineHeadline. So is
  // a line of a news headline's length, as above: 外交部发言人—— / 希望美方以开放包容心态看待他国科技发展进步 over 记者 韩晓明;
  // a lead-in introducing the contributor, or the place it was reported from, may run longer: 福建沙县从“分山到户”到“合作经营”——
  // / 闽北有群新林农, 地点：延崇高速河北段主体1标松山特长隧道施工现场 / 质量安全监控严.)
  const [lead, head] = [g[0]!.block.text.trim(), g[1]!.block.text];
  const leadIn = /(——|—)$/.test(lead) || /^[\p{Script=Han}]{2}[：:]/u.test(lead);
  return !isRubric(lead) && !g.some(isMultiLineHeadline) && (visibleLength(lead) < CONTRIBUTION_HEAD_MAX || leadIn) && visibleLength(head) < CONTRIBUTION_HEAD_MAX;
}

/**
 * A headline set on several lines of one block (某市某区 / 一高楼起火, 十一部法国电影佳作 / 在杭州展映): a news headline, set
 * large; an article's own section headings are set on one line. (Pages whose blocks are one line each never show it.)
 */
export function isMultiLineHeadline(c: ClassifiedBlock): boolean {
  return c.block.text.trim().includes('\n') && c.block.joins.length === 0 && !c.block.quotedAlone;
}

/**
 * A page of the byline-on-top house style (都市报, many county papers): its first headline (after any photo captions and
 * credits) stands over a reporter's line (记者 张三 / 通讯员 李四 记者 王五) and then the text. On such a page a later
 * headline over a reporter's line opens an article too; on a page whose first article opens otherwise (a dateline, the
 * text itself) such headlines are more often a group feature's sections, each with its own reporter.
 */
export function bylineOnTop(blocks: readonly ClassifiedBlock[]): boolean {
  const first = blocks.findIndex((c) => c.kind === 'headline' || c.kind === 'short-stack');
  if (first < 0) return false;
  for (let i = first + 1; i < Math.min(blocks.length, first + 6); i++) {
    const c = blocks[i]!;
    if (isWritersLine(c)) {
      // (The article's editor may be credited between them: 某某周末记者 张某某, 责任编辑 王某, then the text.)
      let j = i + 1;
      while (j < i + 3 && blocks[j]?.kind === 'byline' && isCreditLine(blocks[j]!.block.text)) j++;
      return blocks[j]?.kind === 'body' || blocks[j]?.kind === 'dateline';
    }
    if (c.kind === 'body' || c.kind === 'dateline') return false;
  }
  return false;
}

/**
 * A reporter's or writer's line, as a paper that puts it under every headline sets it: 记者 张三 / 通讯员 李四 记者 王五,
 * 据新华社, 文/张某, 特约撰稿 王某, or the writer's bare name, after an ornament or not (◎ 林某某).
 */
export function isWritersLine(c: ClassifiedBlock): boolean {
  if (c.kind === 'byline') return isContributorLine(c.block.text) || isWritersCredit(c.block.text);
  return c.kind === 'name' && isNameList(withoutCreditOrnament(c.block.text));
}

/**
 * Where a stack's writer's line is: the next block (its index, the stack's length), the stack's last block when that is the
 * writer's bare name (某某 / 林某某, then the text), or -1.
 */
function writerLineAt(g: readonly ClassifiedBlock[], next: ClassifiedBlock): number {
  if (isWritersLine(next)) return g.length;
  return g.length >= 2 && g.at(-1)!.kind === 'name' && isWritersLine(g.at(-1)!) ? g.length - 1 : -1;
}

/**
 * The label a credit line opens with: what stands before a colon (寄思人：王某 → 寄思人), or a reporter's title (本报记者
 * 张某 → 本报记者, 记者 王某 通讯员 李某 → 记者); '' when it has none (a bare name, 文/张某).
 */
export function creditLabel(text: string): string {
  const t = withoutCreditOrnament(text);
  const colon = /^([\p{Script=Han}]{1,8})[：:][ \u3000]*\S/u.exec(t);
  if (colon) return colon[1]!;
  const reporter = /^([\p{Script=Han}·]{0,10}?(?:记者|通讯员|特约撰稿人|撰稿人))[ \u3000]*[\p{Script=Han}·]/u.exec(t);
  return reporter ? reporter[1]! : '';
}

/** Whether a credit line opens with the label of the credit right under the article's own headline (its byline on top). */
function sameCreditLabel(a: DraftArticle, text: string): boolean {
  const top = a.blocks.find((b) => b.role !== 'kicker' && b.role !== 'title' && b.role !== 'subtitle');
  if (!top || top.role !== 'byline' || top.text.includes('\n')) return false;
  const label = creditLabel(top.text);
  return label !== '' && label === creditLabel(text);
}

/** A table's note in brackets, giving its date or units: （截至2018年底，单位：个）, （单位：亿元）, （注：…）. */
export function isTableNote(text: string): boolean {
  return /^[（(](截至[^（()）]*|[^（()）]*单位[：:][^（()）]*|注[：:][^（()）]*)[）)]$/.test(text.trim());
}

/** A keyword of two to four characters, spaced out or not: 欧 洲, 美 国, 曼谷, 墨西哥城 (and names: 马 进, 莫斯科). */
function isShortKeyword(text: string): boolean {
  return /^[\p{Script=Han}](?:[ \u3000]*[\p{Script=Han}]){1,3}$/u.test(text.trim());
}

/**
 * Whether the page has a series (two or more) of short keywords each set over a headline and its text, at least half
 * of them no personal name (美 国, 前 景, 舆 论; 曼谷, 墨西哥城, 开罗): a feature's keyword headings (places, topics).
 */
export function keywordSeriesOnPage(blocks: ClassifiedBlock[]): boolean {
  let n = 0;
  let other = 0;
  for (let i = 0; i + 2 < blocks.length; i++) {
    const k = blocks[i]!;
    if ((k.kind !== 'headline' && k.kind !== 'name') || blocks[i + 1]!.kind !== 'headline' || blocks[i + 2]!.kind !== 'body' || !isShortKeyword(withoutCreditOrnament(k.block.text))) continue;
    n++;
    if (k.kind === 'headline') other++;
  }
  return n >= 2 && other >= 1 && other * 2 >= n;
}

/** A headline tagged as a sidebar of the text around it: …（记者手记）, …（小贴士）, …（延伸阅读）. */
function hasSidebarTag(text: string): boolean {
  return /[（(](记者手记|小贴士|延伸阅读|背景|资料)[）)]$/.test(text.trim());
}

/** Whether the article has a ——subtitle, its own or a section heading's. */
function hasDashSubtitle(a: DraftArticle): boolean {
  return a.blocks.some((b) => (b.role === 'subtitle' || b.role === 'heading') && /^(——|--)/.test(b.text.trim()));
}

/** A sidebar label: 记者手记, 链  接, 延伸阅读, ■专家观点, ■小贴士·打铁火流派, 编辑手记, 名词解释 (a box inside an article, never an article's title). */
export function isSidebarLabel(text: string): boolean {
  // (Other papers' labels of the same boxes too: 编辑手记, 采访手记, 记者札记, 编后语, 新闻背景, 名词解释, 相关阅读.)
  // (And a reporter's follow-up under a reader's letter: 记者回访, 记者追访. Not 记者调查, which papers also set as a rubric over
  // an article's headline.)
  return /^[■●◆]?[ \u3000]*(记者手记|链[ \u3000]*接|相关链接|延伸阅读|小贴士|背景链接|背景资料|知识链接|新闻链接|专家观点|记者观察|编后|编辑手记|采访手记|记者札记|编后语|新闻背景|名词解释|相关阅读|记者回访|记者追访)([·・][^\s]{1,10})?$/.test(text.trim());
}

/** A numbered heading: 一、综合设置… / 1. … / （二）… / 第三章 … */
export function isNumberedHeading(text: string): boolean {
  // (Also a feature's sections numbered as weeklies number them: 01, 02 旧书店的黄昏, ①, ② 从头说起.)
  return /^([一二三四五六七八九十]+[、．.]|\d{1,2}[、．.]\s?|[（(][一二三四五六七八九十\d]{1,3}[）)]|第[一二三四五六七八九十百\d]+[章节条部分篇])/.test(text.trim()) || /^([一二三四五六七八九十]{1,3}|0[1-9]|[①-⑳])$/.test(text.trim()) || /^(0[1-9]|[①-⑳])[ \u3000]+\S/.test(text.trim());
}

/** The rubric of a photo news item: 图片报道 / 图片新闻. */
export function isPhotoRubric(text: string): boolean {
  return /^(图片报道|图片新闻|新闻图片|图说新闻)$/.test(text.trim());
}

/** A lead-in: a one-line sentence ending in a dash (……山东农村——), or short and unfinished. */
export function isLeadIn(text: string): boolean {
  const t = text.trim();
  if (t.includes('\n') || visibleLengthExceeds(t, 90)) return false;
  return /(——|—)$/.test(t) || (!endsParagraph(t) && visibleLength(t) <= 60 && !/[。！？!?]/.test(t) && !/[，,、；;]$/.test(t) && !isLabelledFieldRow(t) && !isColumnRow(t) && !isTimeSlotLine(t) && !isContactLine(t) && !isNumberedTableCaption(t) && !isDataRow(t));
}

/** A date on its own line: 2019年10月15日 / （2019年1月3日）. */
export function isDateLine(text: string): boolean {
  return /^[（(]?(\d{4}|[〇零一二三四五六七八九]{4})年[\d〇零一二三四五六七八九十]{1,2}月([\d〇零一二三四五六七八九十]{1,3}日)?[）)]?$/.test(text.trim());
}

/** A deck: a summary printed between the headline and the dateline, one paragraph of modest length. */
export function isDeck(text: string): boolean {
  return !text.includes('\n') && visibleLength(text) <= 220 && findContinuations(text).length === 0;
}

/**
 * Whether the text starting at `index` is a photo item: a few short paragraphs
 * describing a picture (图为…) ending with the photographer's credit (XXX摄).
 */
export function photoItemAhead(blocks: ClassifiedBlock[], index: number): boolean {
  let total = 0;
  for (let i = index; i < Math.min(blocks.length, index + 4); i++) {
    const b = blocks[i]!;
    if (b.kind !== 'body' && b.kind !== 'byline' && b.kind !== 'name') return false;
    const t = b.block.text.trim();
    total += visibleLength(t);
    if (total > 400) return false;
    if (/^图为/.test(t) || /摄(（[^）]*）|\([^)]*\))?$/.test(t) || /（影像中国）$/.test(t)) return true;
  }
  return false;
}

function leadIn(text: string): string | null {
  const t = text.trim();
  return /(——|—)$/.test(t) ? t.slice(0, Math.min(4, t.length - 2)) : null;
}

/**
 * Where the brief starting at `index` comes from, by its dateline or sign-off: 新华社 (据新华社…电), the paper's own
 * reporters (本报…电, （本报记者 …）), or '' when it does not say before the next headline.
 */
export function briefSource(blocks: ClassifiedBlock[], index: number): string {
  for (let i = Math.max(0, index); i < blocks.length; i++) {
    const b = blocks[i]!;
    const t = b.block.text.trim();
    if (i > index && (b.kind === 'headline' || b.kind === 'short-stack' || b.kind === 'furniture')) return '';
    if (b.kind === 'dateline' || b.kind === 'byline' || (b.kind === 'body' && endsWithSignOff(t))) {
      const piece = b.kind === 'dateline' ? t.slice(0, 24) : t.slice(-40);
      if (/新华社/.test(piece)) return '新华社';
      if (/本报|人民日报/.test(piece)) return '本报';
      if (b.kind === 'dateline') return '';
    }
  }
  return '';
}

/** A reporter's line under an item's headline: 本报记者 XXX, or the reporters' bare names (郑少忠 肖德法). */
function isWriterLine(text: string): boolean {
  return isReporterLine(text) || isNameList(text);
}

/**
 * Lines of the next headline stack after `index` that stands over a reporter line (本报记者 XXX), before any
 * dateline or page furniture; 0 when there is none.
 */
export function reportedItemAhead(blocks: ClassifiedBlock[], index: number): number {
  if (index < 0) return 0;
  let run = 0;
  for (let i = index + 1; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === 'dateline' || b.kind === 'furniture') return 0;
    // (An exclamation or a sentence set alone in the text — 一旁围观的群众都笑了起来！ — is text, not part of the next item's
    // headline; over a ——subtitle it is that item's title: 三沙，年后再见！ / ——95后康红伟的别样心情.)
    if (b.kind === 'headline') run = /[。！？!?]$/.test(b.block.text.trim()) && !/^(——|--)/.test(blocks[i + 1]?.block.text.trim() ?? '') ? 0 : run + 1;
    else if (b.kind === 'byline' && run > 0 && isWriterLine(b.block.text)) return run;
    else run = 0;
  }
  return 0;
}

/** A letter writer's sign-off: the writer's place and name (山东惠民县 田晓剑, 江西新余市  廖海金). */
export function isLetterWriterLine(text: string): boolean {
  return /^[\p{Script=Han}]{1,12}(省|市|县|区|州|盟|旗|镇|乡|村)[ \u3000]+[\p{Script=Han}](?:[ \u3000]*[\p{Script=Han}]){1,3}$/u.test(text.trim());
}

/** Whether the item whose text starts at `index` is a reader's letter: its text ends in the writer's place and name. */
export function letterAhead(blocks: ClassifiedBlock[], index: number): boolean {
  for (let i = Math.max(0, index); i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === 'body') continue;
    return (b.kind === 'byline' || b.kind === 'name') && isLetterWriterLine(b.block.text);
  }
  return false;
}

/**
 * A comment signed off with its writer's post or unit (（作者为…）, （作者单位：…）), the first sign-off in the article and the
 * writer's own (not a reporter's 整理 or 采访整理): one writer's piece ends there. A one-line headline over running text
 * after it is the next piece's title, even on a page where every piece is so signed (a theory page), while a group
 * feature's contributions go on under their writer's name (绵延一个世纪的记忆 / 张  岩) or after more sign-offs.
 */
function signedCommentEnds(a: DraftArticle, g: ClassifiedBlock[], next: ClassifiedBlock): boolean {
  const last = a.blocks.at(-1);
  if (g.length !== 1 || next.kind !== 'body' || last?.role !== 'byline') return false;
  if (!/^[（(]作者(为|系|单位[：:])[^（()）]*([（(][^（()）]*[）)][^（()）]*)*[）)]$/.test(last.text.trim()) || /整理|采访|采写/.test(last.text)) return false;
  return a.blocks.filter((b) => b.role === 'byline' && /^[（(]/.test(b.text.trim())).length === 1;
}

/** Whether the article's text so far stops in mid-sentence, at a comma or a semicolon (a line of verse: 心口呀莫要这么厉害地跳，). */
export function endsMidSentence(a: DraftArticle): boolean {
  const last = a.blocks.at(-1);
  if (last?.role !== 'paragraph') return false;
  const t = last.text.trim();
  // (A sentence announcing what follows — 获得一等奖的春联是： — too, but not a speaker's label over a headline: 国台办：.)
  return /[，,、；;]$/.test(t) || (/[：:]$/.test(t) && (visibleLength(t) > 16 || /[，,。]/.test(t)));
}

/**
 * A photo rubric over another item's headline (图片报道 / 广州天河…—— / 下好教育“先手棋”（在一线）): the title of a photo
 * item whose picture and caption the page text does not carry, with no text of its own — not a caption.
 */
function photoItemTitled(c: { text: string; lines: ArticleBlock['lines'] }, message = 'photo rubric with no text after it (a photo item)'): DraftArticle {
  return { blocks: [{ role: 'title', text: c.text, lines: c.lines }], hasBody: false, closed: true, untitled: false, review: [{ code: 'bodyless', message, line: c.lines[0] }] };
}

/**
 * An editor's note label alone on its line (编者按, 编者的话) where no headline stands over it — at the head of the page or
 * after another article's sign-off: the label of a box of its own (a theory page's note on the theme, signed
 * ——编  者), which the e-paper files as an item titled by the label. Under a headline it is that article's note.
 */
export function isStandaloneNoteLabel(text: string): boolean {
  return /^[【\[]?(编者按|编者的话)[】\]]?$/.test(text.trim());
}

/** Whether a headline stack before `next` is a further item of the box of briefs `a` (see DraftArticle.box). */
function inBox(a: DraftArticle, g: ClassifiedBlock[], next: ClassifiedBlock, blocks: ClassifiedBlock[]): boolean {
  const box = a.box!;
  // A box of agency briefs (新华社) does not take in a report of the paper's own correspondents, and the reverse.
  const source = box.source ? briefSource(blocks, blocks.indexOf(next)) : '';
  if (source && source !== box.source) return false;
  if (g.length > Math.max(box.pieces, 2)) return false;
  // Another rubric over an item (建议 / … then 身边事 / 对乡村“僵尸企业”应予重视) starts a box of its own.
  if (g.length > box.pieces && isRubric(g[0]!.block.text) && !/(——|—|：|:)$/.test(g[0]!.block.text.trim())) return false;
  if ((next.kind === 'dateline') !== box.dateline) return false;
  if (next.kind !== 'dateline' && next.kind !== 'body') return false;
  if (next.block.gapBefore >= REGION_GAP || g[0]!.block.gapBefore >= REGION_GAP) return false;
  // Briefs: items led by a dateline, or signed off (the item before this one was).
  if (!box.dateline && !a.closed) return false;
  if (a.closed && /^(byline:(credit|photo)|continuation)$/.test(a.closedBy ?? '')) return false;
  return !g.some((c) => c.kind !== 'headline' || hasColumnTag(c.block.text) || isPhotoRubric(c.block.text) || isNoticeName(c.block.text) || /(——|—)$/.test(c.block.text.trim()) || /^(——|--|■|●)/.test(c.block.text.trim()));
}

/**
 * Groups classified blocks into furniture, captions, teasers and articles.
 * Headline-shaped blocks are stacked until running text shows what they were:
 * the headline of a new article, a section heading, captions or furniture.
 */
/** One resolved headline stack, for --explain: what decided it, and the section model's score and weightiest cues when it weighed in. */
export interface StackDecision {
  lines: [number, number];
  stack: string[];
  next: string;
  why: string;
  score?: number;
  cues?: [string, number][];
}

export function groupArticles(blocks: ClassifiedBlock[], { profile = {}, explain, model = SECTION_MODEL, onWeighed, sectionScores }: GroupOptions = {}): DraftItem[] {
  const items: DraftItem[] = [];
  let current: DraftArticle | null = null;
  let stack: ClassifiedBlock[] = [];
  let pendingNotes: ClassifiedBlock[] = [];
  // Lead-ins (年度发展关键词“稳”——) that recur on the page mark section headings, not kickers.
  const leadIns = new Map<string, number>();
  for (const c of blocks) {
    const l = c.kind === 'headline' ? leadIn(c.block.text) : null;
    if (l) leadIns.set(l, (leadIns.get(l) ?? 0) + 1);
  }
  // Titles over a ——subtitle (辉煌的成就 / ——世界人口最多的发展中大国即将告别农村绝对贫困) in a series on the page: inside an
  // article that already has one (its own subtitle or a section's), the feature's sections.
  const dashSubtitles = blocks.filter((c, i) => c.kind === 'headline' && /^(——|--)/.test(c.block.text.trim()) && blocks[i - 1]?.kind === 'headline').length;
  // News leads under one-line headlines on the page, each naming a day and restating its headline (a page of briefs with no
  // datelines or credits prints one under every headline).
  // (Counted when a decision first asks: most pages never do.)
  let leadsUnderHeadlines: number | undefined;
  const leadsOnPage = () => (leadsUnderHeadlines ??= blocks.filter((c, i) => c.kind === 'headline' && blocks[i + 1]?.kind === 'body' && isLeadUnderHeadline(c.block.text, blocks[i + 1]!.block.text)).length);
  // Long kickers over short titles (全国人大代表、四川省马边彝族自治县刺绣专家乔进双梅 / 帮助更多农民尽快富起来) in a series on the page:
  // a group feature's contributions, not new articles.
  const kickerTitlePairs = blocks.filter((c, i) => i > 0 && blocks[i - 1]!.kind !== 'headline' && (c.kind === 'headline' || (c.kind === 'body' && isLeadIn(c.block.text))) && blocks[i + 1]?.kind === 'headline' && blocks[i + 2]?.kind !== 'headline' && isKickerTitlePair(c.block.text, blocks[i + 1]!.block.text)).length;
  const dashLeadIns = blocks.filter((c) => c.kind === 'headline' && /(——|—)$/.test(c.block.text.trim())).length;
  // (The sign-off may come after the writer's name: 马 进 / （作者为中国援助墨西哥体育教练团团长，本报记者刘旭霞整理）.)
  const bracketSignOffs = blocks.filter((c, i) => c.kind === 'byline' && /^[（(].*[）)]$/.test(c.block.text.trim()) && (blocks[i - 1]?.kind === 'body' || ((/^(——|--)/.test(blocks[i - 1]?.block.text.trim() ?? '') || blocks[i - 1]?.kind === 'name') && blocks[i - 2]?.kind === 'body'))).length;
  // Letter writers' sign-offs (江西新余市  廖海金) in a series: a readers' letters column.
  // (A writer's credit naming their part, 文/张某 or 特约撰稿 王某, signs an essay: not a letter writer's line.)
  const otherSignOffs = blocks.filter((c, i) => c.kind === 'byline' && blocks[i - 1]?.kind === 'body' && !/^[（(]/.test(c.block.text.trim()) && !isCreditLine(c.block.text) && !isSourceCredit(c.block.text) && !isReporterLine(c.block.text) && !/摄/.test(c.block.text) && !/^(——|--)/.test(c.block.text.trim()) && !isWritersCredit(c.block.text)).length;
  // Short keywords, some of which look like a name (欧 洲 / 美 国 / 前 景; 莫斯科 / 曼谷 / 墨西哥城), each over a heading, in a
  // series on the page with at least half no personal name: section keywords, never the writer's name.
  const keywordSeries = keywordSeriesOnPage(blocks);
  // A paper that puts the reporter under every headline (profile.ts, learned from all its pages).
  const reporterOnTop = profile.bylineOnTop === true;
  let articleSeen = false;
  const topOfPage = () => !articleSeen;
  const piece = (c: ClassifiedBlock) => ({ text: c.block.text, lines: c.block.lines });
  const noteUncertainJoins = (a: DraftArticle, c: ClassifiedBlock) => {
    for (const j of c.block.uncertainJoins ?? []) a.review.push({ code: 'join-uncertain', message: `column-break join made on weak evidence: ${j}`, line: c.block.lines[0] });
  };
  const pushBlock = (a: DraftArticle, role: ArticleBlock['role'], c: ClassifiedBlock) => {
    const b: ArticleBlock = { role, text: c.block.text, lines: c.block.lines };
    if (c.block.joins.length) b.joins = c.block.joins;
    a.blocks.push(b);
    noteUncertainJoins(a, c);
    if (role === 'byline' && c.kind === 'name') a.review.push({ code: 'byline-uncertain', message: `bare name taken as the byline: ${c.block.text.trim()}`, line: c.block.lines[0] });
  };

  /** Headline-shaped blocks that turned out not to open anything: furniture at the top, captions elsewhere. */
  const flushOrphans = (orphans: ClassifiedBlock[]) => {
    for (const c of orphans) {
      const line = c.block.lines[0];
      if (topOfPage()) {
        const named = isPublicationName(c.block.text) || isOrganisationName(c.block.text);
        const kind: FurnitureKind = named ? 'masthead' : 'other';
        items.push({ type: 'furniture', kind, text: c.block.text, lines: c.block.lines, ...(named ? {} : { note: { code: 'furniture-guessed', message: `short block over the first headline taken as page furniture: ${c.block.text}`, line } }) });
      } else {
        items.push({ type: 'caption', text: c.block.text, lines: c.block.lines, note: { code: 'caption-guessed', message: `short block that opens nothing taken as a photo caption: ${c.block.text}`, line } });
      }
    }
  };


  const openArticle = (headline: ClassifiedBlock[], beforeDateline = false, beforeWriter = false): DraftArticle => {
    const parts = assignHeadlineParts(headline, { topOfPage: topOfPage(), beforeDateline, beforeWriter });
    for (const f of parts.furniture) items.push({ type: 'furniture', kind: 'masthead', ...f });
    for (const c of parts.captions) items.push(isPhotoRubric(c.text) ? { type: 'article', draft: photoItemTitled(c) } : { type: 'caption', ...c });
    for (const t of parts.standalone) items.push({ type: 'article', draft: photoItemTitled(t, 'photo title over the next headline taken as an item of its own') });
    const a: DraftArticle = { blocks: [], hasBody: false, closed: false, untitled: false, review: [] };
    for (const n of pendingNotes) pushBlock(a, 'editorsNote', n);
    pendingNotes = [];
    a.blocks.push(...parts.blocks);
    for (const r of parts.review) a.review.push(r);
    if (parts.guessed) a.review.push({ code: 'title-guessed', message: 'headline stack had more pieces than kicker/title/subtitle; leading ones taken as captions', line: headline[0]!.block.lines[0] });
    items.push({ type: 'article', draft: a });
    articleSeen = true;
    current = a;
    return a;
  };

  const openUntitled = (c: ClassifiedBlock): DraftArticle => {
    const a: DraftArticle = { blocks: [], hasBody: false, closed: false, untitled: true, review: [] };
    // The page's first text has no headline over it, but what was taken for page furniture above it holds a headline
    // set on several lines of one block (新品上市 / 周四来直播间，给你好礼): that block is the headline, the line under it
    // its subtitle, and the short lines after it (a list of products, a QR label) open the text.
    if (!articleSeen && !pendingNotes.length) {
      const at = items.findIndex((it) => it.type === 'furniture' && it.kind === 'other' && isHeadlineBlock(it.text));
      if (at >= 0 && items.slice(at).every((it) => it.type === 'furniture' && it.kind === 'other')) {
        const moved = items.splice(at) as Extract<DraftItem, { type: 'furniture' }>[];
        a.blocks.push({ role: 'title', text: moved[0]!.text, lines: moved[0]!.lines });
        const under = moved[1];
        moved.slice(1).forEach((f, i) => a.blocks.push({ role: i === 0 && under && !under.text.includes('\n') && isHeadlineShaped(under.text.trim()) && visibleLength(under.text.trim()) >= 8 ? 'subtitle' : 'paragraph', text: f.text, lines: f.lines }));
        a.untitled = false;
        a.review.push({ code: 'title-guessed', message: `headline set on several lines over the page's first text, under lines taken for page furniture, taken as its title: ${moved[0]!.text.replace(/\n/g, ' / ')}`, line: moved[0]!.lines[0] });
      }
    }
    for (const n of pendingNotes) pushBlock(a, 'editorsNote', n);
    pendingNotes = [];
    items.push({ type: 'article', draft: a });
    articleSeen = true;
    current = a;
    void c;
    return a;
  };

  /**
   * A series rubric over the first item of a feature of reported items: the stack's headline lines (without the reporters'
   * bare names under them), when the next item's headline, over its own reporter line, has one line fewer; else null.
   */
  const seriesRubricItem = (g: ClassifiedBlock[], next: ClassifiedBlock): ClassifiedBlock[] | null => {
    const named = g.length >= 3 && g.at(-1)!.kind === 'name' && isNameList(g.at(-1)!.block.text);
    const h = named ? g.slice(0, -1) : g;
    const writerAt = named ? blocks.indexOf(g.at(-1)!) : next.kind === 'byline' && isWriterLine(next.block.text) ? blocks.indexOf(next) : -1;
    if (writerAt < 0 || (h.length !== 2 && h.length !== 3)) return null;
    if (h.some((c) => hasColumnTag(c.block.text)) || /(——|—|：|:|[。！？!?])$/.test(h[0]!.block.text.trim())) return null;
    return reportedItemAhead(blocks, writerAt) === h.length - 1 ? h : null;
  };

  /** Resolves the headline stack in front of running text `next`. */
  // What decided the last stack, for --explain (explain.ts): a rule's name, or the section model's score.
  let why = '';
  type Weighed = { score: number; cues: [string, number][] };
  let weighed: Weighed | undefined;
  const resolveStack = (next: ClassifiedBlock, photoItem = false) => {
    why = 'rule';
    weighed = undefined;
    if (!explain) return decideStack(next, photoItem);
    const lines: [number, number] = [stack[0]!.block.lines[0], stack[stack.length - 1]!.block.lines[1]];
    const texts = stack.map((c) => c.block.text);
    decideStack(next, photoItem);
    const w = weighed as Weighed | undefined; // (set inside decideStack)
    explain({ lines, stack: texts, next: next.block.text, why, ...(w ? { score: w.score, cues: w.cues } : {}) });
  };
  const decideStack = (next: ClassifiedBlock, photoItem: boolean) => {
    // A section-model decision close to its threshold (set in the model's branch below): a review note.
    let narrow: { margin: number; stack: ClassifiedBlock[] } | undefined;
    const s = stack;
    stack = [];
    // A bracketed note or a short credit (（上海商学院教授 周 勇）, 执笔：…) at the head of the stack signs the article before it.
    const curBefore = current as DraftArticle | null;
    // (A table's note in brackets — （截至2018年底，单位：个） — goes on with the text: it signs nothing.)
    while (curBefore && curBefore.hasBody && s.length > 1 && isTableNote(s[0]!.block.text)) pushBlock(curBefore, 'paragraph', s.shift()!);
    while (curBefore && curBefore.hasBody && s.length > 1 && /^[（(][^（()）]*[）)]$/.test(s[0]!.block.text.trim())) {
      pushBlock(curBefore, 'byline', s.shift()!);
      curBefore.closed = true;
      curBefore.closedBy = 'byline:bracket';
    }
    // A bracketed agency sign-off on its own line (（新华社北京9月30日电）) ends the text before it: short lines
    // right above it (a toast, a document's place and date, its last chapter heading, a list of names) are that text's.
    // (So is a list of five lines or more — a release's second list of names, after the first one's sign-off.)
    if (curBefore && curBefore.hasBody && (!curBefore.closed || s.length >= LIST_LINES) && next.kind === 'dateline' && cueOn('text before an agency sign-off (its last lines)') && isBracketedSignOff(next.block.text) && s.every((c) => c.block.gapBefore < REGION_GAP)) {
      for (const c of s) pushBlock(curBefore, isNumberedHeading(c.block.text) ? 'heading' : 'paragraph', c);
      curBefore.closed = false;
      why = 'text before an agency sign-off (its last lines)';
      return;
    }
    // Exclamations and full sentences set right after running text and before a dateline
    // (伟大的中华人民共和国万岁！ / 干杯！) end the speech or letter before it; they are not a headline.
    // So does a letter's closing over its writer's name and sign-off (敬礼！ / 米秀刚 / （作者为…）).
    const signed = next.kind === 'byline' && s.length >= 2 && s.slice(1).every((c) => c.kind === 'name');
    if (curBefore && curBefore.hasBody && !curBefore.closed && (next.kind === 'dateline' || signed) && cueOn('closing words of the text before')) {
      while (s.length && s[0]!.block.gapBefore < REGION_GAP && /[！!？?。][”’"]?$/.test(s[0]!.block.text.trim())) pushBlock(curBefore, 'paragraph', s.shift()!);
      if (signed && s.length && s.every((c) => c.kind === 'name')) while (s.length) pushBlock(curBefore, 'byline', s.shift()!);
      if (!s.length) {
        curBefore.closed = true;
        curBefore.closedBy = 'closing-words';
        why = 'closing words of the text before';
        return;
      }
    }
    // Split the stack into layout regions (separated by 2+ blank lines).
    const groups: ClassifiedBlock[][] = [];
    for (const c of s) {
      if (groups.length === 0 || c.block.gapBefore >= REGION_GAP) groups.push([c]);
      else groups[groups.length - 1]!.push(c);
    }
    const cur = current as DraftArticle | null;
    // (Not when the block right before the text carries a column tag: 某某（锐评） is a title, never a section heading.)
    if (groups.length > 1 && cur === null && !hasColumnTag(groups[groups.length - 1]!.at(-1)!.block.text)) {
      const first = groups[0]!;
      const last = groups[groups.length - 1]!;
      if ((first.length >= 2 || last.length === 1) && cueOn('first article: headline, photo captions, section heading (layout regions)')) {
        // Headline at the top, photos with captions below it, the body opening with a section heading.
        openArticle(first);
        const captions = [...groups.slice(1, -1).flat(), ...last.slice(0, -1)];
        for (const c of captions) items.push({ type: 'caption', ...piece(c) });
        const heading = last[last.length - 1]!;
        pushBlock(current!, 'heading', heading);
        if (captions.length) current!.review.push({ code: 'caption-guessed', message: `${captions.length} short block(s) between the headline and the body taken as photo captions`, line: captions[0]!.block.lines[0] });
        current!.review.push({ code: 'section-guessed', message: `block set apart from the headline, right before the body, taken as a section heading: ${heading.block.text}`, line: heading.block.lines[0] });
        why = 'first article: headline, photo captions, section heading (layout regions)';
        return;
      }
    }
    // Earlier layout regions of the stack (photo captions between articles) open nothing.
    if (groups.length > 1) flushOrphans(groups.slice(0, -1).flat());
    let g = groups[groups.length - 1]!;
    // A poem's stanza (short lines in one block) followed by a headline over its writer, after the poem's text: the stanza
    // ends the poem before, and the headline under it opens the next piece (远方有多远 / 是一座山的距离 / …, then 读书札记 /
    // ■ 王某某). A headline set on several lines is the stack's last block, over its writer or its text.
    const writerAt = writerLineAt(g, next);
    // (Only after a poem's text, its last block a stanza too: a headline set on several lines over a subtitle after running
    // text is a city paper's headline.)
    if (cur && cur.hasBody && writerAt >= 2 && isStanza(cur.blocks.at(-1)?.text ?? '')) {
      const stanza = g.findLastIndex((c, i) => i < writerAt - 1 && c.block.joins.length === 0 && isStanza(c.block.text));
      if (stanza >= 0) {
        // (A one-line headline among them is the next poem's title, 外一首: a heading of the piece.)
        for (const c of g.slice(0, stanza + 1)) pushBlock(cur, c.block.text.includes('\n') ? 'paragraph' : 'heading', c);
        g = g.slice(stanza + 1);
      }
    }
    // A note wholly in brackets after running text ((以嘉宾发言先后为序), (苏宁金融研究院研究员  付一夫)) is not a headline:
    // it signs or annotates the text before it.
    if (cur && cur.hasBody && groups.length === 1 && g.length === 1 && /^[（(][^（()）]+[）)]$/.test(g[0]!.block.text.trim()) && next.kind !== 'dateline' && cueOn('a bracketed note after text signs the text before')) {
      pushBlock(cur, 'byline', g[0]!);
      why = 'a bracketed note after text signs the text before';
      return;
    }
    // An interviewer's question (问：…有哪些突出特点？) belongs to the interview it is part of.
    if (cur && cur.hasBody && !cur.closed && groups.length === 1 && g.length === 1 && /^问[：:]/.test(g[0]!.block.text.trim()) && next.kind !== 'dateline' && cueOn("an interviewer's question")) {
      pushBlock(cur, 'heading', g[0]!);
      why = "an interviewer's question";
      return;
    }
    // A sidebar label (记者手记, 链接, 延伸阅读, ■专家观点, ■小贴士·…) marks a box inside the article before it, even after its sign-off
    // (the box's own headline may follow the label: 记者手记 / 真调研 说实话).
    if (cur && cur.hasBody && groups.length === 1 && g.length <= 3 && isSidebarLabel(g[0]!.block.text) && !g.some((c) => hasColumnTag(c.block.text)) && cueOn('a sidebar label (记者手记, 链接, 延伸阅读 …): a box of the article before')) {
      for (const c of g) pushBlock(cur, 'heading', c);
      cur.closed = false;
      why = 'a sidebar label (记者手记, 链接, 延伸阅读 …): a box of the article before';
      return;
    }
    // A box of briefs under a rubric (速览 / 数读 / 资讯速递): a later item set like its first one (as many headline
    // lines or fewer, its text opening with a dateline or not, as the first one's) is another item of the box, though
    // the item before it was signed off (（记者 XXX）, （据新华社…电）). A credit (制图：…) or a layout gap ends the box.
    if (cur && cur.box && cur.hasBody && groups.length === 1 && inBox(cur, g, next, blocks) && cueOn('another item of a box of briefs')) {
      for (const c of g) pushBlock(cur, 'heading', c);
      cur.closed = false;
      why = 'another item of a box of briefs';
      return;
    }
    // A bracketed sign-off in a series of them on the page (voices collected by reporters, （本报记者 XXX整理）)
    // closes one contribution of a group feature: an untagged headline after it is weighed like any other.
    // (A feature's contributions have headings of their own, the first one's too, under the feature's headline and lead;
    // an article with none is a brief signed off, （张某）, and a headline after it opens the next one, as on a page of
    // briefs each signed in brackets.)
    const lastByline = cur?.blocks.at(-1)?.role === 'byline' ? cur.blocks.at(-1)!.text.trim() : '';
    const seriesSignOff = !!cur && cur.blocks.some((b) => b.role === 'heading') && !/^[（(](摘自|选自|原载)/.test(lastByline) && ((cur.closedBy === 'byline:bracket' && bracketSignOffs >= BRACKET_SERIES) || (cur.closedBy === 'byline:other' && otherSignOffs >= BRACKET_SERIES)) && !g.some((c) => hasColumnTag(c.block.text)) && !signedCommentEnds(cur, g, next);
    // A headline that is not another item of a box of briefs ends the box.
    // In a paper that puts the reporter under every headline, a headline over a reporter's line opens the next article
    // the same way (not a group feature's section).
    // (The writer's bare name under the headline is the stack's last line: 某某 / 林某某, then the text.)
    const writerLast = writerLineAt(g, next) === g.length - 1 && (next.kind === 'body' || next.kind === 'dateline');
    const reporterUnder = reporterOnTop && cueOn("a headline over a reporter's line (the paper's house style)") && ((next.kind === 'byline' && isWritersLine(next)) || writerLast) && !!cur && cur.hasBody;
    // Under an article whose only text so far is a photo's caption with the page's photo credit (某村，茶农在茶园里
    // 采摘春茶。本版摄影 记者 某某), a line over the reporter's line is another photo's caption: the article's text
    // starts under the reporter (a 都市报 feature page: the headline, its photos, then the story).
    if (reporterUnder && g.length === 1 && g[0]!.kind === 'headline' && onlyPhotoCaptions(cur) && cueOn("a photo's caption under an article whose only text is photo captions")) {
      items.push({ type: 'caption', text: g[0]!.block.text, lines: g[0]!.block.lines });
      why = "a photo's caption under an article whose only text is photo captions";
      return;
    }
    // A headline over a reporter's line after a news report's text opens the next article: a report led by its dateline
    // does not have sections with reporters of their own (a group feature's, which opens otherwise).
    const reportAfterNews = !!cur && !!cur.newsLead && cur.hasBody && next.kind === 'byline' && isContributorLine(next.block.text) && g.length <= 2 && cueOn("a headline over a reporter's line after a news report");
    // A headline over a credit led by the same label as the one under the headline of an article before it on the page
    // (寄思人：王某 under 来生我还要做您的女儿, then 妈妈，我好想你 over 寄思人：李某): another item set like it, not a section.
    const sameCreditUnder = !!cur && cur.hasBody && g.length <= 2 && next.kind === 'byline' && (sameCreditLabel(cur, next.block.text) || items.some((i) => i.type === 'article' && sameCreditLabel(i.draft, next.block.text))) && cueOn('a headline over a credit set like one under an earlier headline');
    // A notice's name alone (讣告, 寻人启事, 遗失声明) opens the notice: an item of its own.
    const notice = !!cur && g.length === 1 && isNoticeName(g[0]!.block.text) && cueOn("a notice's name (讣告, 寻人启事, 声明 …)");
    // On a page of three or more such, a one-line headline over a news lead that restates it (县人民医院开展义诊进乡村活动 /
    // 12月3日，县人民医院组织20余名医务人员…开展义诊活动) opens the next brief, though nothing signed the one before.
    const leadUnder = !!cur && cur.hasBody && g.length === 1 && next.kind === 'body' && isLeadUnderHeadline(g[0]!.block.text, next.block.text) && leadsOnPage() >= LEAD_SERIES && cueOn('a headline over a news lead that restates it, on a page of such briefs');
    const strongNew = reporterUnder || reportAfterNews || sameCreditUnder || notice || leadUnder || (next.kind === 'dateline' && cueOn('a dateline follows')) || cur === null || (!!cur.box?.dateline && g.length <= 3) || (cur.closed && !seriesSignOff && cueOn('the article before is closed (…)')) || (photoItem && g.length <= 2 && cueOn('a photo item'));
    if (cur && !cur.hasBody && !cur.untitled && !strongNew && cueOn('between a headline and its text')) {
      // Between a headline (with byline/editor's note) and its body: section heading.
      for (const c of g) pushBlock(cur, 'heading', c);
      why = 'between a headline and its text';
      return;
    }
    // Short lines right after text that stops at a comma (心口呀莫要这么厉害地跳， / 灰尘呀莫把我眼睛挡住了……) go on with it:
    // the lines of a quoted poem or song, not a headline.
    if (cur && cur.hasBody && !strongNew && g.length <= 2 && endsMidSentence(cur) && cueOn('the text before stops at a comma: lines of a poem or song')) {
      for (const c of g) pushBlock(cur, 'paragraph', c);
      why = 'the text before stops at a comma: lines of a poem or song';
      return;
    }
    // A news report (opened by a dateline) rarely has section headings: a headline after its text starts the next article.
    // (Not at a bulleted heading, ■ 种粮大户有了“定心丸”: the report's own sections are set so.)
    const newsOver = !!cur && !!cur.newsLead && !cur.blocks.some((b) => b.role === 'heading') && g.length <= 2 && !(g.length === 1 && /^[■●◆][ \u3000]*\S/.test(g[0]!.block.text.trim()) && !isSidebarLabel(g[0]!.block.text)) && cueOn('a news report (dateline-led, no sections) ends before it');
    // A numbered heading (一、… / 1. … / 第二章 …) is always part of the running text.
    if (cur && cur.hasBody && !strongNew && g.length === 1 && isNumberedHeading(g[0]!.block.text) && cueOn('a numbered heading (一、 / 1. / 第二章)')) {
      pushBlock(cur, 'heading', g[0]!);
      why = 'a numbered heading (一、 / 1. / 第二章)';
      return;
    }
    if (cur && !strongNew && reportedContribution(cur, g, next) && !seriesRubricItem(g, next) && cueOn("a group feature's contribution: a short headline over its writer")) {
      for (const c of g) pushBlock(cur, c.kind === 'name' ? 'byline' : 'heading', c);
      why = "a group feature's contribution: a short headline over its writer";
      return;
    }
    if (cur && cur.hasBody && !strongNew && !newsOver) {
      // Inside running text, only a headline with a column tag （红船观澜） or a ——subtitle opens a new article;
      // other short lines are section headings (lead-in pairs such as 甘肃定西元古堆村 / 旱塬有了“解渴水”).
      // A long kicker over a short title (河南鹿邑推动加工制造业转型升级 / 小小化妆刷 做成大产业) is a new article.
      const kickerTitle = g.length === 2 && isKickerTitlePair(g[0]!.block.text, g[1]!.block.text) && kickerTitlePairs < KICKER_TITLE_SERIES && cueOn('marked: long kicker over a short title');
      // A lead-in kicker (XXX第一书记刘文慧——) over an untagged title is a section of a group feature
      // when such lead-ins come in a series on the page, or when the lead-in is a whole sentence of narration.
      // A series rubric over the first item of a feature of reported items (新春走基层 人和家顺事事兴 / 湖南衡南县滨河村—— /
      // “回乡创业，咱有信心！” / 本报记者 杜若原, the next item's headline a line shorter) opens the feature.
      // A rubric over a reader's letter (建议 / 农村交通设施应提升 / … / 山东惠民县 田晓剑): a box of letters of its own.
      const rubricBox = g.length === 2 && isRubric(g[0]!.block.text) && !/(——|—|：|:)$/.test(g[0]!.block.text.trim()) && !isSidebarLabel(g[0]!.block.text) && letterAhead(blocks, blocks.indexOf(next));
      const strongMark = cueOn('marked: column tag, ——subtitle, series rubric, reporting kicker or document number') && (!!seriesRubricItem(g, next) || rubricBox || isReportingKicker(g.map((c) => c.block.text)) || (g.length >= 2 && (isDocumentNumber(g[g.length - 1]!.block.text) || g.slice(1).some((c) => isBracketedDate(c.block.text)))) || g.some((c) => hasColumnTag(c.block.text) || isPhotoRubric(c.block.text) || (/^(——|--)/.test(c.block.text.trim()) && g.length > 1 && !(dashSubtitles >= DASH_SERIES && hasDashSubtitle(cur))) || /\s——\S/.test(c.block.text)));
      const inTextLeadIn = g.length === 2 && /(——|—)$/.test(g[0]!.block.text.trim()) && (dashLeadIns >= DASH_SERIES || /[。！？]/.test(g[0]!.block.text));
      // Otherwise a lead-in kicker (河南获嘉县——) over a title opens an article whatever its length.
      const leadInKicker = g.length === 2 && /(——|—)$/.test(g[0]!.block.text.trim()) && cueOn('marked: lead-in kicker (——)');
      // Summary points (■ …) under a stack with a full news headline line: a news article's headline, never a section's.
      const summaryPoints = cueOn('marked: summary points under a full headline') && g.length >= 2 && /^[ \u3000]*[■●◆]/.test(next.block.text) && g.some((c) => visibleLength(c.block.text.trim()) >= 20);
      const multiLine = g.some(isMultiLineHeadline) && cueOn('marked: a headline set on several lines');
      const marked = ((kickerTitle || leadInKicker) && !inTextLeadIn) || strongMark || summaryPoints || multiLine;
      const decision = { stack: g.map((c) => c.block.text), article: cur, blocks, index: blocks.indexOf(next), bylineOnTop: reporterOnTop };
      const exclaims = /[！!？?]$/.test(g[g.length - 1]!.block.text.trim());
      onWeighed?.({ ...decision, next: next.block.text, marked, marks: { kickerTitle, leadInKicker, strongMark, summaryPoints, multiLine, inTextLeadIn, exclaimed: exclaims } });
      // No strong cue: weak cues combined (section-or-title.ts) tell a new article from a section heading.
      // An exclamation or a question set off in running text (这真是大海捞针啊！, 黄河站如何建成，长什么样？) is the text's
      // own line or section heading, not a title: a newspaper headline states, it rarely exclaims or asks alone.
      const exclaimed = exclaims && cueOn('an exclamation or question inside running text');
      const weighable = decision.index >= 0 && !g.some((c, i) => isNumberedHeading(c.block.text) && !(i > 0 && i === g.length - 1 && /^[一二三四五六七八九十]{1,3}$/.test(c.block.text.trim()))) && !g.some((c) => hasSidebarTag(c.block.text));
      // (--explain names the model only where the model decided: not for a numbered or sidebar-tagged stack.)
      // (A paper whose stacks in running text open articles more often than the model's training pages has its threshold
      // moved by its profile: profile.ts sectionBias.)
      const threshold = model.threshold - (profile.sectionBias ?? 0);
      if (explain && !marked && !exclaimed && weighable) weighed = weighDecision(decision, model.weights, 4, threshold);
      const verdict = !marked && !exclaimed && weighable ? sectionVerdict(decision, model.weights, threshold, model.reviewMargin, sectionScores !== undefined) : undefined;
      if (sectionScores && verdict?.score !== undefined) sectionScores.push(Math.round((verdict.score - model.threshold) * 1000) / 1000);
      if (verdict?.margin !== undefined) narrow = { margin: verdict.margin, stack: g };
      if (!marked && (exclaimed || !verdict?.opens)) {
        for (const c of g) pushBlock(cur, 'heading', c);
        if (narrow) cur.review.push(uncertainNote(narrow, false));
        why = exclaimed ? 'an exclamation or question inside running text' : weighed ? 'section model' : 'a numbered or sidebar-tagged heading inside running text';
        return;
      }
      // (The names are only built for --explain: this runs on every stack in running text.)
      if (explain) why = marked
        ? `marked: ${[kickerTitle && !inTextLeadIn && 'long kicker over a short title', leadInKicker && !inTextLeadIn && 'lead-in kicker (——)', strongMark && 'column tag, ——subtitle, series rubric, reporting kicker or document number', summaryPoints && 'summary points under a full headline', multiLine && 'a headline set on several lines'].filter(Boolean).join('; ')}`
        : 'section model';
    }
    // The writer's name inside the stack, after an ornament (长篇连载 / 乡关何处（十二） / □ 陈某某 / 第五章 归途, then the
    // text): the lines over it are the headline, the lines under it the text's first headings.
    const writerMid = g.findIndex((c, i) => i >= 1 && i < g.length - 1 && c.kind === 'name' && isOrnamentedName(c.block.text));
    if (writerMid > 0 && g.slice(writerMid + 1).every((c) => c.kind === 'headline') && cueOn("a headline over its writer's name (after an ornament) and the text's first heading")) {
      const a = openArticle(g.slice(0, writerMid), false, true);
      if (narrow) a.review.push(uncertainNote(narrow, true));
      pushBlock(a, 'byline', g[writerMid]!);
      for (const c of g.slice(writerMid + 1)) pushBlock(a, 'heading', c);
      if (explain && why === 'rule') why = "a headline over its writer's name (after an ornament) and the text's first heading";
      return;
    }
    const a = openArticle(g, next.kind === 'dateline', isWritersLine(next));
    if (narrow) a.review.push(uncertainNote(narrow, true));
    const heads = a.blocks.slice(1);
    const keywordItem = heads.length === 2 && visibleLength(heads[0]!.text) <= 4 && visibleLength(a.blocks[0]?.text ?? '') <= 8;
    // A column's rubric over a bulleted brief's headline and its dateline (简讯 / ■ 县图书馆推出寒假阅读活动 / 本报讯 …): the
    // briefs after it open articles of their own (a dateline follows each), so the rubric is the first brief's kicker.
    if (a.blocks[0]?.role === 'title' && heads.length === 1 && heads[0]!.role === 'heading' && isRubric(a.blocks[0].text) && /^[■●◆][ \u3000]*\S/.test(heads[0]!.text.trim()) && next.kind === 'dateline') {
      a.blocks[0]!.role = 'kicker';
      heads[0]!.role = 'title';
    } else if (a.blocks[0]?.role === 'title' && heads.length && heads.every((b) => b.role === 'heading') && (isRubric(a.blocks[0].text) || keywordItem)) a.box = { pieces: heads.length, dateline: next.kind === 'dateline', source: briefSource(blocks, blocks.indexOf(next)) };
    if (explain && why === 'rule') {
      why = reporterUnder ? "a headline over a reporter's line (the paper's house style)" : reportAfterNews ? "a headline over a reporter's line after a news report" : sameCreditUnder ? 'a headline over a credit set like one under an earlier headline' : leadUnder ? 'a headline over a news lead that restates it, on a page of such briefs' : notice ? "a notice's name (讣告, 寻人启事, 声明 …)" : next.kind === 'dateline' ? 'a dateline follows' : cur === null ? "the page's first headline" : cur.closed ? `the article before is closed (${cur.closedBy ?? 'sign-off'})` : photoItem ? 'a photo item' : newsOver ? 'a news report (dateline-led, no sections) ends before it' : 'opens an article';
    }
    // A series rubric over the first item of a feature of reported items (新春走基层 人和家顺事事兴 / 毛里湖水 又见清澈 /
    // 本报记者 刘毅 … 揭西菜心 精挑细选 / 本报记者 贺林平): the later items' headlines, over their reporters, have one line
    // fewer than the stack that opened the feature — its first line is the feature's title, the rest the first item's headline.
    // (The reporters may be named bare under the headline: 农家书屋 一座难求 / 郑少忠 肖德法.)
    // (In a paper that puts the reporter under every headline, a title and subtitle over the reporter, then the next
    // headline over its reporter, are two articles: no series rubric.)
    const h = reporterOnTop ? null : seriesRubricItem(g, next);
    if (h && a.blocks.length >= h.length && a.blocks.slice(0, h.length).every((b, i) => b.role !== 'heading' && b.role !== 'byline' && b.text === h[i]!.block.text)) {
      a.blocks[0]!.role = 'title';
      for (const b of a.blocks.slice(1, h.length)) b.role = 'heading';
      a.review.push({ code: 'section-guessed', message: `series rubric over reported items taken as the title: ${g[0]!.block.text}`, line: g[0]!.block.lines[0] });
    }
  };

  const addParagraph = (c: ClassifiedBlock) => {
    let a = current as DraftArticle | null;
    // (A report led by a dateline right after a letter or document signed off by the agency — （新华社北京10月15日电） /
    // 新华社深圳10月15日电 …贺信… — reports on that text: it goes on in the same article.)
    const reportOnIt = !!a && a.blocks.at(-1)?.role === 'paragraph' && isBracketedSignOff(a.blocks.at(-1)!.text) && /^新华社/.test(c.block.text.trim());
    if (a === null || (c.kind === 'dateline' && a.closed && a.hasBody && !reportOnIt)) a = openUntitled(c);
    for (const n of pendingNotes) pushBlock(a, 'editorsNote', n);
    pendingNotes = [];
    if (!a.hasBody && c.kind === 'dateline' && /^[（(]?据?\S{0,16}(电|讯|消息)/.test(c.block.text.trim()) && !isRoundUpDateline(c.block.text)) a.newsLead = true;
    const b: ArticleBlock = { role: c.block.quotedAlone ? 'pullquote' : 'paragraph', text: c.block.text, lines: c.block.lines };
    if (c.block.joins.length) b.joins = c.block.joins;
    noteUncertainJoins(a, c);
    const split = splitTrailingByline(b);
    if (split) {
      a.blocks.push(split[0], split[1]);
      a.closed = true;
      a.closedBy = 'trailing-name';
    } else {
      a.blocks.push(b);
      const continues = continuesElsewhere(c.block.text);
      a.closed = continues || endsWithSignOff(c.block.text);
      a.closedBy = continues ? 'continuation' : 'signoff';
    }
    a.hasBody = true;
  };

  // Where the page's running foot starts (the last blocks, each a page header's kind of line or a page number), if it has one.
  let footStart = blocks.length;
  while (footStart > 0 && isFootLine(blocks[footStart - 1]!.block.text)) footStart--;
  for (const [index, c] of blocks.entries()) {
    const after = blocks[index + 1];
    // The running foot under the page's last text, whatever its lines read as alone (a page number with the lines under it,
    // 本版责任编辑：…, 要闻 A05): furniture.
    if (index >= footStart && current !== null && !stack.length) {
      items.push({ type: 'furniture', kind: 'other', text: c.block.text, lines: c.block.lines });
      continue;
    }
    // Page header lines (2  综合新闻 / 2021年3月5日  责任编辑：周敏) over the first article are furniture, under the paper's name
    // too (光明日报, then 2026年12月7日 星期一, 5  要闻, 责任编辑：…: the name is the masthead).
    // (So is the paper's web address or telephone among them, 某某网网址：http://…, and the day's weather, 今天 多云 6～15℃.)
    if (topOfPage() && current === null && stack.every((s) => isPublicationName(s.block.text)) && c.kind !== 'teaser-pointer' && (isPageHeader(c.block.text) || (c.kind === 'body' && !c.block.text.includes('\n') && c.block.text.length <= 60 && (isContactLine(c.block.text) || isDataRow(c.block.text))))) {
      flushOrphans(stack);
      stack = [];
      items.push({ type: 'furniture', kind: 'other', text: c.block.text, lines: c.block.lines });
      continue;
    }
    switch (c.kind) {
      case 'furniture':
        // Mid-page, a number line (主席令 第十九号) is part of the text, not the issue number.
        // So is the number of a decree printed under its name (中华人民共和国主席令 / 第三十五号), at the top of a page too.
        if (c.furniture === 'issue-number' && (!topOfPage() || /令$/.test(stack.at(-1)?.block.text.trim() ?? ''))) {
          stack.push({ ...c, kind: 'headline' });
          break;
        }
        // A QR code's label set between a headline printed on several lines and its text (某某活动 / 请你来参加, then
        // 扫码留言, then 参与活动 and the text) belongs to that item: it waits in the stack and opens the text.
        if (stack.some(isMultiLineHeadline) && !topOfPage() && isQrPrompt(c.block.text) && (blocks[index + 1]?.kind === 'headline' || blocks[index + 1]?.kind === 'body')) {
          stack.push({ ...c, kind: 'headline' });
          break;
        }
        flushOrphans(stack);
        stack = [];
        items.push({ type: 'furniture', kind: c.furniture ?? 'other', text: c.block.text, lines: c.block.lines });
        break;
      case 'short-stack':
        // Short lines set right over the text are a headline printed on several lines.
        // So are they over one more headline line set apart (山西太原小店区 / 一高层建筑着火, then 初步确认24人受伤, then the text).
        // (Or over another headline block or two, then the text: 三个某地人内幕交易 / 被罚2000多万, then 泄密的两个人 / 为何没事？.)
        // (Or over its reporter's or writer's line, 记者 某某, 撰文 某某 某某, or an editor's note, 编者的话, that opens it.)
        const overText = (b: ClassifiedBlock | undefined) => !!b && (b.kind === 'dateline' || b.kind === 'body' || b.kind === 'editors-note' || (b.kind === 'byline' && (isReporterLine(b.block.text) || isWritersCredit(b.block.text))));
        const headlineAt = (i: number) => blocks[i]?.kind === 'headline' || blocks[i]?.kind === 'short-stack';
        // (Or over a few short headline lines and labels — a subtitle, a name, a QR label — then the text, mid-page:
        // 新茶上市 / 香气清高，价格实惠, then 一年口粮早备下, 王某某, 高山绿茶, then the text.)
        const overLabelsThenText = () => {
          if (topOfPage() || current === null) return false;
          for (let j = index + 1; j <= index + 4; j++) {
            const b = blocks[j];
            if (!b) return false;
            if (overText(b)) return j > index + 1;
            if (!(b.kind === 'headline' || b.kind === 'name' || (b.kind === 'furniture' && visibleLength(b.block.text.trim()) <= 12))) return false;
          }
          return false;
        };
        // (A photo's caption and its photographer's credit may stand between: 某公园的樱花正值盛花期  记者 某某 摄.)
        let pastPhoto = index + 1;
        while (blocks[pastPhoto]?.kind === 'caption' || isPhotoCredit(blocks[pastPhoto])) pastPhoto++;
        const overPhotoThenText = pastPhoto > index + 1 && overText(blocks[pastPhoto]);
        // (Or over a pointer alone, a front page's teaser: 冬季流感进入高发期 / 专家提醒：…, then A06 or 详见A06.)
        const overPointer = after?.kind === 'teaser-pointer' && !splitInlineTeaser(after.block.text);
        if (after && (overText(after) || overPointer || (headlineAt(index + 1) && overText(blocks[index + 2])) || (headlineAt(index + 1) && headlineAt(index + 2) && overText(blocks[index + 3])) || overLabelsThenText() || overPhotoThenText) && c.block.source.length <= 3) {
          stack.push({ ...c, kind: 'headline' });
          break;
        }
        if (topOfPage() || current === null) {
          flushOrphans(stack);
          stack = [];
          items.push({ type: 'furniture', kind: 'other', text: c.block.text, lines: c.block.lines });
        } else if (stack.length) resolveStack({ ...c, kind: 'body' }), addParagraph(c);
        else addParagraph(c);
        break;
      case 'teaser-pointer': {
        const inline = splitInlineTeaser(c.block.text);
        const ref = inline ?? teaserPointer(c.block.text) ?? { page: null };
        const title = inline ? undefined : stack.pop();
        if (!inline && !title) {
          if (current) addParagraph(c);
          else items.push({ type: 'furniture', kind: 'other', text: c.block.text, lines: c.block.lines });
          break;
        }
        const top = title ?? c;
        const kicker = stack.length && top.block.gapBefore < REGION_GAP ? stack.pop() : undefined;
        flushOrphans(stack);
        stack = [];
        const parts = [kicker, title, c].filter((x): x is ClassifiedBlock => x !== undefined);
        items.push({
          type: 'teaser',
          ...(kicker ? { kicker: kicker.block.text } : {}),
          title: inline ? inline.title : title!.block.text,
          text: parts.map((p) => p.block.text).join('\n'),
          page: ref.page,
          ...(ref.label ? { label: ref.label } : {}),
          lines: [parts[0]!.block.lines[0], c.block.lines[1]],
        });
        if (current) (current as DraftArticle).closed = true;
        break;
      }
      case 'caption':
        // A credited photo caption set between a headline and its text (the headline, the photo's caption, then the
        // reporter's line or the text): the headline waits for its text; the caption is the photo's.
        // (A photographer's credit on a line of its own may stand between: 记者 某某 摄.)
        let textAt = index + 1;
        while (isPhotoCredit(blocks[textAt])) textAt++;
        if (holdsHeadline(stack) && startsText(blocks[textAt])) {
          items.push({ type: 'caption', text: c.block.text, lines: c.block.lines });
          break;
        }
        // A credited photo caption: earlier stacked blocks are captions too.
        for (const s of stack) items.push({ type: 'caption', text: s.block.text, lines: s.block.lines, note: { code: 'caption-guessed', message: `short block over a photo caption taken as a caption: ${s.block.text}`, line: s.block.lines[0] } });
        stack = [];
        items.push({ type: 'caption', text: c.block.text, lines: c.block.lines });
        break;
      case 'editors-note':
        if (!stack.length && isStandaloneNoteLabel(c.block.text) && (current === null || ((current as DraftArticle).closed && (current as DraftArticle).hasBody))) {
          openArticle([{ ...c, kind: 'headline' }]);
          break;
        }
        if (stack.length) {
          const s = stack;
          stack = [];
          openArticle(s);
          pushBlock(current!, 'editorsNote', c);
        } else if (current && (!(current as DraftArticle).hasBody || (current as DraftArticle).blocks.at(-1)?.role === 'heading' || (current as DraftArticle).blocks.at(-1)?.role === 'byline' && !(current as DraftArticle).closed)) {
          pushBlock(current, 'editorsNote', c);
        } else pendingNotes.push(c);
        break;
      case 'continuation':
        if (stack.length) resolveStack(c);
        if (!current) openUntitled(c);
        pushBlock(current!, 'continuation', c);
        if (continuesElsewhere(c.block.text)) (current as unknown as DraftArticle).closed = true;
        break;
      case 'byline':
        // A photographer's credit on its own line between a headline and its reporter's line or text (记者 某某 摄,
        // then 记者 某某): the photo's, like its caption; the headline waits for its text.
        if (holdsHeadline(stack) && isPhotoCredit(c) && startsText(after)) {
          items.push({ type: 'caption', text: c.block.text, lines: c.block.lines });
          break;
        }
        if (stack.length) {
          // Headline, byline, editor's note: the opening of a new article.
          resolveStack(after?.kind === 'editors-note' ? { ...c, kind: 'dateline' } : c);
          pushBlock(current!, 'byline', c);
          // A page credit (本版摄影：… 版式设计：…) right under a headline: a photo page's rubric, closed.
          const opened = current as unknown as DraftArticle;
          if (!opened.hasBody && isCreditLine(c.block.text) && after?.kind === 'headline') {
            opened.closed = true;
            opened.closedBy = 'byline:credit';
          }
        } else if (current) {
          const cur = current as DraftArticle;
          pushBlock(cur, isCreditLine(c.block.text) || cur.hasBody || !isReporterLine(c.block.text) ? 'byline' : 'byline', c);
          if (cur.hasBody) cur.closedBy = 'byline:' + (isCreditLine(c.block.text) ? 'credit' : isSourceCredit(c.block.text) ? 'source' : isReporterLine(c.block.text) ? 'reporter' : /摄/.test(c.block.text) ? 'photo' : /^[（(]/.test(c.block.text.trim()) ? 'bracket' : /^(——|--)/.test(c.block.text.trim()) ? 'signature' : isWritersCredit(c.block.text) ? 'writer' : 'other');
          // A quotation's signature (——习近平) does not end the article.
          // A page credit (本版摄影：… 版式设计：…) under a headline with no text closes it too (a photo page's rubric).
          if (!isSignature(c.block.text)) cur.closed = cur.hasBody || cur.closed || isCreditLine(c.block.text);
        } else stack.push({ ...c, kind: 'headline' });
        break;
      case 'name': {
        // A bare name after text is a byline, unless text follows it (then it is a short headline: 丰收).
        // Nor is a two-character word set without the space a two-character name gets in a byline (来论, not 马 进) when a
        // headline and a writer's line follow it: a rubric over an item (来论 / 小治理也需精细活 / 北京朝阳  施  芳 / …).
        // (After an ornament or not: ◎ 林某某, ◆欧 洲.)
        const word = withoutCreditOrnament(c.block.text);
        if (!stack.length && current && (current as DraftArticle).hasBody && !(after && (after.kind === 'body' || after.kind === 'dateline') && !isDateLine(after.block.text)) &&
          !(/^[\p{Script=Han}]{2}$/u.test(word) && after?.kind === 'headline' && blocks[index + 2] && (((blocks[index + 2]!.kind === 'headline' || blocks[index + 2]!.kind === 'byline') && /[\p{Script=Han}][ \u3000]+[\p{Script=Han}]/u.test(blocks[index + 2]!.block.text)) || blocks[index + 2]!.kind === 'name') && blocks[index + 3]?.kind === 'body') &&
          !(after?.kind === 'headline' && (keywordHeadingSeries(current as DraftArticle, word) || (keywordSeries && isShortKeyword(word))))) {
          pushBlock(current, 'byline', c);
          (current as DraftArticle).closed = true;
        } else stack.push(c);
        break;
      }
      case 'headline':
        // ——习近平 after a quoted paragraph signs the quotation; after a headline it would be a subtitle.
        if (!stack.length && current && (current as DraftArticle).hasBody && /^(——|--)[^，,。！？]{1,60}$/.test(c.block.text.trim())) {
          pushBlock(current, 'byline', c);
          break;
        }
        stack.push(c);
        break;
      case 'dateline':
      case 'body':
        // A document's or a speech's date in brackets right under its headline ((2019年10月21日), (二〇一九年十月十三日  加德满都))
        // is part of the headline: its subtitle.
        if (stack.length && c.kind === 'body' && /^[（(](\d{4}|[〇零一二三四五六七八九]{4})年[^（()）]{0,30}[）)]$/.test(c.block.text.trim())) {
          stack.push({ ...c, kind: 'headline' });
          break;
        }
        // A notice's issuer and its date on blocks of their own under its text (王某某同志治丧小组, then 2026年12月7日) sign it.
        if (stack.length === 1 && current !== null && (current as DraftArticle).hasBody && isNoticeIssuer(stack[0]!.block.text) && isNoticeDate(c.block.text)) {
          const cur = current as DraftArticle;
          pushBlock(cur, 'byline', stack[0]!);
          pushBlock(cur, 'byline', c);
          stack = [];
          cur.closed = true;
          cur.closedBy = 'byline:issuer';
          break;
        }
        // A deck (提要) between a headline and the dateline belongs to the headline.
        if (stack.length && c.kind === 'body' && after?.kind === 'dateline' && isDeck(c.block.text)) {
          stack.push({ ...c, kind: 'headline' });
          break;
        }
        // A lead-in sentence right over a headline is its kicker: 吉林西部不缺水，……变成了湿地—— / 河湖连通，这里四季能赏景.
        // So is a short question or lead-in (…如何应对？ / 沈铁梅： / …嵌入式……) over a column-tagged title where no text runs on.
        const opening = current === null || (current as DraftArticle).closed;
        // (Not over the page's running foot: 要闻 A05 / 2026年1月8日 星期四 under the last text.)
        if (c.kind === 'body' && after?.kind === 'headline' && index + 1 < footStart && after.block.gapBefore < REGION_GAP && !stack.length &&
          (isLeadIn(c.block.text) || (opening && hasColumnTag(after.block.text) && !c.block.text.includes('\n') && visibleLength(c.block.text) <= 60 && /([：:？?]|……)$/.test(c.block.text.trim())) ||
            // (Or a speaker's short label over any headline after an article signed off: 律师提醒： / 年终讨薪要注意保存证据.)
            (opening && current !== null && SPEAKER_LABEL.test(c.block.text.trim())))) {
          stack.push({ ...c, kind: 'headline' });
          break;
        }
        if (stack.length) resolveStack(c, photoItemAhead(blocks, index));
        addParagraph(c);
        break;
    }
  }

  // Leftovers at the foot of the page.
  // A running foot (城事 A05, - 5 -, 2026年1月8日 星期四) under the last article's text is page furniture.
  // (The last lines of the page, under an article or another headline; written after whatever the stack over them opens.)
  const footItems: DraftItem[] = [];
  if (stack.length) {
    let from = stack.length;
    while (from > 0 && isFootLine(stack[from - 1]!.block.text)) from--;
    if (from < stack.length && (from > 0 || current !== null)) {
      const foot = stack.slice(from);
      stack = stack.slice(0, from);
      footItems.push(...foot.map((c) => ({ type: 'furniture' as const, kind: 'other' as const, text: c.block.text, lines: c.block.lines })));
    }
  }
  if (stack.length) {
    const cur = current as DraftArticle | null;
    if (cur && cur.untitled) {
      const parts = assignHeadlineParts(stack, { topOfPage: false });
      cur.blocks.unshift(...parts.blocks);
      for (const p of [...parts.standalone, ...parts.captions]) items.push({ type: 'caption', ...p });
      cur.untitled = false;
      cur.review.push({ code: 'headline-after-body', message: 'headline printed after its article; moved to the top', line: stack[0]!.block.lines[0] });
    } else if (topOfPage() && items.some((i) => i.type !== 'furniture')) {
      flushOrphans(stack);
    } else {
      // At the foot of the page: credits and notes (（执笔：…）, 来稿请寄：…) sign the last article;
      // one or two headlines with no text are bodyless items (photos); a longer run is a listing in the last article.
      const cur = current as DraftArticle | null;
      const credit = (c: ClassifiedBlock) => isBylineShape(c.block.text) || /^[（(].*[）)]$/.test(c.block.text.trim()) || /^[^，。]{1,12}[：:]/.test(c.block.text.trim());
      const rest = cur ? stack.filter((c) => !credit(c)) : stack;
      // (So is a run of exclamations or sentences closing the text: ——伟哉，当代中国！ / ——壮哉，乌蒙山传奇！)
      // (Not artworks' titles with their medium — 逐浪戏银珠（中国画） / 兰香（中国画） / 迎春（麦秆画）: each a picture's item.)
      const listing = cur !== null && !rest.every((c) => isArtworkTitle(c.block.text)) && (rest.length > 2 || (rest.length > 0 && cur.hasBody && rest.every((c) => /[！!。][”’"]?$/.test(c.block.text.trim()))));
      for (const c of stack) {
        if (cur && credit(c)) pushBlock(cur, 'byline', c);
        else if (listing) pushBlock(cur!, 'paragraph', c);
      }
      if (!listing) for (const c of rest) openArticle([c]).review.push({ code: 'bodyless', message: 'headline with no text after it (a photo item?)', line: c.block.lines[0] });
    }
    stack = [];
  }
  items.push(...footItems);
  for (const n of pendingNotes) {
    if (current) pushBlock(current, 'paragraph', n);
    else items.push({ type: 'furniture', kind: 'other', text: n.block.text, lines: n.block.lines });
  }
  void visibleLength;
  return items;
}

/** A line of a page's running head or foot: 要闻 A05, 2026年1月8日 星期四, - 5 - (a bare page number). */
function isFootLine(text: string): boolean {
  // (Lines kept together in one block — a page number over the page's name, 5 / 城事 A05 / - 5 - — each such a line.)
  if (text.trim().includes('\n')) return text.trim().split('\n').every(isFootLine);
  // (Not a date alone, 2026年1月8日, nor a credit in brackets, （责任编辑：李四）: they sign the article over them.)
  if (isDateLine(text) || /^[（(]/.test(text.trim())) return false;
  return isPageHeader(text) || /^[-—–－\s\u3000]*\d{1,3}[-—–－\s\u3000]*$/.test(text.trim());
}

/** The review note of a section-model decision close to its threshold. */
function uncertainNote(narrow: { margin: number; stack: ClassifiedBlock[] }, opened: boolean): ReviewNote {
  const first = narrow.stack[0]!.block.lines[0];
  const text = narrow.stack.map((c) => c.block.text.trim()).join(' / ');
  return { code: 'segment-uncertain', message: `headline taken as ${opened ? 'a new article' : 'a section heading of the article before'} on a narrow margin (${narrow.margin >= 0 ? '+' : ''}${narrow.margin.toFixed(2)}): ${text}`, line: first };
}

/**
 * A block of two or three lines that reads as a headline set large, not as a masthead or a date: every line short and
 * headline-shaped, one of them with a comma or twelve characters or more, none a publication's name or a date.
 */
function isHeadlineBlock(text: string): boolean {
  const lines = text.trim().split('\n').map((l) => l.trim());
  if (lines.length < 2 || lines.length > 3) return false;
  if (!lines.every((l) => visibleLength(l) <= 32 && isChineseText(l) && isHeadlineShaped(l) && !/[。；;]$/.test(l) && !isPublicationName(l) && !isDateLine(l))) return false;
  return lines.some((l) => /[，,、]/.test(l) || visibleLength(l) >= 12);
}

/** A photographer's credit alone on its line (记者 某某 摄): the photo's, not the article's byline. */
/** Whether an article's text so far is only photo captions, the last ending with a photographer's or the page's photo credit. */
function onlyPhotoCaptions(a: DraftArticle): boolean {
  const paras = a.blocks.filter((b) => b.role === 'paragraph');
  return paras.length > 0 && paras.length <= 2 && PHOTO_CREDIT_END.test(paras.at(-1)!.text.trim()) && paras.every((b) => visibleLength(b.text) <= 80);
}

/** A photo credit at the end of a caption: …本版摄影 记者 某某, …（某某 摄）, …某某 摄, …某某供图. */
const PHOTO_CREDIT_END = /(本版(摄影|图片)[ \u3000：:]*(记者|通讯员)?[ \u3000]*[\p{Script=Han}·]{2,4}([ \u3000、]+[\p{Script=Han}·]{2,4})*|[ \u3000（(][^（()）。]{2,16}摄[）)]?|[ \u3000][\p{Script=Han}]{2,16}供图)$/u;

function isPhotoCredit(b: ClassifiedBlock | undefined): boolean {
  // (Not the reporters' line of one who wrote the text and took the photos: 本报记者 王某 通讯员 李某 文/摄.)
  return b?.kind === 'byline' && /摄$/.test(b.block.text.trim()) && !/文[\/／]摄$/.test(b.block.text.trim());
}

/** Where a headline's text starts: a dateline, a paragraph, or a reporter's line that is no photographer's credit. */
function startsText(b: ClassifiedBlock | undefined): boolean {
  return !!b && (b.kind === 'body' || b.kind === 'dateline' || (b.kind === 'byline' && isReporterLine(b.block.text) && !isPhotoCredit(b)));
}

/** Whether a headline (not only captions or labels taken into the stack) waits for its text. */
function holdsHeadline(stack: readonly ClassifiedBlock[]): boolean {
  return stack.some((s) => s.kind === 'headline' || s.kind === 'short-stack');
}
