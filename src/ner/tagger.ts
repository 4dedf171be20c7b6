/**
 * The statistical NER tagger: trained weights over `NerFeatures`, decoded with Viterbi.
 * Call it once per sentence with the project's tokens; it keeps, per word, the sums of the
 * weights of what the word contributes as itself and as each neighbour, so a token costs a
 * few look-ups rather than one per feature. Scores are sums of whole numbers, so the cached
 * sums are exactly the plain ones.
 */
import type { LanguageModel } from '../extract/model.js';
import type { Token } from '../extract/tokens.js';
import { NEIGHBOURS, NerFeatures, type SentencePhrases } from './features.js';
import { TAG_COUNT, TAGS, type Tag } from './tags.js';
import { viterbi } from './viterbi.js';
import { readWeights, type NerWeights } from './weights.js';

const T = TAG_COUNT;
const ROLES = 1 + NEIGHBOURS.length;
/** Words kept in the cache before it starts afresh (a bound on memory, not on speed). */
const CACHE_WORDS = 200_000;
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

export class NerTagger {
  private readonly transitions: Float64Array;
  /** Per word: its own weight sums, then its sums as each neighbour in `NEIGHBOURS` order. */
  private readonly byWord = new Map<string, Float64Array>();
  /** Sums for a neighbour beyond the sentence's ends, per neighbour. */
  private readonly beyond: Float64Array;

  constructor(
    readonly features: NerFeatures,
    private readonly weights: NerWeights,
  ) {
    this.transitions = Float64Array.from(weights.transitions);
    this.beyond = new Float64Array(NEIGHBOURS.length * T);
    NEIGHBOURS.forEach(({ prefix }, r) => this.add(this.beyond, r * T, `${prefix}none`));
  }

  /** IOB2 tags for a sentence's tokens. `ruleTags`: the rules' tags, for weights trained with them as features. */
  tag(tokens: readonly Token[], ruleTags?: readonly string[]): Tag[] {
    const best = viterbi(this.emissions(tokens, ruleTags), this.transitions, tokens.length);
    return Array.from(best, (t) => TAGS[t]);
  }

  /**
   * Tags for tokens `from` to `to` of a sentence, read in a window of `WINDOW` tokens either
   * side: each of those tokens then has the features it has in the whole sentence (its
   * neighbours two either way, the run it stands in), at a fraction of the cost of tagging it all.
   */
  tagSpan(tokens: readonly Token[], from: number, to: number): Tag[] {
    const start = Math.max(0, from - WINDOW);
    return this.tag(tokens.slice(start, Math.min(tokens.length, to + WINDOW))).slice(from - start, to - start);
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
      for (let t = 0; t < T; t++) out[row + t] = own[t];
      for (let r = 0; r < NEIGHBOURS.length; r++) {
        const k = i + NEIGHBOURS[r].offset;
        const inside = k >= 0 && k < n;
        const from = inside ? words[k] : this.beyond;
        const at = inside ? (r + 1) * T : r * T;
        for (let t = 0; t < T; t++) out[row + t] += from[at + t];
      }
      for (const f of this.features.contextFeatures(tokens, i, phrases, ruleTags)) this.add(out, row, f);
    }
    return out;
  }

  private wordSums(text: string): Float64Array {
    let sums = this.byWord.get(text);
    if (sums) return sums;
    sums = new Float64Array(ROLES * T);
    for (const f of this.features.wordFeatures(text)) this.add(sums, 0, f);
    const signature = this.features.neighbourSignature(text);
    NEIGHBOURS.forEach(({ prefix }, r) => {
      for (const f of signature) this.add(sums, (r + 1) * T, prefix + f);
    });
    if (this.byWord.size >= CACHE_WORDS) this.byWord.clear();
    this.byWord.set(text, sums);
    return sums;
  }

  private add(into: Float64Array, at: number, feature: string): void {
    const w = this.weights.features.get(feature);
    if (w) for (let t = 0; t < T; t++) into[at + t] += w[t];
  }
}
