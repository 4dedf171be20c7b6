/**
 * graph.gexf: GEXF 1.3 shaped for Gephi and valid against the official schema.
 * - viz colour, size and position; typed attributes (lists joined with ` | `, evidence as
 *   JSON text).
 * - Gephi keeps one edge per source, target and kind, and would sum parallel edges of one
 *   type into one. So they are written as one edge: the relation type as its kind, the sum
 *   of their weights, their evidence together, each other attribute as the list of theirs
 *   (one entry each, in order, `''` where one has none: MET's `event`, `date` and `place`
 *   stay aligned), and a spell for each dated one.
 * - Time: a dynamic graph with `timeformat="date"`, spells on dated events, on the edges
 *   that hang on them and on articles (their publication date), so Gephi's timeline filters
 *   the network over time. Everything undated exists at all times; a merged edge with no
 *   dated member too.
 *
 * Written here rather than through graphology-gexf, whose document this reproduces byte for
 * byte (same model inference, attribute order, escaping and indentation): that writer has no
 * time at all, and it holds every formatted element and the whole document as one string,
 * which made 100k nodes and 300k edges take 45 s and cannot exceed V8's string limit.
 * Here the document comes in chunks (`chunks.ts`), so a caller can stream it to a file.
 */
import { interval } from '../extract/isodate.js';
import type { NewsGraph } from '../graph/build.js';
import { edgeWeight } from '../graph/metrics.js';
import type { EdgeAttributes, EvidenceItem, NodeAttributes } from '../graph/contract.js';
import { chunked, joinChunks } from './chunks.js';
import { flatValue, type FlatValue } from './properties.js';
import { xmlSafe } from './xml.js';

/** A span of days, as ISO dates. */
type Spell = readonly [start: string, end: string];

/** A written edge's attributes: a graph edge's, or those of merged edges (lists). */
type WrittenAttributes = Pick<EdgeAttributes, 'type'>;

/** One GEXF edge: a graph edge, or the parallel edges of one type merged. */
interface GexfEdge {
  readonly key: string;
  readonly source: string;
  readonly target: string;
  attrs: WrittenAttributes;
  /** The edges of the same source, target and type, merged into `attrs` at the end. */
  members?: EdgeAttributes[];
  weight: number;
  /** One for each dated edge merged here; none: the edge exists at all times. */
  spells: Spell[];
}

/** GEXF attribute types, with graphology-gexf's rule for a column of mixed values: the lowest priority wins. */
type GexfType = 'string' | 'double' | 'long' | 'integer' | 'boolean';
const PRIORITY: Record<GexfType, number> = { string: 5, double: 6, long: 7, integer: 8, boolean: 9 };
type Model = Map<string, GexfType>;

const NODE_SKIP = new Set(['label', 'x', 'y', 'size', 'color', 'text']);
const EDGE_SKIP = new Set(['weight']);

