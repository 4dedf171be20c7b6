/** A worker thread of a build: reads and extracts the files it is sent, in the language it was told. */
import { parentPort, workerData } from 'node:worker_threads';
import type { InputFile } from './ingest/read.js';
import { extractInput, type ExtractWorkerData } from './extract-file.js';
import { languageModel } from './lang/index.js';

const { limits, keyed, language } = workerData as ExtractWorkerData;
const model = languageModel(language);

parentPort!.on('message', (files: InputFile[]) => {
  parentPort!.postMessage(files.map((file) => extractInput(file, model, limits, keyed)));
});
