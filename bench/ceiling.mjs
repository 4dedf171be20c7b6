// What this machine's cores allow, with none of newsgraph's threading in the way: worker
// threads that only read and extract their own share of a corpus (nothing sent back, no main
// thread work), one alone and then one per core at once. Their ratio is the most that
// `allCores` can reach over `oneCore` here: shared or hyper-threaded cores give less than
// their count. In its own process:
//   node bench/ceiling.mjs [articles]    (default 10000) — prints JSON.
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { extractInput } from '../dist/extract-file.js';
import { DEFAULT_READ_LIMITS, listInputs } from '../dist/ingest/read.js';
import { indonesian } from '../dist/lang/id/index.js';
import { corpus } from './corpus.mjs';

/** Extracts every `of`-th file from `share` on, after a warm-up on the first 200; answers its articles per second. */
function extractShare({ dir, share, of }) {
  const { files } = listInputs([dir]);
  for (const f of files.slice(0, 200)) extractInput(f, indonesian, DEFAULT_READ_LIMITS, false);
  const mine = files.filter((_, i) => i % of === share);
  const t0 = performance.now();
  let articles = 0;
  for (const f of mine) articles += extractInput(f, indonesian, DEFAULT_READ_LIMITS, false).extraction.articles.length;
  return { articles, seconds: (performance.now() - t0) / 1000 };
}

/** `threads` workers at once, each on 1/`threads` of the files: articles per second over all of them. */
async function rate(dir, threads) {
  const runs = await Promise.all(
    Array.from(
      { length: threads },
      (_, share) =>
        new Promise((resolve, reject) => {
          const worker = new Worker(new URL(import.meta.url), { workerData: { dir, share, of: threads } });
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    ),
  );
  return runs.reduce((sum, r) => sum + r.articles, 0) / Math.max(...runs.map((r) => r.seconds));
}

if (!isMainThread) parentPort.postMessage(extractShare(workerData));
else if (import.meta.url === `file://${process.argv[1]}`) {
  const size = Number(process.argv[2] ?? 10_000);
  const dir = corpus(size);
  const threads = availableParallelism();
  const one = await rate(dir, 1);
  const all = await rate(dir, threads);
  console.log(
    JSON.stringify({
      articles: size,
      threads,
      oneArticlesPerSecond: Math.round(one),
      allArticlesPerSecond: Math.round(all),
      ratio: +(all / one).toFixed(2),
    }),
  );
}
