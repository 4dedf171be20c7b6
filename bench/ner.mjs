// NER tagging speed on real news: every sentence of ../shared/corpora/real-news (or the folder
// given), cut and tokenised as the extractor does, tagged by the statistical tagger; prints
// tokens a second of CPU time, best of 5 passes after one warm-up, one thread: `cold` with a new tagger
// each pass (its word cache empty, as on a first corpus), `warm` with one tagger throughout
// (as a long-running extraction keeps it). Needs npm run build.
//   node bench/ner.mjs [DIR]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyLines, normaliseText } from '../dist/extract/clean.js';
import { segment } from '../dist/extract/segment.js';
import { tokenize } from '../dist/extract/tokens.js';
import { indonesian } from '../dist/lang/id/index.js';
import { NerFeatures } from '../dist/ner/features.js';
import { NerTagger } from '../dist/ner/tagger.js';
import { readWeights } from '../dist/ner/weights.js';

const dir = process.argv[2] ?? '../shared/corpora/real-news';
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const sentences = [];
for (const f of files) {
  const text = normaliseText(readFileSync(join(dir, f), 'utf8'));
  for (const s of segment(text, classifyLines(text, indonesian, false), indonesian))
    sentences.push(tokenize(text.slice(s.start, s.end), s.start));
}
const tokens = sentences.reduce((n, s) => n + s.length, 0);
const weights = readWeights(
  JSON.parse(readFileSync(new URL('../dist/lang/id/ner-weights.json', import.meta.url), 'utf8')),
);
// CPU time of this process, not wall time: the machines this runs on are shared, and a pass
// that waits for a core is not slower tagging.
const pass = (tagger) => {
  const started = process.cpuUsage();
  for (const s of sentences) tagger.tag(s);
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1e6;
};
const fresh = () => new NerTagger(new NerFeatures(indonesian), weights);
const best = (next) => {
  pass(next());
  return Math.min(...Array.from({ length: 5 }, () => pass(next())));
};
const cold = best(fresh);
const kept = fresh();
const warm = best(() => kept);
const figures = (seconds) => ({
  seconds: Number(seconds.toFixed(3)),
  tokensPerSecond: Math.round(tokens / seconds),
  articlesPerSecond: Math.round(files.length / seconds),
});
console.log(
  JSON.stringify({
    articles: files.length,
    sentences: sentences.length,
    tokens,
    cold: figures(cold),
    warm: figures(warm),
  }),
);
