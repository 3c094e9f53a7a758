/**
 * coverage: the "nothing lost" check. Every non-blank source line must belong
 * to some item of the segmented page, and the items must hold as many
 * non-space characters as the page; otherwise the page gets a review note.
 */
import type { ReviewNote } from '../../src/content/schema.ts';
import type { SegmentedPage, SourceLine } from './types.ts';

/**
 * "Nothing lost": every non-blank source line must be covered by some item,
 * and the items must hold as many non-space characters as the page.
 */
export function checkNothingLost(lines: SourceLine[], seg: SegmentedPage): ReviewNote[] {
  const covered = new Uint8Array(lines.length + 2);
  let itemChars = 0;
  const mark = (r: [number, number]) => {
    for (let i = Math.max(1, r[0]); i <= Math.min(lines.length, r[1]); i++) covered[i] = 1;
  };
  for (const it of seg.items) {
    if (it.type === 'article') {
      for (const b of it.article.blocks) {
        mark(b.lines);
        itemChars += nonSpace(b.text);
      }
    } else {
      mark(it.lines);
      itemChars += nonSpace(it.text);
    }
  }
  const notes: ReviewNote[] = [];
  const missing = lines.filter((l) => l.text.trim() !== '' && !covered[l.no]);
  if (missing.length > 0) {
    notes.push({ code: 'lines-uncovered', message: `${missing.length} non-blank line(s) belong to no article, caption, teaser or furniture (first: line ${missing[0]!.no})`, line: missing[0]!.no });
  }
  const sourceChars = lines.reduce((n, l) => n + nonSpace(l.text), 0);
  if (itemChars < sourceChars) {
    notes.push({ code: 'text-lost', message: `the page has ${sourceChars} non-space characters but its items only ${itemChars}: ${sourceChars - itemChars} missing` });
  }
  return notes;
}

/** Characters other than spaces, tabs, line breaks and U+3000, counting a surrogate pair once. */
export function nonSpace(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x09 && c !== 0x3000 && !(c >= 0xdc00 && c <= 0xdfff)) n++;
  }
  return n;
}
