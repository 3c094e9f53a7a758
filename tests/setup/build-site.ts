/**
 * Vitest global setup: builds, once per run,
 *   dist/                      the sample archive (`npm run build`, ingest first when needed), at SITE
 *   test-results/builds/base   the same under the sub-path /jiuwen/, built without a site address
 *   test-results/builds/reingest  a simulated re-ingest (see reingest-fixture.ts)
 * JIUWEN_SKIP_BUILD=1 reuses existing builds.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASE, DIST, DIST_BASE, DIST_REINGEST, FIXTURE_CONTENT, FIXTURE_FACTS, FIXTURE_TODAY, OUT, ROOT, SITE } from './paths';
import { makeReingestFixture } from './reingest-fixture';

function run(cmd: string, env: Record<string, string> = {}) {
  execSync(cmd, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
}

export default async function setup() {
  const skip = process.env.JIUWEN_SKIP_BUILD === '1';
  const built = [DIST, DIST_BASE, DIST_REINGEST].every((d) => existsSync(join(d, 'index.html'))) && existsSync(FIXTURE_FACTS);
  if (skip && built) return;
  mkdirSync(OUT, { recursive: true });

  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const buildRunsIngest = /ingest/.test(pkg.scripts?.build ?? '');
  if (!buildRunsIngest && existsSync(join(ROOT, 'scripts', 'ingest.ts')) && !existsSync(join(ROOT, 'content', 'issues'))) run('npm run ingest');
  run('npm run build', { JIUWEN_SITE: SITE });

  // A fixed build day, so that tests/site/data-files.test.ts can remake its data files any day.
  run(`npx astro build --force --outDir ${DIST_BASE}`, { JIUWEN_BASE: BASE, JIUWEN_TODAY: FIXTURE_TODAY, JIUWEN_SITE: '' });

  const facts = await makeReingestFixture(join(ROOT, 'content'), FIXTURE_CONTENT);
  writeFileSync(FIXTURE_FACTS, JSON.stringify(facts, null, 2));
  run(`npx astro build --force --outDir ${DIST_REINGEST}`, { JIUWEN_CONTENT: FIXTURE_CONTENT, JIUWEN_TODAY: FIXTURE_TODAY, JIUWEN_SITE: SITE });
  // leave the content-layer cache describing ./content again
  run('npx astro sync');
}
