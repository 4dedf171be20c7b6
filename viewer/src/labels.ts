/**
 * Labels by importance, never piled: before each frame, the nodes on screen that are big enough
 * for a label are taken biggest first (a hovered or selected node before all), and each gets
 * its label only where it overlaps none already placed. Sigma's own grid keeps one label per
 * cell, which drops the second-biggest node of a crowded cell and lets neighbouring cells' labels
 * cross.
 */
import type Sigma from 'sigma';
import { drawDiscNodeLabel } from 'sigma/rendering';
import type { NodeLabelDrawingFunction } from 'sigma/rendering';
import type { ShownEdge, ShownNode } from './shown';

interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

const CELL = 64;
/** A label's width from its length: measuring each text every frame would cost more than it saves. */
const CHAR_WIDTH = 0.58;

export class LabelPlacer {
  /** The nodes whose label the current frame draws, with the box each takes on screen. */
  readonly placed = new Map<string, Box>();

  constructor(private readonly renderer: Sigma<ShownNode, ShownEdge>) {
    renderer.on('beforeRender', () => this.plan());
  }

  readonly draw: NodeLabelDrawingFunction<ShownNode, ShownEdge> = (context, data, settings) => {
    if (this.placed.has((data as { key?: string }).key ?? '')) drawDiscNodeLabel(context, data, settings);
  };

  private plan(): void {
    const r = this.renderer;
    const { width, height } = r.getDimensions();
    const threshold = r.getSetting('labelRenderedSizeThreshold');
    const fontSize = r.getSetting('labelSize');
    const candidates: { node: string; size: number; forced: boolean; x: number; y: number; label: string }[] = [];
    r.getGraph().forEachNode((node) => {
      const d = r.getNodeDisplayData(node);
      if (!d || d.hidden || !d.label) return;
      const size = r.scaleSize(d.size);
      if (!d.forceLabel && size < threshold) return;
      const p = r.framedGraphToViewport(d);
      if (p.x < -200 || p.x > width + 20 || p.y < -20 || p.y > height + 20) return;
      candidates.push({ node, size, forced: !!d.forceLabel, x: p.x, y: p.y, label: d.label });
    });
    candidates.sort((a, b) => Number(b.forced) - Number(a.forced) || b.size - a.size || (a.node < b.node ? -1 : 1));
    this.placed.clear();
    const grid = new Map<number, Box[]>();
    const cells = (b: Box) => {
      const out: number[] = [];
      for (let cx = Math.floor(b.x0 / CELL); cx <= Math.floor(b.x1 / CELL); cx++) {
        for (let cy = Math.floor(b.y0 / CELL); cy <= Math.floor(b.y1 / CELL); cy++) out.push(cx * 100_003 + cy);
      }
      return out;
    };
    for (const c of candidates) {
      const x0 = c.x + c.size + 3;
      const box = { x0, y0: c.y - fontSize * 0.75, x1: x0 + c.label.length * fontSize * CHAR_WIDTH, y1: c.y + fontSize * 0.45 };
      const at = cells(box);
      const clash = at.some((k) => grid.get(k)?.some((o) => box.x0 < o.x1 && o.x0 < box.x1 && box.y0 < o.y1 && o.y0 < box.y1));
      if (clash && !c.forced) continue;
      for (const k of at) { const list = grid.get(k); if (list) list.push(box); else grid.set(k, [box]); }
      this.placed.set(c.node, box);
    }
  }
}
