/**
 * Loads a graph into Neo4j as it is read: schema first, then nodes per label and
 * relationships per type in batched `UNWIND $rows … MERGE` statements, each batch a managed
 * write transaction that the driver retries on transient errors. Labels and relationship
 * types come from the contract's fixed lists; all values travel as parameters, typed as the
 * contract says (integers as INTEGER, dates as DATE).
 *
 * Several corpora share one database without touching one another. A node or relationship
 * lists the corpora that have it in `corpora`. One corpus's element holds that corpus's
 * properties, as they are in its graph.json. An element of several corpora also keeps each
 * corpus's own properties as `NAME@CORPUS` (its "view"), and its plain properties are their
 * union, recomputed from the views whenever a corpus comes or goes:
 * - lists that name the thing (aliases, titles, authors): every corpus's, without repeats;
 * - evidence: every corpus's items, with `evidenceCorpora` naming the corpus of each;
 * - `degree` and `mentions`: counted again over the union's relationships;
 * - metrics that only a corpus's own graph gives (weightedDegree, betweenness, pagerank,
 *   community): left out, each corpus's kept in its view;
 * - anything else (label, kind, dates, role, …): the first corpus's, in name order, that has it.
 * So loading A then B gives what B then A gives, and unloading B gives back what A alone gave.
 */
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { schemaStatements } from '../export/cypher.js';
import {
  corpusEdgeProperties,
  corpusNodeProperties,
  DEFAULT_CORPUS,
  propertyType,
  type Properties,
} from '../export/properties.js';
import { edgeTypeName, GraphContractError, nodeTypeName, validateGraph } from '../graph/validate.js';
import { explain } from './errors.js';
import { elementsOf, GraphFileError, type GraphElement, type SerializedGraph } from './graph-file.js';

export interface LoadOptions {
  readonly uri: string;
  readonly database?: string;
  readonly replace?: boolean;
  readonly batchSize?: number;
  /** Told each time a batch is written: how many batches, and how many nodes and relationships, have been read so far. */
  readonly onProgress?: (batches: number, elements: number) => void;
}

export interface LoadResult {
  readonly corpus: string;
  readonly nodes: number;
  readonly relationships: number;
  readonly batches: number;
}

/** Properties that say where an element is, never part of a corpus's view. `_lock` is written first so that concurrent loads take turns on an element. */
const BOOKKEEPING = ['key', 'corpora', '_lock'];
const UNION = ['aliases', 'titles', 'authors'];
const CONCATENATED = ['evidenceDocs', 'evidenceSentences', 'evidenceTexts', 'evidenceCorpora'];
const RECOUNTED = ['degree', 'mentions'];
const CORPUS_ONLY = ['weightedDegree', 'betweenness', 'pagerank', 'community'];

const MERGE_PARAMS = {
  bookkeeping: BOOKKEEPING,
  union: UNION,
  concatenated: CONCATENATED,
  skipped: [...RECOUNTED, ...CORPUS_ONLY],
};

/** The property a view key is of (`mentions` of `mentions@A`); property names never hold `@`, corpus names may. */
const VIEW_PROPERTY = (k: string) => `split(${k}, '@')[0]`;
const VIEW_CORPUS = (k: string) => `substring(${k}, size(split(${k}, '@')[0]) + 1)`;

/**
 * Cypher that recomputes the plain properties of `v` (a node or relationship of two corpora or
 * more) from its views, by the rules above; `degree` and `mentions` are left to `RECOUNT`.
 */
const mergeViews = (v: string) => `
  FOREACH (k IN [k IN keys(${v}) WHERE NOT k CONTAINS '@' AND NOT k IN $bookkeeping] | SET ${v}[k] = null)
  WITH ${v}
  CALL (${v}) {
    UNWIND [k IN keys(${v}) WHERE k CONTAINS '@'] AS k
    WITH ${v}, k, ${VIEW_PROPERTY('k')} AS p, ${VIEW_CORPUS('k')} AS c
    WHERE NOT p IN $skipped
    WITH ${v}, p, c, ${v}[k] AS value ORDER BY p, c
    WITH ${v}, p, collect(value) AS values
    SET ${v}[p] = CASE
      WHEN p IN $concatenated THEN reduce(acc = [], list IN values | acc + list)
      WHEN p IN $union THEN reduce(acc = [], x IN reduce(acc = [], list IN values | acc + list) | CASE WHEN x IN acc THEN acc ELSE acc + x END)
      ELSE values[0] END
  }`;

