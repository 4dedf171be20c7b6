import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/export/csv.js';
import { readGraph } from '../../src/neo4j/graph-file.js';
import { runCli as run } from '../setup/cli.js';

describe('export --format csv, written from graph.json as it is read', () => {
  const out = mkdtempSync(join(tmpdir(), 'ng-export-csv-'));
  const graphPath = join(out, 'graph.json');

  it('writes the same files, byte for byte, as the CSV of the whole graph held in memory', async () => {
    expect(run('build', 'seeds', '--out', out, '-q').status).toBe(0);
    const r = run('export', graphPath, '--format', 'csv', '--quiet');
    expect(r.status, r.stderr).toBe(0);
    const expected = toCsv(await readGraph(graphPath));
    const written = readdirSync(join(out, 'csv')).sort();
    expect(written).toEqual(Object.keys(expected).sort());
    for (const name of written) expect(readFileSync(join(out, 'csv', name), 'utf8'), name).toBe(expected[name]);
  });

  it('refuses a graph.json the contract does not allow, with one line, and leaves no file behind', () => {
    const bad = join(out, 'bad.json');
    const graph = JSON.parse(readFileSync(graphPath, 'utf8')) as { edges: { attributes: { type: string } }[] };
    // The offence comes last, after every row of the first pass's files.
    graph.edges[graph.edges.length - 1].attributes.type = 'NOT_A_TYPE';
    writeFileSync(bad, JSON.stringify(graph));
    const target = join(out, 'bad-csv');
    const r = run('export', bad, '--format', 'csv', '--out', target);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/NOT_A_TYPE/);
    expect(existsSync(target) ? readdirSync(target) : []).toEqual([]);
  });
});
