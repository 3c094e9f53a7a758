import type { APIRoute, GetStaticPaths } from 'astro';
import type { Article } from '../../../../../content/schema';
import { articleBody, loadArchive } from '../../../../../lib/content';
import { articleRecord } from '../../../../../lib/records';
import { articleStaticPaths } from '../../../../../lib/paths';

export const getStaticPaths = (async () => articleStaticPaths(await loadArchive())) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const article = (props as { article: Article }).article;
  const body = await articleBody(article.id);
  return new Response(JSON.stringify(articleRecord(article, body, site), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
