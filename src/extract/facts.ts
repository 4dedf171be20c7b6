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

/** Field by field: object rest and spread cost more here than the extraction's own passes. */
export function articleFacts(x: ArticleExtraction): ArticleFacts {
  return {
    id: x.id, file: x.file, text: x.text, metadata: x.metadata,
    entities: x.entities.map((e) => ({ type: e.type, name: e.name, aliases: e.aliases, kind: e.kind, country: e.country, titles: e.titles, mentionCount: e.mentions.length })),
    events: x.events, roles: x.roles, documents: x.documents, cites: x.cites, containments: x.containments,
  };
}
