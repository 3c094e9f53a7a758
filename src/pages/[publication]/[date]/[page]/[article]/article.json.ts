import type { APIRoute, GetStaticPaths } from 'astro';
import type { Article } from '../../../../../content/schema';
import { articleBody, loadArchive } from '../../../../../lib/load-archive';
import { articleJson, dataFilesWrittenSeparately } from '../../../../../lib/data-files';
import { articleStaticPaths } from '../../../../../lib/paths';

// `npm run build` writes these files itself (scripts/build/data-files.ts, lib/data-files.ts).
export const getStaticPaths = (async () => (dataFilesWrittenSeparately() ? [] : articleStaticPaths(await loadArchive()))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const article = (props as { article: Article }).article;
  const body = await articleBody(article.id);
  return new Response(articleJson(article, body, site), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
