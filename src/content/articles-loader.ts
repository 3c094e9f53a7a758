/**
 * Content-layer loader for the articles collection: reads the ingest's MDX
 * files, validates their front matter with the collection schema, and stores
 * each body already rendered to HTML (`render-body.ts`), so that no article
 * becomes a module of its own (issue 5). Unchanged files (same digest) are
 * not parsed or rendered again: Astro keeps the store between builds.
 *
 * `render` limits which articles get their body (MDX source and HTML) into the
 * store: a partial build keeps every article's front matter (titles, dates and
 * neighbours for the pages about the whole archive) but only the bodies of the
 * articles it builds pages for, so its memory follows what it builds.
 */
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { renderBody } from './render-body';
import { splitArticleFile } from './article-file';

/** Bump when render-body's output changes, so cached entries are rendered again. */
const RENDERER_VERSION = '2';

export interface ArticlesLoaderOptions {
  /** The articles folder (content/articles). */
  base: string;
  /** Store the body of these articles only (by id); default: all. */
  render?: (id: string) => boolean;

}

export { splitArticleFile };

async function listMdx(dir: string, base: string, out: string[]): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return out;
    throw error;
  }
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) await listMdx(p, base, out);
    else if (e.name.endsWith('.mdx')) out.push(relative(base, p).split(sep).join('/'));
  }
  return out;
}

export function articlesLoader(options: ArticlesLoaderOptions): Loader {
  return {
    name: 'jiuwen-articles',
    async load(context: LoaderContext) {
      const { store, parseData, generateDigest, config, logger } = context;
      const root = new URL('.', config.root).pathname;
      const base = options.base;
      const files = await listMdx(base, base, []);
      const seen = new Set<string>();
      let rendered = 0;
      const loadFile = async (rel: string) => {
        const path = join(base, rel);
        const id = rel.replace(/\.mdx$/, '');
        seen.add(id);
        // Read synchronously: one await per file (10,000 of them) costs seconds in a build.
        const text = readFileSync(path, 'utf8');
        const withBody = options.render?.(id) ?? true;
        const full = generateDigest(`${RENDERER_VERSION}\n${text}`);
        const digest = withBody ? full : `${full} data only`;
        const existing = store.get(id);
        if (existing?.digest === digest) return;
        if (!withBody && existing?.digest === full) {
          // Stored with its HTML from this very file, not wanted with it now: the HTML goes
          // (the store stays the size of what this build renders), the parsed data stays —
          // re-parsing 10,000 unchanged files for an incremental build would cost seconds.
          store.set({ id, data: existing.data, filePath: existing.filePath, digest });
          return;
        }
        const { data, body } = splitArticleFile(text, path);
        const parsed = await parseData({ id, data, filePath: path });
        const filePath = relative(root, path);
        if (withBody) {
          // The MDX body itself is not kept: the pages need its HTML, and the data files
          // (scripts/build/data-files.ts, or lib/load-archive.ts articleBody in dev) read it from the file.
          store.set({ id, data: parsed, filePath, digest, rendered: { html: renderBody(body, path) } });
          rendered += 1;
        } else {
          store.set({ id, data: parsed, filePath, digest });
        }
      };
      for (const rel of files) await loadFile(rel);
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      logger.info(`${files.length} articles (${rendered} rendered, ${files.length - rendered} unchanged)`);

      context.watcher?.on('all', async (event, changed) => {
        if (!changed.endsWith('.mdx') || !changed.startsWith(base)) return;
        const rel = relative(base, changed).split(sep).join('/');
        if (event === 'unlink') store.delete(rel.replace(/\.mdx$/, ''));
        else if (event === 'add' || event === 'change') await loadFile(rel);
      });
    },
  };
}
