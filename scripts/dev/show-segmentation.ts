/**
 * Prints how one page is segmented (items, article fields, block roles, joins, review notes),
 * for developing the segmentation rules:  npx tsx scripts/dev/show-segmentation.ts PAGE.txt
 */
import { readPageFile } from '../ingest/read-page.ts';
import { segmentPage } from '../ingest/segment.ts';
const f = process.argv[2]!;
const lines = readPageFile(f);
const page = segmentPage(lines, { file: f });
for (const it of page.items) {
  if (it.type !== 'article') { console.log(`[${it.type}${'kind' in it ? ':' + it.kind : ''}] ${JSON.stringify(it.type === 'teaser' ? { k: it.kicker, t: it.title, p: it.page } : it.text)} ${it.lines}`); continue; }
  const a = it.article;
  console.log(`ARTICLE ${a.lines} K=${a.kicker ?? ''} | T=${a.title} | S=${a.subtitle ?? ''} | B=${a.byline ?? ''} | N=${(a.editorsNote ?? '').slice(0, 20)}`);
  if (a.sections.length) console.log('   sections', JSON.stringify(a.sections));
  if (a.continuations.length) console.log('   cont', JSON.stringify(a.continuations));
  if (a.pullQuotes.length) console.log('   pq', a.pullQuotes.map((q) => q.slice(0, 20)));
  for (const b of a.blocks) console.log(`   ${b.role.padEnd(11)} ${b.lines} ${b.text.replace(/\n/g, '⏎').slice(0, 50)}${b.joins ? ' J=' + JSON.stringify(b.joins) : ''}`);
  if (a.review.length) console.log('   review', JSON.stringify(a.review));
}
