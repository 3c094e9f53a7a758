/**
 * How the two-piece headline cues (assign-headline-parts.ts `KICKER_CUES`) fare on every gold headline of two
 * pieces (kicker + title, or title + subtitle) in the development corpus: per cue, how often it fires and how
 * often its reading is the gold one, per month; and the pairs read wrongly (`SHOW=cue-name` or `SHOW=none`).
 *   npx tsx scripts/eval/diag-headline-parts.ts [CORPUS_GLOB]
 */
import { readFileSync, globSync } from 'node:fs';
import { firstKickerCue } from '../ingest/segment/assign-headline-parts.ts';
import type { GoldArticle } from './score-segmentation.ts';

const files = (globSync(process.argv[2] ?? '../shared/corpus-gold/人民日报/*/*.json') as string[]).sort();
const tally = new Map<string, { fired: number; right: number; byMonth: Map<string, [number, number]> }>();
const shown: string[] = [];
for (const f of files) {
  const month = /\d{4}-(\d{2})-\d{2}/.exec(f)?.[1] ?? '?';
  for (const g of (JSON.parse(readFileSync(f, 'utf8')) as { articles: GoldArticle[] }).articles) {
    if (!g.kicker === !g.subtitle) continue;
    const [a, b] = g.kicker ? [g.kicker, g.title] : [g.title, g.subtitle!];
    const kickerFirst = Boolean(g.kicker);
    const cue = firstKickerCue(a, b);
    const name = cue?.name ?? 'none';
    const right = (cue?.kickerFirst ?? true) === kickerFirst;
    const t = tally.get(name) ?? { fired: 0, right: 0, byMonth: new Map() };
    t.fired++;
    if (right) t.right++;
    const m = t.byMonth.get(month) ?? [0, 0];
    m[0]++;
    if (right) m[1]++;
    t.byMonth.set(month, m);
    tally.set(name, t);
    if (!right && (process.env.SHOW === name || process.env.SHOW === 'all')) shown.push(`${f.slice(-18, -5)} ${kickerFirst ? 'K+T' : 'T+S'} ${name}: ${a} / ${b.slice(0, 60)}`);
  }
}
for (const [name, t] of [...tally].sort((x, y) => y[1].fired - x[1].fired)) {
  const months = [...t.byMonth].sort().map(([m, [n, r]]) => `${m}: ${r}/${n}`).join('  ');
  console.log(`${name.padEnd(24)} ${String(t.fired).padStart(4)} fired, ${String(t.fired - t.right).padStart(3)} wrong (${((100 * t.right) / t.fired).toFixed(1)}%)   ${months}`);
}
const all = [...tally.values()];
console.log(`all                      ${String(all.reduce((n, t) => n + t.fired, 0)).padStart(4)} pairs, ${String(all.reduce((n, t) => n + t.fired - t.right, 0)).padStart(3)} wrong`);
for (const s of shown) console.log('  ', s);
