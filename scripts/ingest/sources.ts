/**
 * sources: reads the sources folder, confined to it. The only reader of page
 * files (scripts/ingest.ts calls it); everything after it is pure.
 *
 * Confinement: a symbolic link is followed only when its target lies inside
 * the sources folder (a contributed folder must not publish /etc/passwd);
 * FIFOs, sockets and devices named *.txt are refused by name; a file is opened
 * without following a link (O_NOFOLLOW) and without blocking (O_NONBLOCK), and
 * checked to be the regular file that was listed. Every file-system error is a
 * problem naming its file; the listing goes on, so a run reports all of them.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, sep } from 'node:path';
import type { Problem, SourceFile } from './types.ts';

export interface SourcesRead {
  /** Page files (*.txt), relative paths with forward slashes, sorted by code point. */
  files: SourceFile[];
  /** One error per file that could not be read or is refused. */
  problems: Problem[];
}

/** What a non-regular file is, for messages. */
function kindOf(st: Stats): string {
  if (st.isFIFO()) return 'a FIFO (named pipe)';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isDirectory()) return 'a folder';
  return 'not a regular file';
}

/** `EACCES: permission denied` from a Node file-system error, without the absolute path it repeats. */
export function fsReason(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err && typeof err.code === 'string') {
    const text = String(err.message ?? '').replace(/^[A-Z]+: /, '').replace(/,.*$/, '');
    return `${err.code}: ${text}`;
  }
  return e instanceof Error ? e.message : String(e);
}

/**
 * Reads one regular file at `real` (already resolved), refusing anything else
 * and never blocking on a FIFO. Throws a Node error or a plain Error with the reason.
 */
function readRegular(real: string): Buffer {
  const fd = openSync(real, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new Error(`is ${kindOf(st)}, not a page file`);
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Lists and reads every *.txt under `inDir` (hidden files and folders
 * skipped), confined to `inDir`. Never throws for a file: problems are values.
 */
export function readSources(inDir: string): SourcesRead {
  const root = realpathSync(inDir);
  const inside = (real: string) => real === root || real.startsWith(root.endsWith(sep) ? root : root + sep);
  const files: SourceFile[] = [];
  const problems: Problem[] = [];
  const problem = (code: string, file: string, message: string) => problems.push({ code, file, message });
  const seenDirs = new Set<string>([root]);

  const walk = (dir: string, prefix: string) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch (e) {
      problem('source-unreadable', prefix === '' ? '.' : prefix.slice(0, -1), `cannot list this folder: ${fsReason(e)}`);
      return;
    }
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const rel = prefix + name;
      const full = join(dir, name);
      const isPage = name.toLowerCase().endsWith('.txt');
      try {
        let st = lstatSync(full);
        let real = full;
        if (st.isSymbolicLink()) {
          try {
            real = realpathSync(full);
          } catch (e) {
            if (isPage) problem('source-unreadable', rel, `broken symbolic link: ${fsReason(e)}`);
            continue;
          }
          if (!inside(real)) {
            problem('source-outside', rel, 'symbolic link to a file outside the sources folder: refused (only links within the folder are followed)');
            continue;
          }
          st = statSync(real);
        }
        if (st.isDirectory()) {
          const key = realpathSync(real);
          if (seenDirs.has(key)) continue; // a link back into the tree: already walked
          seenDirs.add(key);
          walk(real, `${rel}/`);
        } else if (isPage) {
          if (!st.isFile()) problem('source-not-file', rel, `is ${kindOf(st)}, not a page file: refused`);
          else files.push({ path: rel, bytes: readRegular(real) });
        }
      } catch (e) {
        problem('source-unreadable', rel, `cannot be read: ${fsReason(e)}`);
      }
    }
  };
  walk(root, '');
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, problems };
}

/**
 * Reads a side file of the sources folder (catalogue.json) under the same
 * confinement; undefined when it does not exist.
 */
export function readSideFile(inDir: string, name: string, problems: Problem[]): Buffer | undefined {
  const full = join(inDir, name);
  try {
    lstatSync(full);
  } catch {
    return undefined;
  }
  try {
    const root = realpathSync(inDir);
    const real = realpathSync(full);
    if (!real.startsWith(root + sep)) {
      problems.push({ code: 'source-outside', file: name, message: 'symbolic link to a file outside the sources folder: refused' });
      return undefined;
    }
    return readRegular(real);
  } catch (e) {
    problems.push({ code: 'source-unreadable', file: name, message: `cannot be read: ${fsReason(e)}` });
    return undefined;
  }
}
