/**
 * A local Neo4j Community server without Docker: the official 5.26 LTS jars resolved by
 * Maven from Maven Central into a cache folder, run with `java`, bound to 127.0.0.1 with
 * authentication on. The cache folder holds everything: the Maven project, the jars, the
 * server's home (conf, data, logs), its pid and the generated password.
 */
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { connect } from './connection.js';
import { adminImportArgs } from '../export/csv.js';
import { NewsgraphNeo4jError } from './errors.js';

export const NEO4J_VERSION = '5.26.30';
export const APOC_VERSION = '5.26.19';
export const BROWSER_VERSION = '5.24.0';

export interface ServerOptions {
  /** Folder for jars, home and state. */
  readonly cacheDir: string;
  /** Name of this server's home inside the cache (its data, pid and password); several can share the jars. */
  readonly instance?: string;
  readonly boltPort: number;
  readonly httpPort: number;
  /** The password to set on first start; otherwise one is generated and kept in the cache folder. */
  readonly password?: string;
  readonly heap: string;
  readonly pageCache: string;
  /** Told about slow steps (resolving jars, starting). */
  readonly onStep?: (step: string) => void;
}

export const DEFAULT_SERVER: Omit<ServerOptions, 'cacheDir'> = { boltPort: 7687, httpPort: 7474, heap: '1g', pageCache: '256m' };

export interface ServerStatus {
  readonly running: boolean;
  readonly pid?: number;
  readonly uri: string;
  readonly browser: string;
  readonly home: string;
}

interface Paths {
  readonly root: string;
  readonly lib: string;
  readonly apoc: string;
  readonly home: string;
  readonly conf: string;
  readonly pid: string;
  readonly password: string;
  readonly log: string;
  readonly stamp: string;
}

function paths(cacheDir: string, instance = 'home'): Paths {
  const home = join(cacheDir, instance);
  return {
    root: cacheDir, lib: join(cacheDir, 'lib'), apoc: join(cacheDir, 'apoc'), home, conf: join(home, 'conf'),
    pid: join(home, 'neo4j.pid'), password: join(home, 'password'), log: join(home, 'logs', 'console.log'), stamp: join(cacheDir, 'lib', '.version'),
  };
}

const uriOf = (o: Pick<ServerOptions, 'boltPort'>) => `bolt://127.0.0.1:${o.boltPort}`;

/** Java 17 or newer and Maven must be there; says which is missing. */
export function checkTools(): void {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.error || java.status !== 0) throw new NewsgraphNeo4jError('setup', 'Java 17 or newer is needed to run Neo4j locally (apt-get install openjdk-17-jre-headless), or use docker compose up -d');
  const major = Number(/version "(\d+)/.exec(java.stderr ?? '')?.[1] ?? 0);
  if (major < 17) throw new NewsgraphNeo4jError('setup', `Neo4j ${NEO4J_VERSION} needs Java 17 or newer; this machine has Java ${major}`);
  const mvn = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (mvn.error || mvn.status !== 0) throw new NewsgraphNeo4jError('setup', 'Maven is needed to fetch Neo4j from Maven Central (apt-get install maven), or use docker compose up -d');
}

function pom(artifactId: string, deps: readonly [string, string, string][]): string {
  return `<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>newsgraph.local</groupId><artifactId>${artifactId}</artifactId><version>1</version><packaging>pom</packaging>
  <dependencies>
${deps.map(([g, a, v]) => `    <dependency><groupId>${g}</groupId><artifactId>${a}</artifactId><version>${v}</version></dependency>`).join('\n')}
  </dependencies>
</project>
`;
}

function mvnCopy(dir: string, pomText: string, out: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'pom.xml'), pomText);
  const r = spawnSync('mvn', ['-q', '-B', '-f', join(dir, 'pom.xml'), 'dependency:copy-dependencies', `-DoutputDirectory=${out}`, '-DincludeScope=runtime'], { encoding: 'utf8' });
  if (r.status !== 0) throw new NewsgraphNeo4jError('setup', `Maven could not fetch Neo4j ${NEO4J_VERSION}: ${(r.stdout + r.stderr).split('\n').find((l) => l.includes('ERROR')) ?? 'see mvn output'}`);
}

