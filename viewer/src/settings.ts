/** The viewer's settings as one full object: defaults as plain data, overridden by a partial. */

export type NodeType = 'Person' | 'Place' | 'Organization' | 'Event' | 'Document';

export interface ViewerSettings {
  readonly graphUrl: string;
  readonly typeColors: Readonly<Record<NodeType, string>>;
  /** Relation types hidden until the user shows them (article MENTIONS crowd the picture). */
  readonly hiddenRelations: readonly string[];
  readonly sizeBy: 'degree' | 'mentions';
  readonly minNodeSize: number;
  readonly maxNodeSize: number;
  readonly dimColor: string;
  readonly edgeColor: string;
  readonly labelThreshold: number;
  /**
   * Up to this many edges, edges get arrow heads, curves apart when parallel, click picking and
   * hover emphasis. Above it they are plain lines, hidden while the camera or the layout moves:
   * each of those features costs a full pass over every edge, which a big graph cannot afford.
   */
  readonly detailedEdgesUpTo: number;
}

export const DEFAULT_SETTINGS: ViewerSettings = {
  graphUrl: 'graph.json',
  typeColors: { Person: '#e15759', Place: '#59a14f', Organization: '#4e79a7', Event: '#f28e2b', Document: '#9c755f' },
  hiddenRelations: ['MENTIONS'],
  sizeBy: 'degree',
  minNodeSize: 3,
  maxNodeSize: 18,
  dimColor: '#e6e6e6',
  edgeColor: '#c8c8c8',
  labelThreshold: 5,
  detailedEdgesUpTo: 20_000,
};

export function resolveSettings(partial: Partial<ViewerSettings> = {}): ViewerSettings {
  return { ...DEFAULT_SETTINGS, ...partial };
}
