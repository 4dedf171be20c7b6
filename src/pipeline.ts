/**
 * The library's front door: input paths in, graph and output texts out. Reports progress
 * through a callback and problems as warnings; never prints, exits or writes.
 *
 * Extraction is per file and pure, so it can be remembered (an `ExtractionCache` keyed by
 * the file's name and bytes) and spread over worker threads; identity resolution, event
 * merging, metrics and layout then run once over every file's extractions, in file order,
 * so the output does not depend on either.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { cacheKey, extractInput, type ExtractWorkerData, type FileExtraction, type InputExtraction } from './extract-file.js';
import { pooledFacts, StringPool, type ArticleFacts } from './extract/facts.js';
import type { LanguageModel } from './extract/model.js';
import { buildGraph, type NewsGraph } from './graph/build.js';
import { applyMetrics, DEFAULT_METRICS, type MetricsOptions, type MetricsReport } from './graph/metrics.js';
import { applyLayout, DEFAULT_LAYOUT, type LayoutOptions } from './graph/layout.js';
import { listInputs, readInputBytes, DEFAULT_READ_LIMITS, type InputFile, type ReadLimits } from './ingest/read.js';
import type { InputWarning } from './ingest/errors.js';
import { cypherChunks } from './export/cypher.js';
import { gexfChunks } from './export/gexf.js';
import { jsonChunks } from './export/json.js';
import { indonesian } from './lang/id/index.js';

export type { FileExtraction } from './extract-file.js';

/** Remembers file extractions; `key` already covers the file's name and bytes. */
export interface ExtractionCache {
  get(key: string): FileExtraction | undefined;
  set(key: string, value: FileExtraction): void;
}

export interface BuildOptions {
  readonly model: LanguageModel;
  readonly layout: LayoutOptions;
  readonly metrics: MetricsOptions;
  readonly limits: ReadLimits;
  /** The corpus's name in Neo4j; defaults to the first input's name. */
  readonly corpus?: string;
  /** Called as input files are done, with the number done and the total. */
  readonly onProgress?: (done: number, total: number) => void;
  readonly cache?: ExtractionCache;
}

export const DEFAULT_BUILD_OPTIONS: BuildOptions = { model: indonesian, layout: DEFAULT_LAYOUT, metrics: DEFAULT_METRICS, limits: DEFAULT_READ_LIMITS };

export interface BuildResult {
  readonly graph: NewsGraph;
  readonly articles: number;
  readonly files: number;
  readonly warnings: readonly InputWarning[];
  readonly metrics: MetricsReport;
  /** Files extracted in this run (the rest came from the cache). */
  readonly extracted: number;
  /** Threads that extracted them: 1 when this one did, else the worker threads started. */
  readonly threads: number;
}

interface Prepared {
  readonly files: InputFile[];
  readonly results: (FileExtraction | undefined)[];
  /** The indexes of the files still to extract. */
  readonly pending: number[];
  readonly warnings: InputWarning[];
  /** Shared by every file's facts, so that a name is held once however often it comes. */
  readonly strings: StringPool;
}

/** Lists the inputs; returns each file's result where the cache knows it, and what is left to extract. */
function prepare(inputs: readonly string[], opts: BuildOptions): Prepared {
  const { files, warnings } = listInputs(inputs);
  const prepared: Prepared = { files, results: [], pending: [], warnings, strings: new StringPool() };
  files.forEach((file, index) => {
    // Only a cache needs the bytes now, to look them up; they are read again if extracted.
    const bytes = opts.cache ? readInputBytes(file, opts.limits) : undefined;
    if (bytes && !(bytes instanceof Uint8Array)) { keep(prepared, index, { articles: [], warnings: bytes.warnings }); return; }
    const cached = bytes && opts.cache?.get(cacheKey(file.rel, bytes));
    if (cached) keep(prepared, index, cached);
    else prepared.pending.push(index);
  });
  return prepared;
}

function finish(inputs: readonly string[], opts: BuildOptions, prepared: Prepared, threads = 1): BuildResult {
  const all: InputWarning[] = [...prepared.warnings];
  const articles: ArticleFacts[] = [];
  for (const r of prepared.results) {
    all.push(...r!.warnings);
    articles.push(...r!.articles);
  }
  const count = articles.length;
  // buildGraph uses the facts up and lets them go: nothing else may hold them.
  prepared.results.length = 0;
  const graph = buildGraph(articles, opts.model);
  graph.setAttribute('corpus', opts.corpus ?? corpusName(inputs));
  const metrics = applyMetrics(graph, opts.metrics);
  applyLayout(graph, opts.layout);
  return { graph, articles: count, files: prepared.files.length, warnings: all, metrics, extracted: prepared.pending.length, threads };
}

function keep(prepared: Prepared, index: number, result: FileExtraction): void {
  prepared.results[index] = { articles: result.articles.map((x) => pooledFacts(x, prepared.strings)), warnings: result.warnings };
}

function settle(prepared: Prepared, index: number, result: InputExtraction, opts: BuildOptions): void {
  keep(prepared, index, result.extraction);
  if (result.key) opts.cache?.set(result.key, result.extraction);
}

