/** One body sentence as the later passes see it: tokens, mentions with their entities, dates. */
import type { Lexicon } from './lexicon.js';
import type { Token } from './tokens.js';
import type { DateMention, Evidence, Mention, Sentence } from './types.js';

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
