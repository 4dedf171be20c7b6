/**
 * The library's front door: input paths in, graph and output texts out. Reports progress
 * through a callback and problems as warnings; never prints, exits or writes.
 *
 * Extraction is per file and pure, so it can be remembered (an `ExtractionCache` keyed by
 * the file's name and bytes) and spread over worker threads; identity resolution, event
 * merging, metrics and layout then run once over every file's extractions, in file order,
 * so the output does not depend on either.
 */
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { extractArticle } from './extract/index.js';
import { articleFacts, type ArticleFacts } from './extract/facts.js';
import type { LanguageModel } from './extract/model.js';
import { buildGraph, type NewsGraph } from './graph/build.js';
import { applyMetrics, DEFAULT_METRICS, type MetricsOptions, type MetricsReport } from './graph/metrics.js';
import { applyLayout, DEFAULT_LAYOUT, type LayoutOptions } from './graph/layout.js';
import { listInputs, parseInputBytes, readInputBytes, DEFAULT_READ_LIMITS, type InputFile, type ReadLimits } from './ingest/read.js';
import type { InputWarning } from './ingest/errors.js';
import { cypherChunks } from './export/cypher.js';
import { gexfChunks } from './export/gexf.js';
import { jsonChunks } from './export/json.js';
import { indonesian } from './lang/id/index.js';

/** What one input file gives: the facts of each of its articles. */
export interface FileExtraction {
  readonly articles: ArticleFacts[];
  readonly warnings: InputWarning[];
}

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
}

/** Extracts every article of one file's bytes. */
export function extractFile(rel: string, bytes: Uint8Array, model: LanguageModel, limits: ReadLimits = DEFAULT_READ_LIMITS): FileExtraction {
  const read = parseInputBytes({ rel }, bytes, limits);
  return { articles: read.articles.map((a) => articleFacts(extractArticle(a, model))), warnings: read.warnings };
}

function cacheKey(rel: string, bytes: Uint8Array): string {
  return createHash('sha256').update(rel).update('\u0000').update(bytes).digest('hex');
}

/** A file still to extract, and where its result goes. */
interface Pending {
  readonly index: number;
  readonly key: string;
}

interface Prepared {
  readonly files: InputFile[];
  readonly results: (FileExtraction | undefined)[];
  readonly pending: Pending[];
  /** The bytes of each pending file, by file index, until it is extracted. */
  readonly bytes: Map<number, Uint8Array>;
  readonly warnings: InputWarning[];
}

/** Lists and reads the inputs; returns each file's result where it is known, and what is left to extract. */
function prepare(inputs: readonly string[], opts: BuildOptions): Prepared {
  const { files, warnings } = listInputs(inputs);
  const prepared: Prepared = { files, results: [], pending: [], bytes: new Map(), warnings };
  files.forEach((file, index) => {
    const bytes = readInputBytes(file, opts.limits);
    if (!(bytes instanceof Uint8Array)) { prepared.results[index] = { articles: [], warnings: bytes.warnings }; return; }
    // Hashing every byte is only worth it when there is a cache to look in.
    const key = opts.cache ? cacheKey(file.rel, bytes) : '';
    const cached = opts.cache?.get(key);
    if (cached) prepared.results[index] = cached;
    else {
      prepared.pending.push({ index, key });
      prepared.bytes.set(index, bytes);
    }
  });
  return prepared;
}

/** A pending file's bytes, let go of as it is handed out: a large build never holds every input at once. */
function takeBytes(prepared: Prepared, p: Pending): Uint8Array {
  const bytes = prepared.bytes.get(p.index)!;
  prepared.bytes.delete(p.index);
  return bytes;
}

function finish(inputs: readonly string[], opts: BuildOptions, prepared: Prepared): BuildResult {
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
  return { graph, articles: count, files: prepared.files.length, warnings: all, metrics, extracted: prepared.pending.length };
}

function settle(prepared: Prepared, p: Pending, result: FileExtraction, opts: BuildOptions): void {
  prepared.results[p.index] = result;
  opts.cache?.set(p.key, result);
}

/** Extracts what is pending on this thread. */
function extractHere(prepared: Prepared, opts: BuildOptions): void {
  let done = prepared.files.length - prepared.pending.length;
  for (const p of prepared.pending) {
    settle(prepared, p, extractFile(prepared.files[p.index].rel, takeBytes(prepared, p), opts.model, opts.limits), opts);
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
/** Below this many files to extract, starting workers costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 64;

/**
 * Builds the graph with extraction spread over `jobs` worker threads. Only the built-in
 * Indonesian model travels to workers (a model holds functions): with another one, or few
 * files, this is `buildFromPaths`.
 */
export async function buildFromPathsInParallel(inputs: readonly string[], options: Partial<BuildOptions> & { jobs?: number } = {}): Promise<BuildResult> {
  const opts = { ...DEFAULT_BUILD_OPTIONS, ...options };
  const jobs = Math.max(1, options.jobs ?? DEFAULT_JOBS);
  const prepared = prepare(inputs, opts);
  const { pending } = prepared;
  if (jobs === 1 || opts.model !== indonesian || pending.length < MIN_FILES_FOR_WORKERS) {
    extractHere(prepared, opts);
    return finish(inputs, opts, prepared);
  }
  let done = prepared.files.length - pending.length;
  let next = 0;
  const workers = Array.from({ length: Math.min(jobs, Math.ceil(pending.length / CHUNK)) }, () => new Worker(new URL('./extract-worker.js', import.meta.url), { workerData: { limits: opts.limits } }));
  try {
    await Promise.all(workers.map((worker) => new Promise<void>((resolve, reject) => {
      // Chunks sent and not yet answered, in order: a worker answers its messages one by one.
      const inFlight: Pending[][] = [];
      const send = () => {
        const chunk = pending.slice(next, next + CHUNK);
        next += chunk.length;
        if (!chunk.length) { if (!inFlight.length) resolve(); return; }
        inFlight.push(chunk);
        worker.postMessage(chunk.map((p) => ({ rel: prepared.files[p.index].rel, bytes: takeBytes(prepared, p) })));
      };
      worker.on('message', (results: FileExtraction[]) => {
        const chunk = inFlight.shift()!;
        chunk.forEach((p, i) => settle(prepared, p, results[i], opts));
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
  return finish(inputs, opts, prepared);
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
