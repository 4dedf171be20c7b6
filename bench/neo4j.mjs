// Neo4j load rates on its own local instance (ports 7699/7479): the batched loader against
// one auto-commit MERGE per node and relationship (import.cypher run statement by statement).
// node bench/neo4j.mjs [nodes] [edges]; prints JSON.
import { join } from 'node:path';
import { cacheDir } from '../dist/cli/paths.js';
import { toCypher } from '../dist/export/cypher.js';
import { connect } from '../dist/neo4j/connection.js';
import { applySchema, loadGraph } from '../dist/neo4j/load.js';
import { DEFAULT_SERVER, start, stop } from '../dist/neo4j/server.js';
import { contractGraph } from './exports.mjs';

async function benchNeo4j(nodes = 5_000, edges = 15_000) {
  const options = { ...DEFAULT_SERVER, cacheDir: join(cacheDir(), 'neo4j'), instance: 'bench', boltPort: 7699, httpPort: 7479, password: 'newsgraph-bench' };
  const server = await start(options, 300_000);
  const driver = await connect({ uri: server.uri, user: 'neo4j', password: server.password });
  const clear = async () => {
    const session = driver.session();
    try { await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS'); } finally { await session.close(); }
  };
  try {
    const graph = contractGraph(nodes, edges);
    const rows = nodes + edges;
    await clear();
    // The schema is in place before either clock starts: creating it is a one-off cost.
    await applySchema(driver);
    let t0 = performance.now();
    await loadGraph(driver, graph.export(), { uri: server.uri, batchSize: 1000 });
    const batchedSeconds = (performance.now() - t0) / 1000;
    await clear();
    const statements = toCypher(graph).split('\n').filter((l) => /^(MERGE|MATCH)/.test(l));
    const session = driver.session();
    try {
      t0 = performance.now();
      for (const s of statements) await session.run(s);
    } finally {
      await session.close();
    }
    const naiveSeconds = (performance.now() - t0) / 1000;
    return { nodes, edges, batchedSeconds, naiveSeconds, batchedPerSecond: Math.round(rows / batchedSeconds), naivePerSecond: Math.round(rows / naiveSeconds) };
  } finally {
    await clear().catch(() => {});
    await driver.close();
    await stop(options);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await benchNeo4j(Number(process.argv[2] ?? 5000), Number(process.argv[3] ?? 15000))));
