/**
 * graph.gexf: GEXF 1.3 through graphology-gexf, shaped for Gephi and valid against the
 * official schema.
 * - viz colour, size and position; typed attributes (lists joined with ` | `, evidence as
 *   JSON text); graphology-gexf's `xsi:schemaLocation` removed (the RELAX NG schema refuses it).
 * - Gephi keeps one edge per source, target and kind, and would sum parallel edges of one
 *   type into one. So they are written as one edge: the relation type as its kind, the sum
 *   of their weights, their evidence together, and a spell for each.
 * - Time, which graphology-gexf does not write: a dynamic graph with `timeformat="date"`,
 *   spells on dated events and on the edges that hang on them, so Gephi's timeline filters
 *   the network over time. Everything undated exists at all times.
 */
import { MultiDirectedGraph } from 'graphology';
import { write } from 'graphology-gexf';
import { interval } from '../extract/isodate.js';
import type { NewsGraph } from '../graph/build.js';
import { edgeWeight } from '../graph/metrics.js';
import type { EdgeAttributes, EvidenceItem, NodeAttributes } from '../graph/types.js';
import { flatAttributes, type FlatValue } from './properties.js';
import { protectLineEnds, xmlSafe } from './xml.js';

/** A span of days, as ISO dates. */
type Spell = readonly [start: string, end: string];

interface GexfEdge {
  attrs: Omit<EdgeAttributes, 'evidence'> & { evidence?: EvidenceItem[] };
  weight: number;
  /** Null when one of the merged edges is undated: the edge then exists at all times. */
  spells: Spell[] | null;
}

function safeValues(attrs: Record<string, FlatValue>): Record<string, FlatValue> {
  for (const k in attrs) {
    const v = attrs[k];
    if (typeof v === 'string') attrs[k] = xmlSafe(v);
  }
  return attrs;
}

const NODE_SKIP = new Set(['label', 'x', 'y', 'size', 'color', 'text']);
const EDGE_SKIP = new Set(['weight']);

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function spellOf(a: { date?: string; endDate?: string }): Spell | undefined {
  if (!a.date) return undefined;
  const [start, end] = interval(a.date, a.endDate);
  return [day(start), day(end)];
}

/** An edge's time: its own date (MET), else the date of the event it hangs on. */
function edgeSpell(graph: NewsGraph, a: EdgeAttributes, source: string, target: string): Spell | undefined {
  if (a.date) return spellOf(a);
  for (const end of [source, target]) {
    const n = graph.getNodeAttributes(end);
    if (n.type === 'Event') return spellOf(n);
  }
  return undefined;
}

/** Scalar attributes that differ between merged edges (MET's event and date) become lists. */
function mergeInto(into: GexfEdge['attrs'], a: EdgeAttributes): void {
  for (const [k, v] of Object.entries(a) as [keyof EdgeAttributes, unknown][]) {
    if (k === 'evidence' || k === 'type' || v === undefined) continue;
    const had = into[k] as unknown;
    const list = Array.isArray(had) ? had : had === undefined ? [] : [had];
    if (!list.includes(v)) (into as Record<string, unknown>)[k] = [...list, v];
  }
  for (const ev of a.evidence ?? []) {
    if (!into.evidence?.some((x) => x.doc === ev.doc && x.sentence === ev.sentence)) (into.evidence ??= []).push(ev);
  }
}

/** One edge per source, target and type, keyed by the first edge's key. */
function gephiEdges(graph: NewsGraph): Map<string, GexfEdge & { source: string; target: string }> {
  const byTriple = new Map<string, string>();
  const out = new Map<string, GexfEdge & { source: string; target: string }>();
  graph.forEachEdge((key, a, source, target) => {
    const triple = `${source}\u0000${target}\u0000${a.type}`;
    const spell = edgeSpell(graph, a, source, target);
    const first = byTriple.get(triple);
    if (first === undefined) {
      byTriple.set(triple, key);
      out.set(key, { source, target, attrs: { ...a, ...(a.evidence ? { evidence: [...a.evidence] } : {}) }, weight: edgeWeight(a), spells: spell ? [spell] : null });
      return;
    }
    const e = out.get(first)!;
    mergeInto(e.attrs, a);
    e.weight += edgeWeight(a);
    e.spells = e.spells && spell ? [...e.spells, spell] : null;
  });
  return out;
}

