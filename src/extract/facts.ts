/**
 * The part of an article's extraction that the graph is built from. Sentences and mention
 * spans are dropped (the graph keeps counts, names and evidence sentences), which makes a
 * whole archive's facts small enough to hold until the graph is built, and cheap to send
 * from a worker thread or keep in the cache: about 40% of the extraction.
 */
import type { ArticleExtraction, LocalEntity } from './types.js';

export interface EntityFacts extends Omit<LocalEntity, 'mentions'> {
  readonly mentionCount: number;
}

export interface ArticleFacts extends Omit<ArticleExtraction, 'sentences' | 'entities'> {
  readonly entities: readonly EntityFacts[];
}

export function articleFacts(x: ArticleExtraction): ArticleFacts {
  const { sentences: _sentences, entities, ...rest } = x;
  return { ...rest, entities: entities.map(({ mentions, ...e }) => ({ ...e, mentionCount: mentions.length })) };
}
