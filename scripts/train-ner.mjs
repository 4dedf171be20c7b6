// `npm run train`: trains the NER tagger on the open corpora in ../shared/benchmarks
// (idner-news-2k train, NERGrit train without its held-out tenth) and writes its weights
// to src/lang/id/ner-weights.json. Deterministic: the same corpora give the same bytes.
//   node scripts/train-ner.mjs [--shared DIR] [--out FILE] [--check]
// --check trains again and fails (exit 1) unless the result equals the file as committed.
// Needs the built package (npm run build).
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { indonesian } from '../dist/lang/id/index.js';
import { parseTaggedConll } from '../dist/ner/conll.js';
import { TRAINING, trainNer, withoutHeldOut } from '../dist/ner/train.js';
import { formatWeights } from '../dist/ner/weights.js';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const shared = option('--shared', '../shared');
const out = option('--out', 'src/lang/id/ner-weights.json');
const read = (path) => {
  try {
    return parseTaggedConll(readFileSync(join(shared, 'benchmarks', path), 'utf8'));
  } catch (e) {
    console.error(`train: cannot read ${join(shared, 'benchmarks', path)} (${e.code ?? e.message}); give --shared DIR`);
    process.exit(2);
  }
};
const idner = read('idner-news-2k/train.txt');
const nergrit = read('nergrit/train.txt');
const started = performance.now();
const weights = trainNer([idner, withoutHeldOut(nergrit)], indonesian, TRAINING);
const text = formatWeights(weights);
const seconds = (performance.now() - started) / 1000;
console.error(
  `train: ${idner.length} + ${withoutHeldOut(nergrit).length} sentences, ${weights.features.size} features, ${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB, ${seconds.toFixed(1)} s`,
);
if (args.includes('--check')) {
  const same = readFileSync(out, 'utf8') === text;
  console.error(
    same ? `train: ${out} is what training gives, byte for byte` : `train: ${out} differs from what training gives`,
  );
  process.exit(same ? 0 : 1);
}
writeFileSync(`${out}.tmp`, text);
renameSync(`${out}.tmp`, out);
console.error(`train: wrote ${out}`);
