/**
 * `newsgraph query` as a user runs it, against the shared test server: what it refuses
 * without --write, what --write can run, parameters, and what it prints.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { connect } from '../../src/neo4j/connection.js';
import { runQuery } from '../../src/neo4j/query.js';
import { cliWith, runCli } from '../setup/cli.js';

const server = inject('neo4j');

describe('query: the connection settings it refuses before connecting', () => {
  it('names the Bolt scheme when given an http:// URI, as a usage error', () => {
    for (const uri of ['http://127.0.0.1:7474', 'https://example.org:7473/browser/']) {
      const r = runCli('query', 'RETURN 1', '--uri', uri, '--password', 'x');
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr).toMatch(/takes a Bolt URI.*bolt:\/\/.*neo4j:\/\//);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    const fromEnv = cliWith({ NEO4J_URI: 'http://127.0.0.1:7474', NEO4J_PASSWORD: 'x' })('query', 'RETURN 1');
    expect(fromEnv.status).toBe(2);
    expect(fromEnv.stderr).toMatch(/NEO4J_URI takes a Bolt URI/);
  });

  it('refuses a --param the named query does not have, listing the ones it has', () => {
    const r = runCli('query', '--name', 'who-met', '--param', 'persn=Putin', '--password', 'x');
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/query who-met has no parameter "persn"; its parameters: person/);
  });
});

describe.skipIf(!server)('query against a real server', () => {
  const run = cliWith({ NEO4J_URI: server?.uri, NEO4J_USERNAME: server?.user, NEO4J_PASSWORD: server?.password });
  let driver: Driver;
  beforeAll(async () => {
    driver = await connect({ uri: server!.uri, user: server!.user, password: server!.password });
  });
  afterAll(async () => {
    await driver?.close();
  });

  it('refuses administrative commands without --write, like writes, and runs the ones that only show', () => {
    for (const cypher of [
      "TERMINATE TRANSACTIONS 'neo4j-transaction-999999'",
      "SHOW TRANSACTIONS YIELD transactionId AS id, currentQuery WHERE currentQuery CONTAINS 'newsgraph-nothing' TERMINATE TRANSACTIONS id YIELD message RETURN message",
      "CALL dbms.killConnections(['bolt-999999'])",
      "CREATE USER newsgraph_nobody SET PASSWORD 'newsgraph-nobody-1'",
      'CALL db.clearQueryCaches()',
    ]) {
      const r = run('query', cypher);
      expect(r.status, `${cypher}: ${r.stderr}`).toBe(1);
      expect(r.stderr, cypher).toMatch(/add --write to allow it/);
    }
    for (const cypher of ['SHOW TRANSACTIONS', 'CALL dbms.components()', 'CALL db.labels()', 'SHOW INDEXES']) {
      const r = run('query', cypher, '--format', 'json');
      expect(r.status, `${cypher}: ${r.stderr}`).toBe(0);
    }
    const terminated = run('query', "TERMINATE TRANSACTIONS 'neo4j-transaction-999999'", '--write', '--format', 'csv');
    expect(terminated.status, terminated.stderr).toBe(0);
    expect(terminated.stdout).toMatch(/Transaction not found/);
  });

  it('runs CALL { … } IN TRANSACTIONS with --write (an implicit transaction)', () => {
    const cypher =
      'UNWIND range(1, 3) AS i CALL (i) { RETURN i * 2 AS doubled } IN TRANSACTIONS OF 1 ROW RETURN doubled ORDER BY doubled';
    const r = run('query', cypher, '--write', '--format', 'csv');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe('doubled\r\n2\r\n4\r\n6\r\n');
    const readOnly = run('query', cypher);
    expect(readOnly.status).toBe(1);
    expect(readOnly.stderr).toMatch(/--write/);
  });

  it('keeps the header of an empty result: the columns come from the query, not from a first row', async () => {
    const cypher = "MATCH (p:Person {key: 'person:newsgraph-nobody-at-all'}) RETURN p.label AS person, p.key AS key";
    expect(await runQuery(driver, cypher, {}, { uri: server!.uri })).toEqual({ keys: ['person', 'key'], rows: [] });
    const r = run('query', cypher, '--format', 'csv');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe('person,key\r\n');
  });

  it('shows escape codes in a returned value escaped, never raw, in table output', () => {
    const title = 'Berita\u001b]0;pwned\u0007\u001b[2J\u001b]52;c;ZXZpbA==\u0007 selesai';
    const r = run('query', 'RETURN $title AS title', '--param', `title=${title}`);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(r.stdout).toContain('Berita\\x1b]0;pwned\\x07\\x1b[2J\\x1b]52;c;ZXZpbA==\\x07 selesai');
  });

  it('wraps a long value to COLUMNS instead of cutting it', () => {
    const text = Array.from({ length: 40 }, (_, i) => `kata${i}`).join(' ');
    const r = cliWith({
      NEO4J_URI: server?.uri,
      NEO4J_USERNAME: server?.user,
      NEO4J_PASSWORD: server?.password,
      COLUMNS: '50',
    })('query', 'RETURN $text AS text, 1 AS n', '--param', `text=${text}`);
    expect(r.status, r.stderr).toBe(0);
    for (const line of r.stdout.trimEnd().split('\n')) expect(line.length).toBeLessThanOrEqual(50);
    expect(r.stdout.replace(/\s+/g, ' ')).toContain(text.split(' ').slice(0, 5).join(' '));
    for (const word of text.split(' ')) expect(r.stdout).toContain(word);
  });
});
