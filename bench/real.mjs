// Real articles, as users build them: the shelf's real-news folder (see shelf.mjs). Prints JSON,
// or {"skipped": reason} where the shelf does not hold the folder.
//   node bench/real.mjs [rounds]    (default 3)
// Each round, in turn, so that the machine's drift hits all three alike: a process that measures
// on one thread extraction (MB/s), then identity resolution, event merging and metrics, then the
// layout, each timed apart, and the layout's quality (layout-quality.ts), then extraction of the
// same articles again, warm (`--in-process`); a whole `newsgraph build`; one with
// --layout-iterations 0. The figures are the rounds' medians, and the ratios the medians of each
// round's ratios: the whole build to extraction alone and to the build without its layout.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { limitHeapGrowth } from '../dist/cli/heap.js';
import { applyLayout, DEFAULT_LAYOUT } from '../dist/graph/layout.js';
import { layoutQuality } from '../dist/graph/layout-quality.js';
import { listInputs } from '../dist/ingest/read.js';
import { build as buildGraph } from '../dist/pipeline.js';
import { realNews, SHELF } from './shelf.mjs';

const seconds = (since) => (performance.now() - since) / 1000;
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

async function inProcess(dir) {
  // As `newsgraph build` runs.
  limitHeapGrowth();
  const { files } = listInputs([dir]);
  const bytes = files.reduce((sum, f) => sum + f.size, 0);
  const t0 = performance.now();
  let extracted = t0;
  const onProgress = (done, total) => {
    if (done === total) extracted = performance.now();
  };
  const build = await buildGraph([dir], { onProgress, jobs: 1, layout: { ...DEFAULT_LAYOUT, iterations: 0 } });
  const graphSeconds = seconds(extracted);
  // The same articles again in this process: extraction once the code is compiled and the tagger's caches are warm, as in a long build.
  const t2 = performance.now();
  let warmExtracted = t2;
  await buildGraph([dir], {
    onProgress: (done, total) => {
      if (done === total) warmExtracted = performance.now();
    },
    jobs: 1,
    layout: { ...DEFAULT_LAYOUT, iterations: 0 },
  });
  const warmSeconds = (warmExtracted - t2) / 1000;
  const t1 = performance.now();
  applyLayout(build.graph, DEFAULT_LAYOUT);
  const layoutSeconds = seconds(t1);
  return {
    articles: build.articles,
    bytes,
    nodes: build.graph.order,
    edges: build.graph.size,
    extractionSeconds: (extracted - t0) / 1000,
    warmExtractionSeconds: warmSeconds,
    graphSeconds,
    layoutSeconds,
    layoutQuality: +layoutQuality(build.graph).toFixed(2),
  };
}

/** Wall seconds of one whole `newsgraph build` of `dir`, everything extracted again. */
function wholeBuild(dir, ...flags) {
  const out = mkdtempSync(join(tmpdir(), 'newsgraph-bench-real-'));
  try {
    const t0 = performance.now();
    execFileSync(
      process.execPath,
      ['bin/newsgraph.js', 'build', dir, '--out', out, '--no-cache', '--quiet', ...flags],
      { stdio: 'ignore' },
    );
    return seconds(t0);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** The in-process figures of one fresh process (`--in-process`). */
function measuredInProcess(dir) {
  const out = execFileSync(process.execPath, ['bench/real.mjs', '--in-process', dir], { encoding: 'utf8' });
  return JSON.parse(out);
}

const dir = realNews();
if (process.argv[2] === '--in-process') {
  console.log(JSON.stringify(await inProcess(process.argv[3])));
} else if (!dir) {
  console.log(JSON.stringify({ skipped: `no corpora/real-news under ${SHELF}` }));
} else {
  const rounds = Number(process.argv[2] ?? 3);
  const each = [];
  for (let i = 0; i < rounds; i++) {
    const measured = measuredInProcess(dir);
    const build = wholeBuild(dir);
    const noLayout = wholeBuild(dir, '--layout-iterations', '0');
    each.push({ ...measured, build, noLayout });
  }
  const mid = (f) => median(each.map(f));
  const extractionSeconds = mid((r) => r.extractionSeconds);
  const warmSeconds = mid((r) => r.warmExtractionSeconds);
  const { articles, bytes, nodes, edges, layoutQuality: quality } = each[0];
  console.log(
    JSON.stringify({
      articles,
      bytes,
      nodes,
      edges,
      extractionSeconds,
      mbPerSecond: +(bytes / 1e6 / extractionSeconds).toFixed(2),
      articlesPerSecond: Math.round(articles / extractionSeconds),
      warmExtractionSeconds: warmSeconds,
      warmMbPerSecond: +(bytes / 1e6 / warmSeconds).toFixed(2),
      warmArticlesPerSecond: Math.round(articles / warmSeconds),
      graphSeconds: mid((r) => r.graphSeconds),
      layoutSeconds: mid((r) => r.layoutSeconds),
      layoutQuality: quality,
      buildSeconds: mid((r) => r.build),
      buildWithoutLayoutSeconds: mid((r) => r.noLayout),
      rounds,
      buildToExtraction: +mid((r) => r.build / r.extractionSeconds).toFixed(2),
      buildToBuildWithoutLayout: +mid((r) => r.build / r.noLayout).toFixed(2),
      layoutShare: +mid((r) => (r.build - r.noLayout) / r.build).toFixed(2),
      layoutToExtraction: +mid((r) => r.layoutSeconds / r.extractionSeconds).toFixed(2),
    }),
  );
}
