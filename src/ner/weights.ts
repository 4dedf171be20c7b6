/**
 * The tagger's weights and their file: JSON, one feature a line in code-unit order, each as
 * `[name, tag, weight, tag, weight…]` with its non-zero weights in whole multiples of 1/scale
 * (a list, not an object keyed by name: tens of thousands of keys cost several times more to
 * parse and to walk). The same weights always give the same bytes.
 */
import { TAG_COUNT, TAGS } from './tags.js';

export const WEIGHTS_FORMAT = 'newsgraph-ner-perceptron/2';

export interface NerWeights {
  /** Every stored weight is a whole number; scores are compared, never divided, so the scale only documents. */
  readonly scale: number;
  /** `(START + 1) × TAG_COUNT` transition weights, row = previous tag. */
  readonly transitions: Int32Array;
  /** Each feature's weight for each tag, in sorted feature order. */
  readonly features: ReadonlyMap<string, Int32Array>;
}

/** The file's JSON shape. */
export interface WeightsFile {
  readonly format: string;
  readonly tags: readonly string[];
  readonly scale: number;
  readonly transitions: readonly number[];
  /** `[name, tag, weight, tag, weight…]` per feature. */
  readonly features: readonly (readonly (string | number)[])[];
}

export function formatWeights(weights: NerWeights): string {
  const lines = [...weights.features].map(([name, values]) => {
    const row: (string | number)[] = [JSON.stringify(name)];
    values.forEach((v, t) => {
      if (v) row.push(t, v);
    });
    return `[${row.join(',')}]`;
  });
  return (
    `{"format":${JSON.stringify(WEIGHTS_FORMAT)},"tags":${JSON.stringify(TAGS)},"scale":${weights.scale},\n` +
    `"transitions":[${[...weights.transitions].join(',')}],\n"features":[\n${lines.join(',\n')}\n]}\n`
  );
}

/** Weights from a parsed file; an error names what does not fit this tagger. */
export function readWeights(file: WeightsFile): NerWeights {
  if (file.format !== WEIGHTS_FORMAT) throw new Error(`NER weights: format ${file.format}, expected ${WEIGHTS_FORMAT}`);
  if (JSON.stringify(file.tags) !== JSON.stringify(TAGS))
    throw new Error(`NER weights: tags ${file.tags.join(' ')}, expected ${TAGS.join(' ')}`);
  if (file.transitions.length !== (TAG_COUNT + 1) * TAG_COUNT)
    throw new Error('NER weights: transition table of the wrong size');
  const features = new Map<string, Int32Array>();
  for (const row of file.features) {
    const values = new Int32Array(TAG_COUNT);
    for (let k = 1; k < row.length; k += 2) values[row[k] as number] = row[k + 1] as number;
    features.set(row[0] as string, values);
  }
  return { scale: file.scale, transitions: Int32Array.from(file.transitions), features };
}
