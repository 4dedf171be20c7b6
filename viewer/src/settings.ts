/** The viewer's settings as one full object: defaults as plain data, overridden by a partial. */
import { TYPE_COLORS, type NodeType } from './palette';

export interface ViewerSettings {
  readonly graphUrl: string;
  readonly typeColors: Readonly<Record<NodeType, string>>;
  /** Relation types hidden until the user shows them (article MENTIONS crowd the picture). */
  readonly hiddenRelations: readonly string[];
  /** Graphs with more articles than this open with article nodes hidden (the legend shows them). */
  readonly articlesShownUpTo: number;
  readonly sizeBy: 'degree' | 'mentions';
  readonly minNodeSize: number;
  readonly maxNodeSize: number;
  readonly dimColor: string;
  readonly edgeColor: string;
  readonly focusEdgeColor: string;
  readonly labelThreshold: number;
  /**
   * Up to this many links drawn, they get arrow heads; above, single edges are 1 px lines:
   * without a GPU each drawn pixel costs. Picking works at any size.
   */
  readonly detailedEdgesUpTo: number;
  /** Above this many links drawn, they are hidden while the camera or the layout moves. */
  readonly edgesWhileMovingUpTo: number;
  /** Milliseconds between two months when the timeline plays. */
  readonly playStepMs: number;
}

export const DEFAULT_SETTINGS: ViewerSettings = {
  graphUrl: 'graph.json',
  typeColors: TYPE_COLORS,
  hiddenRelations: ['MENTIONS'],
  articlesShownUpTo: 300,
  sizeBy: 'degree',
  minNodeSize: 3,
  maxNodeSize: 18,
  dimColor: '#e6e6e6',
  edgeColor: '#c8c8c8',
  focusEdgeColor: '#555555',
  labelThreshold: 5,
  detailedEdgesUpTo: 1500,
  edgesWhileMovingUpTo: 20_000,
  playStepMs: 700,
};

export function resolveSettings(partial: Partial<ViewerSettings> = {}): ViewerSettings {
  return { ...DEFAULT_SETTINGS, ...partial };
}
