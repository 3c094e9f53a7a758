/** The one place that reads the collections; everything else gets plain data. Loaded once per build. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildArchive, type Archive } from './archive';

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

function articleEntries() {
  entries ??= getCollection('articles').then((all) => new Map(all.map((e) => [e.data.id, e])));
  return entries;
}

/** The collection entry of an article (needed to render its MDX body). */
export async function articleEntry(id: string): Promise<CollectionEntry<'articles'> | undefined> {
  return (await articleEntries()).get(id);
}

/** An article's MDX body source. */
export async function articleBody(id: string): Promise<string> {
  return (await articleEntries()).get(id)?.body ?? '';
}
