import type { APIRoute } from 'astro';
import { loadArchive } from '../lib/load-archive';
import { issueArticles } from '../lib/archive';
import { formatDateZh } from '../lib/dates';
import { rssXml } from '../lib/feed';
import { absoluteUrl, issuePath, withBase } from '../lib/urls';
import { fmt, t } from '../i18n/ui';

/** RSS 2.0 feed of the latest issues (pubDate only when the day is known). */
export const GET: APIRoute = async ({ site }) => {
  const archive = await loadArchive();
  const latest = [...archive.issues].reverse().slice(0, 50);
  const body = rssXml({
    title: t('feed.title'),
    description: t('feed.description'),
    link: absoluteUrl(withBase(''), site),
    language: 'zh-cn',
    items: latest.map((issue) => ({
      title: `${issue.publication.name} ${formatDateZh(issue.date)}`,
      link: absoluteUrl(issuePath(issue.id), site),
      ...(issue.date.precision === 'day' ? { pubDate: new Date(`${issue.date.value}T00:00:00+08:00`) } : {}),
      description: fmt.feedItem(formatDateZh(issue.date), issue.pages.length, issueArticles(archive, issue).map((a) => a.title)),
    })),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/xml' } });
};
