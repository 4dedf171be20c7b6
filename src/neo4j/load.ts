/**
 * Loads graph.json into Neo4j: schema first, then nodes per label and relationships per
 * type in batched `UNWIND $rows … MERGE` statements, each batch a managed write
 * transaction that the driver retries on transient errors. Loading twice changes nothing;
 * `replace` first removes this corpus's data and nothing else. Labels and relationship
 * types come from the contract's fixed lists; all values travel as parameters.
 */
import type { Driver } from 'neo4j-driver';
import { schemaStatements, NODE_LABELS, RELATIONSHIP_TYPES } from '../export/cypher.js';
import { DEFAULT_CORPUS, edgeProperties, nodeProperties } from '../export/properties.js';
import { explain } from './errors.js';
import type { SerializedGraph } from './graph-file.js';

export interface LoadOptions {
  readonly uri: string;
  readonly database?: string;
  readonly replace?: boolean;
  readonly batchSize?: number;
  readonly onProgress?: (done: number, total: number) => void;
}

export interface LoadResult {
  readonly corpus: string;
  readonly nodes: number;
  readonly relationships: number;
  readonly batches: number;
}

const LABELS: ReadonlySet<string> = new Set(NODE_LABELS);
const TYPES: ReadonlySet<string> = new Set(RELATIONSHIP_TYPES);

function identifier(name: string, allowed: ReadonlySet<string>): string {
  if (!allowed.has(name)) throw new Error(`not a label or type of the graph contract: ${JSON.stringify(name)}`);
  return name;
}

interface Batch {
  readonly cypher: string;
  readonly rows: readonly object[];
}

export function corpusOf(graph: SerializedGraph): string {
  return graph.attributes?.corpus ?? DEFAULT_CORPUS;
}

/** The write statements a load runs, in order, each with its rows split into batches. */
export function loadBatches(graph: SerializedGraph, batchSize = 1000): Batch[] {
  const typeOf = new Map(graph.nodes.map((n) => [n.key, n.attributes.type]));
  const batches: Batch[] = [];
  const push = (cypher: string, rows: object[]) => {
    for (let i = 0; i < rows.length; i += batchSize) batches.push({ cypher, rows: rows.slice(i, i + batchSize) });
  };
  for (const label of NODE_LABELS) {
    const rows = graph.nodes.filter((n) => n.attributes.type === label).map((n) => ({ key: n.key, props: nodeProperties(n.key, n.attributes) }));
    push(`UNWIND $rows AS row
MERGE (n:${identifier(label, LABELS)} {key: row.key})
WITH n, row, coalesce(n.corpora, []) AS had
SET n = row.props
SET n.corpora = CASE WHEN $corpus IN had THEN had ELSE had + $corpus END`, rows);
  }
  const groups = new Map<string, object[]>();
  for (const e of graph.edges) {
    const group = `${e.attributes.type}|${typeOf.get(e.source)}|${typeOf.get(e.target)}`;
    const rows = groups.get(group) ?? [];
    rows.push({ key: e.key, source: e.source, target: e.target, props: edgeProperties(e.key, e.attributes) });
    groups.set(group, rows);
  }
  for (const group of [...groups.keys()].sort()) {
    const [type, from, to] = group.split('|');
    push(`UNWIND $rows AS row
MATCH (a:${identifier(from, LABELS)} {key: row.source})
MATCH (b:${identifier(to, LABELS)} {key: row.target})
MERGE (a)-[r:${identifier(type, TYPES)} {key: row.key}]->(b)
SET r = row.props, r.corpus = $corpus`, groups.get(group)!);
  }
  return batches;
}

export async function applySchema(driver: Driver, database?: string): Promise<void> {
  for (const statement of schemaStatements()) await driver.executeQuery(statement.replace(/;$/, ''), {}, { database });
}

/** Removes the corpus's relationships, and its nodes unless another corpus has them too. */
export async function removeCorpus(driver: Driver, corpus: string, database?: string): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.run('MATCH ()-[r]->() WHERE r.corpus = $corpus CALL (r) { DELETE r } IN TRANSACTIONS OF 5000 ROWS', { corpus });
    await session.run(`MATCH (n) WHERE $corpus IN n.corpora
CALL (n) {
  WITH n, [c IN n.corpora WHERE c <> $corpus] AS rest
  FOREACH (_ IN CASE WHEN size(rest) = 0 THEN [1] ELSE [] END | DETACH DELETE n)
  FOREACH (_ IN CASE WHEN size(rest) > 0 THEN [1] ELSE [] END | SET n.corpora = rest)
} IN TRANSACTIONS OF 5000 ROWS`, { corpus });
  } finally {
    await session.close();
  }
}

export async function loadGraph(driver: Driver, graph: SerializedGraph, options: LoadOptions): Promise<LoadResult> {
  const corpus = corpusOf(graph);
  const batches = loadBatches(graph, options.batchSize);
  try {
    await applySchema(driver, options.database);
    if (options.replace) await removeCorpus(driver, corpus, options.database);
    const session = driver.session({ database: options.database });
    try {
      let done = 0;
      for (const batch of batches) {
        await session.executeWrite((tx) => tx.run(batch.cypher, { rows: batch.rows, corpus }));
        options.onProgress?.(++done, batches.length);
      }
    } finally {
      await session.close();
    }
  } catch (e) {
    throw explain(e, options.uri, options.database);
  }
  return { corpus, nodes: graph.nodes.length, relationships: graph.edges.length, batches: batches.length };
}
