import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { build } from '../../src/pipeline.js';
import { queryLibrary } from '../../src/cli/neo4j.js';
import { connect } from '../../src/neo4j/connection.js';
import type { SerializedGraph } from '../../src/neo4j/graph-file.js';
import { serializeGraph } from '../../src/graph/serialized.js';
import { bindParams } from '../../src/neo4j/library.js';
import { loadGraph } from '../../src/neo4j/load.js';
import { runQuery, type QueryResult } from '../../src/neo4j/query.js';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cacheDir } from '../../src/cli/paths.js';
import { toCypher } from '../../src/export/cypher.js';
import { nodeProperties } from '../../src/export/properties.js';
import { ATTACK_TYPES, HOSTILE_STRINGS, hostileGraph } from '../fixtures/hostile.js';
import { corpusChecksum } from '../setup/checksum.js';
import { cliWith, runCli } from '../setup/cli.js';

const server = inject('neo4j');
if (!server) console.warn('NOTICE: no Neo4j (no NEO4J_URI, no Java or Maven): Neo4j tests skipped');

const CORPUS = 'newsgraph-test-seeds';
const seeds = async (): Promise<SerializedGraph> => serializeGraph((await build(['seeds'], { corpus: CORPUS })).graph);

describe.skipIf(!server)('Neo4j, for real', () => {
  let driver: Driver;
  let graph: SerializedGraph;
  const q = (cypher: string, params: Record<string, unknown> = {}, write = false) =>
    runQuery(driver, cypher, params, { uri: server!.uri, write });
  const named = async (name: string, params: Record<string, string> = {}): Promise<QueryResult> => {
    const query = queryLibrary().find((x) => x.name === name)!;
    return q(
      query.cypher,
      bindParams(
        query,
        Object.entries(params).map(([k, v]) => `${k}=${v}`),
      ),
    );
  };
  const load = (g: SerializedGraph, replace = false) =>
    loadGraph(driver, g, { uri: server!.uri, replace, batchSize: 25 });
  const checksum = () => corpusChecksum(driver, server!.uri, CORPUS);

  beforeAll(async () => {
    driver = await connect({ uri: server!.uri, user: server!.user, password: server!.password });
    graph = await seeds();
    await load(graph, true);
  });
  afterAll(async () => {
    await driver?.close();
  });

  it('holds as many nodes per label and relationships per type as graph.json', async () => {
    const byLabel = await q(
      'MATCH (n) WHERE $c IN n.corpora RETURN labels(n)[0] AS label, count(*) AS n ORDER BY label',
      { c: CORPUS },
    );
    const byType = await q(
      'MATCH ()-[r]->() WHERE $c IN r.corpora RETURN type(r) AS type, count(*) AS n ORDER BY type',
      { c: CORPUS },
    );
    const count = (xs: string[]) =>
      Object.fromEntries([...new Set(xs)].sort().map((x) => [x, xs.filter((y) => y === x).length]));
    expect(Object.fromEntries(byLabel.rows.map((r) => [r.label, r.n]))).toEqual(
      count(graph.nodes.map((n) => n.attributes.type)),
    );
    expect(Object.fromEntries(byType.rows.map((r) => [r.type, r.n]))).toEqual(
      count(graph.edges.map((e) => e.attributes.type)),
    );
  });

  it('changes nothing when loaded again', async () => {
    const before = await checksum();
    await load(graph);
    expect(await checksum()).toBe(before);
  });

  it("keeps the evidence: parallel lists equal graph.json's evidence", async () => {
    const edge = graph.edges.find((e) => e.attributes.type === 'HOLDS_ROLE')!;
    const [row] = (
      await q(
        'MATCH ()-[r {key: $k}]->() RETURN r.evidenceDocs AS docs, r.evidenceSentences AS sentences, r.evidenceTexts AS texts',
        { k: edge.key },
      )
    ).rows;
    expect(row).toEqual({
      docs: edge.attributes.evidence!.map((e) => e.doc),
      sentences: edge.attributes.evidence!.map((e) => e.sentence),
      texts: edge.attributes.evidence!.map((e) => e.text),
    });
  });

  it('replaces only its own corpus', async () => {
    const other: SerializedGraph = {
      attributes: { corpus: 'newsgraph-test-other' },
      nodes: [
        {
          key: 'place:newsgraph-test-somewhere',
          attributes: { type: 'Place', label: 'Somewhere', aliases: ['Somewhere'], mentions: 1 },
        },
      ],
      edges: [],
    };
    await load(other);
    await load(graph, true);
    expect((await q("MATCH (n {key: 'place:newsgraph-test-somewhere'}) RETURN n.corpora AS c")).rows).toEqual([
      { c: ['newsgraph-test-other'] },
    ]);
    expect((await q('MATCH (n) WHERE $c IN n.corpora RETURN count(n) AS n', { c: CORPUS })).rows[0].n).toBe(
      graph.nodes.length,
    );
    await q("MATCH (n {key: 'place:newsgraph-test-somewhere'}) DETACH DELETE n", {}, true);
  });

  it('refuses a write without --write, and the data stays as it was', async () => {
    const before = await checksum();
    await expect(q("MATCH (p:Person {key: 'person:vladimir-putin'}) SET p.label = 'x' RETURN p")).rejects.toMatchObject(
      { code: 'forbidden' },
    );
    expect(await checksum()).toBe(before);
  });

  it('answers who met Putin: Kim Jong Un, in Vladivostok in 2019 and in Pyongyang in 2024, one row per meeting', async () => {
    const rows = (await named('who-met', { person: 'Putin' })).rows;
    expect(rows.filter((r) => (r.people as string[]).includes('Kim Jong Un'))).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ date: '2019-04-25', place: 'Vladivostok' }),
        expect.objectContaining({ date: '2024-06-19', place: 'Pyongyang' }),
      ]),
    );
    expect(new Set(rows.map((r) => r.event)).size).toBe(rows.length);
    for (const r of rows) expect((r.articles as string[]).length, String(r.event)).toBeGreaterThan(0);
  });

  it('answers every named query on the seeds', async () => {
    const timeline = (await named('person-timeline', { person: 'Kim Jong-un' })).rows;
    expect(timeline.map((r) => r.date).filter(Boolean)).toEqual(
      [...timeline.map((r) => r.date).filter(Boolean)].sort(),
    );
    expect(timeline.length).toBeGreaterThanOrEqual(4);

    const delegation = (await named('event-delegation', { place: 'Pyongyang', date: '2024-06' })).rows;
    expect(delegation).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ participant: 'Kim Jong Un', role: 'host' }),
        expect.objectContaining({ participant: 'Vladimir Putin', role: 'guest' }),
        expect.objectContaining({ participant: 'Sergey Lavrov', role: 'delegate' }),
      ]),
    );

    const roles = (await named('roles-for-country', { country: 'Rusia' })).rows;
    expect(roles).toEqual(
      expect.arrayContaining([expect.objectContaining({ person: 'Vladimir Putin', title: 'Presiden' })]),
    );
    expect((await named('roles-for-country', { country: 'Korut' })).rows.map((r) => r.person)).toEqual(
      expect.arrayContaining(['Kim Jong Un', 'Choe Son Hui']),
    );

    const path = (await named('shortest-path', { from: 'Choe Son-hui', to: 'Yuri Borisov' })).rows;
    expect(path).toHaveLength(1);
    expect(path[0].path).toEqual(expect.arrayContaining(['Choe Son Hui', 'Yuri Borisov']));

    const inRussia = (await named('events-at-place', { place: 'Rusia', from: '2023-01-01', to: '2023-12-31' })).rows;
    expect(inRussia.map((r) => r.place)).toEqual(expect.arrayContaining(['Rusia', 'Vostochny']));

    const sources = (await named('event-sources', { place: 'Vladivostok', date: '2019' })).rows;
    expect(sources.some((r) => String(r.sentence).includes('25 April 2019'))).toBe(true);

    const top = (await named('most-connected', { limit: '10' })).rows.map((r) => r.person);
    expect(top).toEqual(expect.arrayContaining(['Vladimir Putin', 'Kim Jong Un']));

    expect((await named('co-mentioned', { name: 'Lavrov' })).rows.map((r) => r.entity)).toEqual(
      expect.arrayContaining(['Kim Jong Un', 'Pyongyang']),
    );

    const claims = (await named('article-claims', { article: '002_94e796d2480e38fb.txt' })).rows;
    expect(claims).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ subject: 'Choe Son Hui', relation: 'HOLDS_ROLE', object: 'Korea Utara' }),
      ]),
    );

    const cited = (await named('cited-sources')).rows;
    expect(cited.find((r) => r.source === 'TASS')?.articles).toBe(2);

    const variants = (await named('spelling-variants')).rows.find((r) => r.name === 'Kim Jong Un');
    expect(variants?.variants).toEqual(expect.arrayContaining(['Kim Jong-un', 'Kim']));

    expect((await named('search', { text: 'Kim*' })).rows[0].name).toBe('Kim Jong Un');
    expect((await named('publishers')).rows.map((r) => r.outlet)).toEqual(
      expect.arrayContaining(['ANTARA', 'KONTAN', 'Medcom', 'VIVA']),
    );
  });

  it('has at least 12 named queries, each with a description, and every one runs', async () => {
    const library = queryLibrary();
    expect(library.length).toBeGreaterThanOrEqual(12);
    for (const query of library) {
      expect(query.description.length, query.name).toBeGreaterThan(10);
      await expect(q(query.cypher, bindParams(query, [])), query.name).resolves.toBeDefined();
    }
  });

  it('says clearly when the credentials are wrong, and never shows the password', () => {
    const r = runCli('query', 'RETURN 1', '--uri', server!.uri, '--password', 'not-the-password-123');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/refused the user name or password/);
    expect(r.stderr + r.stdout).not.toContain('not-the-password-123');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('builds and loads in one go, and query prints CSV', () => {
    const run = cliWith({ NEO4J_URI: server!.uri, NEO4J_USERNAME: server!.user, NEO4J_PASSWORD: server!.password });
    const build = run('build', 'seeds', '--out', 'out', '--corpus', CORPUS, '--load', '--quiet');
    expect(build.status, build.stderr).toBe(0);
    const query = run('query', '--name', 'who-met', '--param', 'person=Kim', '--format', 'csv');
    expect(query.status, query.stderr).toBe(0);
    const [header, ...lines] = query.stdout.split('\r\n');
    expect(header).toBe('date,kind,place,people,articles,event');
    expect(lines.find((l) => l.startsWith('2019-04-25,meeting,Vladivostok,'))).toContain('Vladimir Putin');
  });

  it('says clearly and quickly when the server is unreachable, for load and for query', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ng-down-')), 'graph.json');
    writeFileSync(file, JSON.stringify(graph));
    for (const args of [
      ['load', file],
      ['query', 'RETURN 1'],
    ]) {
      const t0 = Date.now();
      const r = runCli(...args, '--uri', 'bolt://127.0.0.1:1', '--password', 'x');
      expect(Date.now() - t0, args[0]).toBeLessThan(15_000);
      expect(r.status, args[0]).toBe(1);
      expect(r.stderr).toMatch(/cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('reads graph.json as it loads, and says in one line (exit 2) when the file is not one, or is cut short: nothing of it is loaded', async () => {
    const run = cliWith({ NEO4J_URI: server!.uri, NEO4J_USERNAME: server!.user, NEO4J_PASSWORD: server!.password });
    const dir = mkdtempSync(join(tmpdir(), 'ng-bad-graph-'));
    const text = JSON.stringify({ ...graph, attributes: { corpus: 'newsgraph-test-cut' } }, null, 1);
    expect(run('unload', 'newsgraph-test-cut', '--quiet').status).toBe(0);
    const cases: [string, string, RegExp][] = [
      ['not-json.json', 'this is not JSON', /not-json\.json is not a newsgraph graph\.json/],
      ['no-graph.json', '{"a": 1}', /no-graph\.json is not a newsgraph graph\.json \(no nodes and edges\)/],
      ['cut.json', text.slice(0, Math.floor(text.length * 0.9)), /cut\.json is not a newsgraph graph\.json \(/],
    ];
    for (const [name, content, message] of cases) {
      writeFileSync(join(dir, name), content);
      const r = run('load', join(dir, name), '--quiet', '--batch-size', '50');
      expect(r.status, name).toBe(2);
      expect(r.stderr, name).toMatch(message);
      expect(r.stderr.trim().split('\n'), name).toHaveLength(1);
    }
    expect(
      (await q('MATCH (n) WHERE $c IN n.corpora RETURN count(n) AS n', { c: 'newsgraph-test-cut' })).rows[0].n,
    ).toBe(0);
  });

  it('refuses a crafted graph.json whole before writing anything: its good elements are not loaded, --replace removes nothing', async () => {
    const run = cliWith({ NEO4J_URI: server!.uri, NEO4J_USERNAME: server!.user, NEO4J_PASSWORD: server!.password });
    const dir = mkdtempSync(join(tmpdir(), 'ng-crafted-'));
    expect(run('unload', 'newsgraph-test-crafted', '--quiet').status).toBe(0);
    const before = await checksum();
    for (const [name, attack] of Object.entries(ATTACK_TYPES)) {
      for (const corpus of [CORPUS, 'newsgraph-test-crafted']) {
        // Everything good but the last edge, which comes after 150 good elements (3 batches of 50).
        const crafted = structuredClone({ ...graph, attributes: { corpus } });
        crafted.edges[crafted.edges.length - 1].attributes.type = attack as never;
        const file = join(dir, `${name}.json`);
        writeFileSync(file, JSON.stringify(crafted));
        const r = run('load', file, '--replace', '--quiet', '--batch-size', '50');
        expect(r.status, name).toBe(2);
        expect(r.stderr, name).toMatch(
          new RegExp(
            `^newsgraph: ${file} is not a newsgraph graph: edges\\[${graph.edges.length - 1}\\] \\(key "[^"]+"\\): type ".+" is not an edge type of the contract\n$`,
          ),
        );
      }
    }
    expect(await checksum()).toBe(before);
    expect(
      (await q('MATCH (n) WHERE $c IN n.corpora RETURN count(n) AS n', { c: 'newsgraph-test-crafted' })).rows[0].n,
    ).toBe(0);
  });

  it("stores hostile strings unchanged through the loader's parameters and through import.cypher", async () => {
    const hostile = hostileGraph();
    const expected = new Map(hostile.mapNodes((key, a) => [key, nodeProperties(key, a)]));
    const readBack = async () => {
      const rows = (
        await q('MATCH (n:Person) WHERE n.key STARTS WITH "person:hostile-" RETURN n.key AS key, properties(n) AS p')
      ).rows;
      const evidence = (
        await q(
          'MATCH (:Document {key: "article:hostile"})-[r:CITES]->(p) RETURN p.key AS key, r.evidenceTexts AS texts',
        )
      ).rows;
      return { rows, evidence };
    };
    const check = async (path: string) => {
      const { rows, evidence } = await readBack();
      expect(rows.length, path).toBe(HOSTILE_STRINGS.length);
      for (const r of rows) {
        const want = expected.get(r.key as string)!;
        const got = r.p as Record<string, unknown>;
        for (const k of ['label', 'aliases', 'titles']) expect(got[k], `${path} ${k}`).toEqual(want[k]);
      }
      for (const e of evidence)
        expect(e.texts, path).toEqual([HOSTILE_STRINGS[Number(String(e.key).split('-').pop())]]);
    };
    const cleanup = () =>
      q('MATCH (n) WHERE n.key STARTS WITH "person:hostile-" OR n.key = "article:hostile" DETACH DELETE n', {}, true);
    await cleanup();
    await loadGraph(driver, hostile.export() as unknown as SerializedGraph, { uri: server!.uri });
    await check('loader');
    await cleanup();
    const statements = toCypher(hostile)
      .split('\n')
      .filter((l) => /^(MERGE|MATCH) /.test(l))
      .map((l) => l.replace(/;$/, ''));
    for (const statement of statements) await q(statement, {}, true);
    await check('import.cypher');
    await cleanup();
  });

  it('ends two loads of the same graph at once with no duplicate nodes or relationships', async () => {
    await Promise.all([load(graph), load(graph)]);
    const dupNodes = await q(
      'MATCH (n) WHERE $c IN n.corpora WITH n.key AS key, count(*) AS c WHERE c > 1 RETURN count(*) AS dups',
      { c: CORPUS },
    );
    const dupRels = await q(
      'MATCH ()-[r]->() WHERE $c IN r.corpora WITH r.key AS key, count(*) AS c WHERE c > 1 RETURN count(*) AS dups',
      { c: CORPUS },
    );
    expect(Number(dupNodes.rows[0].dups)).toBe(0);
    expect(Number(dupRels.rows[0].dups)).toBe(0);
    const nodes = await q('MATCH (n) WHERE $c IN n.corpora RETURN count(*) AS n', { c: CORPUS });
    expect(Number(nodes.rows[0].n)).toBe(graph.nodes.length);
  });

  it.skipIf(!!process.env.NEO4J_URI)(
    'binds the local server to 127.0.0.1 only, with authentication on, and keeps the password out of its logs',
    async () => {
      const port = Number(new URL(server!.uri.replace('bolt:', 'http:')).port);
      const listening = ['/proc/net/tcp', '/proc/net/tcp6']
        .flatMap((f) => (existsSync(f) ? readFileSync(f, 'utf8').split('\n').slice(1) : []))
        .map((l) => l.trim().split(/\s+/))
        .filter((c) => c[3] === '0A' && parseInt(c[1]?.split(':')[1] ?? '', 16) === port)
        .map((c) => c[1].split(':')[0]);
      expect(listening.length).toBeGreaterThan(0);
      // 127.0.0.1 as /proc writes it (little-endian hex), or its IPv4-mapped IPv6 form.
      for (const address of listening) expect(['0100007F', '0000000000000000FFFF00000100007F']).toContain(address);
      const intruder = await connect({ uri: server!.uri, user: 'neo4j', password: 'wrong-password' }).catch(
        (e: Error) => e,
      );
      const refused =
        intruder instanceof Error
          ? intruder
          : await runQuery(intruder, 'RETURN 1', {}, { uri: server!.uri }).then(
              () => null,
              (e: Error) => e,
            );
      if (!(intruder instanceof Error)) await intruder.close();
      expect(refused?.message).toMatch(/user name or password/);
      const home = join(cacheDir(), 'neo4j', 'test');
      const logs = join(home, 'logs');
      for (const f of readdirSync(logs)) expect(readFileSync(join(logs, f), 'utf8'), f).not.toContain(server!.password);
    },
  );
});
