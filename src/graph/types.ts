/** The graph contract (`shared/spec/graph-model.md`) as types: node and edge attributes. */
import type { CreditRole, DocumentKind, EventKind, OrganizationKind, ParticipantRole, PlaceKind, PublishedFrom } from '../extract/types.js';

export type NodeType = 'Person' | 'Place' | 'Organization' | 'Event' | 'Document';
export type EdgeType = 'PARTICIPATED_IN' | 'HELD_IN' | 'HOLDS_ROLE' | 'SIGNED' | 'MET' | 'LOCATED_IN' | 'MENTIONS' | 'PUBLISHED_BY' | 'CITES' | 'CREDITED';

export interface EvidenceItem {
  /** Key of the article node. */
  readonly doc: string;
  /** Index of the sentence in the article. */
  readonly sentence: number;
  /** The sentence, exactly as in the article's text. */
  readonly text: string;
}

export interface NodeAttributes {
  type: NodeType;
  label: string;
  aliases: string[];
  mentions: number;
  titles?: string[];
  kind?: PlaceKind | OrganizationKind | EventKind | DocumentKind;
  /** Places: ISO 3166 code of the country (extension). */
  country?: string;
  date?: string;
  endDate?: string;
  dateText?: string;
  file?: string;
  title?: string;
  titleFrom?: 'input' | 'headline' | 'first-sentence' | 'file';
  publisher?: string;
  published?: string;
  publishedFrom?: PublishedFrom;
  authors?: string[];
  url?: string;
  text?: string;
  /** Network metrics (extension, see graph/metrics.ts); betweenness is left out on very large graphs. */
  degree?: number;
  weightedDegree?: number;
  betweenness?: number;
  pagerank?: number;
  community?: number;
  /** Layout and drawing (extension): seeded ForceAtlas2 position, colour by type, size by degree. */
  x?: number;
  y?: number;
  size?: number;
  color?: string;
}

export interface EdgeAttributes {
  type: EdgeType;
  evidence?: EvidenceItem[];
  role?: ParticipantRole | CreditRole;
  title?: string;
  count?: number;
  event?: string;
  date?: string;
  /** LOCATED_IN: from general geographic knowledge, or stated in an article (then with evidence). */
  source?: 'gazetteer' | 'text';
}

export interface GraphAttributes {
  /** The corpus's name: what `newsgraph load --replace` removes. */
  corpus?: string;
}
