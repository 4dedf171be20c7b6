import { describe, expect, it } from 'vitest';
import { buildOutputs } from '../../src/export/formats.js';
import { build } from '../../src/pipeline.js';
import { NotAGraph, validateGraph } from '../../viewer/src/validate.js';

const built = [...buildOutputs((await build(['seeds'])).graph)['graph.json']].join('');
const seeds = () => JSON.parse(built);

describe("the viewer's check of a graph file", () => {
  it('takes what newsgraph build writes', () => {
    const graph = seeds();
    expect(validateGraph(graph).nodes.length).toBe(graph.nodes.length);
  });

  it('refuses a file whole, naming the first offence', () => {
    const cases: [string, (g: ReturnType<typeof seeds>) => void, RegExp][] = [
      ['no lists', (g) => { delete g.edges; }, /no lists of nodes and edges/],
      ['node type', (g) => { g.nodes[2].attributes.type = 'constructor'; }, /its type "constructor" is not one of Person/],
      ['edge type', (g) => { g.edges[1].attributes.type = 'Person {key:1}) DETACH DELETE m //'; }, /not one of the contract's relations/],
      ['prototype key', (g) => { g.nodes[0].attributes = JSON.parse('{"type":"Person","__proto__":{"x":1}}'); }, /attribute named "__proto__"/],
      ['nested value', (g) => { g.nodes[0].attributes.label = { toString: 1 }; }, /label is not text/],
      ['evidence', (g) => { g.edges.find((e: { attributes: { evidence?: unknown } }) => e.attributes.evidence).attributes.evidence = [{ doc: 1 }]; }, /evidence no\. 1 is not \{ doc, sentence, text \}/],
      ['twice', (g) => { g.nodes.push(g.nodes[0]); }, /appears twice/],
      ['dangling', (g) => { g.edges[0].source = 'nobody'; }, /its source is not a node of the file/],
    ];
    for (const [name, spoil, message] of cases) {
      const g = seeds();
      spoil(g);
      expect(() => validateGraph(g), name).toThrow(NotAGraph);
      expect(() => validateGraph(g), name).toThrow(message);
    }
  });
});
