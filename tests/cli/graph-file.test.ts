/** A graph.json received from someone else: export (every format) and view refuse it whole, in one line, writing nothing. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { FORMAT_NAMES, type FormatName } from '../../src/export/formats.js';
import { ATTACK_TYPES } from '../fixtures/hostile.js';
import { BIN, runCli } from '../setup/cli.js';

/** Every file under a folder, however deep. */
const filesUnder = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();

describe('a crafted graph.json', () => {
  let seeds: { nodes: { attributes: { type: string } }[]; edges: { attributes: { type: string } }[] };

  beforeAll(() => {
    const out = mkdtempSync(join(tmpdir(), 'ng-seeds-'));
    expect(runCli('build', 'seeds', '--out', out, '--quiet').status).toBe(0);
    seeds = JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8'));
  });

  /** A folder holding the seeds' graph with one node's or one edge's type replaced. */
  function crafted(attack: string, on: 'node' | 'edge'): { root: string; file: string } {
    const root = mkdtempSync(join(tmpdir(), 'ng-crafted-'));
    const g = structuredClone(seeds);
    if (on === 'node') g.nodes[g.nodes.length - 1].attributes.type = attack;
    else g.edges[g.edges.length - 1].attributes.type = attack;
    mkdirSync(join(root, 'in', 'deep'), { recursive: true });
    const file = join(root, 'in', 'deep', 'graph.json');
    writeFileSync(file, JSON.stringify(g));
    return { root, file };
  }

  it('is refused by export in every format, in one line with exit code 2: no file written, inside --out or outside it (so no import.sh to run)', () => {
    // Each attack, as a node and as an edge type, where it would strike (import.cypher, the CSV files, import.sh); then every format once.
    const runs: [keyof typeof ATTACK_TYPES, 'node' | 'edge', FormatName][] = [
      ['cypher', 'node', 'cypher'],
      ['cypher', 'edge', 'cypher'],
      ['path', 'node', 'csv'],
      ['path', 'edge', 'csv'],
      ['shell', 'node', 'csv'],
      ['shell', 'edge', 'csv'],
      ...FORMAT_NAMES.filter((f) => f !== 'cypher').map((f): [keyof typeof ATTACK_TYPES, 'node', FormatName] => [
        'cypher',
        'node',
        f,
      ]),
    ];
    for (const [name, on, format] of runs) {
      const attack = ATTACK_TYPES[name];
      const { root, file } = crafted(attack, on);
      const before = filesUnder(root);
      const r = spawnSync(
        process.execPath,
        [join(process.cwd(), BIN), 'export', file, '--format', format, '--out', join(root, 'in', 'deep', 'out')],
        {
          cwd: root,
          encoding: 'utf8',
          env: { ...process.env, DEBUG: '' },
        },
      );
      const what = `${name} as a ${on} type, ${format}`;
      expect(r.status, what).toBe(2);
      expect(r.stdout, what).toBe('');
      const last = (on === 'node' ? seeds.nodes : seeds.edges).length - 1;
      expect(r.stderr.startsWith(`newsgraph: ${file} is not a newsgraph graph: ${on}s[${last}] (key "`), what).toBe(
        true,
      );
      expect(
        r.stderr.endsWith(
          `): type ${JSON.stringify(attack)} is not a${on === 'edge' ? 'n' : ''} ${on} type of the contract\n`,
        ),
        what,
      ).toBe(true);
      expect(r.stderr.split('\n'), what).toHaveLength(2);
      expect(filesUnder(root), what).toEqual(before);
    }
  }, 120_000);

  it('is refused by view in one line with exit code 2, before anything is served', () => {
    const { root, file } = crafted(ATTACK_TYPES.cypher, 'node');
    // Served, it would run until stopped: the timeout ends it.
    const r = spawnSync(process.execPath, [BIN, 'view', join(root, 'in', 'deep'), '--port', '0'], {
      encoding: 'utf8',
      timeout: 30_000,
      env: { ...process.env, DEBUG: '' },
    });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      new RegExp(
        `^newsgraph: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is not a newsgraph graph: nodes\\[\\d+\\] \\(key "[^"]+"\\): type "Person \\{key:'x'\\}\\) WITH 1 AS x .*" is not a node type of the contract\n$`,
      ),
    );
  });
});
