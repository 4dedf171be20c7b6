/**
 * Seeded layout and drawing attributes: the same graph always lands the same way.
 *
 * Start: each Louvain community (as applyMetrics leaves them) gets a disc on a sunflower
 * spiral, largest first, and each node a point in its community's disc from a hash of its
 * key, so that connected things start near each other and few iterations already read.
 *
 * Then ForceAtlas2, the library's own step, over the graph's core only. A leaf (a node tied
 * to one other node, which has other ties: a name one article mentions, two thirds of the
 * nodes of real news) is placed afterwards beside that node, in a fan turned away from the
 * node's other ties. Leaves still weigh in: a core node's mass is 1 + its whole degree, as
 * ForceAtlas2 counts it, so it keeps room around itself for them.
 */
import forceAtlas2, { type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import iterate from 'graphology-layout-forceatlas2/iterate.js';
import type { NewsGraph } from './build.js';
import { TYPE_COLORS } from './contract.js';

export interface LayoutOptions {
  readonly iterations: number;
  /**
   * At most this many node × iteration steps over the core: large graphs get fewer
   * iterations (from a start grouped by community) and the layout stays bounded.
   * The viewer and Gephi can carry on from these positions.
   */
  readonly maxNodeIterations: number;
}

/**
 * 100 iterations: on real-news the last 50 of 150 took a third of the layout's time and moved
 * its quality (layout-quality.ts) from 4.93 to 5.02; real-dev 6.23 → 6.28, seeds 2.25 both.
 */
export const DEFAULT_LAYOUT: LayoutOptions = { iterations: 100, maxNodeIterations: 1_000_000 };

/** The iterations a core of `order` nodes gets: as asked, within the work limit, at least one. */
export function layoutIterations(order: number, options: LayoutOptions): number {
  if (options.iterations <= 0 || order === 0) return 0;
  return Math.max(1, Math.min(options.iterations, Math.floor(options.maxNodeIterations / order)));
}

/** A community of n nodes starts in a disc of radius START_UNIT·√n. */
const START_UNIT = 10;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/**
 * Repulsion by Barnes-Hut from this many core nodes: on subsets of real news (one run each),
 * exact pairs took 0.65 times as long at 225 nodes and 1.7 times at 646.
 */
const BARNES_HUT_FROM = 500;
/** Gephi's default; the library's 0.5 took 2.6 times as long on real news, for the same measure of quality. */
const BARNES_HUT_THETA = 1.2;
/** A leaf's distance from its node, as a share of the node's mean tie length (at most the core's mean). */
const LEAF_DISTANCE = 0.4;
/** A fan of leaves spans this many radians, and more for each leaf, up to a full circle. */
const FAN = 1.5;
const FAN_PER_LEAF = 0.05;

/** Numbers per node and per edge in the library's matrices, and the fields we write. */
const PPN = 10;
const PPE = 3;
const NODE_X = 0;
const NODE_Y = 1;
const NODE_MASS = 6;
const NODE_CONVERGENCE = 7;

const NO_TIE = -1;
const SEVERAL_TIES = -2;

/** FNV-1a: a stable 32-bit hash of a string. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The two halves of a hash as numbers in [0, 1). */
const low = (h: number) => (h & 0xffff) / 0x10000;
const high = (h: number) => (h >>> 16) / 0x10000;

const round = (x: number) => Math.round(x * 1000) / 1000;

/** The graph as the layout sees it: nodes by index, edges as index pairs. */
interface Frame {
  readonly keys: string[];
  readonly hashes: Uint32Array;
  /** Each edge's ends, two per edge; loops left out. */
  readonly ends: Int32Array;
  /** Edge ends at each node, loops included: ForceAtlas2's mass is 1 + this. */
  readonly degree: Float64Array;
  /** For each node, the node it leans on when it is a leaf; else NO_TIE. */
  readonly parent: Int32Array;
  readonly x: Float64Array;
  readonly y: Float64Array;
}

function frame(graph: NewsGraph): Frame {
  const keys: string[] = [];
  const index = new Map<string, number>();
  graph.forEachNode((key) => {
    index.set(key, keys.length);
    keys.push(key);
  });
  const n = keys.length;
  const degree = new Float64Array(n);
  // The one other node each node is tied to, or NO_TIE, or SEVERAL_TIES.
  const only = new Int32Array(n).fill(NO_TIE);
  const tie = (i: number, j: number) => {
    if (only[i] === NO_TIE) only[i] = j;
    else if (only[i] !== j) only[i] = SEVERAL_TIES;
  };
  const ends = new Int32Array(graph.size * 2);
  let e = 0;
  graph.forEachEdge((_edge, _a, source, target) => {
    const i = index.get(source)!;
    const j = index.get(target)!;
    degree[i]++;
    degree[j]++;
    if (i === j) return;
    tie(i, j);
    tie(j, i);
    ends[e++] = i;
    ends[e++] = j;
  });
  const parent = new Int32Array(n).fill(NO_TIE);
  for (let i = 0; i < n; i++) if (only[i] >= 0 && only[only[i]] === SEVERAL_TIES) parent[i] = only[i];
  return {
    keys,
    hashes: Uint32Array.from(keys, hash),
    ends: ends.subarray(0, e),
    degree,
    parent,
    x: new Float64Array(n),
    y: new Float64Array(n),
  };
}

/** Every node at its seeded start: communities in discs on a spiral, largest first. */
function placeAtStart(graph: NewsGraph, f: Frame): void {
  const community = f.keys.map((key) => graph.getNodeAttribute(key, 'community') ?? 0);
  const sizes = new Map<number, number>();
  for (const c of community) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  const discs = new Map<number, { x: number; y: number; radius: number }>();
  let before = 0;
  [...sizes]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .forEach(([c, size], rank) => {
      const r = START_UNIT * Math.sqrt(before + size / 2);
      discs.set(c, {
        x: r * Math.cos(rank * GOLDEN_ANGLE),
        y: r * Math.sin(rank * GOLDEN_ANGLE),
        radius: START_UNIT * Math.sqrt(size),
      });
      before += size;
    });
  f.keys.forEach((_key, i) => {
    const disc = discs.get(community[i])!;
    const angle = low(f.hashes[i]) * 2 * Math.PI;
    const r = disc.radius * Math.sqrt(high(f.hashes[i]));
    f.x[i] = disc.x + r * Math.cos(angle);
    f.y[i] = disc.y + r * Math.sin(angle);
  });
}

function settingsFor(order: number): Required<ForceAtlas2Settings> {
  return {
    linLogMode: false,
    outboundAttractionDistribution: false,
    adjustSizes: false,
    edgeWeightInfluence: 1,
    scalingRatio: 1,
    strongGravityMode: false,
    gravity: 1,
    slowDown: 1,
    ...forceAtlas2.inferSettings(order),
    barnesHutOptimize: order >= BARNES_HUT_FROM,
    barnesHutTheta: BARNES_HUT_THETA,
  };
}

/** ForceAtlas2 over the nodes that are not leaves, with their whole degree as mass; returns the core's edges as index pairs. */
function layOutCore(f: Frame, options: LayoutOptions): Int32Array {
  // Each core node's offset in the node matrix; NO_TIE for a leaf.
  const offset = new Int32Array(f.keys.length).fill(NO_TIE);
  let order = 0;
  for (let i = 0; i < f.keys.length; i++) if (f.parent[i] === NO_TIE) offset[i] = PPN * order++;
  const kept = new Int32Array(f.ends.length);
  let size = 0;
  for (let e = 0; e < f.ends.length; e += 2) {
    if (offset[f.ends[e]] === NO_TIE || offset[f.ends[e + 1]] === NO_TIE) continue;
    kept[size++] = f.ends[e];
    kept[size++] = f.ends[e + 1];
  }
  const edges = kept.subarray(0, size);
  const iterations = layoutIterations(order, options);
  if (order > 1 && iterations > 0) {
    const nodeMatrix = new Float32Array(order * PPN);
    for (let i = 0; i < f.keys.length; i++) {
      const o = offset[i];
      if (o === NO_TIE) continue;
      nodeMatrix[o + NODE_X] = f.x[i];
      nodeMatrix[o + NODE_Y] = f.y[i];
      nodeMatrix[o + NODE_MASS] = 1 + f.degree[i];
      nodeMatrix[o + NODE_CONVERGENCE] = 1;
    }
    const edgeMatrix = new Float32Array((edges.length / 2) * PPE);
    for (let e = 0, o = 0; e < edges.length; e += 2, o += PPE) {
      edgeMatrix[o] = offset[edges[e]];
      edgeMatrix[o + 1] = offset[edges[e + 1]];
      edgeMatrix[o + 2] = 1;
    }
    const settings = settingsFor(order);
    for (let k = 0; k < iterations; k++) iterate(settings, nodeMatrix, edgeMatrix);
    for (let i = 0; i < f.keys.length; i++) {
      if (offset[i] === NO_TIE) continue;
      f.x[i] = nodeMatrix[offset[i] + NODE_X];
      f.y[i] = nodeMatrix[offset[i] + NODE_Y];
    }
  }
  return edges;
}

/** Each leaf beside its node, in a fan turned away from the centre of the node's ties in the core. */
function placeLeaves(f: Frame, coreEdges: Int32Array): void {
  const n = f.keys.length;
  const ties = new Float64Array(n);
  const sumX = new Float64Array(n);
  const sumY = new Float64Array(n);
  const reach = new Float64Array(n);
  let total = 0;
  const tie = (a: number, b: number, d: number) => {
    ties[a]++;
    sumX[a] += f.x[b];
    sumY[a] += f.y[b];
    reach[a] += d;
  };
  for (let e = 0; e < coreEdges.length; e += 2) {
    const i = coreEdges[e];
    const j = coreEdges[e + 1];
    const d = Math.hypot(f.x[i] - f.x[j], f.y[i] - f.y[j]);
    total += d;
    tie(i, j, d);
    tie(j, i, d);
  }
  const meanTie = coreEdges.length ? total / (coreEdges.length / 2) : START_UNIT;
  const leaves = new Float64Array(n);
  for (let i = 0; i < n; i++) if (f.parent[i] !== NO_TIE) leaves[f.parent[i]]++;
  const placed = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const p = f.parent[i];
    if (p === NO_TIE) continue;
    const away = ties[p] ? Math.atan2(f.y[p] - sumY[p] / ties[p], f.x[p] - sumX[p] / ties[p]) : 0;
    const fan = ties[p] ? Math.min(2 * Math.PI, FAN + FAN_PER_LEAF * leaves[p]) : 2 * Math.PI;
    // Evenly along the fan, in node order; the distance varies by hash, so that a fan is not one arc.
    const angle = away + ((placed[p]++ + 0.5) / leaves[p] - 0.5) * fan;
    const r =
      LEAF_DISTANCE * Math.min(ties[p] ? reach[p] / ties[p] : meanTie, meanTie) * (0.7 + 0.3 * high(f.hashes[i]));
    f.x[i] = f.x[p] + r * Math.cos(angle);
    f.y[i] = f.y[p] + r * Math.sin(angle);
  }
}

export function applyLayout(graph: NewsGraph, options: LayoutOptions = DEFAULT_LAYOUT): void {
  const f = frame(graph);
  placeAtStart(graph, f);
  if (options.iterations > 0) placeLeaves(f, layOutCore(f, options));
  f.keys.forEach((key, i) =>
    graph.mergeNodeAttributes(key, {
      x: round(f.x[i]),
      y: round(f.y[i]),
      size: round(3 + 2 * Math.sqrt(graph.degree(key))),
      color: TYPE_COLORS[graph.getNodeAttribute(key, 'type')],
    }),
  );
}