/** Cypher that turns the view of corpus `c` back into the plain properties of `v`, the one corpus it is left in. */
const restoreView = (v: string, c: string) => `
  WITH ${v}, ${c}, [k IN keys(${v}) WHERE k CONTAINS '@' AND ${VIEW_CORPUS('k')} = ${c} | [${VIEW_PROPERTY('k')}, ${v}[k]]] AS view
  FOREACH (k IN [k IN keys(${v}) WHERE k <> 'key'] | SET ${v}[k] = null)
  FOREACH (pv IN view | SET ${v}[pv[0]] = pv[1])
  SET ${v}.corpora = [${c}]`;

/** `degree` and `mentions` of a node of several corpora, counted over the union (an article's own Document has no MENTIONS and keeps its view's). */
const RECOUNT = `
  WITH n, [()-[m:MENTIONS]->(n) | m.count] AS counts
  SET n.degree = CASE WHEN any(c IN n.corpora WHERE n['degree@' + c] IS NOT NULL) THEN COUNT { (n)--() } END,
      n.mentions = CASE WHEN size(counts) > 0 THEN reduce(s = 0, x IN counts | s + x) ELSE head([c IN n.corpora WHERE n['mentions@' + c] IS NOT NULL | n['mentions@' + c]]) END`;

/**
 * Writes this corpus's properties (`row.props`) into `v`, which was there before this batch
 * and is locked (`_lock`, so that loads running at once take turns on it): as its plain
 * properties when no other corpus has it, else as its view, the plain ones merged.
 */
const writeExisting = (v: string) => `
  WITH ${v}, row, [c IN coalesce(${v}.corpora, []) WHERE c <> $corpus] AS others
  CALL (${v}, row, others) {
    WITH * WHERE size(others) = 0
    SET ${v} = row.props
  }
  CALL (${v}, row, others) {
    WITH * WHERE size(others) > 0
    // An element of one other corpus holds that corpus's properties plainly: they become its view first.
    FOREACH (c IN CASE WHEN any(k IN keys(${v}) WHERE k CONTAINS '@') THEN [] ELSE others END |
      FOREACH (k IN [k IN keys(${v}) WHERE NOT k IN $bookkeeping] | SET ${v}[k + '@' + c] = ${v}[k]))
    FOREACH (k IN [k IN keys(${v}) WHERE k CONTAINS '@' AND ${VIEW_CORPUS('k')} = $corpus] | SET ${v}[k] = null)
    FOREACH (k IN [k IN keys(row.props) WHERE NOT k IN $bookkeeping] | SET ${v}[k + '@' + $corpus] = row.props[k])
    WITH ${v}, others
    CALL (others) { UNWIND others + $corpus AS c WITH c ORDER BY c RETURN collect(c) AS corpora }
    SET ${v}.corpora = corpora
    ${mergeViews(v)}
  }
  REMOVE ${v}._lock`;

/**
 * A batch's first statement, one per label or relationship group and as simple as can be, so
 * that planning it is cheap: what it creates takes this corpus's properties at once; what was
 * there already is locked and handed back (`row.i`) to the one generic statement that merges.
 */
const created = (v: string) => `ON CREATE SET ${v} = row.props
ON MATCH SET ${v}._lock = true
WITH ${v}, row WHERE ${v}._lock
RETURN row.i AS i, elementId(${v}) AS id`;

const nodeStatement = (label: string) => `UNWIND $rows AS row
MERGE (n:${label} {key: row.key})
${created('n')}`;

const relationshipStatement = (type: string, from: string, to: string) => `UNWIND $rows AS row
MATCH (a:${from} {key: row.source})
MATCH (b:${to} {key: row.target})
MERGE (a)-[r:${type} {key: row.key}]->(b)
${created('r')}`;

const MERGE_NODES = `UNWIND $rows AS row
MATCH (n) WHERE elementId(n) = row.id
${writeExisting('n')}`;

const MERGE_RELATIONSHIPS = `UNWIND $rows AS row
MATCH ()-[r]->() WHERE elementId(r) = row.id
${writeExisting('r')}`;

/**
 * The corpus's nodes that other corpora have too, read once its relationships are all in: not
 * only those it found already there, since a load running at the same time may have made a
 * node this one then made first, and that load's own recount may have run before this one's
 * relationships were in. Whichever load ends last so counts over both.
 */
const SHARED_NODES = `MATCH (n) WHERE $corpus IN n.corpora AND size(n.corpora) > 1 RETURN elementId(n) AS id`;

