/**
 * Node and edge attributes as property maps that Neo4j can store: no nested maps, so
 * evidence becomes three parallel lists (`evidenceDocs`, `evidenceSentences`,
 * `evidenceTexts`), and drawing attributes stay out.
 */
import type { EdgeAttributes, NodeAttributes } from '../graph/contract.js';

export type PropertyValue = string | number | boolean | string[] | number[];

/** The corpus a graph without a name is loaded as, by `load` and by the bulk CSV alike. */
export const DEFAULT_CORPUS = 'default';
export type Properties = Record<string, PropertyValue>;

const DRAWING = new Set(['x', 'y', 'size', 'color']);

export function nodeProperties(key: string, a: NodeAttributes): Properties {
  const out: Properties = { key };
  for (const [k, v] of Object.entries(a)) if (v !== undefined && !DRAWING.has(k)) out[k] = v as PropertyValue;
  return out;
}

export function edgeProperties(key: string, a: EdgeAttributes): Properties {
  const out: Properties = { key };
  for (const [k, v] of Object.entries(a)) {
    if (v === undefined) continue;
    if (k === 'evidence') {
      const ev = a.evidence ?? [];
      out.evidenceDocs = ev.map((e) => e.doc);
      out.evidenceSentences = ev.map((e) => e.sentence);
      out.evidenceTexts = ev.map((e) => e.text);
    } else out[k] = v as PropertyValue;
  }
  return out;
}

export type FlatValue = string | number | boolean;

/**
 * Attributes for formats without lists or maps (GEXF, GraphML): lists joined with ` | `,
 * evidence as JSON text.
 */
export function flatValue(k: string, v: unknown): FlatValue {
  if (k === 'evidence') return JSON.stringify(v);
  return Array.isArray(v) ? v.join(' | ') : (v as FlatValue);
}

export function flatAttributes(a: object, skip: ReadonlySet<string> = new Set()): Record<string, FlatValue> {
  const out: Record<string, FlatValue> = {};
  for (const [k, v] of Object.entries(a)) if (v !== undefined && !skip.has(k)) out[k] = flatValue(k, v);
  return out;
}

/** A column's type in the typed formats (neo4j-admin CSV headers, GraphML keys). */
export type ColumnType = 'string' | 'long' | 'double' | 'boolean' | 'string[]' | 'long[]' | 'double[]';

export function columnType(v: PropertyValue): ColumnType {
  if (Array.isArray(v)) {
    if (v.every((x) => typeof x === 'number')) return (v as number[]).every(Number.isInteger) ? 'long[]' : 'double[]';
    return 'string[]';
  }
  if (typeof v === 'number') return Number.isInteger(v) ? 'long' : 'double';
  if (typeof v === 'boolean') return 'boolean';
  return 'string';
}

/** Each column's one type over all rows, the columns in sorted order. */
export function columnTypes(rows: Iterable<Readonly<Record<string, PropertyValue>>>): Map<string, ColumnType> {
  const types = new Map<string, ColumnType>();
  for (const row of rows) for (const [k, v] of Object.entries(row)) types.set(k, widenColumnType(types.get(k), columnType(v)));
  return new Map([...types].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** One type per column: integers widen to doubles; anything else mixed is written as text. */
export function widenColumnType(a: ColumnType | undefined, b: ColumnType): ColumnType {
  if (!a || a === b) return b;
  const pair = new Set([a, b]);
  if (pair.has('long') && pair.has('double')) return 'double';
  if (pair.has('long[]') && pair.has('double[]')) return 'double[]';
  return a.endsWith('[]') && b.endsWith('[]') ? 'string[]' : 'string';
}
