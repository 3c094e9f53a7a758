/**
 * How the headline stacks the segmenter actually meets are read, against the gold: for every stack that
 * assign-headline-parts.ts sees and that holds a gold title or kicker, whether a gold article is missed on the page for
 * one of its pieces (after all later steps), and what the gold makes of its pieces (T title, K kicker, S subtitle).
 * Grouped by stack size and by the two-piece cue that decided (`KICKER_CUES`), with the wrong ones listed (SHOW=1).
 *   npx tsx scripts/eval/diag-headline-stacks.ts [CORPUS_GLOB]
 */
import { readFileSync, globSync } from 'node:fs';
import { readPageFile } from '../ingest/read-page.ts';
import { segmentPage } from '../ingest/segment.ts';
import { normaliseForMatch, scorePage, type GoldArticle } from './score-segmentation.ts';
import { firstKickerCue, headlineTrace, type HeadlineParts } from '../ingest/segment/assign-headline-parts.ts';

const files = (globSync(process.argv[2] ?? '../shared/corpus/人民日报/*/*.txt') as string[]).sort();
const tally = new Map<string, [number, number]>();
const wrong: string[] = [];
let page = '';
let gold: GoldArticle[] = [];
const n = (t: string) => normaliseForMatch(t);
let seen: { pieces: string[]; parts: HeadlineParts }[] = [];
headlineTrace.on = (pieces, parts) => seen.push({ pieces, parts });
for (const f of files) {
  page = f;
  gold = JSON.parse(readFileSync(f.replace('/corpus/', '/corpus-gold/').replace(/\.txt$/, '.json'), 'utf8')).articles;
  const lines = readPageFile(f);
  seen = [];
  const result = segmentPage(lines, { file: f });
  const missed = scorePage(result, gold).missed;
  for (const { pieces, parts } of seen) {
    const inGold = (g: GoldArticle, p: string) => n(g.title) === n(p) || (g.kicker !== undefined && n(g.kicker) === n(p));
    if (!pieces.some((p) => gold.some((g) => inGold(g, p)))) continue;
    const ok = !pieces.some((p) => missed.some((g) => inGold(g, p)));
    const key = pieces.length === 2 ? `2:${firstKickerCue(pieces[0]!, pieces[1]!)?.name ?? 'none'}` : `${Math.min(pieces.length, 5)}`;
    const t = tally.get(key) ?? [0, 0];
    t[0]++;
    if (ok) t[1]++;
    tally.set(key, t);
    if (ok) continue;
    const role = (p: string) => {
      const g = gold.find((x) => n(x.title) === n(p) || (x.kicker && n(x.kicker) === n(p)) || (x.subtitle && n(x.subtitle) === n(p)));
      return !g ? '-' : n(g.title) === n(p) ? 'T' : g.kicker && n(g.kicker) === n(p) ? 'K' : 'S';
    };
    wrong.push(`${page.slice(-17)} ${key.padEnd(22)} gold ${pieces.slice(0, 6).map(role).join('')} ours ${parts.blocks.slice(0, 6).map((b) => b.role[0]).join('')}: ${pieces.slice(0, 6).map((p) => p.slice(0, 30)).join(' / ')}`);
  }
}
for (const [k, [all, ok]] of [...tally].sort((x, y) => y[1][0] - x[1][0])) console.log(`${k.padEnd(26)} ${String(all).padStart(4)} stacks, ${String(all - ok).padStart(3)} with a missed gold article`);
if (process.env.SHOW) for (const w of wrong.sort()) console.log('  ', w);