/** Resolves the server, Browser and APOC jars once; later calls find them in the cache. */
export function install(options: ServerOptions): void {
  const p = paths(options.cacheDir);
  if (existsSync(p.stamp) && readFileSync(p.stamp, 'utf8') === NEO4J_VERSION) return;
  checkTools();
  options.onStep?.(`fetching Neo4j ${NEO4J_VERSION} from Maven Central into ${p.root} (once)`);
  rmSync(p.lib, { recursive: true, force: true });
  rmSync(p.apoc, { recursive: true, force: true });
  mvnCopy(join(p.root, 'maven', 'server'), pom('neo4j-server', [
    ['org.neo4j', 'neo4j', NEO4J_VERSION], ['org.neo4j.app', 'neo4j-server', NEO4J_VERSION], ['org.neo4j.client', 'neo4j-browser', BROWSER_VERSION],
  ]), p.lib);
  // APOC core ships unshaded on Maven Central: its own jars, less those the server already has.
  const staging = join(p.root, 'maven', 'apoc-all');
  mvnCopy(join(p.root, 'maven', 'apoc'), pom('apoc', [['org.neo4j.procedure', 'apoc-core', APOC_VERSION], ['org.neo4j.procedure', 'apoc-common', APOC_VERSION]]), staging);
  const artifact = (jar: string) => jar.replace(/-\d[\w.]*(-[\w.]+)?\.jar$/, '');
  const have = new Set(readdirSync(p.lib).map(artifact));
  mkdirSync(p.apoc, { recursive: true });
  for (const jar of readdirSync(staging)) if (!have.has(artifact(jar))) writeFileSync(join(p.apoc, jar), readFileSync(join(staging, jar)));
  rmSync(staging, { recursive: true, force: true });
  writeFileSync(p.stamp, NEO4J_VERSION);
}

function passwordFor(options: ServerOptions, p: Paths): string {
  if (existsSync(p.password)) return readFileSync(p.password, 'utf8').trim();
  const password = options.password ?? randomBytes(18).toString('base64url');
  mkdirSync(p.home, { recursive: true });
  writeFileSync(p.password, `${password}\n`, { mode: 0o600 });
  chmodSync(p.password, 0o600);
  return password;
}

/** The password the local server was set up with, if it has been. */
export function localPassword(cacheDir: string, instance?: string): string | undefined {
  const p = paths(cacheDir, instance);
  return existsSync(p.password) ? readFileSync(p.password, 'utf8').trim() : undefined;
}

function configure(options: ServerOptions, p: Paths, password: string): void {
  for (const d of ['conf', 'data', 'logs', 'plugins', 'run', 'import']) mkdirSync(join(p.home, d), { recursive: true });
  writeFileSync(join(p.conf, 'neo4j.conf'), [
    '# Written by newsgraph neo4j start: local only, authentication on.',
    'server.default_listen_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${options.boltPort}`,
    `server.http.listen_address=127.0.0.1:${options.httpPort}`,
    'server.https.enabled=false',
    'dbms.security.auth_enabled=true',
    'dbms.usage_report.enabled=false',
    'dbms.security.procedures.unrestricted=apoc.*',
    `server.memory.heap.max_size=${options.heap}`,
    `server.memory.pagecache.size=${options.pageCache}`,
    'db.tx_log.rotation.retention_policy=1 files',
    '',
  ].join('\n'));
  if (!existsSync(join(p.home, 'data', 'dbms', 'auth.ini'))) {
    const r = adminTool(p, ['dbms', 'set-initial-password', password]);
    if (r.status !== 0) throw new NewsgraphNeo4jError('setup', 'could not set the initial Neo4j password (see the cache folder\'s logs)');
  }
}

/** `neo4j-admin` with these arguments, run against this installation. */
function adminTool(p: Paths, args: readonly string[], cwd?: string): SpawnSyncReturns<string> {
  return spawnSync('java', ['-cp', `${p.lib}/*`, 'org.neo4j.cli.AdminTool', ...args], {
    cwd, encoding: 'utf8', env: { ...process.env, NEO4J_HOME: p.home, NEO4J_CONF: p.conf },
  });
}

