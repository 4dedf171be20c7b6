/**
 * What the user is looking at: the selection (a node, an edge, or the link between two nodes),
 * hidden node and relation types, the date range and what dates drive it, the size-by choice
 * and the camera. It lives in the URL's hash, so a view can be shared as a link; each new
 * selection is a step of the browser's history.
 */
import { NODE_TYPES, type NodeType } from './palette';
import type { ViewerSettings } from './settings';

export type Selection =
  | { readonly kind: 'node'; readonly key: string }
  | { readonly kind: 'edge'; readonly key: string }
  | { readonly kind: 'link'; readonly ends: readonly [string, string] };

export type TimeBasis = 'events' | 'articles';

export interface CameraView {
  readonly x: number;
  readonly y: number;
  readonly ratio: number;
}

export interface ViewState {
  selection: Selection | null;
  hiddenTypes: Set<NodeType>;
  /** False when the link named no types: the graph's size then decides whether articles show. */
  typesChosen: boolean;
  hiddenRelations: Set<string>;
  /** Inclusive month bounds, `YYYY-MM`, or null for open. */
  from: string | null;
  to: string | null;
  timeBasis: TimeBasis;
  sizeBy: ViewerSettings['sizeBy'];
  camera: CameraView | null;
}

export function sameSelection(a: Selection | null, b: Selection | null): boolean {
  if (!a || !b) return a === b;
  if (a.kind === 'link' && b.kind === 'link') return a.ends[0] === b.ends[0] && a.ends[1] === b.ends[1];
  return a.kind === b.kind && a.kind !== 'link' && b.kind !== 'link' && a.key === b.key;
}

const round = (v: number) => Number(v.toFixed(4));

export function toHash(s: ViewState): string {
  const p = new URLSearchParams();
  const sel = s.selection;
  if (sel?.kind === 'node') p.set('node', sel.key);
  if (sel?.kind === 'edge') p.set('edge', sel.key);
  if (sel?.kind === 'link') for (const end of sel.ends) p.append('link', end);
  if (s.typesChosen) p.set('hide', [...s.hiddenTypes].sort().join(','));
  p.set('rels', [...s.hiddenRelations].sort().join(','));
  if (s.from) p.set('from', s.from);
  if (s.to) p.set('to', s.to);
  if (s.timeBasis !== 'events') p.set('time', s.timeBasis);
  if (s.sizeBy !== 'degree') p.set('size', s.sizeBy);
  if (s.camera) p.set('cam', [s.camera.x, s.camera.y, s.camera.ratio].map(round).join(','));
  return `#${p.toString()}`;
}

function selectionOf(p: URLSearchParams): Selection | null {
  const node = p.get('node');
  const edge = p.get('edge');
  const link = p.getAll('link');
  if (node) return { kind: 'node', key: node };
  if (edge) return { kind: 'edge', key: edge };
  if (link.length === 2 && link[0] && link[1]) return { kind: 'link', ends: [link[0], link[1]] };
  return null;
}

function cameraOf(v: string | null): CameraView | null {
  const parts = (v ?? '').split(',').map(Number);
  if (parts.length !== 3 || !parts.every(Number.isFinite) || parts[2] <= 0) return null;
  return { x: parts[0], y: parts[1], ratio: parts[2] };
}

export function fromHash(hash: string, settings: ViewerSettings): ViewState {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const list = (k: string) => (p.get(k) ?? '').split(',').filter(Boolean);
  const month = (v: string | null) => (v && /^\d{4}-(0[1-9]|1[0-2])$/.test(v) ? v : null);
  let from = month(p.get('from'));
  let to = month(p.get('to'));
  // A range written backwards means the same months.
  if (from && to && from > to) [from, to] = [to, from];
  return {
    selection: selectionOf(p),
    hiddenTypes: new Set(list('hide').filter((t): t is NodeType => (NODE_TYPES as readonly string[]).includes(t))),
    typesChosen: p.has('hide'),
    hiddenRelations: new Set(p.has('rels') ? list('rels') : settings.hiddenRelations),
    from,
    to,
    timeBasis: p.get('time') === 'articles' ? 'articles' : 'events',
    sizeBy: p.get('size') === 'mentions' ? 'mentions' : settings.sizeBy,
    camera: cameraOf(p.get('cam')),
  };
}
