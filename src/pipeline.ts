/**
 * The library's front door: input paths in, graph and output texts out. Reports progress
 * through a callback and problems as warnings; never prints, exits or writes.
 */
import { extractArticle } from './extract/index.js';
import type { ArticleExtraction, ArticleInput } from './extract/types.js';
import type { LanguageModel } from './extract/model.js';
import { buildGraph, type NewsGraph } from './graph/build.js';
import { applyMetrics, DEFAULT_METRICS, type MetricsOptions, type MetricsReport } from './graph/metrics.js';
import { applyLayout, DEFAULT_LAYOUT, type LayoutOptions } from './graph/layout.js';
import { listInputs, readArticles, DEFAULT_READ_LIMITS, type ReadLimits } from './ingest/read.js';
import type { InputWarning } from './ingest/errors.js';
import { toCypher } from './export/cypher.js';
import { toGexf } from './export/gexf.js';
import { toJson } from './export/json.js';
import { indonesian } from './lang/id/index.js';

export interface BuildOptions {
  readonly model: LanguageModel;
  readonly layout: LayoutOptions;
  readonly metrics: MetricsOptions;
  readonly limits: ReadLimits;
  /** The corpus's name in Neo4j; defaults to the first input's name. */
  readonly corpus?: string;
  /** Called after each input file with the number done and the total. */
  readonly onProgress?: (done: number, total: number) => void;
}

export const DEFAULT_BUILD_OPTIONS: BuildOptions = { model: indonesian, layout: DEFAULT_LAYOUT, metrics: DEFAULT_METRICS, limits: DEFAULT_READ_LIMITS };

export interface BuildResult {
  readonly graph: NewsGraph;
  readonly articles: number;
  readonly files: number;
  readonly warnings: readonly InputWarning[];
  readonly metrics: MetricsReport;
}

export function extractAll(articles: readonly ArticleInput[], model: LanguageModel): ArticleExtraction[] {
  return articles.map((a) => extractArticle(a, model));
}

export function buildFromPaths(inputs: readonly string[], options: Partial<BuildOptions> = {}): BuildResult {
  const opts = { ...DEFAULT_BUILD_OPTIONS, ...options };
  const { files, warnings } = listInputs(inputs);
  const all: InputWarning[] = [...warnings];
  const extractions: ArticleExtraction[] = [];
  files.forEach((file, i) => {
    const read = readArticles(file, opts.limits);
    all.push(...read.warnings);
    for (const a of read.articles) extractions.push(extractArticle(a, opts.model));
    opts.onProgress?.(i + 1, files.length);
  });
  const graph = buildGraph(extractions, opts.model);
  graph.setAttribute('corpus', opts.corpus ?? corpusName(inputs));
  const metrics = applyMetrics(graph, opts.metrics);
  applyLayout(graph, opts.layout);
  return { graph, articles: extractions.length, files: files.length, warnings: all, metrics };
}

/** `seeds/` → `seeds`, `news/2024.jsonl` → `2024`. */
export function corpusName(inputs: readonly string[]): string {
  const first = (inputs[0] ?? 'corpus').replace(/[\\/]+$/, '');
  return first.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '') || 'corpus';
}

/** The files `newsgraph build` writes, by name. */
export function renderOutputs(graph: NewsGraph): Record<'graph.json' | 'graph.gexf' | 'import.cypher', string> {
  return { 'graph.json': toJson(graph), 'graph.gexf': toGexf(graph), 'import.cypher': toCypher(graph) };
}
