/**
 * The ingest's command line as a user runs it, for the tests that spawn it (project `cli`):
 * `npx tsx scripts/ingest.ts ARGS` in a child process, and the temporary folders those tests work in.
 */
import { afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

export const ROOT = join(import.meta.dirname, '../../..');

export interface CliResult {
  code: number | null;
  stdout: string;
  /** stderr without npm's own warnings. */
  stderr: string;
}

/** Runs `scripts/ingest.ts` with `args` from the project's root, colours off. */
export function runIngest(args: string[], opts: { timeout?: number } = {}): CliResult {
  const r = spawnSync('npx', ['tsx', join(ROOT, 'scripts/ingest.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0' },
    ...(opts.timeout ? { timeout: opts.timeout } : {}),
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr.split('\n').filter((l) => !l.startsWith('npm warn')).join('\n') };
}

/** A function making temporary folders named `prefix…`, all removed after the test file. */
export function tempDirs(prefix: string): () => string {
  const made: string[] = [];
  afterAll(() => {
    for (const d of made) rmSync(d, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    made.push(dir);
    return dir;
  };
}

/** Every file under `dir` (by path relative to it, in sorted order) → its content, as text or base64. */
export function snapshot(dir: string, encoding: 'utf8' | 'base64' = 'utf8'): Record<string, string> {
  const out: Record<string, string> = {};
  if (!existsSync(dir)) return out;
  const walk = (d: string) => {
    for (const n of readdirSync(d).sort()) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = readFileSync(p).toString(encoding);
    }
  };
  walk(dir);
  return out;
}
