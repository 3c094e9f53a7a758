import type { APIRoute } from 'astro';
import { loadArchive } from '../lib/load-archive';
import { absoluteUrl, articlePath, issuePath, pagePath, publicationPath, withBase } from '../lib/urls';

/** sitemap.xml: every canonical HTML page (not the alias redirects, not 404). */
export const GET: APIRoute = async ({ site }) => {
  const archive = await loadArchive();
  const paths = [
    withBase(''),
    ...archive.publications.map((p) => publicationPath(p.slug)),
    ...archive.issues.flatMap((i) => [issuePath(i.id), ...i.pages.map((p) => pagePath(i.id, p.key))]),
    ...archive.articles.map((a) => articlePath(a.id)),
  ];
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${paths.map((p) => `  <url><loc>${absoluteUrl(p, site)}</loc></url>`).join('\n')}
</urlset>
`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
