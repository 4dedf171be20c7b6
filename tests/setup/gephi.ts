/**
 * The real Gephi engine for tests: the Gephi Toolkit uber-jar from Maven Central, fetched
 * once into the cache, and a probe that opens a GEXF file in it headless.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDir } from '../../src/cli/paths.js';

const GEPHI_TOOLKIT = 'org.gephi:gephi-toolkit:0.10.1:jar:all';
const JAR = join(cacheDir(), 'gephi', 'gephi-toolkit-0.10.1-all.jar');
const PROBE = join('tests', 'export', 'GexfProbe.java');

export function gephiToolkitJar(): string {
  if (existsSync(JAR)) return JAR;
  const r = spawnSync(
    'mvn',
    [
      '-q',
      '-B',
      'org.apache.maven.plugins:maven-dependency-plugin:3.6.1:copy',
      `-Dartifact=${GEPHI_TOOLKIT}`,
      `-DoutputDirectory=${join(cacheDir(), 'gephi')}`,
    ],
    { encoding: 'utf8' },
  );
  if (r.status !== 0 || !existsSync(JAR))
    throw new Error(`Maven could not fetch ${GEPHI_TOOLKIT}: ${r.stdout}${r.stderr}`);
  return JAR;
}

export interface GephiView {
  readonly nodes: number;
  readonly edges: number;
  readonly timeFormat: string;
  readonly timeBounds: [string, string] | null;
  readonly issues: { level: string; message: string }[];
  readonly nodeAttributes: Record<string, Record<string, string> | null>;
  /** The time intervals of the named nodes and edges, as [first day, last day]; null for an id Gephi does not have. */
  readonly intervals: Record<string, [string, string][] | null>;
}

/** What Gephi makes of a GEXF file, with every column of the named nodes and the intervals of the named nodes and edges. */
export function openInGephi(file: string, ids: readonly string[] = []): GephiView {
  const r = spawnSync('java', ['-Djava.awt.headless=true', '-cp', gephiToolkitJar(), PROBE, file, ...ids], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  if (r.status !== 0) throw new Error(`Gephi could not open ${file}:\n${r.stderr}`);
  return JSON.parse(r.stdout) as GephiView;
}
