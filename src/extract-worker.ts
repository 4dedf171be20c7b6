/** A worker thread of `buildFromPathsInParallel`: extracts the files it is sent with the Indonesian model. */
import { parentPort, workerData } from 'node:worker_threads';
import { indonesian } from './lang/id/index.js';
import type { ReadLimits } from './ingest/read.js';
import { extractFile } from './pipeline.js';

const { limits } = workerData as { limits: ReadLimits };

parentPort!.on('message', (files: { rel: string; bytes: Uint8Array }[]) => {
  parentPort!.postMessage(files.map((f) => extractFile(f.rel, f.bytes, indonesian, limits)));
});
