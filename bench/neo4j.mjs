// Neo4j load on its own local instance (ports 7699/7479, moved by NEWSGRAPH_TEST_PORT_OFFSET), in two parts:
// - the random graph of the contract's shape (default 2,000 nodes, 6,000 edges): the batched
//   loader against one auto-commit MERGE per node and relationship (import.cypher run statement
//   by statement);
// - graphs shaped like real output: a build of ../shared/corpora/real-news (when present;
//   BENCH_REAL_NEWS moves it) and builds of generated corpora (NEO4J_BENCH_SIZES, default
//   2000,10000,50000 articles), each put in an empty database twice, by `newsgraph load` (its
//   own process, peak RSS measured) and by the bulk path (`newsgraph export --format csv`,
//   neo4j-admin import with the server stopped, start, schema), to say where each wins.
// node bench/neo4j.mjs [nodes] [edges]; prints JSON. Builds are kept in bench/.corpus/<name>.out.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cacheDir } from '../dist/cli/paths.js';
import { toCypher } from '../dist/export/cypher.js';
import { connect } from '../dist/neo4j/connection.js';
import { applySchema, loadGraph } from '../dist/neo4j/load.js';
import { DEFAULT_SERVER, importCsv, start, stop } from '../dist/neo4j/server.js';
import { corpus } from './corpus.mjs';
import { contractGraph } from './exports.mjs';