const XML_ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'", '&#x9;': '\t', '&#xA;': '\n', '&#xD;': '\r' };
const unescapeXml = (s: string) => s.replace(/&(?:amp|lt|gt|quot|apos|#x9|#xA|#xD);/g, (m) => XML_ENTITIES[m]);

function spellsXml(spells: readonly Spell[]): string {
  const unique = [...new Set(spells.map((s) => s.join('/')))].sort();
  return `<spells>${unique.map((s) => { const [start, end] = s.split('/'); return `<spell start="${start}" end="${end}"/>`; }).join('')}</spells>`;
}

/**
 * Adds time to graphology-gexf's output: the graph's mode and time format, and `<spells>`
 * inside each timed node and edge. Attribute values never hold a raw `"` (the writer escapes
 * it), so a start tag is matched exactly by its quoted attributes.
 */
function addTime(xml: string, nodeSpells: ReadonlyMap<string, Spell[]>, edgeSpells: ReadonlyMap<string, Spell[]>): string {
  if (!nodeSpells.size && !edgeSpells.size) return xml;
  return xml
    .replace(/<graph /, '<graph mode="dynamic" timeformat="date" ')
    .replace(/<(node|edge) id="([^"]*)"((?:\s+[\w:]+="[^"]*")*)\s*(\/?)>/g, (tag, kind: string, id: string, rest: string, selfClosing: string) => {
      const spells = (kind === 'node' ? nodeSpells : edgeSpells).get(unescapeXml(id));
      if (!spells) return tag;
      const open = `<${kind} id="${id}"${rest}>${spellsXml(spells)}`;
      return selfClosing ? `${open}</${kind}>` : open;
    });
}

export function toGexf(graph: NewsGraph): string {
  const edges = gephiEdges(graph);
  const nodeSpells = new Map<string, Spell[]>();
  graph.forEachNode((key, a) => {
    const spell = a.type === 'Event' ? spellOf(a) : undefined;
    if (spell) nodeSpells.set(xmlSafe(key), [spell]);
  });
  const edgeSpells = new Map<string, Spell[]>();
  const merged = new MultiDirectedGraph<NodeAttributes, GexfEdge['attrs'] & { weight: number }>();
  // Keys become XML ids: made XML-safe the same way wherever they occur.
  graph.forEachNode((key, a) => { merged.addNode(xmlSafe(key), a); });
  for (const [key, e] of edges) {
    merged.addDirectedEdgeWithKey(xmlSafe(key), xmlSafe(e.source), xmlSafe(e.target), { ...e.attrs, weight: e.weight });
    if (e.spells) edgeSpells.set(xmlSafe(key), e.spells);
  }
  const xml = write(merged, {
    version: '1.3',
    pedantic: true,
    formatNode: (key: string, a: NodeAttributes) => ({
      label: xmlSafe(a.label),
      viz: { color: a.color, size: a.size, x: a.x, y: a.y },
      attributes: safeValues(flatAttributes(a, NODE_SKIP)),
    }),
    formatEdge: (key: string, a: EdgeAttributes & { weight: number }) => ({
      label: a.type,
      kind: a.type,
      weight: a.weight,
      attributes: safeValues(flatAttributes(a, EDGE_SKIP)),
    }),
  } as never);
  return protectLineEnds(addTime(xml.replace(/\s+xsi:schemaLocation="[^"]*"/, ''), nodeSpells, edgeSpells));
}
