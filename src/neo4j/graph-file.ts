/** graph.json as the loader and `export` read it: graphology's serialisation of the contract's graph, as a stream, checked against the contract. */
import { createReadStream } from 'node:fs';
import { JSONParser } from '@streamparser/json';
import type {
  EdgeAttributes,
  GraphAttributes,
  NodeAttributes,
  SerializedEdge,
  SerializedGraph,
  SerializedNode,
} from '../graph/contract.js';
import { MultiDirectedGraph } from 'graphology';
import type { GraphOptions } from 'graphology-types';
import type { NewsGraph } from '../graph/build.js';
import { GraphChecker, GraphContractError, type CheckerOptions } from '../graph/validate.js';

export type { SerializedGraph } from '../graph/contract.js';

/** One piece of a graph in file order: its options and attributes, then its nodes, then its edges. */
export type GraphElement =
  | { readonly kind: 'options'; readonly options: unknown }
  | { readonly kind: 'attributes'; readonly attributes: GraphAttributes }
  | { readonly kind: 'node'; readonly node: SerializedNode }
  | { readonly kind: 'edge'; readonly edge: SerializedEdge };

/** A graph.json that cannot be read or is not a newsgraph graph: the user's to fix. */
export class GraphFileError extends Error {}

export function* elementsOf(graph: SerializedGraph): Generator<GraphElement> {
  yield { kind: 'attributes', attributes: graph.attributes ?? {} };
  for (const node of graph.nodes) yield { kind: 'node', node };
  for (const edge of graph.edges) yield { kind: 'edge', edge };
}

const KINDS: Readonly<Record<string, GraphElement['kind']>> = {
  options: 'options',
  attributes: 'attributes',
  nodes: 'node',
  edges: 'edge',
};

/**
 * The elements of a graph.json as the file is read, a read buffer's worth at a time: the
 * whole graph is never held (50k articles make a 465 MB file). `onRead` is told the bytes read so far.
 */
export async function* readGraphElements(path: string, onRead?: (bytes: number) => void): AsyncGenerator<GraphElement> {
  const parser = new JSONParser({ paths: ['$.options', '$.attributes', '$.nodes.*', '$.edges.*'], keepStack: false });
  const ready: GraphElement[] = [];
  parser.onValue = ({ value, key, stack }) => {
    const kind = KINDS[String(stack.length === 1 ? key : stack[1]?.key)];
    if (kind === 'options') ready.push({ kind, options: value });
    else if (kind === 'attributes') ready.push({ kind, attributes: (value ?? {}) as GraphAttributes });
    else if (kind === 'node') ready.push({ kind, node: value as unknown as SerializedNode });
    else if (kind === 'edge') ready.push({ kind, edge: value as unknown as SerializedEdge });
  };
  let elements = 0;
  let bytes = 0;
  try {
    for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
      parser.write(chunk);
      bytes += chunk.length;
      onRead?.(bytes);
      elements += ready.length;
      yield* ready.splice(0);
    }
    if (!parser.isEnded) parser.end();
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new GraphFileError(
      err.code ? `cannot read ${path}: ${err.message}` : `${path} is not a newsgraph graph.json (${err.message})`,
    );
  }
  elements += ready.length;
  yield* ready.splice(0);
  if (!elements) throw new GraphFileError(`${path} is not a newsgraph graph.json (no nodes and edges)`);
}

/**
 * The elements of a graph.json as it is read, each checked against the contract
 * (`GraphChecker`) before it is given: a GraphFileError names the first offence.
 */
export async function* checkedGraphElements(
  path: string,
  onRead?: (bytes: number) => void,
  options: CheckerOptions = { edgeKeys: 'ignore' },
): AsyncGenerator<GraphElement> {
  const checker = new GraphChecker(options);
  try {
    for await (const element of readGraphElements(path, onRead)) {
      if (element.kind === 'options') checker.options(element.options);
      else if (element.kind === 'attributes') checker.attributes(element.attributes);
      else if (element.kind === 'node') checker.node(element.node);
      else checker.edge(element.edge);
      yield element;
    }
  } catch (e) {
    throw e instanceof GraphContractError ? new GraphFileError(`${path} is not a newsgraph graph: ${e.message}`) : e;
  }
}

/**
 * Checks a whole graph.json against the contract without holding it (the node keys only),
 * so that a reader can refuse a bad file before it does anything with any of it.
 */
export async function checkGraphFile(path: string): Promise<void> {
  for await (const _ of checkedGraphElements(path));
}

/**
 * A graph.json as a graph, made as the file is read and each element checked before it goes
 * in: neither the file's whole text nor a parsed copy of it is ever held beside the graph.
 * The graph's own edges tell a repeated edge key.
 */
export async function readGraph(path: string): Promise<NewsGraph> {
  let options: GraphOptions = {};
  let graph: NewsGraph | undefined;
  const made = () => (graph ??= new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>(options));
  for await (const element of checkedGraphElements(path, undefined, {
    edgeKeys: { has: (key) => graph?.hasEdge(key) ?? false },
  })) {
    if (element.kind === 'options') options = element.options as GraphOptions;
    else if (element.kind === 'attributes') made().replaceAttributes(element.attributes);
    else if (element.kind === 'node') made().addNode(element.node.key, element.node.attributes);
    else
      made().addDirectedEdgeWithKey(
        element.edge.key,
        element.edge.source,
        element.edge.target,
        element.edge.attributes,
      );
  }
  return made();
}
