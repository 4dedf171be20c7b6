/** `newsgraph export`: a built graph.json into another format, for Gephi, Neo4j's bulk importer and the rest. */
import { basename, dirname, extname, join, relative } from 'node:path';
import { OUTPUT_FORMATS, type FormatName } from '../export/formats.js';
import { CsvTables } from '../export/csv.js';
import type { NewsGraph } from '../graph/build.js';
import { UserError } from './exit-codes.js';
import { readGraphFile, readGraphFileElements, StagedFiles, writeAtomically } from './files.js';
import { limitHeapGrowth } from './heap.js';

export interface ExportCommandOptions {
  readonly format: FormatName;
  readonly out?: string;
  readonly quiet?: boolean;
}

export async function runExport(graphPath: string, o: ExportCommandOptions): Promise<void> {
  const format = OUTPUT_FORMATS[o.format];
  let written: string[];
  if (format.folder !== undefined) {
    // CSV, the one format written as a folder of files, is written from the file as it is read.
    written = await csvFromFile(graphPath, o.out ?? join(dirname(graphPath), format.folder));
  } else {
    const graph = await graphOf(graphPath);
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

async function graphOf(graphPath: string): Promise<NewsGraph> {
  // The whole graph is held, as in a build: the heap grows as a build's does (see heap.ts).
  limitHeapGrowth();
  return readGraphFile(graphPath);
}

/**
 * The CSV files written from graph.json as it is read, twice (`CsvTables`): once to type the
 * columns, once to write the rows. The graph is never held, so that at 50k articles the export
 * needs far less memory than the build that made the file.
 */
async function csvFromFile(graphPath: string, dir: string): Promise<string[]> {
  const tables = new CsvTables();
  for await (const element of readGraphFileElements(graphPath)) {
    if (element.kind === 'attributes') tables.setGraphAttributes(element.attributes);
    else if (element.kind !== 'options') tables.add(element);
  }
  const staged = new StagedFiles(dir);
  try {
    const files = new Map(tables.files().map((name) => [name, staged.open(name)]));
    for (const [name, write] of files) write(tables.header(name));
    for await (const element of readGraphFileElements(graphPath)) {
      if (element.kind !== 'node' && element.kind !== 'edge') continue;
      const [name, line] = tables.line(element);
      const write = files.get(name);
      if (!write) throw new UserError(`${graphPath} changed while it was exported; export it again`);
      write(line);
    }
    staged.write('import.sh', tables.importScript());
  } catch (e) {
    staged.abort();
    throw e;
  }
  return staged.commit();
}
