/**
 * write: the ingest's only writer. `writeOutput` puts the rendered files (render.ts) under the output
 * folder as one transaction; `recoverOutput` finishes or discards an interrupted one (the build calls it
 * too); `planOutput` says what a write would do, writing nothing.
 */
import { closeSync, existsSync, fsyncSync, lstatSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, rmdirSync, rmSync, unlinkSync, writeFileSync, type Dirent } from 'node:fs';
import { dirname, join } from 'node:path';
import { stableJson } from './render.ts';

/** The list of files the last run generated, under the output folder. */
export const MANIFEST = '.ingest-manifest.json';

export interface WriteResult {
  written: string[];
  unchanged: number;
  removed: string[];
}

/** Where a run stages its new files, and its commit record (see writeOutput). */
export const STAGING = '.ingest-staging';
export const JOURNAL = '.ingest-journal.json';

/** A file-system error while writing the output, naming the file (relative to the output folder). */
export class WriteError extends Error {
  readonly file: string;
  /** True when the error came after the commit point: the next run completes the write. */
  readonly committed: boolean;
  // No parameter properties: the ingest's worker threads load this file with Node's type stripping.
  constructor(file: string, message: string, committed = false) {
    super(message);
    this.name = 'WriteError';
    this.file = file;
    this.committed = committed;
  }
}

interface Journal {
  /** [staged file name, target path relative to the output folder] */
  moves: [string, string][];
  removes: string[];
}

/** Test hook for the kill tests: JIUWEN_TEST_KILL_AT=<point> ends the process right there, as `kill -9` would. */
function killPoint(point: string): void {
  if (process.env.JIUWEN_TEST_KILL_AT === point) process.kill(process.pid, 'SIGKILL');
}

const reason = (e: unknown) => {
  const err = e as NodeJS.ErrnoException;
  return err && typeof err.code === 'string' ? `${err.code}: ${String(err.message).replace(/^[A-Z]+: /, '').replace(/,.*$/, '')}` : String(e);
};

/**
 * Writes generated files under `outDir` and removes files a previous run
 * generated that this run does not (tracked in `.ingest-manifest.json`).
 * Nothing else is ever deleted. Files whose content is unchanged are not
 * touched. `persistent` files (the permalink ledger) are written but never
 * listed for removal.
 *
 * As a transaction: every changed file (the manifest and ledger included) is
 * first written into `.ingest-staging/`; then the journal
 * (`.ingest-journal.json`: the moves and removals) is renamed into place —
 * the commit point; then the moves and removals are applied and the journal
 * removed. Killed before the commit point, the folder is untouched (the next
 * run discards the staging folder); after it, the next ingest or build
 * replays the journal (recoverOutput). A write error before the commit point
 * throws WriteError with nothing changed. Call under the lock (lock.ts).
 */
export function writeOutput(outDir: string, generated: Map<string, string>, persistent: Map<string, string> = new Map()): WriteResult {
  recoverOutput(outDir);
  const result: WriteResult = { written: [], unchanged: 0, removed: [] };
  const previous = readManifest(outDir);
  const all = [...generated, ...persistent].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const changes: [string, string][] = [];
  for (const [rel, content] of all) {
    assertSafeRelative(rel);
    if (sameContent(join(outDir, rel), content)) result.unchanged++;
    else changes.push([rel, content]);
  }
  for (const rel of previous) {
    if (generated.has(rel) || persistent.has(rel) || !isGeneratedPath(rel)) continue;
    if (existsSync(join(outDir, rel))) result.removed.push(rel);
  }
  result.written = changes.map(([rel]) => rel);
  const manifest = `${stableJson({ comment: 'Files written by npm run ingest; the next run deletes those it no longer generates.', files: [...generated.keys()].sort() })}\n`;
  if (!sameContent(join(outDir, MANIFEST), manifest)) changes.push([MANIFEST, manifest]);
  if (changes.length === 0 && result.removed.length === 0) return result;
  preflight(outDir, changes.map(([rel]) => rel));

  const stage = join(outDir, STAGING);
  let current = STAGING;
  try {
    rmSync(stage, { recursive: true, force: true });
    mkdirSync(stage, { recursive: true });
    const journal: Journal = { moves: [], removes: result.removed };
    changes.forEach(([rel, content], i) => {
      current = rel;
      writeFileSync(join(stage, String(i)), content);
      journal.moves.push([String(i), rel]);
      killPoint(`stage-${i}`);
    });
    current = JOURNAL;
    const pending = join(stage, 'journal.json');
    writeFileSync(pending, `${JSON.stringify(journal)}\n`);
    const fd = openSync(pending, 'r');
    fsyncSync(fd);
    closeSync(fd);
    killPoint('before-commit');
    renameSync(pending, join(outDir, JOURNAL)); // the commit point
  } catch (e) {
    rmSync(stage, { recursive: true, force: true });
    throw new WriteError(current, `cannot write ${current}: ${reason(e)}; nothing was changed`);
  }
  killPoint('committed');
  try {
    applyJournal(outDir);
  } catch (e) {
    throw new WriteError(JOURNAL, `the new content is committed but could not be put in place (${reason(e)}); the next ingest or build completes it`, true);
  }
  return result;
}

