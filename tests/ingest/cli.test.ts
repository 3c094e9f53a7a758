/**
 * The CLI as a user runs it: `npx tsx scripts/ingest.ts` in a child process on
 * a temporary copy of the sample pages (content/sources).
 */
import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runIngest, snapshot, tempDirs } from './support/cli.ts';

const cli = (...args: string[]) => runIngest(args);
const tempDir = tempDirs('jiuwen-cli-');

/** A temp workspace with sources/ (the 5 sample pages + catalogue) and an empty content/. */
function workspace() {
  const dir = tempDir();
  cpSync(join(ROOT, 'content/sources'), join(dir, 'sources'), { recursive: true });
  return { dir, src: join(dir, 'sources'), out: join(dir, 'content') };
}

const articleFiles = (snap: Record<string, string>) => Object.keys(snap).filter((k) => k.startsWith('articles/')).sort();

describe('npm run ingest (CLI)', () => {
  it('--help prints usage and exits 0', () => {
    const r = cli('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: npm run ingest');
    expect(r.stdout).toContain('--check');
  });

  it('an unknown option is a usage error (exit 2), without a stack trace', () => {
    const r = cli('--frobnicate');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown option --frobnicate');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("says when a paper's house style was decided on thin evidence, and how to state it", () => {
    const dir = tempDir();
    const src = join(dir, 'sources');
    const body = '昨天，某市召开新闻发布会，介绍了今年春季的交通安排，市民可以提前规划出行路线，有关部门将加强引导。';
    const page = (first: string) => `${first}\n\n${body}\n\n${body}\n\n第二条消息标题\n\n${body}`;
    const pages = [page('春季交通安排发布\n\n记者 张三'), page('城市公园迎来赏花季'), page('新建学校秋季开学')];
    for (const [i, t] of pages.entries()) {
      mkdirSync(join(src, '某某晨报/2026-03-29'), { recursive: true });
      writeFileSync(join(src, `某某晨报/2026-03-29/0${i + 1}.txt`), t);
    }
    const r = cli('--in', src, '--out', join(dir, 'content'), '--no-cache');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('House style of moumou-chenbao: reporter or writer under the headline (1 of 3 pages show it)');
    expect(r.stdout).toContain('Decided on thin evidence');
    expect(r.stdout).toContain('"profile": { "bylineOnTop": true }');
  });

  it('--check validates and writes nothing; --json output parses', () => {
    const w = workspace();
    const r = cli('--in', w.src, '--out', w.out, '--check', '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ ok: true, check: true, written: [], counts: { pages: 5, errors: 0 } });
    expect(report.wouldWrite.length).toBe(report.counts.articles + report.counts.issues + 1);
    expect(report.wouldRemove).toEqual([]);
    expect(report.counts.articles).toBeGreaterThan(5);
    expect(report.pages).toHaveLength(5);
    expect(report.reviewByCode['publication-unknown']).toBe(2);
    expect(existsSync(w.out)).toBe(false);
    // --report saves the same JSON to a file, also with --check.
    const saved = join(w.dir, 'report.json');
    const text = cli('--in', w.src, '--out', w.out, '--check', '--report', saved);
    expect(text.stdout).toContain('Review notes by kind: ');
    expect(JSON.parse(readFileSync(saved, 'utf8')).counts).toEqual(report.counts);
    expect(existsSync(w.out)).toBe(false);
  });

  it('writes articles, issues, ledger and manifest; a re-run is byte-identical', () => {
    const w = workspace();
    const first = cli('--in', w.src, '--out', w.out);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Ingested: 5 pages .* issues, \d+ articles/);
    const a = snapshot(w.out);
    expect(articleFiles(a).length).toBeGreaterThan(5);
    expect(Object.keys(a)).toEqual(expect.arrayContaining(['permalinks.json', '.ingest-manifest.json', 'issues/jintan-shibao/2020-12.json']));
    const second = cli('--in', w.src, '--out', w.out, '--json');
    expect(JSON.parse(second.stdout).written).toEqual([]);
    expect(snapshot(w.out)).toEqual(a);
  });

  it('--jobs 2 (worker threads) writes byte-identical output', () => {
    const w = workspace();
    const one = join(w.dir, 'one');
    const two = join(w.dir, 'two');
    expect(cli('--in', w.src, '--out', one).code).toBe(0);
    const r = cli('--in', w.src, '--out', two, '--jobs', '2');
    expect(r.code).toBe(0);
    expect(snapshot(two)).toEqual(snapshot(one));
    expect(cli('--jobs', '0').code).toBe(2);
  });

  it('removes stale generated files and nothing else; ids stay when an unrelated page is added or removed', () => {
    const w = workspace();
    cli('--in', w.src, '--out', w.out);
    const before = articleFiles(snapshot(w.out));
    writeFileSync(join(w.out, 'articles', 'notes.md'), 'hand-made, not ours');
    writeFileSync(join(w.out, 'corrections.json'), '{}');

    // Adding a page does not move existing articles.
    writeFileSync(join(w.src, 'extra.txt'), '新增的一页\n\n本报讯 这是新加入的页面正文，与其他页面无关。\n');
    expect(cli('--in', w.src, '--out', w.out).code).toBe(0);
    const withExtra = articleFiles(snapshot(w.out));
    expect(withExtra).toEqual(expect.arrayContaining(before));
    expect(withExtra.length).toBeGreaterThan(before.length);

    // Removing a page removes exactly its articles (and --check says so first).
    rmSync(join(w.src, '000_25148211cf405f81.txt'));
    rmSync(join(w.src, 'extra.txt'));
    const planned = JSON.parse(cli('--in', w.src, '--out', w.out, '--check', '--json').stdout);
    expect(planned.wouldRemove.length).toBeGreaterThan(0);
    expect(planned.wouldRemove.every((f: string) => f.startsWith('articles/') || f.startsWith('issues/'))).toBe(true);
    const r = cli('--in', w.src, '--out', w.out, '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    const after = articleFiles(snapshot(w.out));
    expect(after).toEqual(before.filter((f) => !f.startsWith('articles/unknown/2020-01/')).concat('articles/notes.md').sort());
    expect(report.removed).toEqual(planned.wouldRemove);
    expect(report.warnings.map((x: { code: string }) => x.code)).toContain('permalink-orphaned');
    expect(existsSync(join(w.out, 'corrections.json'))).toBe(true);
  });

  it('bad files: exit 1, every bad file listed with its problem, nothing written', () => {
    const w = workspace();
    cli('--in', w.src, '--out', w.out);
    const before = snapshot(w.out);
    writeFileSync(join(w.src, 'empty.txt'), '');
    writeFileSync(join(w.src, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]));
    writeFileSync(join(w.src, 'latin1.txt'), Buffer.from('caf\xe9 cr\xe8me\n', 'latin1'));
    rmSync(join(w.src, '001_3082b797bd202168.txt'));
    const r = cli('--in', w.src, '--out', w.out);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('[binary-file] binary.txt (line 1, byte 4): ');
    expect(r.stdout).toContain('[empty-file] empty.txt:');
    expect(r.stdout).toContain('[undecodable] latin1.txt (line 1, byte 3): ');
    expect(r.stdout).toContain('Nothing was written');
    expect(r.stdout).not.toMatch(/\n\s+at /);
    // the place is said once, before the message, not again inside it
    expect(r.stdout.match(/byte 4/g)).toHaveLength(1);
    expect(snapshot(w.out)).toEqual(before);
    const j = JSON.parse(cli('--in', w.src, '--out', w.out, '--json').stdout);
    expect(j.ok).toBe(false);
    expect(j.errors.map((e: { file: string }) => e.file)).toEqual(['binary.txt', 'empty.txt', 'latin1.txt']);
  });

  it('a broken catalogue is an error, not a guess', () => {
    const w = workspace();
    writeFileSync(join(w.src, 'catalogue.json'), '{ "pages": ');
    const r = cli('--in', w.src, '--out', w.out);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('[json-invalid]');
    expect(existsSync(w.out)).toBe(false);
  });

  it('applies the corrections file on every run', () => {
    const w = workspace();
    const first = JSON.parse(cli('--in', w.src, '--out', w.out, '--json').stdout);
    const page = first.pages.find((p: { file: string }) => p.file === '004_4d973ced7e0f3928.txt');
    const id: string = page.articles[0];
    writeFileSync(
      join(w.out, 'corrections.json'),
      JSON.stringify({
        pages: { '004_4d973ced7e0f3928.txt': { date: '2020-07-30', dateBasis: 'editor checked the e-paper' } },
        articles: [{ match: { id }, set: { title: '编辑改正的标题' } }, { match: { id: 'no/such/article' }, set: { title: 'x' } }],
      }),
    );
    const r = JSON.parse(cli('--in', w.src, '--out', w.out, '--json').stdout);
    expect(r.ok).toBe(true);
    const newId = id.replace('/2020-07/', '/2020-07-30/');
    const mdx = readFileSync(join(w.out, 'articles', `${newId}.mdx`), 'utf8');
    expect(mdx).toContain('"title": "编辑改正的标题"');
    expect(mdx).toContain(`"aliases": [\n    "${id}"\n  ]`);
    expect(existsSync(join(w.out, 'articles', `${id}.mdx`))).toBe(false);
    expect(r.warnings.map((x: { code: string }) => x.code)).toEqual(['correction-unknown-target']);
    const ledger = JSON.parse(readFileSync(join(w.out, 'permalinks.json'), 'utf8'));
    expect(Object.keys(ledger.ids)).toEqual(expect.arrayContaining([id, newId]));
  });
});
