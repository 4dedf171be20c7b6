// Real articles, as users build them: the shelf's real-news folder (see shelf.mjs), in its own
// process. Prints JSON, or {"skipped": reason} where the shelf does not hold the folder.
//   node bench/real.mjs [rounds]    (default 3)
// In this process, on one thread: extraction (MB/s), then identity resolution, event merging
// and metrics, then the layout, each timed apart, and the layout's quality (layout-quality.ts);
// then extraction of the same articles again, warm.
// Then whole `newsgraph build` processes, with the layout and with --layout-iterations 0 in
// turn, `rounds` of each: the medians, and the ratios of the whole build to extraction alone
// and to the build without its layout.
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
    mbPerSecond: +(bytes / 1e6 / ((extracted - t0) / 1000)).toFixed(2),
    articlesPerSecond: Math.round(build.articles / ((extracted - t0) / 1000)),
    warmExtractionSeconds: warmSeconds,
    warmMbPerSecond: +(bytes / 1e6 / warmSeconds).toFixed(2),
    warmArticlesPerSecond: Math.round(build.articles / warmSeconds),
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

const dir = realNews();
if (!dir) {
  console.log(JSON.stringify({ skipped: `no corpora/real-news under ${SHELF}` }));
} else {
  const rounds = Number(process.argv[2] ?? 3);
  const measured = await inProcess(dir);
  const withLayout = [];
  const withoutLayout = [];
  // In turn, so that the machine's drift hits both alike.
  for (let i = 0; i < rounds; i++) {
    withLayout.push(wholeBuild(dir));
    withoutLayout.push(wholeBuild(dir, '--layout-iterations', '0'));
  }
  const build = median(withLayout);
  const noLayout = median(withoutLayout);
  console.log(
    JSON.stringify({
      ...measured,
      buildSeconds: build,
      buildWithoutLayoutSeconds: noLayout,
      rounds,
      buildToExtraction: +(build / measured.extractionSeconds).toFixed(2),
      buildToBuildWithoutLayout: +(build / noLayout).toFixed(2),
      layoutShare: +((build - noLayout) / build).toFixed(2),
      layoutToExtraction: +(measured.layoutSeconds / measured.extractionSeconds).toFixed(2),
    }),
  );
}
