/**
 * Lists the gold articles whose title the segmenter finds but whose body start it misses (a boundary-F1
 * miss with a title match), grouped by what the article's text starts with instead: text the gold keeps
 * out (a caption, a byline, a deck kept as text …), text missing at the start (a paragraph given to the
 * headline or to another article), or something else; with examples:
 *   npx tsx scripts/eval/diag-boundary.ts [CORPUS_GLOB]     (N=20 for more examples per group, MONTH=02 for one month)
 * Companion of scripts/dev/diag-segmentation.ts (missed titles) and scripts/eval/diag-extras.ts (spurious articles).
 */
import { readFileSync, globSync } from 'node:fs';
import { readPageFile } from '../ingest/read-page.ts';
import { segmentPage } from '../ingest/segment.ts';
import { bodyStartOf, normaliseForMatch as n, type GoldArticle } from './score-segmentation.ts';

const files = (globSync(process.argv[2] ?? '../shared/corpus/人民日报/*/*.txt') as string[]).sort().filter((f) => !process.env.MONTH || f.includes(`-${process.env.MONTH}-`));
const groups = new Map<string, string[]>();
for (const f of files) {
  const gold = (JSON.parse(readFileSync(f.replace('/corpus/', '/corpus-gold/').replace(/\.txt$/, '.json'), 'utf8')) as { articles: GoldArticle[] }).articles;
  const lines = readPageFile(f);
  const page = segmentPage(lines, { file: f });
  const got = page.items.flatMap((i) => (i.type === 'article' ? [i.article] : []));
  for (const g of gold) {
    if (g.bodyless || !g.bodyStarts) continue;
    const a = got.find((x) => n(x.title) === n(g.title));
    if (!a) continue;
    const want = n(g.bodyStarts).slice(0, 16);
    const have = bodyStartOf(a);
    if (have.startsWith(want) || bodyStartOf(a, true).startsWith(want)) continue;
    const idx = have.indexOf(want);
    const text = a.blocks.filter((b) => !['kicker', 'title', 'subtitle', 'editorsNote'].includes(b.role));
    let what: string;
    if (idx > 0) {
      // Blocks of the article before the gold body start: what the gold keeps out of the text.
      let acc = '';
      const extra: string[] = [];
      for (const b of text) {
        if (acc.length >= idx) break;
        acc += n(b.text);
        extra.push(b.role);
      }
      what = `extra-before(${[...new Set(extra)].join('+')})`;
    } else if (idx < 0 && a.blocks.some((b) => ['kicker', 'title', 'subtitle', 'editorsNote'].includes(b.role) && n(b.text).startsWith(want.slice(0, 8)))) what = 'in-headline';
    else if (idx < 0 && got.some((x) => x !== a && bodyStartOf(x).startsWith(want))) what = 'in-other-article';
    else if (idx < 0 && have === '') what = 'no-text';
    else what = 'elsewhere';
    const ex = groups.get(what) ?? [];
    ex.push(`${f.slice(-17)} @${a.lines[0]} ${g.title.slice(0, 24)} | want ${want} | got ${have.slice(0, 40)}`);
    groups.set(what, ex);
  }
}
for (const [k, ex] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
  console.log(k, ex.length);
  for (const e of ex.slice(0, Number(process.env.N ?? 8))) console.log('    ', e);
}
