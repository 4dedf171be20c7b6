/**
 * Pass 7: each body sentence as the later passes see it: its tokens, its mentions with the
 * entities they are of (in text order), its dates.
 */
import type { Lexicon } from './lexicon.js';
import type { Token } from './tokens.js';
import type { DateMention, Evidence, LocalEntity, Mention, Sentence } from './types.js';

export interface EntityMention {
  readonly mention: Mention;
  readonly entity: number;
  /** Index of the mention's first token in `tokens`. */
  readonly token: number;
}

export interface SentenceAnalysis {
  readonly sentence: Sentence;
  readonly tokens: readonly Token[];
  readonly mentions: readonly EntityMention[];
  readonly dates: readonly DateMention[];
}

export const evidenceOf = (s: Sentence): Evidence => ({ sentence: s.index, text: s.text });

/** Index of the first token that starts at or after `offset`. */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  const i = tokens.findIndex((t) => t.start >= offset);
  return i < 0 ? tokens.length : i;
}

/** A verb or trigger at token `at` governed by a future or modal marker shortly before it (`berencana menandatangani`) reports a plan. */
export function plannedAt(s: SentenceAnalysis, at: number, lex: Lexicon): boolean {
  for (let i = Math.max(0, at - 6); i < at; i++) if (lex.futureMarkers.has(s.tokens[i].lower)) return true;
  return false;
}

export function analyseSentences(
  sentences: readonly { readonly sentence: Sentence; readonly tokens: readonly Token[] }[],
  entities: readonly LocalEntity[],
  dates: ReadonlyMap<number, DateMention[]>,
): SentenceAnalysis[] {
  const mentionsBySentence = new Map<number, EntityMention[]>();
  const tokensBySentence = new Map(sentences.map((s) => [s.sentence.index, s.tokens]));
  entities.forEach((e, entity) => {
    for (const mention of e.mentions) {
      const list = mentionsBySentence.get(mention.sentence) ?? [];
      list.push({ mention, entity, token: tokenAt(tokensBySentence.get(mention.sentence) ?? [], mention.start) });
      mentionsBySentence.set(mention.sentence, list);
    }
  });
  return sentences.map(({ sentence, tokens }) => ({
    sentence,
    tokens,
    mentions: (mentionsBySentence.get(sentence.index) ?? []).sort((a, b) => a.mention.start - b.mention.start),
    dates: dates.get(sentence.index) ?? [],
  }));
}