function runningPid(p: Paths): number | undefined {
  if (!existsSync(p.pid)) return undefined;
  const pid = Number(readFileSync(p.pid, 'utf8'));
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return undefined;
  }
}

export function status(options: Pick<ServerOptions, 'cacheDir' | 'instance' | 'boltPort' | 'httpPort'>): ServerStatus {
  const p = paths(options.cacheDir, options.instance);
  const pid = runningPid(p);
  return { running: pid !== undefined, pid, uri: uriOf(options), browser: `http://127.0.0.1:${options.httpPort}/browser/`, home: p.home };
}

/** Starts the server (installing it first if needed) and returns once Bolt accepts the password. */
export async function start(options: ServerOptions, timeoutMs = 180_000): Promise<ServerStatus & { password: string }> {
  const p = paths(options.cacheDir, options.instance);
  install(options);
  const password = passwordFor(options, p);
  if (runningPid(p) === undefined) {
    configure(options, p, password);
    options.onStep?.(`starting Neo4j ${NEO4J_VERSION} on ${uriOf(options)}`);
    const log = openSync(p.log, 'a');
    const child = spawn('java', [
      `-Xmx${options.heap}`, '--add-opens=java.base/java.nio=ALL-UNNAMED', '--add-opens=java.base/java.io=ALL-UNNAMED',
      '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED', '-Dio.netty.tryReflectionSetAccessible=true', '-Djava.awt.headless=true',
      '-cp', `${p.lib}/*:${p.apoc}/*`, 'org.neo4j.server.CommunityEntryPoint', `--home-dir=${p.home}`, `--config-dir=${p.conf}`, '--console-mode',
    ], { detached: true, stdio: ['ignore', log, log] });
    closeSync(log);
    writeFileSync(p.pid, String(child.pid));
    child.unref();
  }
  await waitForBolt(uriOf(options), password, p, timeoutMs);
  return { ...status(options), password };
}

async function waitForBolt(uri: string, password: string, p: Paths, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const driver = await connect({ uri, user: 'neo4j', password });
      await driver.close();
      return;
    } catch (e) {
      if (e instanceof NewsgraphNeo4jError && e.code === 'unauthorized') {
        throw new NewsgraphNeo4jError('setup', `the local server at ${uri} keeps an older password: set NEO4J_PASSWORD to it, or remove ${p.home} to start afresh`);
      }
      if (runningPid(p) === undefined) throw new NewsgraphNeo4jError('setup', `Neo4j stopped while starting; see ${p.log}`);
      if (Date.now() > deadline) throw new NewsgraphNeo4jError('setup', `Neo4j did not answer on ${uri} within ${Math.round(timeoutMs / 1000)} s; see ${p.log}`);
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

/** Stops the server through its pid (SIGTERM: a clean shutdown) and waits for it to exit. */
export async function stop(options: Pick<ServerOptions, 'cacheDir' | 'instance'>, timeoutMs = 60_000): Promise<boolean> {
  const p = paths(options.cacheDir, options.instance);
  const pid = runningPid(p);
  if (pid === undefined) return false;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (runningPid(p) !== undefined && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
  if (runningPid(p) !== undefined) process.kill(pid, 'SIGKILL');
  rmSync(p.pid, { force: true });
  return true;
}

/**
 * Bulk-imports `newsgraph export --format csv` files with `neo4j-admin database import full`
 * into this instance's database, replacing it. The server must be stopped; start it after.
 */
export function importCsv(options: ServerOptions, csvDir: string, database = 'neo4j'): void {
  const p = paths(options.cacheDir, options.instance);
  if (runningPid(p) !== undefined) throw new NewsgraphNeo4jError('setup', `stop the server first (newsgraph neo4j stop): neo4j-admin import needs it down`);
  install(options);
  configure(options, p, passwordFor(options, p));
  const files = readdirSync(csvDir).filter((f) => f.endsWith('.csv')).sort();
  const r = adminTool(p, adminImportArgs(files, database), csvDir);
  if (r.status !== 0) {
    const reason = `${r.stderr}\n${r.stdout}`.split('\n').find((l) => /error|exception|invalid/i.test(l)) ?? `exit code ${r.status}`;
    throw new NewsgraphNeo4jError('setup', `neo4j-admin import failed: ${reason.trim()}`);
  }
}
