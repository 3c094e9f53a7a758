/**
 * Two runs starting at the same moment: the output folder made by the other run between our look and our mkdir
 * (EEXIST) is fine (found as a flaky "cannot use the output folder … EEXIST" of the concurrency test).
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const seen = vi.hoisted(() => ({ racing: '' }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  // The other run wins the race: the folder does not exist when we look, and does when we make it.
  const existsSync = (p: import('node:fs').PathLike) => (String(p) === seen.racing ? false : fs.existsSync(p));
  return { ...fs, existsSync, default: { ...fs, existsSync } };
});

const { makeDirs } = await import('../../scripts/ingest/lock.ts');

describe('makeDirs', () => {
  it('takes a folder another process made a moment before as made', () => {
    const base = mkdtempSync(join(tmpdir(), 'jiuwen-lock-'));
    seen.racing = join(base, 'out');
    mkdirSync(seen.racing);
    expect(() => makeDirs(seen.racing)).not.toThrow();
  });
  it('still fails for a file in the folder\'s place', async () => {
    const { writeFileSync } = await import('node:fs');
    const base = mkdtempSync(join(tmpdir(), 'jiuwen-lock-'));
    seen.racing = join(base, 'out');
    writeFileSync(seen.racing, 'not a folder');
    expect(() => makeDirs(seen.racing)).toThrow(/EEXIST/);
  });
});
