/**
 * Which nodes and edges the filters leave: node types switched off, relation types switched
 * off, events dated outside the range, and whatever only such events connect.
 */
import type { DisplayGraph } from './data';
import type { ViewState } from './state';

export interface Visible {
  readonly nodes: Set<string>;
  readonly edges: Set<string>;
}

export function inRange(date: unknown, from: string | null, to: string | null): boolean {
  if (typeof date !== 'string' || !date) return true;
  const month = date.slice(0, 7);
  return (!from || month >= from) && (!to || month.slice(0, to.length) <= to);
}

export function visibleParts(graph: DisplayGraph, state: ViewState): Visible {
  const outOfRange = new Set<string>();
  graph.forEachNode((n, a) => {
    if (a.nodeType === 'Event' && !inRange(a.date, state.from, state.to)) outOfRange.add(n);
  });
  const nodes = new Set<string>();
  graph.forEachNode((n, a) => {
    if (state.hiddenTypes.has(a.nodeType) || outOfRange.has(n)) return;
    if (outOfRange.size && a.nodeType !== 'Document') {
      // Hidden with the events when every event it is tied to is out of range and nothing else ties it.
      let events = 0;
      let hiddenEvents = 0;
      let others = 0;
      graph.forEachNeighbor(n, (m, b) => {
        if (b.nodeType === 'Event') { events++; if (outOfRange.has(m)) hiddenEvents++; } else if (b.nodeType !== 'Document') others++;
      });
      if (events > 0 && hiddenEvents === events && others === 0) return;
    }
    nodes.add(n);
  });
  const edges = new Set<string>();
  graph.forEachEdge((e, a, s, t) => {
    if (!state.hiddenRelations.has(a.relation) && nodes.has(s) && nodes.has(t)) edges.add(e);
  });
  return { nodes, edges };
}
