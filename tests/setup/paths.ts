/** Where the test builds live (all under the gitignored test-results/). */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The sample archive as `npm run build` makes it. */
export const DIST = join(ROOT, 'dist');
export const OUT = join(ROOT, 'test-results');
/** The sample archive built under the sub-path /jiuwen/. */
export const DIST_BASE = join(OUT, 'builds', 'base');
export const BASE = '/jiuwen/';
/** The site address dist/ and the re-ingest are built with (JIUWEN_SITE); the /jiuwen/ build has none. */
export const SITE = 'https://jiuwen.example.org';
/** A simulated re-ingest of the sample (moved ids, new pages, new dates), built. */
export const FIXTURE_CONTENT = join(OUT, 'fixtures', 'reingest-content');
export const DIST_REINGEST = join(OUT, 'builds', 'reingest');
export const FIXTURE_FACTS = join(OUT, 'fixtures', 'reingest-facts.json');
/** The build day used for "on this day" in the re-ingest build. */
export const FIXTURE_TODAY = '2026-12-04';
export const SCREENSHOTS = join(OUT, 'screenshots');
