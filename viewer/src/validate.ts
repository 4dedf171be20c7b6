/**
 * A graph file comes from anywhere: its shape is checked whole before the viewer switches to
 * it, so that it opens whole or is refused whole with one line naming the first offence.
 * Types must be the contract's (palette.ts); attribute values are plain data; evidence is a
 * list of `{ doc, sentence, text }`.
 */
import { NODE_TYPES, RELATION_TYPES, type NodeType, type RelationType } from './palette';

export type AttributeValue = string | number | boolean | null | readonly (string | number | boolean)[] | readonly EvidenceItem[];

export interface EvidenceItem {
  readonly doc: string;
  readonly sentence: number;
  readonly text: string;
}

export interface SerializedNode {
  readonly key: string;
  readonly attributes: { readonly type: NodeType; readonly [name: string]: AttributeValue };
}

export interface SerializedEdge {
  readonly key?: string;
  readonly source: string;
  readonly target: string;
  readonly attributes: { readonly type: RelationType; readonly evidence?: readonly EvidenceItem[]; readonly [name: string]: AttributeValue | undefined };
}

export interface SerializedGraph {
  readonly attributes?: Readonly<Record<string, AttributeValue>>;
  readonly nodes: readonly SerializedNode[];
  readonly edges: readonly SerializedEdge[];
}

/** Why a file is not a graph the viewer can open: said in one plain line. */
export class NotAGraph extends Error {}

const NODE_TYPE_SET: ReadonlySet<string> = new Set(NODE_TYPES);
const RELATION_SET: ReadonlySet<string> = new Set(RELATION_TYPES);
/** Names that would reach an object's prototype when copied with Object.assign. */
const FORBIDDEN_NAMES: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
const STRING_LISTS: ReadonlySet<string> = new Set(['aliases', 'titles', 'authors']);
const NUMBERS: ReadonlySet<string> = new Set(['x', 'y', 'mentions', 'size', 'count']);

const shown = (s: string) => JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}…` : s);
const ordinal = (i: number) => `no. ${i + 1}`;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

const isScalar = (v: unknown): v is string | number | boolean =>
  typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));

function evidenceProblem(v: unknown): string | undefined {
  if (!Array.isArray(v)) return 'evidence is not a list';
  for (const [i, e] of v.entries()) {
    if (!isPlainObject(e) || typeof e.doc !== 'string' || typeof e.text !== 'string' || typeof e.sentence !== 'number') {
      return `evidence ${ordinal(i)} is not { doc, sentence, text }`;
    }
  }
  return undefined;
}

function attributesProblem(a: Record<string, unknown>): string | undefined {
  // for…in over a plain object from JSON.parse: its own names, without an array per object.
  for (const name in a) {
    const v = a[name];
    if (FORBIDDEN_NAMES.has(name)) return `it has an attribute named ${shown(name)}`;
    if (name === 'evidence') {
      const p = evidenceProblem(v);
      if (p) return p;
    } else if (STRING_LISTS.has(name)) {
      if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) return `${name} is not a list of strings`;
    } else if (NUMBERS.has(name)) {
      if (typeof v !== 'number' || !Number.isFinite(v)) return `${name} is not a number`;
    } else if (name === 'label' && typeof v !== 'string') {
      return 'label is not text';
    } else if (!(v === null || isScalar(v) || (Array.isArray(v) && v.every(isScalar)))) {
      return `${shown(name)} is not text, a number, a yes/no or a list of them`;
    }
  }
  return undefined;
}

/** The file's content as a graph, or NotAGraph naming the first thing wrong with it. */
export function validateGraph(data: unknown): SerializedGraph {
  if (!isPlainObject(data) || !Array.isArray(data.nodes) || !Array.isArray(data.edges)) throw new NotAGraph('it has no lists of nodes and edges');
  if (data.attributes !== undefined) {
    if (!isPlainObject(data.attributes)) throw new NotAGraph('its graph attributes are not an object');
    const p = attributesProblem(data.attributes);
    if (p) throw new NotAGraph(`graph attributes: ${p}`);
  }
  const keys = new Set<string>();
  for (const [i, n] of (data.nodes as unknown[]).entries()) {
    if (!isPlainObject(n) || typeof n.key !== 'string' || !n.key) throw new NotAGraph(`node ${ordinal(i)} has no key`);
    const where = `node ${shown(n.key)}`;
    if (keys.has(n.key)) throw new NotAGraph(`${where} appears twice`);
    keys.add(n.key);
    if (!isPlainObject(n.attributes)) throw new NotAGraph(`${where} has no attributes`);
    const type = n.attributes.type;
    if (typeof type !== 'string' || !NODE_TYPE_SET.has(type)) throw new NotAGraph(`${where}: its type ${typeof type === 'string' ? shown(type) : 'is missing and'} is not one of ${NODE_TYPES.join(', ')}`);
    const p = attributesProblem(n.attributes);
    if (p) throw new NotAGraph(`${where}: ${p}`);
  }
  const edgeKeys = new Set<string>();
  for (const [i, e] of (data.edges as unknown[]).entries()) {
    if (!isPlainObject(e)) throw new NotAGraph(`edge ${ordinal(i)} is not an object`);
    const where = typeof e.key === 'string' ? `edge ${shown(e.key)}` : `edge ${ordinal(i)}`;
    if (e.key !== undefined) {
      if (typeof e.key !== 'string' || !e.key) throw new NotAGraph(`${where}: its key is not text`);
      if (edgeKeys.has(e.key)) throw new NotAGraph(`${where} appears twice`);
      edgeKeys.add(e.key);
    }
    for (const end of ['source', 'target'] as const) {
      const k = e[end];
      if (typeof k !== 'string' || !keys.has(k)) throw new NotAGraph(`${where}: its ${end} is not a node of the file`);
    }
    if (e.source === e.target) throw new NotAGraph(`${where} ties a node to itself`);
    if (!isPlainObject(e.attributes)) throw new NotAGraph(`${where} has no attributes`);
    const type = e.attributes.type;
    if (typeof type !== 'string' || !RELATION_SET.has(type)) throw new NotAGraph(`${where}: its type ${typeof type === 'string' ? shown(type) : 'is missing and'} is not one of the contract's relations`);
    const p = attributesProblem(e.attributes);
    if (p) throw new NotAGraph(`${where}: ${p}`);
  }
  return data as unknown as SerializedGraph;
}
