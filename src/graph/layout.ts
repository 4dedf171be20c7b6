/**
 * Seeded layout and drawing attributes: start positions from a hash of each key, then
 * ForceAtlas2 for a fixed number of iterations, so the same graph always lands the same way.
 */
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { NewsGraph } from './build.js';
import { TYPE_COLORS } from './contract.js';

export interface LayoutOptions {
  readonly iterations: number;
  /**
   * At most this many node × iteration steps: an iteration costs about 20 µs per node
   * (Barnes-Hut), so large graphs get fewer iterations and the layout stays within about
   * 20 s (a 50k-article archive: 18 iterations, where 150 took 3.5 minutes). The viewer
   * and Gephi can carry on from these positions.
   */
  readonly maxNodeIterations: number;
}

export const DEFAULT_LAYOUT: LayoutOptions = { iterations: 150, maxNodeIterations: 1_000_000 };

/** The iterations a graph of `order` nodes gets: as asked, within the work limit, at least one. */
export function layoutIterations(order: number, options: LayoutOptions): number {
  if (options.iterations <= 0 || order === 0) return 0;
  return Math.max(1, Math.min(options.iterations, Math.floor(options.maxNodeIterations / order)));
}

/** FNV-1a: a stable 32-bit hash of a string. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function applyLayout(graph: NewsGraph, options: LayoutOptions = DEFAULT_LAYOUT): void {
  graph.forEachNode((key, a) => {
    const h = hash(key);
    const angle = ((h & 0xffff) / 0x10000) * 2 * Math.PI;
    const radius = 10 + ((h >>> 16) / 0x10000) * 90;
    graph.mergeNodeAttributes(key, {
      x: radius * Math.cos(angle), y: radius * Math.sin(angle),
      size: round(3 + 2 * Math.sqrt(graph.degree(key))), color: TYPE_COLORS[a.type],
    });
  });
  const iterations = layoutIterations(graph.order, options);
  if (graph.order > 1 && iterations > 0) {
    forceAtlas2.assign(graph, { iterations, settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 2000 } });
  }
  graph.forEachNode((key, a) => graph.mergeNodeAttributes(key, { x: round(a.x ?? 0), y: round(a.y ?? 0) }));
}
