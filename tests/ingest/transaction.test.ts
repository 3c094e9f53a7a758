/**
 * Issue 16, items 4 and 5: the output is written as a whole or not at all, and
 * one ingest at a time. Child processes on temporary folders: runs killed with
 * SIGKILL at several points (JIUWEN_TEST_KILL_AT, write.ts) leave, once
 * recovered (as the next ingest or build does first), the old content or the
 * new, never a mix; a write error changes nothing; a second ingest refuses.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { JOURNAL, recoverOutput, STAGING } from '../../scripts/ingest/write.ts';
import { LOCK } from '../../scripts/ingest/lock.ts';

const ROOT = process.cwd();
const ARGS = (src: string, out: string) => ['tsx', join(ROOT, 'scripts/ingest.ts'), '--no-cache', '--in', src, '--out', out];

function cli(src: string, out: string, env: Record<string, string> = {}, ...extra: string[]) {
  const r = spawnSync('npx', [...ARGS(src, out), ...extra], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0', ...env }, timeout: 60_000 });
  // Killed: npx reports its child's SIGKILL as 137 (128 + 9), or is killed itself.
  const killed = r.signal === 'SIGKILL' || r.status === 137;
  return { code: r.status, killed, stdout: r.stdout, stderr: r.stderr };
}

function cliAsync(src: string, out: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const p = spawn('npx', [...ARGS(src, out), '--json'], { cwd: ROOT, env: { ...process.env, FORCE_COLOR: '0' } });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => (stdout += d));
    p.stderr.on('data', (d) => (stderr += d));
    p.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/** Every file under `dir` → content; the transaction's own files (lock, staging, journal) left out. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      const rel = relative(dir, p);
      if ([LOCK, STAGING, JOURNAL].includes(rel)) continue;
      if (statSync(p).isDirectory()) walk(p);
      else out[rel] = readFileSync(p, 'utf8');
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

let base: string;
let oldSrc: string;
let newSrc: string;
let OLD: Record<string, string>;
let NEW: Record<string, string>;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'jiuwen-tx-'));
  made.push(base);
  oldSrc = join(base, 'old-sources');
  newSrc = join(base, 'new-sources');
  cpSync(join(ROOT, 'content/sources'), oldSrc, { recursive: true });
  cpSync(join(ROOT, 'content/sources'), newSrc, { recursive: true });
  // The new sources: one page gone (stale files to remove), one changed, the rest the same.
  rmSync(join(newSrc, '003_8cfe6f33ca6dfcff.txt'));
  const changed = join(newSrc, '004_4d973ced7e0f3928.txt');
  writeFileSync(changed, readFileSync(changed, 'utf8').replace(/。/, '。（补记）'));
  writeFileSync(join(newSrc, '005_added.txt'), readFileSync(join(oldSrc, '003_8cfe6f33ca6dfcff.txt'), 'utf8').replace(/。/g, '。 '));
  const oldOut = join(base, 'old-content');
  expect(cli(oldSrc, oldOut).code).toBe(0);
  OLD = snapshot(oldOut);
  const newOut = join(base, 'new-content');
  cpSync(oldOut, newOut, { recursive: true });
  expect(cli(newSrc, newOut).code).toBe(0);
  NEW = snapshot(newOut);
  expect(Object.keys(OLD).some((k) => !(k in NEW))).toBe(true); // the run removes files
  expect(Object.keys(NEW).filter((k) => NEW[k] !== OLD[k]).length).toBeGreaterThan(3); // and writes files
}, 120_000);

/** A copy of the old content, to run the new sources on. */
function oldCopy(): string {
  const out = mkdtempSync(join(base, 'run-'));
  cpSync(join(base, 'old-content'), out, { recursive: true });
  return out;
}

