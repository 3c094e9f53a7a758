/**
 * The article markup agreed with the search work, read back through Pagefind
 * itself: only article pages are indexed, with their title, filters, metadata
 * and date sort, and nothing of the page chrome in the indexed text.
 */
import { describe, expect, it } from 'vitest';
import { execSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { DIST, OUT, ROOT } from '../setup/paths';
import { builtIssues } from './archive-data';

interface Fragment { url: string; content: string; meta: Record<string, string>; filters: Record<string, string[]> }

const out = join(OUT, 'pagefind-check');
rmSync(out, { recursive: true, force: true });
execSync(`npx pagefind --site ${DIST} --output-path ${out}`, { cwd: ROOT, stdio: 'pipe' });
const fragments: Fragment[] = readdirSync(join(out, 'fragment')).map((f) => {
  const raw = gunzipSync(readFileSync(join(out, 'fragment', f))).toString('utf8');
  return JSON.parse(raw.slice(raw.indexOf('{')));
});
const articles = builtIssues(DIST).flatMap((i) => i.articles);

describe('Pagefind reads the article markup', () => {
  it('indexes every listed article and nothing but articles', () => {
    const urls = fragments.map((f) => f.url);
    for (const a of articles) expect(urls).toContain(`/${a.id}/`);
    for (const u of urls) expect(u.split('/').filter(Boolean)).toHaveLength(4);
  });
  it('has title, publication, date and page metadata and filters; no chrome in the text', () => {
    for (const a of articles) {
      const f = fragments.find((x) => x.url === `/${a.id}/`)!;
      const data = JSON.parse(readFileSync(join(DIST, a.id, 'article.json'), 'utf8'));
      expect(f.meta.title).toBe(data.title);
      expect(f.meta.publication).toBe(data.publication.name);
      expect(f.meta.date).toBe(data.dateDisplay);
      expect(Object.keys(f.filters).sort()).toEqual(['month', 'page', 'publication', 'year']);
      const flat = f.content.replace(/[\u200b\s]/g, '');
      for (const chrome of ['引用本文', '返回本期', '上一篇', '下一篇', '跳到正文', '永久链接']) expect(flat).not.toContain(chrome);
    }
  });
});
