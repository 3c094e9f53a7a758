import type { APIRoute } from 'astro';
import { absoluteUrl, withBase } from '../lib/urls';

/**
 * robots.txt (crawlers read it only at the host root: under a sub-path, copy it there).
 * The Sitemap line needs an absolute URL: it is there only when the site's address is configured.
 */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n${site ? `\nSitemap: ${absoluteUrl(withBase('sitemap.xml'), site)}\n` : ''}`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
