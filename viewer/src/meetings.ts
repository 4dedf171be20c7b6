/**
 * Who met whom, when and where. A MET edge names its event, date and place and carries the
 * sentences that put both people at the event; what it lacks (a graph built before MET carried
 * them) is read from the graph: the event's date and its HELD_IN place, and the sentences of
 * both people's PARTICIPATED_IN edges to the event.
 */
import type { DataGraph, EvidenceItem } from './data';

export interface Meeting {
  /** The MET edge. */
  readonly edge: string;
  readonly people: readonly [string, string];
  /** The event node, when the graph has it. */
  readonly event?: string;
  readonly date?: string;
  /** A place node of the graph, or the place as the edge names it. */
  readonly place?: { readonly node?: string; readonly label: string };
  /** The sentences that put both at the event: the edge's own, else their PARTICIPATED_IN sentences. */
  readonly evidence: readonly EvidenceItem[];
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);

/** The place an event was held in (its first HELD_IN edge). */
export function eventPlace(graph: DataGraph, event: string): string | undefined {
  const held = graph.findOutEdge(event, (_e, a) => a.type === 'HELD_IN');
  return held === undefined ? undefined : graph.target(held);
}

/** Sentences that put a person at an event: their PARTICIPATED_IN edges' evidence. */
function participation(graph: DataGraph, person: string, event: string): EvidenceItem[] {
  const out: EvidenceItem[] = [];
  if (!graph.hasNode(person) || !graph.hasNode(event)) return out;
  graph.forEachOutEdge(person, event, (_e, a) => {
    if (a.type === 'PARTICIPATED_IN') out.push(...(a.evidence ?? []));
  });
  return out;
}

/** One sentence once: the same sentence can support both people's participation. */
export function uniqueEvidence(items: Iterable<EvidenceItem>): EvidenceItem[] {
  const seen = new Set<string>();
  const out: EvidenceItem[] = [];
  for (const e of items) {
    // A sentence is its article and its index there.
    const id = `${e.doc}\u0000${e.sentence}`;
    if (!seen.has(id)) {
      seen.add(id);
      out.push(e);
    }
  }
  return out;
}

export function meetingOf(graph: DataGraph, edge: string): Meeting {
  const a = graph.getEdgeAttributes(edge);
  const [s, t] = graph.extremities(edge);
  const eventKey = text(a.event);
  const event = eventKey && graph.hasNode(eventKey) ? eventKey : undefined;
  const ev = event ? graph.getNodeAttributes(event) : undefined;
  const placeValue = text(a.place);
  const placeNode = placeValue && graph.hasNode(placeValue) ? placeValue : event ? eventPlace(graph, event) : undefined;
  const place = placeNode
    ? { node: placeNode, label: graph.getNodeAttribute(placeNode, 'label') }
    : placeValue
      ? { label: placeValue }
      : undefined;
  const own = a.evidence ?? [];
  const evidence = own.length
    ? uniqueEvidence(own)
    : event
      ? uniqueEvidence([...participation(graph, s, event), ...participation(graph, t, event)])
      : [];
  return { edge, people: [s, t], event, date: text(a.date) ?? text(ev?.date), place, evidence };
}

/** A person's MET edges, newest first (undated last): a busy person has hundreds, and only a few rows are drawn. */
export function meetingEdgesOf(graph: DataGraph, person: string): string[] {
  const out: { edge: string; date?: string }[] = [];
  graph.forEachEdge(person, (edge, a) => {
    if (a.type !== 'MET') return;
    const event = text(a.event);
    out.push({
      edge,
      date: text(a.date) ?? (event && graph.hasNode(event) ? text(graph.getNodeAttribute(event, 'date')) : undefined),
    });
  });
  return out.sort((x, y) => byDateDesc(x, y) || (x.edge < y.edge ? -1 : 1)).map((m) => m.edge);
}

/** Newest first; ISO dates compare as strings, and undated (empty) goes last. */
export function byDateDesc(a: { date?: string }, b: { date?: string }): number {
  const x = a.date ?? '';
  const y = b.date ?? '';
  return x === y ? 0 : x < y ? 1 : -1;
}

/** The distinct articles a list of sentences comes from. */
export const articlesOf = (evidence: readonly EvidenceItem[]): string[] => [...new Set(evidence.map((e) => e.doc))];
