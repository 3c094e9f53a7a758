/** Every command line reads its options strictly (scripts/lib/cli-args.ts): an unknown option is a usage error, exit 2, with the usage and no stack trace. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (script: string, ...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { encoding: 'utf8', timeout: 60_000 });

describe('command lines refuse options they do not know', () => {
  it.each([
    ['scripts/build/site.ts', 'npm run build'],
    ['scripts/build/search-index.ts', 'npm run search:index'],
    ['scripts/build/data-files.ts', 'tsx scripts/build/data-files.ts'],
    ['scripts/preview.ts', 'npm run preview'],
    ['scripts/combine.ts', 'npm run combine'],
    ['scripts/bench.ts', 'npm run bench'],
    ['scripts/dev/search-bench.ts', 'npm run search:bench'],
    ['scripts/eval/papers.ts', 'npm run eval:papers'],
    ['scripts/eval/fit-section-model.ts', 'npx tsx scripts/eval/fit-section-model.ts'],
  ])('%s --shard 2019 (a typo of --shards or no such option): exit 2, named, with the usage', (script, usage) => {
    const r = run(script, '--shard', '2019');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("Unknown option '--shard'");
    expect(r.stderr).toContain(`Usage: ${usage}`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});
