/**
 * masthead: the one recogniser of a newspaper's name, used wherever the ingest asks whether some
 * text names a paper: the publication read from a page's masthead (metadata.ts), a paper's name set
 * over the first headline (page furniture) and before its reporter (光明日报记者 …) in the segmenter
 * (segment/patterns.ts).
 *
 * A name is a known title, or a short all-Han word ending in the kind of paper it is (日报, 晚报,
 * 快报, 都市报 …; a supplement's 专刊, 特刊); words that end like a paper but are not one (简报,
 * 喜报, 海报, 通报 …) are not.
 */

/** Titles recognised as they are, whatever they end in. */
const KNOWN_PAPERS = ['人民日报', '光明日报', '经济日报', '解放军报', '中国青年报', '工人日报', '农民日报', '法制日报', '新华日报', '金坛时报', '常州日报', '镇江日报', '扬子晚报', '参考消息'];

/** The kinds of newspaper a name ends in: 人民日报, 扬子晚报, 都市快报, 中国青年报, 某某都市报. */
export const NEWSPAPER_KINDS = ['日报', '晚报', '早报', '晨报', '时报', '商报', '快报', '周报', '导报', '侨报', '青年报', '都市报'] as const;
/** A newspaper's supplement, which the archive files like a paper: 开发区专刊. */
const SUPPLEMENT_KINDS = ['专刊', '特刊'] as const;

const PAPER_END = new RegExp(`(${[...NEWSPAPER_KINDS, ...SUPPLEMENT_KINDS, '参考消息'].join('|')})$`);
/** Words that end like a paper's name and are not one (汇报 is no 日报's cousin; 简报 and 喜报 are bulletins, 海报 a poster). */
const NOT_A_PAPER = /(汇报|通报|举报|简报|喜报|捷报|海报|预报|情报|电报|公报|年报|月报|本报|画报)$/;
const ALL_HAN = /^\p{Script=Han}+$/u;

/** The paper's name when `text` (spaces inside it ignored: 人 民 日 报) is one, else null. */
export function mastheadName(text: string): string | null {
  const t = text.replace(/\s+/g, '');
  if (KNOWN_PAPERS.includes(t)) return t;
  if (t.length >= 3 && t.length <= 10 && ALL_HAN.test(t) && PAPER_END.test(t) && !NOT_A_PAPER.test(t)) return t;
  return null;
}

/** Whether `text` names a paper (mastheadName). */
export function isMastheadName(text: string): boolean {
  return mastheadName(text) !== null;
}
