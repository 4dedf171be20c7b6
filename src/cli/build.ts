/** `newsgraph build`: runs the pipeline, shows progress, writes outputs atomically, prints a summary. */
import { relative } from 'node:path';
import cliProgress from 'cli-progress';
import { buildOutputs } from '../export/formats.js';
import type { LanguageCode } from '../lang/index.js';
import { build } from '../pipeline.js';
import { FileExtractionCache } from './cache.js';
import { DEFAULT_LAYOUT } from '../graph/layout.js';
import type { NewsGraph } from '../graph/build.js';
import { serializeGraph } from '../graph/serialized.js';
import { ExitCode, UserError } from './exit-codes.js';
import { OutputFolder } from './output-folder.js';
import { escapeControls } from '../controls.js';
import { limitHeapGrowth } from './heap.js';
import type { ConnectionOptions } from './neo4j.js';

export interface BuildCommandOptions extends ConnectionOptions {
  readonly out: string;
  readonly corpus?: string;
  readonly load?: boolean;
  readonly replace?: boolean;
  readonly quiet?: boolean;
  readonly strict?: boolean;
  /** Exactly this many iterations; without it, the default within its work limit. */
  readonly layoutIterations?: number;
  /** Without it, the pipeline's choice: workers for large inputs only. */
  readonly jobs?: number;
  /** commander's `--no-cache`. */
  readonly cache: boolean;
  readonly lang: LanguageCode;
}

export async function runBuild(inputs: string[], options: BuildCommandOptions): Promise<void> {
  // Held from before the work to the end: a second build into the folder refuses at once.
  const output = OutputFolder.open(options.out);
  try {
    await buildInto(output, inputs, options);
  } finally {
    output.release();
  }
}

async function buildInto(output: OutputFolder, inputs: string[], options: BuildCommandOptions): Promise<void> {
  limitHeapGrowth();
  const say = (s: string) => {
    if (!options.quiet) process.stdout.write(`${s}\n`);
  };
  const bar =
    !options.quiet && process.stderr.isTTY
      ? new cliProgress.SingleBar(
          {
            stream: process.stderr,
            format: 'reading  [{bar}] {value}/{total} files  {eta_formatted} left',
            hideCursor: true,
            clearOnComplete: true,
          },
          cliProgress.Presets.shades_classic,
        )
      : undefined;
  let started = false;
  const cache = options.cache ? new FileExtractionCache(options.out) : undefined;
  const result = await build(inputs, {
    language: options.lang,
    jobs: options.jobs,
    cache,
    layout:
      options.layoutIterations === undefined
        ? DEFAULT_LAYOUT
        : { iterations: options.layoutIterations, maxNodeIterations: Infinity },
    corpus: options.corpus,
    onProgress: (done, total) => {
      if (!bar || total < 20) return;
      if (!started) {
        bar.start(total, 0);
        started = true;
      }
      bar.update(done);
    },
  });
  if (started) bar?.stop();
  for (const w of result.warnings)
    process.stderr.write(`newsgraph: warning: ${escapeControls(w.file)}: ${escapeControls(w.message)}\n`);
  if (!result.articles)
    throw new UserError(`no articles found in ${inputs.join(', ')} (looked for .txt .md .html .json .jsonl)`);
  const written = output.publish(buildOutputs(result.graph));
  cache?.prune();
  say(summary(result.graph, result.articles, result.files));
  if (cache && result.extracted < result.files)
    say(
      `cache: ${result.files - result.extracted} files unchanged since the last build, ${result.extracted} extracted`,
    );
  if (cache?.rejected)
    say(
      `cache: ${cache.rejected} of its entries failed their check (damaged or replaced); those files were extracted again`,
    );
  if (cache?.writeError) say(`cache: not written this time (${escapeControls(cache.writeError.message)})`);
  if (result.threads > 1) say(`extraction: ${result.threads} worker threads`);
  say(
    `metrics: ${result.metrics.communities} Louvain communities (modularity ${result.metrics.modularity})${result.metrics.betweenness ? '' : '; betweenness left out: the graph is too large for exact betweenness'}`,
  );
  if (result.warnings.length) say(`skipped: ${describeSkips(result.warnings)}`);
  say(`wrote: ${escapeControls(written.map((p) => relative(process.cwd(), p)).join(', '))}`);
  if (options.load) {
    // Loaded only here: loading neo4j-driver is a cost a build without --load need not pay (bench/decisions.md).
    const { loadInto } = await import('./neo4j.js');
    const r = await loadInto(serializeGraph(result.graph), { ...options, quiet: options.quiet });
    say(`loaded corpus "${escapeControls(r.corpus)}": ${r.nodes} nodes, ${r.relationships} relationships`);
  }
  if (options.strict && result.warnings.length) process.exitCode = ExitCode.Warnings;
}

function summary(graph: NewsGraph, articles: number, files: number): string {
  const nodes = new Map<string, number>();
  const edges = new Map<string, number>();
  graph.forEachNode((_, a) => nodes.set(a.type, (nodes.get(a.type) ?? 0) + 1));
  graph.forEachEdge((_, a) => edges.set(a.type, (edges.get(a.type) ?? 0) + 1));
  const list = (m: Map<string, number>) =>
    [...m]
      .sort()
      .map(([k, v]) => `  ${k.padEnd(16)} ${v}`)
      .join('\n');
  return `${articles} articles from ${files} files: ${graph.order} nodes, ${graph.size} edges\nnodes:\n${list(nodes)}\nedges:\n${list(edges)}`;
}

function describeSkips(warnings: readonly { reason: string }[]): string {
  const counts = new Map<string, number>();
  for (const w of warnings) counts.set(w.reason, (counts.get(w.reason) ?? 0) + 1);
  return [...counts].map(([r, n]) => `${n} ${r}`).join(', ');
}
