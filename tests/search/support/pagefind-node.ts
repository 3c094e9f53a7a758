/**
 * Loads a built Pagefind bundle (<site>/pagefind/pagefind.js, an ES module
 * written for browsers) in Node: the only shim needed is a fetch() that
 * reads file: URLs from disk. Records every request and its size.
 */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import type { PagefindApi } from '../../../src/lib/search/engine.ts';

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

/** Imports the bundle `<siteDir>/<bundle>/` (e.g. dist-search-test/pagefind) and initialises it. */
export async function loadPagefind(siteDir: string, bundle = 'pagefind'): Promise<LoadedPagefind> {
  installFileFetch();
  const url = pathToFileURL(`${siteDir}/${bundle}/pagefind.js`).href;
  const pagefind = (await import(/* @vite-ignore */ url)) as LoadedPagefind['pagefind'];
  await pagefind.options({ excerptLength: 30, baseUrl: '/' });
  await pagefind.init();
  return { pagefind, requests };
}
