/**
 * normalise: text → text. Pure, idempotent and line-preserving (the output has
 * exactly as many lines as the input, so source line numbers stay valid).
 *
 * The rules, applied to each line in this order:
 *   1. removeControlCharacters   stray C0/C1 controls (except tab), U+FFFE/U+FFFF: OCR noise
 *   2. toHalfWidthAlphanumerics  Ａ-Ｚ ａ-ｚ ０-９ → A-Z a-z 0-9
 *   3. normaliseSpaces           NBSP / narrow NBSP / tabs inside a line → ' '; line ends trimmed
 *  3b. closeLetterSpacing        a letter-spaced line (区 委 常 委 会) closed up; its wider gaps become one space
 *   4. fullWidthParentheses      ( ) → （ ） around or after Chinese text
 *   5. fullWidthPunctuation      , : ; ? ! → ， ： ； ？ ！ in Chinese context, and . → 。 ending a Chinese sentence
 *   6. spacesAtFullWidthPunctuation  spaces (also U+3000) after ，。：（… and before ，。：）… dropped (a full-width mark carries its own space)
 *
 * Deliberately NOT done here: column-break paragraph joins (segment does them,
 * it knows the blocks), and Markdown-like marks: `**bold**` is kept verbatim so
 * no text is lost; render.ts turns a matched pair inside one block into <strong> and
 * escapes anything else as text.
 *
 * Spaces: U+3000 IDEOGRAPHIC SPACE is kept inside a line (it is real layout in
 * Chinese text, e.g. between a name and a title) but trimmed at both line ends,
 * like ASCII spaces; paragraph indents (leading 　　) therefore disappear.
 * NBSP (U+00A0) and NARROW NBSP (U+202F) become plain spaces.
 */
import { isHan } from '../../src/lib/han.ts';

/** Normalises a whole decoded page, line by line. */
export function normaliseText(text: string): string {
  return normaliseLines(text).join('\n');
}

/** Normalises a whole decoded page into its lines (same count as `text.split('\n')`). */
export function normaliseLines(text: string): string[] {
  // Rules 1-2 never touch '\n', so they run once on the whole text (faster).
  return toHalfWidthAlphanumerics(removeControlCharacters(text)).split('\n').map(normaliseLineSpacing);
}

/**
 * A whole decoded page normalised into its lines, with the punctuation marks each line had as printed where rules 4
 * and 5 made them full width (`printedMarks[i]`: the line's marks ( ) , : ; ? ! . in order, half or full width, as
 * printed; undefined where none changed). A headline keeps its marks as printed (build-article.ts): 听民声(新春走基层)
 * is how the paper, its e-paper and the catalogues that list it spell that headline.
 */
export function normaliseLinesWithMarks(text: string): { lines: string[]; printedMarks: (string | undefined)[] } {
  const raw = toHalfWidthAlphanumerics(removeControlCharacters(text)).split('\n');
  const printedMarks: (string | undefined)[] = [];
  const lines = raw.map((line, i) => {
    const pre = closeLetterSpacing(normaliseSpaces(line));
    const out = widen(pre);
    if (HALF_MARK.test(pre)) {
      const before = marksOf(pre);
      if (before !== marksOf(out)) printedMarks[i] = before;
    }
    return out;
  });
  return { lines, printedMarks };
}

/** Marks rule 5 may widen: , : ; ? ! anywhere, a . only after a Chinese character or a closing mark (rule 4: a '('). */
const MAY_WIDEN = /[,:;?!]|[\p{Script=Han}”’）」』】》]\./u;

/** The marks rules 4 and 5 widen, half and full width. */
const MARKS = '()（）,，:：;；?？!！.。';
/** One of them (global: for replace). */
export const WIDENED_MARK = new RegExp(`[${MARKS}]`, 'g');
const NOT_WIDENED_MARK = new RegExp(`[^${MARKS}]`, 'g');

/** A text's marks that rules 4 and 5 widen, half or full width, in order (no rule adds or removes one). */
export function marksOf(text: string): string {
  return text.replace(NOT_WIDENED_MARK, '');
}

/** Rules 3-6 for one line. */
function normaliseLineSpacing(line: string): string {
  return widen(closeLetterSpacing(normaliseSpaces(line)));
}

/** A half-width mark rules 4 and 5 may widen. */
const HALF_MARK = /[(),:;?!.]/;

/** Rules 4-6 for one line. */
function widen(line: string): string {
  let out = fullWidthParentheses(line);
  // Rules 5 and 6 feed each other (a dropped space puts a , next to Chinese text; a converted ，
  // has spaces next to it): repeated until nothing changes, so that normalising is idempotent.
  // Each round only converts marks or drops spaces, so it ends.
  for (let prev = ''; out !== prev; ) {
    prev = out;
    out = spacesAtFullWidthPunctuation(fullWidthPunctuation(out));
  }
  return out;
}

