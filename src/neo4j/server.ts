/**
 * A local Neo4j Community server without Docker: the official 5.26 LTS jars resolved by
 * Maven from Maven Central into a cache folder, run with `java`, bound to 127.0.0.1 with
 * authentication on. The cache folder holds everything: the Maven project, the jars, the
 * server's home (conf, data, logs, import), its pid and the generated password. `file:`
 * URLs reach the home's import folder only. A stored pid is trusted only while it names
 * this server (its command line and home), so a stale one never stops or fools anything.
 */
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { connect } from './connection.js';
import { adminImportArgs } from '../export/csv.js';
import { NewsgraphNeo4jError } from './errors.js';

export const NEO4J_VERSION = '5.26.30';
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
  /** Told about something worth knowing that needs nothing from the user (a stale PID file cleared). */
  readonly onNote?: (note: string) => void;
}

export const DEFAULT_SERVER: Omit<ServerOptions, 'cacheDir'> = {
  boltPort: 7687,
  httpPort: 7474,
  heap: '1g',
  pageCache: '256m',
};

export interface ServerStatus {
  readonly running: boolean;
  readonly pid?: number;
  readonly uri: string;
  readonly browser: string;
  readonly home: string;
  /** Where the password is kept (written on first start). */
  readonly passwordFile: string;
}

interface Paths {
  readonly root: string;
  readonly lib: string;
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
    root: cacheDir,
    lib: join(cacheDir, 'lib'),
    home,
    conf: join(home, 'conf'),
    pid: join(home, 'neo4j.pid'),
    password: join(home, 'password'),
    log: join(home, 'logs', 'console.log'),
    stamp: join(cacheDir, 'lib', '.version'),
  };
}

const uriOf = (o: Pick<ServerOptions, 'boltPort'>) => `bolt://127.0.0.1:${o.boltPort}`;

/** Java 17 or newer and Maven must be there; says which is missing. */
export function checkTools(): void {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.error || java.status !== 0)
    throw new NewsgraphNeo4jError(
      'setup',
      'Java 17 or newer is needed to run Neo4j locally (apt-get install openjdk-17-jre-headless), or use docker compose up -d --wait',
    );
  const major = Number(/version "(\d+)/.exec(java.stderr ?? '')?.[1] ?? 0);
  if (major < 17)
    throw new NewsgraphNeo4jError(
      'setup',
      `Neo4j ${NEO4J_VERSION} needs Java 17 or newer; this machine has Java ${major}`,
    );
  const mvn = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (mvn.error || mvn.status !== 0)
    throw new NewsgraphNeo4jError(
      'setup',
      'Maven is needed to fetch Neo4j from Maven Central (apt-get install maven), or use docker compose up -d --wait',
    );
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
  const r = spawnSync(
    'mvn',
    [
      '-q',
      '-B',
      '-f',
      join(dir, 'pom.xml'),
      'dependency:copy-dependencies',
      `-DoutputDirectory=${out}`,
      '-DincludeScope=runtime',
    ],
    { encoding: 'utf8' },
  );
  if (r.status !== 0)
    throw new NewsgraphNeo4jError(
      'setup',
      `Maven could not fetch Neo4j ${NEO4J_VERSION}: ${(r.stdout + r.stderr).split('\n').find((l) => l.includes('ERROR')) ?? 'see mvn output'}`,
    );
}

/**
 * Resolves the server and Browser jars once; later calls find them in the cache. No APOC:
 * nothing here uses it, and its procedures (apoc.load.*, apoc.export.*) would reach files and
 * URLs from any query, read-only ones included.
 */
