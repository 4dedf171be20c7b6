import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, write } from 'graphology-gexf';
import { MultiDirectedGraph } from 'graphology';
import { build } from '../../src/pipeline.js';
import { gexfChunks, toGexf } from '../../src/export/gexf.js';
import { flatAttributes } from '../../src/export/properties.js';
import { xmlSafe } from '../../src/export/xml.js';
import type { NewsGraph } from '../../src/graph/build.js';
import { interval } from '../../src/extract/isodate.js';
import { openInGephi } from '../setup/gephi.js';
import { javaToolsFor } from '../setup/tools.js';
import { hasXmllint, validatesGexf, validateGexf } from '../setup/xmllint.js';
import { edgeWeight } from '../../src/graph/metrics.js';
import type { EdgeAttributes } from '../../src/graph/contract.js';

if (!hasXmllint && !process.env.CI) console.warn('NOTICE: xmllint not found; GEXF schema validation skipped (apt-get install libxml2-utils)');
const hasGephi = javaToolsFor('the Gephi Toolkit test');

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

const seeds = (await build(['seeds'])).graph;

describe('graph.gexf', () => {
  const graph = seeds;
  const gexf = toGexf(graph);
  /** Gephi's edges: one per source, target and relation type. */
  const triple = (a: EdgeAttributes, s: string, t: string) => `${s} ${t} ${a.type}`;
  const triples = new Set(graph.mapEdges((_e, a, s, t) => triple(a, s, t)));

  it.skipIf(!validatesGexf)('validates against the official GEXF 1.3 schema', () => {
    const r = validateGexf(gexf);
    expect(r.stderr).toMatch(/validates/);
    expect(r.status).toBe(0);
  });

  it('reads back with graphology-gexf: same nodes and labels, parallel edges of one type as one', () => {
    const back = parse(MultiDirectedGraph, gexf);
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(triples.size);
    expect(triples.size).toBeLessThan(graph.size);
    expect(back.getNodeAttribute('person:vladimir-putin', 'label')).toBe('Vladimir Putin');
    expect(back.getNodeAttribute('person:vladimir-putin', 'type')).toBe('Person');
  });

  it('writes parallel edges of one type as one edge: the relation as kind, their weights summed, a spell for each dated one', () => {
    // In the graph's edge order, as the writer meets them: the first one names the merged edge.
    const met = graph.filterEdges((_e, a, s, t) => s === 'person:kim-jong-un' && t === 'person:vladimir-putin' && a.type === 'MET');
    expect(met.length).toBeGreaterThan(2);
    const edgeXml = (xml: string) => {
      const at = xml.indexOf(`<edge id="${met[0]}" `);
      return xml.slice(at, xml.indexOf('</edge>', at));
    };
    for (const e of met.slice(1)) expect(gexf).not.toContain(`<edge id="${e}" `);
    const weight = met.reduce((sum, e) => sum + edgeWeight(graph.getEdgeAttributes(e)), 0);
    expect(edgeXml(gexf)).toContain(' kind="MET"');
    expect(edgeXml(gexf)).toContain(` weight="${weight}"`);
    // Every one of these meetings is dated: a spell for each date.
    expect(met.every((e) => graph.getEdgeAttribute(e, 'date'))).toBe(true);
    const spells = edgeXml(gexf).match(/<spell start="[\d-]+" end="[\d-]+"\/>/g) ?? [];
    expect(spells.length).toBe(new Set(met.map((e) => graph.getEdgeAttribute(e, 'date'))).size);
    // With an undated meeting besides, the merged edge holds at all times: no spells.
    const withUndated = graph.copy();
    withUndated.addDirectedEdgeWithKey(`${met[0]}-undated`, 'person:kim-jong-un', 'person:vladimir-putin', { type: 'MET', event: 'event:meeting-undated-x' });
    expect(edgeXml(toGexf(withUndated))).not.toContain('<spells>');
  });

  it('writes what graphology-gexf writes, where that writer can say it all (no time, no parallel edges)', () => {
    const plain = (g: NewsGraph) => {
      const copy = g.copy();
      const seen = new Set<string>();
      copy.forEachEdge((e, a, s, t) => { const key = triple(a, s, t); if (seen.has(key)) copy.dropEdge(e); else seen.add(key); });
      copy.forEachNode((n, a) => { if (a.type === 'Event') copy.removeNodeAttribute(n, 'date'); });
      copy.forEachEdge((e) => copy.removeEdgeAttribute(e, 'date'));
      return copy;
    };
    const library = (g: NewsGraph) => (write(g, {
      version: '1.3',
      pedantic: true,
      formatNode: (_k: string, a: Record<string, unknown>) => ({ label: xmlSafe(String(a.label)), viz: { color: a.color, size: a.size, x: a.x, y: a.y }, attributes: flatAttributes(a, new Set(['label', 'x', 'y', 'size', 'color', 'text'])) }),
      formatEdge: (_k: string, a: EdgeAttributes) => ({ label: a.type, kind: a.type, weight: edgeWeight(a), attributes: flatAttributes(a, new Set(['weight'])) }),
    } as never) as string).replace(/\s+xsi:schemaLocation="[^"]*"/, '');
    const g = plain(graph);
    expect(toGexf(g)).toBe(library(g));
  });

  it('comes in pieces of about a megabyte that join into the document', () => {
    const large = graph.copy();
    for (let i = 0; i < 3000; i++) large.addNode(`person:p-${i}`, { type: 'Person', label: `Person ${i} ${'x'.repeat(500)}`, aliases: [], mentions: 1 });
    const pieces = [...gexfChunks(large)];
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces.slice(0, -1)) expect(p.length).toBeLessThan(1.1 * 2 ** 20);
    expect(pieces.join('')).toBe(toGexf(large));
    expect(parse(MultiDirectedGraph, pieces.join('')).order).toBe(large.order);
  });

  it.skipIf(!hasGephi && !process.env.CI)('opens in the real Gephi engine: counts, attributes, no severe issue, and a timeline over the events', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ng-gephi-')), 'graph.gexf');
    writeFileSync(file, gexf);
    const putin = 'person:vladimir-putin';
    const meeting = 'event:meeting-2019-04-25-vladivostok';
    const gephi = openInGephi(file, [putin, meeting]);
    expect(gephi.nodes).toBe(graph.order);
    expect(gephi.edges).toBe(triples.size);
    expect(gephi.issues.filter((i) => i.level === 'SEVERE' || i.level === 'CRITICAL')).toEqual([]);
    expect(gephi.nodeAttributes[putin]).toMatchObject({ label: 'Vladimir Putin', type: 'Person' });
    expect(gephi.nodeAttributes[putin]!.aliases.split(' | ')).toContain('Vladimir Putin');
    expect(Number(gephi.nodeAttributes[putin]!.pagerank)).toBeGreaterThan(0);
    expect(gephi.nodeAttributes[putin]!.community).toMatch(/^\d+$/);
    expect(gephi.nodeAttributes[meeting]).toMatchObject({ type: 'Event', date: '2019-04-25' });
    // The timeline runs from the earliest event's first day to the latest event's last day.
    const spans = graph.filterNodes((_n, a) => a.type === 'Event' && !!a.date).map((n) => interval(graph.getNodeAttribute(n, 'date')!, graph.getNodeAttribute(n, 'endDate')));
    expect(gephi.timeFormat).toBe('DATE');
    expect(gephi.timeBounds).toEqual([day(Math.min(...spans.map((s) => s[0]))), day(Math.max(...spans.map((s) => s[1])))]);
  });
});
