import type { APIRoute, GetStaticPaths } from 'astro';
import { articleBody, loadArchive } from '../../lib/load-archive';
import { archiveExportLines, dataFilesWrittenSeparately } from '../../lib/data-files';
import { articleRecord } from '../../lib/records';

/**
 * /export/archive.jsonl — the whole archive, one JSON object per line: each
 * issue, followed by its articles in reading order. `npm run build` writes it
 * itself (scripts/build/data-files.ts); this route serves it in `astro dev` and a plain `astro build`.
 */
export const getStaticPaths = (() => (dataFilesWrittenSeparately() ? [] : [{ params: { name: 'archive' } }])) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site }) => {
  const lines: string[] = [];
  for await (const line of archiveExportLines(await loadArchive(), async (a) => articleRecord(a, await articleBody(a.id), site), site)) lines.push(line);
  return new Response(lines.join('\n') + '\n', { headers: { 'Content-Type': 'application/x-ndjson; charset=utf-8' } });
};
