/** A checksum over a corpus's nodes and relationships with all their properties, in key order. */
import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { runQuery } from '../../src/neo4j/query.js';

const canon = (v: unknown): string => (Array.isArray(v) ? `[${v.map(canon).join(',')}]`
  : v && typeof v === 'object' ? `{${Object.keys(v).sort().map((k) => `${k}:${canon((v as Record<string, unknown>)[k])}`).join(',')}}` : JSON.stringify(v));

export async function corpusChecksum(driver: Driver, uri: string, corpus: string): Promise<string> {
  const q = (cypher: string) => runQuery(driver, cypher, { c: corpus }, { uri });
  const nodes = await q('MATCH (n) WHERE $c IN n.corpora RETURN n.key AS key, properties(n) AS p ORDER BY key');
  const rels = await q('MATCH ()-[r]->() WHERE r.corpus = $c RETURN r.key AS key, type(r) AS t, properties(r) AS p ORDER BY key');
  return createHash('sha256').update(canon([nodes.rows, rels.rows])).digest('hex');
}
