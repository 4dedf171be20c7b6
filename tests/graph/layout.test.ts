import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import { applyLayout, DEFAULT_LAYOUT, layoutIterations } from '../../src/graph/layout.js';
import type { NewsGraph } from '../../src/graph/build.js';

describe('layout', () => {
  it('runs the asked iterations on small graphs and fewer on large ones, within the work limit', () => {
    expect(layoutIterations(58, DEFAULT_LAYOUT)).toBe(150);
    expect(layoutIterations(2_252, DEFAULT_LAYOUT)).toBe(150);
    expect(layoutIterations(12_076, DEFAULT_LAYOUT)).toBe(82);
    expect(layoutIterations(54_359, DEFAULT_LAYOUT)).toBe(18);
    expect(layoutIterations(5_000_000, DEFAULT_LAYOUT)).toBe(1);
    expect(layoutIterations(54_359, { iterations: 150, maxNodeIterations: Infinity })).toBe(150);
    expect(layoutIterations(58, { ...DEFAULT_LAYOUT, iterations: 0 })).toBe(0);
  });

  it('places the same graph the same way every time', () => {
    const make = () => {
      const g: NewsGraph = new MultiDirectedGraph();
      for (let i = 0; i < 30; i++) g.addNode(`person:p${i}`, { type: 'Person', label: `P${i}`, aliases: [], mentions: 1 });
      for (let i = 0; i < 60; i++) g.addEdge(`person:p${i % 30}`, `person:p${(i * 7 + 1) % 30}`, { type: 'MET' });
      applyLayout(g, DEFAULT_LAYOUT);
      return g.mapNodes((_k, a) => [a.x, a.y]);
    };
    const first = make();
    expect(make()).toEqual(first);
    expect(new Set(first.map(String)).size).toBe(30);
  });
});