export function install(options: Pick<ServerOptions, 'cacheDir' | 'onStep'>): void {
  const p = paths(options.cacheDir);
  if (existsSync(p.stamp) && readFileSync(p.stamp, 'utf8') === NEO4J_VERSION) return;
  checkTools();
  options.onStep?.(`fetching Neo4j ${NEO4J_VERSION} from Maven Central into ${p.root} (once)`);
  rmSync(p.lib, { recursive: true, force: true });
  mvnCopy(
    join(p.root, 'maven', 'server'),
    pom('neo4j-server', [
      ['org.neo4j', 'neo4j', NEO4J_VERSION],
      ['org.neo4j.app', 'neo4j-server', NEO4J_VERSION],
      ['org.neo4j.client', 'neo4j-browser', BROWSER_VERSION],
    ]),
    p.lib,
  );
  writeFileSync(p.stamp, NEO4J_VERSION);
}

// The file holds the password and a line feed; a password cannot hold a line break.
const readPassword = (p: Paths) =>
  existsSync(p.password) ? readFileSync(p.password, 'utf8').replace(/\n$/, '') : undefined;

function passwordFor(options: ServerOptions, p: Paths): string {
  const kept = readPassword(p);
  if (kept !== undefined) return kept;
  const password = options.password ?? randomBytes(18).toString('base64url');
  if (/[\r\n]/.test(password)) throw new NewsgraphNeo4jError('setup', 'the Neo4j password cannot hold a line break');
  mkdirSync(p.home, { recursive: true });
  writeFileSync(p.password, `${password}\n`, { mode: 0o600 });
  chmodSync(p.password, 0o600);
  return password;
}

/** The ports the server was last configured with (its neo4j.conf), if it has been. */
export function configuredPorts(
  cacheDir: string,
  instance?: string,
): Pick<ServerOptions, 'boltPort' | 'httpPort'> | undefined {
  const conf = join(paths(cacheDir, instance).conf, 'neo4j.conf');
  if (!existsSync(conf)) return undefined;
  const text = readFileSync(conf, 'utf8');
  const port = (connector: string) =>
    Number(new RegExp(`^server\\.${connector}\\.listen_address=127\\.0\\.0\\.1:(\\d+)$`, 'm').exec(text)?.[1]);
  const ports = { boltPort: port('bolt'), httpPort: port('http') };
  return ports.boltPort && ports.httpPort ? ports : undefined;
}

/** Where and how to reach the local server while it runs: what load and query use when told nothing else. */
export function localConnection(cacheDir: string, instance?: string): { uri: string; password: string } | undefined {
  const p = paths(cacheDir, instance);
  const ports = configuredPorts(cacheDir, instance);
  const password = readPassword(p);
  return ports && password !== undefined && runningPid(p) !== undefined ? { uri: uriOf(ports), password } : undefined;
}

function configure(options: ServerOptions, p: Paths, password: string): void {
  for (const d of ['conf', 'data', 'logs', 'plugins', 'run', 'import']) mkdirSync(join(p.home, d), { recursive: true });
  writeFileSync(
    join(p.conf, 'neo4j.conf'),
    [
      '# Written by newsgraph neo4j start: local only, authentication on.',
      'server.default_listen_address=127.0.0.1',
      `server.bolt.listen_address=127.0.0.1:${options.boltPort}`,
      `server.http.listen_address=127.0.0.1:${options.httpPort}`,
      // What discovery (Browser) and the routing table hand out; they would say 7687 and 7474 otherwise.
      `server.bolt.advertised_address=127.0.0.1:${options.boltPort}`,
      `server.http.advertised_address=127.0.0.1:${options.httpPort}`,
      'server.https.enabled=false',
      'dbms.security.auth_enabled=true',
      'dbms.usage_report.enabled=false',
      // LOAD CSV's file: URLs resolve inside this folder only; unset, they reach the whole machine.
      `server.directories.import=${join(p.home, 'import')}`,
      `server.memory.heap.max_size=${options.heap}`,
      `server.memory.pagecache.size=${options.pageCache}`,
      'db.tx_log.rotation.retention_policy=1 files',
      '',
    ].join('\n'),
  );
  if (!existsSync(join(p.home, 'data', 'dbms', 'auth.ini'))) setInitialPassword(p, password);
}

