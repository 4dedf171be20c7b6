import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/export/csv.js';
import { toGexf } from '../../src/export/gexf.js';
import { toGraphml } from '../../src/export/graphml.js';
import { toJson } from '../../src/export/json.js';
import { toCypher } from '../../src/export/cypher.js';
import { GraphContractError } from '../../src/graph/validate.js';
import { ATTACK_TYPES, HOSTILE_STRINGS, hostileGraph } from '../fixtures/hostile.js';
import { validatesGexf, validateGexf } from '../setup/xmllint.js';

describe('hostile strings through the file exports', () => {
  const graph = hostileGraph();

  it('GEXF: every string reads back unchanged, and the file stays schema-valid', () => {
    const xml = toGexf(graph);
    const back = parseGexf(MultiDirectedGraph, xml);
    HOSTILE_STRINGS.forEach((s, i) => {
      expect(back.getNodeAttribute(`person:hostile-${i}`, 'label')).toBe(s);
      expect(back.getNodeAttribute(`person:hostile-${i}`, 'titles')).toBe(s);
      expect(JSON.parse(back.getEdgeAttribute(`CITES:article:hostile->person:hostile-${i}`, 'evidence'))[0].text).toBe(
        s,
      );
    });
    if (validatesGexf) {
      const r = validateGexf(xml);
      expect(r.status, r.stderr).toBe(0);
    }
  });

  it('GraphML: every string reads back unchanged', () => {
    const back = parseGraphml(MultiDirectedGraph, toGraphml(graph));
    HOSTILE_STRINGS.forEach((s, i) => {
      expect(back.getNodeAttribute(`person:hostile-${i}`, 'label')).toBe(s);
      expect(
        JSON.parse(back.getEdgeAttribute(`CITES:article:hostile->person:hostile-${i}`, 'evidence') as string)[0].text,
      ).toBe(s);
    });
  });

  it('JSON round-trips exactly', () => {
    const back = new MultiDirectedGraph();
    back.import(JSON.parse(toJson(graph)));
    HOSTILE_STRINGS.forEach((s, i) =>
      expect(back.getNodeAttribute(`person:hostile-${i}`, 'aliases')).toEqual([s, `${s} (alias)`]),
    );
  });

  it('XML cannot hold control characters: they become U+FFFD and the file stays well-formed', () => {
    const g = hostileGraph();
    g.setNodeAttribute('person:hostile-0', 'label', 'bell\u0007 and nul\u0000 and lone \uD800 surrogate');
    const back = parseGexf(MultiDirectedGraph, toGexf(g));
    expect(back.getNodeAttribute('person:hostile-0', 'label')).toBe(
      'bell\uFFFD and nul\uFFFD and lone \uFFFD surrogate',
    );
    expect(() => parseGraphml(MultiDirectedGraph, toGraphml(g))).not.toThrow();
  });

  it('CSV for neo4j-admin quotes every string (the import itself is tested against the real tool)', () => {
    const person = toCsv(graph)['nodes-Person.csv'];
    expect(person).toContain('"O\'Brien ""kutipan"" dan \'petik\'"');
    expect(person).toContain('"baris\npertama\r\nkedua\rketiga"');
  });

  it('Cypher and CSV take labels, relationship types and file names from the contract, refusing any other type even in a graph that skipped the check', () => {
    for (const attack of Object.values(ATTACK_TYPES)) {
      const node = hostileGraph();
      node.setNodeAttribute('person:hostile-0', 'type', attack as never);
      const edge = hostileGraph();
      edge.setEdgeAttribute('CITES:article:hostile->person:hostile-0', 'type', attack as never);
      for (const g of [node, edge]) {
        expect(() => toCypher(g)).toThrow(GraphContractError);
        expect(() => toCsv(g)).toThrow(GraphContractError);
      }
    }
    expect(Object.keys(toCsv(hostileGraph()))).toEqual([
      'nodes-Document.csv',
      'nodes-Person.csv',
      'relationships-CITES.csv',
      'import.sh',
    ]);
  });
});
