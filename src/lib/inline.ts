/**
 * Short printed texts outside article bodies (page furniture, captions, teasers)
 * follow the body's rule for bold: a matched `**…**` pair is shown in bold and
 * its marks are not shown; a lone `**` stays as text (README, normalisation).
 */
export interface InlineRun {
  text: string;
  bold: boolean;
}

/** The text as runs of plain and bold text; non-empty runs, in order. */
export function boldRuns(text: string): InlineRun[] {
  const out: InlineRun[] = [];
  const re = /\*\*(?=\S)([\s\S]*?\S)\*\*/g;
  let at = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > at) out.push({ text: text.slice(at, m.index), bold: false });
    out.push({ text: m[1]!, bold: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at), bold: false });
  return out;
}

/** The text without matched bold marks (for plain-text uses: titles, descriptions). */
export function plainText(text: string): string {
  return boldRuns(text).map((r) => r.text).join('');
}
