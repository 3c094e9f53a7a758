/**
 * Builds the site and its search index once per test run, outside the working tree
 * (tests/setup/paths.ts OUT: a content folder ingested from content/sources, then
 * astro build + scripts/build/search-index.ts), so the search tests run against the real
 * bundle. Test files share the build through a lock directory; SEARCH_TEST_REUSE=1
 * reuses an existing build.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OUT } from '../../setup/paths.ts';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const SITE_DIR = join(OUT, 'builds', 'search');
const SEARCH_CONTENT = join(OUT, 'search-content');
const LOCK = join(OUT, 'search-test-build.lock');
const STAMP = `${SITE_DIR}/.search-test-run`;
/** Positions per index chunk of the test site's merged index. */
export const CHUNK = 300;

/** Identifies this test run: the vitest main process (parent of the workers). */
function runId(): string {
  return String(process.env.VITEST_POOL_ID ? process.ppid : process.pid);
}

function build(): void {
  // A private content-layer cache: node_modules (Astro's default cache place) may be shared with other checkouts.
  // Index chunks of CHUNK positions (the build's are 4,000 or more): in this small archive too, the
  // words starting with a common character then span several chunks, as in a large one.
  const env = { ...process.env, JIUWEN_CACHE_DIR: join(OUT, 'search-astro-cache'), JIUWEN_CONTENT: SEARCH_CONTENT, JIUWEN_INDEX_CHUNK: String(CHUNK) };
  const run = (args: string[]) => execFileSync('npx', args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  rmSync(SEARCH_CONTENT, { recursive: true, force: true });
  run(['tsx', 'scripts/ingest.ts', '--in', join(ROOT, 'content', 'sources'), '--out', SEARCH_CONTENT, '--no-cache']);
  run(['astro', 'build', '--outDir', SITE_DIR]);
  run(['tsx', 'scripts/build/search-index.ts', '--site', SITE_DIR]);
}

export async function ensureSearchSite(): Promise<string> {
  const id = runId();
  const fresh = () => existsSync(STAMP) && readFileSync(STAMP, 'utf8') === id;
  if (process.env.SEARCH_TEST_REUSE && existsSync(`${SITE_DIR}/pagefind/pagefind.js`)) return SITE_DIR;
  for (;;) {
    if (fresh()) return SITE_DIR;
    try {
      mkdirSync(OUT, { recursive: true });
      mkdirSync(LOCK);
    } catch {
      await new Promise((r) => setTimeout(r, 500));
      continue;
    }
    try {
      if (!fresh()) {
        build();
        writeFileSync(STAMP, id);
      }
    } finally {
      rmSync(LOCK, { recursive: true, force: true });
    }
  }
}