describe('output as a transaction (issue 16, item 4)', () => {
  it.each([
    ['stage-0', 'old'],
    ['stage-3', 'old'],
    ['before-commit', 'old'],
    ['committed', 'new'],
    ['apply-2', 'new'],
    ['remove-0', 'new'],
  ])('killed at %s: the folder is the %s content once recovered, never a mix', (point, expected) => {
    const out = oldCopy();
    const r = cli(newSrc, out, { JIUWEN_TEST_KILL_AT: point });
    expect(r.killed, `${r.code} ${r.stderr}`).toBe(true);
    // Before the commit point the content itself was never touched.
    if (expected === 'old') expect(snapshot(out)).toEqual(OLD);
    recoverOutput(out);
    expect(snapshot(out)).toEqual(expected === 'old' ? OLD : NEW);
    expect(existsSync(join(out, STAGING))).toBe(false);
    expect(existsSync(join(out, JOURNAL))).toBe(false);
  });

  it('the next ingest after a kill takes over the dead run\'s lock, recovers and writes the new content', () => {
    const out = oldCopy();
    expect(cli(newSrc, out, { JIUWEN_TEST_KILL_AT: 'apply-1' }).killed).toBe(true);
    expect(existsSync(join(out, LOCK))).toBe(true);
    const r = cli(newSrc, out);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('took over the lock');
    expect(r.stdout).toContain('its write was completed first');
    expect(snapshot(out)).toEqual(NEW);
    expect(existsSync(join(out, LOCK))).toBe(false);
  });

  it('a write error changes nothing and exits 1 naming the file; temp files of killed runs are removed', () => {
    const out = oldCopy();
    const victim = Object.keys(NEW).filter((k) => k.startsWith('articles/') && NEW[k] !== OLD[k]).sort().at(-1)!;
    rmSync(join(out, victim), { force: true });
    mkdirSync(join(out, victim), { recursive: true }); // a folder where the file must go (EISDIR / EEXIST)
    writeFileSync(join(out, 'articles', 'left-over.mdx.tmp-4242'), 'x');
    const before = snapshot(out);
    const r = cli(newSrc, out, {}, '--json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.errors).toEqual([expect.objectContaining({ code: 'write-failed', message: expect.stringContaining('nothing was changed') })]);
    expect(report.errors[0].file).toContain(victim);
    const after = snapshot(out);
    delete before['articles/left-over.mdx.tmp-4242'];
    expect(after).toEqual(before);
    expect(existsSync(join(out, STAGING))).toBe(false);
  });
});

describe('one ingest at a time (issue 16, item 5)', () => {
  it('a second ingest into a folder whose lock a live process holds refuses (exit 3), naming it, and writes nothing', () => {
    const out = oldCopy();
    writeFileSync(join(out, LOCK), JSON.stringify({ pid: process.pid, host: hostname(), command: 'ingest', since: '2026-01-01T00:00:00.000Z' }));
    const r = cli(newSrc, out);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`pid ${process.pid}`);
    expect(r.stderr).not.toContain('internal error');
    expect(snapshot(out)).toEqual(OLD);
  });

  it('a build refuses too while an ingest holds the content folder, before reading anything', () => {
    const out = oldCopy();
    writeFileSync(join(out, LOCK), JSON.stringify({ pid: process.pid, host: hostname(), command: 'ingest', since: '2026-01-01T00:00:00.000Z' }));
    const r = spawnSync('npx', ['tsx', join(ROOT, 'scripts/build/site.ts'), '--out', join(out, 'dist')], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, JIUWEN_CONTENT: out }, timeout: 60_000 });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`another ingest (pid ${process.pid}`);
    expect(existsSync(join(out, 'dist'))).toBe(false);
  });

  it('two ingests at once (different inputs, then the same input twice): each finishes or refuses; no id is lost, no crash', async () => {
    const out = join(base, 'concurrent');
    const feb = join(base, 'feb');
    mkdirSync(feb);
    const oct = join(base, 'oct');
    mkdirSync(oct);
    for (const f of readdirSync(oldSrc).filter((n) => n.endsWith('.txt'))) cpSync(join(oldSrc, f), join(f < '002' ? feb : oct, f));
    const runs = await Promise.all([cliAsync(feb, out), cliAsync(oct, out)]);
    const twice = await Promise.all([cliAsync(oct, out), cliAsync(oct, out)]);
    const ledger = JSON.parse(readFileSync(join(out, 'permalinks.json'), 'utf8')).ids;
    for (const r of [...runs, ...twice]) {
      expect([0, 3], r.stderr).toContain(r.code);
      expect(r.stderr).not.toContain('internal error');
      if (r.code === 3) expect(r.stderr).toMatch(/another ingest \(pid \d+/);
      if (r.code !== 0) continue;
      // Every article a successful run published is in the ledger for good.
      for (const p of JSON.parse(r.stdout).pages) for (const id of p.articles) expect(ledger[id], id).toBeDefined();
    }
    expect(runs.some((r) => r.code === 0) && twice.some((r) => r.code === 0)).toBe(true);
    // The folder is the last successful run's content, whole: the manifest lists exactly the files there.
    const manifest = JSON.parse(readFileSync(join(out, '.ingest-manifest.json'), 'utf8')).files as string[];
    const present = Object.keys(snapshot(out)).filter((k) => k.startsWith('articles/') || k.startsWith('issues/')).sort();
    expect(present).toEqual([...manifest].sort());
  }, 60_000);
});
