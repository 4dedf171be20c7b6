/**
 * The graph contract as the viewer needs it: node types with their colours, and the relation
 * types. The one place to swap for the project's contract module (src/graph/contract.ts) when
 * it lands: this file then becomes a re-export of it.
 */
export const NODE_TYPES = ['Person', 'Place', 'Organization', 'Event', 'Document'] as const;
export type NodeType = (typeof NODE_TYPES)[number];

export const TYPE_COLORS: Readonly<Record<NodeType, string>> = {
  Person: '#e15759', Place: '#59a14f', Organization: '#4e79a7', Event: '#f28e2b', Document: '#9c755f',
};

export const RELATION_TYPES = [
  'PARTICIPATED_IN', 'HELD_IN', 'HOLDS_ROLE', 'SIGNED', 'MET', 'LOCATED_IN', 'MENTIONS', 'PUBLISHED_BY', 'CITES', 'CREDITED',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];
