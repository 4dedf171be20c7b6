/**
 * The network metrics of Gephi's statistics panel, as node attributes in every export:
 * degree, weighted degree, betweenness, PageRank and a Louvain community. The same graph
 * always gets the same figures: Louvain draws from a seeded generator and values are rounded.
 */
import louvain from 'graphology-communities-louvain';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import type { NewsGraph } from './build.js';
import { betweenness } from './betweenness.js';
import { seededRandom } from './random.js';
import type { EdgeAttributes } from './contract.js';

export interface MetricsOptions {
  /**
   * Betweenness is exact (Brandes), so its work grows as nodes × edges. Above this product it
   * is left out rather than holding a build for minutes; the result says so.
   */
  readonly betweennessWorkLimit: number;
  readonly seed: number;
}

export const DEFAULT_METRICS: MetricsOptions = { betweennessWorkLimit: 2e9, seed: 1 };

export interface MetricsReport {
  readonly communities: number;
  readonly modularity: number;
  readonly betweenness: boolean;
}

/** How strongly an edge ties its ends: its evidence sentences, or its mention count, at least 1. */
export function edgeWeight(a: EdgeAttributes): number {
  return Math.max(1, a.evidence?.length ?? 0, a.count ?? 0);
}

const round = (x: number) => Number(x.toPrecision(6));

export function applyMetrics(graph: NewsGraph, options: MetricsOptions = DEFAULT_METRICS): MetricsReport {
  if (!graph.order) return { communities: 0, modularity: 0, betweenness: true };
  const getEdgeWeight = (_edge: string, a: EdgeAttributes) => edgeWeight(a);
  const rank = pagerank(graph, { getEdgeWeight });
  const withBetweenness = graph.order * graph.size <= options.betweennessWorkLimit;
  const between = withBetweenness ? betweenness(graph) : null;
  const communities = louvain.detailed(graph, {
    getEdgeWeight: getEdgeWeight as never,
    rng: seededRandom(options.seed),
  });
  graph.forEachNode((node) => {
    let weighted = 0;
    graph.forEachEdge(node, (_edge, a) => {
      weighted += edgeWeight(a);
    });
    graph.mergeNodeAttributes(node, {
      degree: graph.degree(node),
      weightedDegree: weighted,
      ...(between ? { betweenness: round(between[node]) } : {}),
      pagerank: round(rank[node]),
      community: communities.communities[node],
    });
  });
  return {
    communities: communities.count,
    modularity: Number.isFinite(communities.modularity) ? round(communities.modularity) : 0,
    betweenness: withBetweenness,
  };
}
