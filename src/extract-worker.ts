/** A worker thread of `buildFromPathsInParallel`: reads and extracts the files it is sent with the Indonesian model. */
import { parentPort, workerData } from 'node:worker_threads';
import { indonesian } from './lang/id/index.js';
import type { InputFile } from './ingest/read.js';
import { extractInput, type ExtractWorkerData } from './extract-file.js';

const { limits, keyed } = workerData as ExtractWorkerData;

parentPort!.on('message', (files: InputFile[]) => {
  parentPort!.postMessage(files.map((file) => extractInput(file, indonesian, limits, keyed)));
});