/**
 * `neo4j-admin dbms set-initial-password`, the password passed in an argument file
 * (picocli's `@file`, mode 600, removed straight after) so that it is on no command line.
 */
function setInitialPassword(p: Paths, password: string): void {
  const argFile = join(p.home, 'run', 'initial-password.args');
  // Picocli reads a quoted argument with backslash escapes.
  writeFileSync(argFile, `"${password.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"\n`, { mode: 0o600 });
  try {
    const r = adminTool(p, ['dbms', 'set-initial-password', `@${argFile}`]);
    if (r.status !== 0)
      throw new NewsgraphNeo4jError(
        'setup',
        `could not set the initial Neo4j password: ${(r.stderr || r.stdout).trim().split('\n')[0]}`,
      );
  } finally {
    rmSync(argFile, { force: true });
  }
}

/** The environment of the Java processes: the user's, less a password they need not see. */
const javaEnv = (p: Paths): NodeJS.ProcessEnv => {
  const { NEO4J_PASSWORD: _password, ...env } = process.env;
  return { ...env, NEO4J_HOME: p.home, NEO4J_CONF: p.conf };
};

/** `neo4j-admin` with these arguments, run against this installation. */
function adminTool(p: Paths, args: readonly string[], cwd?: string): SpawnSyncReturns<string> {
  // UTF-8 whatever the locale, for argument files and paths.
  return spawnSync('java', ['-Dfile.encoding=UTF-8', '-cp', `${p.lib}/*`, 'org.neo4j.cli.AdminTool', ...args], {
    cwd,
    encoding: 'utf8',
    env: javaEnv(p),
  });
}

const SERVER_CLASS = 'org.neo4j.server.CommunityEntryPoint';

/** A live process's arguments: from /proc where there is one (Linux), else from ps (split at spaces). */
function commandLine(pid: number): string[] | undefined {
  if (existsSync('/proc/self/cmdline')) {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    } catch {
      return undefined;
    }
  }
  const r = spawnSync('ps', ['-ww', '-o', 'args=', '-p', String(pid)], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim().split(' ') : undefined;
}

/**
 * The pid in the PID file if it is this server, alive: its command line runs Neo4j with this
 * home. A PID file naming anything else is stale (the server died, the pid was reused):
 * it is removed, and `onNote` told.
 */
function runningPid(p: Paths, onNote?: (note: string) => void): number | undefined {
  if (!existsSync(p.pid)) return undefined;
  const pid = Number(readFileSync(p.pid, 'utf8').trim());
  const args = Number.isInteger(pid) && pid > 0 ? commandLine(pid) : undefined;
  if (args?.includes(SERVER_CLASS) && args.includes(`--home-dir=${p.home}`)) return pid;
  rmSync(p.pid, { force: true });
  onNote?.(
    `removed a stale PID file: ${Number.isInteger(pid) && pid > 0 ? `process ${pid} ${args ? 'is not this Neo4j server' : 'is not running'}` : 'it held no pid'} (${p.pid})`,
  );
  return undefined;
}

export function status(
  options: Pick<ServerOptions, 'cacheDir' | 'instance' | 'boltPort' | 'httpPort' | 'onNote'>,
): ServerStatus {
  const p = paths(options.cacheDir, options.instance);
  const pid = runningPid(p, options.onNote);
  // A running server is where its configuration put it, whatever ports were asked for now.
  const ports = (pid !== undefined && configuredPorts(options.cacheDir, options.instance)) || options;
  return {
    running: pid !== undefined,
    pid,
    uri: uriOf(ports),
    browser: `http://127.0.0.1:${ports.httpPort}/browser/`,
    home: p.home,
    passwordFile: p.password,
  };
}

