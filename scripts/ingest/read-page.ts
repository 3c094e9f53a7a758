/**
 * A page read as the ingest reads it, before segmentation: bytes → decode (decode.ts) → normalise
 * (normalise.ts) → numbered lines. The pipeline's per-page work starts here, and so do the tools and
 * tests that look at a page the way the ingest sees it (eval, diagnostics, segmentation tests).
 */
import { readFileSync } from 'node:fs';
import type { ReviewNote } from '../../src/content/schema.ts';
import { decodePage, unifyLineEnds, type Encoding, type FileError } from './decode.ts';
import { normaliseLinesWithMarks } from './normalise.ts';
import type { SourceLine } from './types.ts';

export type ReadPage =
  /** `notes`: decode's notes on the page as a whole (an uncertain encoding, dropped control characters). */
  | { ok: true; encoding: Encoding; lines: SourceLine[]; notes: ReviewNote[] }
  | { ok: false; error: FileError };

/** Reads one page file's bytes (`path` names it in problems); never throws. */
export function readPage(bytes: Uint8Array, path: string): ReadPage {
  const decoded = decodePage(bytes, path);
  if (!decoded.ok) return decoded;
  return { ok: true, encoding: decoded.encoding, lines: numbered(normaliseLinesWithMarks(decoded.text)), notes: decoded.notes ?? [] };
}

/** For tools and tests: the page file at `file` read as the ingest reads it; throws when the ingest would refuse it. */
export function readPageFile(file: string): SourceLine[] {
  const r = readPage(readFileSync(file), file);
  if (!r.ok) throw new Error(`${file}: ${r.error.message} (${r.error.code})`);
  return r.lines;
}

/**
 * Page text already decoded (a test's string, a restyled page) → its lines as the ingest would have them:
 * a leading byte-order mark dropped, line ends unified, normalised.
 */
export function pageLines(text: string): SourceLine[] {
  return numbered(normaliseLinesWithMarks(unifyLineEnds(text.replace(/^\ufeff/, ''))));
}

function numbered({ lines, printedMarks }: { lines: string[]; printedMarks: (string | undefined)[] }): SourceLine[] {
  return lines.map((text, i) => (printedMarks[i] === undefined ? { no: i + 1, text } : { no: i + 1, text, printedMarks: printedMarks[i] }));
}
