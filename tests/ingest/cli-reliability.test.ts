/**
 * Issue 16 through the CLI (child processes on temporary folders): sources
 * confined to their folder, file-system errors named, reports free of
 * terminal escapes. Small one-page workspaces keep these fast.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runIngest, tempDirs } from './support/cli.ts';

const PAGE = '金坛时报\n2020年12月4日\n\n市政府召开新闻发布会\n本报讯 今天上午，市政府召开新闻发布会，介绍今年的工作情况和明年的打算。\n';

const cli = (...args: string[]) => runIngest(['--no-cache', ...args], { timeout: 60_000 });
const tempDir = tempDirs('jiuwen-rel-');

function workspace() {
  const dir = tempDir();
  const src = join(dir, 'sources');
  mkdirSync(src);
  writeFileSync(join(src, '01.txt'), PAGE);
  return { dir, src, out: join(dir, 'content') };
}

describe('sources are confined to the sources folder (issue 16, item 2)', () => {
  it('a symbolic link to a file outside the folder is refused by name; nothing is written', () => {
    const w = workspace();
    writeFileSync(join(w.dir, 'secret.txt'), 'root:x:0:0:root:/root:/bin/bash\n');
    symlinkSync(join(w.dir, 'secret.txt'), join(w.src, 'passwd.txt'));
    symlinkSync('/proc/self/mem', join(w.src, 'mem.txt'));
    mkdirSync(join(w.src, 'sub'));
    symlinkSync(w.dir, join(w.src, 'sub', 'up'));
    const r = cli('--in', w.src, '--out', w.out, '--json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    const outside = report.errors.filter((e: { code: string }) => e.code === 'source-outside').map((e: { file: string }) => e.file).sort();
    expect(outside).toEqual(['mem.txt', 'passwd.txt', 'sub/up']);
    expect(JSON.stringify(report)).not.toContain('root:x:0:0');
    expect(existsSync(w.out)).toBe(false);
  });

  it('a symbolic link within the folder is followed', () => {
    const w = workspace();
    mkdirSync(join(w.src, 'a'));
    writeFileSync(join(w.src, 'a', '02.txt'), PAGE.replace('今年', '去年'));
    symlinkSync(join(w.src, 'a', '02.txt'), join(w.src, '03.txt'));
    const r = cli('--in', w.src, '--out', w.out, '--json', '--check');
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).pages.map((p: { file: string }) => p.file)).toEqual(['01.txt', '03.txt', 'a/02.txt']);
  });

  it('a FIFO named *.txt is refused by name, without hanging; other errors are all reported', () => {
    const w = workspace();
    spawnSync('mkfifo', [join(w.src, 'pipe.txt')]);
    mkdirSync(join(w.src, 'dir.txt')); // a folder named like a page is walked, not read
    writeFileSync(join(w.src, 'dir.txt', '04.txt'), PAGE);
    const r = cli('--in', w.src, '--out', w.out, '--json', '--check');
    expect(r.code).toBe(1);
    const errors = JSON.parse(r.stdout).errors;
    expect(errors).toEqual([expect.objectContaining({ code: 'source-not-file', file: 'pipe.txt', message: expect.stringContaining('FIFO') })]);
  });

  it('x\\01.txt and x/01.txt collapse to one path: refused, not one silently published', () => {
    const w = workspace();
    mkdirSync(join(w.src, 'x'));
    writeFileSync(join(w.src, 'x', '01.txt'), PAGE);
    writeFileSync(join(w.src, 'x\\01.txt'), PAGE.replace('今年', '明年'));
    const r = cli('--in', w.src, '--out', w.out, '--json', '--check');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).errors).toEqual([expect.objectContaining({ code: 'source-path-collision', file: 'x/01.txt' })]);
  });

  it('terminal escapes in file names do not reach the terminal in the human report', () => {
    const w = workspace();
    writeFileSync(join(w.src, 'evil\u001b]0;pwned\u0007.txt'), new Uint8Array([0xff, 0xfe, 0xfd, 0x00, 0x01]));
    const r = cli('--in', w.src, '--out', w.out, '--check');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('evil\\x1B]0;pwned\\x07.txt');
    expect(r.stdout + r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  });

  it('--out /proc/x fails at once with a message naming the folder (it hung for ever)', () => {
    const w = workspace();
    const t0 = Date.now();
    const r = cli('--in', w.src, '--out', '/proc/x');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot use the output folder /proc/x: ENOENT');
    expect(Date.now() - t0).toBeLessThan(30_000);
  });
});
