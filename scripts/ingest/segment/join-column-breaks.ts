import type { Block } from './block.ts';
import { head, tail } from './block.ts';
import { endsParagraph, clausePunctuationCount, fitsHeadlineLine, isChineseText, visibleLength, visibleLengthExceeds, isHanChar } from './text-shape.ts';
import { isHeadlineShaped } from './classify-blocks.ts';
import { startsWithDateline, endsWithSourceCredit, findContinuations, isBylineShape, isContinuationOnly, teaserPointer, isEditorsNote, isPublisherLine } from './patterns.ts';

/** A one-line piece this short is only joined on pages that show column cuts. */
const SHORT_PIECE = 30;

const OPEN_QUOTE = /^[“"「『]$/;
const CLOSE_QUOTE = /^[”"」』]$/;

/**
 * Whether block `a` was cut by a column break and `b` continues it:
 * `a` is running text (long or punctuated) that does not end a paragraph,
 * and `b` is not the start of something new (dateline, byline, marker).
 */
export function isColumnBreak(a: Block, b: Block, _pageHasCuts = true): boolean {
  const last = a.text.slice(a.text.lastIndexOf('\n') + 1).trim();
  // (the cheap test first: most blocks end a paragraph)
  if (endsParagraph(last)) return false;
  // A paragraph signed off by its source after the last sentence (…正在全力救援。据某某日报) ends there; so does one sent on to
  // another page by a bare marker (…开始学做茶。”下转B02版): the rest is there, not in the next block.
  if (endsWithSourceCredit(last)) return false;
  if (findContinuations(last).some((c) => c.direction === 'to' && last.endsWith(c.text))) return false;
  const first = b.text.split('\n', 1)[0]!.trim();
  if (!isChineseText(a.text) || !isChineseText(b.text)) return false;
  if (last.startsWith('——') || /^\*\*/.test(a.text) || /\*\*$/.test(last)) return false;
  // Running text: punctuated inside, or long and unspaced (headlines space their phrases apart).
  // A short one-line block (边疆有我，安心团聚) or a quotation (“城里安了家，就在这过年”) is a headline.
  if (/^[“"][^“”"。！？]*[”"]$/.test(last)) return false;
  // A short two-phrase line (春天，我们播下希望) over a line opening with a quotation is a headline over its text.
  if (a.source.length <= 1 && !visibleLengthExceeds(last, 12) && /^[^，,。！？；;：:]+[，,][^，,。！？；;：:]+$/.test(last) && /^[“"]/.test(first)) return false;
  // A name and a claim in spaced phrases (苏州相城：发挥“枢纽中心”优势 奋力打造…) is a headline.
  if (a.source.length <= 1 && /^[^\s，,。：:]{2,8}[：:][^\s，,。；;]+([ \u3000]+[^\s，,。；;]+)+$/.test(last)) return false;
  // A headline set on two or three lines of one block, each short and headline-shaped, ends there (速效救心丸搜索量暴涨30倍 /
  // 紧急提醒：绝非“抗累神器”，不能乱用, then its text, a blank line apart): no paragraph is cut into lines like these.
  // (Its last line may be a long deck under the title.)
  if (b.gapBefore >= 1 && a.source.length >= 2 && a.source.length <= 3 && a.text.split('\n').every((l, i, all) => fitsHeadlineLine(l.trim(), i, all.length) && isHeadlineShaped(l.trim()))) return false;
  // A short line of two phrases with an exclamation or a question between them and no comma (马年说马！杭州动物园科普进校园)
  // is a headline, as a city paper sets one: a paragraph cut by a column break runs longer.
  if (a.source.length <= 1 && !visibleLengthExceeds(last, 20) && /^[^，,。；;：:！？!?]{2,}[！？!?][^，,。；;：:！？!?]{2,}$/.test(last)) return false;
  // A notice's title alone on its line (…面向国内外公开选聘副主任公告) ends there: its text starts a new block.
  if (a.source.length <= 1 && /(公告|通告|启事)$/.test(last) && !/[，,。；;]/.test(last)) return false;
  const running = clausePunctuationCount(last) >= 1 || /[。！？]/.test(last) || (visibleLengthExceeds(last, 29) && !/\S[ \u3000]+\S/.test(last));
  if (!running) return false;
  // A line with phrases set apart by a space and no comma or full stop is a headline (苏州相城：发挥“枢纽中心”优势 奋力打造…);
  // so is a notice's title, ending in its kind (…面向国内外公开选聘副主任公告).
  if (!/[，,。；;！？!?]/.test(last) && (/\S[ \u3000]+\S/.test(last) || /(公告|启事|通告|公示|通知|声明)$/.test(last))) return false;
  if (startsWithDateline(first) || isBylineShape(first) || isContinuationOnly(first) || teaserPointer(first) !== undefined || isEditorsNote(first)) return false;
  if (/^[■●◆▲▶►◇□]/.test(first)) return false;
  if (/^[【（(一二三四五六七八九十\d]+[、.．]/.test(first) && !isHanChar(last.at(-1))) return false;
  // A byline printed after the last sentence (…贡献。 马晓璇) ends the paragraph.
  if (/[。！？!?”][ \u3000]+[\p{Script=Han}·]{2,4}([ \u3000]+[\p{Script=Han}·]{1,4}){0,3}$/u.test(last)) return false;
  if (isPublisherLine(a.text)) return false;
  // `b` must itself be running text: the rest of a sentence that ends in it,
  // or a long clause-punctuated piece that is itself cut by the next column break.
  return /[。！？!?；;]|……/.test(first) || (clausePunctuationCount(first) >= 2 && visibleLengthExceeds(first, 19) && !endsParagraph(first));
}

/** Whether the last block so far is a short one-line piece right after a sign-off (checked only when a join is due). */
function shortPieceAfterSignOff(out: readonly Block[]): boolean {
  const prev = out[out.length - 1]!;
  return prev.source.length === 1 && !visibleLengthExceeds(prev.text, SHORT_PIECE) && out.length >= 2 && isBylineShape(out[out.length - 2]!.text);
}

/**
 * Joins blocks cut by column breaks (with nothing between the pieces), and
 * attaches a lone `“` line to the block after it and a lone `”` line to the
 * block before it. Returns new blocks; the input is not modified.
 */
export function joinColumnBreaks(blocks: Block[]): Block[] {
  // Evidence that the page was set in columns: a line that finished a sentence and then was cut
  // mid-sentence. Pages set one paragraph per line have none; there an unfinished line with no
  // full stop in it (边疆有我，安心团聚 / 53岁，开始练习长跑) is a headline, not half a paragraph.
  const strongCut = (a: Block, b: Block) => /[。！？!?]/.test(a.text.split('\n').pop()!) && isColumnBreak(a, b, true);
  const pageHasCuts = blocks.some((b, i) => i > 0 && strongCut(blocks[i - 1]!, b));
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const prev = out[out.length - 1];
    if (prev && OPEN_QUOTE.test(prev.text.trim()) && !CLOSE_QUOTE.test(b.text.trim())) {
      out[out.length - 1] = merge(prev, b);
      out[out.length - 1]!.quotedAlone = true;
      continue;
    }
    if (prev && CLOSE_QUOTE.test(b.text.trim())) {
      out[out.length - 1] = merge(prev, b);
      continue;
    }
    const shortPiece = prev && prev.source.length === 1 && prev.joins.length === 0 && (!visibleLengthExceeds(prev.text, SHORT_PIECE) || !/[，,；;：:]/.test(prev.text));
    // A short one-line piece right after a sign-off (（本报记者 刘华新 庞革平整理） / 春天，我们播下希望) opens the next item:
    // it is that item's headline, not half a paragraph.
    if (prev && (pageHasCuts || !shortPiece ? isColumnBreak(prev, b, true) : strongCut(prev, b)) && !shortPieceAfterSignOff(out)) {
      out[out.length - 1] = merge(prev, b);
      continue;
    }
    out.push({ ...b, joins: [...b.joins] });
  }
  return out;
}

function merge(a: Block, b: Block): Block {
  const join = `${tail(a.text.split('\n').pop()!)}|${head(b.text.split('\n')[0]!)}`;
  const lastA = a.text.split('\n').pop()!.trim();
  const firstB = b.text.split('\n')[0]!.trim();
  const weak = !/^[“”"]$/.test(lastA) && !/^[“”"]$/.test(firstB) && (visibleLength(lastA) <= 13 || (!/[。！？!?；;…]/.test(firstB) && visibleLength(firstB) < 20));
  const uncertain = [...(a.uncertainJoins ?? []), ...(weak ? [join] : []), ...(b.uncertainJoins ?? [])];
  return {
    ...(uncertain.length ? { uncertainJoins: uncertain } : {}),
    text: a.text + b.text,
    lines: [a.lines[0], b.lines[1]],
    source: [...a.source, ...b.source],
    gapBefore: a.gapBefore,
    gapAfter: b.gapAfter,
    joins: [...a.joins, join, ...b.joins],
    quotedAlone: a.quotedAlone || b.quotedAlone,
  };
}
