/**
 * decode: bytes → text.
 *
 * Detection order: byte-order mark (UTF-8, UTF-16 LE/BE); else UTF-16 without
 * a mark when the bytes hold NULs in UTF-16's pattern; else strict UTF-8; else
 * a charset detector (chardet) ranks the candidates: a Chinese encoding
 * (GB18030 — a superset of GBK and GB2312 — or Big5) is decoded strictly;
 * another one (Shift_JIS, EUC-KR, windows-1252 …) is refused with its name.
 * A decision the detector was not sure of is a review note, never silent.
 * Control characters never stop a page: they are counted and reported as a
 * review note here, and dropped by normalise (rule 1).
 * Line ends (CRLF, lone CR) become '\n'. Problems are returned as values
 * naming the file and the byte offset / line, never thrown.
 */
import { analyse, type Match } from 'chardet';
import type { ReviewNote } from '../../src/content/schema.ts';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

/** A problem that stops one file from being ingested. */
export interface FileError {
  /** Stable machine code, documented in docs/ingest.md (the report table). */
  code: 'empty-file' | 'binary-file' | 'undecodable' | string;
  file: string;
  message: string;
  /** 0-based byte offset into the file, when the problem has one. */
  byte?: number;
  /** 1-based line number, when the problem has one. */
  line?: number;
}

export type DecodeResult =
  /** `notes`, present only when there are some: an uncertain encoding, dropped control characters. */
  | { ok: true; text: string; encoding: Encoding; notes?: ReviewNote[] }
  | { ok: false; error: FileError };

/** Decodes one page file; never throws. */
export function decodePage(bytes: Uint8Array, file: string): DecodeResult {
  if (bytes.length === 0) return fail('empty-file', file, 'file is empty');

  const bom = detectBom(bytes);
  let text: string;
  let encoding: Encoding;
  const notes: ReviewNote[] = [];
  if (bom) {
    const body = bytes.subarray(bom.length);
    try {
      text = new TextDecoder(bom.label, { fatal: true, ignoreBOM: true }).decode(body);
    } catch {
      const offset = bom.label === 'utf-8' ? firstInvalidUtf8(body) : firstInvalidUtf16(body, bom.label);
      return fail('undecodable', file, `bytes are not valid ${bom.label} although the file starts with a ${bom.label} byte-order mark`, bom.length + offset, bytes);
    }
    encoding = bom.encoding;
  } else {
    const nul = bytes.indexOf(0);
    const utf8 = nul === -1 ? strictUtf8(bytes) : null;
    if (nul !== -1) {
      const utf16 = utf16WithoutBom(bytes);
      if (utf16 === null) return fail('binary-file', file, 'file contains NUL bytes: not a text file (nor UTF-16 text)', nul, bytes);
      text = utf16.text;
      encoding = utf16.encoding;
      notes.push({ code: 'encoding-uncertain', message: `no byte-order mark: read as ${utf16.encoding.toUpperCase()} because the bytes follow its pattern; check the text` });
    } else if (utf8 !== null) {
      // 7-bit ISO-2022 (JP/KR/CN) is valid ASCII: its escape sequences give it away.
      if (utf8.includes('\u001b$') || utf8.includes('\u001b(')) {
        const iso = analyse(bytes)[0];
        if (iso && iso.name.startsWith('ISO-2022') && iso.confidence >= SURE) return fail('undecodable', file, `looks like ${describe(iso)}, not a Chinese encoding: convert the page to UTF-8`);
      }
      text = utf8;
      encoding = 'utf-8';
    } else {
      const decided = decideLegacy(bytes, file);
      if (!decided.ok) return decided;
      text = decided.text;
      encoding = decided.encoding;
      notes.push(...(decided.notes ?? []));
    }
  }

  text = unifyLineEnds(text);
  if (text.trim() === '') return fail('empty-file', file, 'file contains only whitespace');
  const control = controlCharacters(text);
  if (control !== null) {
    notes.push({ code: 'control-characters', line: control.line, message: `${control.count} control character${control.count === 1 ? '' : 's'} (${control.names}) dropped: they have no printed form` });
  }
  return notes.length > 0 ? { ok: true, text, encoding, notes } : { ok: true, text, encoding };
}

/** Human names of the candidates' languages (chardet's `lang`). */
const LANGUAGES: Record<string, string> = {
  ja: 'Japanese', ko: 'Korean', zh: 'Chinese', ru: 'Russian', el: 'Greek', he: 'Hebrew', ar: 'Arabic', tr: 'Turkish',
  cs: 'Central European', hu: 'Central European', pl: 'Central European', ro: 'Central European',
};
const describe = (m: Match) => `${m.name}${m.lang && LANGUAGES[m.lang] ? ` (${LANGUAGES[m.lang]})` : ''}`;

