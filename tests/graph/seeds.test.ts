import { beforeAll, describe, expect, it } from 'vitest';
import { buildOutputs } from '../../src/export/formats.js';
import { build } from '../../src/pipeline.js';
import { joinChunks } from '../../src/export/chunks.js';
import type { EdgeAttributes, NodeAttributes } from '../../src/graph/contract.js';

interface Serialized {
  nodes: { key: string; attributes: NodeAttributes }[];
  edges: { key: string; source: string; target: string; attributes: EdgeAttributes }[];
}

let first: Record<string, string>;
const texts = (outputs: Record<string, Iterable<string>>) => Object.fromEntries(Object.entries(outputs).map(([name, chunks]) => [name, joinChunks(chunks)]));
let graph: Serialized;

beforeAll(async () => {
  first = texts(buildOutputs((await build(['seeds'])).graph));
  graph = JSON.parse(first['graph.json']);
});

describe('the seeds graph', () => {
  it('is byte-identical across runs', async () => {
    const second = texts(buildOutputs((await build(['seeds'])).graph));
    for (const name of Object.keys(first)) expect(second[name as keyof typeof second], name).toBe(first[name]);
  });

  it('keeps MENTIONS attributes shared by count and frozen: a change to one throws instead of changing all', async () => {
    const built = (await build(['seeds'])).graph;
    const mentions = built.filterEdges((_, a) => a.type === 'MENTIONS');
    const [one, other] = mentions.filter((e) => built.getEdgeAttribute(e, 'count') === 1);
    expect(built.getEdgeAttributes(one)).toBe(built.getEdgeAttributes(other));
    expect(Object.isFrozen(built.getEdgeAttributes(one))).toBe(true);
    expect(() => built.setEdgeAttribute(one, 'count', 2)).toThrow(TypeError);
    expect(graph.edges.filter((e) => e.attributes.type === 'MENTIONS').every((e) => e.attributes.count! >= 1)).toBe(true);
  });

  it('gives every claim edge evidence that is a sentence of its article', () => {
    const texts = new Map(graph.nodes.filter((n) => n.attributes.kind === 'article').map((n) => [n.key, n.attributes.text!]));
    const claims = graph.edges.filter((e) => !['MENTIONS', 'MET', 'LOCATED_IN'].includes(e.attributes.type));
    expect(claims.length).toBeGreaterThan(20);
    for (const e of claims) {
      expect(e.attributes.evidence?.length, e.key).toBeGreaterThan(0);
      for (const ev of e.attributes.evidence!) expect(texts.get(ev.doc), `${e.key}: ${ev.text}`).toContain(ev.text);
    }
  });

  it('follows the contract: node attributes and keys', () => {
    for (const n of graph.nodes) {
      expect(['Person', 'Place', 'Organization', 'Event', 'Document']).toContain(n.attributes.type);
      expect(n.attributes.aliases).toContain(n.attributes.label);
      expect(typeof n.attributes.mentions).toBe('number');
      expect(n.key).toMatch(/^[a-z]+:[\p{L}\p{N}-]+$/u);
    }
  });

  it('merges spellings and short forms into one person', () => {
    const kims = graph.nodes.filter((n) => n.attributes.type === 'Person' && /kim/i.test(n.attributes.label));
    expect(kims.map((n) => n.key)).toEqual(['person:kim-jong-un']);
    expect(kims[0].attributes.aliases).toEqual(expect.arrayContaining(['Kim', 'Kim Jong Un', 'Kim Jong-un']));
    const putin = graph.nodes.find((n) => n.key === 'person:vladimir-putin')!;
    expect(putin.attributes.aliases).toContain('Putin');
  });

  it('knows who met Putin, and where', () => {
    const met = graph.edges.filter((e) => e.attributes.type === 'MET' && [e.source, e.target].includes('person:vladimir-putin'));
    expect(met.map((e) => (e.source === 'person:vladimir-putin' ? e.target : e.source))).toContain('person:kim-jong-un');
    const years = new Set(met.map((e) => e.attributes.date?.slice(0, 4)));
    expect(years).toContain('2019');
    expect(years).toContain('2024');
  });
});
