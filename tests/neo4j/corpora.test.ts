/**
 * Several corpora in one database, against the real server: loading one never changes what
 * another says, the order of loads does not matter, and unloading one gives back the others.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { connect } from '../../src/neo4j/connection.js';
import type { SerializedGraph } from '../../src/neo4j/graph-file.js';
import { loadGraph, removeCorpus } from '../../src/neo4j/load.js';
import { runQuery } from '../../src/neo4j/query.js';
import { databaseChecksum } from '../setup/checksum.js';
import { A2, ANA, BUDI, corpusA, corpusB, MEETING } from './fixture-graph.js';

const server = inject('neo4j');

describe.skipIf(!server)('several corpora in one database', () => {
  let driver: Driver;
  const A = 'zz-test-a';
  const B = 'zz-test-b';
  const q = async (cypher: string, params: Record<string, unknown> = {}) => (await runQuery(driver, cypher, params, { uri: server!.uri })).rows;
  const load = (g: SerializedGraph, replace = false) => loadGraph(driver, g, { uri: server!.uri, replace, batchSize: 4 });
  const clear = async () => { await removeCorpus(driver, A); await removeCorpus(driver, B); };
  /** Every node and relationship with a `zz-` key, all their properties. */
  const checksum = () => databaseChecksum(driver, server!.uri, 'zz-');

  beforeAll(async () => {
    driver = await connect({ uri: server!.uri, user: server!.user, password: server!.password });
    await clear();
  });
  afterAll(async () => {
    await clear();
    await driver?.close();
  });

  it('loads A then B as B then A, and unloading B, or loading B again with --replace, gives back A alone', async () => {
    await load(corpusA());
    const aAlone = await checksum();
    await load(corpusB());
    const aThenB = await checksum();
    await removeCorpus(driver, B);
    expect(await checksum(), 'A, B, unload B').toBe(aAlone);
    await load(corpusB());
    expect(await checksum(), 'A, B, unload B, B').toBe(aThenB);
    await clear();
    expect(await checksum(), 'nothing left').toBe(await databaseChecksum(driver, server!.uri, 'no-such-key-prefix'));
    await load(corpusB());
    await load(corpusA());
    expect(await checksum(), 'B then A').toBe(aThenB);
    await load(corpusB(), true);
    expect(await checksum(), 'B again with --replace').toBe(aThenB);
    await removeCorpus(driver, B);
    expect(await checksum(), 'B, A, unload B').toBe(aAlone);
    await load(corpusA());
    expect(await checksum(), 'A loaded twice').toBe(aAlone);
  });

  it('keeps what describes a thing merged, and what each corpus says apart', async () => {
    await clear();
    await load(corpusA());
    await load(corpusB());
    const [budi] = await q('MATCH (p:Person {key: $k}) RETURN properties(p) AS p', { k: BUDI });
    const p = budi.p as Record<string, unknown>;
    expect(p.corpora).toEqual([A, B]);
    // The first corpus by name gives the label; the lists are the union.
    expect(p.label).toBe('Budi Santika');
    expect(p.aliases).toEqual(['Budi', 'Budi Santika', 'Budi Santikā', 'Pak Budi']);
    expect(p.titles).toEqual(['Menteri']);
    // Each corpus's own values, kept as they were.
    expect([p[`label@${A}`], p[`label@${B}`], p[`mentions@${A}`], p[`mentions@${B}`], p[`pagerank@${A}`], p[`pagerank@${B}`]]).toEqual(['Budi Santika', 'Budi Santikā', 3, 4, 0.3, 0.35]);
    // mentions and degree are counted over the union (zz-a2 is in both corpora: its 2 mentions count once); pagerank is a corpus's only.
    expect(p.mentions).toBe(1 + 2 + 2);
    expect(p.degree).toBe(Number((await q('MATCH (:Person {key: $k})-[r]-() RETURN count(r) AS n', { k: BUDI }))[0].n));
    expect(p.pagerank).toBeUndefined();
    // A node of one corpus is as that corpus has it, with no views.
    const [summit] = await q("MATCH (e:Event {key: 'event:summit-2017-zz-negeri-utara'}) RETURN properties(e) AS p");
    expect(Object.keys(summit.p as object).some((k) => k.includes('@'))).toBe(false);
    expect((summit.p as Record<string, unknown>).pagerank).toBe(0.2);
  });

  it('gives a relationship both corpora assert the union of their evidence, each item with its corpus', async () => {
    const [r] = await q('MATCH (:Person {key: $p})-[r:PARTICIPATED_IN]->(:Event {key: $e}) RETURN r.corpora AS corpora, r.evidenceDocs AS docs, r.evidenceSentences AS sentences, r.evidenceCorpora AS from', { p: BUDI, e: MEETING });
    expect(r).toEqual({ corpora: [A, B], docs: ['article:zz-a1', A2], sentences: [1, 1], from: [A, B] });
    // The same article in both corpora: one MENTIONS, its count once.
    const [m] = await q('MATCH (:Document {key: $d})-[m:MENTIONS]->(:Person {key: $p}) RETURN m.count AS count, m.corpora AS corpora', { d: A2, p: BUDI });
    expect(m).toEqual({ count: 2, corpora: [A, B] });
    // A relationship of A alone stays A's.
    const [role] = await q('MATCH (:Person {key: $p})-[r:PARTICIPATED_IN]->(e:Event {key: $e}) RETURN r.corpora AS corpora, r.evidenceCorpora AS from', { p: ANA, e: MEETING });
    expect(role).toEqual({ corpora: [A], from: [A, A] });
  });

  it('ends two corpora loaded at the same time as loaded one after the other', async () => {
    await clear();
    await load(corpusA());
    await load(corpusB());
    const sequential = await checksum();
    await clear();
    await Promise.all([load(corpusA()), load(corpusB())]);
    expect(await checksum()).toBe(sequential);
  });
});
