import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';

const siteTests = ['tests/site/**/*.test.ts', 'tests/e2e/**/*.test.ts'];

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    testTimeout: 30_000,
    hookTimeout: 600_000,
    // The JSON report lets .ci/run print a one-line summary.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: [...configDefaults.exclude, ...siteTests] },
      },
      {
        extends: true,
        // Built-site and browser tests: the sample site (and its variants) is built
        // once per run by the global setup; JIUWEN_SKIP_BUILD=1 reuses the builds.
        test: { name: 'site', include: siteTests, globalSetup: ['tests/setup/build-site.ts'] },
      },
    ],
  },
});