/** Extracts what is pending on this thread. */
function extractHere(prepared: Prepared, opts: BuildOptions): void {
  let done = prepared.files.length - prepared.pending.length;
  for (const index of prepared.pending) {
    settle(prepared, index, extractInput(prepared.files[index], opts.model, opts.limits, opts.cache !== undefined), opts);
    opts.onProgress?.(++done, prepared.files.length);
  }
}

/** Builds the graph on this thread. */
export function buildFromPaths(inputs: readonly string[], options: Partial<BuildOptions> = {}): BuildResult {
  const opts = { ...DEFAULT_BUILD_OPTIONS, ...options };
  const prepared = prepare(inputs, opts);
  extractHere(prepared, opts);
  return finish(inputs, opts, prepared);
}

export const DEFAULT_JOBS = availableParallelism();
/** Files per message to a worker: large enough that messaging costs little, small enough to balance. */
const CHUNK = 32;
/** Chunks each worker holds at once. */
const IN_FLIGHT = 2;
/** Below this many files to extract (two full chunks), workers cost more than they save. */
export const MIN_FILES_FOR_WORKERS = 2 * CHUNK;
/**
 * Below this much input to extract, workers are not started unless asked for: they take
 * 0.6–0.9 s to answer first, and on two cores a build of 2 MB (1k articles) took 2.5 s on
 * two workers against 1.6–1.9 s on one thread. Break-even was about 4 MB.
 */
export const MIN_BYTES_FOR_WORKERS = 4 * 1024 * 1024;

/** The worker threads a build starts when not told: one per core for `MIN_BYTES_FOR_WORKERS` or more to extract, else none (1: this thread). */
export function automaticJobs(pendingBytes: number, cores = DEFAULT_JOBS): number {
  return pendingBytes >= MIN_BYTES_FOR_WORKERS ? cores : 1;
}

/**
 * Builds the graph with extraction spread over `jobs` worker threads; without `jobs`, as
 * many as `automaticJobs` says. Only the built-in Indonesian model travels to workers (a
 * model holds functions): with another one, or few files, this is `buildFromPaths`.
 */
export async function buildFromPathsInParallel(inputs: readonly string[], options: Partial<BuildOptions> & { jobs?: number } = {}): Promise<BuildResult> {
  const opts = { ...DEFAULT_BUILD_OPTIONS, ...options };
  const prepared = prepare(inputs, opts);
  const { pending } = prepared;
  const pendingBytes = pending.reduce((sum, index) => sum + prepared.files[index].size, 0);
  const jobs = Math.max(1, options.jobs ?? automaticJobs(pendingBytes));
  if (jobs === 1 || opts.model !== indonesian || pending.length < MIN_FILES_FOR_WORKERS) {
    extractHere(prepared, opts);
    return finish(inputs, opts, prepared);
  }
  let done = prepared.files.length - pending.length;
  let next = 0;
  const workers = Array.from({ length: Math.min(jobs, Math.ceil(pending.length / CHUNK)) }, () => new Worker(new URL('./extract-worker.js', import.meta.url), { workerData: { limits: opts.limits, keyed: opts.cache !== undefined } satisfies ExtractWorkerData }));
  try {
    await Promise.all(workers.map((worker) => new Promise<void>((resolve, reject) => {
      // Chunks sent and not yet answered, in order: a worker answers its messages one by one.
      const inFlight: number[][] = [];
      const send = () => {
        const chunk = pending.slice(next, next + CHUNK);
        next += chunk.length;
        if (!chunk.length) { if (!inFlight.length) resolve(); return; }
        inFlight.push(chunk);
        worker.postMessage(chunk.map((index) => prepared.files[index]));
      };
      worker.on('message', (results: InputExtraction[]) => {
        const chunk = inFlight.shift()!;
        chunk.forEach((index, i) => settle(prepared, index, results[i], opts));
        done += chunk.length;
        opts.onProgress?.(done, prepared.files.length);
        send();
      });
      worker.on('error', reject);
      worker.on('exit', (code) => { if (next < pending.length || inFlight.length) reject(new Error(`extraction worker stopped (exit code ${code})`)); });
      // Two chunks ahead, so a worker never waits while this thread is busy (a collection of a large heap, say).
      for (let i = 0; i < IN_FLIGHT; i++) send();
    })));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return finish(inputs, opts, prepared, workers.length);
}

/** `seeds/` → `seeds`, `news/2024.jsonl` → `2024`. */
export function corpusName(inputs: readonly string[]): string {
  const first = (inputs[0] ?? 'corpus').replace(/[\\/]+$/, '');
  return first.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '') || 'corpus';
}

/** The files `newsgraph build` writes, by name, each as pieces made as they are read: one file in memory at a time, a piece at a time. */
export function renderOutputs(graph: NewsGraph): Record<'graph.json' | 'graph.gexf' | 'import.cypher', Iterable<string>> {
  return { 'graph.json': jsonChunks(graph), 'graph.gexf': gexfChunks(graph), 'import.cypher': cypherChunks(graph) };
}
