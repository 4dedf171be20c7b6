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
import type { GraphAttributes, SerializedEdge, SerializedNode } from '../graph/contract.js';
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

const NODE_COLUMNS = ['key:ID', ':LABEL'];
const RELATIONSHIP_COLUMNS = [':START_ID', ':END_ID', ':TYPE'];

const nodeFileName = (label: string) => `nodes-${label}.csv`;
const relationshipFileName = (type: string) => `relationships-${type}.csv`;
const isNodeFile = (name: string) => name.startsWith('nodes-');

/** One row of a file: its fixed columns (ids, label or type) and its properties. */
interface Row {
  readonly file: string;
  readonly fixed: readonly string[];
  readonly props: Readonly<Record<string, PropertyValue>>;
}

/**
 * The CSV files of a graph, read in two passes over its nodes and edges in order: the first
 * (`add`) finds the files and types each one's columns over every row (a header comes first);
 * the second (`line`) gives each element's line. Neither holds the graph: a graph.json can
 * be exported as it is read, twice. Labels and types, and so the file names and import.sh, are
 * the contract's names, looked up (never the graph's text).
 */
export class CsvTables {
  private corpus = DEFAULT_CORPUS;
  private readonly widened = new Map<string, Map<string, ColumnType>>();
  private stored?: Map<string, Map<string, ColumnType>>;

  /** The graph's attributes, before its first node: the corpus its rows are stored in. */
  setGraphAttributes(attributes: GraphAttributes): void {
    this.corpus = attributes.corpus ?? DEFAULT_CORPUS;
  }

  /** The first pass: an element's values widen its file's column types. */
  add(element: CsvElement): void {
    const row = this.rowOf(element);
    let types = this.widened.get(row.file);
    if (!types) this.widened.set(row.file, (types = new Map()));
    widenColumnTypes(types, row.props);
  }

  /** The files, node files first, each kind in name order; after the first pass. */
  files(): string[] {
    const names = [...this.columns().keys()];
    return [...names.filter(isNodeFile).sort(), ...names.filter((f) => !isNodeFile(f)).sort()];
  }

  header(file: string): string {
    const types = this.columns().get(file)!;
    const fixed = isNodeFile(file) ? NODE_COLUMNS : RELATIONSHIP_COLUMNS;
    return `${[...fixed, ...[...types].map(([c, type]) => `${c}:${type}`)].join(',')}\n`;
  }

  /** The second pass: an element's line, and the file it goes to. */
  line(element: CsvElement): [file: string, line: string] {
    const row = this.rowOf(element);
    const types = this.columns().get(row.file)!;
    const cells = [...row.fixed.map(quote), ...[...types].map(([c, type]) => cell(row.props[c], type))];
    return [row.file, `${cells.join(',')}\n`];
  }

  /** The file an element's line goes to. */
  fileOf(element: CsvElement): string {
    return 'node' in element
      ? nodeFileName(nodeTypeName(element.node.attributes.type))
      : relationshipFileName(edgeTypeName(element.edge.attributes.type));
  }

  importScript(): string {
    return importScript(this.files());
  }

  private rowOf(element: CsvElement): Row {
    return 'node' in element ? this.nodeRow(element.node) : this.edgeRow(element.edge);
  }

  private nodeRow({ key, attributes }: SerializedNode): Row {
    const label = nodeTypeName(attributes.type);
    const { key: _key, ...props } = corpusNodeProperties(key, attributes, this.corpus);
    return { file: nodeFileName(label), fixed: [key, label], props };
  }

  private edgeRow({ key, source, target, attributes }: SerializedEdge): Row {
    const type = edgeTypeName(attributes.type);
    return {
      file: relationshipFileName(type),
      fixed: [source, target, type],
      props: corpusEdgeProperties(key, attributes, this.corpus),
    };
  }

  private columns(): Map<string, Map<string, ColumnType>> {
    return (this.stored ??= new Map([...this.widened].map(([file, types]) => [file, storedPropertyTypes(types)])));
  }
}

/** A node or an edge of graph.json. */
export type CsvElement = { readonly node: SerializedNode } | { readonly edge: SerializedEdge };

/** A graph's nodes and edges in order, as graph.json lists them. */
function* elements(graph: NewsGraph): Generator<CsvElement> {
  for (const { node: key, attributes } of graph.nodeEntries()) yield { node: { key, attributes } };
  for (const { edge: key, attributes, source, target } of graph.edgeEntries())
    yield { edge: { key, source, target, attributes } };
}

/**
 * File name → its text as chunks, made from the graph as it is written: the node and
 * relationship files, and `import.sh` with the command. No file is ever held whole.
 */
export function csvChunks(graph: NewsGraph): Record<string, string | Iterable<string>> {
  const tables = new CsvTables();
  tables.setGraphAttributes(graph.getAttributes());
  for (const e of elements(graph)) tables.add(e);
  function* file(name: string): Generator<string> {
    yield tables.header(name);
    for (const e of elements(graph)) if (tables.fileOf(e) === name) yield tables.line(e)[1];
  }
  const files: Record<string, string | Iterable<string>> = {};
  for (const name of tables.files()) files[name] = { [Symbol.iterator]: () => chunked(file(name)) };
  files['import.sh'] = tables.importScript();
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
