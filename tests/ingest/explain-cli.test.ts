/** `npm run ingest -- --explain FILE[:LINE]` as a user runs it (a child process). */
import { describe, expect, it } from 'vitest';
import { runIngest } from './support/cli.ts';

describe('npm run ingest -- --explain', () => {
  it('explains a sample page and writes nothing', () => {
    const r = runIngest(['--in', 'content/sources', '--out', '/nonexistent/never-written', '--explain', '001_3082b797bd202168.txt']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Headline stacks');
    expect(r.stdout).toContain('Items as written');
  });
  it('a page that is not there is a usage error', () => {
    const r = runIngest(['--in', 'content/sources', '--explain', 'nope.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no page nope.txt');
  });
});
