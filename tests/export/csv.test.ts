import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { CHUNK_CHARS } from '../../src/export/chunks.js';
import { csvChunks, toCsv } from '../../src/export/csv.js';
import type { NewsGraph } from '../../src/graph/build.js';

/** People enough for a node file of several chunks. */
function manyPeople(n: number): NewsGraph {
  const graph: NewsGraph = new MultiDirectedGraph();
  for (let i = 0; i < n; i++)
    graph.addNode(`person:orang-${i}`, {
      type: 'Person',
      label: `Orang ${i}`,
      aliases: [`Orang ${i}`, `O. ${i}`],
      mentions: i + 1,
    });
  return graph;
}

describe('CSV for neo4j-admin', () => {
  it('comes as chunks made while it is written, never a file as one string; joined, they are the files', () => {
    const graph = manyPeople(5000);
    const person = csvChunks(graph)['nodes-Person.csv'];
    expect(typeof person).not.toBe('string');
    const chunks = [...person];
    expect(chunks.length).toBeGreaterThan(3);
    for (const chunk of chunks) expect(chunk.length).toBeLessThan(CHUNK_CHARS + 200);
    // Each pass over a file makes it again from the graph.
    expect([...person].join('')).toBe(chunks.join(''));
    expect(toCsv(graph)['nodes-Person.csv']).toBe(chunks.join(''));
    expect(chunks.join('').split('\n')[0]).toBe(
      'key:ID,:LABEL,aliases:string[],corpora:string[],label:string,mentions:long,type:string',
    );
  });
});
