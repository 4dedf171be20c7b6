// One extraction measurement, run in its own process so its peak memory is its own:
//   node bench/extraction.mjs <articles> floor|one|all
// floor: files read, decoded and split into sentences only.
// one / all: files read and extracted on one thread / over worker threads on every core,
// then identity resolution, event merging and metrics, timed apart.
// Prints JSON.
import { availableParallelism } from 'node:os';
import { limitHeapGrowth } from '../dist/cli/heap.js';
import { classifyLines, normaliseText } from '../dist/extract/clean.js';
import { segment } from '../dist/extract/segment.js';
import { listInputs, readArticles } from '../dist/ingest/read.js';
import { indonesian } from '../dist/lang/id/index.js';
import { build as buildGraph } from '../dist/pipeline.js';
import { corpus } from './corpus.mjs';

const [size, mode] = [Number(process.argv[2]), process.argv[3]];
// As `newsgraph build` runs.
limitHeapGrowth();
const dir = corpus(size);
const { files } = listInputs([dir]);
const bytes = files.reduce((sum, f) => sum + f.size, 0);
const t0 = performance.now();
let result;
if (mode === 'floor') {
  let sentences = 0;
  for (const f of files) {
    for (const a of readArticles(f).articles) {
      const text = normaliseText(a.text);
      sentences += segment(text, classifyLines(text, indonesian, a.title !== undefined), indonesian).length;
    }
  }
  result = { seconds: (performance.now() - t0) / 1000, sentences };
} else {
  // Extraction ends when the last file is reported; the rest of a build is timed apart.
  let extracted = t0;
  const onProgress = (done, total) => {
    if (done === total) extracted = performance.now();
  };
  const options = { onProgress, layout: { iterations: 0 }, metrics: { betweennessWorkLimit: 0, seed: 1 } };
  const build = await buildGraph([dir], { ...options, jobs: mode === 'one' ? 1 : availableParallelism() });
  // What follows extraction in a build: identity resolution, event merging and metrics (no layout).
  const afterExtractionSeconds = (performance.now() - extracted) / 1000;
  result = {
    seconds: (extracted - t0) / 1000,
    nodes: build.graph.order,
    edges: build.graph.size,
    afterExtractionSeconds,
  };
}
result = { articles: size, mode, bytes, ...result, peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024) };
console.log(JSON.stringify(result));
