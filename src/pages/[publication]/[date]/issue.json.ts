import type { APIRoute, GetStaticPaths } from 'astro';
import type { Issue } from '../../../content/schema';
import { loadArchive } from '../../../lib/load-archive';
import { dataFilesWrittenSeparately, issueJson } from '../../../lib/data-files';
import { issueStaticPaths } from '../../../lib/paths';

// `npm run build` writes these files itself (scripts/build/data-files.ts, lib/data-files.ts).
export const getStaticPaths = (async () => (dataFilesWrittenSeparately() ? [] : issueStaticPaths(await loadArchive()))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const issue = (props as { issue: Issue }).issue;
  return new Response(issueJson(await loadArchive(), issue, site), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
