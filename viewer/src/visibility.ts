/**
 * Which nodes and edges the filters leave: node types switched off, relation types switched
 * off, and the date range. The range applies to what the timeline is driven by: event dates
 * (events outside it go, with whatever only such events tie) or article publication dates
 * (articles outside it go, with whatever only such articles mention).
 */
import type { DataGraph, NodeAttributes } from './data';
import type { TimeBasis, ViewState } from './state';

export interface Visible {
  readonly nodes: Set<string>;
  readonly edges: Set<string>;
}

export function inRange(date: unknown, from: string | null, to: string | null): boolean {
  if (typeof date !== 'string' || !date) return true;
  const month = date.slice(0, 7);
  return (!from || month >= from) && (!to || month.slice(0, to.length) <= to);
}

/** The date of a node that the timeline counts, for the chosen basis. */
export function timelineDate(a: NodeAttributes, basis: TimeBasis): string | undefined {
  if (basis === 'events') return a.type === 'Event' && typeof a.date === 'string' ? a.date : undefined;
  return a.type === 'Document' && typeof a.published === 'string' ? a.published : undefined;
}

/** Whether a node goes with the dated nodes it hangs on: all of those it has are out of range. */
function goesWithRange(graph: DataGraph, node: string, basis: TimeBasis, outOfRange: ReadonlySet<string>): boolean {
  const anchor = basis === 'events' ? 'Event' : 'Document';
  let anchors = 0;
  let hidden = 0;
  let others = 0;
  graph.forEachNeighbor(node, (m, b) => {
    if (b.type === anchor) {
      anchors++;
      if (outOfRange.has(m)) hidden++;
    }
    // Among events, a tie to another entity keeps a node; articles mention everything and tie nothing.
    else if (basis === 'events' && b.type !== 'Document') others++;
  });
  return anchors > 0 && hidden === anchors && others === 0;
}

export function visibleParts(graph: DataGraph, state: ViewState): Visible {
  const outOfRange = new Set<string>();
  if (state.from || state.to) {
    graph.forEachNode((n, a) => {
      const date = timelineDate(a, state.timeBasis);
      if (date && !inRange(date, state.from, state.to)) outOfRange.add(n);
    });
  }
  const anchor = state.timeBasis === 'events' ? 'Event' : 'Document';
  const nodes = new Set<string>();
  graph.forEachNode((n, a) => {
    if (state.hiddenTypes.has(a.type) || outOfRange.has(n)) return;
    if (
      outOfRange.size &&
      a.type !== anchor &&
      a.type !== 'Document' &&
      goesWithRange(graph, n, state.timeBasis, outOfRange)
    )
      return;
    nodes.add(n);
  });
  const edges = new Set<string>();
  graph.forEachEdge((e, a, s, t) => {
    if (!state.hiddenRelations.has(a.type) && nodes.has(s) && nodes.has(t)) edges.add(e);
  });
  return { nodes, edges };
}

/** Why a node is not shown, in words, or undefined when it is. */
export function whyHidden(graph: DataGraph, node: string, state: ViewState, visible: Visible): string | undefined {
  if (visible.nodes.has(node)) return undefined;
  const a = graph.getNodeAttributes(node);
  if (state.hiddenTypes.has(a.type)) return `${a.type} nodes are switched off`;
  return `it is outside the ${state.timeBasis === 'events' ? 'event' : 'publication'} dates chosen`;
}
