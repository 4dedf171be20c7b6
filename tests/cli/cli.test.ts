import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { BIN, runCli as run } from '../setup/cli.js';

describe('newsgraph CLI', () => {
  it('explains itself', () => {
    const top = run('--help');
    expect(top.status).toBe(0);
    expect(top.stdout).toMatch(/build/);
    expect(top.stdout).toMatch(/ner/);
    const build = run('build', '--help');
    expect(build.stdout).toMatch(/--out <dir>/);
    expect(build.stdout).toMatch(/--strict/);
    expect(build.stdout).toMatch(/graph\.gexf/);
  });

  it('stops quietly when its output is piped into a reader that has gone (`--help | head`)', async () => {
    const child = spawn(process.execPath, [BIN, 'build', '--help'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, DEBUG: '' },
    });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d;
    });
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const help = run('build', '--help').stdout;
    // The automatic choice of threads is told once, in words, with this machine's cores.
    const words = (text: string) => text.replace(/\s+/g, ' ');
    expect(words(help)).toMatch(
      /used from 64 files to extract \(default: one per core, \d+ here, for 32 MB or more to extract;/,
    );
    expect(words(help)).not.toMatch(/main thread alone\) \(default/);
  });

  it('reads articles in the language `--lang` names, and refuses one it has no model for', () => {
    const out = mkdtempSync(join(tmpdir(), 'ng-cli-en-'));
    const r = run('build', 'tests/fixtures/en', '--lang', 'en', '--out', out, '-q');
    expect(r.status, r.stderr).toBe(0);
    const graph = JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8')) as { nodes: { key: string }[] };
    expect(graph.nodes.map((n) => n.key)).toEqual(
      expect.arrayContaining(['person:xi-jinping', 'person:sergei-lavrov', 'place:moscow']),
    );
    const wrong = run('build', 'tests/fixtures/en', '--lang', 'xx', '--out', out);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/--lang.*xx.*(id|en)/s);
    expect(wrong.stderr).not.toMatch(/\n\s+at /);
  });

  it('builds the seeds into a folder and prints a summary', () => {
    const out = mkdtempSync(join(tmpdir(), 'ng-cli-'));
    const r = run('build', 'seeds', '--out', out);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/5 articles from 5 files/);
    expect(r.stdout).toMatch(/Person\s+\d+/);
    for (const f of ['graph.json', 'graph.gexf', 'import.cypher']) expect(existsSync(join(out, f))).toBe(true);
    expect(JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8')).nodes.length).toBeGreaterThan(20);
  });

  it('answers a user mistake with one line and a usage exit code, no stack trace', () => {
    for (const args of [
      ['build', 'no/such/folder'],
      ['build'],
      ['frobnicate'],
      ['ner', '--conll', 'missing.conll'],
      ['export', 'missing/graph.json', '-f', 'gexf'],
      ['export', '-f', 'xml'],
      ['export', 'seeds/000_54cd9002f5d7a10c.txt'],
    ]) {
      const r = run(...args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stderr.trim().length).toBeGreaterThan(0);
    }
  });

  it('exports a built graph as GraphML, GEXF, JSON, Cypher and CSV for neo4j-admin', () => {
    const out = mkdtempSync(join(tmpdir(), 'ng-cli-export-'));
    expect(run('build', 'seeds', '--out', out, '-q').status).toBe(0);
    const graph = join(out, 'graph.json');
    expect(run('export', graph, '-f', 'graphml').status).toBe(0);
    expect(readFileSync(join(out, 'graph.graphml'), 'utf8')).toMatch(/^<\?xml[\s\S]*<graphml /);
    expect(run('export', graph, '-f', 'gexf', '--out', join(out, 'g.gexf')).status).toBe(0);
    expect(readFileSync(join(out, 'g.gexf'), 'utf8')).toBe(readFileSync(join(out, 'graph.gexf'), 'utf8'));
    // JSON and Cypher from graph.json are what build wrote: the file's options travel with it.
    expect(run('export', graph, '-f', 'json', '--out', join(out, 'g.json')).status).toBe(0);
    expect(readFileSync(join(out, 'g.json'), 'utf8')).toBe(readFileSync(graph, 'utf8'));
    expect(run('export', graph, '-f', 'cypher', '--out', join(out, 'g.cypher')).status).toBe(0);
    expect(readFileSync(join(out, 'g.cypher'), 'utf8')).toBe(readFileSync(join(out, 'import.cypher'), 'utf8'));
    const csv = run('export', graph, '--format', 'csv');
    expect(csv.status, csv.stderr).toBe(0);
    expect(csv.stdout).toMatch(/import\.sh/);
    expect(readFileSync(join(out, 'csv', 'nodes-Person.csv'), 'utf8')).toMatch(/^key:ID,:LABEL,/);
    expect(readFileSync(join(out, 'csv', 'import.sh'), 'utf8')).toMatch(/neo4j-admin database import full/);
  });

  it('keeps going past a bad file, and --strict makes that an error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ng-bad-'));
    writeFileSync(join(dir, 'good.txt'), 'Presiden Rusia Vladimir Putin tiba di Pyongyang pada Rabu (19/6/2024).');
    writeFileSync(join(dir, 'bad.txt'), Buffer.from([0x68, 0xc3, 0x28]));
    const out = join(dir, 'out');
    const loose = run('build', dir, '--out', out);
    expect(loose.status).toBe(0);
    expect(loose.stderr).toMatch(/warning: bad\.txt: not valid UTF-8/);
    expect(loose.stdout).toMatch(/skipped: 1 encoding/);
    expect(run('build', dir, '--out', out, '--strict', '--quiet').status).toBe(3);
  });

  it('tags CoNLL tokens', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ng-ner-')), 'in.conll');
    writeFileSync(
      file,
      'Presiden X O\nJoko X B-PER\nWidodo X I-PER\ntiba X O\ndi X O\nSurabaya X B-LOC\n. X O\n\nIa X O\n',
    );
    const r = run('ner', '--conll', file);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe('Presiden O\nJoko B-PER\nWidodo I-PER\ntiba O\ndi O\nSurabaya B-LOC\n. O\n\nIa O\n');
  });
});
