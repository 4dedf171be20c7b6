/** graph.json: graphology's serialisation, nodes and edges in the graph's (sorted) order. */
import type { NewsGraph } from '../graph/build.js';

export function toJson(graph: NewsGraph): string {
  return `${JSON.stringify(graph.export(), null, 1)}\n`;
}
