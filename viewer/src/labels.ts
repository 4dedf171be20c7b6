/**
 * Labels by importance, never piled: before each frame, the nodes on screen that are big enough
 * for a label are taken biggest first (a hovered or selected node before all), and each gets
 * its label to the right, left, below or above, wherever it first overlaps none already
 * placed, or none at all. Sigma's own grid keeps one label per cell, which drops the
 * second-biggest node of a crowded cell and lets neighbouring cells' labels cross.
 */
import type Sigma from 'sigma';
import type { NodeLabelDrawingFunction } from 'sigma/rendering';
import type { ShownEdge, ShownNode } from './shown';

interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** Where a label goes: its box, and the text's start and baseline. */
interface Placement extends Box {
  readonly textX: number;
  readonly textY: number;
}

const CELL = 64;
/** A label's width from its length: measuring each text every frame would cost more than it saves. */
const CHAR_WIDTH = 0.58;

export class LabelPlacer {
  /** The nodes whose label the current frame draws, with the box each takes on screen. */
  readonly placed = new Map<string, Placement>();

  /** `forced` names the nodes labelled whatever their size (the hovered or selected). */
  /** Whether the placements are of an earlier frame. */
  private stale = true;

  constructor(
    private readonly renderer: Sigma<ShownNode, ShownEdge>,
    private readonly forced: () => ReadonlySet<string>,
  ) {
    // Sigma's positions on screen are known only once it has processed the graph, which it does
    // after 'beforeRender' when the graph changed: the placing waits for the first label drawn.
    renderer.on('beforeRender', () => {
      this.stale = true;
    });
  }

  readonly draw: NodeLabelDrawingFunction<ShownNode, ShownEdge> = (context, data, settings) => {
    if (this.stale) {
      this.plan();
      this.stale = false;
    }
    const at = this.placed.get((data as { key?: string }).key ?? '');
    if (!at || !data.label) return;
    context.fillStyle = settings.labelColor.color ?? '#000';
    context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    context.fillText(data.label, at.textX, at.textY);
  };

  private plan(): void {
    const r = this.renderer;
    const { width, height } = r.getDimensions();
    const threshold = r.getSetting('labelRenderedSizeThreshold');
    const fontSize = r.getSetting('labelSize');
    const candidates: { node: string; size: number; forced: boolean; x: number; y: number; label: string }[] = [];
    const forced = this.forced();
    // Sizes as drawn are the graph's (reducers change colours, not sizes): most nodes are too small to be looked at further.
    r.getGraph().forEachNode((node, attributes) => {
      if (!forced.has(node) && r.scaleSize(attributes.size) < threshold) return;
      const d = r.getNodeDisplayData(node);
      if (!d || d.hidden || !d.label) return;
      const size = r.scaleSize(d.size);
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
    const clashes = (box: Box) =>
      cells(box).some((k) =>
        grid.get(k)?.some((o) => box.x0 < o.x1 && o.x0 < box.x1 && box.y0 < o.y1 && o.y0 < box.y1),
      );
    for (const c of candidates) {
      const w = c.label.length * fontSize * CHAR_WIDTH;
      const gap = c.size + 3;
      const beside = (textX: number): Placement => ({
        x0: textX,
        x1: textX + w,
        y0: c.y - fontSize * 0.7,
        y1: c.y + fontSize * 0.4,
        textX,
        textY: c.y + fontSize / 3,
      });
      const across = (textY: number): Placement => ({
        x0: c.x - w / 2,
        x1: c.x + w / 2,
        y0: textY - fontSize * 0.8,
        y1: textY + fontSize * 0.3,
        textX: c.x - w / 2,
        textY,
      });
      const options = [
        beside(c.x + gap),
        beside(c.x - gap - w),
        across(c.y + gap + fontSize * 0.8),
        across(c.y - gap - fontSize * 0.3),
      ];
      const at = options.find((o) => !clashes(o)) ?? (c.forced ? options[0] : undefined);
      if (!at) continue;
      for (const k of cells(at)) {
        const list = grid.get(k);
        if (list) list.push(at);
        else grid.set(k, [at]);
      }
      this.placed.set(c.node, at);
    }
  }
}
