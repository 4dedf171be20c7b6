/**
 * How well a layout reads, as one number: the mean distance between two nodes over the mean
 * length of an edge. Connected things near each other score high; positions that ignore the
 * edges score about 1.
 */
import type { NewsGraph } from './build.js';

/** Pairs are taken among at most this many nodes, spread evenly in node order: all pairs of 50k nodes would take minutes. */
const PAIR_SAMPLE = 2000;

/** NaN for a graph without an edge between two nodes, or without positions. */
export function layoutQuality(graph: NewsGraph): number {
  let edgeLength = 0;
  let edges = 0;
  graph.forEachEdge((_edge, _a, source, target, s, t) => {
    if (source === target) return;
    edgeLength += Math.hypot(s.x! - t.x!, s.y! - t.y!);
    edges++;
  });
  const step = Math.ceil(graph.order / PAIR_SAMPLE);
  const xs: number[] = [];
  const ys: number[] = [];
  let i = 0;
  graph.forEachNode((_key, a) => {
    if (i++ % step === 0) {
      xs.push(a.x!);
      ys.push(a.y!);
    }
  });
  let pairLength = 0;
  let pairs = 0;
  for (let j = 0; j < xs.length; j++) {
    for (let k = j + 1; k < xs.length; k++) {
      pairLength += Math.hypot(xs[j] - xs[k], ys[j] - ys[k]);
      pairs++;
    }
  }
  return pairLength / pairs / (edgeLength / edges);
}
