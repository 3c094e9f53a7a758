/**
 * The text of an article body, as a reader sees it: the MDX the ingest writes
 * (scripts/ingest/render.ts) — paragraphs, `## ` headings and `> ` pull quotes
 * separated by blank lines, `<strong>` around bold runs, a character reference
 * for every syntax character — back to plain text, one string per block
 * (line breaks inside a block kept, hard breaks too). Used for the article's `text` in the
 * data files and for the search records. Backslash escapes and `**` pairs of a
 * hand-written body are undone too.
 */
const REF = /&#x([0-9a-f]+);|&#(\d+);|&(amp|lt|gt|quot|apos);/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function bodyTextBlocks(body: string): string[] {
  return body
    .split(/\n{2,}/)
    .map((block) =>
      block
        .split('\n')
        // (A backslash ending a line is a hard break — a stanza's line — not text.)
        .map((line) => line.replace(/^#{1,6}\s+/, '').replace(/^>\s?/, '').replace(/(?<!\\)\\$/, ''))
        .join('\n')
        .replace(/\\([\\`*_{}[\]()<>#+\-.!|~&])/g, '$1')
        .replace(/\*\*(.+?)\*\*/g, '$1')
        .replace(/<\/?strong>/g, '')
        .replace(REF, (_, hex: string, dec: string, name: string) =>
          hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(Number(dec)) : NAMED[name.toLowerCase()]!,
        )
        .trim(),
    )
    .filter(Boolean);
}
