/**
 * The site's data files — per issue `issue.json`, per page `source.txt`, per
 * article `article.json`, and the whole-archive `export/archive.jsonl` — as
 * (path, content) pairs, from the archive and the article bodies.
 *
 * Astro's routes (src/pages/**​/issue.json.ts, …) serve them in `astro dev` and
 * a plain `astro build`; `npm run build` writes them with scripts/build/data-files.ts
 * instead, beside Astro: one plain loop over the content is far cheaper than
 * one Astro route render per file (about 12,000 files per 10,000 articles).
 * Both use these functions, so the bytes are the same (tests/build/data-files.test.ts).
 */
import type { Article, Issue } from '../content/schema';
import type { Archive } from './archive';
import { issueArticles } from './archive';
import { articleRecord, issueRecord } from './records';

type Site = URL | string | undefined;

export const issueJson = (archive: Archive, issue: Issue, site: Site): string => JSON.stringify(issueRecord(archive, issue, site), null, 2);

export const articleJson = (article: Article, body: string, site: Site): string => articleRecordJson(articleRecord(article, body, site));

export type ArticleRecord = ReturnType<typeof articleRecord>;

export const articleRecordJson = (record: ArticleRecord): string => JSON.stringify(record, null, 2);

/**
 * The lines of the whole-archive export, issue by issue (oldest first), each
 * issue followed by its articles in reading order; `record` gives an article's
 * record (lib/records.ts articleRecord). Lines without their newline.
 */
export async function* archiveExportLines(archive: Archive, record: (a: Article) => Promise<ArticleRecord>, site: Site): AsyncGenerator<string> {
  for (const issue of archive.issues) yield* issueExportLines(archive, issue, record, site);
}

/** One issue's lines of the export: the issue, then its articles in reading order. */
export async function* issueExportLines(archive: Archive, issue: Issue, record: (a: Article) => Promise<ArticleRecord>, site: Site): AsyncGenerator<string> {
  yield JSON.stringify(issueRecord(archive, issue, site));
  for (const a of issueArticles(archive, issue)) yield JSON.stringify(await record(a));
}

/** Paths of the data files under the output folder (without the base path: files sit at the root of outDir). */
export const issueJsonFile = (issueId: string) => `${issueId}/issue.json`;
export const articleJsonFile = (articleId: string) => `${articleId}/article.json`;
export const pageSourceFile = (issueId: string, pageKey: string) => `${issueId}/${pageKey}/source.txt`;
export const ARCHIVE_EXPORT_FILE = 'export/archive.jsonl';

/**
 * Whether Astro's routes should leave the data files out of a build because
 * scripts/build/data-files.ts writes them (set by scripts/build/site.ts).
 */
export const dataFilesWrittenSeparately = (env: NodeJS.ProcessEnv = process.env): boolean => env.JIUWEN_DATA_FILES === 'separate';
