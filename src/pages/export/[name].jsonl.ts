import type { APIRoute } from 'astro';
import { articleBody, loadArchive } from '../../lib/content';
import { articleRecord, issueRecord } from '../../lib/records';
import { issueArticles } from '../../lib/archive';

/** The whole archive, one JSON object per line: each issue, followed by its articles in reading order. */
export const GET: APIRoute = async ({ site }) => {
  const archive = await loadArchive();
  const lines: string[] = [];
  for (const issue of archive.issues) {
    lines.push(JSON.stringify(issueRecord(archive, issue, site)));
    for (const a of issueArticles(archive, issue)) lines.push(JSON.stringify(articleRecord(a, await articleBody(a.id), site)));
  }
  return new Response(lines.join('\n') + '\n', { headers: { 'Content-Type': 'application/x-ndjson; charset=utf-8' } });
};
