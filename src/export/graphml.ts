/**
 * graph.graphml: GraphML for yEd, Cytoscape, NetworkX and igraph. graphology-graphml only
 * parses, so the document is built with xmlbuilder2. Every attribute gets a typed `<key>`
 * (lists joined with ` | `, evidence as JSON text, as in GEXF); parallel edges stay apart,
 * which GraphML allows.
 */
import { createRequire } from 'node:module';
import type { NewsGraph } from '../graph/build.js';
import { columnTypes, flatAttributes, type ColumnType, type FlatValue } from './properties.js';
import { protectLineEnds, xmlSafe } from './xml.js';

interface Key {
  readonly id: string;
  readonly name: string;
  readonly type: ColumnType;
}

/** xmlbuilder2 takes about 60 ms to load, at the start of every command; only this format needs it (bench/decisions.md). */
const require = createRequire(import.meta.url);
const xmlbuilder = () => require('xmlbuilder2') as typeof import('xmlbuilder2');

const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';

/**
 * xmlbuilder2 leaves anything that already looks like an entity (`&amp;`) as it is, so text
 * that contains one would read back changed: ampersands are escaped here, once, and the
 * builder escapes the rest.
 */
const xmlValue = (s: string) => xmlSafe(s).replace(/&/g, '&amp;');
function keysOf(domain: 'node' | 'edge', rows: readonly Record<string, FlatValue>[]): Map<string, Key> {
  return new Map([...columnTypes(rows)].map(([name, type]) => [name, { id: `${domain[0]}_${name}`, name, type }]));
}

export function toGraphml(graph: NewsGraph): string {
  const nodes = graph.mapNodes((key, a) => ({ key, attrs: flatAttributes(a) }));
  const edges = graph.mapEdges((key, a, source, target) => ({ key, source, target, attrs: flatAttributes(a) }));
  const nodeKeys = keysOf(
    'node',
    nodes.map((n) => n.attrs),
  );
  const edgeKeys = keysOf(
    'edge',
    edges.map((e) => e.attrs),
  );

  const root = xmlbuilder().create({ version: '1.0', encoding: 'UTF-8' }).ele(GRAPHML_NS, 'graphml');
  for (const [domain, keys] of [
    ['node', nodeKeys],
    ['edge', edgeKeys],
  ] as const) {
    for (const k of keys.values())
      root.ele('key', { id: xmlValue(k.id), for: domain, 'attr.name': xmlValue(k.name), 'attr.type': k.type });
  }
  const body = root.ele('graph', {
    id: xmlValue(String(graph.getAttribute('corpus') ?? 'newsgraph')),
    edgedefault: 'directed',
  });
  const data = (el: ReturnType<typeof body.ele>, keys: Map<string, Key>, attrs: Record<string, FlatValue>) => {
    for (const [name, k] of keys)
      if (attrs[name] !== undefined) el.ele('data', { key: k.id }).txt(xmlValue(String(attrs[name])));
  };
  for (const n of nodes) data(body.ele('node', { id: xmlValue(n.key) }), nodeKeys, n.attrs);
  for (const e of edges)
    data(
      body.ele('edge', { id: xmlValue(e.key), source: xmlValue(e.source), target: xmlValue(e.target) }),
      edgeKeys,
      e.attrs,
    );
  return `${protectLineEnds(root.end({ prettyPrint: true }))}\n`;
}
