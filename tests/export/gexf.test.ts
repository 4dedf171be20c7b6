import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'graphology-gexf';
import { MultiDirectedGraph } from 'graphology';
import { buildFromPaths } from '../../src/pipeline.js';
import { toGexf } from '../../src/export/gexf.js';

const SCHEMA = join('..', 'shared', 'gexf-1.3', 'gexf.rng');
const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;
if (!hasXmllint && !process.env.CI) console.warn('NOTICE: xmllint not found; GEXF schema validation skipped (apt-get install libxml2-utils)');

describe('graph.gexf', () => {
  const gexf = toGexf(buildFromPaths(['seeds']).graph);

  it.skipIf(!hasXmllint && !process.env.CI)('validates against the official GEXF 1.3 schema', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ng-gexf-')), 'graph.gexf');
    writeFileSync(file, gexf);
    const r = spawnSync('xmllint', ['--noout', '--relaxng', SCHEMA, file], { encoding: 'utf8' });
    expect(r.stderr).toMatch(/validates/);
    expect(r.status).toBe(0);
  });

  it('reads back with graphology-gexf: same nodes, labels and colours', () => {
    const graph = buildFromPaths(['seeds']).graph;
    const back = parse(MultiDirectedGraph, gexf);
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    expect(back.getNodeAttribute('person:vladimir-putin', 'label')).toBe('Vladimir Putin');
    expect(back.getNodeAttribute('person:vladimir-putin', 'type')).toBe('Person');
  });
});
