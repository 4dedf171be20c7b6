/** `newsgraph ner --conll FILE`. */
import { readFileSync } from 'node:fs';
import { indonesian } from '../lang/id/index.js';
import weightsFile from '../lang/id/ner-weights.json' with { type: 'json' };
import { formatConll, parseConll } from '../ner/conll.js';
import { NerFeatures, wordTokens } from '../ner/features.js';
import { NerTagger } from '../ner/tagger.js';
import { readWeights } from '../ner/weights.js';
import { UserError } from './exit-codes.js';

export function runNer(options: { conll: string }): void {
  let text: string;
  try {
    text = readFileSync(options.conll, 'utf8');
  } catch (e) {
    throw new UserError(
      `cannot read ${options.conll}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`,
    );
  }
  const sentences = parseConll(text);
  const tagger = new NerTagger(new NerFeatures(indonesian), readWeights(weightsFile));
  process.stdout.write(
    formatConll(
      sentences,
      sentences.map((s) => tagger.tag(wordTokens(s))),
    ),
  );
}
