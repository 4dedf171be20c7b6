/**
 * A structured averaged perceptron (Collins 2002) over IOB tags: emission weights per
 * feature and tag, transition weights per tag pair, Viterbi decoding while training.
 * Deterministic: examples are visited in an order drawn from a seeded generator, every
 * update adds or subtracts whole numbers (sums of whole numbers are exact in doubles, in any
 * order), and the averages are rounded once, at the end, to a fixed scale.
 */
import { seededRandom } from '../graph/random.js';
import { START, TAG_COUNT } from './tags.js';
import { viterbi } from './viterbi.js';
import type { NerWeights } from './weights.js';

const T = TAG_COUNT;

export interface Example {
  /** Each token's features. */
  readonly features: readonly (readonly string[])[];
  /** Each token's gold tag index. */
  readonly tags: readonly number[];
}

export interface PerceptronOptions {
  readonly epochs: number;
  readonly seed: number;
  /** Averaged weights are stored as whole multiples of 1/scale. */
  readonly scale: number;
  /** Stored weights smaller than this (in 1/scale units) are dropped, and features left with none. */
  readonly minWeight: number;
}

interface IndexedExample {
  /** Feature ids of token i: `ids[offsets[i]] … ids[offsets[i + 1] - 1]`. */
  readonly ids: Int32Array;
  readonly offsets: Int32Array;
  readonly tags: Int32Array;
}

export function trainPerceptron(examples: readonly Example[], options: PerceptronOptions): NerWeights {
  const index = new Map<string, number>();
  const indexed = examples.map((e) => indexExample(e, index));
  const F = index.size;
  // Current weights and, for averaging, each update times the step it was made at.
  const w = new Float64Array(F * T);
  const u = new Float64Array(F * T);
  const tw = new Float64Array((T + 1) * T);
  const tu = new Float64Array((T + 1) * T);
  const random = seededRandom(options.seed);
  const order = indexed.map((_, i) => i);
  let step = 1;
  const emissions = new Float64Array(maxLength(indexed) * T);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, random);
    for (const at of order) {
      const { ids, offsets, tags } = indexed[at];
      const n = tags.length;
      emissions.fill(0, 0, n * T);
      for (let i = 0; i < n; i++) {
        for (let k = offsets[i]; k < offsets[i + 1]; k++) {
          const base = ids[k] * T;
          for (let t = 0; t < T; t++) emissions[i * T + t] += w[base + t];
        }
      }
      const predicted = viterbi(emissions, tw, n);
      for (let i = 0; i < n; i++) {
        const gold = tags[i];
        const guess = predicted[i];
        if (gold !== guess) {
          for (let k = offsets[i]; k < offsets[i + 1]; k++) {
            const base = ids[k] * T;
            w[base + gold]++;
            u[base + gold] += step;
            w[base + guess]--;
            u[base + guess] -= step;
          }
        }
        const goldPrev = i ? tags[i - 1] : START;
        const guessPrev = i ? predicted[i - 1] : START;
        if (gold !== guess || goldPrev !== guessPrev) {
          tw[goldPrev * T + gold]++;
          tu[goldPrev * T + gold] += step;
          tw[guessPrev * T + guess]--;
          tu[guessPrev * T + guess] -= step;
        }
      }
      step++;
    }
  }
  // The average over all steps of w is w - u / step; stored rounded at the given scale.
  const averaged = (wv: number, uv: number) => {
    const v = Math.round(((wv * step - uv) * options.scale) / step);
    return Math.abs(v) < options.minWeight ? 0 : v;
  };
  const features = new Map<string, Int32Array>();
  for (const [name, id] of [...index].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    const values = new Int32Array(T);
    let any = false;
    for (let t = 0; t < T; t++) {
      values[t] = averaged(w[id * T + t], u[id * T + t]);
      if (values[t]) any = true;
    }
    if (any) features.set(name, values);
  }
  const transitions = new Int32Array((T + 1) * T);
  for (let k = 0; k < transitions.length; k++)
    transitions[k] = Math.round(((tw[k] * step - tu[k]) * options.scale) / step);
  return { scale: options.scale, transitions, features };
}

function indexExample(e: Example, index: Map<string, number>): IndexedExample {
  const offsets = new Int32Array(e.tags.length + 1);
  const ids: number[] = [];
  e.features.forEach((fs, i) => {
    for (const f of fs) {
      let id = index.get(f);
      if (id === undefined) index.set(f, (id = index.size));
      ids.push(id);
    }
    offsets[i + 1] = ids.length;
  });
  return { ids: Int32Array.from(ids), offsets, tags: Int32Array.from(e.tags) };
}

const maxLength = (examples: readonly IndexedExample[]) => examples.reduce((m, e) => Math.max(m, e.tags.length), 0);

/** Fisher–Yates with the given generator. */
function shuffle(items: number[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
}
