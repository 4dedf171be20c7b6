/** `newsgraph export`: a built graph.json into another format, for Gephi, Neo4j's bulk importer and the rest. */
import { basename, dirname, extname, join, relative } from 'node:path';
import type { NewsGraph } from '../graph/build.js';
import { deserializeGraph } from '../graph/serialized.js';
import { toCsv } from '../export/csv.js';
import { cypherChunks } from '../export/cypher.js';
import { gexfChunks } from '../export/gexf.js';
import { toGraphml } from '../export/graphml.js';
import { jsonChunks } from '../export/json.js';
import { readGraphFile, writeAtomically } from './files.js';

export const EXPORT_FORMATS = ['gexf', 'graphml', 'csv', 'cypher', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Single-file formats: the writer (the text, or its pieces in order) and the default file name. */
const SINGLE: Record<Exclude<ExportFormat, 'csv'>, [(g: NewsGraph) => string | Iterable<string>, string]> = {
  gexf: [gexfChunks, 'graph.gexf'],
  graphml: [toGraphml, 'graph.graphml'],
  cypher: [cypherChunks, 'import.cypher'],
  json: [jsonChunks, 'graph.json'],
};

export interface ExportCommandOptions {
  readonly format: ExportFormat;
  readonly out?: string;
  readonly quiet?: boolean;
}

export function runExport(graphPath: string, o: ExportCommandOptions): void {
  const graph = deserializeGraph(readGraphFile(graphPath));
  let written: string[];
  if (o.format === 'csv') {
    written = writeAtomically(o.out ?? join(dirname(graphPath), 'csv'), toCsv(graph));
  } else {
    const [render, name] = SINGLE[o.format];
    const out = o.out ?? join(dirname(graphPath), name);
    written = writeAtomically(dirname(out), { [basename(out)]: render(graph) });
    if (extname(out) === '') process.stderr.write(`newsgraph: note: ${out} has no extension; Gephi and others pick the reader by it\n`);
  }
  if (!o.quiet) process.stdout.write(`wrote: ${written.map((p) => relative(process.cwd(), p)).join(', ')}\n`);
  if (!o.quiet && o.format === 'csv') process.stdout.write(`bulk import into a new database: sh ${relative(process.cwd(), join(dirname(written[0]), 'import.sh'))} (Neo4j's bin on PATH, server stopped)\n`);
}