/** The Chinese encodings a page may be in besides UTF-8/16. */
const CHINESE: Partial<Record<Match['name'], 'gb18030' | 'big5'>> = { GB18030: 'gb18030', Big5: 'big5' };
/** How many bytes the detector looks at (it is linear; a page's head decides). */
const SAMPLE = 256 * 1024;
/** A detector confidence (0-100) below this is not a decision. */
const SURE = 50;

/**
 * A page that is neither UTF-8 nor UTF-16: the detector ranks the candidates.
 * Accepted: a Chinese encoding the bytes strictly decode in, when the detector
 * is sure of it (else only when the text looks like Chinese, with a review
 * note). Refused: an encoding of another language the detector is sure of, or
 * bytes that no Chinese encoding decodes (located at the first bad byte).
 */
function decideLegacy(bytes: Uint8Array, file: string): DecodeResult {
  const ranked = analyse(bytes.length > SAMPLE ? bytes.subarray(0, cutAtLineEnd(bytes, SAMPLE)) : bytes);
  const best = ranked[0];
  const top = best?.confidence ?? 0;
  // Among the best-rated candidates a Chinese one wins a tie (GB18030 first: short samples tie everything).
  const chineseAtTop = ranked.filter((m) => m.confidence === top && CHINESE[m.name]).sort((a, b) => (a.name === 'GB18030' ? -1 : b.name === 'GB18030' ? 1 : 0))[0];
  const foreign = best && !chineseAtTop ? best : undefined;
  if (foreign && foreign.confidence >= SURE) {
    return fail('undecodable', file, `looks like ${describe(foreign)}, not a Chinese encoding (detector confidence ${foreign.confidence}%): convert the page to UTF-8`, firstInvalidUtf8(bytes), bytes);
  }
  const candidate = chineseAtTop ?? ranked.find((m) => CHINESE[m.name]) ?? ({ name: 'GB18030', confidence: 0 } as Match);
  const encoding = CHINESE[candidate.name]!;
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    const bad = encoding === 'big5' ? firstInvalidBig5(bytes) : firstInvalidGb18030(bytes);
    return fail('undecodable', file, `bytes are neither valid UTF-8 nor ${candidate.name} text`, bad === -1 ? firstInvalidUtf8(bytes) : bad, bytes);
  }
  const sure = candidate.confidence >= SURE && !ranked.some((m) => !CHINESE[m.name] && m.confidence >= candidate.confidence);
  if (sure) return { ok: true, text, encoding };
  if (!looksLikeChineseText(text)) {
    const guess = foreign ? `; the detector's best guess is ${describe(foreign)}` : '';
    return fail('undecodable', file, `bytes are not UTF-8, and read as ${candidate.name} they are not plausible Chinese text${guess}`, firstNonAscii(bytes), bytes);
  }
  const rivals = ranked.filter((m) => m !== candidate && m.confidence >= candidate.confidence).slice(0, 3).map(describe);
  return {
    ok: true,
    text,
    encoding,
    notes: [{ code: 'encoding-uncertain', message: `encoding decided as ${candidate.name} with low confidence (${candidate.confidence}%${rivals.length > 0 ? `; also possible: ${rivals.join(', ')}` : ''}): check the text` }],
  };
}

/** `limit`, moved back to just after a line end when there is one (so no character is cut). */
function cutAtLineEnd(bytes: Uint8Array, limit: number): number {
  const nl = bytes.lastIndexOf(0x0a, limit - 1);
  return nl > 0 ? nl + 1 : limit;
}

function firstNonAscii(bytes: Uint8Array): number {
  const i = bytes.findIndex((b) => b >= 0x80);
  return i === -1 ? 0 : i;
}

/** 0-based offset of the first byte that breaks GB18030's structure, or -1. */
export function firstInvalidGb18030(b: Uint8Array): number {
  const inRange = (x: number | undefined, lo: number, hi: number) => x !== undefined && x >= lo && x <= hi;
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    if (c < 0x80) i++;
    else if (c === 0x80 || c === 0xff) return i;
    else if (inRange(b[i + 1], 0x40, 0x7e) || inRange(b[i + 1], 0x80, 0xfe)) i += 2;
    else if (inRange(b[i + 1], 0x30, 0x39) && inRange(b[i + 2], 0x81, 0xfe) && inRange(b[i + 3], 0x30, 0x39)) i += 4;
    else return i;
  }
  return -1;
}

/** 0-based offset of the first byte that breaks Big5's structure, or -1. */
function firstInvalidBig5(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    const t = b[i + 1];
    if (c < 0x80) i++;
    else if (c >= 0x81 && c <= 0xfe && t !== undefined && ((t >= 0x40 && t <= 0x7e) || (t >= 0xa1 && t <= 0xfe))) i += 2;
    else return i;
  }
  return -1;
}

/**
 * UTF-16 without a byte-order mark: bytes of even length that decode strictly,
 * little- or big-endian, to text almost all printable (ASCII, CJK, full-width
 * forms, line ends): the NULs are then the high bytes of ASCII. Of the two byte
 * orders the more printable wins. Null when neither is text.
 */
