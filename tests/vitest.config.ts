import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Test projects (all run by `npm test`; one alone with `--project NAME`):
 *   unit  pure and fast: no browser, no build, no child process
 *   cli   tests that spawn the ingest, the build, Astro or Pagefind
 *   site  assertions on the built sample site (built once per run by tests/setup/build-site.ts)
 *   e2e   headless Chromium on the built sites
 */
const cliTests = [
  'tests/ingest/bench.test.ts',
  'tests/ingest/cache-cli.test.ts',
  'tests/ingest/cli.test.ts',
  'tests/ingest/cli-reliability.test.ts',
  'tests/ingest/explain-cli.test.ts',
  'tests/ingest/transaction.test.ts',
  'tests/build/cli-args.test.ts',
  'tests/build/other-content.test.ts',
  'tests/build/sharded-build.test.ts',
  'tests/search/query-set.test.ts',
];
const siteTests = ['tests/site/**/*.test.ts'];
const e2eTests = ['tests/e2e/**/*.test.ts', 'tests/search/e2e.test.ts'];
const buildSite = 'tests/setup/build-site.ts';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    testTimeout: 30_000,
    // Property tests run from one seed (FC_SEED=<n> replays another; fast-check prints the seed of a failure).
    setupFiles: ['tests/setup/fast-check-seed.ts'],
    hookTimeout: 600_000,
    // The JSON report lets .ci/run print a one-line summary.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: [...configDefaults.exclude, ...cliTests, ...siteTests, ...e2eTests] },
      },
      { extends: true, test: { name: 'cli', include: cliTests } },
      {
        extends: true,
        // The sample site (and its variants) is built once per run, outside the working tree;
        // JIUWEN_SKIP_BUILD=1 reuses the builds.
        test: { name: 'site', include: siteTests, globalSetup: [buildSite] },
      },
      { extends: true, test: { name: 'e2e', include: e2eTests, globalSetup: [buildSite] } },
    ],
  },
});
