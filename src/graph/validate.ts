/**
 * The one check of a serialized graph (graph.json, or what the viewer reads from a GEXF file)
 * against the contract: every node and edge type, kind, role, key shape, attribute name and
 * value type is one the contract's closed lists allow. A file from anywhere is refused whole,
 * with one line naming its first offence; what passes carries nothing that could reach Cypher,
 * a file name or a shell script but the contract's own names. Pure: the caller reads the file,
 * whole (`validateGraph`) or element by element as it streams (`GraphChecker`).
 */
import {
  ARTICLE_KEY_SHAPE,
  ATTRIBUTE_VALUES,
  EDGE_ATTRIBUTES,
  EDGE_KEY_SUFFIX_SHAPE,
  EDGE_ROLES,
  EDGE_TYPES,
  edgeKey,
  NODE_ATTRIBUTES,
  NODE_KEY_SHAPES,
  NODE_KINDS,
  NODE_TYPES,
  type EdgeType,
  type GraphAttributes,
  type NodeType,
  type SerializedEdge,
  type SerializedGraph,
  type SerializedNode,
  type ValueType,
} from './contract.js';

/** Why a graph file is not a graph of the contract: one line, naming the first offence. */
export class GraphContractError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GraphContractError';
  }
}

// Maps, not the contract's objects: a name from the file (`constructor`, `__proto__`) must not find a prototype's member.
const NODE_TYPE_NAMES: ReadonlyMap<string, NodeType> = new Map(NODE_TYPES.map((t) => [t, t]));
const EDGE_TYPE_NAMES: ReadonlyMap<string, EdgeType> = new Map(EDGE_TYPES.map((t) => [t, t]));
const NODE_ATTRIBUTE_TYPES: ReadonlyMap<string, ValueType> = new Map(Object.entries(NODE_ATTRIBUTES));
const EDGE_ATTRIBUTE_TYPES: ReadonlyMap<string, ValueType> = new Map(Object.entries(EDGE_ATTRIBUTES));
const CLOSED_VALUES: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(ATTRIBUTE_VALUES).map(([name, values]) => [name, new Set(values)]),
);
const KINDS = new Map(NODE_TYPES.map((t) => [t, NODE_KINDS[t] && new Set(NODE_KINDS[t])]));
const ROLES = new Map(EDGE_TYPES.map((t) => [t, EDGE_ROLES[t] && new Set(EDGE_ROLES[t])]));
const REQUIRED_NODE_ATTRIBUTES = ['label', 'aliases', 'mentions'] as const;
const NODE_FIELDS: ReadonlySet<string> = new Set(['key', 'attributes']);
const EDGE_FIELDS: ReadonlySet<string> = new Set(['key', 'source', 'target', 'attributes']);
const EVIDENCE_FIELDS: ReadonlySet<string> = new Set(['doc', 'sentence', 'text']);
const OPTION_FIELDS: ReadonlySet<string> = new Set(['type', 'multi', 'allowSelfLoops']);
const GRAPH_ATTRIBUTE_FIELDS: ReadonlySet<string> = new Set(['corpus']);

/** A value as the message shows it: text quoted and cut short, anything else by what it is. */
function shown(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 60 ? `${v.slice(0, 59)}…` : v);
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'a number that is not finite';
  return typeof v === 'boolean' ? String(v) : `a ${typeof v}`;
}

const fail = (where: string, problem: string): never => {
  throw new GraphContractError(`${where}: ${problem}`);
};

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

/** Fields outside `allowed`: for…in over a parsed object gives its own names, `__proto__` included. */
function onlyFields(where: string, o: Record<string, unknown>, allowed: ReadonlySet<string>, what: string): void {
  for (const name in o) if (!allowed.has(name)) fail(where, `${shown(name)} is not a field of ${what}`);
}

const VALUE_CHECKS: Readonly<Record<ValueType, [(v: unknown) => boolean, string]>> = {
  string: [(v) => typeof v === 'string', 'text'],
  integer: [Number.isSafeInteger, 'a whole number'],
  number: [Number.isFinite, 'a finite number'],
  boolean: [(v) => typeof v === 'boolean', 'yes/no'],
  'string[]': [(v) => Array.isArray(v) && v.every((x) => typeof x === 'string'), 'a list of text'],
};

function checkValue(where: string, name: string, v: unknown, type: ValueType): void {
  const [ok, what] = VALUE_CHECKS[type];
  if (!ok(v)) fail(where, `${name} is ${shown(v)}, not ${what}`);
  const closed = CLOSED_VALUES.get(name);
  if (closed && !closed.has(v as string))
    fail(where, `${name} ${shown(v)} is not one of the contract's (${[...closed].join(', ')})`);
}