function utf16WithoutBom(bytes: Uint8Array): { text: string; encoding: 'utf-16le' | 'utf-16be' } | null {
  if (bytes.length % 2 !== 0) return null;
  let best: { text: string; encoding: 'utf-16le' | 'utf-16be'; score: number } | null = null;
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    let text: string;
    try {
      text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      continue;
    }
    let printable = 0;
    let all = 0;
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      all++;
      if (cp === 0x09 || cp === 0x0a || cp === 0x0d || (cp >= 0x20 && cp < 0x7f) || isChineseCodePoint(cp)) printable++;
    }
    const score = printable / all;
    if (score >= 0.95 && (best === null || score > best.score)) best = { text, encoding, score };
  }
  return best && { text: best.text, encoding: best.encoding };
}

/** Native strict UTF-8 decode, or null. */
function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** CRLF and lone CR → LF (old Mac files and mixed exports). */
export function unifyLineEnds(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

interface Bom {
  label: 'utf-8' | 'utf-16le' | 'utf-16be';
  encoding: Encoding;
  length: number;
}

/** The byte-order mark the file starts with, if any. */
function detectBom(b: Uint8Array): Bom | null {
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { label: 'utf-8', encoding: 'utf-8-bom', length: 3 };
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return { label: 'utf-16le', encoding: 'utf-16le', length: 2 };
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return { label: 'utf-16be', encoding: 'utf-16be', length: 2 };
  return null;
}

/**
 * Common CJK ideographs (the BMP's unified block only), CJK and full-width punctuation, general punctuation.
 * Deliberately not the Han class (src/lib/han.ts): a wrong decoding scatters code points over the rare
 * extension blocks, so counting those as Chinese would weaken the test.
 */
const isChineseCodePoint = (cp: number) => (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3000 && cp <= 0x303f) || (cp >= 0xff00 && cp <= 0xffef) || (cp >= 0x2000 && cp <= 0x206f);

/**
 * Almost any byte soup decodes as GB18030, so an uncertain decode only counts
 * when most non-ASCII characters are common CJK ideographs or CJK/full-width
 * punctuation (random bytes land mostly in rare four-byte planes and private use).
 */
function looksLikeChineseText(text: string): boolean {
  let nonAscii = 0;
  let good = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) continue;
    nonAscii++;
    if (isChineseCodePoint(cp)) good++;
  }
  return nonAscii === 0 || good / nonAscii >= 0.8;
}

/** 0-based offset of the first byte that breaks UTF-8, or -1 if the bytes are valid UTF-8. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  const n = b.length;
  while (i < n) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (c >= 0xc2 && c <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = c & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const cc = b[i + k];
      if (cc === undefined || (cc & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (cc & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** 0-based offset of the first bad UTF-16 code unit (odd length or lone surrogate). */
function firstInvalidUtf16(b: Uint8Array, label: 'utf-16le' | 'utf-16be'): number {
  const unit = (i: number) => (label === 'utf-16le' ? b[i]! | (b[i + 1]! << 8) : (b[i]! << 8) | b[i + 1]!);
  let i = 0;
  for (; i + 1 < b.length; i += 2) {
    const u = unit(i);
    if (u >= 0xd800 && u <= 0xdbff) {
      if (i + 3 >= b.length) return i;
      const v = unit(i + 2);
      if (v < 0xdc00 || v > 0xdfff) return i;
      i += 2;
    } else if (u >= 0xdc00 && u <= 0xdfff) return i;
  }
  return i < b.length ? i : Math.max(0, b.length - 1);
}

/**
 * The characters normalise's rule 1 drops (C0 controls except tab and LF, DEL,
 * C1 controls, U+FFFE/U+FFFF): how many, which, and the line of the first.
 * They are OCR noise or pasting accidents, never a reason to refuse a page.
 */
function controlCharacters(text: string): { count: number; line: number; names: string } | null {
  const re = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufffe\uffff]/g;
  const first = re.exec(text);
  if (first === null) return null; // the common case, scanned natively
  let count = 1;
  const kinds = new Set([first[0]]);
  while (re.exec(text) !== null) count++;
  for (const m of text.matchAll(re)) if (kinds.size < 4) kinds.add(m[0]);
  const names = [...kinds].map((c) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`).join(', ');
  return { count, line: lineOfIndex(text, first.index), names: kinds.size >= 4 && count > 4 ? `${names} …` : names };
}

function lineOfIndex(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 0x0a) line++;
  return line;
}

/** 1-based line of a byte offset, counting LF bytes (valid for ASCII-compatible encodings). */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function fail(code: FileError['code'], file: string, message: string, byte?: number, bytes?: Uint8Array): DecodeResult {
  // Where: the report prints `file (line L, byte B): message` from these fields.
  const error: FileError = { code, file, message };
  if (byte !== undefined) {
    error.byte = byte;
    if (bytes) error.line = lineOfByte(bytes, byte);
  }
  return { ok: false, error };
}
