/**
 * Named-entity tags (IOB: PER, LOC, ORG) for pre-tokenised sentences, from the same
 * mention and coreference passes the graph uses. Sentences are read in order and treated
 * as one running text, so a lone family name can join a full name given earlier.
 */
import { resolveEntities } from '../extract/coref.js';
import { lexiconOf } from '../extract/lexicon.js';
import { findCandidates } from '../extract/mentions.js';
import type { LanguageModel } from '../extract/model.js';
import type { EntityType } from '../extract/types.js';

const TAG: Record<EntityType, string> = { Person: 'PER', Place: 'LOC', Organization: 'ORG' };

/** Reads CoNLL text: one token a line (first column), a blank line between sentences. */
export function parseConll(text: string): string[][] {
  const sentences: string[][] = [];
  let current: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const token = line.trim().split(/\s+/)[0];
    if (!token) {
      if (current.length) sentences.push(current);
      current = [];
    } else current.push(token);
  }
  if (current.length) sentences.push(current);
  return sentences;
}

/** How many earlier sentences a lone name may look back to. */
const CONTEXT = 30;

export function tagSentences(sentences: readonly string[][], model: LanguageModel): string[][] {
  const lex = lexiconOf(model);
  const prepared = sentences.map((tokens) => {
    const starts: number[] = [];
    let text = '';
    for (const t of tokens) {
      starts.push(text.length);
      text += `${t} `;
    }
    return { tokens, starts, candidates: findCandidates(text, 0, model).candidates };
  });
  return prepared.map((s, i) => {
    const window = prepared.slice(Math.max(0, i - CONTEXT), i + 1);
    const { entities } = resolveEntities(window.map((w, k) => ({ sentence: k, candidates: w.candidates })), lex);
    const tags = s.tokens.map(() => 'O');
    const self = window.length - 1;
    for (const e of entities) {
      for (const m of e.mentions) {
        if (m.sentence !== self) continue;
        const first = s.starts.indexOf(m.start);
        if (first < 0) continue;
        for (let k = first; k < s.tokens.length && s.starts[k] < m.end; k++) tags[k] = `${k === first ? 'B' : 'I'}-${TAG[e.type]}`;
      }
    }
    return tags;
  });
}

export function formatConll(sentences: readonly string[][], tags: readonly string[][]): string {
  return `${sentences.map((s, i) => s.map((t, k) => `${t} ${tags[i][k]}`).join('\n')).join('\n\n')}\n`;
}
