/**
 * Series of parallel headings on a page. A themed page (one article per museum, per deputy, per city) sets
 * its articles' titles alike: single lines of about the same length and the same build (two phrases of
 * four and seven characters, say), each over a body of about the same size. A feature's section headings
 * come in series too, but over shorter stretches of text than whole articles. Pure; a page's headline
 * runs are found once per block list.
 */
import type { ClassifiedBlock } from './classify-blocks.ts';
import { visibleLength } from './text-shape.ts';

/** A run of headline-shaped blocks set between running text: its last line's shape and the text under it. */
export interface HeadlineRun {
  /** Index of the run's first and last block. */
  start: number;
  end: number;
  /** Visible length of the run's last line (column tags in brackets left out). */
  length: number;
  /** Phrases of the last line, split at spaces (价格稳 品种多 供应足 has three). */
  phrases: number;
  /** Visible characters of running text under the run, up to the next headline run. */
  body: number;
}

const pages = new WeakMap<readonly ClassifiedBlock[], HeadlineRun[]>();

const isHead = (b: ClassifiedBlock) => b.kind === 'headline' || b.kind === 'name' || b.kind === 'short-stack';

/** A heading's own words: its last line without a column tag in brackets. */
export function headingShape(text: string): { length: number; phrases: number } {
  const t = text.trim().replace(/[（(][^（()）]*[）)]$/, '').trim();
  return { length: visibleLength(t), phrases: t ? t.split(/[ \u3000]+/).length : 0 };
}

/** The page's headline runs that stand over running text, in order. */
export function headlineRuns(blocks: readonly ClassifiedBlock[]): HeadlineRun[] {
  let runs = pages.get(blocks);
  if (runs) return runs;
  runs = [];
  let i = 0;
  while (i < blocks.length) {
    if (!isHead(blocks[i]!)) {
      i++;
      continue;
    }
    const start = i;
    while (i < blocks.length && isHead(blocks[i]!)) i++;
    const end = i - 1;
    let body = 0;
    let j = i;
    for (; j < blocks.length && !isHead(blocks[j]!); j++) if (blocks[j]!.kind === 'body' || blocks[j]!.kind === 'dateline') body += visibleLength(blocks[j]!.block.text);
    if (body > 0) runs.push({ start, end, ...headingShape(blocks[end]!.block.text), body });
  }
  pages.set(blocks, runs);
  return runs;
}

/** Whether two headings have the same build: as many phrases, lengths within a character (or a tenth). */
export function sameShape(a: { length: number; phrases: number }, b: { length: number; phrases: number }): boolean {
  return a.phrases === b.phrases && Math.abs(a.length - b.length) <= Math.max(1, Math.round(Math.max(a.length, b.length) / 10));
}

/**
 * The run whose text starts at block `index` and the other runs of the page with the same build (its
 * siblings): how many, and the median text under them all.
 */
export function parallelSeries(blocks: readonly ClassifiedBlock[], index: number): { siblings: number; medianBody: number; run: HeadlineRun | undefined } {
  const runs = headlineRuns(blocks);
  const run = runs.find((r) => r.end === index - 1);
  if (!run) return { siblings: 0, medianBody: 0, run };
  const same = runs.filter((r) => r.start - r.end === run.start - run.end && sameShape(r, run));
  const bodies = same.map((r) => r.body).sort((a, b) => a - b);
  return { siblings: same.length - 1, medianBody: bodies[Math.floor(bodies.length / 2)] ?? 0, run };
}
