/**
 * decode: bytes → text.
 *
 * Detection order: byte-order mark (UTF-8, UTF-16 LE/BE); else strict UTF-8;
 * else strict GB18030 (a superset of GBK and GB2312) when the result looks like
 * text; else an error. Line ends (CRLF, lone CR) become '\n'. Problems are
 * returned as values naming the file and the byte offset / line, never thrown.
 */

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** A problem that stops one file from being ingested. */
export interface FileError {
  /** Stable machine code, documented in docs-ingest.md. */
  code: 'empty-file' | 'binary-file' | 'undecodable' | string;
  file: string;
  message: string;
  /** 0-based byte offset into the file, when the problem has one. */
  byte?: number;
  /** 1-based line number, when the problem has one. */
  line?: number;
}

export type DecodeResult =
  | { ok: true; text: string; encoding: Encoding }
  | { ok: false; error: FileError };

/** Decodes one page file; never throws. */
export function decodePage(bytes: Uint8Array, file: string): DecodeResult {
  if (bytes.length === 0) return fail('empty-file', file, 'file is empty');

  const bom = detectBom(bytes);
  let text: string;
  let encoding: Encoding;
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
    if (nul !== -1) {
      return fail('binary-file', file, 'file contains NUL bytes: not a text file (UTF-16 needs a byte-order mark)', nul, bytes);
    }
    const utf8 = strictUtf8(bytes);
    if (utf8 !== null) {
      text = utf8;
      encoding = 'utf-8';
    } else {
      const utf8Bad = firstInvalidUtf8(bytes);
      const gb = tryGb18030(bytes);
      if (gb === null) {
        return fail('undecodable', file, 'bytes are neither valid UTF-8 nor GB18030/GBK text', utf8Bad, bytes);
      }
      text = gb;
      encoding = 'gb18030';
    }
  }

  text = unifyLineEnds(text);
  const control = firstControlRun(text);
  if (control !== null) {
    return failAtLine('binary-file', file, `too many control characters (${control.count}): not a text file`, control.line);
  }
  if (text.trim() === '') return fail('empty-file', file, 'file contains only whitespace');
  return { ok: true, text, encoding };
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

/** Strict GB18030 decode, or null when the bytes are not GB18030 or do not look like text. */
function tryGb18030(bytes: Uint8Array): string | null {
  let text: string;
  try {
    text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  return looksLikeChineseText(text) ? text : null;
}

/**
 * Almost any byte soup decodes as GB18030, so a decode only counts when most
 * non-ASCII characters are common CJK ideographs or CJK/full-width punctuation
 * (random bytes land mostly in rare four-byte planes and private use).
 */
function looksLikeChineseText(text: string): boolean {
  let nonAscii = 0;
  let good = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) continue;
    nonAscii++;
    if ((cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3000 && cp <= 0x303f) || (cp >= 0xff00 && cp <= 0xffef) || (cp >= 0x2000 && cp <= 0x206f)) good++;
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
 * Control characters other than tab, LF and form feed are a sign of a binary
 * file. A page may carry a stray one or two (OCR noise); more than 8, or more
 * than 1 in 1000 characters, is binary. Returns the line of the first one.
 */
function firstControlRun(text: string): { count: number; line: number } | null {
  if (!/[\u0000-\u0008\u000b\u000d-\u001f\u007f]/.test(text)) return null; // the common case, scanned natively
  let count = 0;
  let firstAt = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c) || c === 0x7f) {
      count++;
      if (firstAt === -1) firstAt = i;
    }
  }
  if (count === 0 || (count <= 8 && count * 1000 <= text.length)) return null;
  return { count, line: lineOfIndex(text, firstAt) };
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

function failAtLine(code: FileError['code'], file: string, message: string, line: number): DecodeResult {
  return { ok: false, error: { code, file, message, line } };
}
