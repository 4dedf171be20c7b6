import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { cacheDir } from '../../src/cli/paths.js';
import { connect } from '../../src/neo4j/connection.js';
import { NewsgraphNeo4jError } from '../../src/neo4j/errors.js';
import type { SerializedGraph } from '../../src/neo4j/graph-file.js';
import { loadGraph } from '../../src/neo4j/load.js';
import { DEFAULT_SERVER, start, status, stop, type ServerOptions } from '../../src/neo4j/server.js';
import { contractGraph } from '../../bench/exports.mjs';
import { corpusChecksum } from '../setup/checksum.js';
import { javaToolsFor } from '../setup/tools.js';
import { testPort } from '../setup/ports.js';

const tools = javaToolsFor('Neo4j fault test');

describe.skipIf(!tools)('Neo4j killed in the middle of a load', () => {
  // An instance of its own: this test kills it.
  const options: ServerOptions = {
    ...DEFAULT_SERVER,
    cacheDir: join(cacheDir(), 'neo4j'),
    instance: 'test-faults',
    boltPort: testPort(7696),
    httpPort: testPort(7476),
    password: 'newsgraph-faults-test',
  };
  const graph = contractGraph(3000, 9000).export() as unknown as SerializedGraph;
  const corpus = 'bench';
  let driver: Driver | undefined;
  const open = async () => {
    const server = await start(options, 300_000);
    driver = await connect({ uri: server.uri, user: 'neo4j', password: server.password });
    return server.uri;
  };
  afterAll(async () => {
    await driver?.close();
    await stop(options);
  });

  it('fails the load with a clear error; after a restart the same load gives the same database as an uninterrupted one', async () => {
    let uri = await open();
    const load = () => loadGraph(driver!, graph, { uri, batchSize: 200 });
    await load();
    const reference = await corpusChecksum(driver!, uri, corpus);
    // Start over empty, then kill the server once the load is under way.
    await driver!.executeQuery('MATCH (n) DETACH DELETE n');
    let batches = 0;
    const interrupted = loadGraph(driver!, graph, {
      uri,
      batchSize: 200,
      onProgress: (done) => {
        batches = done;
      },
    });
    while (batches < 5) await new Promise((r) => setTimeout(r, 20));
    process.kill(status(options).pid!, 'SIGKILL');
    const error = await interrupted.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(NewsgraphNeo4jError);
    expect((error as Error).message).not.toMatch(/\n\s+at /);
    await driver!.close();
    await stop(options);
    uri = await open();
    await loadGraph(driver!, graph, { uri, batchSize: 200 });
    expect(await corpusChecksum(driver!, uri, corpus)).toBe(reference);
  }, 600_000);
});
