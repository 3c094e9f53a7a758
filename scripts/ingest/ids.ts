/**
 * ids: stable article slugs. A slug is 8 hex of sha1(source file + the first
 * 24 non-space characters of the body), so re-runs, added pages and title
 * corrections keep it; repeats on one page get `-2`, `-3`… in reading order.
 */
import { createHash } from 'node:crypto';
import { bodyBlocks, renderedText } from './render.ts';
import type { SegmentedArticle } from './types.ts';

/**
 * First 24 non-space characters of what the body renders to (the title if the body is empty). A credit in the body
 * (制图：…) is not the article's text: it counts for nothing, so an article's id does not move with it.
 */
export function fingerprintOf(a: SegmentedArticle): string {
  let basis = '';
  for (const b of bodyBlocks(a.blocks)) {
    if (b.role === 'credit') continue;
    basis += renderedText(b.text.slice(0, 200)).replace(/\s+/gu, '');
    if (basis.length >= 48) break;
  }
  if (basis === '') basis = a.title.replace(/\s+/gu, '');
  return Array.from(basis).slice(0, 24).join('');
}

/** 8 hex of sha1(source file + fingerprint): stable across title fixes, added pages and re-runs. */
export function slugFor(file: string, fingerprint: string): string {
  return createHash('sha1').update(`${file}\n${fingerprint}`).digest('hex').slice(0, 8);
}

/** Slugs of a page's articles in order; repeated body starts get `-2`, `-3`… in reading order. */
export function pageSlugs(file: string, articles: SegmentedArticle[]): { slug: string; fingerprint: string }[] {
  const used = new Map<string, number>();
  return articles.map((a) => {
    const fingerprint = fingerprintOf(a);
    const base = slugFor(file, fingerprint);
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return { slug: n === 1 ? base : `${base}-${n}`, fingerprint };
  });
}
