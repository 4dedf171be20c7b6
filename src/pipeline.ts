/**
 * The library's front door, `build`: input paths in, the graph out. Reports progress through
 * a callback and problems as warnings; never prints, exits or writes.
 *
 * Extraction is per file and pure, so it can be remembered (an `ExtractionCache` keyed by
 * the file's name, bytes and language) and spread over worker threads (workers.ts); identity
 * resolution, event merging, metrics and layout then run once over every file's facts, in
 * file order, so the output depends on neither.
 */
import { extractInput } from './extract-file.js';
import type { LanguageModel } from './extract/model.js';
import { Extractions, type ExtractionCache } from './extractions.js';
import { buildGraph, type NewsGraph } from './graph/build.js';
import { applyLayout, DEFAULT_LAYOUT, type LayoutOptions } from './graph/layout.js';
import { applyMetrics, DEFAULT_METRICS, type MetricsOptions, type MetricsReport } from './graph/metrics.js';
import type { InputWarning } from './ingest/errors.js';
import { DEFAULT_READ_LIMITS, type ReadLimits } from './ingest/read.js';
import { DEFAULT_LANGUAGE, languageModel, type LanguageCode } from './lang/index.js';
import { extractInWorkers, workersFor } from './workers.js';

export type { FileExtraction } from './extract-file.js';
export type { ExtractionCache } from './extractions.js';

export interface BuildOptions {
  /** The articles' language: a registered code (`id`, `en`), or a model of the caller's own. */
  readonly language: LanguageCode | LanguageModel;
  readonly layout: LayoutOptions;
  readonly metrics: MetricsOptions;
  readonly limits: ReadLimits;
  /** The corpus's name in Neo4j; defaults to the first input's name. */
  readonly corpus?: string;
  /** Called as input files are done, with the number done and the total. */
  readonly onProgress?: (done: number, total: number) => void;
  readonly cache?: ExtractionCache;
  /** Worker threads for extraction; without it, as many as `automaticJobs` says (1: this thread only). */
  readonly jobs?: number;
}

export const DEFAULT_BUILD_OPTIONS: BuildOptions = {
  language: DEFAULT_LANGUAGE,
  layout: DEFAULT_LAYOUT,
  metrics: DEFAULT_METRICS,
  limits: DEFAULT_READ_LIMITS,
};

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

/** Builds the graph of the articles in `inputs` (files and folders). */
export async function build(inputs: readonly string[], options: Partial<BuildOptions> = {}): Promise<BuildResult> {
  const opts = { ...DEFAULT_BUILD_OPTIONS, ...options };
  const model = languageModel(opts.language);
  const extractions = new Extractions(inputs, opts.limits, model.code, opts.cache);
  const { files, pending } = extractions;
  const extracted = pending.length;
  const progress = (done: number) => opts.onProgress?.(done, files.length);
  const workers = workersFor(extractions, opts.jobs);
  if (workers) await extractInWorkers(extractions, workers, model, opts.limits, progress);
  else {
    let done = files.length - pending.length;
    for (const index of pending) {
      extractions.settle(index, extractInput(files[index], model, opts.limits, extractions.keyed));
      progress(++done);
    }
  }
  const { articles, warnings } = extractions.take();
  const count = articles.length;
  // buildGraph uses the facts up and lets them go: nothing else may hold them.
  const graph = buildGraph(articles, model);
  graph.setAttribute('corpus', opts.corpus ?? corpusName(inputs));
  const metrics = applyMetrics(graph, opts.metrics);
  applyLayout(graph, opts.layout);
  return { graph, articles: count, files: files.length, warnings, metrics, extracted, threads: workers || 1 };
}

/** `seeds/` → `seeds`, `news/2024.jsonl` → `2024`. */
export function corpusName(inputs: readonly string[]): string {
  const first = (inputs[0] ?? 'corpus').replace(/[\\/]+$/, '');
  return first.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '') || 'corpus';
}
