/** Accumulates nodes and edges before they go into a graphology graph in sorted order. */
import { edgeKey, type EdgeAttributes, type EdgeType, type EvidenceItem, type NodeAttributes } from './contract.js';

export interface NodeDraft {
  readonly attrs: NodeAttributes;
  /** Every name the node was given, with how many articles gave it: the label is chosen from these (a person's fullest, else the most frequent). */
  readonly labels: Map<string, number>;
  readonly aliases: Set<string>;
  readonly titles: Set<string>;
}

export interface EdgeDraft {
  readonly source: string;
  readonly target: string;
  readonly attrs: EdgeAttributes;
}

const MENTIONS_PREFIX = 'MENTIONS:';

/** The article and the node of a `MENTIONS` key: an article's key is `article:` and a slug (with `--2` after it when two articles slug alike), which has no `>`, so the first `->` ends it. */
export function mentionEnds(key: string): { readonly source: string; readonly target: string } {
  const arrow = key.indexOf('->');
  return { source: key.slice(MENTIONS_PREFIX.length, arrow), target: key.slice(arrow + 2) };
}

export class GraphDraft {
  readonly nodes = new Map<string, NodeDraft>();
  /** Every edge but `MENTIONS`. */
  readonly edges = new Map<string, EdgeDraft>();
  /**
   * `MENTIONS` edges, key to count: 1.3M of the 1.4M edges of 50k articles, and all they
   * carry is a count, so they are held without an edge draft each (about 200 bytes less).
   */
  readonly mentions = new Map<string, number>();

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
  edge(
    type: EdgeType,
    source: string,
    target: string,
    extra: Partial<EdgeAttributes> = {},
    evidence?: readonly EvidenceItem[],
    suffix = '',
  ): EdgeDraft {
    const key = edgeKey(type, source, target, suffix);
    let e = this.edges.get(key);
    if (!e)
      this.edges.set(key, (e = { source, target, attrs: { type, ...extra, ...(evidence ? { evidence: [] } : {}) } }));
    for (const ev of evidence ?? [])
      if (!e.attrs.evidence!.some((x) => x.doc === ev.doc && x.sentence === ev.sentence)) e.attrs.evidence!.push(ev);
    return e;
  }

  /** MENTIONS from an article, counting how often. */
  mention(doc: string, key: string, count: number): void {
    const edge = edgeKey('MENTIONS', doc, key);
    this.mentions.set(edge, (this.mentions.get(edge) ?? 0) + count);
  }
}
