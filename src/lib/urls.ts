/**
 * Every URL of the site is made here, so the scheme lives in one place:
 *   /<publication>/                               publication
 *   /<publication>/<dateKey>/                     issue   (= issue.id)
 *   /<publication>/<dateKey>/<pageKey>/           page
 *   /<publication>/<dateKey>/<pageKey>/<slug>/    article (= article.id)
 * All are prefixed with the site's base path (import.meta.env.BASE_URL).
 */
import { normaliseBase, siteBase } from './site-settings';

/** The configured base path, always ending in `/` (outside Astro, in build scripts: from JIUWEN_BASE). */
export function basePath(): string {
  const b = (import.meta.env?.BASE_URL as string | undefined) ?? normaliseBase(siteBase());
  return b.endsWith('/') ? b : `${b}/`;
}

/** `path` (no leading slash needed) under the base path. */
export function withBase(path = ''): string {
  return basePath() + path.replace(/^\/+/, '');
}

export const publicationPath = (slug: string) => withBase(`${slug}/`);
export const issuePath = (issueId: string) => withBase(`${issueId}/`);
export const pagePath = (issueId: string, pageKey: string) => withBase(`${issueId}/${pageKey}/`);
export const articlePath = (articleId: string) => withBase(`${articleId}/`);
export const pageSourcePath = (issueId: string, pageKey: string) => withBase(`${issueId}/${pageKey}/source.txt`);
export const issueJsonPath = (issueId: string) => withBase(`${issueId}/issue.json`);
export const articleFilePath = (articleId: string, file: 'article.json') => withBase(`${articleId}/${file}`);

/**
 * An absolute URL for a base-prefixed path, given the configured `site`; without
 * one, the host-relative path itself (the site never invents a host).
 */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  if (!site) return new URL(path, 'http://host.invalid/').pathname;
  return new URL(path, site).href;
}
