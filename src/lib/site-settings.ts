/**
 * The site's address and base path, from the environment — read by
 * astro.config.mjs and by the build scripts that write files of the site
 * outside Astro (scripts/build/data-files.ts), so both agree.
 *   JIUWEN_SITE   absolute origin, e.g. https://example.org (none by default)
 *   JIUWEN_BASE   base path the site is served under (default /)
 * Without JIUWEN_SITE the site names no host: links, canonical URLs and
 * citations are host-relative paths (`/jintan-shibao/…`), completed in the
 * reader's browser with the host it was served from, and the build says so.
 */
export function siteOrigin(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.JIUWEN_SITE?.trim() || undefined;
}

export function siteBase(env: NodeJS.ProcessEnv = process.env): string {
  return env.JIUWEN_BASE ?? '/';
}

/** A base path as Astro's BASE_URL gives it with trailingSlash 'always': leading and trailing slash. */
export function normaliseBase(base: string): string {
  const b = base.startsWith('/') ? base : `/${base}`;
  return b.endsWith('/') ? b : `${b}/`;
}
