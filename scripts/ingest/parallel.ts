/**
 * ingestParallel: the same ingest as `ingest`, with the per-page work
 * (decode, normalise, segment — most of the CPU time) spread over worker
 * threads. Results are put back in path order before `assemble`, so the
 * output is byte-identical to the single-threaded run.
 */
import { Worker } from 'node:worker_threads';
import { assemble, sortSourceFiles, type IngestInput, type IngestResult, type PreparedPage, type SourceFile } from './pipeline.ts';
import type { PreparedPageCache } from './page-cache.ts';

export interface ParallelOptions {
  /** Number of worker threads (≥ 2; use `ingest` for one). */
  jobs: number;
  onPage?: (done: number, total: number, file: string) => void;
  /** Prepared pages from earlier runs: only the other pages go to the workers. */
  cache?: PreparedPageCache;
}

export async function ingestParallel(input: IngestInput, options: ParallelOptions): Promise<IngestResult> {
  const files = sortSourceFiles(input.files);
  const { cache, onPage } = options;
  const prepared: (PreparedPage | undefined)[] = files.map((f) => cache?.get(f));
  const todo = files.flatMap((f, i) => (prepared[i] === undefined ? [i] : []));
  const cached = files.length - todo.length;
  if (cached > 0) onPage?.(cached, files.length, files[files.length - 1]!.path);
  const fresh = await preparePagesInWorkers(
    todo.map((i) => files[i]!),
    Math.max(1, Math.min(options.jobs, todo.length)),
    onPage && ((done, _total, file) => onPage(cached + done, files.length, file)),
  );
  todo.forEach((i, j) => {
    prepared[i] = fresh[j]!;
    cache?.set(files[i]!, fresh[j]!);
  });
  return assemble(input, files, prepared as PreparedPage[]);
}

function preparePagesInWorkers(files: SourceFile[], jobs: number, onPage?: ParallelOptions['onPage']): Promise<PreparedPage[]> {
  const results: PreparedPage[] = new Array(files.length);
  if (files.length === 0) return Promise.resolve(results);
  return new Promise((resolvePromise, reject) => {
    let next = 0;
    let done = 0;
    const workers: Worker[] = [];
    const finish = (err?: unknown) => {
      for (const w of workers) void w.terminate();
      if (err) reject(err instanceof Error ? err : new Error(String(err)));
      else resolvePromise(results);
    };
    const feed = (w: Worker) => {
      if (next >= files.length) return;
      const index = next++;
      const f = files[index]!;
      w.postMessage({ index, path: f.path, bytes: f.bytes });
    };
    for (let j = 0; j < jobs; j++) {
      const w = new Worker(new URL('./page-worker.ts', import.meta.url));
      workers.push(w);
      w.on('message', (m: { index: number; prepared: PreparedPage }) => {
        results[m.index] = m.prepared;
        done++;
        onPage?.(done, files.length, files[m.index]!.path);
        if (done === files.length) finish();
        else feed(w);
      });
      w.on('error', (e: unknown) => finish(new Error(`ingest worker failed: ${e instanceof Error ? e.message : String(e)}`)));
      feed(w);
    }
  });
}
