/** `npm run bench:ingest` must work on a fresh clone, where ../shared does not exist. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

describe('npm run bench:ingest', () => {
  it('falls back to re-dated copies of the sample pages when the shared corpus is absent', () => {
    const r = spawnSync('npx', ['tsx', 'scripts/dev/bench-ingest.ts', '--runs', '1', '--copies', '4', '--json'], {
      cwd: process.cwd(),
      encoding: 'utf8',
      env: { ...process.env, JIUWEN_BENCH_CORPUS: join(process.cwd(), 'no-such-corpus-folder') },
    });
    expect(r.status).toBe(0);
    const figures = JSON.parse(r.stdout);
    expect(figures.corpus).toContain('replicated sample pages (20 pages');
    expect(figures).toMatchObject({ pages: 20, errors: 0, runs: 1, goalMbPerSecond: 10 });
    expect(figures.mbPerSecond).toBeGreaterThan(0);
    expect(figures.peakRssMB).toBeGreaterThan(0);
  }, 60_000);
});
