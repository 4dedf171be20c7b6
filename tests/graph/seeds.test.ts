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
const texts = (outputs: Record<string, Iterable<string>>) =>
  Object.fromEntries(Object.entries(outputs).map(([name, chunks]) => [name, joinChunks(chunks)]));
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
    expect(graph.edges.filter((e) => e.attributes.type === 'MENTIONS').every((e) => e.attributes.count! >= 1)).toBe(
      true,
    );
  });

  it('gives every claim edge evidence that is a sentence of its article', () => {
    const texts = new Map(
      graph.nodes.filter((n) => n.attributes.kind === 'article').map((n) => [n.key, n.attributes.text!]),
    );
    const claims = graph.edges.filter((e) => e.attributes.type !== 'MENTIONS' && e.attributes.source !== 'gazetteer');
    expect(claims.length).toBeGreaterThan(20);
    expect(claims.filter((e) => e.attributes.type === 'MET').length).toBeGreaterThan(5);
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

  it('gives a MET its event, date and place and the sentences that put both people there; a gazetteer LOCATED_IN says so', () => {
    const edges = new Map(graph.edges.map((e) => [e.key, e]));
    const met = graph.edges.filter((e) => e.attributes.type === 'MET');
    for (const m of met) {
      const { event, date, place, evidence } = m.attributes;
      const at = graph.nodes.find((n) => n.key === event)!;
      expect(at.attributes.type, m.key).toBe('Event');
      expect(date).toBe(at.attributes.date);
      expect(place).toBe(graph.edges.find((e) => e.attributes.type === 'HELD_IN' && e.source === event)?.target);
      const there = (p: string) => edges.get(`PARTICIPATED_IN:${p}->${event}`)!.attributes.evidence!;
      const both = [...there(m.source), ...there(m.target)].map((ev) => `${ev.doc}#${ev.sentence}`);
      expect(evidence!.map((ev) => `${ev.doc}#${ev.sentence}`)).toEqual([...new Set(both)].sort());
    }
    const kimPutin = met.find(
      (e) => e.key === 'MET:person:kim-jong-un->person:vladimir-putin@event:meeting-2023-09-13-vostochny',
    )!;
    expect(kimPutin.attributes).toMatchObject({
      event: 'event:meeting-2023-09-13-vostochny',
      date: '2023-09-13',
      place: 'place:vostochny',
    });
    // Several articles report the Vostochny meeting: the MET cites them.
    expect(new Set(kimPutin.attributes.evidence!.map((ev) => ev.doc)).size).toBeGreaterThanOrEqual(2);
    const located = graph.edges.filter((e) => e.attributes.type === 'LOCATED_IN');
    expect(located.filter((e) => e.attributes.source === 'gazetteer').length).toBeGreaterThan(2);
    for (const e of located) {
      expect(['gazetteer', 'text']).toContain(e.attributes.source);
      expect(e.attributes.evidence === undefined, e.key).toBe(e.attributes.source === 'gazetteer');
    }
  });

  it('knows who met Putin, and where', () => {
    const met = graph.edges.filter(
      (e) => e.attributes.type === 'MET' && [e.source, e.target].includes('person:vladimir-putin'),
    );
    expect(met.map((e) => (e.source === 'person:vladimir-putin' ? e.target : e.source))).toContain(
      'person:kim-jong-un',
    );
    const years = new Set(met.map((e) => e.attributes.date?.slice(0, 4)));
    expect(years).toContain('2019');
    expect(years).toContain('2024');
  });
});
