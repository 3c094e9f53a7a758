import type { Block } from './block.ts';
import { keptTogether } from './split-dense-blocks.ts';
import { isChineseText } from './text-shape.ts';

/**
 * Pages extracted with a line break at the end of every printed line (hard-wrapped): most long lines have one
 * width, the column's. On such a page a line as wide as the column goes on in the next line, and a shorter line
 * ends its paragraph. Each paragraph becomes one block whose text is its lines joined with nothing between them
 * (a space between two Latin letters or digits), so the later steps see paragraphs, not column lines.
 * Pages set one paragraph per line are left as they are.
 */
export function joinWrappedLines(blocks: Block[]): Block[] {
  // (Chinese pages only: OCR of Latin-script pages breaks lines anywhere, and there a line is kept as it came.)
  // (A page whose blocks are all one line each has nothing to join: most pages set one paragraph per line.)
  if (!blocks.some((b) => b.source.length > 1 && !b.quotedAlone)) return blocks;
  if (!isChineseText(blocks.map((b) => b.text).join('\n'))) return blocks;
  const column = wrapColumn(blocks.flatMap((b) => b.source.map((l) => l.text)));
  if (column === undefined) return blocks;
  return blocks.flatMap((b) => (b.source.length > 1 && !b.quotedAlone ? paragraphs(b, column) : [b]));
}

/**
 * Display width: two for a wide character (CJK, full-width, and the quotation marks, dashes and ellipsis a Chinese
 * font sets full width: “ ” ‘ ’ — …), one for others.
 */
export function displayWidth(text: string): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // (a surrogate pair is one wide character: its high half counts two, its low half nothing)
    if (c >= 0xdc00 && c <= 0xdfff) continue;
    w += c >= 0x2e80 || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0x2014 || c === 0x2026 ? 2 : 1;
  }
  return w;
}

/** Characters (code points): the measure of a page cut at so many characters a line, whatever their width. */
export function charCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}

/**
 * A page's column: the line measure that shows the page hard-wrapped (display width, as a PDF's lines fill a
 * column; or character count, as some exports cut every line at so many characters) and its width in that
 * measure; undefined when neither shows it. When both do, the one that reads fewer lines against their punctuation
 * wins (a line of a paragraph cut by characters but with digits in it is narrower than the column by display width,
 * so that measure would end the paragraph there, mid-sentence); then the one under which more long lines share one
 * width.
 */
export function wrapColumn(lines: readonly string[]): Column | undefined {
  const found: (Column & { share: number; min: number })[] = [];
  for (const measure of [displayWidth, charCount]) {
    const min = measure === charCount ? MIN_WIDTH / 2 : MIN_WIDTH;
    const m = modalWidth(lines, measure, min, slackOf(measure));
    if (m) found.push({ width: m.width, measure, share: m.share, min });
  }
  if (found.length === 0) return undefined;
  // (Lines read against their punctuation are counted only when both measures show a wrap: the choice needs them.)
  const [a, b] = found;
  let best = a!;
  if (b) {
    const ma = misreadEnds(lines, a!, a!.min);
    const mb = misreadEnds(lines, b, b.min);
    if (mb < ma || (mb === ma && b.share > a!.share)) best = b;
  }
  return { width: best.width, measure: best.measure };
}

/** Whether a line of this measured width ends its unit: narrower than the column, or wider (set across columns). */
function endsUnit(w: number, { width, measure }: Column): boolean {
  const slack = slackOf(measure);
  return w < width - slack || w > width + slack;
}

/**
 * Long lines a column would read against their punctuation: taken as the end of a paragraph (narrower than the
 * column, or wider: set across columns) though they stop mid-sentence (on a Han character or a comma), or taken to go
 * on though they end a sentence (。！？).
 */
function misreadEnds(lines: readonly string[], column: Column, min: number): number {
  let n = 0;
  for (const l of lines) {
    const t = l.trim();
    const w = column.measure(t);
    if (w < min) continue;
    if (endsUnit(w, column) ? /[\p{Script=Han}，、]$/u.test(t) : /[。！？]$/.test(t)) n++;
  }
  return n;
}
export interface Column {
  width: number;
  measure: (line: string) => number;
}

/**
 * Lines narrower than a column this much count as full: by display width, digits and Latin letters are set narrower
 * than their width; by character count a cut line has exactly the count.
 */
const SLACK = 2;
const slackOf = (measure: Column['measure']) => (measure === charCount ? 0 : SLACK);
/** Lines of at least this display width are measured; a page needs this many of them, … */
const MIN_WIDTH = 20;
const MIN_LINES = 6;
/** … and this share of them at one width, to be taken as hard-wrapped. */
const MIN_SHARE = 0.4;

/** The width most long lines share (within SLACK below it) in a measure, and their share, when it shows a wrap. */
function modalWidth(lines: readonly string[], measure: (line: string) => number, min: number, slack: number): { width: number; share: number } | undefined {
  const widths = lines.map((l) => measure(l.trim())).filter((w) => w >= min);
  if (widths.length < MIN_LINES) return undefined;
  const counts = new Map<number, number>();
  for (const w of widths) counts.set(w, (counts.get(w) ?? 0) + 1);
  let best = 0;
  let bestWidth = 0;
  for (const w of [...counts.keys()].sort((a, b) => a - b)) {
    let n = 0;
    for (let d = 0; d <= slack; d++) n += counts.get(w - d) ?? 0;
    if (n > best) {
      best = n;
      bestWidth = w;
    }
  }
  return best / widths.length >= MIN_SHARE && best >= MIN_LINES ? { width: bestWidth, share: best / widths.length } : undefined;
}

function paragraphs(b: Block, column: Column): Block[] {
  // Units of lines, each joined as one paragraph — or kept line by line (a bold banner).
  const units: { lines: Block['source']; kept?: boolean }[] = [];
  let unit: Block['source'] = [];
  for (let i = 0; i < b.source.length; i++) {
    const l = b.source[i]!;
    // A **bold** banner set on two lines (**践行嘱托开新局 / ——争当表率…**) or a motto box (开发区精神： / 团结奋进 开放创新)
    // is one unit, its lines kept as they were set (split-dense-blocks.ts keptTogether).
    const close = unit.length === 0 ? keptTogether(b.source, i) : -1;
    if (close > i) {
      units.push({ lines: b.source.slice(i, close + 1), kept: true });
      i = close;
      continue;
    }
    unit.push(l);
    // (A line wider than the column is set across columns, a headline's: it ends its unit too.)
    if (endsUnit(column.measure(l.text.trim()), column)) {
      units.push({ lines: unit });
      unit = [];
    }
  }
  if (unit.length) units.push({ lines: unit });
  if (units.length === b.source.length && units.every((u) => u.lines.length === 1)) return [b];
  return units.map(({ lines: u, kept }, i) => ({
    text: kept ? u.map((l) => l.text).join('\n') : u.reduce((t, l, j) => (j === 0 ? l.text : t + (/[A-Za-z0-9]$/.test(t) && /^[A-Za-z0-9]/.test(l.text) ? ' ' : '') + l.text), ''),
    lines: [u[0]!.no, u[u.length - 1]!.no] as [number, number],
    source: u,
    gapBefore: i === 0 ? b.gapBefore : 0,
    gapAfter: i === units.length - 1 ? b.gapAfter : 0,
    joins: [],
    ...(u.length > 1 && !kept ? { unwrapped: true } : {}),
  }));
}
