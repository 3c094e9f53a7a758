/**
 * Worker thread for `ingestParallel`: runs preparePage (decode, normalise,
 * segment) on the pages it is sent and posts the results back.
 */
import { parentPort } from 'node:worker_threads';
import { preparePage } from './pipeline.ts';

parentPort?.on('message', (task: { index: number; path: string; bytes: Uint8Array }) => {
  parentPort!.postMessage({ index: task.index, prepared: preparePage({ path: task.path, bytes: task.bytes }) });
});
