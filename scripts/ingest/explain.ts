/**
 * explain: how the segmenter read one page, decision by decision (`npm run ingest -- --explain FILE[:LINE]`). Pure.
 *
 * The page is read as the ingest reads it — with every other page of the sources folder, so that the paper's house
 * style (profile.ts) is the one the ingest uses — and the report lists:
 *   - each block with its kind (classify-blocks.ts) and the column-break joins made in it;
 *   - each headline stack and how it was resolved: the outcome (new article, section heading, text, byline …), what
 *     decided it (a rule's name, or the section model with its margin and the cues that weighed most);
 *   - the items of the page as the ingest writes them.
 * With :LINE, only the blocks and decisions that include that line.
 */
import { ingest, type IngestInput, type SourceFile } from './pipeline.ts';
import { pageBlocks, segmentPage } from './segment.ts';
import type { StackDecision } from './segment/group-articles.ts';
import type { SegmentedPage, SourceLine } from './types.ts';

/** `FILE` or `FILE:LINE`. */
export function parseExplainTarget(target: string): { file: string; line?: number } {
  const m = /^(.*):(\d+)$/.exec(target);
  return m && m[1] ? { file: m[1], line: Number(m[2]) } : { file: target };
}

/** The explanation of page `file` (a path relative to the sources folder, as in `input.files`). */
export function explainPage(input: IngestInput, file: string, line?: number): string {
  let decisions: StackDecision[] = [];
  let lines: SourceLine[] = [];
  let segmented: SegmentedPage | undefined;
  const result = ingest(input, {
    segment: (ls, ctx) => {
      if (ctx.file !== file) return segmentPage(ls, ctx);
      // (A publication with a house style is segmented twice; the last reading is the one written.)
      const heard: StackDecision[] = [];
      segmented = segmentPage(ls, { ...ctx, explain: (d) => heard.push(d) });
      decisions = heard;
      lines = ls;
      return segmented;
    },
  });
  const report = result.report.pages.find((p) => p.file === file);
  if (!report) return `explain: ${file} is not a page of the sources folder\n`;
  if (!segmented) return `explain: ${file} could not be read: ${result.report.errors.filter((e) => e.file === file).map((e) => e.message).join('; ') || 'no text'}\n`;
  const within = (r: readonly [number, number]) => line === undefined || (r[0] <= line && line <= r[1]);
  const at = (r: readonly [number, number]) => (r[0] === r[1] ? `L${r[0]}` : `L${r[0]}-${r[1]}`).padEnd(10);
  const short = (t: string, n = 40) => {
    const flat = t.replace(/\n/g, ' ⏎ ');
    return [...flat].length > n ? `${[...flat].slice(0, n).join('')}…` : flat;
  };
  const roles = rolesByLine(segmented);
  const outcome = (r: readonly [number, number]) => {
    const seen: string[] = [];
    for (let n = r[0]; n <= r[1]; n++) {
      const role = roles.get(n);
      if (role && !seen.includes(role)) seen.push(role);
    }
    const parts = seen.filter((x) => x.startsWith('new article (')).map((x) => x.slice(13, -1));
    const rest = seen.filter((x) => !x.startsWith('new article ('));
    return [...(parts.length ? [`new article (${parts.join(' + ')})`] : []), ...rest].join(' + ') || 'blank';
  };
  const out: string[] = [];
  const publication = report.issue?.split('/')[0];
  const profile = publication ? result.report.profiles[publication] : undefined;
  out.push(`${file}${line !== undefined ? ` (line ${line})` : ''} — ${report.issue ? `filed as ${report.issue}/${report.pageKey}` : 'not filed'}`);
  if (profile) {
    out.push(`House style of ${publication}: ${profile.profile.bylineOnTop ? "reporter or writer under the headline (a headline over a reporter's or writer's line opens an article)" : 'the defaults'} — ${profile.source === 'catalogue' ? 'stated in catalogue.json' : `${profile.evidence.bylineOnTop} of ${profile.evidence.pages} pages show a reporter or writer under their first headline`}`);
    if (profile.profile.sectionBias !== undefined) out.push(`  and a headline inside running text opens an article ${profile.profile.sectionBias > 0 ? 'more' : 'less'} readily than on the model's training pages (about ${(profile.evidence.sections.titleShare * 100).toFixed(0)} % of ${profile.evidence.sections.decisions} stacks weighed): the model's scores shifted by ${profile.profile.sectionBias > 0 ? '+' : ''}${profile.profile.sectionBias}`);
    if (profile.profile.headlineLinesAreParts) out.push(`  and a headline's lines in one block are its kicker, title and subtitle (${profile.evidence.headlines.together} headlines so set, ${profile.evidence.headlines.apart} with their parts apart)`);
  }
  out.push('', 'Blocks (kind as read alone; joins made across column breaks):');
  for (const b of pageBlocks(lines)) {
    if (!within(b.block.lines)) continue;
    out.push(`  ${at(b.block.lines)} ${b.kind.padEnd(14)} ${short(b.block.text)}${b.block.joins.length ? `   joins: ${b.block.joins.join(', ')}` : ''}`);
  }
  out.push('', 'Headline stacks (outcome ← what decided it; the section model: margin above 0 opens an article):');
  for (const d of decisions) {
    if (!within(d.lines)) continue;
    const model = d.score !== undefined ? `section model, margin ${d.score >= 0 ? '+' : ''}${d.score.toFixed(2)}; cues ${d.cues!.map(([n, c]) => `${n} ${c >= 0 ? '+' : ''}${c.toFixed(2)}`).join(', ')}` : '';
    out.push(`  ${at(d.lines)} ${outcome(d.lines).padEnd(22)} ← ${d.why === 'section model' ? model : d.why}${d.why !== 'section model' && model ? ` (${model})` : ''}`);
    out.push(`  ${' '.repeat(10)} ${short(d.stack.join(' / '), 60)}  ▸ ${short(d.next, 20)}`);
  }
  out.push('', 'Items as written:');
  for (const it of segmented.items) {
    const r = it.type === 'article' ? it.article.lines : it.lines;
    if (!within(r)) continue;
    if (it.type === 'article') {
      const a = it.article;
      out.push(`  ${at(r)} article   ${[a.kicker && `kicker ${a.kicker}`, `title ${a.title || '（无题）'}`, a.subtitle && `subtitle ${a.subtitle}`, a.byline && `byline ${a.byline}`].filter(Boolean).map((x) => short(x as string, 50)).join(' | ')}`);
      if (a.sections.length) out.push(`  ${' '.repeat(10)} sections: ${a.sections.map((x) => short(x, 24)).join(' / ')}`);
    } else out.push(`  ${at(r)} ${it.type.padEnd(9)} ${short(it.type === 'teaser' ? it.title : it.text)}`);
  }
  const notes = report.review.filter((n) => n.line === undefined || line === undefined || n.line === line);
  if (notes.length) {
    out.push('', 'Review notes:');
    for (const n of notes) out.push(`  ${n.line !== undefined ? `L${n.line}`.padEnd(10) : ' '.repeat(10)} [${n.code}] ${n.message}`);
  }
  return `${out.join('\n')}\n`;
}

/** Each source line's role in the page as segmented (title, kicker, heading, paragraph, byline, caption, furniture …). */
function rolesByLine(page: SegmentedPage): Map<number, string> {
  const roles = new Map<number, string>();
  const mark = (r: readonly [number, number], role: string) => {
    for (let n = r[0]; n <= r[1]; n++) if (!roles.has(n)) roles.set(n, role);
  };
  for (const it of page.items) {
    if (it.type !== 'article') mark(it.lines, it.type);
    else for (const b of it.article.blocks) mark(b.lines, b.role === 'title' || b.role === 'kicker' || b.role === 'subtitle' ? `new article (${b.role})` : b.role === 'heading' ? 'section heading' : b.role === 'paragraph' ? 'text' : b.role);
  }
  return roles;
}

/** Finds `file` among the sources (exact relative path, or the one path ending with it). */
export function findSource(files: readonly SourceFile[], file: string): string | undefined {
  const norm = file.replace(/\\/g, '/').replace(/^\.\//, '');
  if (files.some((f) => f.path === norm)) return norm;
  const ends = files.filter((f) => f.path.endsWith(`/${norm}`) || norm.endsWith(`/${f.path}`));
  return ends.length === 1 ? ends[0]!.path : undefined;
}
