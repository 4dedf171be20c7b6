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
import { corpusEdgeProperties, corpusNodeProperties, DEFAULT_CORPUS, propertyTypes, type ColumnType, type Properties, type PropertyValue } from './properties.js';

const ARRAY_DELIMITER = '\u001f';

interface Table {
  readonly fixed: readonly string[];
  readonly rows: { fixed: readonly string[]; props: Properties }[];
}

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

function render(table: Table): string {
  const types = propertyTypes(table.rows.map((row) => row.props));
  const columns = [...types.keys()];
  const header = [...table.fixed, ...columns.map((c) => `${c}:${types.get(c)}`)];
  const lines = [header.join(',')];
  for (const row of table.rows) lines.push([...row.fixed.map(quote), ...columns.map((c) => cell(row.props[c], types.get(c)!))].join(','));
  return `${lines.join('\n')}\n`;
}

const nodeFileName = (label: string) => `nodes-${label}.csv`;
const relationshipFileName = (type: string) => `relationships-${type}.csv`;

/** File name → contents: the node and relationship files, and `import.sh` with the command. */
export function toCsv(graph: NewsGraph): Record<string, string> {
  const corpus = graph.getAttribute('corpus') ?? DEFAULT_CORPUS;
  const nodes = new Map<string, Table>();
  const relationships = new Map<string, Table>();
  // Labels and types, and so the file names and import.sh, are the contract's names, looked up (never the graph's text).
  graph.forEachNode((key, a) => {
    const label = nodeTypeName(a.type);
    const { key: _key, ...props } = corpusNodeProperties(key, a, corpus);
    const table = nodes.get(label) ?? { fixed: ['key:ID', ':LABEL'], rows: [] };
    table.rows.push({ fixed: [key, label], props });
    nodes.set(label, table);
  });
  graph.forEachEdge((key, a, source, target) => {
    const type = edgeTypeName(a.type);
    const table = relationships.get(type) ?? { fixed: [':START_ID', ':END_ID', ':TYPE'], rows: [] };
    table.rows.push({ fixed: [source, target, type], props: corpusEdgeProperties(key, a, corpus) });
    relationships.set(type, table);
  });
  const files: Record<string, string> = {};
  for (const [label, table] of [...nodes].sort()) files[nodeFileName(label)] = render(table);
  for (const [type, table] of [...relationships].sort()) files[relationshipFileName(type)] = render(table);
  files['import.sh'] = importScript(Object.keys(files));
  return files;
}

/** The importer's arguments for these files, into `database` (which must be new or empty). */
export function adminImportArgs(files: readonly string[], database = 'neo4j'): string[] {
  return [
    'database', 'import', 'full', database, '--overwrite-destination=true', '--id-type=string',
    '--array-delimiter=U+001F', '--multiline-fields=true', '--strict=true',
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
