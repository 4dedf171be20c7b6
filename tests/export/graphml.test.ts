import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { toGraphml } from '../../src/export/graphml.js';
import { flatAttributes } from '../../src/export/properties.js';
import { build } from '../../src/pipeline.js';

const { graph } = await build(['seeds']);

describe('graph.graphml', () => {
  const xml = toGraphml(graph);
  const back = parse(MultiDirectedGraph, xml);

  it('reads back with graphology-graphml: every node and edge, parallel edges apart', () => {
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    graph.forEachEdge((key, _a, source, target) => {
      expect(back.source(key)).toBe(source);
      expect(back.target(key)).toBe(target);
    });
  });

  it('keeps every attribute with its type: lists as ` | ` text, evidence as JSON, metrics as numbers', () => {
    const none = new Set<string>();
    graph.forEachNode((key, a) => expect(back.getNodeAttributes(key)).toEqual(flatAttributes(a, none)));
    graph.forEachEdge((key, a) => expect(back.getEdgeAttributes(key)).toEqual(flatAttributes(a, none)));
    expect(typeof back.getNodeAttribute('person:vladimir-putin', 'pagerank')).toBe('number');
    expect(xml).toMatch(/<key id="n_pagerank" for="node" attr.name="pagerank" attr.type="double"\/>/);
  });
});
