/**
 * Global setup: a real Neo4j for the tests. NEO4J_URI (with NEO4J_PASSWORD) points at one
 * already running; otherwise a dedicated local instance is started from the Maven-resolved
 * jars on ports 7697/7477 (moved by NEWSGRAPH_TEST_PORT_OFFSET) and stopped afterwards, unless it was already running (another test
 * run's: stopping it would pull it from under that run). Without Java or Maven the tests skip with a
 * notice, except under CI=true, where that is a failure.
 */
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { cacheDir } from '../../src/cli/paths.js';
import { checkTools, DEFAULT_SERVER, start, status, stop, type ServerOptions } from '../../src/neo4j/server.js';
import { testPort } from './ports.js';

export interface TestNeo4j {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j | null;
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  if (process.env.NEO4J_URI) {
    project.provide('neo4j', {
      uri: process.env.NEO4J_URI,
      user: process.env.NEO4J_USERNAME ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? '',
    });
    return undefined;
  }
  try {
    checkTools();
  } catch (e) {
    if (process.env.CI) throw e;
    console.warn(`NOTICE: Neo4j tests skipped: ${(e as Error).message}`);
    project.provide('neo4j', null);
    return undefined;
  }
  const options: ServerOptions = {
    ...DEFAULT_SERVER,
    cacheDir: join(cacheDir(), 'neo4j'),
    instance: 'test',
    boltPort: testPort(7697),
    httpPort: testPort(7477),
    password: 'newsgraph-test-password',
    onStep: (s) => console.log(`neo4j: ${s}`),
  };
  const alreadyRunning = status(options).running;
  const server = await start(options, 300_000);
  project.provide('neo4j', { uri: server.uri, user: 'neo4j', password: server.password });
  return async () => {
    if (!alreadyRunning) await stop(options);
  };
}
