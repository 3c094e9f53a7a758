/**
 * An article as a Pagefind record, built from the content collection itself
 * (front matter + MDX body) rather than from the built page, so that the
 * search index can be built while Astro builds the site (issue 5), shard by
 * shard in parallel.
 *
 * The record holds what the article page's `data-pagefind-body` shows —
 * kicker, title, subtitle, byline, editor's note, body, captions — as text
 * prepared for the per-character Chinese index (folded as prepare-html.ts
 * folds a page's text, one word per Han character: han.ts indexWords), and the
 * same metadata, filters and sort key the page carries
 * (components/PagefindFields.astro).
 *
 * The record's language is `und`, not `zh-cn`: Pagefind runs its Chinese
 * segmenter over zh/ja records, which costs a fifth of indexing time and is of
 * no use here (every Han character is already a word). The search page's
 * document language plays no part: with one language in the index, Pagefind
 * uses it.
 */
import type { Article } from '../../content/schema';
import { pageLabel } from '../archive';
import { dateMonth, dateSortKey, dateYear, formatDateZh } from '../dates';
import { t } from '../../i18n/ui';
import { foldForIndex } from './fold';
import { indexWords } from './han';
import { formatAlso, type AlsoPrinted } from './also';
export type { AlsoPrinted } from './also';
import { bodyTextBlocks } from '../../content/body-text';

export interface PagefindRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** Text for the index: folded, one word per Han character, the text's own spaces marked. */
export const indexText = (text: string): string => indexWords(foldForIndex(text));

/** The blocks of an article in index order: title, kicker, subtitle, first paragraph, then the rest. */
function recordBlocks(a: Article, body: string): { blocks: string[]; fieldEnds: [number, number, number] } {
  const clean = (xs: (string | undefined | null)[]) => xs.filter((x): x is string => typeof x === 'string' && x.trim() !== '').map((x) => x.trim());
  const [lead, ...rest] = bodyTextBlocks(body);
  const title = clean([a.title]);
  const heads = clean([a.kicker, a.subtitle]);
  const first = clean([lead]);
  const blocks = [...title, ...heads, ...first, ...clean([a.byline, a.editorsNote]), ...clean(rest), ...clean(a.captions)];
  // Offsets in the text textFromIndex gives back: blocks folded, whitespace runs as one space, joined by a space.
  const length = (b: string) => foldForIndex(b).replace(/\s+/gu, ' ').length + 1;
  const t = title.reduce((n, b) => n + length(b), 0);
  const h = t + heads.reduce((n, b) => n + length(b), 0);
  const l = h + first.reduce((n, b) => n + length(b), 0);
  return { blocks, fieldEnds: [t, h, l] };
}

/**
 * The text an article is compared by for duplicates: its title and body, folded,
 * without whitespace; empty when the body is too short to tell a reprint from a
 * standing line.
 */
export function duplicateKey(a: Article, body: string): string {
  const text = foldForIndex(bodyTextBlocks(body).join('')).replace(/\s+/gu, '');
  return [...text].length >= 80 ? `${foldForIndex(a.title).replace(/\s+/gu, '')}\n${text}` : '';
}

/**
 * The record. Its text is ordered title, kicker and subtitle, first paragraph,
 * then byline, editor's note, the rest of the body and captions, and meta
 * `fields` gives where the first three end (offsets in the text
 * `textFromIndex` gives back), so that ranking can tell where the phrase is
 * (rank.ts `matchField`); meta `sort` is the date sort key (ties by date).
 */
export function articleSearchRecord(a: Article, body: string, also: AlsoPrinted[] = []): PagefindRecord {
  const page = pageLabel({ number: a.page, label: a.pageLabel });
  const { blocks, fieldEnds } = recordBlocks(a, body);
  const meta: Record<string, string> = { title: a.title, publication: a.publication.name, date: formatDateZh(a.date), page, fields: fieldEnds.join(','), sort: dateSortKey(a.date) };
  if (also.length) meta.also = formatAlso(also);
  return {
    url: `/${a.id}/`,
    content: indexText(blocks.join('\n')),
    language: 'und',
    meta,
    filters: {
      publication: [a.publication.name],
      year: [dateYear(a.date) ?? t('date.unknown')],
      month: [dateMonth(a.date) ?? t('date.unknownShort')],
      page: [page],
    },
    sort: { date: dateSortKey(a.date) },
  };
}

/**
 * The records of a part's articles (in date and file order): articles with the
 * same text (`duplicateKey`: a story printed in full on several pages, two
 * identical page files) are one record, the first, listing the others in meta
 * `also`. Parts are cut between dates, so the printings of one day are in one part.
 */
export function searchRecords(articles: { article: Article; body: string }[]): PagefindRecord[] {
  const keyed = articles.map((a) => ({ ...a, key: duplicateKey(a.article, a.body) }));
  const byKey = new Map<string, typeof keyed>();
  for (const a of keyed) if (a.key) byKey.set(a.key, [...(byKey.get(a.key) ?? []), a]);
  const out: PagefindRecord[] = [];
  for (const a of keyed) {
    const group = a.key ? byKey.get(a.key)! : [a];
    if (group[0] !== a) continue;
    const also = group.slice(1).map((d) => ({ url: `/${d.article.id}/`, page: pageLabel({ number: d.article.page, label: d.article.pageLabel }), date: formatDateZh(d.article.date) }));
    out.push(articleSearchRecord(a.article, a.body, also));
  }
  return out;
}
