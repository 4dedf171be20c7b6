/**
 * graph.json: graphology's serialisation (`graph.export()` written with one-space indents),
 * nodes and edges in the graph's (sorted) order, one element at a time, so no copy of the
 * whole graph and no single string of the whole file is ever made.
 */
import type { NewsGraph } from '../graph/build.js';
import { chunked, joinChunks } from './chunks.js';

/** `value` as it stands at depth 1 of a document indented one space per level. */
const atDepthOne = (value: unknown) => JSON.stringify(value, null, 1).replace(/\n/g, '\n ');

/**
 * Elements per `JSON.stringify` call: the engine's own serialiser does the indenting, and a
 * batch's text stays a young object (see CHUNK_CHARS) unless its elements are articles with text.
 */
const BATCH = 100;

/**
 * A top-level list, `"name": [ … ]`, its elements at depth 2. Each batch is stringified as
 * `{"_": [batch]}`, which indents its elements exactly as they stand in the document; the
 * wrapper's first and last lines are cut off.
 */
function* list(name: string, items: Iterable<unknown>, last: boolean): Generator<string> {
  const end = last ? '' : ',';
  let batch: unknown[] = [];
  let first = true;
  const flush = () => {
    const text = JSON.stringify({ _: batch }, null, 1);
    const inner = text.slice('{\n "_": [\n'.length, -'\n ]\n}'.length);
    const piece = `${first ? `\n "${name}": [\n` : ',\n'}${inner}`;
    first = false;
    batch = [];
    return piece;
  };
  for (const item of items) {
    batch.push(item);
    if (batch.length === BATCH) yield flush();
  }
  if (batch.length) yield flush();
  yield first ? `\n "${name}": []${end}` : `\n ]${end}`;
}

function* pieces(graph: NewsGraph): Generator<string> {
  const options = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
  yield `{\n "options": ${atDepthOne(options)},\n "attributes": ${atDepthOne(graph.getAttributes())},`;
  const empty = (a: object) => Object.keys(a).length === 0;
  yield* list(
    'nodes',
    (function* () {
      for (const { node, attributes } of graph.nodeEntries())
        yield empty(attributes) ? { key: node } : { key: node, attributes };
    })(),
    false,
  );
  yield* list(
    'edges',
    (function* () {
      for (const { edge, source, target, attributes, undirected } of graph.edgeEntries()) {
        yield {
          key: edge,
          source,
          target,
          ...(empty(attributes) ? {} : { attributes }),
          ...(graph.type === 'mixed' && undirected ? { undirected } : {}),
        };
      }
    })(),
    true,
  );
  yield '\n}\n';
}

export function jsonChunks(graph: NewsGraph): Generator<string> {
  return chunked(pieces(graph));
}

export function toJson(graph: NewsGraph): string {
  return joinChunks(jsonChunks(graph));
}
