/**
 * Graphs in and out. Sigma reads `type` as the name of a drawing program, while the graph
 * contract uses it for Person, Place… So the display graph keeps the contract's `type` as
 * `nodeType` and `relation`, and converts back when exporting.
 */
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf, write as writeGexf } from 'graphology-gexf/browser';
import { DEFAULT_EDGE_CURVATURE, indexParallelEdgesIndex } from '@sigma/edge-curve';
import type { NodeType, ViewerSettings } from './settings';

export interface Evidence {
  readonly doc: string;
  readonly sentence: number;
  readonly text: string;
}

export interface DisplayNode {
  nodeType: NodeType;
  label: string;
  aliases: string[];
  mentions: number;
  x: number;
  y: number;
  size: number;
  color: string;
  [attribute: string]: unknown;
}

export interface DisplayEdge {
  relation: string;
  evidence?: Evidence[];
  type: 'straight' | 'curved';
  curvature?: number;
  size: number;
  color: string;
  [attribute: string]: unknown;
}

export type DisplayGraph = MultiDirectedGraph<DisplayNode, DisplayEdge>;

interface SerializedGraph {
  attributes?: Record<string, unknown>;
  nodes: { key: string; attributes?: Record<string, unknown> }[];
  edges: { key?: string; source: string; target: string; attributes?: Record<string, unknown> }[];
}

/** Lists come back from GEXF as `a | b` text, evidence as JSON text: make them lists again. */
function revive(attrs: Record<string, unknown>, lists: readonly string[]): Record<string, unknown> {
  const out = { ...attrs };
  for (const k of lists) if (typeof out[k] === 'string') out[k] = (out[k] as string).split(' | ').filter(Boolean);
  if (typeof out.evidence === 'string') {
    try { out.evidence = JSON.parse(out.evidence as string); } catch { delete out.evidence; }
  }
  return out;
}

export function fromText(text: string, fileName: string): SerializedGraph {
  if (/\.gexf$/i.test(fileName) || /^\s*<\?xml|^\s*<gexf/.test(text)) {
    const g = parseGexf(MultiDirectedGraph, text, { allowUndeclaredAttributes: true });
    return g.export() as unknown as SerializedGraph;
  }
  const parsed = JSON.parse(text) as SerializedGraph;
  if (!Array.isArray(parsed.nodes) || !Array.isArray(parsed.edges)) throw new Error('not a graph: no nodes and edges');
  return parsed;
}

function curvature(index: number, maxIndex: number): number {
  if (index < 0) return -curvature(-index, maxIndex);
  const amplitude = 3.5;
  return ((amplitude * (1 - Math.exp(-maxIndex / amplitude)) * DEFAULT_EDGE_CURVATURE) * index) / maxIndex;
}

export function toDisplay(data: SerializedGraph, settings: ViewerSettings): DisplayGraph {
  const graph: DisplayGraph = new MultiDirectedGraph();
  data.nodes.forEach((n, i) => {
    const a = revive(n.attributes ?? {}, ['aliases', 'titles', 'authors']);
    const nodeType = (a.type ?? a.nodeType ?? 'Document') as NodeType;
    const angle = (i * 2.399963) % (2 * Math.PI);
    graph.addNode(n.key, {
      ...a,
      nodeType,
      label: String(a.label ?? n.key),
      aliases: Array.isArray(a.aliases) ? (a.aliases as string[]) : [String(a.label ?? n.key)],
      mentions: Number(a.mentions ?? 1),
      x: typeof a.x === 'number' ? a.x : Math.cos(angle) * Math.sqrt(i + 1),
      y: typeof a.y === 'number' ? a.y : Math.sin(angle) * Math.sqrt(i + 1),
      size: 1,
      color: settings.typeColors[nodeType] ?? '#999',
      type: undefined,
    });
  });
  data.edges.forEach((e, i) => {
    if (!graph.hasNode(e.source) || !graph.hasNode(e.target)) return;
    const a = revive(e.attributes ?? {}, []);
    graph.addDirectedEdgeWithKey(e.key ?? `e${i}`, e.source, e.target, {
      ...a, relation: String(a.type ?? a.relation ?? a.label ?? 'RELATED'), type: 'straight', size: 1, color: settings.edgeColor,
    });
  });
  if (hasDetailedEdges(graph, settings)) curveParallelEdges(graph);
  resize(graph, settings);
  return graph;
}

