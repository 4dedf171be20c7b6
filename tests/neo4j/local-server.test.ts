/**
 * `newsgraph neo4j start|status|stop|import` as a user runs them, on a server of their own:
 * a fresh cache folder (sharing the jars) on a port that is not Neo4j's default.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheDir } from '../../src/cli/paths.js';
import { writeAtomically } from '../../src/cli/files.js';
import { schemaStatements } from '../../src/export/cypher.js';
import { toCsv } from '../../src/export/csv.js';
import { connect } from '../../src/neo4j/connection.js';
import { runQuery } from '../../src/neo4j/query.js';
import { DEFAULT_SERVER, install, stop } from '../../src/neo4j/server.js';
import { build } from '../../src/pipeline.js';
import { BIN } from '../setup/cli.js';
import { testPort } from '../setup/ports.js';
import { javaToolsFor } from '../setup/tools.js';

const tools = javaToolsFor('local Neo4j server test');

describe.skipIf(!tools)('the local Neo4j server, started with newsgraph neo4j start on a port of its own', () => {
  const root = mkdtempSync(join(tmpdir(), 'ng-local-'));
  const cache = join(root, 'neo4j');
  const home = join(cache, 'home');
  const pidFile = join(home, 'neo4j.pid');
  const bolt = testPort(7695);
  const http = testPort(7475);
  const password = `local-test-${randomBytes(8).toString('hex')}`;
  // The user's environment, less any Neo4j settings: the CLI must find the server by itself.
  const env = Object.fromEntries(
    Object.entries({ ...process.env, NEWSGRAPH_CACHE_DIR: root, DEBUG: '' }).filter(([k]) => !k.startsWith('NEO4J_')),
  );
  const cli = (args: string[], extra: NodeJS.ProcessEnv = {}) =>
    spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...env, ...extra } });
  const driver = (scheme = 'bolt', user = 'neo4j', pass = password) =>
    connect({ uri: `${scheme}://127.0.0.1:${bolt}`, user, password: pass });
  const alive = (pid: number) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  let stranger: ChildProcess;

  beforeAll(() => {
    install({ ...DEFAULT_SERVER, cacheDir: join(cacheDir(), 'neo4j') });
    mkdirSync(home, { recursive: true });
    symlinkSync(join(cacheDir(), 'neo4j', 'lib'), join(cache, 'lib'));
    // A process that is not Neo4j, whose PID a stale PID file names.
    stranger = spawn('sleep', ['900'], { stdio: 'ignore' });
  });
  afterAll(async () => {
    await stop({ cacheDir: cache });
    if (stranger.pid && alive(stranger.pid)) process.kill(stranger.pid, 'SIGTERM');
    rmSync(root, { recursive: true, force: true });
  });

  it('status and stop do not trust a PID file that names another process: they clear it, with a note, and kill nothing', () => {
    writeFileSync(pidFile, String(stranger.pid));
    const status = cli(['neo4j', 'status']);
    expect(status.status, status.stderr).toBe(0);
    expect(status.stdout).toMatch(/^not running/);
    expect(status.stderr).toMatch(new RegExp(`stale PID file.*${stranger.pid}.*not this Neo4j server`));
    expect(existsSync(pidFile)).toBe(false);
    writeFileSync(pidFile, String(stranger.pid));
    const stopped = cli(['neo4j', 'stop']);
    expect(stopped.stdout).toMatch(/was not running/);
    expect(alive(stranger.pid!)).toBe(true);
  });

  it('start ignores a stale PID file, never puts the password on a command line, and prints the password file it writes', async () => {
    writeFileSync(pidFile, String(stranger.pid));
    const seen: string[] = [];
    const child = spawn(
      process.execPath,
      [BIN, 'neo4j', 'start', '--bolt-port', String(bolt), '--http-port', String(http)],
      { env: { ...env, NEO4J_PASSWORD: password } },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    const done = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? -1)));
    let finished = false;
    void done.then(() => {
      finished = true;
    });
    // Every process's command line, as any user of the machine can read it, while start runs.
    while (!finished) {
      for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
        try {
          const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
          if (args.includes(password)) seen.push(args.replace(/\0/g, ' '));
        } catch {
          /* gone */
        }
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(await done, stderr).toBe(0);
    expect(seen).toEqual([]);
    expect(alive(stranger.pid!)).toBe(true);
    const file = /password is in (\S+)/.exec(stdout)?.[1];
    expect(file, stdout).toBe(join(home, 'password'));
    expect(readFileSync(file!, 'utf8')).toBe(`${password}\n`);
    expect(statSync(file!).mode & 0o777).toBe(0o600);
    const serverPid = Number(readFileSync(pidFile, 'utf8'));
    expect(readFileSync(`/proc/${serverPid}/environ`, 'utf8')).not.toContain(password);
  }, 300_000);

  it('advertises the ports it listens on, to Browser and in the routing table', async () => {
    const discovery = (await (await fetch(`http://127.0.0.1:${http}/`)).json()) as Record<string, string>;
    expect(discovery.bolt_direct).toBe(`bolt://127.0.0.1:${bolt}`);
    expect(discovery.bolt_routing).toBe(`neo4j://127.0.0.1:${bolt}`);
    const d = await driver('neo4j');
    try {
      const { records } = await d.executeQuery(
        "CALL dbms.routing.getRoutingTable({}, 'neo4j') YIELD servers UNWIND servers AS s UNWIND s.addresses AS a RETURN collect(DISTINCT a) AS addresses",
      );
      expect(records[0].get('addresses')).toEqual([`127.0.0.1:${bolt}`]);
      // Through the routing table's own addresses: it works only when they are right.
      const { records: one } = await d.executeQuery('RETURN 1 AS one', {}, { routing: neo4j.routing.READ });
      expect(one[0].get('one')).toBe(1);
    } finally {
      await d.close();
    }
  });

  it("status, query and load find the server's port and password by themselves", async () => {
    const status = cli(['neo4j', 'status']);
    expect(status.stdout).toContain(
      `running (pid ${readFileSync(pidFile, 'utf8').trim()}) on bolt://127.0.0.1:${bolt}, Browser http://127.0.0.1:${http}/browser/`,
    );
    const query = cli(['query', 'RETURN 1 AS one', '--format', 'csv']);
    expect(query.status, query.stderr).toBe(0);
    expect(query.stdout).toBe('one\r\n1\r\n');
    const graphFile = join(root, 'graph.json');
    writeFileSync(graphFile, JSON.stringify((await build(['seeds'], { corpus: 'local-seeds' })).graph.export()));
    const load = cli(['load', graphFile]);
    expect(load.status, load.stderr).toBe(0);
    expect(load.stdout).toMatch(new RegExp(`loaded corpus "local-seeds" into bolt://127\\.0\\.0\\.1:${bolt}`));
  }, 240_000);

  it('lets file: URLs reach the import folder and nothing else', async () => {
    writeFileSync(join(home, 'import', 'ok.csv'), 'a,b\n1,2\n');
    const d = await driver();
    const read = (url: string) =>
      runQuery(d, 'LOAD CSV FROM $url AS line RETURN line', { url }, { uri: `bolt://127.0.0.1:${bolt}` });
    try {
      expect((await read('file:///ok.csv')).rows).toEqual([{ line: ['a', 'b'] }, { line: ['1', '2'] }]);
      for (const url of [
        'file:///etc/passwd',
        'file:///../password',
        `file://${join(home, 'password')}`,
        'file:///../conf/neo4j.conf',
        'file:///..%2fpassword',
      ]) {
        const outcome = await read(url).then(
          (r) => JSON.stringify(r.rows),
          (e: Error) => e.message,
        );
        expect(outcome, url).toMatch(
          /^Neo4j rejected the query: (Couldn't load the external resource|Cannot load from URL)/,
        );
        expect(outcome, url).not.toContain(password);
      }
    } finally {
      await d.close();
    }
  });

  it('says so when Neo4j locks a user out after wrong passwords, rather than "wrong password"', () => {
    const created = cli([
      'query',
      "CREATE USER newsgraph_locked SET PASSWORD 'right-password-1' CHANGE NOT REQUIRED",
      '--write',
      '--database',
      'system',
    ]);
    expect(created.status, created.stderr).toBe(0);
    const tries = [1, 2, 3, 4].map(() =>
      cli(['query', 'RETURN 1', '--user', 'newsgraph_locked', '--password', 'wrong-password-1']),
    );
    expect(tries[0].stderr).toMatch(/refused the user name or password/);
    expect(tries[3].status).toBe(1);
    expect(tries[3].stderr).toMatch(/refuses logins as newsgraph_locked.*too many wrong passwords.*try again/);
    expect(tries[3].stderr).not.toMatch(/refused the user name or password/);
  }, 120_000);

  it('runs without APOC: nothing of it on the classpath or among the procedures', async () => {
    const serverPid = readFileSync(pidFile, 'utf8').trim();
    expect(readFileSync(`/proc/${serverPid}/cmdline`, 'utf8')).not.toMatch(/apoc/i);
    const d = await driver();
    try {
      const { records } = await d.executeQuery(
        "SHOW PROCEDURES YIELD name WHERE name STARTS WITH 'apoc.' RETURN count(*) AS n",
      );
      expect(Number(records[0].get('n'))).toBe(0);
    } finally {
      await d.close();
    }
  });

  it('neo4j import bulk-loads the CSV files, starts the server again and applies the schema itself', async () => {
    const csv = join(root, 'csv');
    mkdirSync(csv);
    writeAtomically(csv, toCsv((await build(['seeds'], { corpus: 'bulk-seeds' })).graph));
    expect(cli(['neo4j', 'stop']).stdout).toMatch(/stopped/);
    const imported = cli(['neo4j', 'import', '--csv', csv]);
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(/applied the schema/);
    const d = await driver();
    try {
      const constraints = (
        await d.executeQuery('SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names')
      ).records[0].get('names') as string[];
      const indexes = (await d.executeQuery('SHOW INDEXES YIELD name RETURN collect(name) AS names')).records[0].get(
        'names',
      ) as string[];
      const wanted = schemaStatements().map((s) => /^CREATE (?:\w+ )*?(?:CONSTRAINT|INDEX) (\w+)/.exec(s)![1]);
      expect([...constraints, ...indexes]).toEqual(expect.arrayContaining(wanted));
      const corpora = (
        await d.executeQuery('MATCH (n) UNWIND n.corpora AS c RETURN collect(DISTINCT c) AS c')
      ).records[0].get('c');
      expect(corpora).toEqual(['bulk-seeds']);
    } finally {
      await d.close();
    }
  }, 480_000);
});
