import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { builtIssues, loadArchive } from '../../../../lib/load-archive';
import { sourcesDir } from '../../../../lib/content-dir';
import { dataFilesWrittenSeparately } from '../../../../lib/data-files';

/** The page's source text, served as delivered (UTF-8 text) next to the page. */
/** `npm run build` writes these files itself (scripts/build/data-files.ts, lib/data-files.ts). */
export const getStaticPaths = (async () => {
  if (dataFilesWrittenSeparately()) return [];
  const archive = await loadArchive();
  return builtIssues(archive).flatMap((issue) =>
    issue.pages.map((page) => ({
      params: { publication: issue.publication.slug, date: issue.dateKey, page: page.key },
      props: { source: page.source },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const body = await readFile(join(sourcesDir(), (props as { source: string }).source));
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
