/**
 * Graph files in and out. The viewer keeps the file's graph as it is (the contract's
 * attributes: `type` is Person, Place…), adding only a position, a size and a colour to
 * nodes that lack them; what sigma draws is another graph, made from it (shown.ts).
 */
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf/browser';
import type { NodeType, RelationType } from './palette';
import type { ViewerSettings } from './settings';
import type { EvidenceItem, SerializedGraph } from '../../src/graph/contract.js';
import { GraphContractError, validateGraph } from '../../src/graph/validate.js';

export type { EvidenceItem } from '../../src/graph/contract.js';

/** An attribute's value as the contract allows it (src/graph/validate.ts checks every file against it). */
export type AttributeValue = string | number | boolean | readonly string[] | readonly EvidenceItem[];

/** Why a file is not a graph the viewer can open: said in one plain line. */
export class NotAGraph extends Error {}

export interface NodeAttributes {
  type: NodeType;
  label: string;
  aliases: string[];
  mentions: number;
  x: number;
  y: number;
  size: number;
  color: string;
  [attribute: string]: AttributeValue | undefined;
}

export interface EdgeAttributes {
  type: RelationType;
  evidence?: EvidenceItem[];
  [attribute: string]: AttributeValue | undefined;
}

export type DataGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

const LISTS = ['aliases', 'titles', 'authors'];

/** GEXF has no lists: they come back as `a | b` text, evidence as JSON text. */
function reviveGexf(attrs: Record<string, unknown>): Record<string, unknown> {
  const out = { ...attrs };
  for (const k of LISTS) if (typeof out[k] === 'string') out[k] = (out[k] as string).split(' | ').filter(Boolean);
  if (typeof out.evidence === 'string') {
    try {
      out.evidence = JSON.parse(out.evidence);
    } catch {
      throw new NotAGraph('its evidence is not readable');
    }
  }
  return out;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new NotAGraph('it is neither a graph.json nor a .gexf file');
  }
}

function parseGexfText(text: string): unknown {
  let exported: {
    nodes: { attributes?: Record<string, unknown> }[];
    edges: { attributes?: Record<string, unknown> }[];
  };
  try {
    exported = parseGexf(MultiDirectedGraph, text, { allowUndeclaredAttributes: true }).export() as never;
  } catch {
    throw new NotAGraph('it is neither a graph.json nor a .gexf file');
  }
  for (const item of exported.nodes) item.attributes = reviveGexf(item.attributes ?? {});
  for (const item of exported.edges) {
    const a = reviveGexf(item.attributes ?? {});
    // The GEXF writer keeps a relation's type as the edge's label and kind too, and its count as its weight.
    delete a.label;
    delete a.kind;
    delete a.weight;
    item.attributes = a;
  }
  return exported;
}

/** The graph in a file's text (graph.json or GEXF), checked whole against the contract; NotAGraph says why not. */
export function readGraphFile(text: string): SerializedGraph {
  const start = text.trimStart().charAt(0);
  const data = start === '<' ? parseGexfText(text) : parseJson(text);
  try {
    return validateGraph(data);
  } catch (e) {
    throw e instanceof GraphContractError ? new NotAGraph(e.message) : e;
  }
}

/** A spiral, for nodes the file gives no position. */
function spiral(i: number): { x: number; y: number } {
  const angle = (i * 2.399963) % (2 * Math.PI);
  return { x: Math.cos(angle) * Math.sqrt(i + 1), y: Math.sin(angle) * Math.sqrt(i + 1) };
}

/** The checked file as a graph. Its attribute objects are taken over as they are (the file's text is not kept). */
export function toDataGraph(data: SerializedGraph, settings: ViewerSettings): DataGraph {
  const graph: DataGraph = new MultiDirectedGraph();
  data.nodes.forEach((n, i) => {
    const a = n.attributes as NodeAttributes;
    if (typeof a.label !== 'string') a.label = n.key;
    if (!Array.isArray(a.aliases)) a.aliases = [a.label];
    if (typeof a.mentions !== 'number') a.mentions = 1;
    if (typeof a.x !== 'number' || typeof a.y !== 'number') Object.assign(a, spiral(i));
    a.size = 1;
    a.color = settings.typeColors[a.type];
    graph.addNode(n.key, a);
  });
  data.edges.forEach((e, i) => {
    graph.addDirectedEdgeWithKey(e.key ?? `e${i}`, e.source, e.target, e.attributes as EdgeAttributes);
  });
  resize(graph, settings);
  return graph;
}

/** Node sizes by degree or by mentions, square-root scaled between the settings' bounds. */
export function resize(graph: DataGraph, settings: ViewerSettings): void {
  const value = (n: string) => (settings.sizeBy === 'degree' ? graph.degree(n) : graph.getNodeAttribute(n, 'mentions'));
  let max = 1;
  graph.forEachNode((n) => {
    max = Math.max(max, value(n));
  });
  graph.updateEachNodeAttributes(
    (n, a) => {
      a.size =
        Math.round(
          (settings.minNodeSize + (settings.maxNodeSize - settings.minNodeSize) * Math.sqrt(value(n) / max)) * 100,
        ) / 100;
      return a;
    },
    { attributes: ['size'] },
  );
}

/** The visible part of the graph, as the contract has it (with the view's sizes and colours), for download. */
export function visibleSubgraph(
  graph: DataGraph,
  visibleNodes: ReadonlySet<string>,
  visibleEdges: ReadonlySet<string>,
): DataGraph {
  const out: DataGraph = new MultiDirectedGraph();
  out.replaceAttributes(graph.getAttributes());
  graph.forEachNode((n, a) => {
    if (visibleNodes.has(n)) out.addNode(n, { ...a });
  });
  graph.forEachEdge((e, a, s, t) => {
    if (visibleEdges.has(e)) out.addDirectedEdgeWithKey(e, s, t, { ...a });
  });
  return out;
}
