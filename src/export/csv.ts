/**
 * CSV for `neo4j-admin database import full`, the bulk path into a new database: one node
 * file per label (`key:ID`, typed property columns, `:LABEL`) and one relationship file per
 * type (`:START_ID`, `:END_ID`, `:TYPE`), with the same properties and the same Neo4j types as
 * `newsgraph load` writes (each column typed by the contract, dates as DATE), its corpus
 * bookkeeping included, so a bulk-imported database and a loaded one are alike.
 *
 * Lists use U+001F (the unit separator) between elements: article text may hold any printable
 * delimiter, and this one never survives into a list element (it is replaced by a space).
 * Empty lists are left out: the importer has no way to write one.
 */
import type { NewsGraph } from '../graph/build.js';
import { edgeTypeName, nodeTypeName } from '../graph/validate.js';
import { chunked, joinChunks } from './chunks.js';
import {
  corpusEdgeProperties,
  corpusNodeProperties,
  DEFAULT_CORPUS,
  storedPropertyTypes,
  widenColumnTypes,
  type ColumnType,
  type PropertyValue,
} from './properties.js';

const ARRAY_DELIMITER = '\u001f';

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

function cell(v: PropertyValue | undefined, type: ColumnType): string {
  if (v === undefined) return '';
  if (type.endsWith('[]')) {
    const list = (Array.isArray(v) ? v : [v]) as (string | number)[];
    if (!list.length) return '';
    return quote(list.map((x) => String(x).replaceAll(ARRAY_DELIMITER, ' ')).join(ARRAY_DELIMITER));
  }
  if (type === 'string') return quote(Array.isArray(v) ? v.join(' | ') : String(v));
  return String(v);
}

/** One row of a file: its fixed columns (ids, label or type) and its properties. */
interface Row {
  readonly fixed: readonly string[];
  readonly props: Readonly<Record<string, PropertyValue>>;
}

const NODE_COLUMNS = ['key:ID', ':LABEL'];
const RELATIONSHIP_COLUMNS = [':START_ID', ':END_ID', ':TYPE'];

/**
 * The rows of every node file and relationship file (or of one file only), by file name, made
 * as they are asked for. Labels and types, and so the file names and import.sh, are the
 * contract's names, looked up (never the graph's text).
 */
function* rows(graph: NewsGraph, only?: string): Generator<[file: string, row: Row]> {
  const corpus = graph.getAttribute('corpus') ?? DEFAULT_CORPUS;
  if (only === undefined || isNodeFile(only)) {
    for (const { node: key, attributes: a } of graph.nodeEntries()) {
      const label = nodeTypeName(a.type);
      const name = nodeFileName(label);
      if (only !== undefined && name !== only) continue;
      const { key: _key, ...props } = corpusNodeProperties(key, a, corpus);
      yield [name, { fixed: [key, label], props }];
    }
  }
  if (only === undefined || !isNodeFile(only)) {
    for (const { edge: key, attributes: a, source, target } of graph.edgeEntries()) {
      const type = edgeTypeName(a.type);
      const name = relationshipFileName(type);
      if (only !== undefined && name !== only) continue;
      yield [name, { fixed: [source, target, type], props: corpusEdgeProperties(key, a, corpus) }];
    }
  }
}

/** One file's text, header first, a row at a time. */
function* file(graph: NewsGraph, name: string, types: ReadonlyMap<string, ColumnType>): Generator<string> {
  const columns = [...types.keys()];
  yield `${[...(isNodeFile(name) ? NODE_COLUMNS : RELATIONSHIP_COLUMNS), ...columns.map((c) => `${c}:${types.get(c)}`)].join(',')}\n`;
  for (const [, row] of rows(graph, name))
    yield `${[...row.fixed.map(quote), ...columns.map((c) => cell(row.props[c], types.get(c)!))].join(',')}\n`;
}

const nodeFileName = (label: string) => `nodes-${label}.csv`;
const relationshipFileName = (type: string) => `relationships-${type}.csv`;
const isNodeFile = (name: string) => name.startsWith('nodes-');

/**
 * File name → its text as chunks, written as they are made: the node and relationship files,
 * and `import.sh` with the command. One pass over the graph finds the files and each one's
 * columns (a header comes first, and its columns are typed over every row); each file is then
 * made from the graph as it is written, so no file is ever held whole.
 */
export function csvChunks(graph: NewsGraph): Record<string, string | Iterable<string>> {
  const columns = new Map<string, Map<string, ColumnType>>();
  for (const [name, row] of rows(graph)) {
    let types = columns.get(name);
    if (!types) columns.set(name, (types = new Map()));
    widenColumnTypes(types, row.props);
  }
  const names = [...columns.keys()];
  const sorted = [...names.filter(isNodeFile).sort(), ...names.filter((f) => !isNodeFile(f)).sort()];
  const files: Record<string, string | Iterable<string>> = {};
  for (const name of sorted) {
    const types = storedPropertyTypes(columns.get(name)!);
    files[name] = { [Symbol.iterator]: () => chunked(file(graph, name, types)) };
  }
  files['import.sh'] = importScript(sorted);
  return files;
}

/** File name → contents, each file as one string (for small graphs and tests). */
export function toCsv(graph: NewsGraph): Record<string, string> {
  return Object.fromEntries(
    Object.entries(csvChunks(graph)).map(([name, text]) => [name, typeof text === 'string' ? text : joinChunks(text)]),
  );
}

/** The importer's arguments for these files, into `database` (which must be new or empty). */
export function adminImportArgs(files: readonly string[], database = 'neo4j'): string[] {
  return [
    'database',
    'import',
    'full',
    database,
    '--overwrite-destination=true',
    '--id-type=string',
    '--array-delimiter=U+001F',
    '--multiline-fields=true',
    '--strict=true',
    ...files.filter((f) => f.startsWith('nodes-')).map((f) => `--nodes=${f}`),
    ...files.filter((f) => f.startsWith('relationships-')).map((f) => `--relationships=${f}`),
  ];
}

function importScript(files: readonly string[]): string {
  return [
    '#!/bin/sh',
    '# Bulk import into a NEW Neo4j database (it replaces the database named below), then start',
    '# the server and run cypher/schema.cypher for the constraints and indexes.',
    '# Run from this folder: NEO4J_HOME must point at the Neo4j installation; the server must be stopped.',
    'set -e',
    'cd "$(dirname "$0")"',
    `neo4j-admin ${adminImportArgs(files, '"${1:-neo4j}"').join(' ').replace(/ --/g, ' \\\n  --')}`,
    '',
  ].join('\n');
}
