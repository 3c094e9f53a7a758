import type { APIRoute } from 'astro';
import { absoluteUrl, withBase } from '../lib/urls';

/** robots.txt (crawlers read it only at the host root: under a sub-path, copy it there). */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(withBase('sitemap.xml'), site)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
