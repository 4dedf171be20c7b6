/** Arrow keys on the graph: from the selected node to the neighbour that lies that way on screen. */
import type { Coordinates } from 'sigma/types';

export type Arrow = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';

const DIRECTIONS: Record<Arrow, Coordinates> = {
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
  ArrowLeft: { x: -1, y: 0 },
  ArrowRight: { x: 1, y: 0 },
};

export const isArrow = (key: string): key is Arrow => key in DIRECTIONS;

/**
 * The neighbour closest to the arrow's direction, near ones first: within 60° of it when
 * there is one, else whichever points most that way. Positions are on screen (y down).
 */
export function neighbourTowards(
  from: Coordinates,
  neighbours: ReadonlyMap<string, Coordinates>,
  arrow: Arrow,
): string | undefined {
  const d = DIRECTIONS[arrow];
  let best: string | undefined;
  let bestScore = Infinity;
  let fallback: string | undefined;
  let fallbackCos = -Infinity;
  for (const [node, p] of neighbours) {
    const vx = p.x - from.x;
    const vy = p.y - from.y;
    const dist = Math.hypot(vx, vy);
    if (!dist) continue;
    const cos = (vx * d.x + vy * d.y) / dist;
    if (cos > fallbackCos) {
      fallbackCos = cos;
      fallback = node;
    }
    if (cos >= 0.5 && dist * (2 - cos) < bestScore) {
      bestScore = dist * (2 - cos);
      best = node;
    }
  }
  return best ?? fallback;
}
