/**
 * Betweenness centrality (Brandes), normalised as graphology-metrics and Gephi give it: over
 * the directed graph, each parallel edge counted as its own shortest path.
 *
 * graphology-metrics finds these paths by Dijkstra even where no edge has a length (its
 * heap takes two thirds of a real-news build's metrics), and its breadth-first variant
 * reads past the end of its neighbourhood index on a multigraph (graphology-indices 0.17:
 * the last node's range ends at the edge count, not at its neighbours), so a node that no
 * edge enters gets a betweenness. Hence breadth-first search here, over arrays; the figures
 * are those of graphology-metrics' Dijkstra, bit for bit (tests/graph/betweenness.test.ts).
 */
import type { NewsGraph } from './build.js';

/** Each node's betweenness, divided by (n − 1)(n − 2) where there are more than two nodes. */
export function betweenness(graph: NewsGraph): Record<string, number> {
  const keys = graph.nodes();
  const n = keys.length;
  const index = new Map<string, number>();
  keys.forEach((key, i) => index.set(key, i));
  // Out- and in-edges as ranges of one array each, in the graph's edge order at every node.
  const outStart = new Int32Array(n + 1);
  const inStart = new Int32Array(n + 1);
  const outTo: number[] = [];
  const inFrom: number[] = [];
  keys.forEach((key, i) => {
    outStart[i] = outTo.length;
    graph.forEachOutEdge(key, (_edge, _a, _source, target) => outTo.push(index.get(target)!));
    inStart[i] = inFrom.length;
    graph.forEachInEdge(key, (_edge, _a, source) => inFrom.push(index.get(source)!));
  });
  outStart[n] = outTo.length;
  inStart[n] = inFrom.length;

  const centrality = new Float64Array(n);
  const order = new Int32Array(n); // nodes as reached, nearest first
  const distance = new Int32Array(n);
  const paths = new Float64Array(n); // shortest paths from the source
  const dependency = new Float64Array(n);
  for (let source = 0; source < n; source++) {
    distance.fill(-1);
    paths.fill(0);
    dependency.fill(0);
    distance[source] = 0;
    paths[source] = 1;
    order[0] = source;
    let reached = 1;
    for (let k = 0; k < reached; k++) {
      const v = order[k];
      for (let j = outStart[v]; j < outStart[v + 1]; j++) {
        const w = outTo[j];
        if (distance[w] === -1) {
          distance[w] = distance[v] + 1;
          order[reached++] = w;
        }
        if (distance[w] === distance[v] + 1) paths[w] += paths[v];
      }
    }
    // Farthest first, each node's dependency passed back to the nodes one step nearer.
    for (let k = reached - 1; k > 0; k--) {
      const w = order[k];
      const coefficient = (1 + dependency[w]) / paths[w];
      for (let j = inStart[w]; j < inStart[w + 1]; j++) {
        const v = inFrom[j];
        if (distance[v] === distance[w] - 1) dependency[v] += paths[v] * coefficient;
      }
      centrality[w] += dependency[w];
    }
  }
  const scale = n > 2 ? 1 / ((n - 1) * (n - 2)) : 1;
  const result: Record<string, number> = {};
  keys.forEach((key, i) => (result[key] = centrality[i] * scale));
  return result;
}