/** Normalises a single line (no '\n' inside). */
export function normaliseLine(line: string): string {
  return normaliseLineSpacing(toHalfWidthAlphanumerics(removeControlCharacters(line)));
}

/* ---------- character classes (Han: src/lib/han.ts) ---------- */

/** Full-width / CJK punctuation (CJK Symbols and Punctuation, full-width forms) and Chinese quotes and dashes. */
export function isCjkPunctuation(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const cp = ch.codePointAt(0)!;
  return (
    (cp >= 0x3001 && cp <= 0x303f) ||
    (cp >= 0xff01 && cp <= 0xff0f) ||
    (cp >= 0xff1a && cp <= 0xff20) ||
    (cp >= 0xff3b && cp <= 0xff40) ||
    (cp >= 0xff5b && cp <= 0xff65) ||
    cp === 0x201c || // “
    cp === 0x201d || // ”
    cp === 0x2018 || // ‘
    cp === 0x2019 || // ’
    cp === 0x2014 || // —
    cp === 0x2026 || // …
    cp === 0x00b7 // ·
  );
}

const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';

/* ---------- rules ---------- */

const isTrimmable = (c: number) => c === 0x20 || c === 0x3000 || c === 0xfeff;

/**
 * Rule 1: drops C0 controls except tab, DEL, C1 controls and the
 * non-characters U+FFFE/U+FFFF: they have no printed form, MDX turns their
 * references into U+FFFD and YAML readers reject them.
 */
export function removeControlCharacters(line: string): string {
  return line.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufffe\uffff]/g, '');
}

