/**
 * What the user is looking at: the selection, hidden node and relation types, and the date
 * range. It lives in the URL's hash, so a view can be shared as a link.
 */
import type { NodeType, ViewerSettings } from './settings';

export interface ViewState {
  selected: string | null;
  hiddenTypes: Set<NodeType>;
  hiddenRelations: Set<string>;
  /** Inclusive month bounds, `YYYY-MM`, or null for open. */
  from: string | null;
  to: string | null;
}

export function initialState(settings: ViewerSettings): ViewState {
  return { selected: null, hiddenTypes: new Set(), hiddenRelations: new Set(settings.hiddenRelations), from: null, to: null };
}

export function toHash(s: ViewState): string {
  const p = new URLSearchParams();
  if (s.selected) p.set('node', s.selected);
  if (s.hiddenTypes.size) p.set('hide', [...s.hiddenTypes].sort().join(','));
  p.set('rels', [...s.hiddenRelations].sort().join(','));
  if (s.from) p.set('from', s.from);
  if (s.to) p.set('to', s.to);
  return `#${p.toString()}`;
}

export function fromHash(hash: string, settings: ViewerSettings): ViewState {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const list = (k: string) => (p.get(k) ?? '').split(',').filter(Boolean);
  const month = (v: string | null) => (v && /^\d{4}-\d{2}$/.test(v) ? v : null);
  return {
    selected: p.get('node'),
    hiddenTypes: new Set(list('hide') as NodeType[]),
    hiddenRelations: new Set(p.has('rels') ? list('rels') : settings.hiddenRelations),
    from: month(p.get('from')),
    to: month(p.get('to')),
  };
}