/**
 * Brings `outDir` to a consistent state after a killed run: a committed
 * journal is replayed (the new content), a staging folder without one is
 * discarded (the old content), and temporary files of older versions
 * (`*.tmp-<pid>`) are removed. Returns what it did, or null when there was
 * nothing to do. Call under the lock.
 */
export function recoverOutput(outDir: string): 'replayed' | 'discarded' | null {
  let did: 'replayed' | 'discarded' | null = null;
  if (existsSync(join(outDir, JOURNAL))) {
    applyJournal(outDir);
    did = 'replayed';
  } else if (existsSync(join(outDir, STAGING))) {
    rmSync(join(outDir, STAGING), { recursive: true, force: true });
    did = 'discarded';
  }
  for (const sub of ['articles', 'issues']) removeTempFiles(join(outDir, sub));
  return did;
}

/** Applies a committed journal; idempotent (a move whose staged file is gone was done). */
function applyJournal(outDir: string): void {
  const journal = JSON.parse(readFileSync(join(outDir, JOURNAL), 'utf8')) as Journal;
  const stage = join(outDir, STAGING);
  journal.moves.forEach(([name, rel], n) => {
    assertSafeRelative(rel);
    const from = join(stage, name);
    if (!existsSync(from)) return;
    const target = join(outDir, rel);
    mkdirSync(dirname(target), { recursive: true });
    renameSync(from, target);
    killPoint(`apply-${n}`);
  });
  journal.removes.forEach((rel, n) => {
    if (!isGeneratedPath(rel)) return;
    const target = join(outDir, rel);
    if (existsSync(target)) unlinkSync(target);
    removeEmptyParents(outDir, rel);
    killPoint(`remove-${n}`);
  });
  rmSync(stage, { recursive: true, force: true });
  unlinkSync(join(outDir, JOURNAL));
}

function removeTempFiles(dir: string): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) removeTempFiles(p);
    else if (/\.tmp-\d+$/.test(e.name)) rmSync(p, { force: true });
  }
}

function sameContent(path: string, content: string): boolean {
  try {
    return readFileSync(path, 'utf8') === content;
  } catch {
    return false;
  }
}

/**
 * Before anything is written: every target's folders must be folders (or not
 * exist yet) and no target may be a folder; else WriteError naming the file.
 */
function preflight(outDir: string, rels: string[]): void {
  const checked = new Set<string>();
  for (const rel of rels) {
    const parts = rel.split('/');
    for (let n = 1; n <= parts.length; n++) {
      const sub = parts.slice(0, n).join('/');
      if (checked.has(sub)) continue;
      checked.add(sub);
      let st;
      try {
        st = lstatSync(join(outDir, sub));
      } catch {
        break; // does not exist: made when the file is put in place
      }
      const isTarget = n === parts.length;
      if (!isTarget && !st.isDirectory()) throw new WriteError(rel, `cannot write ${rel}: ${sub} is a file, not a folder; nothing was changed`);
      if (isTarget && !st.isFile()) throw new WriteError(rel, `cannot write ${rel}: it exists and is not a regular file; nothing was changed`);
    }
  }
}

/** What writeOutput would do, without touching the disk (for --check). */
export function planOutput(outDir: string, generated: Map<string, string>, persistent: Map<string, string> = new Map()): WriteResult {
  const plan: WriteResult = { written: [], unchanged: 0, removed: [] };
  for (const [rel, content] of [...generated, ...persistent].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const target = join(outDir, rel);
    if (existsSync(target) && readFileSync(target, 'utf8') === content) plan.unchanged++;
    else plan.written.push(rel);
  }
  for (const rel of readManifest(outDir)) {
    if (!generated.has(rel) && !persistent.has(rel) && isGeneratedPath(rel) && existsSync(join(outDir, rel))) plan.removed.push(rel);
  }
  return plan;
}

function readManifest(outDir: string): string[] {
  const p = join(outDir, MANIFEST);
  if (!existsSync(p)) return [];
  try {
    const m = JSON.parse(readFileSync(p, 'utf8')) as { files?: unknown };
    return Array.isArray(m.files) ? m.files.filter((f): f is string => typeof f === 'string') : [];
  } catch {
    return [];
  }
}

/** Only files under articles/ or issues/ are ever removed. */
function isGeneratedPath(rel: string): boolean {
  return /^(articles|issues)\//.test(rel) && !rel.split('/').includes('..');
}

function assertSafeRelative(rel: string): void {
  if (rel.startsWith('/') || rel.split('/').some((s) => s === '..' || s === '')) throw new Error(`refusing to write outside the output folder: ${rel}`);
}

function removeEmptyParents(outDir: string, rel: string): void {
  const parts = rel.split('/');
  for (let n = parts.length - 1; n >= 2; n--) {
    const dir = join(outDir, ...parts.slice(0, n));
    try {
      if (readdirSync(dir).length > 0) return;
      rmdirSync(dir);
    } catch {
      return;
    }
  }
}
