/**
 * One ForceAtlas2 step of graphology-layout-forceatlas2 over its flat matrices, which the
 * layout builds itself (see layout.ts). A node takes 10 numbers (x, y, dx, dy, old dx, old dy,
 * mass, convergence, size, fixed); an edge 3 (source and target as node offsets, weight).
 */
declare module 'graphology-layout-forceatlas2/iterate.js' {
  import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';

  export default function iterate(
    settings: Required<ForceAtlas2Settings>,
    nodes: Float32Array,
    edges: Float32Array,
  ): void;
}
