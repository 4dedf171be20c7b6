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

if (!hasXmllint && !process.env.CI)
  console.warn('NOTICE: xmllint not found; GEXF schema validation skipped (apt-get install libxml2-utils)');
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
    const met = graph.filterEdges(
      (_e, a, s, t) => s === 'person:kim-jong-un' && t === 'person:vladimir-putin' && a.type === 'MET',
    );
    expect(met.length).toBe(3);
    const edgeXml = (xml: string) => {
      const at = xml.indexOf(`<edge id="${met[0]}" `);
      return xml.slice(at, xml.indexOf('</edge>', at));
    };
    for (const e of met.slice(1)) expect(gexf).not.toContain(`<edge id="${e}" `);
    const weight = met.reduce((sum, e) => sum + edgeWeight(graph.getEdgeAttributes(e)), 0);
    expect(edgeXml(gexf)).toContain(' kind="MET"');
    expect(edgeXml(gexf)).toContain(` weight="${weight}"`);
    // The three meetings are dated (an undated report of the pair gives no MET of its own): a spell each.
    const dates = met.map((e) => graph.getEdgeAttribute(e, 'date'));
    expect(dates.every(Boolean)).toBe(true);
    const spells = edgeXml(gexf).match(/<spell start="[\d-]+" end="[\d-]+"\/>/g) ?? [];
    expect(spells).toEqual([...new Set(dates.filter(Boolean))].sort().map((d) => `<spell start="${d}" end="${d}"/>`));
    expect(spells.length).toBe(3);
    // The lists read side by side: one entry for each meeting.
    const listed = (name: string) =>
      new RegExp(`<attvalue for="${name}" value="([^"]*)"/>`).exec(edgeXml(gexf))![1].split(' | ');
    expect(listed('event')).toEqual(met.map((e) => graph.getEdgeAttribute(e, 'event')));
    expect(listed('date')).toEqual(dates.map((d) => d ?? ''));
    expect(listed('place')).toEqual(met.map((e) => graph.getEdgeAttribute(e, 'place')));
  });

  it('keeps the spells of dated edges merged with an undated one, and their lists aligned, whatever comes first', () => {
    const g: NewsGraph = new MultiDirectedGraph();
    for (const p of ['person:a', 'person:b']) g.addNode(p, { type: 'Person', label: p, aliases: [p], mentions: 1 });
    const met = (event: string, date?: string) =>
      g.addDirectedEdgeWithKey(`MET:person:a->person:b@${event}`, 'person:a', 'person:b', {
        type: 'MET',
        event,
        ...(date ? { date } : {}),
      });
    met('event:x-undated');
    met('event:y-2020-01-02', '2020-01-02');
    met('event:z-2020-01-02', '2020-01-02');
    met('event:w-2021-05', '2021-05');
    const xml = toGexf(g);
    expect(xml).toContain(
      '<spells><spell start="2020-01-02" end="2020-01-02"/><spell start="2021-05-01" end="2021-05-31"/></spells>',
    );
    expect(xml).toContain(
      '<attvalue for="event" value="event:x-undated | event:y-2020-01-02 | event:z-2020-01-02 | event:w-2021-05"/>',
    );
    expect(xml).toContain('<attvalue for="date" value=" | 2020-01-02 | 2020-01-02 | 2021-05"/>');
    expect(xml).toContain('mode="dynamic"');
    g.dropEdge('MET:person:a->person:b@event:y-2020-01-02');
    g.dropEdge('MET:person:a->person:b@event:z-2020-01-02');
    g.dropEdge('MET:person:a->person:b@event:w-2021-05');
    met('event:v-undated');
    // No member dated: the merged edge holds at all times.
    expect(toGexf(g)).not.toContain('<spell');
  });

  it('gives each article its publication date as a spell, and an undated one none', () => {
    const articles = graph.filterNodes((_n, a) => a.kind === 'article');
    const dated = articles.filter((n) => graph.getNodeAttribute(n, 'published'));
    expect(dated.length).toBeGreaterThan(1);
    expect(dated.length).toBeLessThan(articles.length);
    for (const n of articles) {
      const published = graph.getNodeAttribute(n, 'published');
      const at = gexf.indexOf(`<node id="${n}" `);
      const line = gexf.slice(at, gexf.indexOf('\n', at));
      if (!published) {
        expect(line, n).not.toContain('<spell');
        continue;
      }
      const [start, end] = interval(published).map(day);
      expect(line, n).toContain(`<spells><spell start="${start}" end="${end}"/></spells>`);
    }
  });

  it('writes what graphology-gexf writes, where that writer can say it all (no time, no parallel edges)', () => {
    const plain = (g: NewsGraph) => {
      const copy = g.copy();
      const seen = new Set<string>();
      copy.forEachEdge((e, a, s, t) => {
        const key = triple(a, s, t);
        if (seen.has(key)) copy.dropEdge(e);
        else seen.add(key);
      });
      copy.forEachNode((n, a) => {
        if (a.type === 'Event') copy.removeNodeAttribute(n, 'date');
        if (a.kind === 'article') copy.removeNodeAttribute(n, 'published');
      });
      copy.forEachEdge((e) => copy.removeEdgeAttribute(e, 'date'));
      return copy;
    };
    const library = (g: NewsGraph) =>
      (
        write(g, {
          version: '1.3',
          pedantic: true,
          formatNode: (_k: string, a: Record<string, unknown>) => ({
            label: xmlSafe(String(a.label)),
            viz: { color: a.color, size: a.size, x: a.x, y: a.y },
            attributes: flatAttributes(a, new Set(['label', 'x', 'y', 'size', 'color', 'text'])),
          }),
          formatEdge: (_k: string, a: EdgeAttributes) => ({
            label: a.type,
            kind: a.type,
            weight: edgeWeight(a),
            attributes: flatAttributes(a, new Set(['weight'])),
          }),
        } as never) as string
      ).replace(/\s+xsi:schemaLocation="[^"]*"/, '');
    const g = plain(graph);
    expect(toGexf(g)).toBe(library(g));
  });

  it('comes in pieces of about a megabyte that join into the document', () => {
    const large = graph.copy();
    for (let i = 0; i < 3000; i++)
      large.addNode(`person:p-${i}`, {
        type: 'Person',
        label: `Person ${i} ${'x'.repeat(500)}`,
        aliases: [],
        mentions: 1,
      });
    const pieces = [...gexfChunks(large)];
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces.slice(0, -1)) expect(p.length).toBeLessThan(1.1 * 2 ** 20);
    expect(pieces.join('')).toBe(toGexf(large));
    expect(parse(MultiDirectedGraph, pieces.join('')).order).toBe(large.order);
  });

  it.skipIf(!hasGephi && !process.env.CI)(
    'opens in the real Gephi engine: counts, attributes, no severe issue, and a timeline over the events',
    () => {
      const file = join(mkdtempSync(join(tmpdir(), 'ng-gephi-')), 'graph.gexf');
      writeFileSync(file, gexf);
      const putin = 'person:vladimir-putin';
      const meeting = 'event:meeting-2019-04-25-vladivostok';
      const kimPutin = graph.filterEdges(
        (_e, a, s, t) => s === 'person:kim-jong-un' && t === 'person:vladimir-putin' && a.type === 'MET',
      )[0];
      const article = graph.findNode((_n, a) => a.kind === 'article' && /^\d{4}-\d\d-\d\d$/.test(a.published ?? ''))!;
      const gephi = openInGephi(file, [putin, meeting, kimPutin, article]);
      expect(gephi.nodes).toBe(graph.order);
      expect(gephi.edges).toBe(triples.size);
      expect(gephi.issues.filter((i) => i.level === 'SEVERE' || i.level === 'CRITICAL')).toEqual([]);
      expect(gephi.nodeAttributes[putin]).toMatchObject({ label: 'Vladimir Putin', type: 'Person' });
      expect(gephi.nodeAttributes[putin]!.aliases.split(' | ')).toContain('Vladimir Putin');
      expect(Number(gephi.nodeAttributes[putin]!.pagerank)).toBeGreaterThan(0);
      expect(gephi.nodeAttributes[putin]!.community).toMatch(/^\d+$/);
      expect(gephi.nodeAttributes[meeting]).toMatchObject({ type: 'Event', date: '2019-04-25' });
      // The Kim–Putin meetings: one interval for each day they met, the undated one adding none.
      expect(gephi.intervals[kimPutin]).toEqual([
        ['2019-04-25', '2019-04-25'],
        ['2023-09-13', '2023-09-13'],
        ['2024-06-19', '2024-06-19'],
      ]);
      expect(gephi.intervals[meeting]).toEqual([['2019-04-25', '2019-04-25']]);
      expect(gephi.intervals[article]).toEqual([
        [graph.getNodeAttribute(article, 'published'), graph.getNodeAttribute(article, 'published')],
      ]);
      expect(gephi.intervals[putin]).toEqual([]);
      // The timeline runs from the earliest event or article's first day to the latest one's last day.
      const spans = [
        ...graph
          .filterNodes((_n, a) => a.type === 'Event' && !!a.date)
          .map((n) => interval(graph.getNodeAttribute(n, 'date')!, graph.getNodeAttribute(n, 'endDate'))),
        ...graph
          .filterNodes((_n, a) => a.kind === 'article' && !!a.published)
          .map((n) => interval(graph.getNodeAttribute(n, 'published')!)),
      ];
      expect(gephi.timeFormat).toBe('DATE');
      expect(gephi.timeBounds).toEqual([
        day(Math.min(...spans.map((s) => s[0]))),
        day(Math.max(...spans.map((s) => s[1]))),
      ]);
    },
  );
});