/** Rule 2: full-width ASCII letters and digits (Ａ-Ｚ ａ-ｚ ０-９) become half-width; other full-width forms are kept. */
export function toHalfWidthAlphanumerics(line: string): string {
  return line.replace(/[Ａ-Ｚａ-ｚ０-９]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/** Rule 3: NBSP, narrow NBSP and tabs become spaces; whitespace (incl. U+3000) is trimmed at both line ends. */
export function normaliseSpaces(line: string): string {
  const spaced = line.replace(/[\u00a0\u202f\t]/g, ' ');
  let a = 0;
  let b = spaced.length;
  while (a < b && isTrimmable(spaced.charCodeAt(a))) a++;
  while (b > a && isTrimmable(spaced.charCodeAt(b - 1))) b--;
  return a === 0 && b === spaced.length ? spaced : spaced.slice(a, b);
}

const LETTER_FIRST = /^[^ ] /u;

/**
 * Rule 3b: a letter-spaced line — every character set apart by a space, as some PDF extractions write a headline set
 * with wide tracking (区 委 常 委 会 集 体 调 研), with Chinese text, three characters or more and mostly single spaces — is closed up: the
 * single spaces between its characters are dropped, and a wider gap (a space between words or phrases: 学 在 前   干 在 前)
 * becomes one space. A line with any two characters touching is left as it is (names padded to a width: 王  玮 张守向).
 */
export function closeLetterSpacing(line: string): string {
  // (Its first character stands alone: a cheap test first, as most lines have spaces but no letter-spacing.)
  if (!LETTER_FIRST.test(line)) return line;
  const runs = line.split(/( +)/);
  let letters = 0;
  for (let i = 0; i < runs.length; i += 2) {
    const r = runs[i]!;
    if (r === '') continue;
    if (Array.from(r).length !== 1) return line;
    letters++;
  }
  let single = 0;
  for (let i = 1; i < runs.length; i += 2) if (runs[i]!.length === 1) single++;
  // (Mostly single spaces: a gap of two or more everywhere is names padded to a width, 李  纵  罗  婕.)
  if (letters < 3 || single < 2 || single * 2 < (runs.length - 1) / 2 || !Array.from(line).some(isHan)) return line;
  return runs.map((r, i) => (i % 2 === 0 ? r : r.length === 1 ? '' : ' ')).join('');
}

/**
 * Rule 4: a matched ASCII pair `( … )` on one line becomes `（ … ）` when its
 * content contains a Chinese character, or when it directly follows one
 * (修复(LDAR) → 修复（LDAR）). English `word (note)` and `(1)` lists stay.
 */
export function fullWidthParentheses(line: string): string {
  if (!line.includes('(')) return line;
  const chars = Array.from(line);
  const stack: number[] = [];
  const pairs: [number, number][] = [];
  chars.forEach((ch, i) => {
    if (ch === '(') stack.push(i);
    else if (ch === ')' && stack.length > 0) pairs.push([stack.pop()!, i]);
  });
  for (const [open, close] of pairs) {
    const inner = chars.slice(open + 1, close);
    if (inner.some(isHan) || isHan(chars[open - 1])) {
      chars[open] = '（';
      chars[close] = '）';
    }
  }
  return chars.join('');
}

/** Punctuation Chinese and English text share: it says nothing about the language around it. */
const SHARED_PUNCTUATION = new Set(['“', '”', '‘', '’', '"', "'", '—', '…', '·']);

const HALF_TO_FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！' };
const CONVERTIBLE = new Set(Object.keys(HALF_TO_FULL));

/**
 * Rule 5 (GB/T 15834): `, : ; ? !` become full-width when the nearest
 * character before them (after earlier conversions) or after them is a
 * Chinese character or Chinese punctuation, looking through quotes, dashes
 * and ellipses (shared with English: `“Hello,” he said` stays) and through
 * other marks of this rule. A mark between two digits stays half-width, so numbers, times,
 * ranges and thousands separators survive (1,000  10:00-11:00  9:00—17:00),
 * as do Latin words and English sentences (Hello, world!  http://x). A `.` becomes `。` where it ends a Chinese
 * sentence (isChineseFullStop).
 */
export function fullWidthPunctuation(line: string): string {
  if (!/[,:;?!]/.test(line) && !(line.includes('.') && MAY_WIDEN.test(line))) return line;
  const chars = Array.from(line);
  const out: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (ch === '.') {
      out.push(isChineseFullStop(out, chars[i + 1]) ? '。' : ch);
      continue;
    }
    if (!CONVERTIBLE.has(ch)) {
      out.push(ch);
      continue;
    }
    const prev = out[out.length - 1];
    // Context: the nearest character on each side that is not a quote, dash or
    // ellipsis (English uses those too) nor another mark of this rule.
    let k = out.length - 1;
    while (k >= 0 && SHARED_PUNCTUATION.has(out[k]!)) k--;
    let j = i + 1;
    while (j < chars.length && (CONVERTIBLE.has(chars[j]!) || SHARED_PUNCTUATION.has(chars[j]!))) j++;
    const before = out[k];
    const after = chars[j];
    const betweenDigits = isDigit(prev) && isDigit(chars[i + 1]);
    const chinese = isHan(before) || isCjkPunctuation(before) || isHan(after) || isCjkPunctuation(after);
    out.push(chinese && !betweenDigits ? HALF_TO_FULL[ch]! : ch);
  }
  return out.join('');
}

/** Closing quotes and brackets a full stop may follow: 他说：“好。” / （完）. */
const CLOSERS = new Set(['”', '’', '）', '」', '』', '】', '》']);

/**
 * A `.` that ends a Chinese sentence: right after a Chinese character (looking through closing quotes and brackets),
 * and followed by the line's end, a space, or Chinese text. Not in a number (3.5), a list's number (1.全场),
 * an abbreviation, a web address or an ellipsis (...).
 */
function isChineseFullStop(before: readonly string[], after: string | undefined): boolean {
  let k = before.length - 1;
  while (k >= 0 && CLOSERS.has(before[k]!)) k--;
  const prev = before[k];
  // (After a mark that ends a sentence already — 办法来。”. — a stray dot is left as it is.)
  if (!isHan(prev)) return false;
  return after === undefined || after === ' ' || after === '\u3000' || isHan(after) || (isCjkPunctuation(after) && after !== '…');
}

/** Pause and closing marks (，。、；：？！ and closing brackets/quotes of the CJK kind). */
const CLOSING_MARKS = '，。、；：？！）】》〉」』〕';
/** Opening brackets of the CJK kind. */
const OPENING_MARKS = '（【《〈「『〔';
const SPACES_AFTER_MARK = new RegExp(`([${CLOSING_MARKS}${OPENING_MARKS}])[ \u3000]+`, 'g');
const SPACES_BEFORE_CLOSING = new RegExp(`[ \u3000]+(?=[${CLOSING_MARKS}])`, 'g');

/**
 * Rule 6: a full-width punctuation mark carries its own space, so spaces
 * (ASCII or U+3000) the source has after one (`金科园： 加快`, `成效。　　总投资`),
 * or before a pause or closing mark (`成效 。`), are dropped. Kept: the space
 * before a writer's name that ends a paragraph (`贡献。 马晓璇`). Not touched:
 * quotes, dashes, ellipses and the middle dot (shared with English, and used
 * with spaces as separators: `金坛时报 · 要闻`).
 */
export function spacesAtFullWidthPunctuation(line: string): string {
  if (!line.includes(' ') && !line.includes('\u3000')) return line;
  return line
    .replace(SPACES_AFTER_MARK, (m, mark: string, at: number) => (SENTENCE_END.includes(mark) && SIGN_OFF.test(line.slice(at + m.length)) ? m : mark))
    .replace(SPACES_BEFORE_CLOSING, '');
}

/** What ends a paragraph as its writer's name, set off by a space (`…贡献。 马晓璇`): that space stays. */
const SIGN_OFF = /^\p{Script=Han}{2,4}$/u;
const SENTENCE_END = '。！？）」』';
