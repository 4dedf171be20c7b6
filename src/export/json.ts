/**
 * graph.json: graphology's serialisation (`graph.export()` written with one-space indents),
 * nodes and edges in the graph's (sorted) order, one element at a time, so no copy of the
 * whole graph and no single string of the whole file is ever made.
 */
import type { NewsGraph } from '../graph/build.js';
import { chunked, joinChunks } from './chunks.js';

/** `value` as it stands at `depth` in a document indented one space per level. */
const at = (value: unknown, depth: number) => JSON.stringify(value, null, 1).replace(/\n/g, `\n${' '.repeat(depth)}`);

function* list(name: string, items: Iterable<unknown>, last: boolean): Generator<string> {
  let first = true;
  for (const item of items) {
    yield `${first ? `\n "${name}": [\n  ` : ',\n  '}${at(item, 2)}`;
    first = false;
  }
  yield `${first ? `\n "${name}": []` : '\n ]'}${last ? '' : ','}`;
}

function* pieces(graph: NewsGraph): Generator<string> {
  const options = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
  yield `{\n "options": ${at(options, 1)},\n "attributes": ${at(graph.getAttributes(), 1)},`;
  const empty = (a: object) => Object.keys(a).length === 0;
  yield* list('nodes', (function* () {
    for (const { node, attributes } of graph.nodeEntries()) yield empty(attributes) ? { key: node } : { key: node, attributes };
  })(), false);
  yield* list('edges', (function* () {
    for (const { edge, source, target, attributes, undirected } of graph.edgeEntries()) {
      yield { key: edge, source, target, ...(empty(attributes) ? {} : { attributes }), ...(graph.type === 'mixed' && undirected ? { undirected } : {}) };
    }
  })(), true);
  yield '\n}\n';
}

export function jsonChunks(graph: NewsGraph): Generator<string> {
  return chunked(pieces(graph));
}

export function toJson(graph: NewsGraph): string {
  return joinChunks(jsonChunks(graph));
}
