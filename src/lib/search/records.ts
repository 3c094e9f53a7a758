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

export function articleSearchRecord(a: Article, body: string): PagefindRecord {
  const page = pageLabel({ number: a.page, label: a.pageLabel });
  const blocks = [a.kicker, a.title, a.subtitle, a.byline, a.editorsNote, ...bodyTextBlocks(body), ...a.captions].filter(
    (x): x is string => typeof x === 'string' && x.trim() !== '',
  );
  return {
    url: `/${a.id}/`,
    content: indexText(blocks.map((b) => b.trim()).join('\n')),
    language: 'und',
    meta: { title: a.title, publication: a.publication.name, date: formatDateZh(a.date), page },
    filters: {
      publication: [a.publication.name],
      year: [dateYear(a.date) ?? t('date.unknown')],
      month: [dateMonth(a.date) ?? t('date.unknownShort')],
      page: [page],
    },
    sort: { date: dateSortKey(a.date) },
  };
}
