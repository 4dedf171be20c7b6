/**
 * Every output format, by name: what `newsgraph build` writes and what `newsgraph export`
 * offers, with the file (or folder) each goes to. A new format is its writer's module and
 * one entry here.
 */
import type { NewsGraph } from '../graph/build.js';
import { csvChunks } from './csv.js';
import { cypherChunks } from './cypher.js';
import { gexfChunks } from './gexf.js';
import { toGraphml } from './graphml.js';
import { jsonChunks } from './json.js';

/** A format written to one file: its text, or the text's pieces in order. */
interface FileFormat {
  readonly file: string;
  readonly render: (graph: NewsGraph) => string | Iterable<string>;
  readonly folder?: undefined;
  /** Written by every build, not only on request. */
  readonly byBuild?: true;
  readonly description: string;
}

/** A format written as several files in a folder: their names and texts, each whole or as its pieces in order. */
interface FolderFormat {
  readonly folder: string;
  readonly render: (graph: NewsGraph) => Record<string, string | Iterable<string>>;
  readonly file?: undefined;
  readonly byBuild?: undefined;
  readonly description: string;
}

export type OutputFormat = FileFormat | FolderFormat;

const formats = {
  json: {
    file: 'graph.json',
    render: jsonChunks,
    byBuild: true,
    description: 'graphology serialisation: nodes, edges, attributes, evidence',
  },
  gexf: {
    file: 'graph.gexf',
    render: gexfChunks,
    byBuild: true,
    description: 'GEXF 1.3 for Gephi, with colours, sizes and positions',
  },
  cypher: {
    file: 'import.cypher',
    render: cypherChunks,
    byBuild: true,
    description: 'idempotent Cypher (constraints, then MERGEs) for cypher-shell -f',
  },
  graphml: { file: 'graph.graphml', render: toGraphml, description: 'GraphML for yEd, Cytoscape, NetworkX and igraph' },
  csv: { folder: 'csv', render: csvChunks, description: 'CSV for neo4j-admin database import, with import.sh' },
} satisfies Record<string, OutputFormat>;

export type FormatName = keyof typeof formats;
export const OUTPUT_FORMATS: Readonly<Record<FormatName, OutputFormat>> = formats;
export const FORMAT_NAMES = Object.keys(formats) as FormatName[];

/** The formats every build writes, in the order it writes them. */
export const BUILD_FORMATS: readonly FileFormat[] = Object.values(OUTPUT_FORMATS).filter(
  (f): f is FileFormat => f.byBuild === true,
);

/** Where a format goes by default: its file name, or its folder's with a slash. */
export const defaultPath = (f: OutputFormat): string => f.file ?? `${f.folder}/`;

/** The files `newsgraph build` writes, by name, each as pieces made as they are read: one file in memory at a time, a piece at a time. */
export function buildOutputs(graph: NewsGraph): Record<string, string | Iterable<string>> {
  return Object.fromEntries(BUILD_FORMATS.map((f) => [f.file, f.render(graph)]));
}
