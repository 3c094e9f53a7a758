/**
 * Where the test builds live: outside the working tree, in a folder of the system's temporary
 * directory named after this checkout (so that two checkouts do not share builds, and
 * JIUWEN_SKIP_BUILD=1 finds the last run's). Only screenshots go to the git-ignored test-results/.
 */
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const OUT = join(tmpdir(), `jiuwen-test-${createHash('sha256').update(ROOT).digest('hex').slice(0, 12)}`);
/** The sample archive's content as `npm run ingest` makes it from content/sources (a copy of content/ ingested here). */
export const CONTENT = join(OUT, 'content');
/** The sample archive as `npm run build` makes it. */
export const DIST = join(OUT, 'builds', 'dist');
/** The sample archive built under the sub-path /jiuwen/. */
export const DIST_BASE = join(OUT, 'builds', 'base');
export const BASE = '/jiuwen/';
/** The site address dist/ and the re-ingest are built with (JIUWEN_SITE); the /jiuwen/ build has none. */
export const SITE = 'https://jiuwen.example.org';
/** A simulated re-ingest of the sample (moved ids, new pages, new dates), built. */
export const FIXTURE_CONTENT = join(OUT, 'fixtures', 'reingest-content');
export const DIST_REINGEST = join(OUT, 'builds', 'reingest');
export const FIXTURE_FACTS = join(OUT, 'fixtures', 'reingest-facts.json');
/** Astro's cache for the test builds (so that they leave node_modules/.astro alone). */
export const ASTRO_CACHE = join(OUT, 'astro-cache');
/** The build day used for "on this day" in the re-ingest build. */
export const FIXTURE_TODAY = '2026-12-04';
export const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');
