/** `newsgraph ner --conll FILE`. */
import { readFileSync } from 'node:fs';
import { indonesian } from '../lang/id/index.js';
import { formatConll, parseConll, tagSentences } from '../ner/conll.js';
import { UserError } from './exit-codes.js';

export function runNer(options: { conll: string }): void {
  let text: string;
  try {
    text = readFileSync(options.conll, 'utf8');
  } catch (e) {
    throw new UserError(`cannot read ${options.conll}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
  const sentences = parseConll(text);
  process.stdout.write(formatConll(sentences, tagSentences(sentences, indonesian)));
}
