import { PAPERS, loadPages, RESTYLES } from './papers.ts';
import { normaliseText } from '../ingest/normalise.ts';
const width = (s: string) => [...s].reduce((n, c) => n + (c.codePointAt(0)! > 0x2e80 ? 2 : 1), 0);
function wrapShare(lines: string[]): { w: number; share: number; n: number } {
  const ws = lines.map((l) => width(l.trim())).filter((w) => w >= 20);
  const counts = new Map<number, number>();
  for (const w of ws) counts.set(w, (counts.get(w) ?? 0) + 1);
  let best = 0, bw = 0;
  for (const [w] of counts) { const c = (counts.get(w) ?? 0) + (counts.get(w - 1) ?? 0) + (counts.get(w - 2) ?? 0); if (c > best) { best = c; bw = w; } }
  return { w: bw, share: ws.length ? best / ws.length : 0, n: ws.length };
}
for (const paper of PAPERS('/work/shared')) {
  for (const style of ['as-is', 'wrapped-24']) {
    const shares: number[] = []; let fp = 0;
    for (const p of loadPages(paper)) {
      const text = normaliseText(RESTYLES[style]!(p.lines.map((l) => l.text).join('\n')));
      const r = wrapShare(text.split("\n")); shares.push(r.share); if (r.share >= 0.4 && r.n >= 6) fp++;
    }
    shares.sort((a, b) => a - b);
    console.log(paper.name, style, "detected", fp, 'min', shares[0]!.toFixed(2), 'median', shares[Math.floor(shares.length / 2)]!.toFixed(2), 'max', shares.at(-1)!.toFixed(2));
  }
}
