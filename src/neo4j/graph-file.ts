/** graph.json as the loader reads it: graphology's serialisation of the contract's graph. */
import type { EdgeAttributes, NodeAttributes } from '../graph/types.js';

export interface SerializedGraph {
  readonly attributes?: { readonly corpus?: string };
  readonly nodes: readonly { readonly key: string; readonly attributes: NodeAttributes }[];
  readonly edges: readonly { readonly key: string; readonly source: string; readonly target: string; readonly attributes: EdgeAttributes }[];
}
