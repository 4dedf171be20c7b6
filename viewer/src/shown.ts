/**
 * What sigma draws: only the visible nodes, and one edge per pair of visible nodes standing
 * for all the visible edges between them (five meetings of two people are one line, thicker,
 * picked as one). Sigma walks its whole graph on every redraw, so hover and selection cost
 * what is shown, not what the file holds.
 */
import { DirectedGraph } from 'graphology';
import type { DataGraph, NodeAttributes } from './data';
import type { NodeType } from './palette';
import type { ViewerSettings } from './settings';
import type { Visible } from './visibility';

export interface ShownNode {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  nodeType: NodeType;
}

export interface ShownEdge {
  /** The data graph's edges this line stands for, in the data graph's order. */
  members: string[];
  size: number;
  color: string;
  /**
   * Sigma's drawing program. On a small drawing, an arrow when every member points the same
   * way; on a big one, a 1 px line for a single edge and a thicker one for several: without a
   * GPU, drawing costs by the pixel.
   */
  type: 'arrow' | 'line' | 'thin';
}

export type ShownGraph = DirectedGraph<ShownNode, ShownEdge>;

/** The shown edge of the pair `a`, `b`, whichever way its members point. */
export const linkKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** An article is drawn with its outlet and date; its title would cover its neighbours. */
export function shortLabel(a: NodeAttributes): string {
  if (a.type !== 'Document' || a.kind !== 'article') return a.label;
  const short = [a.publisher, a.published].filter((x) => typeof x === 'string' && x).join(' ');
  return short || a.label;
}

export const edgeSize = (members: number): number => Math.min(6, 1.5 + 1.5 * Math.log2(members));

export function shownGraph(graph: DataGraph, visible: Visible, settings: ViewerSettings): ShownGraph {
  const shown: ShownGraph = new DirectedGraph();
  graph.forEachNode((n, a) => {
    if (visible.nodes.has(n))
      shown.addNode(n, { x: a.x, y: a.y, size: a.size, color: a.color, label: shortLabel(a), nodeType: a.type });
  });
  const links = new Map<string, { source: string; target: string; members: string[]; oneWay: boolean }>();
  graph.forEachEdge((e, _a, s, t) => {
    if (!visible.edges.has(e)) return;
    const key = linkKey(s, t);
    const link = links.get(key);
    if (!link) links.set(key, { source: s, target: t, members: [e], oneWay: true });
    else {
      link.members.push(e);
      if (link.source !== s) link.oneWay = false;
    }
  });
  const detailed = links.size <= settings.detailedEdgesUpTo;
  for (const [key, l] of links) {
    const type = detailed ? (l.oneWay ? 'arrow' : 'line') : l.members.length > 1 ? 'line' : 'thin';
    shown.addDirectedEdgeWithKey(key, l.source, l.target, {
      members: l.members,
      size: edgeSize(l.members.length),
      color: settings.edgeColor,
      type,
    });
  }
  return shown;
}
