/**
 * Building from another content folder (issue 14, item 11): pages ingested with
 * `--in DIR --out X` are found again by the data-files step, so every page's
 * source.txt and export/archive.jsonl are written.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = process.cwd();
const dir = mkdtempSync(join(tmpdir(), 'jiuwen-other-content-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function tsx(script: string, ...args: string[]) {
  const r = spawnSync('npx', ['tsx', join(ROOT, script), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, JIUWEN_CONTENT: '' } });
  return { code: r.status, out: `${r.stdout}\n${r.stderr}` };
}

describe('a content folder ingested from elsewhere', () => {
  it('gets its source.txt files and the export', () => {
    const pages = join(dir, 'my-pages');
    const out = join(dir, 'elsewhere', 'X');
    const site = join(dir, 'site');
    cpSync(join(ROOT, 'content/sources'), pages, { recursive: true });
    const ingest = tsx('scripts/ingest.ts', '--in', pages, '--out', out, '--no-cache');
    expect(ingest.code, ingest.out).toBe(0);
    expect(existsSync(join(out, 'sources'))).toBe(false);
    const data = tsx('scripts/build/data-files.ts', '--content', out, '--out', site);
    expect(data.code, data.out).toBe(0);
    const issue = JSON.parse(readFileSync(join(out, 'issues', 'jintan-shibao', '2020-12.json'), 'utf8'));
    const page = issue.pages[0];
    expect(readFileSync(join(site, 'jintan-shibao', '2020-12', page.key, 'source.txt'))).toEqual(readFileSync(join(pages, page.source)));
    expect(readFileSync(join(site, 'export', 'archive.jsonl'), 'utf8').split('\n').length).toBeGreaterThan(5);
  }, 120_000);
});