function checkEvidence(where: string, v: unknown): void {
  if (!Array.isArray(v)) fail(where, `evidence is ${shown(v)}, not a list`);
  (v as unknown[]).forEach((item, i) => {
    const at = `${where}: evidence[${i}]`;
    if (!isPlainObject(item)) fail(at, `is ${shown(item)}, not { doc, sentence, text }`);
    const e = item as Record<string, unknown>;
    onlyFields(at, e, EVIDENCE_FIELDS, 'an evidence item');
    if (typeof e.doc !== 'string' || !ARTICLE_KEY_SHAPE.test(e.doc))
      fail(at, `doc ${shown(e.doc)} is not an article's key`);
    if (!Number.isSafeInteger(e.sentence) || (e.sentence as number) < 0)
      fail(at, `sentence ${shown(e.sentence)} is not a sentence's index`);
    if (typeof e.text !== 'string') fail(at, `text is ${shown(e.text)}, not text`);
  });
}

/**
 * The contract's own name of a node type read from a graph, looked up in its closed list:
 * what may reach Cypher (a label), a file name or a script. Anything else is refused.
 */
export function nodeTypeName(type: unknown, where = 'a node'): NodeType {
  return NODE_TYPE_NAMES.get(type as string) ?? fail(where, `type ${shown(type)} is not a node type of the contract`);
}

/** The contract's own name of an edge type (a relationship type), as `nodeTypeName`. */
export function edgeTypeName(type: unknown, where = 'an edge'): EdgeType {
  return EDGE_TYPE_NAMES.get(type as string) ?? fail(where, `type ${shown(type)} is not an edge type of the contract`);
}

export interface CheckerOptions {
  /**
   * How an edge key given twice is refused, as graphology would refuse it when it reads the
   * file: by a set of every key the checker keeps (`remember`), by asking the caller, who holds
   * them already (a graph being made from the file), or not at all (`ignore`): a stream into
   * Neo4j can do without, since a key names its edge's type and ends (`edgeKey`) and a repeat
   * there merges into one relationship.
   */
  readonly edgeKeys: 'remember' | 'ignore' | { has(key: string): boolean };
}

/**
 * Checks a graph's parts as they come, in the file's order: options and attributes, then
 * nodes, then edges. Holds the node keys (edges must end at a node of the file) and, when
 * asked, the edge keys; nothing else.
 */
export class GraphChecker {
  private readonly nodeKeys = new Set<string>();
  private readonly edgeKeys: { has(key: string): boolean } | undefined;
  private readonly remembered: Set<string> | undefined;
  private nodes = 0;
  private edges = 0;

  constructor(options: CheckerOptions) {
    this.remembered = options.edgeKeys === 'remember' ? new Set() : undefined;
    this.edgeKeys =
      options.edgeKeys === 'ignore'
        ? undefined
        : (this.remembered ?? (options.edgeKeys as { has(key: string): boolean }));
  }

  options(o: unknown): void {
    if (this.nodes || this.edges) fail('options', 'come after the nodes: they must come first');
    if (!isPlainObject(o)) fail('options', `are ${shown(o)}, not an object`);
    const opts = o as Record<string, unknown>;
    onlyFields('options', opts, OPTION_FIELDS, "the graph's options");
    if (opts.type !== undefined && opts.type !== 'directed')
      fail('options', `type ${shown(opts.type)} is not "directed"`);
    if (opts.multi !== undefined && opts.multi !== true) fail('options', `multi ${shown(opts.multi)} is not true`);
    if (opts.allowSelfLoops !== undefined && typeof opts.allowSelfLoops !== 'boolean')
      fail('options', `allowSelfLoops ${shown(opts.allowSelfLoops)} is not yes/no`);
  }

  attributes(a: unknown): GraphAttributes {
    if (this.nodes || this.edges) fail('attributes', 'come after the nodes: they must come first');
    if (!isPlainObject(a)) fail('attributes', `are ${shown(a)}, not an object`);
    const attributes = a as Record<string, unknown>;
    onlyFields('attributes', attributes, GRAPH_ATTRIBUTE_FIELDS, "the graph's attributes");
    if (attributes.corpus !== undefined && (typeof attributes.corpus !== 'string' || !attributes.corpus))
      fail('attributes', `corpus ${shown(attributes.corpus)} is not a name`);
    return attributes as GraphAttributes;
  }

