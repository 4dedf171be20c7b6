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
    id: x.id,
    file: x.file,
    text: x.text,
    metadata: x.metadata,
    entities: x.entities.map((e) => ({
      type: e.type,
      name: e.name,
      aliases: e.aliases,
      kind: e.kind,
      country: e.country,
      titles: e.titles,
      mentionCount: e.mentions.length,
    })),
    events: x.events,
    roles: x.roles,
    documents: x.documents,
    cites: x.cites,
    containments: x.containments,
  };
}

/** One copy of each string handed to it. */
export class StringPool {
  private readonly strings = new Map<string, string>();

  of<T extends string>(s: T): T {
    const known = this.strings.get(s);
    if (known !== undefined) return known as T;
    this.strings.set(s, s);
    return s;
  }
}

/**
 * The same facts with their entity strings taken from `pool`. Facts that come from a worker
 * thread or the cache hold a copy of every name, alias, title, type and kind for each entity
 * of each article, and an archive names the same things again and again (50k generated
 * articles: 1.3M entity records, 1,529 distinct strings; their facts 585 → 388 MB).
 */
export function pooledFacts(x: ArticleFacts, pool: StringPool): ArticleFacts {
  const of = <T extends string>(s: T) => pool.of(s);
  return {
    ...x,
    entities: x.entities.map((e) => ({
      type: of(e.type),
      name: of(e.name),
      aliases: e.aliases.map(of),
      kind: e.kind && of(e.kind),
      country: e.country && of(e.country),
      titles: e.titles.map(of),
      mentionCount: e.mentionCount,
    })),
  };
}
