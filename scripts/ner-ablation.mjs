// The NER ablation of issue 18: rules only, the tagger only, and ways to combine them, on
// idner-news-2k dev and on the held-out tenth of NERGrit train (neither trained on); then the
// shipped weights pruned harder, for size against F1. Prints Markdown tables.
//   node scripts/ner-ablation.mjs [--shared DIR]      (needs npm run build)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { indonesian } from '../dist/lang/id/index.js';
import { parseTaggedConll } from '../dist/ner/conll.js';
import { NerFeatures, wordTokens } from '../dist/ner/features.js';
import { scoreSpans } from '../dist/ner/score.js';
import { NerTagger } from '../dist/ner/tagger.js';
import { toIob2 } from '../dist/ner/tags.js';
import { heldOut, ruleTagsOf, TRAINING, trainNer, withoutHeldOut } from '../dist/ner/train.js';
import { formatWeights, readWeights } from '../dist/ner/weights.js';

const args = process.argv.slice(2);
const shared = args.includes('--shared') ? args[args.indexOf('--shared') + 1] : '../shared';
const corpus = (path) => parseTaggedConll(readFileSync(join(shared, 'benchmarks', path), 'utf8'));
const idnerTrain = corpus('idner-news-2k/train.txt');
const nergrit = corpus('nergrit/train.txt');
const sets = { 'idner-news-2k dev': corpus('idner-news-2k/dev.txt'), 'NERGrit held-out tenth': heldOut(nergrit) };

const spans = (tags) => {
  const out = [];
  let open;
  tags.forEach((t, i) => {
    if (t === 'O') {
      open = undefined;
      return;
    }
    const [prefix, type] = t.split('-');
    if (prefix === 'B' || !open || open.type !== type) out.push((open = { type, start: i, end: i }));
    else open.end = i;
  });
  return out;
};
const tagsOf = (n, list) => {
  const tags = Array(n).fill('O');
  for (const s of list) for (let k = s.start; k <= s.end; k++) tags[k] = `${k === s.start ? 'B' : 'I'}-${s.type}`;
  return tags;
};
const overlaps = (a, b) => a.start <= b.end && b.start <= a.end;
/** Spans of `first`, then those of `second` that overlap none of them. */
const before = (first, second) =>
  tagsOf(first.length, [...spans(first), ...spans(second).filter((s) => !spans(first).some((f) => overlaps(f, s)))]);
const combinations = {
  'rules only': (t, r) => r,
  'tagger only (shipped)': (t) => t,
  'tagger, then rule spans it left': (t, r) => before(t, r),
  'rules, then tagger spans they left': (t, r) => before(r, t),
  'rule ORG spans, then the tagger': (t, r) =>
    before(
      tagsOf(
        t.length,
        spans(r).filter((s) => s.type === 'ORG'),
      ),
      t,
    ),
  'tagger spans the rules overlap': (t, r) =>
    tagsOf(
      t.length,
      spans(t).filter((s) => spans(r).some((x) => overlaps(x, s))),
    ),
};

const shipped = readWeights(JSON.parse(readFileSync('src/lang/id/ner-weights.json', 'utf8')));
const tagger = new NerTagger(new NerFeatures(indonesian), shipped);
const stacked = new NerTagger(
  new NerFeatures(indonesian),
  trainNer([idnerTrain, withoutHeldOut(nergrit)], indonesian, { ...TRAINING, withRules: true }),
);
const f = (x) => x.toFixed(3);
const cells = (sc) =>
  `${f(sc.micro.f1)} | ${f(sc.micro.precision)} | ${f(sc.micro.recall)} | ${f(sc.PER.f1)} | ${f(sc.LOC.f1)} | ${f(sc.ORG.f1)}`;
const rules = Object.fromEntries(
  Object.entries(sets).map(([name, s]) => [name, ruleTagsOf(s, indonesian).map(toIob2)]),
);

console.log(
  '| set | combination | micro F1 | P | R | PER F1 | LOC F1 | ORG F1 |\n| --- | --- | --- | --- | --- | --- | --- | --- |',
);
for (const [name, sentences] of Object.entries(sets)) {
  const gold = sentences.map((s) => s.tags);
  const tagged = sentences.map((s) => tagger.tag(wordTokens(s.words)));
  for (const [label, combine] of Object.entries(combinations))
    console.log(
      `| ${name} | ${label} | ${cells(
        scoreSpans(
          gold,
          tagged.map((t, i) => combine(t, rules[name][i])),
        ),
      )} |`,
    );
  console.log(
    `| ${name} | tagger trained with the rules' tags as features | ${cells(
      scoreSpans(
        gold,
        sentences.map((s, i) => stacked.tag(wordTokens(s.words), rules[name][i])),
      ),
    )} |`,
  );
}

console.log(
  '\n| weights kept (|w| ≥, in 1/100) | features | file MB | idner dev F1 | NERGrit held-out F1 |\n| --- | --- | --- | --- | --- |',
);
for (const min of [1, 20, 50, 100, 200]) {
  const features = new Map();
  for (const [k, v] of shipped.features) {
    const kept = v.map((w) => (Math.abs(w) >= min ? w : 0));
    if (kept.some(Boolean)) features.set(k, kept);
  }
  const pruned = { ...shipped, features };
  const t = new NerTagger(new NerFeatures(indonesian), pruned);
  const f1 = (s) =>
    f(
      scoreSpans(
        s.map((x) => x.tags),
        s.map((x) => t.tag(wordTokens(x.words))),
      ).micro.f1,
    );
  console.log(
    `| ${min} | ${features.size} | ${(Buffer.byteLength(formatWeights(pruned)) / 1e6).toFixed(2)} | ${f1(sets['idner-news-2k dev'])} | ${f1(sets['NERGrit held-out tenth'])} |`,
  );
}
