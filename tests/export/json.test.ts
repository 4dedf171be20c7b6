import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import { jsonChunks, toJson } from '../../src/export/json.js';
import type { NewsGraph } from '../../src/graph/build.js';
import { build } from '../../src/pipeline.js';

/** What graph.json has always been: graphology's serialisation, one-space indents. */
const reference = (g: NewsGraph) => `${JSON.stringify(g.export(), null, 1)}\n`;

describe('graph.json', () => {
  it("is graphology's serialisation, written in pieces", async () => {
    const seeds = (await build(['seeds'])).graph;
    expect(toJson(seeds)).toBe(reference(seeds));
  });

  it('holds for empty graphs, elements without attributes, and lists longer than one batch', () => {
    const g: NewsGraph = new MultiDirectedGraph();
    expect(toJson(g)).toBe(reference(g));
    g.addNode('person:a', { type: 'Person', label: 'A "quoted"\nname', aliases: [], mentions: 1 });
    g.addNode('person:b');
    g.addEdge('person:a', 'person:b');
    expect(toJson(g)).toBe(reference(g));
    for (let i = 0; i < 2500; i++)
      g.addNode(`person:p${i}`, { type: 'Person', label: `P${i}`, aliases: [`P ${i}`], mentions: i });
    for (let i = 0; i < 2500; i++)
      g.addEdge(`person:p${i}`, 'person:a', {
        type: 'MET',
        evidence: [{ doc: 'article:x', sentence: i, text: `${'x'.repeat(500)} ${i}` }],
      });
    const pieces = [...jsonChunks(g)];
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join('')).toBe(reference(g));
    expect(JSON.parse(pieces.join('')).edges).toHaveLength(2501);
  });
});
