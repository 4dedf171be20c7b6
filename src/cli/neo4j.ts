/** `newsgraph neo4j start|stop|status`, `newsgraph load`, `newsgraph query`. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import cliProgress from 'cli-progress';
import type { Driver } from 'neo4j-driver';
import { connect, settingsFrom, type Neo4jSettings } from '../neo4j/connection.js';
import { formatResult, type ResultFormat } from '../neo4j/format.js';
import { checkedGraphElements, GraphFileError, type SerializedGraph } from '../neo4j/graph-file.js';
import { bindParams, parseNamedQuery, type NamedQuery } from '../neo4j/library.js';
import { applySchema, loadGraph, removeCorpus, type LoadResult } from '../neo4j/load.js';
import { runQuery } from '../neo4j/query.js';
import { explain } from '../neo4j/errors.js';
import {
  configuredPorts,
  DEFAULT_SERVER,
  importCsv,
  localConnection,
  start,
  status,
  stop,
  type ServerOptions,
} from '../neo4j/server.js';
import { UserError } from './exit-codes.js';
import { checkGraph, missingGraphFile } from './files.js';
import { cacheDir, QUERY_DIR } from './paths.js';

export interface ConnectionOptions {
  readonly uri?: string;
  readonly user?: string;
  readonly password?: string;
  readonly database?: string;
}

export interface ServerCommandOptions {
  readonly cacheDir?: string;
  /** Unset: the ports the server last ran on, else the defaults. */
  readonly boltPort?: number;
  readonly httpPort?: number;
  readonly heap: string;
  /** For import; commander gives its default. */
  readonly csv: string;
}

const neo4jCache = (o: { cacheDir?: string }) => o.cacheDir ?? join(cacheDir(), 'neo4j');

function serverOptions(o: ServerCommandOptions): ServerOptions {
  const cache = neo4jCache(o);
  const ports = configuredPorts(cache);
  return {
    ...DEFAULT_SERVER,
    cacheDir: cache,
    heap: o.heap,
    boltPort: o.boltPort ?? ports?.boltPort ?? DEFAULT_SERVER.boltPort,
    httpPort: o.httpPort ?? ports?.httpPort ?? DEFAULT_SERVER.httpPort,
    password: process.env.NEO4J_PASSWORD || undefined,
    onStep: (s) => process.stderr.write(`${s}…\n`),
    onNote: (n) => process.stderr.write(`note: ${n}\n`),
  };
}

export async function runServer(action: string, o: ServerCommandOptions): Promise<void> {
  const opts = serverOptions(o);
  if (action === 'start') {
    const s = await start(opts);
    process.stdout.write(
      `Neo4j is running (pid ${s.pid}): ${s.uri}, Browser ${s.browser}\nuser neo4j; the password is in ${s.passwordFile} (mode 600)\n`,
    );
  } else if (action === 'stop') {
    process.stdout.write((await stop(opts)) ? 'Neo4j stopped\n' : 'Neo4j was not running\n');
  } else if (action === 'import') {
    const dir = o.csv;
    if (!existsSync(dir))
      throw new UserError(`no CSV folder at ${dir}: write one with npx newsgraph export --format csv --out ${dir}`);
    importCsv(opts, dir);
    // The bulk importer writes data only: the constraints and indexes need the running server.
    const s = await start(opts);
    await withDriver({ uri: s.uri, user: 'neo4j', password: s.password }, (d) =>
      applySchema(d).catch((e: unknown) => {
        throw explain(e, s.uri);
      }),
    );
    process.stdout.write(
      `imported ${dir} into the local database and applied the schema (constraints, indexes, the full-text index)\nNeo4j is running (pid ${s.pid}): ${s.uri}, Browser ${s.browser}\n`,
    );
  } else if (action === 'status') {
    const s = status(opts);
    process.stdout.write(
      s.running
        ? `running (pid ${s.pid}) on ${s.uri}, Browser ${s.browser}, home ${s.home}\n`
        : `not running (home ${s.home})\n`,
    );
  } else {
    throw new UserError(`neo4j takes start, stop, status or import, not ${JSON.stringify(action)}`);
  }
}

/** Connection settings; with no URI or password given, those of the local server while it runs. */
export function settings(o: ConnectionOptions & { cacheDir?: string }): Neo4jSettings {
  const s = settingsFrom(o, process.env, localConnection(neo4jCache(o)));
  if ('problem' in s) throw new UserError(s.problem);
  if ('missing' in s)
    throw new UserError(
      'no Neo4j password: give --password, set NEO4J_PASSWORD, or start the local server with npx newsgraph neo4j start',
    );
  return s;
}

