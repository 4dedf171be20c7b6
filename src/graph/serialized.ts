/** A graph to and from the contract's serialized form, the shape of graph.json. */
import { MultiDirectedGraph } from 'graphology';
import type { NewsGraph } from './build.js';
import type { EdgeAttributes, GraphAttributes, NodeAttributes, SerializedGraph } from './contract.js';

export function serializeGraph(graph: NewsGraph): SerializedGraph {
  // graphology's type leaves attributes optional, as it leaves out empty ones: a node or edge here always has its type.
  return graph.export() as SerializedGraph;
}

/** The file's own options (no self loops) come with it, so serializing the graph again gives the file back. */
export function deserializeGraph(data: SerializedGraph): NewsGraph {
  return MultiDirectedGraph.from<NodeAttributes, EdgeAttributes, GraphAttributes>({
    ...data,
    options: data.options ?? {},
  });
}
