/** Connection settings and the driver: the only module that creates one. */
import neo4j, { type Driver } from 'neo4j-driver';
import { explain } from './errors.js';

export interface Neo4jSettings {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  readonly database?: string;
}

export const DEFAULT_NEO4J: Pick<Neo4jSettings, 'uri' | 'user'> = { uri: 'bolt://localhost:7687', user: 'neo4j' };

/** Settings from options first, then NEO4J_URI / NEO4J_USERNAME / NEO4J_PASSWORD / NEO4J_DATABASE, then defaults. */
export function settingsFrom(options: Partial<Neo4jSettings>, env: NodeJS.ProcessEnv, fallbackPassword?: string): Neo4jSettings | { missing: 'password' } {
  const password = options.password ?? env.NEO4J_PASSWORD ?? fallbackPassword;
  if (!password) return { missing: 'password' };
  return {
    uri: options.uri ?? env.NEO4J_URI ?? DEFAULT_NEO4J.uri,
    user: options.user ?? env.NEO4J_USERNAME ?? env.NEO4J_USER ?? DEFAULT_NEO4J.user,
    password,
    database: options.database ?? env.NEO4J_DATABASE ?? undefined,
  };
}

/** Opens a driver and checks that the server answers and accepts the credentials. */
export async function connect(settings: Neo4jSettings): Promise<Driver> {
  const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
    disableLosslessIntegers: true,
    connectionTimeout: 10_000,
    maxTransactionRetryTime: 30_000,
    logging: { level: 'error', logger: () => undefined },
  });
  try {
    await driver.verifyAuthentication({ database: settings.database });
    return driver;
  } catch (e) {
    await driver.close();
    throw explain(e, settings.uri, settings.database);
  }
}