  node(n: unknown): SerializedNode {
    const index = this.nodes++;
    let where = `nodes[${index}]`;
    if (this.edges) fail(where, 'comes after the edges: the nodes must come first');
    if (!isPlainObject(n)) fail(where, `is ${shown(n)}, not a node`);
    const node = n as Record<string, unknown>;
    onlyFields(where, node, NODE_FIELDS, 'a node');
    const key = node.key;
    if (typeof key !== 'string') fail(where, `key is ${shown(key)}, not text`);
    where = `${where} (key ${shown(key)})`;
    if (!isPlainObject(node.attributes)) fail(where, `attributes are ${shown(node.attributes)}, not an object`);
    const a = node.attributes as Record<string, unknown>;
    const type = nodeTypeName(a.type, where);
    if (!NODE_KEY_SHAPES[type].test(key as string)) fail(where, `the key is not the shape of a ${type}'s key`);
    if (this.nodeKeys.has(key as string)) fail(where, 'the key is given twice');
    for (const name of REQUIRED_NODE_ATTRIBUTES) if (a[name] === undefined) fail(where, `it has no ${name}`);
    for (const name in a) {
      const valueType = NODE_ATTRIBUTE_TYPES.get(name);
      if (!valueType) fail(where, `${shown(name)} is not a node attribute of the contract`);
      checkValue(where, name, a[name], valueType!);
    }
    if (a.kind !== undefined) {
      const kinds = KINDS.get(type);
      if (!kinds?.has(a.kind as string)) fail(where, `kind ${shown(a.kind)} is not a kind of ${type} in the contract`);
    }
    this.nodeKeys.add(key as string);
    return n as SerializedNode;
  }

  edge(e: unknown): SerializedEdge {
    let where = `edges[${this.edges++}]`;
    if (!isPlainObject(e)) fail(where, `is ${shown(e)}, not an edge`);
    const edge = e as Record<string, unknown>;
    onlyFields(where, edge, EDGE_FIELDS, 'an edge');
    const { key, source, target } = edge;
    if (typeof key !== 'string') fail(where, `key is ${shown(key)}, not text`);
    where = `${where} (key ${shown(key)})`;
    for (const [end, k] of [
      ['source', source],
      ['target', target],
    ] as const) {
      if (typeof k !== 'string' || !this.nodeKeys.has(k))
        fail(where, `its ${end} ${shown(k)} is not a node listed before the edges`);
    }
    if (source === target) fail(where, 'it ties a node to itself');
    if (!isPlainObject(edge.attributes)) fail(where, `attributes are ${shown(edge.attributes)}, not an object`);
    const a = edge.attributes as Record<string, unknown>;
    const type = edgeTypeName(a.type, where);
    const stem = edgeKey(type, source as string, target as string);
    if (!(key as string).startsWith(stem) || !EDGE_KEY_SUFFIX_SHAPE.test((key as string).slice(stem.length)))
      fail(where, `the key is not ${type}:SOURCE->TARGET for its ends`);
    if (this.edgeKeys?.has(key as string)) fail(where, 'the key is given twice');
    for (const name in a) {
      if (name === 'evidence') {
        checkEvidence(where, a.evidence);
        continue;
      }
      const valueType = EDGE_ATTRIBUTE_TYPES.get(name);
      if (!valueType) fail(where, `${shown(name)} is not an edge attribute of the contract`);
      checkValue(where, name, a[name], valueType!);
    }
    if (a.role !== undefined && !ROLES.get(type)?.has(a.role as string))
      fail(where, `role ${shown(a.role)} is not a role of ${type} in the contract`);
    this.remembered?.add(key as string);
    return e as SerializedEdge;
  }
}

/** A whole parsed graph file, checked: the graph, or a GraphContractError naming the first offence. */
export function validateGraph(data: unknown, options: CheckerOptions = { edgeKeys: 'remember' }): SerializedGraph {
  if (!isPlainObject(data)) throw new GraphContractError(`the file holds ${shown(data)}, not a graph`);
  const { nodes, edges } = data;
  if (!Array.isArray(nodes) || !Array.isArray(edges))
    throw new GraphContractError('the file has no lists of nodes and edges');
  const checker = new GraphChecker(options);
  if (data.options !== undefined) checker.options(data.options);
  if (data.attributes !== undefined) checker.attributes(data.attributes);
  for (const n of nodes) checker.node(n);
  for (const e of edges) checker.edge(e);
  return data as unknown as SerializedGraph;
}