/** Whether the graph is small enough for arrows, curves and edge picking (see the setting). */
export function hasDetailedEdges(graph: DisplayGraph, settings: ViewerSettings): boolean {
  return graph.size <= settings.detailedEdgesUpTo;
}

/** Parallel edges get curves of their own so each stays visible and clickable. */
function curveParallelEdges(graph: DisplayGraph): void {
  indexParallelEdgesIndex(graph as never, { edgeIndexAttribute: 'parallelIndex', edgeMinIndexAttribute: 'parallelMinIndex', edgeMaxIndexAttribute: 'parallelMaxIndex' });
  graph.forEachEdge((edge, a) => {
    const index = a.parallelIndex as number | null | undefined;
    const max = a.parallelMaxIndex as number | undefined;
    if (typeof index === 'number' && max) graph.mergeEdgeAttributes(edge, { type: index || typeof a.parallelMinIndex !== 'number' ? 'curved' : 'straight', curvature: curvature(index, max) });
  });
}

export function resize(graph: DisplayGraph, settings: ViewerSettings): void {
  const value = (n: string) => (settings.sizeBy === 'degree' ? graph.degree(n) : graph.getNodeAttribute(n, 'mentions'));
  let max = 1;
  graph.forEachNode((n) => { max = Math.max(max, value(n)); });
  graph.forEachNode((n) => graph.setNodeAttribute(n, 'size', settings.minNodeSize + (settings.maxNodeSize - settings.minNodeSize) * Math.sqrt(value(n) / max)));
}

const DISPLAY_ONLY = new Set(['nodeType', 'relation', 'type', 'size', 'color', 'curvature', 'parallelIndex', 'parallelMinIndex', 'parallelMaxIndex', 'highlighted', 'hidden']);

/** The visible part of the graph, with the contract's attributes, for download. */
export function toContract(graph: DisplayGraph, visibleNodes: ReadonlySet<string>, visibleEdges: ReadonlySet<string>): MultiDirectedGraph {
  const out = new MultiDirectedGraph();
  graph.forEachNode((n, a) => {
    if (!visibleNodes.has(n)) return;
    const attrs = Object.fromEntries(Object.entries(a).filter(([k]) => !DISPLAY_ONLY.has(k)));
    out.addNode(n, { ...attrs, type: a.nodeType });
  });
  graph.forEachEdge((e, a, s, t) => {
    if (!visibleEdges.has(e) || !out.hasNode(s) || !out.hasNode(t)) return;
    const attrs = Object.fromEntries(Object.entries(a).filter(([k]) => !DISPLAY_ONLY.has(k)));
    out.addDirectedEdgeWithKey(e, s, t, { ...attrs, type: a.relation });
  });
  return out;
}

export function gexfOf(graph: MultiDirectedGraph): string {
  const flat = (a: Record<string, unknown>) => Object.fromEntries(Object.entries(a).filter(([k]) => !['label', 'x', 'y'].includes(k)).map(([k, v]) => [k, k === 'evidence' ? JSON.stringify(v) : Array.isArray(v) ? v.join(' | ') : v]));
  return writeGexf(graph, {
    version: '1.3', pedantic: true,
    formatNode: (_k: string, a: Record<string, unknown>) => ({ label: String(a.label ?? ''), viz: { x: a.x as number, y: a.y as number }, attributes: flat(a) }),
    formatEdge: (_k: string, a: Record<string, unknown>) => ({ label: String(a.type ?? ''), attributes: flat(a) }),
  } as never).replace(/\s+xsi:schemaLocation="[^"]*"/, '');
}