async function withDriver<T>(s: Neo4jSettings, work: (d: Driver) => Promise<T>): Promise<T> {
  const driver = await connect(s);
  try {
    return await work(driver);
  } finally {
    await driver.close();
  }
}

/** Loads a graph held in memory, or a graph.json read as it loads (the bar then follows the bytes read). */
export async function loadInto(
  graph: SerializedGraph | string,
  o: ConnectionOptions & { replace?: boolean; batchSize?: number; quiet?: boolean },
): Promise<LoadResult> {
  const file = typeof graph === 'string' ? graph : undefined;
  // The whole file is checked before the server is touched (a pass that holds only node keys),
  // so a bad element anywhere leaves the database as it was; the load then checks each
  // element again as it reads, against a file changed in between.
  if (file) await checkGraph(file);
  const s = settings(o);
  const total = file
    ? statSync(file).size
    : (graph as SerializedGraph).nodes.length + (graph as SerializedGraph).edges.length;
  const bar =
    !o.quiet && process.stderr.isTTY
      ? new cliProgress.SingleBar(
          { stream: process.stderr, format: 'loading  [{bar}] {percentage}%', clearOnComplete: true },
          cliProgress.Presets.shades_classic,
        )
      : undefined;
  bar?.start(total, 0);
  const update = (done: number) => bar?.update(done);
  try {
    return await withDriver(s, (d) =>
      loadGraph(d, file ? checkedGraphElements(file, update) : (graph as SerializedGraph), {
        uri: s.uri,
        database: s.database,
        replace: o.replace,
        batchSize: o.batchSize,
        onProgress: file ? undefined : (_batches, elements) => update(elements),
      }),
    );
  } catch (e) {
    throw e instanceof GraphFileError ? new UserError(e.message) : e;
  } finally {
    bar?.stop();
  }
}

export async function runLoad(
  graphPath: string | undefined,
  o: ConnectionOptions & { replace?: boolean; batchSize: number; quiet?: boolean },
): Promise<void> {
  const path = graphPath ?? join('out', 'graph.json');
  if (!existsSync(path)) throw missingGraphFile(path);
  const r = await loadInto(path, o);
  if (!o.quiet)
    process.stdout.write(
      `loaded corpus "${r.corpus}" into ${settings(o).uri}: ${r.nodes} nodes, ${r.relationships} relationships in ${r.batches} batches\n`,
    );
}

export async function runUnload(corpus: string, o: ConnectionOptions & { quiet?: boolean }): Promise<void> {
  const s = settings(o);
  await withDriver(s, (d) => removeCorpus(d, corpus, s.database));
  if (!o.quiet) process.stdout.write(`unloaded corpus "${corpus}" from ${s.uri}\n`);
}

export function queryLibrary(dir = QUERY_DIR): NamedQuery[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => parseNamedQuery(f.replace(/\.cypher$/, ''), readFileSync(join(dir, f), 'utf8')));
}

export interface QueryCommandOptions extends ConnectionOptions {
  readonly name?: string;
  readonly list?: boolean;
  readonly param: string[];
  readonly format: ResultFormat;
  readonly write?: boolean;
}

export async function runQueryCommand(cypher: string | undefined, o: QueryCommandOptions): Promise<void> {
  const library = queryLibrary();
  if (o.list) {
    for (const q of library) {
      process.stdout.write(
        `${q.name}\n  ${q.description}\n${q.params.map((p) => `  --param ${p.name}=…  ${p.description}${p.default !== undefined ? ` (default ${JSON.stringify(p.default)})` : ''}\n`).join('')}`,
      );
    }
    return;
  }
  const named = o.name ? library.find((q) => q.name === o.name) : undefined;
  if (o.name && !named)
    throw new UserError(`no query named ${JSON.stringify(o.name)}; npx newsgraph query --list shows them`);
  const text = named?.cypher ?? cypher;
  if (!text) throw new UserError('give a Cypher query, or --name NAME (--list shows the named ones)');
  let params: Record<string, unknown>;
  try {
    params = bindParams(named ?? { cypher: text }, o.param);
  } catch (e) {
    throw new UserError((e as Error).message);
  }
  const s = settings(o);
  const result = await withDriver(s, (d) =>
    runQuery(d, text, params, { uri: s.uri, database: s.database, write: o.write }),
  );
  // A table fits the terminal (or COLUMNS when piped); CSV to a terminal is shown escaped.
  const terminal = !!process.stdout.isTTY;
  const width = terminal ? process.stdout.columns : Number(process.env.COLUMNS) || undefined;
  process.stdout.write(formatResult(result, o.format, { width, terminal }));
}
