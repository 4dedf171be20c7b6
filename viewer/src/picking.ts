/**
 * Edge picking by geometry, on what is shown. Sigma picks edges by drawing every edge a second
 * time into an offscreen buffer on every frame; without a GPU that second pass costs as much
 * as the picture. A click or a pointer move instead measures its distance to each drawn edge.
 */
import type Sigma from 'sigma';
import type { Coordinates } from 'sigma/types';
import type { ShownEdge, ShownNode } from './shown';

/** Pixels either side of a drawn edge that still count as on it. */
const TOLERANCE = 4;

function distanceToSegment(p: Coordinates, a: Coordinates, b: Coordinates): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length2 = dx * dx + dy * dy;
  const t = length2 ? Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2)) : 0;
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/** The drawn edge nearest to a point of the viewport, within its half-thickness and the tolerance. */
export function edgeAt(renderer: Sigma<ShownNode, ShownEdge>, point: Coordinates): string | undefined {
  const graph = renderer.getGraph();
  const at = new Map<string, Coordinates>();
  const position = (n: string) => {
    let p = at.get(n);
    if (!p) at.set(n, (p = renderer.framedGraphToViewport(renderer.getNodeDisplayData(n)!)));
    return p;
  };
  let best: string | undefined;
  let bestDistance = Infinity;
  graph.forEachEdge((edge, a, source, target) => {
    const d = distanceToSegment(point, position(source), position(target)) - a.size / 2;
    if (d <= TOLERANCE && d < bestDistance) {
      bestDistance = d;
      best = edge;
    }
  });
  return best;
}