const INDENT = ['', '\n', '\n  ', '\n    ', '\n      ', '\n        ', '\n          '];

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '"': '&quot;',
  '\t': '&#x9;',
  '\n': '&#xA;',
  '\r': '&#xD;',
  // A parser may change these when they stand raw (line-end handling): references read back as they were.
  '\u0085': '&#x85;',
  '\u2028': '&#x2028;',
  '\u2029': '&#x2029;',
};
const TO_ESCAPE = /[&<"\t\n\r\u0085\u2028\u2029]/g;
const NEEDS_ESCAPE = /[&<"\t\n\r\u0085\u2028\u2029]/;

/** An attribute value: XML-safe characters, then escaped for a double-quoted attribute. */
function attr(s: string): string {
  const safe = xmlSafe(s);
  return NEEDS_ESCAPE.test(safe) ? safe.replace(TO_ESCAPE, (c) => ESCAPES[c]) : safe;
}

function typeOf(v: FlatValue): GexfType | undefined {
  if (v === '' || v !== v) return undefined;
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'number') return v === (v | 0) ? (v >= -0x7fffffff ? 'integer' : 'long') : 'double';
  return 'string';
}

/** Adds an element's attributes to the model: columns in order of first appearance, one type each. */
function inferInto(model: Model, a: object, skip: ReadonlySet<string>): void {
  for (const [k, v] of Object.entries(a)) {
    if (v === undefined || skip.has(k)) continue;
    // Evidence is JSON text, always a string: not worth serialising twice.
    const type = k === 'evidence' ? 'string' : typeOf(flatValue(k, v));
    if (!type) continue;
    const had = model.get(k);
    if (!had || PRIORITY[type] < PRIORITY[had]) model.set(k, type);
  }
}

function modelXml(model: Model, cls: 'node' | 'edge'): string {
  if (!model.size) return '';
  let out = `${INDENT[3]}<attributes class="${cls}">`;
  for (const [k, type] of model) out += `${INDENT[4]}<attribute id="${attr(k)}" title="${attr(k)}" type="${type}"/>`;
  return `${out}${INDENT[3]}</attributes>`;
}

function attvaluesXml(model: Model, a: object, skip: ReadonlySet<string>): string {
  if (!model.size) return '';
  const values = a as Record<string, unknown>;
  let out = '';
  for (const k of model.keys()) {
    const raw = values[k];
    if (raw === undefined || skip.has(k)) continue;
    const v = flatValue(k, raw);
    if (v === '' || v !== v) continue;
    out += `${INDENT[6]}<attvalue for="${attr(k)}" value="${typeof v === 'string' ? attr(v) : v}"/>`;
  }
  return out ? `${INDENT[5]}<attvalues>${out}${INDENT[5]}</attvalues>` : `${INDENT[5]}<attvalues/>`;
}

function spellsXml(spells: readonly Spell[]): string {
  const unique = [...new Set(spells.map((s) => `${s[0]}" end="${s[1]}`))].sort();
  return `<spells>${unique.map((s) => `<spell start="${s}"/>`).join('')}</spells>`;
}

/** Spells by date and end date: most edges hang on a few events. */
function spellMaker(): (a: { date?: string; endDate?: string }) => Spell | undefined {
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const known = new Map<string, Spell>();
  return (a) => {
    if (!a.date) return undefined;
    const id = a.endDate ? `${a.date}/${a.endDate}` : a.date;
    let spell = known.get(id);
    if (!spell) {
      const [start, end] = interval(a.date, a.endDate);
      known.set(id, (spell = [day(start), day(end)]));
    }
    return spell;
  };
}

/**
 * Parallel edges of one type as one: each attribute the list of theirs, one entry for each
 * edge in order (`''` where one has none), so that lists read side by side (MET's `event`,
 * `date` and `place`: the third date is the third event's); their evidence together, each
 * sentence once.
 */
function mergeAttributes(members: readonly EdgeAttributes[]): WrittenAttributes {
  const names = new Set<keyof EdgeAttributes>();
  for (const a of members)
    for (const k of Object.keys(a) as (keyof EdgeAttributes)[])
      if (k !== 'type' && k !== 'evidence' && a[k] !== undefined) names.add(k);
  const merged: Record<string, unknown> = { type: members[0].type };
  for (const k of names) merged[k] = members.map((a) => a[k] ?? '');
  if (members.some((a) => a.evidence)) {
    const evidence = new Map<string, EvidenceItem>();
    for (const ev of members.flatMap((a) => a.evidence ?? []))
      if (!evidence.has(`${ev.doc}#${ev.sentence}`)) evidence.set(`${ev.doc}#${ev.sentence}`, ev);
    merged.evidence = [...evidence.values()];
  }
  return merged as WrittenAttributes;
}

type SpellOf = ReturnType<typeof spellMaker>;

/** A node's time: an event's dates, an article's publication date (when it was reported). */
function nodeTime(a: NodeAttributes): { date: string; endDate?: string } | undefined {
  if (a.type === 'Event' && a.date) return { date: a.date, endDate: a.endDate };
  if (a.type === 'Document' && a.kind === 'article' && a.published) return { date: a.published };
  return undefined;
}

/** An edge's time: its own date (MET), else the date of the event it hangs on. */
function edgeSpell(a: EdgeAttributes, sa: NodeAttributes, ta: NodeAttributes, spellOf: SpellOf): Spell | undefined {
  return a.date ? spellOf(a) : sa.type === 'Event' ? spellOf(sa) : ta.type === 'Event' ? spellOf(ta) : undefined;
}

/**
 * For each edge that shares its source, target and type with another: the merged edge, at
 * the first of them, and null at the others; edges alone in their triple are left out. Only
 * pairs of nodes with more than one edge are looked at: on a large graph nearly every edge
 * stands alone and is written as it comes.
 */
function mergedGroups(graph: NewsGraph, spellOf: SpellOf): Map<string, GexfEdge | null> {
  const byTriple = new Map<string, GexfEdge>();
  const byEdge = new Map<string, GexfEdge | null>();
  graph.forEachEdge((key, a, source, target, sa, ta) => {
    if (graph.edges(source, target).length < 2) return;
    const spell = edgeSpell(a, sa, ta, spellOf);
    const triple = `${source}\u0000${target}\u0000${a.type}`;
    const first = byTriple.get(triple);
    if (!first) {
      const merged: GexfEdge = {
        key,
        source,
        target,
        attrs: a,
        members: [a],
        weight: edgeWeight(a),
        spells: spell ? [spell] : [],
      };
      byTriple.set(triple, merged);
      byEdge.set(key, merged);
      return;
    }
    byEdge.set(key, null);
    first.members!.push(a);
    first.weight += edgeWeight(a);
    if (spell) first.spells.push(spell);
  });
  for (const e of byTriple.values()) {
    // Alone in its triple (a MENTIONS beside a CITES, say): written as it comes, like any other.
    if (e.members!.length < 2) {
      byEdge.delete(e.key);
      continue;
    }
    e.attrs = mergeAttributes(e.members!);
    e.members = undefined;
  }
  return byEdge;
}

/** One edge per source, target and type, in the order of each triple's first edge. */
function* gephiEdges(
  graph: NewsGraph,
  groups: ReadonlyMap<string, GexfEdge | null>,
  spellOf: SpellOf,
): Generator<GexfEdge> {
  for (const {
    edge: key,
    attributes: a,
    source,
    target,
    sourceAttributes: sa,
    targetAttributes: ta,
  } of graph.edgeEntries()) {
    const group = groups.get(key);
    if (group !== undefined) {
      if (group) yield group;
      continue;
    }
    const spell = edgeSpell(a, sa, ta, spellOf);
    yield { key, source, target, attrs: a, weight: edgeWeight(a), spells: spell ? [spell] : [] };
  }
}

/** An element's start tag, spells and children; with none of them, an empty element. */
function elementXml(name: 'node' | 'edge', startTag: string, spells: string, children: string): string {
  if (!children)
    return spells ? `${INDENT[4]}<${name}${startTag}>${spells}</${name}>` : `${INDENT[4]}<${name}${startTag}/>`;
  return `${INDENT[4]}<${name}${startTag}>${spells}${children}${INDENT[4]}</${name}>`;
}

function nodeXml(key: string, a: NodeAttributes, model: Model, spell: Spell | undefined): string {
  const label = xmlSafe(a.label ?? '');
  let out = attvaluesXml(model, a, NODE_SKIP);
  // Colours are ours (hex, graph/layout.ts); anything else would need GEXF's r, g, b form.
  if (a.color?.startsWith('#')) out += `${INDENT[5]}<viz:color hex="${attr(a.color)}"/>`;
  if (a.size !== undefined) out += `${INDENT[5]}<viz:size value="${a.size}"/>`;
  if (a.x !== undefined || a.y !== undefined) {
    out += `${INDENT[5]}<viz:position${a.x !== undefined ? ` x="${a.x}"` : ''}${a.y !== undefined ? ` y="${a.y}"` : ''}/>`;
  }
  return elementXml(
    'node',
    ` id="${attr(key)}"${label ? ` label="${attr(label)}"` : ''}`,
    spell ? spellsXml([spell]) : '',
    out,
  );
}

function edgeXml(e: GexfEdge, model: Model): string {
  const weight = Number.isNaN(e.weight) ? '' : ` weight="${e.weight}"`;
  const startTag = ` id="${attr(e.key)}" source="${attr(e.source)}" target="${attr(e.target)}"${weight} kind="${attr(e.attrs.type)}" label="${attr(e.attrs.type)}"`;
  return elementXml(
    'edge',
    startTag,
    e.spells.length ? spellsXml(e.spells) : '',
    attvaluesXml(model, e.attrs, EDGE_SKIP),
  );
}

function* pieces(graph: NewsGraph): Generator<string> {
  const spellOf = spellMaker();
  const groups = mergedGroups(graph, spellOf);
  const nodeModel: Model = new Map();
  let timed = false;
  graph.forEachNode((_, a) => {
    inferInto(nodeModel, a, NODE_SKIP);
    timed ||= !!nodeTime(a);
  });
  // The attribute model and the time mode head the document: a first pass over the edges.
  const edgeModel: Model = new Map();
  let edges = 0;
  for (const e of gephiEdges(graph, groups, spellOf)) {
    inferInto(edgeModel, e.attrs, EDGE_SKIP);
    timed ||= e.spells.length > 0;
    edges++;
  }
  yield (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<gexf version="1.3" xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `${INDENT[2]}<meta/>` +
    `${INDENT[2]}<graph ${timed ? 'mode="dynamic" timeformat="date" ' : ''}defaultedgetype="directed">` +
    modelXml(nodeModel, 'node') +
    modelXml(edgeModel, 'edge')
  );
  yield graph.order ? `${INDENT[3]}<nodes>` : `${INDENT[3]}<nodes/>`;
  for (const { node: key, attributes: a } of graph.nodeEntries()) {
    const time = nodeTime(a);
    yield nodeXml(key, a, nodeModel, time && spellOf(time));
  }
  if (graph.order) yield `${INDENT[3]}</nodes>`;
  yield edges ? `${INDENT[3]}<edges>` : `${INDENT[3]}<edges/>`;
  for (const e of gephiEdges(graph, groups, spellOf)) yield edgeXml(e, edgeModel);
  if (edges) yield `${INDENT[3]}</edges>`;
  yield `${INDENT[2]}</graph>\n</gexf>`;
}

/** The document in pieces of about `CHUNK_CHARS` characters, to be joined or streamed in order. */
export function gexfChunks(graph: NewsGraph): Generator<string> {
  return chunked(pieces(graph));
}

export function toGexf(graph: NewsGraph): string {
  return joinChunks(gexfChunks(graph));
}
