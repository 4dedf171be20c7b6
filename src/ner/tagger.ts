/**
 * The statistical NER tagger: trained weights over `NerFeatures`, decoded with Viterbi.
 * Call it once per sentence with the project's tokens. It keeps, per word, the sums of the
 * weights of what the word contributes as itself, as each neighbour and as a run's first,
 * last or preceding word, and the sums for each triple of shapes, so a token costs a few
 * look-ups rather than one per feature string. Scores are sums of whole numbers, so the
 * cached sums are exactly the plain ones (a test holds the two alike).
 */
import type { LanguageModel } from '../extract/model.js';
import type { Token } from '../extract/tokens.js';
import {
  CASES,
  classFeature,
  classFeatures,
  firstFeatures,
  NEIGHBOURS,
  NerFeatures,
  RUN_PLACES,
  runAround,
  runPlace,
  shapeFeature,
  spellingFeatures,
  wordFeature,
  type Case,
  type SentencePhrases,
} from './features.js';
import { TAG_COUNT, TAGS, type Tag } from './tags.js';
import { viterbi } from './viterbi.js';
import { readWeights, type NerWeights } from './weights.js';

const T = TAG_COUNT;
const ROLES = 1 + NEIGHBOURS.length;
/** Entries a cache keeps before it starts afresh (a bound on memory, not on speed). */
const CACHE_ENTRIES = 200_000;
/** Shapes given an id, for the shape-triple keys (a key packs three ids below this); rarer ones are looked up by name. */
const SHAPES = 1 << 17;
/** Tokens read either side of a span by `tagSpan`: beyond the two neighbours a token's features look at. */
const WINDOW = 3;

const taggers = new WeakMap<LanguageModel, NerTagger | null>();

/** The tagger of a model's weights, made once per model; none when the model has no weights. */
export function taggerOf(model: LanguageModel): NerTagger | undefined {
  let tagger = taggers.get(model);
  if (tagger === undefined)
    taggers.set(model, (tagger = model.ner ? new NerTagger(new NerFeatures(model), readWeights(model.ner)) : null));
  return tagger ?? undefined;
}

/** What the tagger keeps of a word. */
interface WordSums {
  readonly text: string;
  /** Its own weight sums, then its sums as each neighbour in `NEIGHBOURS` order. */
  readonly sums: Float64Array;
  readonly shape: string;
  /** Its shape's id (`shapeIds`), -1 for none. */
  readonly shapeId: number;
  readonly kase: Case;
  /** Its sums as the first and last word of a run and as the word before one, once asked for. */
  runHead: Float64Array | undefined;
  runTail: Float64Array | undefined;
  runBefore: Float64Array | undefined;
}

export class NerTagger {
  private readonly transitions: Float64Array;
  private readonly byWord = new Map<string, WordSums>();
  /** Sums for a neighbour beyond the sentence's ends, per neighbour. */
  private readonly beyond: Float64Array;
  /** Ids of shapes, `<` and `>` (before and after the sentence) first. */
  private readonly shapeIds = new Map<string, number>([
    ['<', 0],
    ['>', 1],
  ]);
  /** The `ss=` feature's weights by its three shape ids. */
  private readonly byShapes = new Map<number, Float64Array>();
  private readonly firstSums = new Map<Case, Float64Array>();
  /** Sums of the features of few values (shapes, word classes), by feature: in every role, and a word's own. */
  private readonly byRoles = new Map<string, Float64Array>();
  private readonly byFeature = new Map<string, Float64Array>();
  /** The `rp=` feature's weights by `runPlace`. */
  private readonly runPlaceSums: Float64Array[];

  constructor(
    readonly features: NerFeatures,
    private readonly weights: NerWeights,
  ) {
    this.transitions = Float64Array.from(weights.transitions);
    this.beyond = new Float64Array(NEIGHBOURS.length * T);
    NEIGHBOURS.forEach(({ prefix }, r) => this.add(this.beyond, r * T, `${prefix}none`));
    for (const kase of CASES) this.firstSums.set(kase, this.sumsOf(firstFeatures(kase)));
    this.runPlaceSums = RUN_PLACES.map((p) => this.sumsOf([`rp=${p}`]));
  }

  /** IOB2 tags for a sentence's tokens. `ruleTags`: the rules' tags, for weights trained with them as features. */
  tag(tokens: readonly Token[], ruleTags?: readonly string[]): Tag[] {
    const best = viterbi(this.emissions(tokens, ruleTags), this.transitions, tokens.length);
    return Array.from(best, (t) => TAGS[t]);
  }

  /**
   * Tags for tokens `from` to `to` of a sentence, read in a window of `WINDOW` tokens either
   * side, widened to the whole run of capitalised words at each end and a word beyond it: each
   * of those tokens then has the features it has in the whole sentence (its neighbours two
   * either way, the first and last word of its run, the word before the run), at a fraction of
   * the cost of tagging it all. (`Gubernur Negara Bagian California Gavin Newsom`: cut at
   * `Negara`, the run would open there, a place's name.)
   */
  tagSpan(tokens: readonly Token[], from: number, to: number): Tag[] {
    const [first] = runAround(tokens, from);
    const [, last] = runAround(tokens, to - 1);
    const start = Math.max(0, Math.min(from - WINDOW, first - 1));
    const end = Math.min(tokens.length, Math.max(to + WINDOW, last + 2));
    return this.tag(tokens.slice(start, end)).slice(from - start, to - start);
  }

