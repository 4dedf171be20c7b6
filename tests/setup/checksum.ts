/** Checksums over nodes and relationships with all their properties and each property's Neo4j type, in key order. */
import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { runQuery } from '../../src/neo4j/query.js';

const canon = (v: unknown): string =>
  Array.isArray(v)
    ? `[${v.map(canon).join(',')}]`
    : v && typeof v === 'object'
      ? `{${Object.keys(v)
          .sort()
          .map((k) => `${k}:${canon((v as Record<string, unknown>)[k])}`)
          .join(',')}}`
      : JSON.stringify(v);

/** Each property as [name, value, Neo4j type], so that 20 and 20.0 differ. */
const typed = (v: string) => `[k IN keys(${v}) | [k, ${v}[k], valueType(${v}[k])]]`;

async function checksum(driver: Driver, uri: string, nodeWhere: string, relWhere: string, c: string): Promise<string> {
  const q = (cypher: string) => runQuery(driver, cypher, { c }, { uri });
  const nodes = await q(
    `MATCH (n) WHERE ${nodeWhere} RETURN n.key AS key, labels(n) AS labels, ${typed('n')} AS p ORDER BY key`,
  );
  const rels = await q(
    `MATCH (a)-[r]->(b) WHERE ${relWhere} RETURN r.key AS key, type(r) AS t, a.key AS a, b.key AS b, ${typed('r')} AS p ORDER BY key`,
  );
  // keys() gives a store's order, which is no property of the data.
  const sorted = (rows: typeof nodes.rows) =>
    rows.map((r) => ({
      ...r,
      p: [...(r.p as [string, unknown, string][])].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    }));
  return createHash('sha256')
    .update(canon([sorted(nodes.rows), sorted(rels.rows)]))
    .digest('hex');
}

/** A corpus's nodes and relationships. */
export function corpusChecksum(driver: Driver, uri: string, corpus: string): Promise<string> {
  return checksum(driver, uri, '$c IN n.corpora', '$c IN r.corpora', corpus);
}

/** Every node and relationship whose key holds `part`, whatever corpora they are in. */
export function databaseChecksum(driver: Driver, uri: string, part: string): Promise<string> {
  return checksum(driver, uri, 'n.key CONTAINS $c', 'r.key CONTAINS $c', part);
}
