import { mkdirSync, writeFileSync } from 'node:fs';
import { PAPERS, loadPages, RESTYLES } from './papers.ts';
const paper = PAPERS('/work/shared')[2]!;
for (const p of loadPages(paper)) {
  const f = '/tmp/sw/' + p.file; mkdirSync(f.replace(/\/[^/]+$/, ''), { recursive: true });
  writeFileSync(f, RESTYLES['wrapped-24, no blank lines']!(p.lines.map((l) => l.text).join('\n')));
}
