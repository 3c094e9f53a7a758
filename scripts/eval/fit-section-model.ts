/**
 * Fits the shipped weights of the section-heading-or-new-article model (scripts/ingest/segment/section-or-title.ts)
 * on the February 2019 pages of 人民日报 (the development corpus), and reports the decision accuracy on February (fit)
 * and October (held out) pages:
 *
 *   npx tsx scripts/eval/fit-section-model.ts [--shared DIR] [--write]
 *
 * The decisions, their labels and the fitter are eval:papers' own (scripts/eval/papers.ts: collectExamples,
 * fitLogistic), so the shipped fit and the per-paper fits label every decision alike: one place where the segmenter
 * meets a headline-shaped stack inside running text with no strong cue, labelled by whether the gold reading has that
 * stack as an article title. With --write, the weights go into scripts/ingest/segment/section-model.json (the shipped
 * model). For figures per paper and leave-one-paper-out, see `npm run eval:papers`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { strictArgs } from '../lib/cli-args.ts';
import { FEATURE_NAMES } from '../ingest/segment/section-or-title.ts';
import { PAPERS, collectExamples, fitLogistic, loadPages, type Example } from './papers.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const USAGE = 'Usage: npx tsx scripts/eval/fit-section-model.ts [--shared DIR] [--write]';

function report(name: string, set: readonly Example[], w: readonly number[]): void {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (const e of set) {
    const p = e.x.reduce((s, v, i) => s + v * w[i]!, 0) > 0;
    if (p && e.y) tp++;
    else if (p) fp++;
    else if (e.y) fn++;
    else tn++;
  }
  console.log(`${name}: ${set.length} decisions, ${set.filter((e) => e.y).length} titles; opens ${tp} right, ${fp} wrong; misses ${fn}; (${tn} headings right)`);
}

function main(): void {
  const { values } = strictArgs({ options: { shared: { type: 'string', default: join(ROOT, '../shared') }, write: { type: 'boolean', default: false } } }, USAGE);
  const paper = PAPERS(resolve(values.shared!)).find((p) => p.name === '人民日报')!;
  const pages = loadPages(paper);
  if (!pages.length) {
    console.error(`fit-section-model: no 人民日报 pages with gold readings under ${paper.pages}`);
    process.exit(2);
  }
  const february = pages.filter((p) => /-02-\d\d\//.test(p.file));
  const train = collectExamples(february);
  const test = collectExamples(pages.filter((p) => !february.includes(p)));
  const w = fitLogistic([train]);
  console.log('# section heading or new article (section-or-title.ts)');
  report('February (fit)', train, w);
  report('October (held out)', test, w);
  for (const [i, name] of FEATURE_NAMES.entries()) console.log(`  ${w[i]!.toFixed(3)}, // ${name}`);
  if (values.write) {
    const file = join(ROOT, 'scripts/ingest/segment/section-model.json');
    const model = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    // (titleShare: the share of titles among the decisions fitted on, the model's prior; profile.ts weighs a publication's own against it.)
    const titleShare = Number((train.filter((e) => e.y).length / train.length).toFixed(4));
    writeFileSync(file, JSON.stringify({ ...model, fittedOn: '人民日报 2019-02 (February pages of the development corpus)', titleShare, features: [...FEATURE_NAMES], weights: w }, null, 2) + '\n');
    console.log('wrote section-model.json');
  }
}

main();