  /** Each token's score for each tag (`[i * TAG_COUNT + t]`), before transitions. */
  emissions(tokens: readonly Token[], ruleTags?: readonly string[]): Float64Array {
    const n = tokens.length;
    const out = new Float64Array(n * T);
    const words = tokens.map((t) => this.wordSums(t.text));
    const phrases: SentencePhrases = this.features.phrases(tokens);
    for (let i = 0; i < n; i++) {
      const row = i * T;
      const own = words[i];
      for (let t = 0; t < T; t++) out[row + t] = own.sums[t];
      for (let r = 0; r < NEIGHBOURS.length; r++) {
        const k = i + NEIGHBOURS[r].offset;
        const inside = k >= 0 && k < n;
        const from = inside ? words[k].sums : this.beyond;
        const at = inside ? (r + 1) * T : r * T;
        for (let t = 0; t < T; t++) out[row + t] += from[at + t];
      }
      // The features of `NerFeatures.contextFeatures`, from the caches.
      addInto(out, row, this.shapeSums(i > 0 ? words[i - 1] : '<', own, i + 1 < n ? words[i + 1] : '>'));
      if (i === 0) addInto(out, row, this.firstSums.get(own.kase)!);
      if (tokens[i].capitalised) {
        const [first, last] = runAround(tokens, i);
        addInto(
          out,
          row,
          (words[first].runHead ??= this.sumsOf(this.features.runEndFeatures(words[first].text, 'rh'))),
        );
        addInto(out, row, (words[last].runTail ??= this.sumsOf(this.features.runEndFeatures(words[last].text, 'rt'))));
        addInto(out, row, this.runPlaceSums[runPlace(i, first, last)]);
        const b = words[first - 1];
        if (b) addInto(out, row, (b.runBefore ??= this.sumsOf([`rb=${b.text.toLowerCase()}`])));
      }
      for (const f of this.features.phraseFeatures(tokens, i, phrases, ruleTags)) this.add(out, row, f);
    }
    return out;
  }

  /** A word's sums, from the caches of its shape's and classes' (`wordFeatures` and `neighbourSignature`, summed). */
  private wordSums(text: string): WordSums {
    let word = this.byWord.get(text);
    if (word) return word;
    const { lower, shape, kase, classes } = this.features.traits(text);
    const sums = new Float64Array(ROLES * T);
    for (const f of spellingFeatures(lower)) this.add(sums, 0, f);
    const w = wordFeature(lower);
    NEIGHBOURS.forEach(({ prefix }, r) => this.add(sums, (r + 1) * T, prefix + w));
    addInto(sums, 0, this.everyRole(shapeFeature(shape)));
    for (const c of classes) {
      addInto(sums, 0, this.everyRole(classFeature(c)));
      const [, withCase] = classFeatures(c, kase);
      let own = this.byFeature.get(withCase);
      if (!own) remember(this.byFeature, withCase, (own = this.sumsOf([withCase])));
      addInto(sums, 0, own);
    }
    let shapeId = this.shapeIds.get(shape) ?? -1;
    if (shapeId < 0 && this.shapeIds.size < SHAPES) this.shapeIds.set(shape, (shapeId = this.shapeIds.size));
    word = { text, sums, shape, shapeId, kase, runHead: undefined, runTail: undefined, runBefore: undefined };
    remember(this.byWord, text, word);
    return word;
  }

  /** A feature's sums as a word's own (the first `T`) and as each neighbour's, prefixed (`ROLES × T` in all). */
  private everyRole(feature: string): Float64Array {
    let sums = this.byRoles.get(feature);
    if (!sums) {
      const out = new Float64Array(ROLES * T);
      this.add(out, 0, feature);
      NEIGHBOURS.forEach(({ prefix }, r) => this.add(out, (r + 1) * T, prefix + feature));
      remember(this.byRoles, feature, (sums = out));
    }
    return sums;
  }

  /** The `ss=` feature's weights for a token and its neighbours (`<`, `>`: none before, none after). */
  private shapeSums(before: WordSums | '<', at: WordSums, after: WordSums | '>'): Float64Array {
    const a = before === '<' ? 0 : before.shapeId;
    const c = after === '>' ? 1 : after.shapeId;
    const key = a < 0 || at.shapeId < 0 || c < 0 ? -1 : (a * SHAPES + at.shapeId) * SHAPES + c;
    let sums = this.byShapes.get(key);
    if (!sums) {
      sums = this.sumsOf([
        `ss=${before === '<' ? before : before.shape}|${at.shape}|${after === '>' ? after : after.shape}`,
      ]);
      if (key >= 0) remember(this.byShapes, key, sums);
    }
    return sums;
  }

  private sumsOf(features: readonly string[]): Float64Array {
    const sums = new Float64Array(T);
    for (const f of features) this.add(sums, 0, f);
    return sums;
  }

  private add(into: Float64Array, at: number, feature: string): void {
    const w = this.weights.features.get(feature);
    if (w) for (let t = 0; t < T; t++) into[at + t] += w[t];
  }
}

/** Puts an entry in a cache, emptied first when full. */
function remember<K, V>(cache: Map<K, V>, key: K, value: V): void {
  if (cache.size >= CACHE_ENTRIES) cache.clear();
  cache.set(key, value);
}

/** Adds `sums`, all of it, to `into` from `at` on. */
function addInto(into: Float64Array, at: number, sums: Float64Array): void {
  for (let t = 0; t < sums.length; t++) into[at + t] += sums[t];
}
