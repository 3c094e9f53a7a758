/**
 * Groups the articles the segmenter makes that match no gold title (spurious articles) on the development
 * corpus by what their title is in the gold reading: another article's kicker or subtitle (a kicker/title vs
 * title/subtitle confusion), the start of a gold article's text (a box title read as a kicker), a title
 * that is also elsewhere, or nothing (a section heading or a brief the gold keeps inside an article), with
 * the reason the segmenter opened the article (what explain.ts reports) and examples:
 *   npx tsx scripts/eval/diag-extras.ts [CORPUS_GLOB]     (N=20 for more examples per group, MONTH=02 for one month)
 * Companion of scripts/dev/diag-segmentation.ts (missed gold articles).
 */
import { readFileSync, globSync } from 'node:fs';
import { readPageFile } from '../ingest/read-page.ts';
import { segmentPage } from '../ingest/segment.ts';
import type { StackDecision } from '../ingest/segment/group-articles.ts';
import { normaliseForMatch as n, scorePage, type GoldArticle } from './score-segmentation.ts';

const files = (globSync(process.argv[2] ?? '../shared/corpus/人民日报/*/*.txt') as string[]).sort().filter((f) => !process.env.MONTH || f.includes(`-${process.env.MONTH}-`));
const groups = new Map<string, string[]>();
for (const f of files) {
  const gold = (JSON.parse(readFileSync(f.replace('/corpus/', '/corpus-gold/').replace(/\.txt$/, '.json'), 'utf8')) as { articles: GoldArticle[] }).articles;
  const lines = readPageFile(f);
  const decisions: StackDecision[] = [];
  const s = scorePage(segmentPage(lines, { file: f, explain: (d) => decisions.push(d) }), gold);
  for (const a of s.spurious) {
    const t = n(a.title);
    const what = !t ? 'untitled'
      : gold.some((g) => n(g.kicker) === t) ? 'gold-kicker'
      : gold.some((g) => n(g.subtitle) === t) ? 'gold-subtitle'
      : gold.some((g) => n(g.bodyStarts).startsWith(t)) ? 'gold-body-start'
      : gold.some((g) => n(g.title).includes(t) || t.includes(n(g.title))) ? 'part-of-title'
      : 'not-in-gold';
    const why = a.review.some((r) => r.code === 'bodyless') ? 'bodyless' : (decisions.find((d) => d.lines[0] <= a.lines[0] && a.lines[0] <= d.lines[1])?.why ?? '?').replace(/[:(].*/, '').trim();
    const key = `${what} (${why})`;
    const ex = groups.get(key) ?? [];
    ex.push(`${f.slice(-17)} @${a.lines[0]} [${a.kicker ?? ''} | ${a.title} | ${(a.subtitle ?? '').slice(0, 20)}]`);
    groups.set(key, ex);
  }
}
for (const [k, ex] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
  console.log(k, ex.length);
  for (const e of ex.slice(0, Number(process.env.N ?? 8))) console.log('    ', e);
}
