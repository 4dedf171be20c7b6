/** `newsgraph export`: a built graph.json into another format, for Gephi, Neo4j's bulk importer and the rest. */
import { basename, dirname, extname, join, relative } from 'node:path';
import { OUTPUT_FORMATS, type FormatName } from '../export/formats.js';
import { readGraphFile, writeAtomically } from './files.js';
import { limitHeapGrowth } from './heap.js';

export interface ExportCommandOptions {
  readonly format: FormatName;
  readonly out?: string;
  readonly quiet?: boolean;
}

export async function runExport(graphPath: string, o: ExportCommandOptions): Promise<void> {
  // The whole graph is held, as in a build: the heap grows as a build's does (see heap.ts).
  limitHeapGrowth();
  const graph = await readGraphFile(graphPath);
  const format = OUTPUT_FORMATS[o.format];
  let written: string[];
  if (format.folder !== undefined) {
    written = writeAtomically(o.out ?? join(dirname(graphPath), format.folder), format.render(graph));
  } else {
    const out = o.out ?? join(dirname(graphPath), format.file);
    written = writeAtomically(dirname(out), { [basename(out)]: format.render(graph) });
    if (extname(out) === '')
      process.stderr.write(`newsgraph: note: ${out} has no extension; Gephi and others pick the reader by it\n`);
  }
  if (!o.quiet) process.stdout.write(`wrote: ${written.map((p) => relative(process.cwd(), p)).join(', ')}\n`);
  if (!o.quiet && o.format === 'csv')
    process.stdout.write(
      `bulk import into a new database: sh ${relative(process.cwd(), join(dirname(written[0]), 'import.sh'))} (Neo4j's bin on PATH, server stopped)\n`,
    );
}
