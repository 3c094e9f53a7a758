/**
 * Groups the gold articles the segmenter misses on the development corpus by what became of
 * their headline (a heading after a paragraph, a kicker, a caption …), with examples:
 *   npx tsx scripts/diag-missed.ts [CORPUS_GLOB]     (N=20 for more examples per group)
 */
import { readFileSync } from 'node:fs';
import { readPageFile } from '../ingest/read-page.ts';
import { segmentPage } from '../ingest/segment.ts';
import { normaliseForMatch, scorePage } from '../eval/score-segmentation.ts';
import { globSync } from 'node:fs';
const files = (globSync(process.argv[2] ?? '../shared/corpus/人民日报/*/*.txt') as string[]).sort();
const counts = new Map<string, number>();
const examples = new Map<string, string[]>();
for (const f of files) {
  const gold = JSON.parse(readFileSync(f.replace('/corpus/', '/corpus-gold/').replace(/\.txt$/, '.json'), 'utf8')).articles;
  const lines = readPageFile(f);
  const page = segmentPage(lines, { file: f });
  const s = scorePage(page, gold);
  const arts = page.items.flatMap((i) => (i.type === 'article' ? [i.article] : []));
  for (const g of s.missed) {
    const t = normaliseForMatch(g.title);
    let where = 'notfound';
    let ctx = '';
    for (const a of arts) for (const [bi, b] of a.blocks.entries()) if (normaliseForMatch(b.text) === t) {
      const prev = a.blocks[bi - 1];
      where = `${b.role}${prev ? '<-' + prev.role : ''}`;
      ctx = `${prev ? prev.text.slice(-20) : ''} ⟶ [${b.text}] ⟶ ${(a.blocks[bi + 1]?.text ?? '').slice(0, 20)}`;
    }
    for (const it of page.items) if (it.type !== 'article' && normaliseForMatch(it.text).includes(t)) where = it.type;
    counts.set(where, (counts.get(where) ?? 0) + 1);
    const ex = examples.get(where) ?? [];
    if (ex.length < (process.env.N ? Number(process.env.N) : 8)) ex.push(`${f.slice(-17)} ${ctx || g.title}`);
    examples.set(where, ex);
  }
}
for (const [k, v] of [...counts].sort((a, b) => b[1] - a[1])) {
  console.log(k, v);
  for (const e of examples.get(k)!) console.log('    ', e);
}
