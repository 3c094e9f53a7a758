/**
 * Corpus evaluation of the segmenter: article-level precision / recall / F1 against gold readings.
 *
 *   npx tsx scripts/dev/eval-corpus.ts [--corpus ../shared/corpus --gold ../shared/corpus-gold] [--verbose] [--limit N]
 *
 * Reads every PAGE.txt under --corpus and the PAGE.json of the same relative path under --gold,
 * normalises it as the ingest does, segments it and scores it (see scripts/eval/score-segmentation.ts
 * for the matching rules). Prints title-F1, boundary-F1 and kicker/subtitle accuracy.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readPageFile } from '../ingest/read-page.ts';
import { segmentPage } from '../ingest/segment.ts';
import { prf, scorePage, type GoldArticle } from '../eval/score-segmentation.ts';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

function listTxt(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir).sort()) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out.push(...listTxt(p));
    else if (e.endsWith('.txt')) out.push(p);
  }
  return out;
}

const corpus = arg('--corpus', '../shared/corpus');
const goldDir = arg('--gold', '../shared/corpus-gold');
const verbose = process.argv.includes('--verbose');
const limit = Number(arg('--limit', '0'));

let files = listTxt(corpus);
if (limit > 0) files = files.slice(0, limit);
const t = { gold: 0, predicted: 0, title: 0, boundary: 0, kicker: 0, subtitle: 0, pages: 0 };
// Per month (YYYY-MM in the page's path): the section model is fitted on 2019-02 and 2019-10 is held out.
const byMonth = new Map<string, { gold: number; predicted: number; title: number; boundary: number }>();
const started = Date.now();
for (const file of files) {
  const rel = relative(corpus, file);
  const goldFile = join(goldDir, rel.replace(/\.txt$/, '.json'));
  if (!existsSync(goldFile)) continue;
  const gold = (JSON.parse(readFileSync(goldFile, 'utf8')) as { articles: GoldArticle[] }).articles;
  const lines = readPageFile(file);
  const page = segmentPage(lines, { file: rel });
  const s = scorePage(page, gold);
  t.pages++;
  t.gold += s.gold;
  t.predicted += s.predicted;
  t.title += s.titleMatches;
  t.boundary += s.boundaryMatches;
  t.kicker += s.kickerRight;
  t.subtitle += s.subtitleRight;
  const month = /(\d{4}-\d{2})-\d{2}/.exec(rel)?.[1] ?? '?';
  const m = byMonth.get(month) ?? { gold: 0, predicted: 0, title: 0, boundary: 0 };
  m.gold += s.gold;
  m.predicted += s.predicted;
  m.title += s.titleMatches;
  m.boundary += s.boundaryMatches;
  byMonth.set(month, m);
  if (verbose && (s.missed.length || s.spurious.length || s.wrongHeadline.length)) {
    console.log(`\n# ${rel}`);
    for (const g of s.missed) console.log(`  MISS  ${g.kicker ? `[${g.kicker}] ` : ''}${g.title}${g.subtitle ? ` {${g.subtitle.slice(0, 30)}}` : ''}${g.bodyless ? ' (bodyless)' : ''}`);
    for (const a of s.spurious) console.log(`  EXTRA ${a.kicker ? `[${a.kicker}] ` : ''}${a.title}${a.subtitle ? ` {${a.subtitle.slice(0, 30)}}` : ''} @${a.lines[0]}`);
    for (const w of s.wrongHeadline) console.log(`  HEAD  gold [${w.gold.kicker ?? ''}] ${w.gold.title} {${(w.gold.subtitle ?? '').slice(0, 30)}} | got [${w.got.kicker ?? ''}] {${(w.got.subtitle ?? '').slice(0, 30)}}`);
  }
}
const pct = (x: number) => (100 * x).toFixed(2) + '%';
const title = prf(t.title, t.predicted, t.gold);
const boundary = prf(t.boundary, t.predicted, t.gold);
console.log(`pages ${t.pages}, gold articles ${t.gold}, predicted ${t.predicted} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
console.log(`title-F1     P ${pct(title.precision)}  R ${pct(title.recall)}  F1 ${pct(title.f1)}  (${t.title} title matches)`);
console.log(`boundary-F1  P ${pct(boundary.precision)}  R ${pct(boundary.recall)}  F1 ${pct(boundary.f1)}  (${t.boundary} body-start matches)`);
console.log(`kicker accuracy ${pct(t.title ? t.kicker / t.title : 0)}, subtitle accuracy ${pct(t.title ? t.subtitle / t.title : 0)} (on title-matched articles)`);
for (const [month, m] of [...byMonth].sort()) {
  const tt = prf(m.title, m.predicted, m.gold);
  const bb = prf(m.boundary, m.predicted, m.gold);
  console.log(`  ${month}: title P ${pct(tt.precision)} R ${pct(tt.recall)} F1 ${pct(tt.f1)} | boundary F1 ${pct(bb.f1)} (${m.gold} gold)`);
}
