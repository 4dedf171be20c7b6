/** graph.json as the loader reads it: the contract's serialized graph. */
export type { SerializedGraph } from '../graph/contract.js';
