/** `npm run ingest -- --explain FILE[:LINE]` as a user runs it (a child process). */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

describe('npm run ingest -- --explain', () => {
  it('explains a sample page and writes nothing', () => {
    const r = spawnSync('npx', ['tsx', join(ROOT, 'scripts/ingest.ts'), '--in', 'content/sources', '--out', '/nonexistent/never-written', '--explain', '001_3082b797bd202168.txt'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Headline stacks');
    expect(r.stdout).toContain('Items as written');
  });
  it('a page that is not there is a usage error', () => {
    const r = spawnSync('npx', ['tsx', join(ROOT, 'scripts/ingest.ts'), '--in', 'content/sources', '--explain', 'nope.txt'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('no page nope.txt');
  });
});
