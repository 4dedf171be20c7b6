import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { cacheDir } from '../../src/cli/paths.js';
import { writeAtomically } from '../../src/cli/files.js';
import { toCsv } from '../../src/export/csv.js';
import { corpusEdgeProperties, corpusNodeProperties, type Properties } from '../../src/export/properties.js';
import { connect } from '../../src/neo4j/connection.js';
import { loadGraph } from '../../src/neo4j/load.js';
import { runQuery } from '../../src/neo4j/query.js';
import { DEFAULT_SERVER, importCsv, start, stop, type ServerOptions } from '../../src/neo4j/server.js';
import { build } from '../../src/pipeline.js';
import { javaToolsFor } from '../setup/tools.js';
import { testPort } from '../setup/ports.js';

const tools = javaToolsFor('neo4j-admin import test');

/** Property maps as Neo4j returns them: empty lists cannot be bulk-imported, so they are absent. */
const comparable = (p: Properties) =>
  Object.fromEntries(Object.entries(p).filter(([, v]) => !(Array.isArray(v) && v.length === 0)));

const { graph } = await build(['seeds'], { corpus: 'bulk' });

describe.skipIf(!tools)('CSV export through the real neo4j-admin database import full', () => {
  // Its own instance and ports: the import replaces the whole database.
  const options: ServerOptions = {
    ...DEFAULT_SERVER,
    cacheDir: join(cacheDir(), 'neo4j'),
    instance: 'test-bulk-import',
    boltPort: testPort(7698),
    httpPort: testPort(7478),
    password: 'newsgraph-bulk-test',
  };
  let driver: Driver;
  const q = async (cypher: string) =>
    (await runQuery(driver, cypher, {}, { uri: `bolt://127.0.0.1:${options.boltPort}` })).rows;

  beforeAll(async () => {
    await stop(options);
    const dir = mkdtempSync(join(tmpdir(), 'ng-csv-'));
    writeAtomically(dir, toCsv(graph));
    importCsv(options, dir);
    const server = await start(options, 300_000);
    driver = await connect({ uri: server.uri, user: 'neo4j', password: server.password });
  }, 600_000);
  afterAll(async () => {
    await driver?.close();
    await stop(options);
  });

  it('imports every node and relationship, by label and type', async () => {
    const count = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
    const labels = new Map<string, number>();
    const types = new Map<string, number>();
    graph.forEachNode((_n, a) => count(labels, a.type));
    graph.forEachEdge((_e, a) => count(types, a.type));
    const byLabel = await q('MATCH (n) RETURN labels(n)[0] AS label, count(*) AS n ORDER BY label');
    const byType = await q('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type');
    expect(Object.fromEntries(byLabel.map((r) => [r.label, Number(r.n)]))).toEqual(Object.fromEntries(labels));
    expect(Object.fromEntries(byType.map((r) => [r.type, Number(r.n)]))).toEqual(Object.fromEntries(types));
  });

  it('keeps every property exactly as newsgraph load writes it, article text and evidence included', async () => {
    const nodes = await q('MATCH (n) RETURN n.key AS key, properties(n) AS p');
    const rels = await q('MATCH ()-[r]->() RETURN r.key AS key, properties(r) AS p');
    // runQuery has already made every value plain (integers as numbers).
    const read = (rows: Record<string, unknown>[]) =>
      new Map(rows.map((r) => [r.key as string, r.p as Record<string, unknown>]));
    const gotNodes = read(nodes);
    const gotRels = read(rels);
    graph.forEachNode((key, a) => expect(gotNodes.get(key)).toEqual(comparable(corpusNodeProperties(key, a, 'bulk'))));
    graph.forEachEdge((key, a) => expect(gotRels.get(key)).toEqual(comparable(corpusEdgeProperties(key, a, 'bulk'))));
    const document = graph.findNode((_n, a) => a.type === 'Document')!;
    expect(String(gotNodes.get(document)!.text)).toContain('\n');
  });

  it('gives every property the same Neo4j type as newsgraph load: integers INTEGER, fractions FLOAT, event dates DATE', async () => {
    // Each property's valueType(), by element; empty lists are left out, as the importer cannot write them.
    const types = async () =>
      new Map(
        (
          await q(`MATCH (n) RETURN n.key AS key, [k IN keys(n) WHERE NOT valueType(n[k]) STARTS WITH 'LIST<NOTHING' | [k, valueType(n[k])]] AS t
      UNION ALL MATCH ()-[r]->() RETURN r.key AS key, [k IN keys(r) WHERE NOT valueType(r[k]) STARTS WITH 'LIST<NOTHING' | [k, valueType(r[k])]] AS t`)
        ).map((r) => [r.key as string, Object.fromEntries(r.t as [string, string][])]),
      );
    const imported = await types();
    await driver.executeQuery('MATCH (n) DETACH DELETE n');
    await loadGraph(driver, graph.export() as never, { uri: `bolt://127.0.0.1:${options.boltPort}` });
    const loaded = await types();
    expect(loaded.size).toBe(imported.size);
    for (const [key, t] of imported) expect(loaded.get(key), key).toEqual(t);
    // One type per property, whatever the label or values (a betweenness of 0 is a FLOAT too).
    const seen = new Map<string, Set<string>>();
    for (const t of imported.values())
      for (const [p, type] of Object.entries(t)) seen.set(p, (seen.get(p) ?? new Set()).add(type));
    for (const [p, set] of seen) expect([...set], p).toHaveLength(1);
    const byProperty = new Map([...seen].map(([p, set]) => [p, [...set][0]]));
    for (const p of ['degree', 'mentions', 'community', 'count', 'weightedDegree'])
      expect(byProperty.get(p), p).toBe('INTEGER NOT NULL');
    for (const p of ['betweenness', 'pagerank']) expect(byProperty.get(p), p).toBe('FLOAT NOT NULL');
    for (const p of ['day', 'dateFrom', 'dateTo']) expect(byProperty.get(p), p).toBe('DATE NOT NULL');
    expect(byProperty.get('evidenceSentences')).toBe('LIST<INTEGER NOT NULL> NOT NULL');
  }, 300_000);
});
