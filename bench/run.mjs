// `npm run bench`: every benchmark, one run each, each in its own process where memory
// matters; prints a table and writes bench/results.json. Not part of npm test.
//   BENCH_SIZES=1000,10000 npm run bench    (default 1000,10000,50000)
// Generated corpora, and real articles from the shelf (../shared, or NEWSGRAPH_SHARED) when it is there.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { benchViewer } from './viewer.mjs';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,50000').split(',').map(Number);
const child = (script, ...args) =>
  JSON.parse(
    execFileSync(process.execPath, [`bench/${script}`, ...args.map(String)], {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
      stdio: ['ignore', 'pipe', 'inherit'],
    })
      .trim()
      .split('\n')
      .pop(),
  );
const step = (s) => process.stderr.write(`bench: ${s}\n`);

const runs = [];
for (const size of SIZES) {
  for (const mode of ['floor', 'one', 'all']) {
    step(`extraction, ${size} articles, ${mode}`);
    runs.push(child('extraction.mjs', size, mode));
  }
}
const at = (size, mode) => runs.find((r) => r.articles === size && r.mode === mode);
const largest = Math.max(...SIZES);
const smallest = Math.min(...SIZES);
const perArticle = (r) => (r.seconds + r.afterExtractionSeconds) / r.articles;

step(
  "real articles (the shelf's real-news, when present): extraction, layout, whole builds with and without the layout",
);
const real = child('real.mjs');
step("the cores' ceiling: bare extraction workers, one and then one per core");
const ceiling = child('ceiling.mjs', 10_000);
step('exports, 100k nodes and 300k edges');
const exports = child('exports.mjs', 100_000, 300_000);
step('Neo4j load, batched and naive');
const neo4j = child('neo4j.mjs', 2_000, 6_000);
step('viewer, 20k nodes and 100k edges in headless Chromium');
const viewer = await benchViewer();

const one = at(largest, 'one');
const all = at(largest, 'all');
const results = {
  date: new Date().toISOString(),
  machine: {
    cores: availableParallelism(),
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  },
  extraction: {
    articles: largest,
    oneCore: {
      articlesPerSecond: Math.round(one.articles / one.seconds),
      mbPerSecond: +(one.bytes / 1e6 / one.seconds).toFixed(2),
    },
    allCores: {
      articlesPerSecond: Math.round(all.articles / all.seconds),
      mbPerSecond: +(all.bytes / 1e6 / all.seconds).toFixed(2),
      threads: availableParallelism(),
      ratioToOneCore: +(one.seconds / all.seconds).toFixed(2),
    },
    // The most allCores can reach over oneCore on this machine: see bench/ceiling.mjs.
    coreCeiling: ceiling,
    floorRatio: +(one.seconds / at(largest, 'floor').seconds).toFixed(1),
    growthRatio: +(perArticle(one) / perArticle(at(smallest, 'one'))).toFixed(2),
    peakRssMB: Math.max(one.peakRssMB, all.peakRssMB),
    runs,
  },
  // What users run: real text, whose names repeat far less than the generated corpora's.
  realNews: real,
  export: {
    nodes: exports.nodes,
    edges: exports.edges,
    gexfSeconds: +exports.gexf.toFixed(1),
    jsonSeconds: +exports.json.toFixed(1),
    cypherSeconds: +exports.cypher.toFixed(1),
    peakRssMB: exports.peakRssMB,
  },
  neo4j,
  viewer,
};
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);

const rows = [
  ...runs.map((r) => [
    `extraction ${r.articles} ${r.mode}`,
    `${r.seconds.toFixed(1)} s`,
    r.mode === 'floor'
      ? `${Math.round(r.articles / r.seconds)} articles/s`
      : `${Math.round(r.articles / r.seconds)} articles/s, graph ${r.afterExtractionSeconds.toFixed(1)} s`,
    `${r.peakRssMB} MB`,
  ]),
  ['floor ratio / growth ratio', '', `${results.extraction.floorRatio} / ${results.extraction.growthRatio}`, ''],
  [
    "all cores ÷ one / the cores' ceiling",
    '',
    `${results.extraction.allCores.ratioToOneCore} / ${ceiling.ratio} (bare workers, ${ceiling.articles} articles)`,
    '',
  ],
  ...(real.skipped
    ? [['real-news', '', `skipped: ${real.skipped}`, '']]
    : [
        [
          'real-news extraction, one core',
          `${real.extractionSeconds.toFixed(1)} s`,
          `${real.articles} articles, ${real.mbPerSecond} MB/s (${real.articlesPerSecond}/s); warm ${real.warmMbPerSecond} MB/s (${real.warmArticlesPerSecond}/s); graph and metrics ${real.graphSeconds.toFixed(1)} s`,
          '',
        ],
        [
          'real-news layout',
          `${real.layoutSeconds.toFixed(1)} s`,
          `${real.layoutToExtraction} of extraction; ${real.nodes} nodes, quality ${real.layoutQuality}`,
          '',
        ],
        [
          'real-news build / without layout',
          `${real.buildSeconds.toFixed(1)} / ${real.buildWithoutLayoutSeconds.toFixed(1)} s`,
          `${real.buildToExtraction} times extraction, ${real.buildToBuildWithoutLayout} times without layout (layout ${Math.round(real.layoutShare * 100)}%)`,
          '',
        ],
      ]),
  [
    'export GEXF / JSON / Cypher',
    `${exports.gexf.toFixed(1)} / ${exports.json.toFixed(1)} / ${exports.cypher.toFixed(1)} s`,
    '100k nodes, 300k edges',
    `${exports.peakRssMB} MB`,
  ],
  ['Neo4j load batched / naive', '', `${neo4j.batchedPerSecond} / ${neo4j.naivePerSecond} rows/s`, ''],
  ['viewer first frame', `${viewer.firstFrameMs} ms`, '20k nodes, 100k edges', ''],
];
const width = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length)));
console.log(rows.map((r) => r.map((c, i) => c.padEnd(width[i])).join('  ')).join('\n'));
console.log(
  `\n${results.machine.cores} cores (${results.machine.cpu}), ${results.machine.memoryGB} GB, Node ${results.machine.node}; bench/results.json written`,
);
