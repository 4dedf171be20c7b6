/**
 * Runs Cypher and turns what comes back into plain JSON-like rows. Read access by default:
 * the server itself refuses a write in a read transaction.
 */
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { explain } from './errors.js';

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

export async function runQuery(driver: Driver, cypher: string, params: Record<string, unknown>, options: QueryOptions): Promise<QueryResult> {
  const session = driver.session({ database: options.database, defaultAccessMode: options.write ? neo4j.session.WRITE : neo4j.session.READ });
  try {
    const work = (tx: ManagedTransaction) => tx.run(cypher, params);
    const result = options.write ? await session.executeWrite(work) : await session.executeRead(work);
    const keys = (result.records[0]?.keys ?? []).map(String);
    return { keys, rows: result.records.map((r) => Object.fromEntries(keys.map((k) => [k, plain(r.get(k))]))) };
  } catch (e) {
    throw explain(e, options.uri, options.database);
  } finally {
    await session.close();
  }
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
  if (typeof v === 'object' && typeof (v as { toString?: unknown }).toString === 'function' && v.constructor !== Object) return String(v);
  return mapValues(v as Record<string, unknown>);
}

const mapValues = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).map(([k, x]) => [k, plain(x)]));
