/**
 * The worker threads that extract a build's pending files: chunks of files go out, each
 * worker holding two at a time, and results come back in chunk order. Each worker is told the
 * language once: its code when it is a registered one, else the model itself (plain data).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ExtractWorkerData, InputExtraction } from './extract-file.js';
import type { Extractions } from './extractions.js';
import type { ReadLimits } from './ingest/read.js';
import type { LanguageModel } from './extract/model.js';
import { isLanguageCode, LANGUAGES } from './lang/index.js';

export const DEFAULT_JOBS = availableParallelism();
/** Files per message to a worker: large enough that messaging costs little, small enough to balance. */
const CHUNK = 32;
/** Chunks each worker holds at once. */
const IN_FLIGHT = 2;
/** Below this many files to extract (two full chunks), workers cost more than they save. */
export const MIN_FILES_FOR_WORKERS = 2 * CHUNK;
/**
 * Below this much input to extract, workers are not started unless asked for. Measured on two
 * cores on real articles (real-news copied 5, 20 and 45 times, `--jobs 2` against `--jobs 1`,
 * in turn; bench/decisions.md): on an AMD EPYC VM two workers took 1.13 times one thread's wall
 * time at 5.5 MB, 0.92 at 22 MB and 0.79 at 50 MB; on an Intel Xeon VM they had not paid at 51 MB
 * (0.94–1.14). From 32 MB (about 13k real articles) they pay on the first and cost little on the
 * second, and more cores pay more.
 */
export const MIN_BYTES_FOR_WORKERS = 32 * 1024 * 1024;

/** The worker threads a build starts when not told: one per core for `MIN_BYTES_FOR_WORKERS` or more to extract, else none (1: this thread). */
export function automaticJobs(pendingBytes: number, cores = DEFAULT_JOBS): number {
  return pendingBytes >= MIN_BYTES_FOR_WORKERS ? cores : 1;
}

/** How many workers a build over `extractions` starts (0: it extracts on its own thread). */
export function workersFor(extractions: Extractions, jobs?: number): number {
  const wanted = Math.max(1, jobs ?? automaticJobs(extractions.pendingBytes));
  if (wanted === 1 || extractions.pending.length < MIN_FILES_FOR_WORKERS) return 0;
  return Math.min(wanted, Math.ceil(extractions.pending.length / CHUNK));
}

/** Extracts every pending file on `count` worker threads; `onDone` after each chunk, with the files done so far. */
export async function extractInWorkers(
  extractions: Extractions,
  count: number,
  model: LanguageModel,
  limits: ReadLimits,
  onDone: (done: number) => void,
): Promise<void> {
  const { pending } = extractions;
  const language = isLanguageCode(model.code) && LANGUAGES[model.code] === model ? model.code : model;
  const workerData: ExtractWorkerData = { limits, keyed: extractions.keyed, language };
  let done = extractions.files.length - pending.length;
  let next = 0;
  const workers = Array.from(
    { length: count },
    () => new Worker(new URL('./extract-worker.js', import.meta.url), { workerData }),
  );
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            // Chunks sent and not yet answered, in order: a worker answers its messages one by one.
            const inFlight: number[][] = [];
            const send = () => {
              const chunk = pending.slice(next, next + CHUNK);
              next += chunk.length;
              if (!chunk.length) {
                if (!inFlight.length) resolve();
                return;
              }
              inFlight.push(chunk);
              worker.postMessage(chunk.map((index) => extractions.files[index]));
            };
            worker.on('message', (results: InputExtraction[]) => {
              const chunk = inFlight.shift()!;
              chunk.forEach((index, i) => extractions.settle(index, results[i]));
              done += chunk.length;
              onDone(done);
              send();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (next < pending.length || inFlight.length)
                reject(new Error(`extraction worker stopped (exit code ${code})`));
            });
            // Two chunks ahead, so a worker never waits while this thread is busy (a collection of a large heap, say).
            for (let i = 0; i < IN_FLIGHT; i++) send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
