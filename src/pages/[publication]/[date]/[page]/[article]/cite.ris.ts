import type { APIRoute, GetStaticPaths } from 'astro';
import type { Article } from '../../../../../content/schema';
import { loadArchive } from '../../../../../lib/content';
import { formatRis } from '../../../../../lib/citation';
import { buildDay } from '../../../../../lib/dates';
import { absoluteUrl, articlePath } from '../../../../../lib/urls';
import { articleStaticPaths } from '../../../../../lib/paths';

export const getStaticPaths = (async () => articleStaticPaths(await loadArchive())) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const article = (props as { article: Article }).article;
  const text = formatRis({ article, url: absoluteUrl(articlePath(article.id), site), accessed: buildDay().iso });
  return new Response(text, { headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' } });
};
