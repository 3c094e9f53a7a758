/** The one place that reads the collections; everything else gets plain data. */
import { getCollection } from 'astro:content';
import { buildArchive, type Archive } from './archive';

let cached: Promise<Archive> | undefined;

/** The whole archive, loaded once per build. */
export function loadArchive(): Promise<Archive> {
  cached ??= (async () => {
    const [issues, articles] = await Promise.all([getCollection('issues'), getCollection('articles')]);
    return buildArchive(
      issues.map((e) => e.data),
      articles.map((e) => e.data),
    );
  })();
  return cached;
}

/** The collection entry of an article (needed to render its MDX body). */
export async function articleEntry(id: string) {
  const all = await getCollection('articles');
  return all.find((e) => e.data.id === id);
}

/** Article id → MDX body source. */
export async function articleBodies(): Promise<Map<string, string>> {
  const all = await getCollection('articles');
  return new Map(all.map((e) => [e.data.id, e.body ?? '']));
}
