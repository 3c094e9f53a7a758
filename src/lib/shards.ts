/**
 * Shards and partial builds.
 *
 * A shard is one year of the archive, all publications (`2019`): the unit of
 * the search index and of a build on a separate machine. Years, not
 * publication-years, so that shards never overlap in time and a search sorted
 * by date can be merged across shards exactly (lib/search/sharded.ts). An
 * issue or article id is `publication/date/…`; a date folder that does not
 * start with a year (an undated issue) is in the shard `undated`.
 *
 * A build can be limited to some issues (the pages under them: issue, page and
 * article pages and their data files); the pages about the whole archive
 * (home, publication calendars, feed, sitemap, search…) are always built.
 *   JIUWEN_SHARDS=2018,2019                            only these shards
 *   JIUWEN_ISSUES=/path/to/list.txt                     only the issue ids listed (one per line)
 * Both unset: everything. Both set: an issue must pass both.
 */
import { readFileSync } from 'node:fs';

export function shardOf(id: string): string {
  const date = id.split('/')[1] ?? '';
  return /^\d{4}/.exec(date)?.[0] ?? 'undated';
}

/** A shard name as a file or URL segment. */
export const shardSlug = (shard: string): string => shard.replace(/[^a-z0-9-]/gi, '-');

const list = (s: string) => s.split(/[\n,]/).map((x) => x.trim()).filter(Boolean);

export interface Selection {
  shards?: Set<string>;
  issues?: Set<string>;
}

/** The selection from the environment (see the module comment). */
export function selectionFromEnv(env: NodeJS.ProcessEnv = process.env): Selection {
  const shards = env.JIUWEN_SHARDS?.trim() ? new Set(list(env.JIUWEN_SHARDS)) : undefined;
  const issues = env.JIUWEN_ISSUES?.trim() ? new Set(list(readFileSync(env.JIUWEN_ISSUES.trim(), 'utf8'))) : undefined;
  return { shards, issues };
}

/** Whether everything is built. */
export const isFullBuild = (s: Selection): boolean => !s.shards && !s.issues;

/** Whether the pages of this issue are built. */
export function issueSelected(s: Selection, issueId: string): boolean {
  return (!s.shards || s.shards.has(shardOf(issueId))) && (!s.issues || s.issues.has(issueId));
}

/** Whether an article (by id `issue/page/slug`) belongs to a selected issue. */
export function articleSelected(s: Selection, articleId: string): boolean {
  return issueSelected(s, articleId.split('/').slice(0, 2).join('/'));
}

let current: Selection | undefined;
/** This build's selection (read once). */
export function buildSelection(): Selection {
  return (current ??= selectionFromEnv());
}
