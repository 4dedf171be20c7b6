import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import graphologyBetweenness from 'graphology-metrics/centrality/betweenness.js';
import { betweenness } from '../../src/graph/betweenness.js';
import { seededRandom } from '../../src/graph/random.js';
import type { NewsGraph } from '../../src/graph/build.js';

/** `nodes` nodes and `edges` random directed edges, parallel ones included; no loops. */
function randomMultigraph(nodes: number, edges: number, seed: number): NewsGraph {
  const random = seededRandom(seed);
  const g = new MultiDirectedGraph({ allowSelfLoops: false }) as unknown as NewsGraph;
  for (let i = 0; i < nodes; i++) g.addNode(`n${i}`);
  for (let e = 0; e < edges; e++) {
    const a = Math.floor(random() * nodes);
    const b = Math.floor(random() * nodes);
    if (a !== b) g.addEdge(`n${a}`, `n${b}`);
  }
  return g;
}

describe('betweenness', () => {
  it("gives graphology-metrics' Dijkstra figures bit for bit, parallel edges counted as paths", () => {
    for (const [nodes, edges, seed] of [
      [3, 4, 1],
      [12, 30, 2],
      [60, 90, 3],
      [200, 700, 4],
    ]) {
      const g = randomMultigraph(nodes, edges, seed);
      expect(betweenness(g)).toEqual(graphologyBetweenness(g, { normalized: true }));
    }
  });

  it('counts each parallel edge as its own path, and gives a node that no edge enters none', () => {
    // a → b twice, a → c once, b → d and c → d: of a's two-step routes to d, two go through b.
    const g = new MultiDirectedGraph() as unknown as NewsGraph;
    for (const n of ['a', 'b', 'c', 'd']) g.addNode(n);
    g.addEdge('a', 'b');
    g.addEdge('a', 'b');
    g.addEdge('a', 'c');
    g.addEdge('b', 'd');
    g.addEdge('c', 'd');
    const scale = 1 / (3 * 2);
    expect(betweenness(g)).toEqual({ a: 0, b: (2 / 3) * scale, c: (1 / 3) * scale, d: 0 });
  });
});
