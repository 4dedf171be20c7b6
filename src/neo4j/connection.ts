/** Connection settings and the driver: the only module that creates one. */
import neo4j, { type Driver } from 'neo4j-driver';
import { explain, NewsgraphNeo4jError, unauthorized } from './errors.js';

export interface Neo4jSettings {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  readonly database?: string;
}

export const DEFAULT_NEO4J: Pick<Neo4jSettings, 'uri' | 'user'> = { uri: 'bolt://localhost:7687', user: 'neo4j' };

/** The schemes neo4j-driver speaks: Bolt direct, or routed through neo4j://, each plain or with TLS. */
const BOLT_SCHEMES = /^(bolt|neo4j)(\+s|\+ssc)?:\/\//i;

/** Why a URI cannot be used for Bolt, naming the scheme to use instead; undefined if it can. */
export function uriProblem(uri: string, from: string): string | undefined {
  if (BOLT_SCHEMES.test(uri)) return undefined;
  const http = /^https?:\/\/([^/:]+)/i.exec(uri);
  const hint = http
    ? `: that is Neo4j's HTTP address (Browser); Bolt listens elsewhere, e.g. bolt://${http[1]}:7687`
    : '';
  return `${from} takes a Bolt URI (bolt://host:port, or neo4j:// for a cluster; +s or +ssc for TLS), not ${JSON.stringify(uri)}${hint}`;
}

/** What stands in when nothing is given: the local server's, when it runs. */
export interface FallbackSettings {
  readonly uri: string;
  readonly password: string;
}

/**
 * Settings from options first, then NEO4J_URI / NEO4J_USERNAME / NEO4J_PASSWORD /
 * NEO4J_DATABASE (empty counts as unset), then the fallback, then defaults.
 */
export function settingsFrom(
  options: Partial<Neo4jSettings>,
  env: NodeJS.ProcessEnv,
  fallback?: FallbackSettings,
): Neo4jSettings | { missing: 'password' } | { problem: string } {
  const fromEnv = (name: string) => env[name] || undefined;
  const uri = options.uri ?? fromEnv('NEO4J_URI');
  const problem = uri === undefined ? undefined : uriProblem(uri, options.uri !== undefined ? '--uri' : 'NEO4J_URI');
  if (problem) return { problem };
  const password = options.password ?? fromEnv('NEO4J_PASSWORD') ?? fallback?.password;
  if (password === undefined) return { missing: 'password' };
  return {
    uri: uri ?? fallback?.uri ?? DEFAULT_NEO4J.uri,
    user: options.user ?? fromEnv('NEO4J_USERNAME') ?? fromEnv('NEO4J_USER') ?? DEFAULT_NEO4J.user,
    password,
    database: options.database ?? fromEnv('NEO4J_DATABASE'),
  };
}

/** Opens a driver and checks that the server answers and accepts the credentials. */
export async function connect(settings: Neo4jSettings): Promise<Driver> {
  const problem = uriProblem(settings.uri, 'the connection');
  if (problem) throw new NewsgraphNeo4jError('setup', problem);
  const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
    disableLosslessIntegers: true,
    connectionTimeout: 10_000,
    maxTransactionRetryTime: 30_000,
    logging: { level: 'error', logger: () => undefined },
  });
  try {
    // false (not an error) when the server says Unauthorized.
    if (!(await driver.verifyAuthentication({ database: settings.database }))) throw unauthorized(settings.uri);
    return driver;
  } catch (e) {
    await driver.close();
    throw explain(e, settings.uri, settings.database, settings.user);
  }
}
