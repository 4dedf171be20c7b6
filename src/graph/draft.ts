/** Accumulates nodes and edges before they go into a graphology graph in sorted order. */
import type { EdgeAttributes, EdgeType, EvidenceItem, NodeAttributes } from './types.js';

export interface NodeDraft {
  readonly attrs: NodeAttributes;
  /** Every name the node was given, with how many articles gave it: the most frequent is the label. */
  readonly labels: Map<string, number>;
  readonly aliases: Set<string>;
  readonly titles: Set<string>;
}

export interface EdgeDraft {
  readonly source: string;
  readonly target: string;
  readonly attrs: EdgeAttributes;
}

export class GraphDraft {
  readonly nodes = new Map<string, NodeDraft>();
  readonly edges = new Map<string, EdgeDraft>();

  has(key: string): boolean {
    return this.nodes.has(key);
  }

  node(key: string, init: () => NodeAttributes): NodeDraft {
    let n = this.nodes.get(key);
    if (!n) this.nodes.set(key, (n = { attrs: init(), labels: new Map(), aliases: new Set(), titles: new Set() }));
    return n;
  }

  /** Adds a name the node is called by. */
  name(n: NodeDraft, name: string): void {
    n.labels.set(name, (n.labels.get(name) ?? 0) + 1);
    n.aliases.add(name);
  }

  /** An edge, created once per key; evidence accumulates without repeating a sentence. */
  edge(type: EdgeType, source: string, target: string, extra: Partial<EdgeAttributes> = {}, evidence?: readonly EvidenceItem[], suffix = ''): EdgeDraft {
    // Joined, not a template literal: V8 keeps a template's result as a rope of its parts,
    // about 100 bytes more per key, and the graph keeps every key (1.4M on 50k articles).
    const key = [type, ':', source, '->', target, suffix].join('');
    let e = this.edges.get(key);
    if (!e) this.edges.set(key, (e = { source, target, attrs: { type, ...extra, ...(evidence ? { evidence: [] } : {}) } }));
    for (const ev of evidence ?? []) if (!e.attrs.evidence!.some((x) => x.doc === ev.doc && x.sentence === ev.sentence)) e.attrs.evidence!.push(ev);
    return e;
  }

  /** MENTIONS from an article, counting how often. */
  mention(doc: string, key: string, count: number): void {
    const e = this.edge('MENTIONS', doc, key);
    e.attrs.count = (e.attrs.count ?? 0) + count;
  }
}
