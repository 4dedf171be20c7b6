/**
 * Runs Cypher and turns what comes back into plain JSON-like rows. Read access by default:
 * the server itself refuses a write in a read transaction, and before a read runs, its plan
 * is checked for what the server would let through although it is no read (TERMINATE
 * TRANSACTIONS, procedures that are not read-only). `write` runs the query in an implicit
 * (auto-commit) transaction, as cypher-shell does, so that `CALL { … } IN TRANSACTIONS` can run.
 */
import neo4j, { type Driver, type ManagedTransaction, type Result } from 'neo4j-driver';
import { explain, NewsgraphNeo4jError, READ_ONLY_HINT } from './errors.js';

export type Value = string | number | boolean | null | Value[] | { [key: string]: Value };

export interface QueryResult {
  readonly keys: string[];
  readonly rows: Record<string, Value>[];
}

export interface QueryOptions {
  readonly uri: string;
  readonly database?: string;
  readonly write?: boolean;
}

export async function runQuery(
  driver: Driver,
  cypher: string,
  params: Record<string, unknown>,
  options: QueryOptions,
): Promise<QueryResult> {
  const session = driver.session({
    database: options.database,
    defaultAccessMode: options.write ? neo4j.session.WRITE : neo4j.session.READ,
  });
  try {
    if (options.write) return await rowsOf(session.run(cypher, params));
    return await session.executeRead(async (tx) => {
      await refuseNonReads(tx, cypher, params);
      return rowsOf(tx.run(cypher, params));
    });
  } catch (e) {
    throw explain(e, options.uri, options.database);
  } finally {
    await session.close();
  }
}

/** The columns come from the result itself, so that an empty result keeps them. */
async function rowsOf(result: Result): Promise<QueryResult> {
  const keys = (await result.keys()).map(String);
  const { records } = await result;
  return { keys, rows: records.map((r) => Object.fromEntries(keys.map((k) => [k, plain(r.get(k))]))) };
}

/** Procedures that are not in READ mode but only report: they may run without --write. */
const REPORTING_PROCEDURES: ReadonlySet<string> = new Set([
  'dbms.components',
  'dbms.info',
  'dbms.listCapabilities',
  'dbms.listConfig',
  'dbms.listConnections',
  'dbms.queryJmx',
  'dbms.routing.getRoutingTable',
  'dbms.cluster.routing.getRoutingTable',
  'dbms.showCurrentUser',
  'tx.getMetaData',
]);

interface PlanStep {
  readonly operatorType: string;
  readonly arguments: Record<string, unknown>;
  readonly children: readonly PlanStep[];
}

const steps = (p: PlanStep): PlanStep[] => [p, ...p.children.flatMap(steps)];

/**
 * Refuses, before it runs, a query whose plan ends transactions or calls a procedure that is
 * not read-only (`dbms.killConnections`, `db.clearQueryCaches`…). Writes, schema and
 * administration commands that change anything the server refuses in a read transaction by itself.
 */
async function refuseNonReads(tx: ManagedTransaction, cypher: string, params: Record<string, unknown>): Promise<void> {
  // PROFILE runs the query: its plan comes from EXPLAIN like any other's.
  const planned = cypher.replace(/^((?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*)PROFILE\b/i, '$1');
  const { summary } = await tx.run(`EXPLAIN ${planned}`, params);
  const plan = summary.plan ? steps(summary.plan as unknown as PlanStep) : [];
  const refuse = (what: string) => {
    throw new NewsgraphNeo4jError('forbidden', `this query ${what}, ${READ_ONLY_HINT}`);
  };
  if (plan.some((s) => s.operatorType.startsWith('TerminateTransactions')))
    refuse('ends transactions (TERMINATE TRANSACTIONS)');
  const called = plan
    .filter((s) => s.operatorType.startsWith('ProcedureCall'))
    .map((s) => /^`?([\w.]+)`?\(/.exec(String(s.arguments.Details ?? ''))?.[1]);
  if (called.includes(undefined)) refuse('calls a procedure whose name its plan does not show');
  if (!called.length) return;
  const modes = await tx.run('SHOW PROCEDURES YIELD name, mode WHERE name IN $names RETURN name, mode', {
    names: called,
  });
  const mode = new Map(modes.records.map((r) => [String(r.get('name')), String(r.get('mode'))]));
  const acting = (called as string[]).find((n) => mode.get(n) !== 'READ' && !REPORTING_PROCEDURES.has(n));
  if (acting) refuse(`calls ${acting}, a procedure that is not read-only (mode ${mode.get(acting) ?? 'unknown'})`);
}

/** Nodes become their properties (with `_labels`), relationships theirs (with `_type`), temporal values ISO strings. */
export function plain(v: unknown): Value {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (neo4j.isInt(v)) return (v as { toNumber(): number }).toNumber();
  if (Array.isArray(v)) return v.map(plain);
  if (neo4j.isNode(v as never)) {
    const n = v as unknown as { labels: string[]; properties: Record<string, unknown> };
    return { _labels: n.labels, ...mapValues(n.properties) };
  }
  if (neo4j.isRelationship(v as never)) {
    const r = v as unknown as { type: string; properties: Record<string, unknown> };
    return { _type: r.type, ...mapValues(r.properties) };
  }
  if (neo4j.isPath(v as never)) {
    const p = v as unknown as { segments: { start: unknown; relationship: unknown; end: unknown }[] };
    return p.segments.flatMap((s, i) => [...(i === 0 ? [plain(s.start)] : []), plain(s.relationship), plain(s.end)]);
  }
  if (typeof v === 'object' && typeof (v as { toString?: unknown }).toString === 'function' && v.constructor !== Object)
    return String(v);
  return mapValues(v as Record<string, unknown>);
}

const mapValues = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).map(([k, x]) => [k, plain(x)]));
