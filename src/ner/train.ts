/**
 * Training the tagger on annotated CoNLL corpora: each sentence's features and gold tags
 * (IOB2) as examples of the averaged perceptron, with the settings the shipped weights were
 * trained with.
 */
import type { LanguageModel } from '../extract/model.js';
import { tagSentences, type TaggedSentence } from './conll.js';
import { NerFeatures, wordTokens } from './features.js';
import { trainPerceptron, type Example, type PerceptronOptions } from './perceptron.js';
import { tagIndex, toIob2 } from './tags.js';
import type { NerWeights } from './weights.js';

export interface TrainingOptions extends PerceptronOptions {
  /** Whether the rules' tags are features (the tagger then needs them at tagging time too). */
  readonly withRules: boolean;
}

/** The settings of the shipped weights (chosen on a tuning slice of the training data, see README). */
export const TRAINING: TrainingOptions = { epochs: 20, seed: 18, scale: 100, minWeight: 1, withRules: false };

/** The held-out tenth of a corpus used for measuring: its 10th, 20th, 30th… sentence (index 9, 19, 29…). */
export const isHeldOut = (index: number): boolean => index % 10 === 9;

/** A corpus without its held-out tenth. */
export const withoutHeldOut = <T>(sentences: readonly T[]): T[] => sentences.filter((_, i) => !isHeldOut(i));
export const heldOut = <T>(sentences: readonly T[]): T[] => sentences.filter((_, i) => isHeldOut(i));

/** The rules' tags for a corpus, read as running text (as `newsgraph ner` reads a file). */
export function ruleTagsOf(sentences: readonly TaggedSentence[], model: LanguageModel): string[][] {
  return tagSentences(
    sentences.map((s) => [...s.words]),
    model,
  );
}

/** Weights trained on the corpora, in the order given. */
export function trainNer(
  corpora: readonly (readonly TaggedSentence[])[],
  model: LanguageModel,
  options: TrainingOptions = TRAINING,
): NerWeights {
  const features = new NerFeatures(model);
  const examples: Example[] = [];
  for (const corpus of corpora) {
    const rules = options.withRules ? ruleTagsOf(corpus, model) : undefined;
    corpus.forEach((s, i) => {
      examples.push({
        features: features.sentenceFeatures(wordTokens(s.words), rules?.[i]),
        tags: toIob2(s.tags).map(tagIndex),
      });
    });
  }
  return trainPerceptron(examples, options);
}
