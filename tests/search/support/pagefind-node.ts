/**
 * Loads a built Pagefind bundle (<site>/pagefind/pagefind.js, an ES module
 * written for browsers) in Node: the only shim needed is a fetch() that
 * reads file: URLs from disk. Records every request and its size.
 */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { existsSync } from 'node:fs';
import type { PagefindApi } from '../../../src/lib/search/engine.ts';
import { openShards, type PagefindRuntime, type ShardManifest } from '../../../src/lib/search/sharded.ts';

export interface LoadedPagefind {
  pagefind: PagefindApi & {
    options(o: object): Promise<void>;
    init(): Promise<void>;
    filters(): Promise<Record<string, Record<string, number>>>;
  };
  requests: { url: string; bytes: number }[];
}

let installed = false;
const requests: { url: string; bytes: number }[] = [];

function installFileFetch(): void {
  if (installed) return;
  installed = true;
  const networkFetch = globalThis.fetch;
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith('file:')) return networkFetch(input, init);
    const body = await readFile(new URL(url));
    requests.push({ url, bytes: body.byteLength });
    return new Response(body, { status: 200 });
  }) as typeof fetch;
}

/**
 * Imports the bundle `<siteDir>/<bundle>/` (e.g. dist-search-test/pagefind) and
 * opens its shards as the search page does (src/lib/search/sharded.ts).
 */
export async function loadPagefind(siteDir: string, bundle = 'pagefind'): Promise<LoadedPagefind> {
  installFileFetch();
  const root = pathToFileURL(`${siteDir}/${bundle}/`).href;
  const pagefind = await openShards(
    root,
    {
      runtime: () => import(/* @vite-ignore */ `${root}pagefind.js`) as Promise<PagefindRuntime>,
      manifest: async () => (existsSync(new URL('shards.json', root)) ? (JSON.parse(await readFile(new URL('shards.json', root), 'utf8')) as ShardManifest) : null),
    },
    { excerptLength: 30, baseUrl: '/' },
  );
  return { pagefind: pagefind as LoadedPagefind['pagefind'], requests };
}
