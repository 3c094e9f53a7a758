import type { APIRoute, GetStaticPaths } from 'astro';
import type { Issue } from '../../../content/schema';
import { loadArchive } from '../../../lib/content';
import { issueRecord } from '../../../lib/records';
import { issueStaticPaths } from '../../../lib/paths';

export const getStaticPaths = (async () => issueStaticPaths(await loadArchive())) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const issue = (props as { issue: Issue }).issue;
  return new Response(JSON.stringify(issueRecord(await loadArchive(), issue, site), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
