/**
 * ForceAtlas2 in a web worker, kept from swamping the page. The worker's supervisor writes
 * positions into its graph after every iteration, and sigma redraws on every such write; on a
 * big graph with software WebGL one redraw takes longer than one iteration, so the page would
 * never be idle. The supervisor therefore works on a positions-only copy, and the positions
 * reach the graph (and from there what is drawn) on a timer paced by what the last redraw cost.
 */
import { DirectedGraph } from 'graphology';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { DataGraph } from './data';

interface Position {
  x: number;
  y: number;
}

/** The page stays idle at least this share of the time while the layout runs. */
const IDLE_SHARE = 2 / 3;
const MIN_INTERVAL_MS = 100;

export class BackgroundLayout {
  private readonly positions = new DirectedGraph<Position>();
  private readonly supervisor: FA2Layout;
  private timer: ReturnType<typeof setTimeout> | null = null;

  /** `onPositions` runs after each copy of the positions into the graph. */
  constructor(
    private readonly graph: DataGraph,
    private readonly onPositions: () => void,
  ) {
    graph.forEachNode((node, a) => {
      this.positions.addNode(node, { x: a.x, y: a.y });
    });
    // FA2 weighs parallel edges by their number; the copy keeps one edge per pair with that weight.
    graph.forEachEdge((_edge, _a, source, target) => {
      if (source === target) return;
      this.positions.updateEdge(source, target, (attrs: { weight?: number }) => ({ weight: (attrs.weight ?? 0) + 1 }));
    });
    this.supervisor = new FA2Layout(this.positions, {
      settings: { ...forceAtlas2.inferSettings(this.positions), barnesHutOptimize: this.positions.order > 1000 },
    });
  }

  isRunning(): boolean {
    return this.supervisor.isRunning();
  }

  start(): void {
    this.supervisor.start();
    this.schedule(MIN_INTERVAL_MS);
  }

  /** Stops the worker for good and shows the last positions it reached. */
  kill(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.supervisor.kill();
    this.copyPositions();
  }

  private schedule(delayMs: number): void {
    this.timer = setTimeout(() => {
      const started = performance.now();
      this.copyPositions();
      // The copy fires sigma's redraw at the next frame: wait for it to count its cost too.
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          if (this.timer === null) return;
          const cost = performance.now() - started;
          this.schedule(Math.max(MIN_INTERVAL_MS, (cost * IDLE_SHARE) / (1 - IDLE_SHARE)));
        }),
      );
    }, delayMs);
  }

  private copyPositions(): void {
    this.graph.updateEachNodeAttributes(
      (node, a) => {
        const p = this.positions.getNodeAttributes(node);
        a.x = p.x;
        a.y = p.y;
        return a;
      },
      { attributes: ['x', 'y'] },
    );
    this.onPositions();
  }
}