const RECOUNT_NODES = `UNWIND $ids AS id
MATCH (n) WHERE elementId(n) = id AND size(n.corpora) > 1
${RECOUNT}`;

/** Removes a corpus from the elements that have it: those of it alone go, the others lose its view. */
const unloadStatement = (match: string, v: string, remove: string, recount: string) => `${match}
CALL (${v}) {
  WITH ${v}, [c IN ${v}.corpora WHERE c <> $corpus] AS rest
  CALL (${v}, rest) {
    WITH * WHERE size(rest) = 0
    ${remove}
  }
  CALL (${v}, rest) {
    WITH * WHERE size(rest) = 1
    WITH ${v}, rest[0] AS c
    ${restoreView(v, 'c')}
  }
  CALL (${v}, rest) {
    WITH * WHERE size(rest) > 1
    FOREACH (k IN [k IN keys(${v}) WHERE k CONTAINS '@' AND ${VIEW_CORPUS('k')} = $corpus] | SET ${v}[k] = null)
    SET ${v}.corpora = rest
    ${mergeViews(v)}
    ${recount}
  }
} IN TRANSACTIONS OF 1000 ROWS`;

const corpusOf = (attributes: { readonly corpus?: string } | undefined): string => attributes?.corpus ?? DEFAULT_CORPUS;

/** Property values as the driver must send them to get the contract's Neo4j type: JavaScript numbers would all be FLOAT. */
function typedProperties(props: Properties): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) {
    const type = propertyType(k, v);
    if (type === 'long') out[k] = neo4j.int(v as number);
    else if (type === 'long[]') out[k] = (v as number[]).map((x) => neo4j.int(x));
    else if (type === 'date') {
      const [y, m, d] = String(v).split('-').map(Number);
      out[k] = new neo4j.types.Date(y, m, d);
    } else out[k] = v;
  }
  return out;
}

/** Creates what the schema lacks: once it is all there, a load costs two look-ups, not a statement per index. */
export async function applySchema(driver: Driver, database?: string): Promise<void> {
  const names = new Set<string>();
  for (const show of ['SHOW CONSTRAINTS YIELD name', 'SHOW INDEXES YIELD name']) {
    for (const r of (await driver.executeQuery(show, {}, { database })).records) names.add(r.get('name') as string);
  }
  for (const statement of schemaStatements()) {
    const name = /^CREATE (?:\w+ )*?(?:CONSTRAINT|INDEX) (\w+) IF NOT EXISTS/.exec(statement)?.[1];
    if (!name || !names.has(name)) await driver.executeQuery(statement.replace(/;$/, ''), {}, { database });
  }
}

/**
 * Takes a corpus out of the database: its relationships, and its nodes, where no other corpus
 * has them; what another corpus also has goes back to what that corpus says.
 */
export async function removeCorpus(driver: Driver, corpus: string, database?: string): Promise<void> {
  const session = driver.session({ database });
  try {
    const params = { corpus, ...MERGE_PARAMS };
    // Both ends of a corpus's relationship are the corpus's nodes: found from them, not by reading every relationship.
    await session.run(
      unloadStatement(
        'MATCH (n) WHERE $corpus IN n.corpora MATCH (n)-[r]->() WHERE $corpus IN r.corpora',
        'r',
        'DELETE r',
        '',
      ),
      params,
    );
    await session.run(unloadStatement('MATCH (n) WHERE $corpus IN n.corpora', 'n', 'DETACH DELETE n', RECOUNT), params);
  } finally {
    await session.close();
  }
}

interface Row {
  /** Its place in the batch. */
  readonly i: number;
  readonly key: string;
  readonly source?: string;
  readonly target?: string;
  readonly props: Record<string, unknown>;
}

interface Pending {
  readonly cypher: string;
  readonly rows: Row[];
  /** Whether the batch holds nodes (else relationships). */
  readonly nodes: boolean;
}

/**
 * Loads graph elements in file order (attributes, nodes, edges), sending each batch when it
 * is full: only a batch per label and relationship group, and each node's label, are held.
 */
