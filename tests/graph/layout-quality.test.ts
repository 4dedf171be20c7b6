import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import { layoutQuality } from '../../src/graph/layout-quality.js';
import { seededRandom } from '../../src/graph/random.js';
import type { NewsGraph } from '../../src/graph/build.js';

/** A ring of `n` people, each tied to the next, at positions `place` gives. */
function ring(n: number, place: (i: number) => [number, number]): NewsGraph {
  const g: NewsGraph = new MultiDirectedGraph();
  for (let i = 0; i < n; i++) {
    const [x, y] = place(i);
    g.addNode(`person:p${i}`, { type: 'Person', label: `P${i}`, aliases: [], mentions: 1, x, y });
  }
  for (let i = 0; i < n; i++) g.addEdge(`person:p${i}`, `person:p${(i + 1) % n}`, { type: 'MET' });
  return g;
}

describe('layoutQuality', () => {
  it('scores about 1 where positions ignore the edges', () => {
    const rnd = seededRandom(3);
    const q = layoutQuality(ring(3000, () => [rnd() * 100, rnd() * 100]));
    expect(q).toBeGreaterThan(0.9);
    expect(q).toBeLessThan(1.1);
  });

  it('scores high where tied nodes sit next to each other', () => {
    // Around a circle: an edge is 1/n of the way round, two nodes 2/π of a diameter apart on average.
    const n = 300;
    const q = layoutQuality(ring(n, (i) => [Math.cos((2 * Math.PI * i) / n), Math.sin((2 * Math.PI * i) / n)]));
    expect(q).toBeCloseTo(4 / Math.PI / ((2 * Math.PI) / n), 0);
  });

  it('is not a number without an edge between two nodes', () => {
    const g: NewsGraph = new MultiDirectedGraph();
    g.addNode('person:a', { type: 'Person', label: 'A', aliases: [], mentions: 1, x: 0, y: 0 });
    g.addNode('person:b', { type: 'Person', label: 'B', aliases: [], mentions: 1, x: 1, y: 0 });
    g.addEdge('person:a', 'person:a', { type: 'MET' });
    expect(layoutQuality(g)).toBeNaN();
  });
});