/** Starts the server (installing it first if needed) and returns once Bolt accepts the password and HTTP answers. */
export async function start(options: ServerOptions, timeoutMs = 180_000): Promise<ServerStatus & { password: string }> {
  const p = paths(options.cacheDir, options.instance);
  install(options);
  const password = passwordFor(options, p);
  const running = status(options);
  if (running.running && running.uri !== uriOf(options))
    options.onNote?.(`already running on ${running.uri}; stop it first to move it to port ${options.boltPort}`);
  if (!running.running) {
    configure(options, p, password);
    options.onStep?.(`starting Neo4j ${NEO4J_VERSION} on ${uriOf(options)}`);
    const log = openSync(p.log, 'a');
    const child = spawn(
      'java',
      [
        `-Xmx${options.heap}`,
        '--add-opens=java.base/java.nio=ALL-UNNAMED',
        '--add-opens=java.base/java.io=ALL-UNNAMED',
        '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
        '-Dio.netty.tryReflectionSetAccessible=true',
        '-Djava.awt.headless=true',
        '-cp',
        `${p.lib}/*`,
        SERVER_CLASS,
        `--home-dir=${p.home}`,
        `--config-dir=${p.conf}`,
        '--console-mode',
      ],
      { detached: true, stdio: ['ignore', log, log], env: javaEnv(p) },
    );
    closeSync(log);
    writeFileSync(p.pid, String(child.pid));
    child.unref();
  }
  const started = status(options);
  const deadline = Date.now() + timeoutMs;
  await waitForBolt(started.uri, password, p, deadline);
  await waitForHttp(started.browser, p, deadline);
  return { ...started, password };
}

/** HTTP (Browser) opens a few seconds after Bolt: start returns once both answer. */
async function waitForHttp(browser: string, p: Paths, deadline: number): Promise<void> {
  const root = new URL('/', browser).href;
  for (;;) {
    if (
      await fetch(root).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    if (runningPid(p) === undefined)
      throw new NewsgraphNeo4jError('setup', `Neo4j stopped while starting; see ${p.log}`);
    if (Date.now() > deadline)
      throw new NewsgraphNeo4jError('setup', `Neo4j's HTTP port did not answer at ${root}; see ${p.log}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function waitForBolt(uri: string, password: string, p: Paths, deadline: number): Promise<void> {
  for (;;) {
    try {
      const driver = await connect({ uri, user: 'neo4j', password });
      await driver.close();
      return;
    } catch (e) {
      if (e instanceof NewsgraphNeo4jError && (e.code === 'unauthorized' || e.code === 'rate-limited')) {
        throw new NewsgraphNeo4jError(
          'setup',
          `the local server at ${uri} keeps an older password: set NEO4J_PASSWORD to it, or remove ${p.home} to start afresh`,
        );
      }
      if (runningPid(p) === undefined)
        throw new NewsgraphNeo4jError('setup', `Neo4j stopped while starting; see ${p.log}`);
      if (Date.now() > deadline)
        throw new NewsgraphNeo4jError('setup', `Neo4j did not answer on ${uri} in time; see ${p.log}`);
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

/** Stops the server through its pid (SIGTERM: a clean shutdown) and waits for it to exit. */
export async function stop(
  options: Pick<ServerOptions, 'cacheDir' | 'instance' | 'onNote'>,
  timeoutMs = 60_000,
): Promise<boolean> {
  const p = paths(options.cacheDir, options.instance);
  const pid = runningPid(p, options.onNote);
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
  if (runningPid(p, options.onNote) !== undefined)
    throw new NewsgraphNeo4jError(
      'setup',
      `stop the server first (newsgraph neo4j stop): neo4j-admin import needs it down`,
    );
  install(options);
  configure(options, p, passwordFor(options, p));
  const files = readdirSync(csvDir)
    .filter((f) => f.endsWith('.csv'))
    .sort();
  const r = adminTool(p, adminImportArgs(files, database), csvDir);
  if (r.status !== 0) {
    const reason =
      `${r.stderr}\n${r.stdout}`.split('\n').find((l) => /error|exception|invalid/i.test(l)) ?? `exit code ${r.status}`;
    throw new NewsgraphNeo4jError('setup', `neo4j-admin import failed: ${reason.trim()}`);
  }
}
