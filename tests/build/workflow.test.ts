/**
 * The CI workflow that builds the archive by shard (.github/workflows/build.yml) runs plain npm commands,
 * the ones tests/build/sharded-build.test.ts runs locally: `npm run build -- --list-shards`, then one job per
 * shard `npm run build -- --shards S --out part`, then `npm run combine -- --out dist parts/*`.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';

interface Step { run?: string; uses?: string; with?: Record<string, unknown> }
interface Job { needs?: string | string[]; steps: Step[]; strategy?: { matrix: Record<string, unknown> } }
const workflow = yaml.load(readFileSync('.github/workflows/build.yml', 'utf8')) as { jobs: Record<string, Job> };
const runs = (job: string) => workflow.jobs[job]!.steps.flatMap((s) => (s.run ? [s.run.trim()] : []));

describe('the sharded build workflow', () => {
  it('plans, builds each shard, joins', () => {
    expect(Object.keys(workflow.jobs)).toEqual(['plan', 'shard', 'combine']);
    expect(workflow.jobs.shard!.needs).toBe('plan');
    expect(workflow.jobs.combine!.needs).toBe('shard');
    expect(workflow.jobs.shard!.strategy!.matrix.shard).toBe('${{ fromJSON(needs.plan.outputs.shards) }}');
  });

  it('installs with npm ci and builds with the npm commands the sharded-build test runs', () => {
    for (const job of Object.keys(workflow.jobs)) expect(runs(job)[0], job).toBe('npm ci');
    expect(runs('plan')).toContain('npm run build -- --list-shards shards.json');
    expect(runs('shard')).toEqual(['npm ci', 'npm run build -- --shards ${{ matrix.shard }} --out part']);
    expect(runs('combine')).toEqual(['npm ci', 'npm run combine -- --out dist parts/*']);
  });

  it('keeps the parts’ build state (hidden file) that combine checks', () => {
    const upload = workflow.jobs.shard!.steps.find((s) => s.uses?.startsWith('actions/upload-artifact'));
    expect(upload?.with?.['include-hidden-files']).toBe(true);
  });
});
