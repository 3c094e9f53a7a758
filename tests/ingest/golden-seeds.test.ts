/**
 * Golden tests: the five sample pages against their hand readings (tests/fixtures/seeds/gold/,
 * copied from the shared seeds). Text fields are compared after width folding (see `fold`):
 * the gold was typed with half-width `,:()` where the ingest's normalisation makes them
 * full-width. A snapshot of each page's full segmentation is kept in
 * tests/fixtures/seeds/expected/<name>.json; run with UPDATE=1 to rewrite them.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { segmentPage } from '../../scripts/ingest/segment.ts';
import type { SegmentedArticle, SegmentedPage } from '../../scripts/ingest/types.ts';
import { compact, fold, loadLines } from './segment/helpers.ts';

const GOLD = 'tests/fixtures/seeds/gold';
const EXPECTED = 'tests/fixtures/seeds/expected';
const SOURCES = 'content/sources';

interface GoldArticle {
  kicker?: string | null;
  title: string;
  subtitle?: string | null;
  byline?: string | null;
  editorsNote?: string | null;
  sections?: string[];
  pullQuote?: string;
  titlePosition?: string;
  bodyStarts: string;
  bodyEnds: string;
  continuedOn?: number;
  joins: string[];
}
interface Gold {
  furniture: string[];
  captions: string[];
  teasers: { kicker?: string; title: string; page: number | null }[];
  articles: GoldArticle[];
}

const names = readdirSync(GOLD).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, '')).sort();
const opt = (s: string | null | undefined) => (s == null ? undefined : fold(s));
const bodyBlocks = (a: SegmentedArticle) => a.blocks.filter((b) => b.role === 'paragraph' || b.role === 'pullquote' || b.role === 'continuation');

function segment(name: string): SegmentedPage {
  return segmentPage(loadLines(`${SOURCES}/${name}.txt`), { file: `${name}.txt` });
}

describe('golden seeds', () => {
  it('has the five seeds with twelve articles in the gold', () => {
    expect(names).toHaveLength(5);
    const total = names.reduce((n, name) => n + (JSON.parse(readFileSync(`${GOLD}/${name}.json`, 'utf8')) as Gold).articles.length, 0);
    expect(total).toBe(12);
  });

  let madeArticles = 0;
  for (const name of names) {
    describe(name, () => {
      const gold = JSON.parse(readFileSync(`${GOLD}/${name}.json`, 'utf8')) as Gold;
      const page = segment(name);
      const articles = page.items.flatMap((i) => (i.type === 'article' ? [i.article] : []));
      madeArticles += articles.length;

      it('finds the articles with their headline parts, bylines and editor\'s notes', () => {
        expect(articles.map((a) => fold(a.title))).toEqual(gold.articles.map((g) => fold(g.title)));
        gold.articles.forEach((g, i) => {
          const a = articles[i]!;
          expect(opt(a.kicker), `kicker of ${g.title}`).toBe(opt(g.kicker));
          expect(opt(a.subtitle), `subtitle of ${g.title}`).toBe(opt(g.subtitle));
          expect(opt(a.byline), `byline of ${g.title}`).toBe(opt(g.byline));
          if (g.editorsNote) expect(fold(a.editorsNote ?? '').startsWith(fold(g.editorsNote)), `editor's note of ${g.title}`).toBe(true);
          else expect(a.editorsNote).toBeUndefined();
        });
      });

      it('finds the section headings and pull quotes', () => {
        gold.articles.forEach((g, i) => {
          expect(articles[i]!.sections.map(fold), `sections of ${g.title}`).toEqual((g.sections ?? []).map(fold));
          if (g.pullQuote) expect(compact(articles[i]!.pullQuotes[0] ?? '').startsWith(compact(g.pullQuote))).toBe(true);
          else expect(articles[i]!.pullQuotes).toEqual([]);
        });
      });

      it('puts the body boundaries and continuations where the gold has them', () => {
        gold.articles.forEach((g, i) => {
          const body = bodyBlocks(articles[i]!);
          expect(compact(body[0]!.text).startsWith(compact(g.bodyStarts)), `body start of ${g.title}`).toBe(true);
          // The gold's body end may stop before a trailing continuation marker （下转第二版）.
          const end = compact(body[body.length - 1]!.text);
          const ends = end.endsWith(compact(g.bodyEnds)) || end.replace(/\((下转|转|详见|见)[^()]*\)$/, '').endsWith(compact(g.bodyEnds));
          expect(ends, `body end of ${g.title}`).toBe(true);
          if (g.continuedOn) expect(articles[i]!.continuations).toContainEqual(expect.objectContaining({ direction: 'to', page: g.continuedOn }));
        });
      });

      it('puts a headline printed after its body back on its article', () => {
        gold.articles.forEach((g, i) => {
          const a = articles[i]!;
          const after = a.review.some((r) => r.code === 'headline-after-body');
          expect(after, `title position of ${g.title}`).toBe(g.titlePosition !== undefined);
          if (after) expect(a.blocks[0]!.role).toBe('title');
        });
      });

      it('makes every column-break join of the gold and no other (but lone quotation marks)', () => {
        gold.articles.forEach((g, i) => {
          const made = articles[i]!.blocks.flatMap((b) => b.joins ?? []).map((j) => j.split('|').map(compact) as [string, string]);
          for (const join of g.joins) {
            const [x, y] = join.split('|').map(compact) as [string, string];
            const found = made.some(([a, b]) => (a.endsWith(x) || x.endsWith(a)) && (b.startsWith(y) || y.startsWith(b)));
            expect(found, `join ${join}`).toBe(true);
          }
          const extra = made.filter(([a, b]) => !g.joins.some((j) => { const [x, y] = j.split('|').map(compact) as [string, string]; return (a.endsWith(x) || x.endsWith(a)) && (b.startsWith(y) || y.startsWith(b)); }));
          expect(extra.every(([a, b]) => /^[“”"]$/.test(a) || /^[“”"]$/.test(b)), `unexpected joins ${JSON.stringify(extra)}`).toBe(true);
        });
      });

      it('finds the furniture, captions and teasers', () => {
        const furniture = page.items.flatMap((i) => (i.type === 'furniture' ? [i.text] : []));
        for (const f of gold.furniture) expect(furniture.some((t) => compact(t).includes(compact(f))), `furniture ${f}`).toBe(true);
        for (const t of furniture) for (const word of t.split(/\s+/)) expect(gold.furniture.some((f) => compact(f).includes(compact(word))), `unexpected furniture ${word}`).toBe(true);
        expect(page.items.flatMap((i) => (i.type === 'caption' ? [fold(i.text)] : []))).toEqual(gold.captions.map(fold));
        const teasers = page.items.flatMap((i) => (i.type === 'teaser' ? [{ kicker: opt(i.kicker), title: fold(i.title), page: i.page }] : []));
        expect(teasers).toEqual(gold.teasers.map((t) => ({ kicker: opt(t.kicker), title: fold(t.title), page: t.page })));
      });

      it('matches the snapshot of the full segmentation', () => {
        const file = `${EXPECTED}/${name}.json`;
        const json = JSON.stringify(page, null, 1) + '\n';
        if (process.env.UPDATE === '1' || !existsSync(file)) writeFileSync(file, json);
        expect(JSON.parse(json)).toEqual(JSON.parse(readFileSync(file, 'utf8')));
      });
    });
  }

  it('makes twelve articles in all', () => {
    expect(madeArticles).toBe(12);
  });
});
