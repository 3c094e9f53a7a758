/** The one place that reads the collections; everything else gets plain data. Loaded once per build. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Article, Issue } from '../content/schema';
import { splitArticleFile } from '../content/article-file';
import { buildArchive, type Archive } from './archive';
import { contentDir } from './content-dir';
import { articleSelected, buildSelection, issueSelected } from './shards';

let archive: Promise<Archive> | undefined;
let entries: Promise<Map<string, CollectionEntry<'articles'>>> | undefined;

/** The whole archive. */
export function loadArchive(): Promise<Archive> {
  archive ??= (async () => {
    const [issues, articles] = await Promise.all([getCollection('issues'), getCollection('articles')]);
    return buildArchive(
      issues.map((e) => e.data),
      articles.map((e) => e.data),
    );
  })();
  return archive;
}

/** The issues whose pages this build writes (all of them unless it is a partial build; see lib/shards.ts). */
export function builtIssues(archive: Archive): Issue[] {
  const selection = buildSelection();
  return archive.issues.filter((i) => issueSelected(selection, i.id));
}

/** The articles whose pages this build writes. */
export function builtArticles(archive: Archive): Article[] {
  const selection = buildSelection();
  return archive.articles.filter((a) => articleSelected(selection, a.id));
}

function articleEntries() {
  entries ??= getCollection('articles').then((all) => new Map(all.map((e) => [e.data.id, e])));
  return entries;
}

/** The collection entry of an article (needed to render its body). */
export async function articleEntry(id: string): Promise<CollectionEntry<'articles'> | undefined> {
  return (await articleEntries()).get(id);
}

/**
 * An article's MDX body source, read from its file (the store keeps only the
 * rendered HTML). Used by the data routes in `astro dev` and a plain `astro build`.
 */
export async function articleBody(id: string): Promise<string> {
  const entry = (await articleEntries()).get(id);
  if (!entry) return '';
  const path = join(contentDir(), 'articles', `${id}.mdx`);
  return splitArticleFile(await readFile(path, 'utf8'), path).body;
}
