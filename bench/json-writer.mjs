// graph.json's writer stringifies elements in batches of 100 and cuts the wrapper off each
// batch's text; this times it against the plainer writer, one JSON.stringify per element
// re-indented, on a built graph: node bench/json-writer.mjs out/graph.json [runs]
// Both write the same bytes (checked); see bench/decisions.md for the figures.
import { readFileSync } from 'node:fs';
import { jsonChunks } from '../dist/export/json.js';
import { deserializeGraph } from '../dist/graph/serialized.js';

const [file = 'out/graph.json', runs = '10'] = process.argv.slice(2);
const graph = deserializeGraph(JSON.parse(readFileSync(file, 'utf8')));

const atDepth = (value, depth) => JSON.stringify(value, null, 1).replace(/\n/g, `\n${' '.repeat(depth)}`);
function* perElement() {
  const list = function* (name, items, last) {
    let first = true;
    for (const item of items) {
      yield `${first ? `\n "${name}": [\n` : ',\n'}  ${atDepth(item, 2)}`;
      first = false;
    }
    yield first ? `\n "${name}": []${last ? '' : ','}` : `\n ]${last ? '' : ','}`;
  };
  const empty = (a) => Object.keys(a).length === 0;
  yield `{\n "options": ${atDepth({ type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops }, 1)},\n "attributes": ${atDepth(graph.getAttributes(), 1)},`;
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
      for (const { edge, source, target, attributes } of graph.edgeEntries())
        yield { key: edge, source, target, ...(empty(attributes) ? {} : { attributes }) };
    })(),
    true,
  );
  yield '\n}\n';
}

const best = (write) => {
  let ms = Infinity;
  let text = '';
  for (let r = 0; r < Number(runs); r++) {
    const t0 = performance.now();
    const parts = [...write()];
    ms = Math.min(ms, performance.now() - t0);
    text = parts.join('');
  }
  return { ms, text };
};
const batched = best(() => jsonChunks(graph));
const plain = best(perElement);
if (batched.text !== plain.text) throw new Error('the two writers differ');
console.log(
  JSON.stringify({
    file,
    megabytes: +(batched.text.length / 1e6).toFixed(1),
    batchedMs: Math.round(batched.ms),
    perElementMs: Math.round(plain.ms),
    ratio: +(plain.ms / batched.ms).toFixed(2),
  }),
);
