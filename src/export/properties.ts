/**
 * Node and edge attributes as property maps that Neo4j can store: no nested maps, so
 * evidence becomes parallel lists (`evidenceDocs`, `evidenceSentences`, `evidenceTexts`,
 * and `evidenceCorpora` once a corpus is named), drawing attributes stay out, and an event's
 * date also becomes Neo4j DATE bounds. Every property has one Neo4j type, the same on every
 * path into Neo4j (`newsgraph load`, the bulk CSV): integers INTEGER, fractions FLOAT.
 */
import { interval } from '../extract/isodate.js';
import {
  EDGE_ATTRIBUTES,
  NODE_ATTRIBUTES,
  type EdgeAttributes,
  type NodeAttributes,
  type ValueType,
} from '../graph/contract.js';

export type PropertyValue = string | number | boolean | string[] | number[];

/** The corpus a graph without a name is loaded as, by `load` and by the bulk CSV alike. */
export const DEFAULT_CORPUS = 'default';
export type Properties = Record<string, PropertyValue>;

const DRAWING = new Set(['x', 'y', 'size', 'color']);

/** A column's type in the typed formats (neo4j-admin CSV headers, GraphML keys); `date` holds an ISO day. */
export type ColumnType = 'string' | 'long' | 'double' | 'boolean' | 'date' | 'string[]' | 'long[]' | 'double[]';

/** The Neo4j type of each of the contract's value types. */
const COLUMN_OF: Readonly<Record<ValueType, ColumnType>> = {
  string: 'string',
  integer: 'long',
  number: 'double',
  boolean: 'boolean',
  'string[]': 'string[]',
};

/**
 * The type of every property the contract defines, whatever its values: a betweenness of 0
 * is still a FLOAT, a degree always an INTEGER. A property outside the contract gets the type
 * its values have (`columnType`).
 */
const ATTRIBUTE_TYPES = Object.entries({ ...NODE_ATTRIBUTES, ...EDGE_ATTRIBUTES })
  .filter(([name]) => !DRAWING.has(name))
  .map(([name, type]): [string, ColumnType] => [name, COLUMN_OF[type]]);
/** What Neo4j gets beyond the attributes: evidence lists, date bounds, the corpus bookkeeping. */
const STORED_TYPES: Readonly<Record<string, ColumnType>> = {
  key: 'string',
  evidenceDocs: 'string[]',
  evidenceSentences: 'long[]',
  evidenceTexts: 'string[]',
  evidenceCorpora: 'string[]',
  day: 'date',
  dateFrom: 'date',
  dateTo: 'date',
  corpora: 'string[]',
};
const PROPERTY_TYPES: ReadonlyMap<string, ColumnType> = new Map([...ATTRIBUTE_TYPES, ...Object.entries(STORED_TYPES)]);

/** A stored property's type: the contract's, else what its value is. */
export function propertyType(name: string, value: PropertyValue): ColumnType {
  return PROPERTY_TYPES.get(name) ?? columnType(value);
}

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * An event's date as DATE properties: `day` when it is one full date, and `dateFrom`/`dateTo`,
 * the first and last day it covers (a month covers its days, a year its months), so that a
 * range query can ask which events overlap the range.
 */
function dateBounds(a: NodeAttributes): Properties {
  if (!a.date || !ISO_DATE.test(a.date) || (a.endDate && !ISO_DATE.test(a.endDate))) return {};
  const [from, to] = interval(a.date, a.endDate);
  return { ...(a.date.length === 10 ? { day: a.date } : {}), dateFrom: isoDay(from), dateTo: isoDay(to) };
}

export function nodeProperties(key: string, a: NodeAttributes): Properties {
  const out: Properties = { key };
  for (const [k, v] of Object.entries(a)) if (v !== undefined && !DRAWING.has(k)) out[k] = v as PropertyValue;
  return a.type === 'Event' ? { ...out, ...dateBounds(a) } : out;
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

/**
 * What one corpus stores for a node, on every path into Neo4j: its properties and the
 * corpora it is in (this one). See `load.ts` for how several corpora share a node.
 */
export function corpusNodeProperties(key: string, a: NodeAttributes, corpus: string): Properties {
  return { ...nodeProperties(key, a), corpora: [corpus] };
}

/** What one corpus stores for a relationship: its properties, its corpora, and the corpus of each evidence item. */
export function corpusEdgeProperties(key: string, a: EdgeAttributes, corpus: string): Properties {
  const out = edgeProperties(key, a);
  if (out.evidenceDocs) out.evidenceCorpora = (out.evidenceDocs as string[]).map(() => corpus);
  return { ...out, corpora: [corpus] };
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

export function columnType(v: PropertyValue): ColumnType {
  if (Array.isArray(v)) {
    if (v.every((x) => typeof x === 'number')) return (v as number[]).every(Number.isInteger) ? 'long[]' : 'double[]';
    return 'string[]';
  }
  if (typeof v === 'number') return Number.isInteger(v) ? 'long' : 'double';
  if (typeof v === 'boolean') return 'boolean';
  return 'string';
}

/** Widens each column's type (`types`, column → type) by one row's values. */
export function widenColumnTypes(types: Map<string, ColumnType>, row: Readonly<Record<string, PropertyValue>>): void {
  for (const [k, v] of Object.entries(row)) types.set(k, widenColumnType(types.get(k), columnType(v)));
}

const sortedByName = <T>(types: ReadonlyMap<string, T>): Map<string, T> =>
  new Map([...types].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/** Stored properties' types as the rows' values widened them, the contract's where it has one, in sorted order. */
export function storedPropertyTypes(types: ReadonlyMap<string, ColumnType>): Map<string, ColumnType> {
  return new Map([...sortedByName(types)].map(([name, type]) => [name, PROPERTY_TYPES.get(name) ?? type]));
}

/** Each column's one type over all rows, the columns in sorted order. */
export function columnTypes(rows: Iterable<Readonly<Record<string, PropertyValue>>>): Map<string, ColumnType> {
  const types = new Map<string, ColumnType>();
  for (const row of rows) widenColumnTypes(types, row);
  return sortedByName(types);
}

/** One type per column: integers widen to doubles; anything else mixed is written as text. */
export function widenColumnType(a: ColumnType | undefined, b: ColumnType): ColumnType {
  if (!a || a === b) return b;
  const pair = new Set([a, b]);
  if (pair.has('long') && pair.has('double')) return 'double';
  if (pair.has('long[]') && pair.has('double[]')) return 'double[]';
  return a.endsWith('[]') && b.endsWith('[]') ? 'string[]' : 'string';
}
