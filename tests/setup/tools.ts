/** Whether Java and Maven are here for tests that run Neo4j or Gephi; a failure under CI=true, a notice otherwise. */
import { checkTools } from '../../src/neo4j/server.js';

export function javaToolsFor(what: string): boolean {
  try {
    checkTools();
    return true;
  } catch (e) {
    if (process.env.CI) throw e;
    console.warn(`NOTICE: ${what} skipped: ${(e as Error).message}`);
    return false;
  }
}
