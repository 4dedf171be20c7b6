/** The graph contract as the viewer needs it: node types with their colours, and the relation types. */
export { EDGE_TYPES as RELATION_TYPES, NODE_TYPES, TYPE_COLORS } from '../../src/graph/contract.js';
export type { EdgeType as RelationType, NodeType } from '../../src/graph/contract.js';
