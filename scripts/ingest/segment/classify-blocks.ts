import type { FurnitureKind } from '../types.ts';
import type { Block } from './block.ts';
import { clausePunctuationCount, endsSentence, hanCount, isChineseText, visibleLength } from './text-shape.ts';
import {
  isAdvertorialMark, isBoldBanner, isBylineShape, isColumnRow, isContactLine, isLabelledFieldRow, isNumberedTableCaption, isWorkCitation, isFigureAlone, isIssuerAndDate, isQrPrompt, isTimeSlotLine, isContinuationOnly, isEditorsNote, isIssueNumber, isMottoBox, isNameList,
  isPublisherLine, isReporterLine, isSignature, isTeaserLabel, splitInlineTeaser, isCreditedCaption, findContinuations, startsWithDateline, teaserPointer,
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
  if (t.includes('\n')) return false;
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

/** Classifies a block by its own shape. */
export function classifyBlock(block: Block): ClassifiedBlock {
  // The kind is found by a plain function, not a closure: this runs on every block of every page.
  const [kind, furniture] = kindOfBlock(block);
  return furniture ? { block, kind, furniture } : { block, kind };
}

function kindOfBlock(block: Block): [BlockKind, FurnitureKind?] {
  const t = block.text.trim();
  if (isPublisherLine(t)) return ['furniture', 'publisher'];
  if (isIssueNumber(t)) return ['furniture', 'issue-number'];
  if (isTeaserLabel(t)) return ['furniture', 'other'];
  if (isMottoBox(t)) return ['furniture', 'motto'];
  if (isBoldBanner(t)) return ['furniture', 'banner'];
  if (isQrPrompt(t)) return ['furniture', 'other'];
  if (isAdvertorialMark(t)) return ['furniture', 'other'];
  if (teaserPointer(t) !== undefined || splitInlineTeaser(t)) return ['teaser-pointer'];
  if (isCreditedCaption(t)) return ['caption'];
  if (isEditorsNote(t)) return ['editors-note'];
  if (isContinuationOnly(t)) return ['continuation'];
  if (t.includes('\n') && block.joins.length === 0 && !block.quotedAlone) {
    const lines = t.split('\n').map((l) => l.trim());
    if (lines.every((l) => visibleLength(l) <= 14 && !/[。，,；;！!？?]/.test(l))) return ['short-stack'];
    // A headline set on two or three lines of one block (三个某地人内幕交易 / 被罚2000多万, 某医院专家团队每周坐诊某国医馆 /
    // 专门调治中老年人常见病): every line headline-shaped, none ending a sentence.
    // (A line over the rest may end in a colon: 某某发出威胁： / “下一个是某地”.)
    if (lines.length <= 3 && lines.every((l, i) => visibleLength(l) <= 32 && isChineseText(l) && isHeadlineShaped(i < lines.length - 1 ? l.replace(/[：:]$/, '') : l) && !/[。；;]$/.test(l))) return ['short-stack'];
  }
  if (isReporterLine(t) || isSignature(t)) return ['byline'];
  if (startsWithDateline(t)) return ['dateline'];
  if (isNameList(t)) return ['name'];
  if (isBylineShape(t)) return ['byline'];
  // A date on its own line (a letter's or a document's date) is text, not a headline.
  if (/^[（(]?(\d{4}|[〇零一二三四五六七八九]{4})年[\d〇零一二三四五六七八九十]{1,2}月([\d〇零一二三四五六七八九十]{1,3}日)?[）)]?$/.test(t)) return ['body'];
  // An omission mark on its own line (…… in a quoted document), a section-break ornament (※  ※  ※) or a speech's
  // salutation (同志们、朋友们！) is text, not a headline.
  if (/^[…⋯.。·]+$/.test(t) || /^[※＊*◆◇☆★\s\u3000]+$/.test(t) || /^(同志们|朋友们|女士们|先生们|同学们|乡亲们|各位来宾)[、，,\s]*((同志们|朋友们|女士们|先生们|同学们|乡亲们)[、，,\s]*)*[！!：:]$/.test(t)) return ['body'];
  // Contact details (a telephone number, a web or e-mail address) or a notice's issuer and date are text, not a headline.
  // So is a programme's line led by its time slot (9:30-12:00 工业机器人技术分享沙龙).
  if (!t.includes('\n') && (isContactLine(t) || isIssuerAndDate(t) || isTimeSlotLine(t))) return ['body'];
  // Where and when a letter or a poem was written, under its writer's name (写于蒙古国首都乌兰巴托, （2019年春草于北京）), is text.
  if (/^[（(]?((\d{4}|[〇零一二三四五六七八九]{4})年[^，,。（()）\n]{0,8})?(写|作|草|完稿|成稿|定稿)于[^，,。！？（()）\n]{2,30}[）)]?$/.test(t)) return ['body'];
  // A figure alone on its line (252件, 96.84%, 2140亿元) is an infographic's callout: text, not a headline.
  if (isFigureAlone(t)) return ['body'];
  // An appended note (附：…) or a line sending the reader to another page is text, not a headline.
  if (/^附[：:]/.test(t) || findContinuations(t).length > 0) return ['body'];
  // A table's row of labelled fields (书名：黄雀记   作者：苏童) or an excerpt's source label (《回延安》，贺敬之，发表于1956年)
  // is text of the list or the feature it stands in, not a headline.
  // So is a table's row set as columns, its cells apart by four spaces or more (时间        议程).
  // And a numbered table's caption (表1  中国大陆中小城市的构成及其数量（广义）).
  if (isLabelledFieldRow(t) || isWorkCitation(t) || isColumnRow(t) || isNumberedTableCaption(t)) return ['body'];
  if (!t.includes('\n') && isHeadlineShaped(t)) return ['headline'];
  return ['body'];
}

/** Classifies every block. */
export function classifyBlocks(blocks: Block[]): ClassifiedBlock[] {
  const out = blocks.map(classifyBlock);
  // The label or sentence explaining an infographic's figure, right under it (17万人次 / 春节期间全国日均出动警力17万人次、
  // 警车6万余辆次; 416.9亿元 / 西南四省份经广西口岸进出口货物价值), is text like the figure, not a headline.
  // (So is the sentence under the label when it repeats the figure: 416.9亿元 / 西南四省份经广西口岸进出口货物价值 /
  // 2018年，西南四省份…416.9亿元.)
  // Right after a sign-off, a question or exclamation of up to 34 characters with at most one comma opens the next
  // item: a headline (（作者单位：河北北方学院） / 决战决胜脱贫攻坚，中央一号文件头号硬任务如何完成？).
  for (let i = 1; i < out.length; i++) {
    const t = out[i]!.block.text.trim();
    if (out[i]!.kind === 'body' && out[i - 1]!.kind === 'byline' && !t.includes('\n') && /[？?！!]$/.test(t) && visibleLength(t) <= 34 &&
      (t.match(/[，,]/g) ?? []).length <= 1 && !/[。；;：:]/.test(t)) out[i] = { ...out[i]!, kind: 'headline' };
  }
  // A line in a series of quoted speakers' lines led by the same label (网友“吉安老陈”：… / 网友“行天下”：祝福祖国越来越好！)
  // is one more of them, text like the ones before it, though short enough for a headline.
  for (let i = 1; i < out.length; i++) {
    if (out[i]!.kind === 'headline' && out[i - 1]!.kind === 'body' && sameSpeakerLabel(out[i - 1]!.block.text, out[i]!.block.text)) out[i] = { ...out[i]!, kind: 'body' };
  }
  // A date, time, number or phone number under a label of one line ending in a colon (活动截止时间： / 4月6日14:00,
  // 咨询电话： / 0571-8888888) is the label's value: text, not a headline or a sign-off. (A name over a colon is a kicker:
  // 国家税务总局： / 个税零申报并不影响纳税记录连续性.)
  for (let i = 1; i < out.length; i++) {
    if (out[i]!.kind === 'headline' && out[i - 1]!.kind === 'body' && isFieldLabel(out[i - 1]!.block.text) && isFieldValue(out[i]!.block.text)) out[i] = { ...out[i]!, kind: 'body' };
  }
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
