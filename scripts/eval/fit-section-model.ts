/**
 * Fits the weights of the section-heading-or-new-article model (scripts/ingest/segment/section-or-title.ts)
 * by L2-regularised logistic regression on the February 2019 pages of the development corpus, and
 * reports the decision accuracy on February (fit) and October (held out) pages:
 *
 *   npx tsx scripts/eval/fit-section-model.ts [--corpus ../shared/corpus --gold ../shared/corpus-gold]
 *
 * Each example is one place where the segmenter meets a headline-shaped stack inside running text
 * with no strong cue; its label is whether the gold reading has that stack's text as an article title.
 * The segmenter runs with the model switched off while examples are collected. With --write, the
 * weights fitted on February go into scripts/ingest/segment/section-model.json (the shipped model).
 * For figures per paper and leave-one-paper-out, see scripts/eval/papers.ts (npm run eval:papers).
 */
import { readFileSync, globSync, writeFileSync } from 'node:fs';
import { readPageFile } from '../ingest/read-page.ts';
import { segmentPage } from '../ingest/segment.ts';
import type { WeighedStack } from '../ingest/segment/group-articles.ts';
import { FEATURE_NAMES, SECTION_MODEL, sectionFeatures } from '../ingest/segment/section-or-title.ts';
import { normaliseForMatch } from './score-segmentation.ts';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}
const corpus = arg('--corpus', '../shared/corpus');
const goldDir = arg('--gold', '../shared/corpus-gold');

type Example = { x: number[]; y: number; held: boolean };
const examples: Example[] = [];
const off = { ...SECTION_MODEL, weights: [] };
for (const f of (globSync(`${corpus}/**/*.txt`) as string[]).sort()) {
  const held = !/-02-\d\d\//.test(f);
  const gold = JSON.parse(readFileSync(f.replace(corpus, goldDir).replace(/\.txt$/, '.json'), 'utf8')).articles as { title: string }[];
  const titles = new Set(gold.map((g) => normaliseForMatch(g.title)));
  const onWeighed = (d: WeighedStack) => {
    if (d.marked || d.index < 0) return;
    examples.push({ x: sectionFeatures(d), y: d.stack.some((s) => titles.has(normaliseForMatch(s))) ? 1 : 0, held });
  };
  segmentPage(readPageFile(f), { file: f, model: off, onWeighed });
}

function fit(examples: Example[], names: readonly string[], constName: string): void {
const train = examples.filter((e) => !e.held);
const test = examples.filter((e) => e.held);
const n = names.length;
const w = new Array<number>(n).fill(0);
const lambda = Number(process.env.LAMBDA ?? 1e-4);
const sig = (z: number) => 1 / (1 + Math.exp(-z));
const dot = (x: number[]) => x.reduce((s, v, i) => s + v * w[i]!, 0);
for (let it = 0; it < 4000; it++) {
  const g = new Array<number>(n).fill(0);
  for (const e of train) {
    const err = sig(dot(e.x)) - e.y;
    for (let i = 0; i < n; i++) g[i]! += err * e.x[i]!;
  }
  for (let i = 0; i < n; i++) w[i]! -= 0.5 * (g[i]! / train.length + (i ? lambda * w[i]! : 0));
}
const report = (name: string, set: Example[]) => {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (const e of set) {
    const p = dot(e.x) > 0;
    if (p && e.y) tp++; else if (p) fp++; else if (e.y) fn++; else tn++;
  }
  console.log(`${name}: ${set.length} decisions, ${set.filter((e) => e.y).length} titles; opens ${tp} right, ${fp} wrong; misses ${fn}; (${tn} headings right)`);
};
report('February (fit)', train);
report('October (held out)', test);
for (let i = 0; i < n; i++) console.log(`  ${w[i]!.toFixed(3)}, // ${names[i]}`);
if (process.argv.includes('--write')) {
  const file = new URL('../ingest/segment/section-model.json', import.meta.url);
  const model = JSON.parse(readFileSync(file, 'utf8'));
  writeFileSync(file, JSON.stringify({ ...model, fittedOn: "人民日报 2019-02 (February pages of the development corpus)", features: [...names], weights: w.map((v) => Number(v.toFixed(3))) }, null, 2) + '\n');
  console.log('wrote section-model.json');
}
}
console.log('# section heading or new article (section-or-title.ts)');
fit(examples, FEATURE_NAMES, 'SECTION_WEIGHTS');