export async function loadGraph(
  driver: Driver,
  graph: SerializedGraph | Iterable<GraphElement> | AsyncIterable<GraphElement>,
  options: LoadOptions,
): Promise<LoadResult> {
  const elements = 'nodes' in graph ? elementsOf(graph) : graph;
  const batchSize = options.batchSize ?? 1000;
  let corpus: string | undefined;
  const labelOf = new Map<string, string>();
  const pending = new Map<string, Pending>();
  let nodes = 0;
  let relationships = 0;
  let batches = 0;
  try {
    // A graph in memory is checked whole before anything of it is written; a stream is the caller's to check first (checkGraphFile).
    if ('nodes' in graph) validateGraph(graph, { edgeKeys: 'ignore' });
    const session = driver.session({ database: options.database });
    try {
      const send = async (batch: Pending) => {
        const params = { rows: batch.rows, corpus, ...MERGE_PARAMS };
        await session.executeWrite(async (tx: ManagedTransaction) => {
          const existing = (await tx.run(batch.cypher, params)).records.map((r) => ({
            id: r.get('id') as string,
            props: batch.rows[r.get('i') as number].props,
          }));
          if (existing.length)
            await tx.run(batch.nodes ? MERGE_NODES : MERGE_RELATIONSHIPS, { ...params, rows: existing });
        });
        batches++;
        options.onProgress?.(batches, nodes + relationships);
      };
      const add = async (group: string, make: () => Omit<Pending, 'rows'>, row: Omit<Row, 'i'>) => {
        let batch = pending.get(group);
        if (!batch) pending.set(group, (batch = { ...make(), rows: [] }));
        batch.rows.push({ ...row, i: batch.rows.length });
        if (batch.rows.length >= batchSize) {
          pending.delete(group);
          await send(batch);
        }
      };
      const flush = async () => {
        for (const group of [...pending.keys()].sort()) await send(pending.get(group)!);
        pending.clear();
      };
      const start = async (attributes?: { readonly corpus?: string }) => {
        corpus = corpusOf(attributes);
        await applySchema(driver, options.database);
        if (options.replace) await removeCorpus(driver, corpus, options.database);
      };
      let edgesBegun = false;
      for await (const element of elements) {
        if (element.kind === 'options') continue; // graphology's, nothing Neo4j stores
        if (element.kind === 'attributes') {
          if (corpus !== undefined)
            throw new GraphFileError(
              'graph.json gives its attributes (its corpus) after its nodes: they must come first',
            );
          await start(element.attributes);
        } else if (element.kind === 'node') {
          if (corpus === undefined) await start();
          if (edgesBegun)
            throw new GraphFileError(
              `node ${JSON.stringify(element.node.key)} comes after the edges: graph.json must list its nodes first`,
            );
          const { key, attributes } = element.node;
          const label = nodeTypeName(attributes?.type, `node ${JSON.stringify(key)}`);
          labelOf.set(key, label);
          nodes++;
          await add(label, () => ({ cypher: nodeStatement(label), nodes: true }), {
            key,
            props: typedProperties(corpusNodeProperties(key, attributes, corpus!)),
          });
        } else {
          if (corpus === undefined) await start();
          if (!edgesBegun) {
            edgesBegun = true;
            await flush();
          }
          const { key, source, target, attributes } = element.edge;
          const type = edgeTypeName(attributes?.type, `edge ${JSON.stringify(key)}`);
          const [from, to] = [source, target].map((end) => {
            const label = labelOf.get(end);
            if (!label)
              throw new GraphFileError(
                `edge ${JSON.stringify(key)} ends at ${JSON.stringify(end)}, which is not a node listed before the edges`,
              );
            return label;
          });
          relationships++;
          await add(`${type}|${from}|${to}`, () => ({ cypher: relationshipStatement(type, from, to), nodes: false }), {
            key,
            source,
            target,
            props: typedProperties(corpusEdgeProperties(key, attributes, corpus!)),
          });
        }
      }
      if (corpus === undefined) await start();
      await flush();
      const shared = (
        await session.executeRead((tx: ManagedTransaction) => tx.run(SHARED_NODES, { corpus }))
      ).records.map((r) => r.get('id') as string);
      for (let i = 0; i < shared.length; i += batchSize) {
        await session.executeWrite((tx: ManagedTransaction) =>
          tx.run(RECOUNT_NODES, { ids: shared.slice(i, i + batchSize) }),
        );
      }
    } finally {
      await session.close();
    }
  } catch (caught) {
    const e =
      caught instanceof GraphContractError
        ? new GraphFileError(`the graph is not a newsgraph graph: ${caught.message}`)
        : caught;
    if (e instanceof GraphFileError) {
      throw batches
        ? new GraphFileError(
            `${e.message}; ${batches} batches of corpus "${corpus}" were loaded before it: load a whole graph.json again, or newsgraph unload ${corpus}`,
          )
        : e;
    }
    throw explain(e, options.uri, options.database);
  }
  return { corpus: corpus!, nodes, relationships, batches };
}
