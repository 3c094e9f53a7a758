/**
 * `npm run build` writes the data files (issue.json, source.txt, article.json,
 * export/archive.jsonl) with scripts/build/data-files.ts instead of Astro's routes.
 * The builds here made by a plain `astro build` have them from the routes:
 * the script must write exactly the same files, byte for byte.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BASE, CONTENT, DIST, DIST_BASE, DIST_REINGEST, FIXTURE_CONTENT, FIXTURE_TODAY, ROOT, SITE } from '../setup/paths';

const DATA_FILE = /(?:^|\/)(?:issue\.json|article\.json|source\.txt|archive\.jsonl)$/;

function dataFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
    .filter((p) => DATA_FILE.test(p) && !p.startsWith('pagefind/'))
    .sort();
}

const tmp = mkdtempSync(join(tmpdir(), 'jiuwen-data-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function writeData(content: string, env: Record<string, string>, out = join(tmp, String(Math.random()).slice(2))): string {
  execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/build/data-files.ts'), '--out', out, '--content', content], {
    cwd: ROOT,
    env: { ...process.env, JIUWEN_SHARDS: '', JIUWEN_ISSUES: '', ...env },
    stdio: 'pipe',
  });
  return out;
}

describe('data files written by scripts/build/data-files.ts', () => {
  const cases: { name: string; astro: string; content: string; env: Record<string, string> }[] = [
    { name: 'the sample under a base path', astro: DIST_BASE, content: CONTENT, env: { JIUWEN_BASE: BASE, JIUWEN_TODAY: FIXTURE_TODAY, JIUWEN_SITE: '' } },
    { name: 'the re-ingested fixture (aliases, moved articles)', astro: DIST_REINGEST, content: FIXTURE_CONTENT, env: { JIUWEN_TODAY: FIXTURE_TODAY, JIUWEN_SITE: SITE } },
  ];
  for (const c of cases) {
    it(`are the files Astro's routes make: ${c.name}`, () => {
      const expected = dataFiles(c.astro);
      expect(expected.length).toBeGreaterThan(10);
      expect(expected).toContain('export/archive.jsonl');
      const out = writeData(c.content, c.env);
      expect(dataFiles(out)).toEqual(expected);
      for (const f of expected) expect(readFileSync(join(out, f)), f).toEqual(readFileSync(join(c.astro, f)));
    });
  }

  it('are in the site npm run build makes, and Astro wrote none of them twice', () => {
    const files = dataFiles(DIST);
    expect(files.filter((f) => f.endsWith('article.json')).length).toBe(readdirSync(join(CONTENT, 'articles'), { recursive: true }).filter((f) => String(f).endsWith('.mdx')).length);
    expect(files).toContain('export/archive.jsonl');
  });

  it('a bad content file is an error naming it, and the export is not left half-written', () => {
    const content = join(tmp, 'bad');
    execFileSync('cp', ['-r', CONTENT, content]);
    const issueDir = join(content, 'issues');
    const first = readdirSync(issueDir, { recursive: true }).map(String).find((f) => f.endsWith('.json'))!;
    const path = join(issueDir, first);
    const issue = JSON.parse(readFileSync(path, 'utf8'));
    issue.pages = 'none';
    execFileSync('node', ['-e', `require('fs').writeFileSync(${JSON.stringify(path)}, ${JSON.stringify(JSON.stringify(issue))})`]);
    let message = '';
    const out = join(tmp, 'bad-out');
    try {
      writeData(content, {}, out);
    } catch (e) {
      message = String((e as { stderr?: Buffer }).stderr ?? e);
    }
    expect(message).toContain(path);
    expect(message).toContain('pages');
    expect(message).not.toMatch(/\n\s+at /);
    expect(existsSync(out) ? dataFiles(out) : []).toEqual([]);
  });
});
