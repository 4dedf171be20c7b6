/**
 * import.cypher: the graph as idempotent Cypher for `cypher-shell -f`: constraints first,
 * then one MERGE per node and relationship, keyed by `key`, with every property. Strings
 * are escaped so that any text survives (quotes, backslashes, newlines, backticks, unicode).
 */
import type { NewsGraph } from '../graph/build.js';
import { EDGE_TYPES, NODE_TYPES } from '../graph/contract.js';
import { edgeTypeName, nodeTypeName } from '../graph/validate.js';
import { chunked, joinChunks } from './chunks.js';
import { edgeProperties, nodeProperties, propertyType, type Properties, type PropertyValue } from './properties.js';

/** Neo4j's labels and relationship types are the contract's node and edge types. */
export const NODE_LABELS = NODE_TYPES;
export const RELATIONSHIP_TYPES = EDGE_TYPES;

export function cypherString(s: string): string {
  return `'${s.replace(/[\\'\n\r\t\u0000-\u001f\u2028\u2029]/g, (c) => {
    switch (c) {
      case '\\':
        return '\\\\';
      case "'":
        return "\\'";
      case '\n':
        return '\\n';
      case '\r':
        return '\\r';
      case '\t':
        return '\\t';
      default:
        return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    }
  })}'`;
}

/** A value as a literal of the property's Neo4j type: `date('…')` for dates, `0.0` for a FLOAT that happens to be whole. */
function literal(k: string, v: PropertyValue): string {
  const type = propertyType(k, v);
  const scalar = (x: string | number | boolean) =>
    typeof x === 'string' ? cypherString(x) : type.startsWith('double') && Number.isInteger(x) ? `${x}.0` : String(x);
  if (Array.isArray(v)) return `[${(v as (string | number)[]).map(scalar).join(', ')}]`;
  if (type === 'date') return `date(${cypherString(String(v))})`;
  return scalar(v);
}

/** Property keys are our own attribute names; backticks make any of them a safe identifier. */
const map = (p: Properties) =>
  `{${Object.entries(p)
    .map(([k, v]) => `\`${k.replace(/`/g, '``')}\`: ${literal(k, v)}`)
    .join(', ')}}`;

/** Relationship types that carry evidence, whose evidence is indexed by article. */
const CLAIM_TYPES = RELATIONSHIP_TYPES.filter((t) => t !== 'MENTIONS');

/**
 * The schema: a unique `key` for every label and relationship type (so concurrent loads
 * cannot duplicate anything), indexes on `label`, on event dates and on what finds an article,
 * a full-text index over names and aliases, and one over the articles each claim's evidence
 * cites (one value per list item, matched whole), so that an article's claims are found without
 * reading every relationship.
 */
export function schemaStatements(): string[] {
  return [
    ...NODE_LABELS.map(
      (l) => `CREATE CONSTRAINT ${l.toLowerCase()}_key IF NOT EXISTS FOR (n:${l}) REQUIRE n.key IS UNIQUE;`,
    ),
    ...RELATIONSHIP_TYPES.map(
      (t) => `CREATE CONSTRAINT ${t.toLowerCase()}_key IF NOT EXISTS FOR ()-[r:${t}]-() REQUIRE r.key IS UNIQUE;`,
    ),
    ...NODE_LABELS.map((l) => `CREATE INDEX ${l.toLowerCase()}_label IF NOT EXISTS FOR (n:${l}) ON (n.label);`),
    'CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);',
    'CREATE INDEX event_date_from IF NOT EXISTS FOR (n:Event) ON (n.dateFrom);',
    'CREATE INDEX event_date_to IF NOT EXISTS FOR (n:Event) ON (n.dateTo);',
    'CREATE INDEX document_file IF NOT EXISTS FOR (n:Document) ON (n.file);',
    'CREATE TEXT INDEX document_title IF NOT EXISTS FOR (n:Document) ON (n.title);',
    `CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:${NODE_LABELS.join('|')}) ON EACH [n.label, n.aliases];`,
    `CREATE FULLTEXT INDEX claim_articles IF NOT EXISTS FOR ()-[r:${CLAIM_TYPES.join('|')}]-() ON EACH [r.evidenceDocs] OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'keyword'}};`,
  ];
}

/**
 * Labels and relationship types are looked up in the contract's lists, never taken from the
 * graph: a type that is not the contract's is refused (GraphContractError), not escaped.
 */
function* statements(graph: NewsGraph): Generator<string> {
  yield '// newsgraph import: constraints, then nodes, then relationships. Safe to run again.\n';
  for (const statement of schemaStatements()) yield `${statement}\n`;
  yield '\n';
  for (const { node: key, attributes: a } of graph.nodeEntries()) {
    yield `MERGE (n:${nodeTypeName(a.type)} {key: ${cypherString(key)}}) SET n = ${map(nodeProperties(key, a))};\n`;
  }
  for (const {
    edge: key,
    attributes: a,
    source,
    target,
    sourceAttributes: sa,
    targetAttributes: ta,
  } of graph.edgeEntries()) {
    yield `MATCH (a:${nodeTypeName(sa.type)} {key: ${cypherString(source)}}), (b:${nodeTypeName(ta.type)} {key: ${cypherString(target)}}) MERGE (a)-[r:${edgeTypeName(a.type)} {key: ${cypherString(key)}}]->(b) SET r = ${map(edgeProperties(key, a))};\n`;
  }
}

export function cypherChunks(graph: NewsGraph): Generator<string> {
  return chunked(statements(graph));
}

export function toCypher(graph: NewsGraph): string {
  return joinChunks(cypherChunks(graph));
}
