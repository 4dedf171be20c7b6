/**
 * graph.gexf: GEXF 1.3 through graphology-gexf, with viz colour, size and position, typed
 * attributes (lists joined with ` | `, evidence as JSON text) and valid against the
 * official schema (graphology-gexf adds an `xsi:schemaLocation` the RELAX NG schema refuses).
 */
import { write } from 'graphology-gexf';
import type { NewsGraph } from '../graph/build.js';
import type { EdgeAttributes, NodeAttributes } from '../graph/types.js';

type Flat = Record<string, string | number | boolean>;

function flatten(a: object, skip: ReadonlySet<string>): Flat {
  const out: Flat = {};
  for (const [k, v] of Object.entries(a)) {
    if (v === undefined || skip.has(k)) continue;
    if (k === 'evidence') out[k] = JSON.stringify(v);
    else if (Array.isArray(v)) out[k] = v.join(' | ');
    else out[k] = v as string | number | boolean;
  }
  return out;
}

const NODE_SKIP = new Set(['label', 'x', 'y', 'size', 'color', 'text']);
const EDGE_SKIP = new Set<string>();

export function toGexf(graph: NewsGraph): string {
  const xml = write(graph, {
    version: '1.3',
    pedantic: true,
    formatNode: (key: string, a: NodeAttributes) => ({
      label: a.label,
      viz: { color: a.color, size: a.size, x: a.x, y: a.y },
      attributes: flatten(a, NODE_SKIP),
    }),
    formatEdge: (key: string, a: EdgeAttributes) => ({
      label: a.type,
      attributes: flatten(a, EDGE_SKIP),
    }),
  } as never);
  return xml.replace(/\s+xsi:schemaLocation="[^"]*"/, '');
}
