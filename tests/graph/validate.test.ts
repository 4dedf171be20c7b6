import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildOutputs } from '../../src/export/formats.js';
import { serializeGraph } from '../../src/graph/serialized.js';
import { GraphChecker, GraphContractError, validateGraph } from '../../src/graph/validate.js';
import { build } from '../../src/pipeline.js';
import { ATTACK_TYPES, hostileGraph } from '../fixtures/hostile.js';
import { corpusA, corpusB } from '../neo4j/fixture-graph.js';

const built = [...buildOutputs((await build(['seeds'])).graph)['graph.json']].join('');
type Graph = {
  nodes: { key: string; attributes: Record<string, unknown> }[];
  edges: { key: string; source: string; target: string; attributes: Record<string, unknown> }[];
  [k: string]: unknown;
};
const seeds = (): Graph => JSON.parse(built);

const refusal = (g: unknown): string => {
  try {
    validateGraph(g);
  } catch (e) {
    expect(e).toBeInstanceOf(GraphContractError);
    return (e as Error).message;
  }
  throw new Error('the graph was not refused');
};

describe('the check of a graph file against the contract', () => {
  it('takes every graph the project builds: the seeds, the English fixtures, the hostile strings, the Neo4j fixture corpora, seeds-real', async () => {
    const graphs = [
      JSON.parse(built),
      serializeGraph((await build(['tests/fixtures/en'], { language: 'en' })).graph),
      serializeGraph(hostileGraph()),
      corpusA(),
      corpusB(),
    ];
    if (existsSync('../shared/corpora/seeds-real'))
      graphs.push(serializeGraph((await build(['../shared/corpora/seeds-real'])).graph));
    for (const g of graphs) expect(validateGraph(JSON.parse(JSON.stringify(g))).nodes.length).toBe(g.nodes.length);
  });

  it('refuses the three attacks of a received file, as a node type or an edge type, in one line naming the element', () => {
    // A key is shown as the message shows any long text: its first 59 characters and an ellipsis.
    const shown = (key: string) => JSON.stringify(key.length > 60 ? `${key.slice(0, 59)}…` : key);
    for (const attack of Object.values(ATTACK_TYPES)) {
      const node = seeds();
      node.nodes[12].attributes.type = attack;
      expect(refusal(node)).toBe(
        `nodes[12] (key ${shown(node.nodes[12].key)}): type ${JSON.stringify(attack)} is not a node type of the contract`,
      );
      const edge = seeds();
      edge.edges[40].attributes.type = attack;
      expect(refusal(edge)).toBe(
        `edges[40] (key ${shown(edge.edges[40].key)}): type ${JSON.stringify(attack)} is not an edge type of the contract`,
      );
    }
  });

  it('refuses kinds, roles, keys, attributes, values and evidence the contract does not have', () => {
    const person = (g: Graph) => g.nodes.find((n) => n.attributes.type === 'Person')!;
    const withEvidence = (g: Graph) => g.edges.find((e) => e.attributes.evidence)!;
    const cases: [string, (g: Graph) => void, RegExp][] = [
      [
        'no lists',
        (g) => {
          delete (g as Partial<Graph>).edges;
        },
        /^the file has no lists of nodes and edges$/,
      ],
      [
        'prototype type',
        (g) => {
          g.nodes[2].attributes.type = 'constructor';
        },
        /^nodes\[2\] \(key "[^"]+"\): type "constructor" is not a node type/,
      ],
      [
        'kind',
        (g) => {
          g.nodes.find((n) => n.attributes.type === 'Place')!.attributes.kind = 'visit';
        },
        /: kind "visit" is not a kind of Place in the contract$/,
      ],
      [
        'person kind',
        (g) => {
          person(g).attributes.kind = 'city';
        },
        /: kind "city" is not a kind of Person/,
      ],
      [
        'role',
        (g) => {
          g.edges.find((e) => e.attributes.type === 'PARTICIPATED_IN')!.attributes.role = 'author';
        },
        /: role "author" is not a role of PARTICIPATED_IN/,
      ],
      [
        'closed value',
        (g) => {
          g.nodes[0].attributes.titleFrom = 'somewhere';
        },
        /: titleFrom "somewhere" is not one of the contract's \(input, headline, first-sentence, file\)$/,
      ],
      [
        'key shape',
        (g) => {
          person(g).key = "person:x'}) DETACH DELETE n //";
        },
        /: the key is not the shape of a Person's key$/,
      ],
      [
        'key of another type',
        (g) => {
          person(g).key = 'place:jakarta-x';
        },
        /: the key is not the shape of a Person's key$/,
      ],
      [
        'unknown attribute',
        (g) => {
          g.nodes[0].attributes.script = 'x';
        },
        /: "script" is not a node attribute of the contract$/,
      ],
      [
        '__proto__',
        (g) => {
          g.nodes[0].attributes = JSON.parse(
            '{"type":"Document","label":"a","aliases":[],"mentions":1,"__proto__":{"x":1}}',
          );
        },
        /: "__proto__" is not a node attribute/,
      ],
      [
        'nested value',
        (g) => {
          g.nodes[0].attributes.label = { toString: 1 };
        },
        /: label is an object, not text$/,
      ],
      [
        'not finite',
        (g) => {
          g.nodes[0].attributes.x = Infinity;
        },
        /: x is a number that is not finite, not a finite number$/,
      ],
      [
        'fraction',
        (g) => {
          g.nodes[0].attributes.mentions = 1.5;
        },
        /: mentions is 1\.5, not a whole number$/,
      ],
      [
        'list of text',
        (g) => {
          g.nodes[0].attributes.aliases = ['a', 2];
        },
        /: aliases is a list, not a list of text$/,
      ],
      [
        'missing label',
        (g) => {
          delete g.nodes[0].attributes.label;
        },
        /: it has no label$/,
      ],
      [
        'extra field',
        (g) => {
          (g.nodes[0] as Record<string, unknown>).undirected = true;
        },
        /: "undirected" is not a field of a node$/,
      ],
      [
        'evidence item',
        (g) => {
          withEvidence(g).attributes.evidence = [{ doc: 1 }];
        },
        /: evidence\[0\]: doc 1 is not an article's key$/,
      ],
      [
        'evidence sentence',
        (g) => {
          (withEvidence(g).attributes.evidence as { sentence: number }[])[0].sentence = -1;
        },
        /: evidence\[0\]: sentence -1 is not a sentence's index$/,
      ],
      [
        'node twice',
        (g) => {
          g.nodes.push(g.nodes[0]);
        },
        /: the key is given twice$/,
      ],
      [
        'edge twice',
        (g) => {
          g.edges.push(g.edges[0]);
        },
        /^edges\[\d+\] \(key "[^"]+"\): the key is given twice$/,
      ],
      [
        'dangling',
        (g) => {
          g.edges[0].source = 'person:nobody';
        },
        /: its source "person:nobody" is not a node listed before the edges$/,
      ],
      [
        'edge key',
        (g) => {
          g.edges[0].key = `${g.edges[0].key}; MATCH (n) DETACH DELETE n`;
        },
        /: the key is not \w+:SOURCE->TARGET for its ends$/,
      ],
      [
        'self loop',
        (g) => {
          g.edges[0].target = g.edges[0].source;
        },
        /: it ties a node to itself$/,
      ],
      [
        'options',
        (g) => {
          g.options = { type: 'undirected' };
        },
        /^options: type "undirected" is not "directed"$/,
      ],
      [
        'corpus',
        (g) => {
          g.attributes = { corpus: 7 };
        },
        /^attributes: corpus 7 is not a name$/,
      ],
    ];
    for (const [name, spoil, message] of cases) {
      const g = seeds();
      spoil(g);
      const line = refusal(g);
      expect(line, name).toMatch(message);
      expect(line, name).not.toContain('\n');
    }
  });

  it('checked as a stream, wants the nodes before the edges', () => {
    const g = seeds();
    const [edge] = g.edges;
    const ends = g.nodes.filter((n) => n.key === edge.source || n.key === edge.target);
    const checker = new GraphChecker({ edgeKeys: 'ignore' });
    for (const n of ends) checker.node(n);
    checker.edge(edge);
    expect(() => checker.node(g.nodes.find((n) => !ends.includes(n)))).toThrow(
      /^nodes\[2\]: comes after the edges: the nodes must come first$/,
    );
  });
});
