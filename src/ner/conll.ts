/**
 * CoNLL files (reading tokens and gold tags, writing tags), and the rules' named-entity tags
 * (IOB: PER, LOC, ORG) for pre-tokenised sentences, from the same mention and coreference
 * passes the graph uses: the baseline the statistical tagger is measured against
 * (`scripts/ner-ablation.mjs`) and, optionally, features for it. Sentences are read in order
 * and treated as one running text, so a lone family name can join a full name given earlier.
 */
import { resolveEntities } from '../extract/coref.js';
import { lexiconOf, type Lexicon } from '../extract/lexicon.js';
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

/** A sentence of a CoNLL file with its gold tags (the last column). */
export interface TaggedSentence {
  readonly words: readonly string[];
  readonly tags: readonly string[];
}

/** Reads annotated CoNLL text: first column the token, last column its IOB tag. */
export function parseTaggedConll(text: string): TaggedSentence[] {
  const sentences: TaggedSentence[] = [];
  let words: string[] = [];
  let tags: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const columns = line.trim().split(/\s+/);
    if (!columns[0]) {
      if (words.length) sentences.push({ words, tags });
      words = [];
      tags = [];
    } else {
      words.push(columns[0]);
      tags.push(columns.length > 1 ? columns[columns.length - 1] : 'O');
    }
  }
  if (words.length) sentences.push({ words, tags });
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
    const entities = resolveEntities(
      window.map((w, k) => ({ sentence: k, candidates: w.candidates })),
      lex,
    );
    const tags = s.tokens.map(() => 'O');
    const self = window.length - 1;
    const mine = entities
      .flatMap((e) => e.mentions.filter((m) => m.sentence === self).map((m) => ({ e, m })))
      .sort((a, b) => a.m.start - b.m.start);
    for (const { e, m } of mine) {
      {
        // The input token that holds the mention's start (a token may carry brackets: `(SBY)`).
        const first = s.starts.findLastIndex((st) => st <= m.start);
        if (first < 0 || tags[first] !== 'O') continue;
        let last = first;
        while (last + 1 < s.tokens.length && s.starts[last + 1] < m.end) last++;
        if (e.type === 'Place' && !locative(s.tokens, first, lex)) continue;
        // An organisation's acronym in brackets right after its name belongs to the name: `Mahkamah Konstitusi (MK)`.
        if (e.type === 'Organization' && last - first >= 1) last += bracketedAcronym(s.tokens, last + 1);
        for (let k = first; k <= last; k++) tags[k] = `${k === first ? 'B' : 'I'}-${TAG[e.type]}`;
      }
    }
    return tags;
  });
}

/**
 * Whether a place name stands as a location (`di Jakarta`, `ke Israel`, `Jakarta dan
 * Bandung`, a dateline's `Jakarta,`) rather than as a modifier or an actor (`militer
 * Israel`, `Presiden Indonesia`, `Israel menyatakan`), which news NER annotation leaves
 * untagged. Only a locative word before it makes it a location.
 */
function locative(tokens: readonly string[], first: number, lex: Lexicon): boolean {
  if (first === 0) return tokens[1] === ',';
  return lex.locativeWords.has(tokens[first - 1].toLowerCase());
}

/** Tokens an acronym in brackets takes after `at`: `( MK )` is 3, `(MK)` is 1, none is 0. */
function bracketedAcronym(tokens: readonly string[], at: number): number {
  const acronym = /^\p{Lu}[\p{L}\p{N}-]*$/u;
  if (/^\(\p{Lu}[\p{L}\p{N}-]*\)$/u.test(tokens[at] ?? '')) return 1;
  return tokens[at] === '(' && acronym.test(tokens[at + 1] ?? '') && tokens[at + 2] === ')' ? 3 : 0;
}

export function formatConll(sentences: readonly string[][], tags: readonly string[][]): string {
  return `${sentences.map((s, i) => s.map((t, k) => `${t} ${tags[i][k]}`).join('\n')).join('\n\n')}\n`;
}
