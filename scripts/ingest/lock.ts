/**
 * lock: one writer of a content folder at a time. `npm run ingest` holds
 * `<out>/.ingest.lock` while it reads the ledger and writes; `npm run build`
 * holds it while it reads the content. A second one refuses at once with a
 * message naming the holder (it does not wait: a long ingest would look hung).
 *
 * The lock file is created exclusively (O_EXCL) and holds the holder's pid and
 * start time. A lock whose process is gone (killed) is stale: it is taken
 * over, and the run says so.
 */
import { existsSync, linkSync, mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const LOCK = '.ingest.lock';

export class LockBusy extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LockBusy';
  }
}

export interface HeldLock {
  /** A stale lock of a dead process was taken over (its pid), if any. */
  tookOverFrom?: number;
  release(): void;
}

interface LockInfo {
  pid: number;
  host: string;
  command: string;
  since: string;
}

/**
 * mkdir -p, one level at a time: Node's recursive mkdirSync never returns for
 * a path under /proc (`--out /proc/x` hung); this throws ENOENT at once.
 */
export function makeDirs(dir: string): void {
  const missing: string[] = [];
  let d = resolve(dir);
  while (!existsSync(d)) {
    missing.unshift(d);
    const up = dirname(d);
    if (up === d) break;
    d = up;
  }
  for (const m of missing) {
    try {
      mkdirSync(m);
    } catch (e) {
      // Another run (a second ingest or build starting at the same moment) made it first: that is fine.
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || !statSync(m).isDirectory()) throw e;
    }
  }
}

/**
 * Creates `path` with its content in one step, or throws EEXIST: the content is written to a file of this
 * process's own and hard-linked into place, so another process never reads the lock empty (as it could between
 * an exclusive create and the write).
 */
function createWhole(path: string, content: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, content);
  try {
    linkSync(tmp, path);
  } finally {
    try {
      unlinkSync(tmp);
    } catch {
      // already gone
    }
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function mtimeMs(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

function readInfo(path: string): LockInfo | null {
  try {
    const v = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockInfo>;
    return typeof v.pid === 'number' ? { pid: v.pid, host: String(v.host ?? ''), command: String(v.command ?? ''), since: String(v.since ?? '') } : null;
  } catch {
    return null;
  }
}

/**
 * Takes the lock of `dir` (created if missing) for `command`, or throws
 * LockBusy naming the holder. Call release() when done (also on failure).
 */
export function acquireLock(dir: string, command: string): HeldLock {
  makeDirs(dir);
  const path = join(dir, LOCK);
  const info: LockInfo = { pid: process.pid, host: hostname(), command, since: new Date().toISOString() };
  let tookOverFrom: number | undefined;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      createWhole(path, `${JSON.stringify(info)}\n`);
      let released = false;
      return {
        ...(tookOverFrom !== undefined ? { tookOverFrom } : {}),
        release() {
          if (released) return;
          released = true;
          if (readInfo(path)?.pid === process.pid) unlinkSync(path);
        },
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const holder = readInfo(path);
    if (holder && (holder.host !== info.host || alive(holder.pid))) {
      throw new LockBusy(
        `another ${holder.command || 'ingest'} (pid ${holder.pid}${holder.host !== info.host ? ` on ${holder.host}` : ''}, since ${holder.since}) is using ${dir}: wait for it to finish and run again (if no such process runs, remove ${path})`,
      );
    }
    if (holder === null && Date.now() - mtimeMs(path) < 5000) throw new LockBusy(`another process is taking the lock ${path} right now: run again in a moment`);
    // Stale (its process is gone) or unreadable (killed while writing it): take it over.
    if (holder) tookOverFrom = holder.pid;
    try {
      if (readInfo(path)?.pid === holder?.pid) unlinkSync(path);
    } catch {
      // removed by another process taking it over at the same moment: try again
    }
  }
  throw new LockBusy(`could not take the lock ${path}: another process keeps taking it`);
}
