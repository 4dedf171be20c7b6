/** GEXF schema validation with xmllint (libxml2-utils), against the vendored official schema. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;
/** Validation runs where xmllint is installed, and always on CI, where its absence is a failure. */
export const validatesGexf = hasXmllint || !!process.env.CI;
const SCHEMA = join('tests', 'fixtures', 'gexf-1.3', 'gexf.rng');

/** xmllint's verdict on a GEXF document. */
export function validateGexf(xml: string): { status: number | null; stderr: string } {
  const file = join(mkdtempSync(join(tmpdir(), 'ng-gexf-')), 'graph.gexf');
  writeFileSync(file, xml);
  const r = spawnSync('xmllint', ['--noout', '--relaxng', SCHEMA, file], { encoding: 'utf8' });
  return { status: r.status, stderr: r.stderr };
}
