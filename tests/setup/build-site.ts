/**
 * Vitest global setup of the `site` and `e2e` projects: builds, once per run, outside the working tree
 * (tests/setup/paths.ts):
 *   CONTENT          the sample archive's content: content/sources, corrections.json and permalinks.json
 *                    copied, then `scripts/ingest.ts` as `npm run build` runs it
 *   DIST             the sample archive (`scripts/build/site.ts`, the build `npm run build` runs), at SITE
 *   DIST_BASE        the same under the sub-path /jiuwen/, built without a site address
 *   DIST_REINGEST    a simulated re-ingest (see reingest-fixture.ts)
 * JIUWEN_SKIP_BUILD=1 reuses existing builds.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ASTRO_CACHE, BASE, CONTENT, DIST, DIST_BASE, DIST_REINGEST, FIXTURE_CONTENT, FIXTURE_FACTS, FIXTURE_TODAY, OUT, ROOT, SITE } from './paths';
import { makeReingestFixture } from './reingest-fixture';

function run(args: string[], env: Record<string, string> = {}) {
  execFileSync('npx', args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, JIUWEN_CACHE_DIR: ASTRO_CACHE, ...env } });
}

/** Both projects name this setup; the builds are made once per vitest process. */
const state = globalThis as { jiuwenSiteBuilt?: Promise<void> };

async function build() {
  const skip = process.env.JIUWEN_SKIP_BUILD === '1';
  const built = [DIST, DIST_BASE, DIST_REINGEST].every((d) => existsSync(join(d, 'index.html'))) && existsSync(FIXTURE_FACTS);
  if (skip && built) return;
  mkdirSync(OUT, { recursive: true });

  rmSync(CONTENT, { recursive: true, force: true });
  cpSync(join(ROOT, 'content', 'sources'), join(CONTENT, 'sources'), { recursive: true });
  for (const f of ['corrections.json', 'permalinks.json']) if (existsSync(join(ROOT, 'content', f))) cpSync(join(ROOT, 'content', f), join(CONTENT, f));
  run(['tsx', 'scripts/ingest.ts', '--in', join(CONTENT, 'sources'), '--out', CONTENT]);
  run(['tsx', 'scripts/build/site.ts', '--out', DIST], { JIUWEN_SITE: SITE, JIUWEN_CONTENT: CONTENT });

  // A fixed build day, so that tests/site/data-files.test.ts can remake its data files any day.
  run(['astro', 'build', '--force', '--outDir', DIST_BASE], { JIUWEN_CONTENT: CONTENT, JIUWEN_BASE: BASE, JIUWEN_TODAY: FIXTURE_TODAY, JIUWEN_SITE: '' });

  const facts = await makeReingestFixture(CONTENT, FIXTURE_CONTENT);
  writeFileSync(FIXTURE_FACTS, JSON.stringify(facts, null, 2));
  run(['astro', 'build', '--force', '--outDir', DIST_REINGEST], { JIUWEN_CONTENT: FIXTURE_CONTENT, JIUWEN_TODAY: FIXTURE_TODAY, JIUWEN_SITE: SITE });
}

export default async function setup() {
  state.jiuwenSiteBuilt ??= build();
  await state.jiuwenSiteBuilt;
}