const REAL_NEWS = process.env.BENCH_REAL_NEWS ?? join('..', 'shared', 'corpora', 'real-news');
const SIZES = (process.env.NEO4J_BENCH_SIZES ?? '2000,10000,50000').split(',').filter(Boolean).map(Number);
const BIN = join('bin', 'newsgraph.js');
// NEWSGRAPH_TEST_PORT_OFFSET moves the ports, as it does the test servers', for checkouts benched side by side.
const offset = Number(process.env.NEWSGRAPH_TEST_PORT_OFFSET ?? 0);
const options = {
  ...DEFAULT_SERVER,
  cacheDir: join(cacheDir(), 'neo4j'),
  instance: 'bench',
  boltPort: 7699 + offset,
  httpPort: 7479 + offset,
  password: 'newsgraph-bench',
};
const seconds = (t0) => (performance.now() - t0) / 1000;
const step = (s) => process.stderr.write(`bench neo4j: ${s}\n`);
const cli = (...args) =>
  execFileSync(process.execPath, [BIN, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

/** Wall time and peak RSS of a CLI run, as /usr/bin/time measures them (RSS null without it). */
function timedCli(...args) {
  const time = existsSync('/usr/bin/time');
  const t0 = performance.now();
  const r = time
    ? spawnSync('/usr/bin/time', ['-f', 'peak %M', process.execPath, BIN, ...args], { encoding: 'utf8' })
    : spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`newsgraph ${args[0]} failed: ${r.stderr}`);
  const peak = /peak (\d+)/.exec(r.stderr ?? '');
  return { seconds: seconds(t0), peakRssMB: peak ? Math.round(Number(peak[1]) / 1024) : null };
}

/** graph.json of a build of `dir`, built once and kept beside the generated corpora. */
function built(name, dir) {
  const out = join('bench', '.corpus', `${name}.out`);
  if (!existsSync(join(out, 'graph.json'))) {
    step(`building ${name}`);
    cli('build', dir, '--out', out, '--corpus', name, '--quiet');
  }
  return join(out, 'graph.json');
}

async function session(work) {
  const server = await start(options, 300_000);
  const driver = await connect({ uri: server.uri, user: 'neo4j', password: server.password });
  try {
    return await work(driver, server);
  } finally {
    await driver.close();
  }
}

async function clear(driver) {
  const s = driver.session();
  try {
    await s.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await s.close();
  }
}
const count = async (driver, cypher) => Number((await driver.executeQuery(cypher)).records[0].get(0));

/** The random graph: batched loader against a statement per element. */
async function randomGraph(nodes, edges) {
  return session(async (driver, server) => {
    const graph = contractGraph(nodes, edges);
    const rows = nodes + edges;
    await clear(driver);
    // The schema is in place before either clock starts: creating it is a one-off cost.
    await applySchema(driver);
    let t0 = performance.now();
    await loadGraph(driver, graph.export(), { uri: server.uri, batchSize: 1000 });
    const batchedSeconds = seconds(t0);
    await clear(driver);
    const statements = toCypher(graph)
      .split('\n')
      .filter((l) => /^(MERGE|MATCH)/.test(l));
    const s = driver.session();
    try {
      t0 = performance.now();
      for (const statement of statements) await s.run(statement);
    } finally {
      await s.close();
    }
    const naiveSeconds = seconds(t0);
    await clear(driver);
    return {
      nodes,
      edges,
      batchedSeconds,
      naiveSeconds,
      batchedPerSecond: Math.round(rows / batchedSeconds),
      naivePerSecond: Math.round(rows / naiveSeconds),
    };
  });
}

/** One real-shaped graph into an empty database by `newsgraph load`, then by the bulk path. */
async function loadAgainstBulk(name, articles, graphFile) {
  step(`${name}: newsgraph load`);
  const loaded = await session(async (driver, server) => {
    await clear(driver);
    const run = timedCli('load', graphFile, '--uri', server.uri, '--password', server.password, '--quiet');
    const nodes = await count(driver, 'MATCH (n) RETURN count(n)');
    const relationships = await count(driver, 'MATCH ()-[r]->() RETURN count(r)');
    await clear(driver);
    return { nodes, relationships, ...run };
  });
  step(`${name}: export --format csv, neo4j-admin import, start, schema`);
  const csv = mkdtempSync(join(tmpdir(), 'ng-bench-csv-'));
  try {
    const exported = timedCli('export', graphFile, '--format', 'csv', '--out', csv, '--quiet');
    await stop(options);
    let t0 = performance.now();
    importCsv(options, csv);
    const importSeconds = seconds(t0);
    t0 = performance.now();
    const bulk = await session(async (driver) => {
      const startSeconds = seconds(t0);
      const t1 = performance.now();
      await applySchema(driver);
      await driver.executeQuery('CALL db.awaitIndexes(3600)');
      const schemaSeconds = seconds(t1);
      const relationships = await count(driver, 'MATCH ()-[r]->() RETURN count(r)');
      await clear(driver);
      return { startSeconds, schemaSeconds, relationships };
    });
    if (bulk.relationships !== loaded.relationships)
      throw new Error(`${name}: the bulk path gave ${bulk.relationships} relationships, load ${loaded.relationships}`);
    const totalSeconds = exported.seconds + importSeconds + bulk.startSeconds + bulk.schemaSeconds;
    const elements = loaded.nodes + loaded.relationships;
    return {
      name,
      articles,
      nodes: loaded.nodes,
      relationships: loaded.relationships,
      load: {
        seconds: +loaded.seconds.toFixed(1),
        elementsPerSecond: Math.round(elements / loaded.seconds),
        peakRssMB: loaded.peakRssMB,
      },
      bulk: {
        exportSeconds: +exported.seconds.toFixed(1),
        exportPeakRssMB: exported.peakRssMB,
        importSeconds: +importSeconds.toFixed(1),
        startSeconds: +bulk.startSeconds.toFixed(1),
        schemaSeconds: +bulk.schemaSeconds.toFixed(1),
        totalSeconds: +totalSeconds.toFixed(1),
        elementsPerSecond: Math.round(elements / totalSeconds),
      },
      // The bulk path replaces the whole database with the server stopped; load adds a corpus beside others.
      faster: loaded.seconds <= totalSeconds ? 'load' : 'bulk',
      ratio: +(Math.max(loaded.seconds, totalSeconds) / Math.min(loaded.seconds, totalSeconds)).toFixed(2),
    };
  } finally {
    rmSync(csv, { recursive: true, force: true });
  }
}

async function benchNeo4j(nodes = 2_000, edges = 6_000) {
  try {
    step(`random graph, ${nodes} nodes and ${edges} edges: batched and naive`);
    const random = await randomGraph(nodes, edges);
    const shaped = [];
    if (existsSync(REAL_NEWS)) shaped.push(await loadAgainstBulk('real-news', null, built('real-news', REAL_NEWS)));
    for (const size of SIZES)
      shaped.push(await loadAgainstBulk(`generated-${size}`, size, built(`generated-${size}`, corpus(size))));
    return { ...random, realShaped: shaped };
  } finally {
    await stop(options);
  }
}

if (import.meta.url === `file://${process.argv[1]}`)
  console.log(JSON.stringify(await benchNeo4j(Number(process.argv[2] ?? 2000), Number(process.argv[3] ?? 6000))));
